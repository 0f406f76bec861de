"""Round forty-eight, review R2: where this session's rules reach too far or stop short. An "in" place inside what a
contact is timed against ("since the vote in Nairobi", "following his election win in Albania") is where that other
happening was (place.in-own-clause); a question led by "So," or put in quote marks before "asked" tells no contact
(contact.yes-no-question); an editor the text names is a party like anyone named (contact.press-calls); retired
officers of two states are no sides for those states (party.states-of-group); an inner quote ends at its own
closing mark, and a question whether someone said something is no attribution (quote.nested). Sentences written
for these tests (names invented)."""

from tests.conftest import actor_of, event_names


def _names(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"]]


def _place(record: dict) -> str | None:
    (event,) = record["events"]
    return (event.get("place") or {}).get("name")


def test_an_election_the_meeting_followed_does_not_place_it(extract):
    record = extract(
        "Prime Minister Ana Varga met President Ilir Hasa on Tuesday following his election win in Albania.",
        published="2025-09-04",
    )
    assert _names(record) == [{"Ana Varga", "Ilir Hasa"}]
    assert _place(record) is None


def test_a_vote_the_meeting_was_the_first_since_does_not_place_it(extract):
    record = extract(
        "Tomas Berg and Ada Moss met for the first time since the disputed vote in Nairobi.", published="2025-09-04"
    )
    assert _place(record) is None


def test_a_speech_the_day_before_does_not_place_the_meeting(extract):
    record = extract(
        "Ada Moss met Tom Hale on Friday, a day after her speech to the assembly in Geneva.", published="2025-09-04"
    )
    assert _place(record) is None


def test_a_place_after_the_date_still_places_the_meeting(extract):
    record = extract("Ada Moss met Tom Hale last Thursday in Sarajevo.", published="2025-09-04")
    assert _place(record) == "Sarajevo"


def test_a_question_after_so_and_a_comma_asks_whether_they_met(extract):
    record = extract("So, did Ada Moss meet Tom Hale in Geneva?", published="2025-09-04")
    assert not record["events"]


def test_a_question_after_well_and_a_comma_asks_whether_they_met(extract):
    record = extract("Well, has the fisheries minister met Tom Hale yet?", published="2025-09-04")
    assert not record["events"]


def test_a_quoted_question_before_asked_tells_no_contact(extract):
    record = extract('"Did the minister meet Tom Hale or not?" asked the senator, Ada Moss.', published="2025-09-04")
    assert not record["events"]


def test_a_quoted_question_after_and_before_the_asker_tells_no_contact(extract):
    record = extract('"And will Ada Moss meet Tom Hale in Geneva?" the reporter asked.', published="2025-09-04")
    assert not record["events"]


def test_an_editor_the_text_names_is_a_party(extract):
    record = extract(
        "The editor, Tom Hale, met the finance minister, Ada Moss, to discuss the budget.", published="2025-09-04"
    )
    assert _names(record) == [{"Tom Hale", "Ada Moss"}]


def test_a_paper_that_meets_someone_still_interviews_them(extract):
    record = extract("The weekly Harbour Star met Ada Moss at her home in Lisbon in July.", published="2025-09-04")
    assert not record["events"]


def test_retired_officers_of_two_states_are_no_sides_for_them(extract):
    record = extract(
        "The army chief, Tomas Berg, met retired Danish and Swedish officers in Oslo on Monday.",
        published="2025-09-04",
    )
    assert all(not {"Denmark", "Sweden"} & names for names in _names(record))


def test_serving_officers_of_two_states_still_have_both_sides(extract):
    record = extract(
        "The army chief, Tomas Berg, met Danish and Swedish officers in Oslo on Monday.", published="2025-09-04"
    )
    assert any({"Denmark", "Sweden"} <= names for names in _names(record))


def _quotes_of(record: dict, name: str) -> list[str]:
    return [
        q["content"]["text"]
        for q in record["quotes"]
        if (a := actor_of(record, q.get("speaker_actor"))) is not None and a["name"] == name
    ]


def test_an_inner_quote_after_the_one_told_ends_at_its_closing_mark(extract):
    record = extract(
        "\"Hale told the cabinet 'we will not give up the pier' and he meant it,\" Ada Moss said.",
        published="2025-09-04",
    )
    assert _quotes_of(record, "Hale") == ["we will not give up the pier"]


def test_asking_whether_someone_said_words_credits_them_to_no_one(extract):
    record = extract("\"Did Hale really say 'the pier will close'?\" Ada Moss asked.", published="2025-09-04")
    assert not _quotes_of(record, "Hale")
