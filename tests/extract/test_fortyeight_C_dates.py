"""Round forty-eight, dates on unseen text: a timeline line's heading date, "this coming Sunday", and a contact
told as held in a past tense in an event that other mentions make denied. Tested on sentences written for these
tests (names invented)."""

from tests.conftest import event_names


def _date_of(record: dict, *names: str) -> dict | None:
    (event,) = [e for e in record["events"] if event_names(record, e) >= set(names)]
    return event["date"]


def test_a_bulleted_line_is_dated_by_its_heading(extract):
    # date.line-head: the parse hangs the date outside the contact's clause
    record = extract(
        "Earlier contacts:\n\n"
        "• March 2015 — Foreign Minister Anna Berg and Jan Nowak spoke by telephone before the vote.",
        published="2021-02-10",
    )
    assert _date_of(record, "Anna Berg", "Jan Nowak")["value"] == "2015-03"


def test_a_day_heading_a_line_dates_it(extract):
    # date.line-head: a day, a month and a year before a colon
    record = extract(
        "Earlier contacts:\n\n"
        "• 12 March 2018 — Fisheries Minister Ilya Morant and Teodor Vasko met in Tallinn and agreed on quotas.",
        published="2021-02-10",
    )
    assert _date_of(record, "Ilya Morant", "Teodor Vasko")["value"] == "2018-03-12"


def test_a_date_inside_the_line_is_no_heading(extract):
    # date.line-head: a date that does not open the line heads nothing
    record = extract(
        "Ilya Morant, who took office in June 2019 — a year of floods — spoke by telephone with Teodor Vasko.",
        published="2021-02-10",
    )
    date = _date_of(record, "Ilya Morant", "Teodor Vasko")
    assert date is None or date["value"] != "2019-06"


def test_a_coming_weekday_lies_ahead(extract):
    # date.weekday.coming: the tagger leaves "coming" out of the day; the day is still the next one
    record = extract(
        "Talks between Secretary of State Ana Ruiz and Foreign Minister Omar Haddad are due to be held in Muscat "
        "this coming Sunday and Monday.",
        published="2026-03-12",
    )
    assert _date_of(record, "Ana Ruiz", "Omar Haddad")["value"] == "2026-03-15"


def test_a_plain_weekday_of_a_held_contact_still_looks_back(extract):
    record = extract("Foreign Minister Ana Ruiz met Omar Haddad in Muscat on Sunday.", published="2026-03-12")
    assert _date_of(record, "Ana Ruiz", "Omar Haddad")["value"] == "2026-03-08"


def test_a_contact_reported_as_held_and_denied_looks_back(extract):
    # date.held-in-the-past: another mention's refusal does not make the reported meeting one still to come
    record = extract(
        "The weekly Sauti reported on Tuesday that Mr. Karl Moen had met Lena Vasquez, an adviser to the French "
        "prefecture, in a stadium box during Sunday's match. Moen did not rule out talking to the French side in "
        "future, but he refused to meet Vasquez again.",
        published="2026-03-18",
    )
    assert _date_of(record, "Karl Moen", "Lena Vasquez")["value"] == "2026-03-15"


def test_a_called_off_meeting_still_looks_ahead(extract):
    # the rule leaves a contact told as still to come alone: a meeting set for Friday and called off is next Friday's
    record = extract(
        "A meeting between Karl Moen and Lena Vasquez, which had been set for Friday, was called off.",
        published="2026-03-18",
    )
    assert _date_of(record, "Karl Moen", "Lena Vasquez")["value"] == "2026-03-20"


def test_a_proposal_in_the_past_still_looks_ahead(extract):
    # date.wished-ahead: "has proposed" is the proposing's tense; the talks proposed for March are this March
    record = extract(
        "Officials said Finland has proposed joint talks on river salmon with Sweden in March.", published="2026-01-27"
    )
    assert _date_of(record, "Finland", "Sweden")["value"] == "2026-03"


def test_a_meeting_asked_for_a_month_just_gone(extract):
    # date.possible-just-gone: a meeting asked for before a round two months back is that round's
    record = extract(
        "Its chairman, Olav Berg, says the fishermen's association asked to meet Fisheries Minister Anna Lund "
        "before the September round and was turned down.",
        published="2026-11-04",
    )
    # the association itself asked (session 52: "the fishermen's association" is a body, as "the board" is)
    assert _date_of(record, "fishermen's association", "Anna Lund")["value"] == "2026-09"


def test_a_possible_meeting_half_a_year_off_looks_ahead(extract):
    # date.possible-just-gone reaches three months back, no further
    record = extract(
        "Officials said Foreign Minister Anna Lund would be willing to meet Jan Holm in Oslo in November.",
        published="2026-05-11",
    )
    assert _date_of(record, "Anna Lund", "Jan Holm")["value"] == "2026-11"


def test_whether_they_had_met_still_looks_back(extract):
    # date.asked-of-past is left as it was for a contact verb in a past tense
    record = extract(
        "A spokeswoman declined to say whether Ambassador Ruth Kamau had met the deputy minister, Ali Rezaei, in "
        "October.",
        published="2026-03-12",
    )
    assert _date_of(record, "Ruth Kamau", "Ali Rezaei")["value"] == "2025-10"
