"""Quotes and contacts from round thirty-one: constructions found by error analysis (the blind29 and blind30
articles once held out); tested on sentences written for these tests."""

import pytest

from tests.conftest import told_date
from tests.extract.test_thirty import places
from tests.extract.test_twentynine import modes, parties, statuses


def summary(record: dict) -> list[tuple[str, str, str | None, str | None]]:
    return [(e["mode"], e["status"], told_date(e), (e.get("place") or {}).get("name")) for e in record["events"]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A round of fisheries talks between Iceland and Norway due to take place in Bergen in April was called "
            "off after the Icelandic delegation stayed home.",
            ("meeting", "denied", "2024-04", "Bergen"),
        ),
        (
            "Officials in Windhoek said the meeting of the Namibian and Angolan foreign ministers, scheduled for "
            "June in Luanda, has been postponed.",
            ("meeting", "planned", "2024-06", "Luanda"),
        ),
        (
            "The next meeting of the Peru-Bolivia joint border committee, which had been scheduled for this month in "
            "La Paz, has been postponed to August, officials said.",
            ("meeting", "planned", "2024-08", "La Paz"),
        ),
    ],
)
def test_a_contact_keeps_the_time_and_place_its_phrase_set(extract, sentence, expected):
    # status.scheduled-gathering, place.scheduled, date.scheduled
    assert summary(extract(sentence, published="2024-05-10")) == [expected]


def test_the_date_a_schedule_set_gives_way_to_the_verbs_own(extract):
    record = extract(
        # round 62: the summit's states named in its phrase, as "their summit" left with its host state alone is no
        # contact now (party.gathering-of-one)
        "Officials said that the summit of Zambia, Malawi and Botswana, which was due to open in Lusaka on March 3, "
        "would now be held in May.",
        published="2024-02-10",
    )
    assert [s[2] for s in summary(record)] == ["2024-05"], record["events"]


def test_a_meeting_told_without_a_schedule_gets_no_place_from_a_clause_of_its_own(extract):
    # the place of a clause that is not the contact's schedule ("which the minister visited in Bergen") stays out
    record = extract(
        "Talks between Iceland and Norway on the quota, which the minister discussed in Bergen, were called off.",
        published="2024-05-10",
    )
    assert places(record) == [None], record["events"]


@pytest.mark.parametrize(
    ("sentence", "states", "place"),
    [
        (
            "Officials in Nairobi said the June session of the Kenya-Uganda border commission in Kisumu had been "
            "cancelled.",
            {"Kenya", "Uganda"},
            "Kisumu",
        ),
        (
            "The next meeting of the joint committee of Ghana and Togo will be held in Lome in June.",
            {"Ghana", "Togo"},
            "Lome",
        ),
    ],
)
def test_a_sitting_of_a_body_two_states_share_is_their_meeting(extract, sentence, states, place):
    # party.joint-body, place.known-town
    record = extract(sentence, published="2024-05-10")
    assert parties(record) == [states], record["events"]
    assert modes(record) == ["meeting"] and places(record) == [place]


@pytest.mark.parametrize(
    "sentence",
    [
        "The fisheries commission held its annual session in Reykjavik on Monday.",
        "A session of the Kenyan parliament's foreign affairs committee was cancelled on Monday.",
    ],
)
def test_a_sitting_of_one_body_is_no_contact(extract, sentence):
    assert extract(sentence, published="2024-05-10")["events"] == []


def test_a_month_is_no_town(extract):
    # "March" is a town in England; "in March" is a date
    record = extract("Ana Lopes met Jorge Quispe in March.", published="2024-05-10")
    assert places(record) == [None] and statuses(record) == ["occurred"], record["events"]


