"""A background visit noun that names its own visitor and destination is a contact (session 66, helper BN): "during
her two-day visit to Peru", "the queen's visit to Lima last year" (rule contact.noun.own-visit), and a restatement of
a visit told before merges into it; an office no one holds by name tells no one's visit (rule
contact.noun.own-visit-unnamed), which drops only a visit that rule alone kept; a visit told "at" (or "before", "by")
"the end of" is not called off (rule status.at-its-end). On sentences
written for these tests (names invented)."""

from tests.conftest import event_names

PUBLISHED = "2026-03-12"


def visits(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"] if e["mode"] == "visit"]


def test_a_pronoun_owned_visit_after_during_is_a_visit(extract):
    r = extract(
        "Prime Minister Ana Ruiz signed three trade deals during her two-day visit to Peru.", published=PUBLISHED
    )
    assert visits(r) == [{"Ana Ruiz", "Peru"}]


def test_a_pronoun_owned_visit_commented_on_is_a_visit(extract):
    r = extract(
        "Foreign Minister Tomas Halvorsen met reporters in Oslo on Monday. He said the results of his visit to Chile "
        "in June had been good.",
        published=PUBLISHED,
    )
    assert {"Tomas Halvorsen", "Chile"} in visits(r)


def test_an_office_owned_visit_stands_for_the_named_holder(extract):
    r = extract(
        "Queen Mara of Zenda opened a bridge in 2010. Prime Minister Ana Ruiz commented briefly on the queen's visit "
        "to Lima last year.",
        published=PUBLISHED,
    )
    assert len(visits(r)) == 1
    assert "Peru" in visits(r)[0]


def test_an_office_no_one_holds_by_name_tells_no_visit(extract):
    r = extract(
        "Chancellor Hans Weber spoke in Vienna on Monday. Weber commented briefly on the king's visit to Lima last "
        "year.",
        published=PUBLISHED,
    )
    assert visits(r) == []


def test_a_restated_visit_merges_into_the_one_told(extract):
    r = extract(
        "Prime Minister Ana Ruiz visited Peru on Monday. She signed three trade deals during her two-day visit to "
        "Peru.",
        published=PUBLISHED,
    )
    assert len(r["events"]) == 1


def test_a_visit_with_no_destination_stays_background(extract):
    r = extract("Prime Minister Ana Ruiz signed three trade deals during her visit.", published=PUBLISHED)
    assert r["events"] == []


def test_several_trips_tell_no_one_visit(extract):
    r = extract(
        "Chancellor Hans Weber shunned President Ana Ruiz during her recent trips to Austria.", published=PUBLISHED
    )
    assert visits(r) == []


def test_a_group_of_envoys_owning_a_trip_is_no_visitor(extract):
    r = extract(
        "Envoys of President Ana Ruiz will leave for Chile on Monday to explain the outcome of the special envoys' "
        "trip to Peru.",
        published=PUBLISHED,
    )
    assert not any("Peru" in v for v in visits(r))


def test_a_visit_at_whose_end_one_spoke_was_held(extract):
    r = extract(
        "Speaker Nora Lind praised the talks. Her remarks came at the end of her two-day visit to Peru, which had met "
        "strong objection from the government.",
        published=PUBLISHED,
    )
    assert [(e["mode"], e["status"]) for e in r["events"]] == [("visit", "occurred")]


def test_an_unnamed_office_visit_that_is_the_news_is_kept(extract):
    # the no-one-named guard is for a visit told only in background; this one is the sentence's subject
    r = extract(
        "The Brazilian president's visit to Portugal will focus on energy, the ministry said.", published=PUBLISHED
    )
    assert any("Portugal" in v for v in visits(r))


def test_an_unnamed_office_visit_that_begins_is_kept(extract):
    r = extract("The Moroccan king's visit to Chile begins on Thursday, officials said.", published=PUBLISHED)
    assert any("Chile" in v for v in visits(r))


def test_an_office_visit_recalled_as_an_object_is_kept(extract):
    # "the king" is not linked to King Anders, but the visit itself is told as the verb's object, not as background
    r = extract(
        "Prime Minister Lena Sorvik met King Anders of Vellmark on Monday. She recalled the king's visit to Chile last "
        "year.",
        published=PUBLISHED,
    )
    assert any("Chile" in v for v in visits(r))


def test_talks_one_left_before_their_end_are_not_called_off(extract):
    # status.at-its-end reads "the end of" under any preposition as the talks' close, not as a refusal
    r = extract(
        "Chancellor Ilse Brandt threatened to leave before the end of her talks with President Tomas Varga.",
        published=PUBLISHED,
    )
    assert [e["status"] for e in r["events"] if e["mode"] == "meeting"] not in ([], ["denied"])
