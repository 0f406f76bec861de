"""Confirmations from round twenty-four: the wordings of confirming, denying and not answering beyond "confirm",
"deny" and "comment", which event a statement is about, and who makes it; on sentences written for these tests."""

import pytest

from tests.conftest import actor_of

REPORTED = (
    "Border talks.\n\nInterior Minister Kofi Mensah met Togolese envoy Yawo Agbeko in Lomé on Monday, the weekly "
    "Le Regard reported."
)


def said_about(record: dict) -> list[tuple[str, str]]:
    """(status, by whose name) of every confirmation, over all events."""
    return [(c["status"], actor_of(record, c["by"])["name"]) for e in record["events"] for c in e["confirmations"]]


@pytest.mark.parametrize(
    ("statement", "status", "by"),
    [
        # confirm.dismissed
        ("Mensah's ministry dismissed the report as fabricated.", "denied", "Mensah's ministry"),
        ("A Togolese official rejected reports of the meeting.", "denied", "Togolese official"),
        ("The Togolese embassy called the reports false.", "denied", "Togolese embassy"),
        ("The Togolese embassy called the report pure invention.", "denied", "Togolese embassy"),
        ('"These reports are entirely baseless," said Ama Boateng, a ministry spokeswoman.', "denied", "Ama Boateng"),
        # confirm.not-known
        (
            "Togo's foreign ministry said it had no information about such a meeting.",
            "unconfirmed",
            "foreign ministry",
        ),
        ("Agbeko's office said it was unaware of any meeting.", "unconfirmed", "Yawo Agbeko's office"),
        # confirm.nothing-to-say
        ("Government spokesman Yao Kpodar said he had nothing to say about the report.", "no_comment", "Yao Kpodar"),
        # confirm.not-drawn
        (
            "Spokesman Yao Kpodar refused to be drawn on whether the two men had met.",
            "neither_confirmed_nor_denied",
            "Yao Kpodar",
        ),
        # confirm.acknowledged
        ("Agbeko's office acknowledged on Tuesday that the meeting took place.", "confirmed", "Yawo Agbeko's office"),
    ],
)
def test_other_wordings_confirm_deny_or_leave_a_contact_open(extract, statement, status, by):
    record = extract(f"{REPORTED} {statement}")
    [event] = record["events"]
    assert (status, by) in said_about(record), said_about(record)
    assert {actor_of(record, p)["name"] for p in event["participants"]} >= {"Kofi Mensah", "Yawo Agbeko"}


@pytest.mark.parametrize(
    ("statement", "not_said"),
    [
        # a "that" clause about something else is not "that" referring back
        ("The ministry confirmed that the road budget would be doubled.", "confirmed"),
        ("Mensah denied that they had discussed a prisoner exchange.", "denied"),
        # what the meeting did, or someone did at it, not whether it happened
        ("Mensah denied that the meeting had discussed the disputed islands.", "denied"),
        ("Mensah denied that he had paid for the dinner at the hotel.", "denied"),
        # rejecting talks is refusing them, not denying those held; a proposal called false is no report
        ("The ministry rejected talks with the rebels.", "denied"),
        ("The opposition called the proposal false.", "denied"),
    ],
)
def test_statements_about_something_else_say_nothing_of_the_contact(extract, statement, not_said):
    record = extract(f"{REPORTED} {statement}")
    assert not [c for c in said_about(record) if c[0] == not_said], said_about(record)


def test_asked_about_the_meeting_and_neither_confirming_it_still_answers_it(extract):
    record = extract(f"{REPORTED} Asked about the meeting, spokesman Yao Kpodar would neither confirm nor deny it.")
    assert said_about(record) == [("neither_confirmed_nor_denied", "Yao Kpodar")]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # the first event the report told in its sentence, not the plan told after it
        (
            "The news site Al-Khaleej reported that Omani envoy Salim al-Busaidi met Iranian deputy minister Hamid "
            "Rostami in Muscat and that Oman's foreign minister, Badr Hamad, would visit Tehran next month. Iran's "
            "foreign ministry denied the report.",
            {"Salim al-Busaidi", "Hamid Rostami"},
        ),
        # the event the report told, not the visit it overshadowed
        (
            "Mediator Abdou Garba held talks with Captain Ismaël Diarra on Wednesday. The visit was overshadowed by "
            "a report in the weekly Le Phare that Diarra had telephoned the exiled opposition leader Moussa Keita "
            "last week. Council spokesman Idrissa Sow denied the report.",
            {"Moussa Keita"},
        ),
    ],
)
def test_a_denied_report_is_the_event_the_report_told(extract, text, sides):
    record = extract(f"Contacts.\n\n{text}")
    [denied] = [e for e in record["events"] if e["confirmations"]]
    assert sides <= {actor_of(record, p)["name"] for p in denied["participants"]}


def test_a_description_named_after_its_comma_states_the_confirmation(extract):
    record = extract(f"{REPORTED} The meeting was confirmed by a spokeswoman for the foreign ministry, Ama Boateng.")
    assert said_about(record) == [("confirmed", "Ama Boateng")]


