"""Quotes and contacts from round twenty-nine: constructions found by error analysis (PolNeAR train, the
blind28 articles once held out); tested on sentences written for these tests."""

import pytest

from tests.conftest import told_date
from tests.extract.test_twentyeight import speaker_names


def said_by(record: dict) -> dict[str, str | None]:
    """Each quote's content, by the words its speaker span holds."""
    return {q["content"].get("text", ""): (q["speaker"] or {}).get("text") for q in record["quotes"]}


def test_a_finite_verb_joined_to_a_plain_one_goes_on_with_the_main_clause(extract):
    # quote.coordinate-form: "would recover … and blamed" cannot share a clause
    record = extract(
        "Mayor Moss retreated on her forecast a year ago that the port would recover from its losses within two "
        "years, and blamed the strike."
    )
    assert said_by(record).get("the strike") == "Mayor Moss", said_by(record)


def test_reported_words_end_before_a_predicate_of_another_form(extract):
    # quote.coordinate-form, bounding the content
    record = extract(
        "The minister walked back his pledge last month that the government would cut fares by half, and blamed "
        "the unions for the delay."
    )
    assert said_by(record).get("that the government would cut fares by half") == "The minister", said_by(record)


def test_a_plain_verb_joined_to_a_plain_one_stays_in_the_reported_words(extract):
    record = extract("Moss said the council would raise fares and close the pier in winter.")
    assert said_by(record) == {"the council would raise fares and close the pier in winter": "Moss"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Moss further praised the crew as “brave,” thanked the harbour staff and said the ferry would run until May.",
        "Moss summed up the budget as “reckless,” attacked the council's record and said the ferry would run "
        "until May.",
    ],
)
def test_a_list_of_predicates_split_by_the_parser_keeps_its_subject(extract, sentence):
    # quote.first-conjunct
    assert said_by(extract(sentence)).get("the ferry would run until May") == "Moss"


def test_a_clause_before_an_inverted_attribution_is_not_a_list(extract):
    record = extract(
        "She also had a voice in decisions about the harbour, said a former spokesman for the harbour board, "
        "Ada Moss, who also ran as a candidate in the bloc the mayor helped form."
    )
    assert said_by(record).get("She also had a voice in decisions about the harbour") == (
        "a former spokesman for the harbour board, Ada Moss"
    ), said_by(record)


def statuses(record: dict) -> list[str]:
    return [e["status"] for e in record["events"]]


REPORTED = (
    "The weekly Harbour Star reported that Interior Minister Peter Kamau had met Ugandan security officials in "
    "Kampala last month. "
)


@pytest.mark.parametrize(
    "denial",
    ["The Kenyan interior ministry called the report baseless.", "Kamau denied the report on Tuesday."],
)
def test_a_reported_contact_a_side_denies_is_denied(extract, denial):
    # status.report-denied
    assert statuses(extract(REPORTED + denial)) == ["denied"]


@pytest.mark.parametrize(
    "after",
    [
        "Kamau confirmed the meeting but the Ugandan police called the report baseless.",
        "Kamau denied that they had discussed weapons.",
        '"Kamau never met them," Tom Baker wrote.',
    ],
)
def test_a_report_confirmed_or_denied_in_part_or_by_no_side_stays_told(extract, after):
    assert statuses(extract(REPORTED + after)) == ["occurred"]


@pytest.mark.parametrize(
    "denial",
    [
        'The Kenyan interior ministry described the report as "pure invention".',
        "Kamau described the report as wrong in every detail.",
    ],
)
def test_a_report_described_as_false_is_denied(extract, denial):
    # confirm.dismissed with "described … as"
    record = extract(REPORTED + denial)
    assert [c["status"] for e in record["events"] for c in e["confirmations"]] == ["denied"]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Luis Ferro said he would be prepared to meet Paraguay's president, Mario Benitez, at any time.",
        "Prime Minister Ana Lind said Sweden would be honoured to receive President Omar Haddad in Stockholm.",
        "Foreign Minister Ana Lind said she hoped to visit Beijing later in the autumn.",
    ],
)
def test_a_contact_one_is_ready_for_or_hopes_for_is_possible(extract, sentence):
    # status.willing (a participle of readiness, words of welcome under "would"), status.offered ("hoped": the
    # lemmatiser's "hop" mended)
    record = extract(sentence)
    assert statuses(record) == ["hypothetical"]
    assert not [c for e in record["events"] for c in e["confirmations"]]  # a wish confirms nothing


def test_a_contact_agreed_is_still_planned(extract):
    assert statuses(extract("Prime Minister Ana Lind agreed to receive President Omar Haddad in Stockholm.")) == [
        "planned"
    ]


def test_a_newsreaders_turns_are_the_programmes_own(extract):
    # quote.transcript-turn: a newsreader, like a presenter, asks or narrates
    record = extract(
        "NEWSREADER: Border talks resumed in Tashkent today.\n\n"
        "KARIMOV: We are ready to sign the treaty this week.\n\n"
        "NEWSREADER: The minister spoke after the first session.\n\n"
        "KARIMOV: Nothing is agreed until everything is agreed."
    )
    assert "Newsreader" not in speaker_names(record) and "NEWSREADER" not in speaker_names(record)
    assert speaker_names(record).count("KARIMOV") + speaker_names(record).count("Karimov") == 2, speaker_names(record)


def test_a_day_owns_no_report(extract):
    record = extract("Monday's report also said the minister had flown to Accra.")
    assert [a["name"] for a in record["actors"] if a["name"] == "Monday"] == []


def test_an_envoy_called_home_calls_for_nothing(extract):
    sentence = "The envoy, who was called home for consultations in May, returned to Tashkent on Friday."
    assert extract(sentence)["quotes"] == []


