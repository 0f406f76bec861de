"""Who the sides of a contact are, where the text names them indirectly: states behind their officials, people
joined to a visit by a "when" clause, attendees of a gathering met on its sidelines, the leader a visit is paid to."""

import pytest

from backchannel.extract.parties import holds_title
from tests.conftest import actor_of


def names(record, ids):
    return {actor_of(record, i)["name"] for i in ids}


def event_with(record, name):
    found = [e for e in record["events"] if name in names(record, e["participants"])]
    assert found, [(e["mode"], names(record, e["participants"])) for e in record["events"]]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "states"),  # rule party.national-group
    [
        ("Security adviser Kofi Mensah met Canadian intelligence officials in London last week.", {"Canada"}),
        ("Turkish officials met the rebel commander Idris Haftan in Cairo on Sunday.", {"Turkey"}),
        ("A Chilean delegation met Bolivian negotiators in Lima on Monday.", {"Chile", "Bolivia"}),
        ("Omani diplomats have been carrying messages between Peru and Bolivia in recent weeks.", {"Oman"}),
    ],
)
def test_officials_described_by_nationality_bring_their_state(extract, sentence, states):
    record = extract(sentence, published="2026-03-12")
    assert len(record["events"]) == 1
    assert states <= names(record, record["events"][0]["participants"])


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("Governor Paul Reyes met Mexican farm workers in Yuma on Monday.", "Mexico"),
        ("Mayor Ana Ruiz met Peruvian and Bolivian farm workers in Tacna on Monday.", "Peru"),
    ],
)
def test_people_described_otherwise_bring_no_state(extract, sentence, state):
    record = extract(sentence, published="2026-03-12")
    assert state not in names(record, record["events"][0]["participants"])


@pytest.mark.parametrize(
    ("sentence", "states"),  # rule party.states-of-group
    [
        ("Armenian and Azerbaijani negotiators met in Geneva on Monday.", {"Armenia", "Azerbaijan"}),
        ("Kyrgyz and Kazakh officials held talks in Bishkek on Wednesday.", {"Kyrgyzstan", "Kazakhstan"}),
        ("Talks between Kyrgyz and Tajik officials collapsed in Osh last September.", {"Kyrgyzstan", "Tajikistan"}),
    ],
)
def test_officials_of_two_nationalities_bring_both_states(extract, sentence, states):
    record = extract(sentence, published="2026-03-12")
    assert len(record["events"]) == 1
    assert states <= names(record, record["events"][0]["participants"])


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        (
            "Former minister Karel Novak visited Warsaw in June, when he and Foreign Minister Adam Nowak signed a "
            "border accord.",
            "Karel Novak",
            "Adam Nowak",
        ),
        (
            "Senator Ingrid Dahl's visit to Oslo in March, when she and Prime Minister Erik Sand presented a joint "
            "plan, was a success.",
            "Ingrid Dahl",
            "Erik Sand",
        ),
    ],
)
def test_whoever_acts_with_a_visitor_in_a_when_clause_is_met(extract, text, visitor, host):
    record = extract(text, published="2026-03-12")
    event = event_with(record, visitor)
    assert host in names(record, event["recipient"])


def test_a_when_clause_of_others_adds_no_one(extract):
    record = extract(
        "Karel Novak visited Warsaw in June, when Poland and Lithuania signed a border accord.", published="2026-03-12"
    )
    assert "Lithuania" not in names(record, event_with(record, "Karel Novak")["participants"])


def test_those_who_met_on_the_sidelines_of_a_summit_attended_it(extract):
    record = extract(
        "Foreign Minister Tran Van Minh and his Thai counterpart, Somchai Preecha, met on the sidelines of the "
        "ASEAN summit in Jakarta on Friday.",
        published="2026-03-12",
    )
    summit = next(e for e in record["events"] if e["mode"] == "multilateral")
    assert {"Tran Van Minh", "Somchai Preecha", "ASEAN"} <= names(record, summit["participants"])
    meeting = next(e for e in record["events"] if e["mode"] == "meeting")
    assert "ASEAN" not in names(record, meeting["participants"])