def speakers(record: dict) -> dict[str, str | None]:
    names = {a["id"]: a["name"] for a in record["actors"]}
    return {q["content"]["text"]: names.get(q.get("speaker_actor")) for q in record["quotes"]}


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "The ministry rejected a report in the daily Nuevo Sol that the minister had met rebel envoys in Tarija.",
            "that the minister had met rebel envoys in Tarija",
            "Nuevo Sol",
        ),
        (
            "There are persistent reports that the two presidents spoke by phone last week.",
            "that the two presidents spoke by phone last week",
            None,
        ),
        (
            "Her office said the Harbour Gazette story that the mayor would step down was wrong.",
            None,
            None,
        ),
    ],
)
def test_a_report_with_a_that_clause_is_what_the_report_said(extract, sentence, content, speaker):
    # quote.noun-cue with report nouns; quote.remark-owner: the paper the report was "in", or compounded before it
    said = speakers(extract(sentence, published="2024-05-10"))
    if content is None:  # a report inside another's words stays part of them
        assert all("the mayor would step down" not in c or c.startswith("the Harbour") for c in said), said
    else:
        assert said.get(content, "missing") == speaker, said


def test_a_report_the_speaker_denies_leaves_him_the_next_he(extract):
    # pronoun.described-subject past a report told inside the official's own sentence
    record = extract(
        "A Chadian embassy official in Paris said the delegation had no plans to meet the rebels.\n\n"
        "The official also denied a report by a French news agency that Idriss Mahamat had held talks with the "
        'rebel envoy, Ali Saleh, in a hotel on Monday. "It never happened," he said.',
        published="2024-05-10",
    )
    said = speakers(record)
    assert said['"It never happened,"'] == "Chadian embassy official in Paris", said
    assert said["that Idriss Mahamat had held talks with the rebel envoy, Ali Saleh, in a hotel on Monday"] == (
        "French news agency"
    )


def test_the_two_ministers_are_the_last_pair_of_ministers(extract):
    # party.the-two-of-that-office; a definite pair in a purpose clause adds no party of its own
    record = extract(
        "Peru's foreign minister, Ana Silva, and Bolivia's foreign minister, Luis Arce, met in Quito on Monday. On "
        "Wednesday Arce received the Chilean ambassador, Jorge Vidal, at his ministry, and the two discussed a road "
        "project. The two ministers are due to meet again in La Paz in June, a statement said.",
        published="2024-05-10",
    )
    assert parties(record) == [{"Ana Silva", "Luis Arce"}, {"Jorge Vidal", "Luis Arce"}, {"Ana Silva", "Luis Arce"}]
    assert summary(record)[2] == ("meeting", "planned", "2024-06", "La Paz")


def test_the_two_leaders_are_still_the_last_pair_told(extract):
    record = extract(
        "Peru's foreign minister, Ana Silva, and Bolivia's foreign minister, Luis Arce, met in Quito on Monday. On "
        "Wednesday Arce received the Chilean ambassador, Jorge Vidal. The two men are due to meet again in June.",
        published="2024-05-10",
    )
    assert parties(record)[-1] == {"Jorge Vidal", "Luis Arce"}, record["events"]


def test_who_proposes_a_meeting_between_two_others_is_not_at_it(extract):
    # party.between-named; a name ending the text leaves its stop out
    record = extract("The minister, Rosa Paz, proposed a meeting between Jorge Vidal and Luis Arce.\n")
    assert parties(record) == [{"Jorge Vidal", "Luis Arce"}]


def test_who_holds_a_meeting_between_two_others_still_hosts_it(extract):
    record = extract("Norway hosted talks between Jorge Vidal and Luis Arce in Oslo on Monday.", published="2024-05-10")
    assert parties(record) == [{"Norway", "Jorge Vidal", "Luis Arce"}] and modes(record) == ["third-party"]


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("President Ana Silva met Lars Holm and other officials in Oslo on Monday.", {"Ana Silva", "Lars Holm"}),
        ("President Ana Silva met Lars Holm and others in Oslo on Monday.", {"Ana Silva", "Lars Holm"}),
    ],
)
def test_others_beside_a_named_party_are_no_party(extract, sentence, named):
    # party.and-others
    assert parties(extract(sentence, published="2024-05-10")) == [named]