def dates(record: dict) -> list[str | None]:
    return [told_date(e) for e in record["events"]]


@pytest.mark.parametrize(
    ("when", "value"),
    [
        ("ten days ago", "2024-04-30"),
        ("two weeks ago", "2024-04"),
        ("three months ago", "2024-02"),
        ("on the twelfth of April", "2024-04-12"),
        ("on the fourth of this month", "2024-05-04"),
    ],
)
def test_a_date_counted_back_or_spelt_out_is_read(extract, when, value):
    # date.ago; date.month-day and date.day-of-month with the day spelt out
    record = extract(f"Foreign Minister Anna Berg met Jan Nowak in Warsaw {when}.", published="2024-05-10")
    assert dates(record) == [value]


def test_a_length_of_days_is_still_no_date(extract):
    record = extract(
        "Foreign Minister Anna Berg held ten days of talks with Jan Nowak in Warsaw.", published="2024-05-10"
    )
    assert dates(record) == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "According to army sources, the general and the prime minister speak each morning.",
        "From time to time the Swiss envoy, Lars Holm, meets the rebel representative, Joseph Ade, in Geneva.",
        "President Ana Mora will meet General Raul Ortiz every evening until the crisis ends.",
    ],
)
def test_contacts_told_by_how_often_are_habits(extract, sentence):
    # contact.habit: a part of the day as a rate, and frequency in a phrase
    assert extract(sentence)["events"] == []


def test_a_part_of_a_day_named_is_still_a_contact(extract):
    record = extract("President Ana Mora met General Raul Ortiz on Monday morning.", published="2024-05-10")
    assert dates(record) == ["2024-05-06"]


def modes(record: dict) -> list[str]:
    return [e["mode"] for e in record["events"]]


def test_a_meeting_of_three_states_is_multilateral(extract):
    # mode.three-states
    record = extract(
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu "
        "Hassan in Arusha on Monday."
    )
    assert modes(record) == ["multilateral"]


def test_a_meeting_of_two_states_stays_a_meeting(extract):
    record = extract("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Arusha on Monday.")
    assert modes(record) == ["meeting"]


def confirmation_names(record: dict) -> list[tuple[str, str]]:
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [(c["status"], names.get(c["by"], "")) for e in record["events"] for c in e["confirmations"]]


@pytest.mark.parametrize(
    ("after", "by"),
    [
        ("Saleh's ministry said the two men went over trade ties.", "Saleh's ministry"),
        ("Saleh's office said Saleh had raised the fishing dispute.", "Omar Saleh's office"),
        ("Saleh's ministry said the talks had dealt mostly with migration.", "Saleh's ministry"),
    ],
)
def test_a_sides_account_of_what_was_done_confirms_the_contact(extract, after, by):
    # confirm.side-account
    record = extract("Foreign Minister Omar Saleh received the Iranian ambassador, Reza Karimi, on Sunday. " + after)
    assert confirmation_names(record) == [("confirmed", by)], confirmation_names(record)


@pytest.mark.parametrize(
    "after",
    [
        "Analysts said the two men went over trade ties.",  # no side
        "Saleh's ministry said the two men would go over trade ties.",  # not an account of what was done
        "Saleh's ministry said the two men did not discuss trade.",  # negated
    ],
)
def test_no_confirmation_from_others_or_plans(extract, after):
    record = extract("Foreign Minister Omar Saleh received the Iranian ambassador, Reza Karimi, on Sunday. " + after)
    assert ("confirmed", "Saleh's ministry") not in confirmation_names(record)
    assert all(status != "confirmed" or "Analysts" not in name for status, name in confirmation_names(record))


@pytest.mark.parametrize(
    "text",
    [
        "Q: Did Foreign Minister Anna Berg meet Jan Nowak in Warsaw last week?",
        "Has President Omar Haddad accepted the invitation to the Kigali summit?",
    ],
)
def test_asking_whether_a_contact_happened_tells_none(extract, text):
    # contact.yes-no-question
    assert extract(text)["events"] == []


def test_asking_why_a_contact_happened_takes_it_as_told(extract):
    record = extract("Why did Foreign Minister Anna Berg meet Jan Nowak in Warsaw on Monday?")
    assert statuses(record) == ["occurred"]


def parties(record: dict) -> list[set[str]]:
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [{names[p] for p in e["participants"]} for e in record["events"]]


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        (
            "Minister Paulo Reis met the leader of the rebel delegation, Colonel Samuel Ngata, on Monday.",
            "Samuel Ngata",
        ),
        (
            "Defence Minister Alan Lin first met the movement's chief of staff, General Tomas Banda, in Lusaka in "
            "2019.",
            "Tomas Banda",
        ),
    ],
)
def test_a_rank_before_the_name_after_a_long_title_is_passed_over(extract, sentence, named):
    # party.name-after-title-phrase with a rank ("Colonel", "General") before the name
    assert any(named in side for side in parties(extract(sentence)))


def test_a_speaker_the_parse_apposed_to_a_place_still_speaks(extract):
    # quote.trailing-speaker-apposed
    record = extract("The delegation will fly on to Osaka, Peru's embassy in Tokyo said.")
    assert said_by(record) == {"The delegation will fly on to Osaka": "Peru's embassy in Tokyo"}


def test_a_day_of_this_month_spelt_out_stays_in_this_month(extract):
    record = extract(
        "Foreign Minister Anna Berg will meet Jan Nowak in Warsaw on the twenty-eighth of this month.",
        published="2024-05-10",
    )
    assert dates(record) == ["2024-05-28"]
