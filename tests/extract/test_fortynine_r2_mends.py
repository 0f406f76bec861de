"""Review R2 of round forty-nine: overreach and misses of the round's new rules (party.lawyers-client,
pronoun.voice-about-another, contact.call.quoted-name, contact.habit.quoted-present, party.anyone,
quote.urges-after-content). Sentences written for these tests (names invented)."""

from tests.conftest import event_names


def _events(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"]]


def test_a_client_the_lawyer_names_is_not_the_one_she_is_named_for(extract):
    record = extract(
        "Karl Weiss's lawyer, Ana Berg, said on Monday that her other client, the developer Tom Moss, had met "
        "Governor Tom Rix."
    )
    assert _events(record) == [{"Tom Moss", "Tom Rix"}]


def test_a_client_apposed_by_name_is_that_client(extract):
    record = extract(
        "Karl Weiss's lawyer, Ana Berg, now also acts for the developer Tom Moss. Berg said her client, Moss, had "
        "never met Governor Tom Rix."
    )
    assert _events(record) == [{"Tom Moss", "Tom Rix"}]


def test_a_voice_named_in_apposition_to_its_title_is_not_the_later_he(extract):
    record = extract(
        "Tomas Varga, Hungary's ambassador in Vienna for a decade, died on Sunday. He was 81.\n\n"
        '"He hated long meetings," said his successor, Peter Hollo.\n\n'
        "He met the Austrian chancellor, Franz Vranitzky, in Vienna in May 1991."
    )
    assert _events(record) == [{"Tomas Varga", "Franz Vranitzky"}]


def test_a_quoted_adverb_after_the_one_called_says_when_not_what(extract):
    record = extract('Mayor Tom Moss called Governor Ann Lee "immediately" after the vote, an aide said.')
    assert _events(record) == [{"Tom Moss", "Ann Lee"}]


def test_a_quoted_time_after_the_one_called_is_still_a_call(extract):
    record = extract('Mayor Tom Moss called Governor Ann Lee "twice yesterday," an aide said.')
    assert _events(record) == [{"Tom Moss", "Ann Lee"}]


def test_a_quoted_adverb_before_a_name_still_names(extract):
    record = extract('Mayor Tom Moss called Governor Ann Lee "truly a disgrace".')
    assert record["events"] == []


def test_a_quoted_present_joined_to_a_dated_one_is_a_plan(extract):
    record = extract(
        '"Next month the bishop visits Kenya and meets President Amos Kiptoo," church spokesman Leo Rossi said.'
    )
    assert any("Amos Kiptoo" in names for names in _events(record))


def test_anyone_who_meets_a_named_group_is_no_party(extract):
    record = extract("Any minister who meets the Taliban will be sacked, Prime Minister Rhys Hallam said.")
    assert not any("Any minister" in names for names in _events(record))


def test_a_warning_in_the_reported_clauses_past_perfect_stays_in_the_content(extract):
    record = extract(
        "Senator Ada Kim said the minister had ignored the committee and had warned the governor to resign."
    )
    found = [q["content"]["text"] for q in record["quotes"]]
    assert "the minister had ignored the committee and had warned the governor to resign" in found
