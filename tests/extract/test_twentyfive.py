"""Contacts from round twenty-five: which happenings are contacts, who took part in each, and contacts between
the same people kept apart; on sentences written for these tests."""

import pytest

from tests.conftest import actor_of


def contacts(record: dict) -> list[tuple[str | None, str, set[str]]]:
    """(mode, status, parties' names) of every event."""
    return [
        (e["mode"], e["status"], {actor_of(record, p)["name"] for p in e["participants"]}) for e in record["events"]
    ]


@pytest.mark.parametrize(
    "second",
    [
        "The two also spoke by phone last month.",
        "The two ministers had spoken by telephone a week earlier.",
        "Both also spoke on the phone in January.",
        "The two talked by video link on Friday.",
    ],
)
def test_a_pair_speaking_by_phone_is_a_call(extract, second):
    # contact.speak.together-by-phone: "the two", counted people, are a pair like "X and Y"
    record = extract(
        "Lake talks.\n\nKenyan Foreign Minister Alice Wanjiru met her Ugandan counterpart, Joyce Okello, in Kampala "
        f"on Tuesday. {second}"
    )
    assert ("phone", "occurred", {"Alice Wanjiru", "Joyce Okello"}) in contacts(record), contacts(record)


def test_a_long_name_the_parser_takes_for_an_adverb_is_the_one_met(extract):
    # party.person-as-adverb
    # the article's closing line break is enough for the parser to take the name for an adverb
    record = extract("Leaders meet.\n\nKenyan President William Ruto met Tanzanian President Samia Suluhu Hassan.\n")
    assert contacts(record) == [("meeting", "occurred", {"William Ruto", "Samia Suluhu Hassan"})]


@pytest.mark.parametrize(
    ("sentence", "status", "parties"),
    [
        (
            "President Ruth Wambui, who hosted General Omar Bashir in Nairobi in January, has offered to mediate.",
            "occurred",
            {"Ruth Wambui", "Omar Bashir"},
        ),
        (
            "Finance Minister Luis Caputo, who met IMF chief Kristalina Georgieva last month, will travel to Lima.",
            "occurred",
            {"Luis Caputo", "Kristalina Georgieva"},
        ),
        (
            "Finance Minister Luis Caputo, who will meet IMF chief Kristalina Georgieva next week, was upbeat.",
            "planned",
            {"Luis Caputo", "Kristalina Georgieva"},
        ),
    ],
)
def test_a_contact_in_a_relative_clause_keeps_its_own_tense(extract, sentence, status, parties):
    # status.own-relative-clause
    record = extract(f"Mediation.\n\n{sentence}")
    assert (status, parties) in [(s, p) for _, s, p in contacts(record)], contacts(record)


@pytest.mark.parametrize(
    "second",
    [
        "The talks will continue next Tuesday.",
        "The union said the talks would continue next Tuesday.",
        "Negotiations will resume next Tuesday.",
    ],
)
def test_talks_to_go_on_later_are_a_further_contact(extract, second):
    # merge.another: a continuation at another stage, between the same parties, even when one of them is read as
    # a person and the other not
    record = extract(f"Pilots.\n\nVereinigung Cockpit met Lufthansa management on Thursday. {second}")
    assert [s for _, s, _ in contacts(record)] == ["occurred", "planned"], contacts(record)
    assert contacts(record)[0][2] == contacts(record)[1][2]


@pytest.mark.parametrize(
    "second",
    [
        "The talks continued into the night.",
        "They agreed on a timetable for resuming the talks.",
    ],
)
def test_talks_going_on_or_to_be_timetabled_are_no_further_contact(extract, second):
    record = extract(f"Pilots.\n\nVereinigung Cockpit met Lufthansa management on Thursday. {second}")
    assert len(contacts(record)) == 1, contacts(record)


FIRST = "Philippine President Ferdinand Marcos met Japanese Prime Minister Sanae Takaichi in Manila on Thursday."


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("They last spoke by phone in January.", ("phone", "occurred")),
        ("We will meet again in Tokyo in May, Marcos said.", ("meeting", "planned")),
    ],
)
def test_they_who_spoke_are_the_pair_just_told(extract, second, expected):
    # party.they-the-last-pair
    record = extract(f"Summit.\n\n{FIRST} {second}")
    assert (*expected, {"Ferdinand Marcos", "Sanae Takaichi"}) in contacts(record), contacts(record)
    assert len(contacts(record)) == 2