def test_a_side_telling_of_its_own_contact_confirms_it(extract):
    # confirm.party-account
    record = extract(
        "Border talks.\n\nInterior Minister Kofi Mensah said he had met Togolese envoy Yawo Agbeko on Monday."
    )
    assert said_about(record) == [("confirmed", "Kofi Mensah")]


def test_a_reporter_who_is_no_side_confirms_nothing(extract):
    record = extract(REPORTED)
    assert said_about(record) == []


def test_the_two_who_had_spoken_are_the_call_told_before(extract):
    # a contact told without its mode ("had spoken") is the call between the two just named
    record = extract(
        "Call.\n\nBrazilian President Carlos Costa and Argentine President Javier Ruiz spoke by telephone on "
        "Monday, the daily Folha reported. A spokesman for Ruiz confirmed that the two had spoken."
    )
    [event] = record["events"]
    assert event["mode"] == "phone"
    assert [c["status"] for c in event["confirmations"]] == ["confirmed"]


def test_a_military_rank_is_a_title_not_part_of_the_name(extract):
    record = extract(
        "Junta talks.\n\nCaptain Ismael Diarra received the mediator on Wednesday. Captain Diarra later told "
        "reporters the talks had gone well."
    )
    quote = record["quotes"][0]
    speaker = actor_of(record, quote["speaker_actor"])
    assert (speaker["name"], speaker["titles"]) == ("Ismael Diarra", ["Captain"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya's Daniel Mwangi met his Ethiopian counterpart Tesfaye Alemu in Nairobi on Tuesday.",
        "Daniel Mwangi met the Ethiopian minister, Tesfaye Alemu, in Nairobi on Tuesday.",
    ],
)
def test_a_place_hung_on_the_name_of_the_side_met_is_where_they_met(extract, sentence):
    # place.on-object
    [event] = extract(f"Talks.\n\n{sentence}", published="2026-03-12")["events"]
    assert event["place"]["name"] == "Nairobi"


def test_a_place_in_a_topic_discussed_is_not_where_they_talked(extract):
    record = extract("Call.\n\nChancellor Katrin Vogler discussed migration and the war in Ukraine with Selim Aydin.")
    assert all((e["place"] or {}).get("name") != "Ukraine" for e in record["events"])


@pytest.mark.parametrize(
    "statement",
    [
        "India's foreign ministry said it was unaware of any meeting between the two.",
        "A Japanese diplomat said he had nothing to say about the report.",
    ],
)
def test_a_third_party_not_knowing_of_a_contact_says_nothing_of_it(extract, statement):
    assert said_about(extract(f"{REPORTED} {statement}")) == []


@pytest.mark.parametrize(
    ("statement", "said"),
    [
        # the side's office telling it
        ("Mensah held talks with Agbeko on Friday, Mensah's office said.", [("confirmed", "Kofi Mensah's office")]),
        # a side that denies it confirms nothing by being quoted on it
        (
            'Mensah denied meeting Agbeko. "I have not met Mr Agbeko this year," he told reporters.',
            [("denied", "Kofi Mensah")],
        ),
        # "confirmed it" still confirms when a topic follows
        (
            "Mensah's office confirmed it, adding that the two had discussed border controls.",
            [("confirmed", "Kofi Mensah's office")],
        ),
        # both subjects deny
        ("Ghana and Togo both denied the report.", [("denied", "Ghana"), ("denied", "Togo")]),
        # "not in a position to confirm" is no confirmation
        (
            "Togo's foreign ministry said it was not in a position to confirm the report.",
            [("unconfirmed", "foreign ministry")],
        ),
    ],
)
def test_who_confirms_and_how(extract, statement, said):
    text = f"{REPORTED} {statement}"
    assert set(said_about(extract(text))) == set(said)


@pytest.mark.parametrize(
    ("statement", "said"),
    [
        # a body of a side's state telling of the contact as fact
        (
            "Togo's foreign ministry said the two had held talks on border security.",
            {("confirmed", "foreign ministry")},
        ),
        # another contact, told with "a", is not the one reported
        ("Mensah's spokeswoman confirmed that a joint cabinet session would take place in March.", set()),
        # "it" inside what is denied is not the contact
        ("Togo's foreign ministry denied that it was holding political prisoners.", set()),
    ],
)
def test_what_a_statement_refers_to(extract, statement, said):
    assert set(said_about(extract(f"{REPORTED} {statement}"))) == said


def test_a_side_insisting_it_never_happened_denies_it(extract):
    record = extract(
        "Talks.\n\nPolice Minister Senzo Dube insisted on Thursday that he had never met businessman Vusi Zulu."
    )
    assert said_about(record) == [("denied", "Senzo Dube")]