def test_a_leaders_visit_to_a_state_is_received_by_its_one_named_leader(extract):
    """party.visit-host-leader"""
    record = extract(
        "Brazilian President Paulo Ferraz travelled to Buenos Aires in October. Argentine President Ana Ruiz said "
        "the visit had gone well.",
        published="2026-03-12",
    )
    assert "Ana Ruiz" in names(record, event_with(record, "Paulo Ferraz")["recipient"])


@pytest.mark.parametrize(
    "text",
    [
        # a minister's visit is no meeting with the president
        "Brazilian Trade Minister Paulo Ferraz travelled to Buenos Aires in October. Argentine President Ana Ruiz "
        "said the visit had gone well.",
        # two leaders of the state: which one received him is not said
        "Brazilian President Paulo Ferraz travelled to Buenos Aires in October. Argentine President Ana Ruiz and "
        "former Argentine President Luis Soto both praised the visit.",
    ],
)
def test_no_host_leader_is_guessed(extract, text):
    record = extract(text, published="2026-03-12")
    assert "Ana Ruiz" not in names(record, event_with(record, "Paulo Ferraz")["participants"])


@pytest.mark.parametrize(
    ("text", "mode", "status", "place", "host"),
    [
        # contact.be-there-for-talks, status.expected-there
        (
            "The Norwegian envoy Lars Dahl is due in Rabat next week for talks with Foreign Minister Youssef Alami.",
            "visit",
            "planned",
            "Rabat",
            "Youssef Alami",
        ),
        (
            "Deputy Minister Khamphone Sisouk is expected in Hanoi next week for talks with Le Van Minh.",
            "visit",
            "planned",
            "Hanoi",
            "Le Van Minh",
        ),
        # place.national-capital
        (
            "Ambassador Paul Roux travelled to the Syrian capital in September for talks with the security chief, "
            "Hassan Khalil.",
            "visit",
            "occurred",
            "Damascus",
            "Hassan Khalil",
        ),
        # a purpose that acts on a person names the host
        (
            "Envoy Kofi Adjei flew to Abuja on Monday to brief Nigerian President Musa Danjuma on the talks.",
            "visit",
            "occurred",
            "Abuja",
            "Musa Danjuma",
        ),
        # a city written with its accents is the gazetteer's city
        ("Envoy Arunas Vaitkus met Victor Osanu in Chișinău on Tuesday.", "meeting", "occurred", "Chișinău", None),
    ],
)
def test_where_a_visitor_goes_and_whom_for(extract, text, mode, status, place, host):
    record = extract(text, published="2026-03-12")
    assert len(record["events"]) == 1
    event = record["events"][0]
    assert (event["mode"], event["status"], event["place"]["name"]) == (mode, status, place)
    assert event["place"]["country"] is not None
    if host:
        assert host in names(record, event["recipient"])


def test_a_building_the_gazetteer_does_not_know_is_in_the_city_of_the_dateline(extract):
    """place.building-in-dateline-city"""
    record = extract(
        "Envoy in Lebanon\n\nBEIRUT — The French envoy Paul Roux was received at Baabda Palace on Monday by "
        "President Fouad Nasr.",
        published="2026-03-12",
    )
    place = record["events"][0]["place"]
    assert (place["name"], place["country"], place["venue"]) == ("Beirut", "LBN", "Baabda Palace")


@pytest.mark.parametrize(
    "sentence",
    [
        # contact.two-states-together
        "Finnish and Swedish defence chiefs conferred in Stockholm on Monday over joint air patrols.",
        # two sides negotiating with each other
        "Government negotiators and rebel commanders negotiated for nine hours in Havana on Friday.",
    ],
)
def test_two_sides_in_the_subject_confer_or_negotiate_with_each_other(extract, sentence):
    record = extract(sentence, published="2026-03-12")
    assert [(e["mode"], e["status"]) for e in record["events"]] == [("meeting", "occurred")]