@pytest.mark.parametrize(
    "text",
    [
        f"{FIRST} They talked for two hours.",  # the same meeting
        "Dock workers marched through Manila on Thursday. They met again on Friday.",  # no pair told
        f"{FIRST} The port was closed for a day. Tariffs rose. They met again on Friday.",  # told too far back
    ],
)
def test_they_who_spoke_are_no_new_contact_otherwise(extract, text):
    record = extract(f"Summit.\n\n{text}")
    assert len(contacts(record)) == (1 if "Marcos" in text else 0), contacts(record)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Dutch Minister for Foreign Trade Reinette Klever met Indonesian envoy Budi Santoso.", "Reinette Klever"),
        (
            "Coordinating Minister for Economic Affairs Airlangga Hartarto held talks with Japanese envoy Shigeru Ota.",
            "Airlangga Hartarto",
        ),
        ("Minister of State for Foreign Affairs Anwar Gargash met Iranian envoy Ali Bagheri.", "Anwar Gargash"),
    ],
)
def test_a_name_after_a_ministers_brief_is_the_name_alone(extract, sentence, name):
    # actor.after-the-brief: "for" as well as "of"; a brief is never a given name
    record = extract(f"Talks.\n\n{sentence}")
    [(_, _, parties)] = contacts(record)
    assert name in parties, parties


@pytest.mark.parametrize(
    "text",
    [
        "President Recep Tayyip Erdogan urged renewed talks between Moscow and Kyiv.",
        "The farmers' union demanded talks between the two governments.",
    ],
)
def test_talks_others_are_urged_to_hold_are_no_contact(extract, text):
    # contact.noun.demanded: a call for talks between others
    assert contacts(extract(f"Appeal.\n\n{text}")) == []


def test_a_meeting_the_asker_demands_stays_a_possible_contact(extract):
    record = extract("Appeal.\n\nFarmers' leader Jan Bos demanded a meeting with Agriculture Minister Eva Smit.")
    assert contacts(record) == [("meeting", "hypothetical", {"Jan Bos", "Eva Smit"})]


MET = "Foreign Minister Tete Antonio met FLEC leader Emmanuel Nzita in Paris on Monday."


@pytest.mark.parametrize(
    "second",
    [
        "The minister said no further meetings were planned.",
        "The minister said no more talks would be held this year.",
    ],
)
def test_no_further_meetings_tells_no_contact(extract, second):
    # contact.noun.none-further
    record = extract(f"Talks.\n\n{MET} {second}")
    assert contacts(record) == [("meeting", "occurred", {"Tete Antonio", "Emmanuel Nzita"})]


def test_a_contact_told_only_to_be_denied_stays_denied(extract):
    # status.only-deniers-speak: "no such meeting" is one more denial, not a telling of the meeting
    record = extract(
        "Talks.\n\nForeign Minister Tete Antonio denied reports that he met FLEC leader Emmanuel Nzita in Paris. "
        "No such meeting took place, he said."
    )
    assert contacts(record) == [("meeting", "denied", {"Tete Antonio", "Emmanuel Nzita"})]


@pytest.mark.parametrize(
    "text",
    [
        "The United States and Iran will hold a fourth round of indirect talks in Muscat on Saturday.",
        "Israel and Syria held proximity talks in Ankara last year.",
    ],
)
def test_indirect_talks_go_through_a_go_between(extract, text):
    # mode.indirect-talks
    [(mode, _, _)] = contacts(extract(f"Talks.\n\n{text}"))
    assert mode == "third-party"


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        (
            "An Egyptian delegation headed by intelligence chief Hassan Rashad arrived in Port Sudan on Sunday. "
            "The delegation held talks with General Abdel Fattah al-Burhan.",
            "Hassan Rashad",
        ),
        (
            "A trade mission led by Deputy Minister Anna Berg landed in Hanoi on Monday. On Tuesday the mission met "
            "Vietnamese Trade Minister Nguyen Hong Dien.",
            "Anna Berg",
        ),
        (
            "An IMF team led by Peter Breuer arrived in Colombo on Monday. The team held talks with central bank "
            "governor Nandalal Weerasinghe.",
            "Peter Breuer",
        ),
        (
            "A Chinese delegation led by Vice Premier Ding Xuexiang arrived in Budapest on Monday. The delegation was "
            "received by Prime Minister Viktor Orban on Tuesday.",
            "Viktor Orban",
        ),
    ],
)
def test_the_delegation_is_the_one_whose_leader_was_just_named(extract, text, leader):
    # party.delegation-led-before (and contact.host.received-by for a delegation received)
    found = contacts(extract(f"Visit.\n\n{text}"))
    assert any(leader in parties and not {"delegation", "mission", "team"} & parties for _, _, parties in found)
    assert all(not {"delegation", "mission", "team"} & parties for _, _, parties in found), found