@pytest.mark.parametrize(
    ("sentence", "value", "modifier"),
    [
        ("Prime Minister Ana Herrera met Canadian Prime Minister Mark Lewis in Ottawa late last year.", "2025", "end"),
        ("Ana Herrera will meet Mark Lewis in Ottawa early next month.", "2027-01", "start"),
        ("Ana Herrera met Mark Lewis in Ottawa last year.", "2025", None),
    ],
)
def test_a_part_of_a_relative_month_or_year_is_kept(extract, sentence, value, modifier):
    # date.relative.part
    [event] = extract(f"Talks.\n\n{sentence}", published="2026-12-03")["events"]
    assert (event["date"]["value"], event["date"].get("modifier")) == (value, modifier)


def test_the_date_of_an_act_the_contact_is_timed_by_is_not_its_date(extract):
    record = extract(
        "Visit.\n\nColombian President Ana Herrera met Canadian Prime Minister Mark Lewis in Ottawa, her first trip "
        "abroad since winning the election in June 2024.",
        published="2026-02-17",
    )
    [event] = record["events"]
    assert (event["date"] or {}).get("value") != "2024-06"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # place.the-capital
        (
            "US envoy Thomas Kerr arrived in Jordan on Friday. On Saturday he met Foreign Minister Omar Khatib in the "
            "capital.",
            "Amman",
        ),
        (
            "Kenyan President William Kiprop met Ugandan President Yoweri Musoke in the capital, Kampala, on Monday.",
            "Kampala",
        ),
        # a country only in a title or a possessive says nothing of which capital
        ("Jordan's King Abdullah met US envoy Thomas Kerr in the capital on Saturday.", None),
        # place.city-in-country
        (
            "German Chancellor Jonas Albrecht arrived in China on Monday. He held talks with President Xu Jianguo in "
            "Beijing on Tuesday.",
            "Beijing",
        ),
    ],
)
def test_the_capital_and_a_city_within_the_country_told_first(extract, text, place):
    [event] = extract(f"Talks.\n\n{text}", published="2026-03-12")["events"]
    assert (event["place"] or {}).get("name") == place


@pytest.mark.parametrize(
    ("statement", "said"),
    [
        # a report of something else, however it is called false
        ("The Togolese foreign ministry dismissed reports of a secret oil deal as baseless speculation.", set()),
        ("Togo rejected claims that it had agreed to cut phosphate royalties.", set()),
        # whether something else happened
        ("A spokesman refused to be drawn on whether fishing quotas were discussed.", set()),
        # "them" referring back, in a quote
        (
            '"We are aware of the reports, but we cannot confirm them," said Agbeko\'s spokesman, Koffi Adjo.',
            {("unconfirmed", "Koffi Adjo")},
        ),
        # "had no comment"
        ("Agbeko's office had no immediate comment.", {("no_comment", "Yawo Agbeko's office")}),
    ],
)
def test_reports_of_other_things_and_other_ways_of_not_answering(extract, statement, said):
    assert set(said_about(extract(f"{REPORTED} {statement}"))) == said


def test_ready_to_meet_is_a_possibility_not_a_plan(extract):
    [event] = extract("Talks.\n\nPresident Marat Sokolov is ready to meet President Oleh Bondar, the Kremlin said.")[
        "events"
    ]
    assert event["status"] == "hypothetical" and not event["confirmations"]


@pytest.mark.parametrize(
    ("speaker", "said"),
    [
        # an official of a side's state tells it
        ("Egypt's presidential spokesman Ahmed Fahmy", {("confirmed", "Ahmed Fahmy")}),
        # a person of that state with no office speaking for it does not
        ("Egyptian novelist Ahmed Fahmy", set()),
    ],
)
def test_an_official_of_a_sides_state_telling_the_contact_confirms_it(extract, speaker, said):
    record = extract(
        "Dam talks.\n\nEgyptian President Abdel Hamid Farouk spoke by phone with Ethiopian Prime Minister Abiy "
        f"Tekle on Monday. {speaker} said the two leaders discussed the dam."
    )
    assert set(said_about(record)) == said


@pytest.mark.parametrize(
    ("statement", "said"),
    [
        ('"Pure fabrication," Mensah\'s office said.', {("denied", "Kofi Mensah's office")}),
        ('"That is false," Agbeko said.', {("denied", "Yawo Agbeko")}),
        # a verdict on something named is no verdict on the contact
        ('"The budget figures are false," an economist said.', set()),
    ],
)
def test_a_quoted_verdict_of_falsity_denies_what_was_told(extract, statement, said):
    assert set(said_about(extract(f"{REPORTED} {statement}"))) == said


@pytest.mark.parametrize(
    ("statement", "said"),
    [
        ("Mensah's office said it was not true that the two men had met.", {("denied", "Kofi Mensah's office")}),
        # not true of something else
        ("Mensah said it was not true that Togo had closed the border.", set()),
    ],
)
def test_not_true_that_they_met_denies_it(extract, statement, said):
    assert set(said_about(extract(f"{REPORTED} {statement}"))) == said


def test_dismissed_as_fabricated_a_report_that_they_met_denies_it(extract):
    record = extract(
        "Talks.\n\nOpposition leader Wanjiru Kamau has dismissed as fabricated a report that she held secret talks "
        "with President Daniel Otieno at State House last week."
    )
    assert said_about(record) == [("denied", "Wanjiru Kamau")]