def test_people_of_one_state_conferring_meet_no_one(extract):
    record = extract("Finnish defence chiefs conferred in Helsinki on Monday.", published="2026-03-12")
    assert record["events"] == []


def test_the_side_after_between_and_however_the_parse_hangs_it(extract):
    """party.between-and: "leaders" hung on the verb is still the second side of "between X and"."""
    record = extract(
        "Negotiations between the health secretary, Mark Dunmore, and officials of the Royal College of Nursing "
        "collapsed on Friday.",
        published="2011-06-23",
    )
    assert len(record["events"]) == 1
    assert "Mark Dunmore" in names(record, record["events"][0]["participants"])
    assert len(record["events"][0]["participants"]) >= 2


def test_talks_that_ended_were_held(extract):
    """status: "the talks ended without agreement" tells talks that took place, unlike "X ended the talks"."""
    record = extract(
        "Talks between the Home Office minister, Ruth Calder, and leaders of the Police Federation ended without "
        "agreement on Tuesday in London.",
        published="2011-06-23",
    )
    assert [e["status"] for e in record["events"]] == ["occurred"]


def test_the_two_titled_people_are_those_holding_the_title(extract):
    """party.the-two-titled: "the two foreign ministers" are not the pair of the meeting told last."""
    record = extract(
        "Chilean Foreign Minister Ana Soto flew to Lima on Monday, where she met President Luis Mora. The two "
        "foreign ministers had talked by telephone on March 2, said Soto, who later also met Peru's Foreign "
        "Minister Jorge Paz.",
        published="2009-03-10",
    )
    call = next(e for e in record["events"] if e["mode"] == "phone")
    assert names(record, call["participants"]) == {"Ana Soto", "Jorge Paz"}


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        # place.where-travelled: a "where" clause on a journey, hung on the day or on the place
        (
            "Trade Minister Lucia Ferro flew to Nairobi on Monday, where she met President Daniel Kiprop.",
            "Nairobi",
            "2009-03-09",
        ),
        (
            "Chancellor Greta Lind travelled to Warsaw on Tuesday, where she held talks with President Adam Nowak.",
            "Warsaw",
            "2009-03-10",
        ),
    ],
)
def test_a_contact_where_a_journey_ended_is_there_then(extract, text, place, day):
    record = extract(text, published="2009-03-12")
    assert [(e["place"]["name"], e["date"]["value"]) for e in record["events"]] == [(place, day)]


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        # place.where-clause: a "where" clause on a place, dated by the clause the place is in
        (
            "On Tuesday the envoy, Marta Keller, was in Dakar, where she met President Ousmane Fall.",
            "Dakar",
            "2009-03-10",
        ),
        # place.from-purpose: being somewhere to meet someone
        (
            "Trade Minister Omar Haddad will be in Rabat on Thursday to meet his Moroccan counterpart, Leila Bennani.",
            "Rabat",
            "2009-03-12",
        ),
    ],
)
def test_a_contact_told_where_someone_was_is_there_then(extract, text, place, day):
    record = extract(text, published="2009-03-11")
    assert [(e["place"]["name"], e["date"]["value"]) for e in record["events"]] == [(place, day)]


def test_a_contact_during_a_visit_to_a_place_is_there(extract):
    # place.during-visit
    record = extract(
        "During her visit to Hanoi last week, Trade Minister Clara Moss met Deputy Prime Minister Le Van Thanh.",
        published="2009-03-11",
    )
    assert [e["place"]["name"] for e in record["events"]] == ["Hanoi"]


def test_a_contact_in_a_where_clause_keeps_its_own_status(extract):
    # status.own-past-clause: the forum ended; the talks in it took place
    record = extract(
        "The trade forum in Quito, where the two ministers, Ines Vela and Hugo Parra, spoke for an hour, ended on "
        "Sunday.",
        published="2009-03-11",
    )
    assert [e["status"] for e in record["events"]] == ["occurred"]


