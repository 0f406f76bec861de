"""Round forty-nine (helper H): tellings that are no contact. Words in quote marks right after the one called are
what the subject calls that one (rule contact.call.quoted-name); a contact in the simple present inside quoted
words, with no day or occasion of its own, is a habit or a stance (rule contact.habit.quoted-present); a party
named as anyone of a kind is no party (rule party.anyone). Sentences written for these tests (names invented)."""

from tests.conftest import event_names


def _events(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"]]


def test_quoted_words_after_the_one_called_are_what_she_calls_him(extract):
    record = extract('Councillor Ada Varga calls Mayor Tom Moss "the worst harbour master this town has had".')
    assert record["events"] == []


def test_a_quoted_name_hung_as_an_apposition_is_no_call(extract):
    record = extract("The dockers' union called the minister “a disgrace” in a statement on Friday.")
    assert record["events"] == []


def test_a_quoted_purpose_after_the_one_called_is_still_a_call(extract):
    record = extract('Mayor Tom Moss called Councillor Ada Varga "to say sorry" on Friday, his office said.')
    assert _events(record) == [{"Tom Moss", "Ada Varga"}]


def test_a_closing_quote_mark_after_the_one_called_is_still_a_call(extract):
    record = extract('"I called Governor Luis Arce," Mayor Tom Moss told reporters on Friday.')
    assert _events(record) == [{"Tom Moss", "Luis Arce"}]


def test_a_quoted_present_with_no_day_is_how_things_stand(extract):
    record = extract(
        '"Chile talks to the government in Lima, and that is where I am going," Senator Rosa Ibarra said on Monday.'
    )
    assert record["events"] == []


def test_quoted_presents_in_a_row_are_habits(extract):
    record = extract(
        "Dana Whitfield, who organises seasonal workers, was blunt. "
        '"The inspectors meet the growers, they meet the ministry officials. Nobody meets the pickers," she said.'
    )
    assert record["events"] == []


def test_a_quoted_present_in_a_when_clause_under_a_present_is_a_habit(extract):
    record = extract('"When the premier speaks to a head of government, we announce it," said spokesman Luis Ortega.')
    assert record["events"] == []


def test_a_quoted_present_set_on_a_day_is_a_plan(extract):
    record = extract('"The minister meets Ivan Petrov in Moscow on Monday," a spokesman for Rosa Ibarra said.')
    assert _events(record) == [{"minister", "Ivan Petrov"}]


def test_a_quoted_present_at_an_occasion_is_a_plan(extract):
    record = extract('"The president meets Xi Jinping at the summit," an aide to President Ana Silva said.')
    assert len(record["events"]) == 1


def test_a_news_briefs_present_outside_quote_marks_tells_news(extract):
    record = extract(
        "Ghana's foreign minister, Efua Mensah, receives her Ivorian counterpart, Yao Kone, at the ministry for "
        "talks on cocoa smuggling."
    )
    assert _events(record) == [{"Efua Mensah", "Yao Kone"}]


def test_any_official_is_no_party(extract):
    record = extract("Ivan Petrov said he had never discussed the tender with any public official.")
    assert record["events"] == []


def test_anyones_service_is_no_party(extract):
    record = extract('"We have no meetings with anyone\'s intelligence service," Deputy Minister Ivan Petrov said.')
    assert record["events"] == []


def test_anyone_from_a_named_body_is_that_bodys_side(extract):
    record = extract(
        "Harbour Lines is bidding for the ferry routes. Councillor Ada Varga said she had not met anyone from "
        "Harbour Lines since October."
    )
    assert _events(record) == [{"Ada Varga", "Harbour Lines"}]


def test_months_a_journey_ran_between_are_no_parties(extract):
    record = extract("Envoy Salim Kitwana made eleven journeys between June and October, a colleague said.")
    assert not any({"June", "October"} & event_names(record, e) for e in record["events"])
    assert not any(a["name"] in ("June", "October") for a in record["actors"])


def test_a_family_name_that_is_a_month_is_still_the_person(extract):
    record = extract(
        "Prime Minister Theresa May met Chancellor Angela Merkel in Berlin on Monday. "
        '"We agreed on a great deal," May said afterwards.'
    )
    assert _events(record) == [{"Theresa May", "Angela Merkel"}]
