"""Round fifty-eight (W): a name right after a title, with no stop between, stays in the title's sentence.

The parser cut "asked to meet Vietnamese PM" from "Tran Van Long on Saturday" (it reads "PM" as the hour, so as a
sentence's end), and the person met was lost with the first sentence; the nlp component names_after_titles keeps
them together. Sentences written for these tests (names invented)."""

from spacy.language import Language


def _sentences(nlp: Language, text: str) -> list[str]:
    return [s.text for s in nlp(text).sents]


def test_a_name_after_a_title_initialism_is_in_the_same_sentence(nlp):
    text = "Ali Rahman said he had asked to meet Vietnamese PM Tran Van Long on Saturday."
    assert _sentences(nlp, text) == [text]


def test_a_caption_of_a_meeting_after_a_title_initialism_tells_the_meeting(extract):
    record = extract(
        "Prime Minister Ali Rahman meeting Vietnamese PM Tran Van Long on the sidelines of the summit in Hanoi, "
        "on June 2, 2024."
    )
    actors = {a["id"]: a["name"] for a in record["actors"]}
    parties = [[actors[p] for p in e["participants"]] for e in record["events"] if e["mode"] == "meeting"]
    assert any("Ali Rahman" in names for names in parties), record["events"]


def test_a_stop_or_a_line_break_after_a_title_still_ends_the_sentence(nlp):
    # negative: "PM." ends its sentence; so does a line break after a title, as in a headline
    assert len(_sentences(nlp, "The talks ended at 3 PM. Kofi Mensah said they would resume.")) == 2
    assert len(_sentences(nlp, "Talks with the Minister\nKofi Mensah said the talks went well.")) == 2


def _parties(record: dict) -> list[list[str]]:
    actors = {a["id"]: a["name"] for a in record["actors"]}
    return [sorted(actors[p] for p in e["participants"]) for e in record["events"]]


def test_the_leader_of_a_side_in_another_meeting_is_no_party_of_the_one_before(extract):
    # party.leader-in-another-contact: "met leaders of the federation, headed by Y" names that meeting's side
    record = extract(
        "Officers of the two navies had met secretly in Arica last week, a weekly reported. The minister, Ana "
        "Ruiz, flew to Ilo on Tuesday and met leaders of the fishermen's federation, headed by Pedro Mamani Cruz."
    )
    assert ["Officers", "Pedro Mamani Cruz"] not in _parties(record), _parties(record)


def test_the_leaders_named_after_a_meeting_between_groups_still_take_part(extract):
    # negative: a sentence telling no contact of its own names the sides' leaders (party.leader-in-another-contact
    # does not fire)
    record = extract(
        "Saudi and Iranian officials met in Baghdad on Monday. The Saudi delegation was led by Faisal Amin, and the "
        "Iranian side by Reza Karimi."
    )
    assert any({"Faisal Amin", "Reza Karimi"} <= set(names) for names in _parties(record)), _parties(record)