def test_a_nationality_the_tagger_calls_an_organisation_is_no_actor(extract):
    """actors: "Kazakh" tagged an organisation is a nationality; "the Kazakh minister" is the Kazakh one named."""
    record = extract(
        "Kazakhstan's energy minister, Daniyar Sultanov, arrived in Bishkek on Thursday. Uzbek Prime Minister Jasur "
        "Karimov stayed away. Later the Kazakh minister was received by Kyrgyz President Almaz Temirov.",
        published="2003-06-12",
    )
    assert not any(a["name"] == "Kazakh" for a in record["actors"])
    received = next(e for e in record["events"] if "Almaz Temirov" in names(record, e["participants"]))
    assert "Daniyar Sultanov" in names(record, received["participants"])
    assert "Jasur Karimov" not in names(record, received["participants"])


def test_a_title_of_one_nationality_no_one_holds_stands_for_its_state(extract):
    """party.national-group: "the visiting Kazakh president", never named, is Kazakhstan."""
    record = extract(
        "The visiting Kazakh president was received by the Chinese president at the Great Hall of the People.",
        published="2003-06-12",
    )
    assert {"Kazakhstan", "China"} <= names(record, record["events"][0]["participants"])


@pytest.mark.parametrize(
    "text",
    [
        "The ministry's plan to close the border crossing met with criticism from Tajik traders.",
        "The proposal met with fierce opposition from the Danish finance minister, Mette Holm.",
    ],
)
def test_meeting_with_criticism_is_no_contact(extract, text):
    """contact.meet.figurative, through "with"."""
    assert extract(text, published="2003-06-12")["events"] == []


def test_meeting_with_the_opposition_is_a_contact(extract):
    record = extract("Prime Minister Lena Varga met with the opposition on Monday.", published="2003-06-12")
    assert len(record["events"]) == 1


@pytest.mark.parametrize(
    ("text", "status", "day"),
    [
        # status.present-scheduled: a timetable in the body
        (
            "Ruiz to Quito\n\nForeign Minister Ana Ruiz visits Quito on Friday for talks with President Luis Mora.",
            "planned",
            "2003-06-13",
        ),
        # the headline's present tells the news
        ("Ana Ruiz meets Luis Mora in Quito on Tuesday\n\nThe talks were long.", "occurred", "2003-06-10"),
    ],
)
def test_the_simple_present_with_a_day_to_come_is_a_timetable(extract, text, status, day):
    record = extract(text, published="2003-06-12")
    assert [(e["status"], e["date"]["value"]) for e in record["events"]] == [(status, day)]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # contact.verb.convene; "heads of state" is one title. A guest named (round 62): a grouping gathering alone
        # is no contact now (party.gathering-of-one)
        (
            "Headline\n\nECCAS heads of state and President Ana Ruiz of Peru are expected to gather in Libreville on "
            "4 July to discuss the levy.",
            {"ECCAS heads of state", "Ana Ruiz"},
        ),
        # party.the-two-states
        (
            "Peru and Ecuador have argued over fishing rights since 2015. Energy officials from the two countries "
            "will meet in Quito next month.",
            {"Peru", "Ecuador"},
        ),
        (
            "Peru and Ecuador have argued over fishing rights since 2015. The previous ministerial meeting of the two "
            "governments was held in Lima in 2021.",
            {"Peru", "Ecuador"},
        ),
    ],
)
def test_bodies_and_states_named_by_what_they_are(extract, text, sides):
    record = extract(text, published="2003-05-06")
    assert len(record["events"]) == 1
    assert sides <= names(record, record["events"][0]["participants"])


@pytest.mark.parametrize(
    "text",
    [
        "Headline\n\nProtesters are due to gather in Abuja on Monday.",
        "Peru and Chile signed the accord in 2019. The two countries have since met twice a year.",  # contact.habit
    ],
)
def test_crowds_gathering_and_meetings_at_a_rate_are_no_contact(extract, text):
    assert extract(text, published="2003-05-06")["events"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers, Lena Varga and Ivo Petrovic, meet three times a year.",
        "Lena Varga and Ivo Petrovic met every month in 2019.",
    ],
)
def test_meetings_at_a_rate_are_a_habit(extract, text):
    """contact.habit: a rate ("three times a year", "every month") tells a habit, not a happening."""
    assert extract(text, published="2023-08-14")["events"] == []