def test_other_officials_alone_are_still_the_party(extract):
    record = extract("President Ana Silva met other officials in Oslo on Monday.", published="2024-05-10")
    assert parties(record) == [{"Ana Silva", "officials"}], record["events"]  # without "other": speaker.name-quantifier


ROUND_UP = (
    "Andes round-up\n\n"
    "LIMA, May 10 (Andes Wire) - Peru's foreign minister, Ana Lopes, met her Ecuadorean counterpart, Jorge Vega, on "
    "Thursday.\n\n"
    "QUITO, May 10 (Andes Wire) - Ecuador's president, Luis Mora, spoke by telephone on Wednesday with Colombia's "
    "president, Pablo Rey, the presidency said.\n"
)


def test_a_round_ups_later_datelines_are_no_dates_of_events(extract):
    # a paragraph opening "CITY, Mon D (AGENCY) -" is a dateline wherever it stands: blanked, as the first one
    record = extract(ROUND_UP, published="2024-05-10")
    assert [s[2] for s in summary(record)] == ["2024-05-09", "2024-05-08"], record["events"]
    assert all(not q["content"]["text"].startswith("QUITO") for q in record["quotes"])
    assert "Andes Wire" not in {a["name"] for a in record["actors"]}


def test_a_capitalised_lead_in_later_in_the_text_is_no_dateline(extract):
    record = extract(
        "Talks in Lima\n\nPeru's foreign minister, Ana Lopes, met Jorge Vega on Thursday.\n\n"
        "NOTE - The ministry said Lopes will meet Vega again in June.\n",
        published="2024-05-10",
    )
    assert any(q["content"]["text"].startswith("Lopes will meet") for q in record["quotes"]), record["quotes"]


def test_a_planned_contact_called_off_later_in_the_sentence_is_denied(extract):
    # status.called-off-later
    record = extract(
        "Chile's foreign minister, Jorge Vidal, had been due to hold talks with President Ana Silva in Lima on "
        "Friday, but the trip has been called off.",
        published="2024-05-10",
    )
    assert statuses(record) == ["denied"], record["events"]


def test_a_planned_contact_and_another_refused_stay_apart(extract):
    record = extract(
        "Jorge Vidal is due to hold talks with President Ana Silva in Lima on Friday. Silva refused to meet Luis Arce.",
        published="2024-05-10",
    )
    assert statuses(record)[0] == "planned", record["events"]


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        (
            "The minister, Jorge Vidal, met no one in Tacna except the governor, Luis Arce.",
            {"Jorge Vidal", "Luis Arce"},
        ),
        ("The minister, Jorge Vidal, spoke to nobody but the president, Ana Silva.", {"Jorge Vidal", "Ana Silva"}),
        ("The minister, Jorge Vidal, met no foreign leader other than Ana Silva.", {"Jorge Vidal", "Ana Silva"}),
    ],
)
def test_no_one_but_someone_is_that_someone(extract, sentence, met):
    # party.no-one-but
    assert parties(extract(sentence, published="2024-05-10")) == [met]


def test_no_one_is_still_no_one(extract):
    assert extract("The minister, Jorge Vidal, met no one in Tacna.", published="2024-05-10")["events"] == []


def test_a_plural_named_after_a_comma_is_those_named(extract):
    # party.group-named-after; place.venue-in-city with "outside"
    record = extract(
        "The two ministers, Ana Silva and Luis Arce, met on Monday at a farmhouse outside Tacna.",
        published="2024-05-10",
    )
    assert parties(record) == [{"Ana Silva", "Luis Arce"}] and places(record) == ["Tacna"]