def test_he_after_talks_with_someone_is_the_one_who_held_them(extract):
    # pronoun.role: the one met "with" inside a subject is no subject
    record = extract(
        "Visit.\n\nIndian Foreign Minister S. Jaishankar arrived in Colombo on Friday. Jaishankar's talks with "
        "President Anura Kumara Dissanayake focused on fishing. He also met opposition leader Sajith Premadasa."
    )
    # talks with the host state's people on the trip to Colombo are the visit's (session 68, mode.on-a-trip-told)
    assert ("visit", "occurred", {"S. Jaishankar", "Sajith Premadasa"}) in contacts(record), contacts(record)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ethiopian and Eritrean officials held talks in Nairobi on Sunday. Kenyan President William Ruto hosted "
            "the meeting.",
            ("occurred", "William Ruto"),
        ),
        (
            "Thai Prime Minister Anutin Charnvirakul will meet Cambodian Prime Minister Hun Manet in Kuala Lumpur next "
            "week. Malaysian Prime Minister Anwar Ibrahim will host the meeting.",
            ("planned", "Anwar Ibrahim"),
        ),
    ],
)
def test_the_host_of_the_meeting_takes_part_in_it(extract, text, expected):
    # merge.hosted-definite
    [(_, status, parties)] = contacts(extract(f"Talks.\n\n{text}"))
    assert (status, expected[1] in parties) == (expected[0], True), parties


def test_a_visit_received_by_a_host_in_a_city_took_place_there(extract):
    # place.on-object: on the host of a passive, where the parse hangs the place; a planned trip elsewhere is
    # then another contact
    record = extract(
        "Visit.\n\nEstonian Defence Minister Hanno Pevkur was received by Polish President Karol Nawrocki in Warsaw "
        "on Tuesday. A planned visit by Pevkur to Kyiv was postponed for security reasons."
    )
    places = [(e["status"], (e["place"] or {}).get("name")) for e in record["events"]]
    assert ("occurred", "Warsaw") in places and len(places) == 2, places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # contact.support-call: conveying is support only when what is conveyed is (the call is a contact either way,
        # typed SUPPORT when it is support: test_fortyseven_courtesy_calls)
        (
            "German Chancellor Friedrich Merz telephoned Polish Prime Minister Donald Tusk on Sunday to convey the "
            "decision.",
            [("phone", "occurred", {"Friedrich Merz", "Donald Tusk"})],
        ),
        (
            "Prime Minister Imran Khan called Turkish President Recep Tayyip Erdogan on Friday to convey Pakistan's "
            "support and solidarity.",
            [("phone", "occurred", {"Imran Khan", "Recep Tayyip Erdogan"})],
        ),
        # a side cancelling a contact is no telling of one (PLOVER calls it a rejection), whoever it was with
        ("Indian Prime Minister Narendra Modi cancelled a two-day visit to Bangladesh.", []),
        # status.scheduled-gathering never undoes a cancelling
        (
            "A meeting between Foreign Minister Alberto van Klaveren and his Argentine counterpart Gerardo Werthein "
            "scheduled for Friday in Mendoza was cancelled.",
            [("meeting", "denied", {"Alberto van Klaveren", "Gerardo Werthein"})],
        ),
        (
            "A meeting between Mayor Jean Doucet and Governor Karim Benali, originally planned for Monday, was "
            "postponed to October.",
            [("meeting", "planned", {"Jean Doucet", "Karim Benali"})],
        ),
        # status.refused: called off
        (
            "Indian Prime Minister Narendra Modi's visit to Bangladesh, planned for next week, has been called off.",
            [("visit", "denied", {"Narendra Modi", "Bangladesh"})],
        ),
        (
            "The White House called off a planned phone call between President Donald Trump and Chinese President "
            "Xi Jinping.",
            [("phone", "denied", {"Donald Trump", "Xi Jinping"})],
        ),
        ("Live: Belgrade-Pristina dialogue in Brussels - trilateral called off", []),
        # status.planning-head: pencilled in
        (
            "A further meeting between Jean Doucet and Karim Benali has been pencilled in for Wednesday.",
            [("meeting", "planned", {"Jean Doucet", "Karim Benali"})],
        ),
    ],
)
def test_calls_conveying_and_contacts_cancelled_or_pencilled_in(extract, text, expected):
    assert contacts(extract(f"Contacts.\n\n{text}")) == expected