def test_a_day_after_something_is_no_rate(extract):
    record = extract(
        "A delegation led by Imam Musa Lawal met Colonel Ibrahim Sani on Saturday, a day after the referendum.",
        published="2023-08-14",
    )
    assert len(record["events"]) == 1


def test_whom_a_verb_spoke_with_hung_on_its_time(extract):
    """party.with-under-adjunct, and "by video link" makes it remote."""
    record = extract(
        "Chancellor Greta Lind talked by video link during the recess with Canadian Foreign Minister Paul Tremblay.",
        published="2026-01-20",
    )
    assert [(e["mode"], names(record, e["participants"])) for e in record["events"]] == [
        ("phone", {"Greta Lind", "Paul Tremblay"})
    ]


@pytest.mark.parametrize(
    "text",
    [
        # contact.verb.convene: leaders of no body or state named do not hold a summit
        "Headline\n\nOpposition leaders gathered outside parliament in Abuja on Monday to protest the budget.",
        "Headline\n\nCommunity leaders gathered in the town square on Monday to mourn the victims.",
    ],
)
def test_leaders_of_no_body_gathering_hold_no_summit(extract, text):
    assert extract(text, published="2026-03-12")["events"] == []


def test_once_a_week_ago_is_no_rate(extract):
    """contact.habit: "once, a week ago" is when, not how often."""
    record = extract("Ana Ruiz and Luis Mora met once, a week ago, in Lima.", published="2026-03-12")
    assert len(record["events"]) == 1


def test_a_title_in_capitals_after_a_nationality_is_a_description(extract):
    """party.national-group with "the Chinese President" written in capitals: a description, not a name."""
    record = extract(
        "The visiting Kazakh President was received by the Chinese President in Beijing.", published="2026-03-12"
    )
    assert {"Kazakhstan", "China"} <= names(record, record["events"][0]["participants"])


def test_the_name_after_a_title_held_to_a_place_of_five_words(extract):
    """party.name-after-title-phrase: "to the United Nations in Geneva" is five words."""
    record = extract(
        "Health Minister Rana Aziz had telephone communication with the ambassador to the United Nations in Geneva, "
        "Mr Karim Saleh, on Monday.",
        published="2026-03-12",
    )
    assert names(record, record["events"][0]["participants"]) == {"Rana Aziz", "Karim Saleh"}


@pytest.mark.parametrize(
    ("title", "phrase", "holds"),
    [
        ("Prime Minister of Samoa", "prime minister", True),
        ("Deputy Prime Minister", "prime minister", False),
        ("Deputy Minister and Minister of Finance", "minister", True),
    ],
)
def test_who_holds_a_title(title, phrase, holds):
    assert holds_title(title, phrase) is holds


def test_a_name_apposed_to_a_place_noun_is_a_place(extract):
    """actor.city-not-person: "Tema, the port town" is a place, whatever the tagger calls it."""
    record = extract("Governor Ana Ruiz met Mayor Luis Mora in Tema, the port town, on Friday.", published="2016-04-27")
    assert not any(a["name"] == "Tema" and a["kind"] != "country" for a in record["actors"])
    assert record["events"][0]["place"]["name"] == "Tema"


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # contact.visit.co-visitors: no one receives them, no state hosts them
        ("Both candidates, Ana Ruiz and Luis Mora, visited Tema, the port town, on Friday.", 0),
        # a state hosts them: a visit there
        ("President Emmanuel Macron and Chancellor Olaf Scholz visited Kyiv on Thursday.", 1),
    ],
)
def test_visitors_of_a_place_no_one_hosts_meet_no_one(extract, text, events):
    assert len(extract(text, published="2016-04-27")["events"]) == events