def test_a_cable_with_no_writer_named_speaks_for_itself(extract):
    # speaker.unsigned-document: the cable, not the last speaker nor no one
    record = extract(
        "The ministry said the ambassador was on leave. The ambassador met the rebel leader twice in March, "
        "according to a diplomatic cable obtained by the Nordic Courier. A second cable says that the ambassador "
        "promised aid.",
        published="2024-05-10",
    )
    said = speakers(record)
    assert said["The ambassador met the rebel leader twice in March"] == "diplomatic cable"
    assert said["that the ambassador promised aid"] == "second cable"


def test_a_statement_goes_on_speaking_for_who_issued_it(extract):
    record = extract(
        "The foreign ministry said in a statement that the minister would travel to Oslo. The statement added that "
        "talks would follow.",
        published="2024-05-10",
    )
    assert set(speakers(record).values()) == {"foreign ministry"}, speakers(record)


def test_a_trip_to_a_town_the_gazetteer_knows_is_a_visit_there(extract):
    # place.known-town after "to" and a verb of travel: the town is the place, not a party
    record = extract(
        "Jorge Vidal will come to Arequipa in October for talks with the regional governor, Ana Silva.",
        published="2024-05-10",
    )
    assert summary(record) == [("visit", "planned", "2024-10", "Arequipa")]
    assert parties(record) == [{"Jorge Vidal", "Ana Silva"}]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("On 7th May Jorge Vidal met Ana Silva in Lima.", "2024-05-07"),
        ("On the morning of 3 May Jorge Vidal met Ana Silva in Lima.", "2024-05-03"),
        ("On 7 June Jorge Vidal met Ana Silva in Lima.", "2023-06-07"),
    ],
)
def test_a_day_and_month_opening_the_sentence_dates_it_and_names_no_one(extract, sentence, day):
    # date.day-and-month; actor.leading-date: the name is not "7 June Jorge Vidal"
    record = extract(sentence, published="2024-05-10")
    assert [s[2] for s in summary(record)] == [day]
    assert parties(record) == [{"Jorge Vidal", "Ana Silva"}]


def test_an_age_is_no_date(extract):
    record = extract("Jorge Vidal, 45, met Ana Silva in Lima.", published="2024-05-10")
    assert [s[2] for s in summary(record)] == [None]


@pytest.mark.parametrize(
    "later",
    ["The two delegations will meet again in Mogadishu in June.", "Both sides agreed to meet again in June."],
)
def test_the_two_delegations_are_the_two_states_told_before(extract, later):
    # party.states-of-group for bodies; party.the-two-sides
    record = extract(f"The Kenyan and Somali delegations met in Nairobi on Monday. {later}", published="2024-05-10")
    assert parties(record)[0] >= {"Kenya", "Somalia"}
    assert parties(record)[-1] == {"Kenya", "Somalia"} and statuses(record)[-1] == "planned", record["events"]


@pytest.mark.parametrize("address", ["Mr ", "Mr. ", "Dr "])
def test_a_title_then_a_name_with_its_form_of_address_is_that_person(extract, address):
    # party.named-next past "Mr", "Dr"
    record = extract(f"Jorge Vidal met the mayor, {address}Nasser Tell, in Amman on Monday.", published="2024-05-10")
    assert parties(record) == [{"Jorge Vidal", "Nasser Tell"}], record["events"]


def test_a_called_off_contact_takes_the_date_and_place_it_was_set_for(extract):
    # date.scheduled, place.scheduled: the relative clause's Friday and Suva, the governor having none
    record = extract(
        "The talks between Fiji and Tonga, which had been scheduled for Friday in Suva, were called off.",
        published="2024-05-08",
    )
    assert summary(record) == [("meeting", "denied", "2024-05-10", "Suva")]


def test_on_whose_request_is_no_place(extract):
    # place.on-whose-behalf: "at Mauritania's request" says on whose account, not where
    record = extract(
        "A visit by a European Union trade delegation, which had been due in Nouakchott next week, has been "
        "postponed until November at Mauritania's request, an EU official said.",
        published="2013-10-05",
    )
    assert places(record) == ["Nouakchott"], record["events"]