def test_a_titled_name_with_a_hyphenated_given_name_is_a_person(extract):
    # a title before "Kassym-Jomart Tokayev" makes the name a person's, whose family name alone is then his
    record = extract(
        "Visit.\n\nKazakh President Kassym-Jomart Tokayev arrived in Tashkent on Monday. Mr Tokayev met Uzbek "
        "President Shavkat Mirziyoyev."
    )
    [(_, _, parties)] = contacts(record)
    assert {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"} <= parties and "Tokayev" not in parties, parties


def test_the_two_men_are_no_woman_named_before(extract):
    # party.the-two-named
    record = extract(
        "Talks.\n\nFinance Minister Maria Lopes accused trade envoy Paul Dube of bad faith. Central bank governor "
        "John Okoro agreed. The two men met in April."
    )
    assert contacts(record) == [("meeting", "occurred", {"Paul Dube", "John Okoro"})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # merge.purpose: a gathering for a summit is that summit
        (
            "Southeast Asian leaders gathered in Kuala Lumpur on Sunday for a two-day ASEAN summit.",
            [("multilateral", "occurred")],
        ),
        # contact.noun.said-of-a-contact: "it was the first summit" says what the meeting was
        (
            "South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba met in Tokyo on "
            "Saturday. It was the first Korea-Japan summit since Lee took office.",
            [("meeting", "occurred")],
        ),
        # party.they-the-last-pair: "they" of the verb a contact completes
        (
            "Kenyan President William Ruto spoke by phone with Tanzanian President Samia Suluhu Hassan on Monday. "
            "They agreed to meet in Arusha in April.",
            [("phone", "occurred"), ("meeting", "planned")],
        ),
        # contact.habit: "almost every week"
        ("French President Emmanuel Macron speaks with German Chancellor Friedrich Merz almost every week.", []),
        # status.modal.hypothetical: "should meet"
        (
            "Trump said that Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky should "
            "meet directly.",
            [("meeting", "hypothetical")],
        ),
    ],
)
def test_what_each_sentence_tells(extract, text, expected):
    assert [(mode, status) for mode, status, _ in contacts(extract(f"News.\n\n{text}"))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # status: talks that ended took place, on the day told
        (
            "Egyptian and Israeli negotiators ended a third round of talks on Taba on Wednesday without agreement.",
            ("occurred", "2026-03-11"),
        ),
        # a contact called off was still to come: its day is ahead
        (
            "A meeting between Foreign Minister Alberto van Klaveren and his Argentine counterpart Gerardo Werthein "
            "scheduled for Friday in Mendoza was cancelled.",
            ("denied", "2026-03-13"),
        ),
    ],
)
def test_talks_ended_or_called_off_and_their_day(extract, text, expected):
    record = extract(f"Talks.\n\n{text}", published="2026-03-12")
    [event] = record["events"]
    assert (event["status"], event["date"]["value"]) == expected


def test_a_mediation_ended_is_called_off_not_held(extract):
    record = extract(
        "Talks.\n\nNorwegian envoy Kari Dahl ended her mediation between the Sri Lankan government and the Tamil "
        "rebels on Friday."
    )
    assert all(e["status"] != "occurred" for e in record["events"]), contacts(record)