@pytest.mark.parametrize(
    ("text", "venue_state"),  # rule party.body-summit-venue
    [
        ("President Amara Diallo attended the summit of the African Union in Addis Ababa on Sunday.", "Ethiopia"),
        ("Prime Minister Lena Varga flew to Vilnius for the NATO summit on Tuesday.", "Lithuania"),
    ],
)
def test_a_bodys_summit_does_not_meet_the_state_it_is_held_in(extract, text, venue_state):
    record = extract(text, published="2026-03-12")
    assert record["events"]
    for event in record["events"]:
        assert venue_state not in names(record, event["participants"])


@pytest.mark.parametrize(
    "text",  # rule party.gathering-venue
    [
        "The fisheries commission met in Reykjavik in 2019 and again in Torshavn in 2022.",
        "The defence ministers of the alliance will meet in Warsaw on Thursday.",
    ],
)
def test_one_party_meeting_in_a_city_does_not_meet_its_state(extract, text):
    record = extract(text, published="2026-03-12")
    assert not any(
        "Iceland" in names(record, e["participants"]) or "Poland" in names(record, e["participants"])
        for e in record["events"]
    )


def test_one_foreign_partys_talks_in_a_capital_still_meet_its_state(extract):
    record = extract("A rebel delegation held talks in Nairobi on Sunday.", published="2026-03-12")
    assert "Kenya" in names(record, record["events"][0]["participants"])


def test_a_trip_to_a_bodys_summit_is_the_summit(extract):
    record = extract(
        "Prime Minister Lena Varga flew to Vilnius for the NATO summit on Tuesday.", published="2026-03-12"
    )
    (event,) = record["events"]
    assert event["mode"] == "multilateral"
    assert names(record, event["participants"]) == {"Lena Varga", "NATO"}


@pytest.mark.parametrize(
    ("text", "pair"),  # rule party.the-two-named
    [
        (
            "Union leader Rita Okafor accused the shipping magnate Daniel Mensah of bad faith in March. The two met "
            "privately in Accra in April, their aides said.",
            {"Rita Okafor", "Daniel Mensah"},
        ),
        (
            "Trade Minister Lars Eklund and his Danish counterpart, Mette Holm, quarrelled over fishing quotas on "
            "Monday. The two ministers had met privately in Malmö the week before, diplomats said.",
            {"Lars Eklund", "Mette Holm"},
        ),
    ],
)
def test_the_two_are_the_two_just_named(extract, text, pair):
    record = extract("Talks stall\n\n" + text, published="2026-03-12")
    assert [names(record, e["participants"]) for e in record["events"]] == [pair]


def test_the_two_are_no_one_when_three_were_named(extract):
    record = extract(
        "Talks stall\n\nMinister Lars Eklund, Mette Holm and Pierre Diallo quarrelled over quotas. "
        "The two ministers had met privately the week before, diplomats said.",
        published="2026-03-12",
    )
    assert not any({"Lars Eklund", "Mette Holm"} <= names(record, e["participants"]) for e in record["events"])


def test_the_two_are_the_two_named_before_a_closing_quote_left_alone(extract):
    # party.the-two-named: the parser leaves the quote mark that ends a paragraph as a sentence of its own
    record = extract(
        "Salmon quota\n\nThe quota was settled on Wednesday after a week of haggling in Bergen between the two "
        'fishing councils.\n\n"This is a fair price for both fleets," Norway\'s Minister of Fisheries, Oddvar Strand, '
        'told reporters. His Icelandic counterpart, Gudrun Sigurdardottir, said the two governments had "finally '
        'found the same page."\n\nThe two ministers had met privately on Tuesday night at a harbour hotel, according '
        "to an aide.",
        published="2025-03-13",
    )
    met = next(e for e in record["events"] if e["mode"] == "meeting")
    assert names(record, met["participants"]) == {"Oddvar Strand", "Gudrun Sigurdardottir"}


