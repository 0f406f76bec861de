"""Round sixty-one: a bare family name that two people named in full share is the one named first, whom the story
follows, wherever it stands in the text (rule actor.shared-family-name), not whichever was named last. Sentences
written for these tests (names invented)."""

from tests.conftest import actor_named


def mention_starts(record: dict, name: str) -> list[int]:
    return [m["start"] for m in actor_named(record, name)["mentions"]]


def parties(record: dict) -> list[set[str]]:
    by_id = {a["id"]: a["name"] for a in record["actors"]}
    return [{by_id[p] for p in e["participants"]} for e in record["events"]]


def test_the_family_name_is_the_one_named_first_not_his_mother(extract):
    text = (
        "Hargrove meets Vogt in Berlin\n\nFormer president Daniel Hargrove and Chancellor Ines Vogt met on Monday in"
        " Berlin. Hargrove was in Germany to open a school named after his mother, Claire Hargrove, in Potsdam."
        " Vogt thanked Hargrove for his work."
    )
    record = extract(text, published="2026-03-12")
    assert parties(record) == [{"Daniel Hargrove", "Ines Vogt"}]
    assert mention_starts(record, "Claire Hargrove") == [text.index("Claire Hargrove")]
    assert text.index("Hargrove meets") in mention_starts(record, "Daniel Hargrove")


def test_a_bare_family_name_before_the_second_person_is_named_is_the_first(extract):
    text = (
        "President Daniel Hargrove met Chancellor Ines Vogt in Berlin on Tuesday. Hargrove later toured a factory.\n\n"
        "The first lady, Claire Hargrove, visited a school in Potsdam."
    )
    record = extract(text, published="2026-03-12")
    assert text.index("Hargrove later") in mention_starts(record, "Daniel Hargrove")
    assert mention_starts(record, "Claire Hargrove") == [text.index("Claire Hargrove")]


def test_a_title_and_a_family_name_are_the_person_named_in_full(extract):
    text = (
        "The district commander, Superintendent Neil Ashgrove, told reporters the talks had gone well.\n\n"
        "Later, Superintendent Ashgrove met the parents at the station. Councillor Harold Pennick attended."
        " Councillor Pennick said the town was grateful."
    )
    record = extract(text, published="2026-03-12")
    people = {a["name"] for a in record["actors"] if a["kind"] == "person"}
    assert people == {"Neil Ashgrove", "Harold Pennick"}
    assert "Councillor" in actor_named(record, "Harold Pennick")["titles"]


def test_a_title_and_a_family_name_no_one_has_in_full_stay_a_name(extract):
    record = extract("Councillor Pennick said the town was grateful for the talks.", published="2026-03-12")
    assert [a["name"] for a in record["actors"] if a["kind"] == "person"] == ["Councillor Pennick"]


def speaker_of(record: dict, words: str) -> str | None:
    by_id = {a["id"]: a["name"] for a in record["actors"]}
    return next(by_id.get(q["speaker_actor"]) for q in record["quotes"] if q["content"]["text"] == words)


def test_the_pronoun_of_what_the_family_name_said_tells_which_of_the_two(extract):
    text = (
        "The late president Tomas Ruiz was honoured at the ceremony. Foreign Minister Elena Ruiz met Chinese envoy"
        " Wang Lei in Lima on Monday. Ruiz said she had raised trade with him."
    )
    assert speaker_of(extract(text, published="2026-03-12"), "she had raised trade with him") == "Elena Ruiz"


def test_with_no_telling_pronoun_the_family_name_is_the_one_named_first(extract):
    text = (
        "President Tomas Ruiz opened the session. His daughter, Foreign Minister Elena Ruiz, met Chinese envoy"
        " Wang Lei in Lima on Monday. Ruiz said the talks had gone well."
    )
    assert speaker_of(extract(text, published="2026-03-12"), "the talks had gone well") == "Tomas Ruiz"