def test_the_day_before_a_visit_is_no_party(extract):
    # party.not-a-date
    record = extract(
        "Tuesday's visit to Riga by Foreign Minister Petra Holm was her first since May.", published="2009-03-12"
    )
    [event] = record["events"]
    assert names(record, event["participants"]) == {"Petra Holm", "Latvia"}
    assert event["date"]["value"] == "2009-03-10"


def test_a_visit_a_speaker_warns_of_is_not_the_speakers_own(extract):
    # party.speaker: a visit to a place the quote names without its visitor is not the speaker's
    record = extract(
        "Trip\n\nChancellor Lena Vogt telephoned Prime Minister Ivan Horak on Sunday to warn him that a trip to Minsk "
        "would damage trust among the allies.",
        published="2026-03-16",
    )
    assert not any("Lena Vogt" in names(record, e["participants"]) for e in record["events"] if e["mode"] == "visit")


def test_the_subject_of_a_first_clause_meets_in_the_second(extract):
    # "is in Erbil and is due to meet X": the second clause has no subject of its own
    record = extract(
        "The UN envoy for the region, Marta Lindgren, is in Bissau and is due to meet Amadou Keita this "
        "afternoon, a UN spokesman, Paulo Sousa, told reporters.",
        published="2026-03-12",
    )
    assert names(record, event_with(record, "Amadou Keita")["participants"]) == {"Marta Lindgren", "Amadou Keita"}


def test_what_a_visitor_tours_is_no_side(extract):
    record = extract(
        "Brekke is set to travel to Tromso next week to meet Aasheim and tour fish markets in northern Norway, her "
        "ministry said.",
        published="2026-03-12",
    )
    assert not any("fish markets" in names(record, e["participants"]) for e in record["events"])


def test_a_with_said_again_is_another_contact(extract):
    # rule contact.again-with
    record = extract(
        "Prime Minister Helle Aavik met with Karl Valk on Monday and with Maarja Tamm on Tuesday.",
        published="2026-03-12",
    )
    pairs = {(frozenset(names(record, e["participants"])), e["date"]["value"]) for e in record["events"]}
    assert pairs == {
        (frozenset({"Helle Aavik", "Karl Valk"}), "2026-03-09"),
        (frozenset({"Helle Aavik", "Maarja Tamm"}), "2026-03-10"),
    }


def test_by_telephone_with_someone_read_as_an_agent_names_the_other_side(extract):
    record = extract(
        "Rodrigo Quispe had also spoken by telephone with Carlos Errázuriz on Friday.", published="2026-03-12"
    )
    assert names(record, event_with(record, "Carlos Errázuriz")["participants"]) >= {"Carlos Errázuriz"}
    assert event_with(record, "Carlos Errázuriz")["mode"] == "phone"


def test_a_when_clause_on_a_date_tells_its_own_contact(extract):
    # rule contact.when-on-a-date
    record = extract(
        "Mayor Raivo Kask welcomed the news. Interior Minister Margus Tamm is due in Narva on Friday, "
        "when he will meet the mayor.",
        published="2026-03-12",
    )
    event = event_with(record, "Margus Tamm")
    assert names(record, event["participants"]) == {"Margus Tamm", "Raivo Kask"}
    assert (event["status"], event["date"]["value"]) == ("planned", "2026-03-13")


def test_a_portfolio_before_a_title_is_no_organisation(extract):
    # actor.portfolio: the tagger reads "Commerce" of "the Commerce Minister" as an organisation
    record = extract(
        "Commerce Minister Tofazzal Bhuiyan received the delegation in Dhaka on Tuesday. Earlier, on Monday, the "
        "Commerce Minister held a telephone conversation with Bhutan's Minister for Economic Affairs, Karma Dorji.",
        published="2026-03-12",
    )
    assert names(record, event_with(record, "Karma Dorji")["participants"]) == {"Tofazzal Bhuiyan", "Karma Dorji"}
    assert not any(a["name"] == "Commerce" for a in record["actors"])
