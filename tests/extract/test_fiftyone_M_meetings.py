"""Round fifty-one (helper M): meetings and talks the real press told and we missed. Names joined before a plural noun
for people are two groups (rule party.group-of-each-name); "Russian and U.S. officials" are both states' (rule
party.state-in-group-of-states); a session between sides is a meeting (rule contact.session.between); "X in a
meeting with Y promised …" is X's meeting with Y, though the parser hangs the phrase on X (rule contact.noun.in-
phrase-on-speaker), and so is "said this in a meeting with a delegation, led by Y"; a possessive on a contact noun
in a believed clause is the believer's (rule party.owner-in-reported-clause); "met with and briefed X" met X (rule
party.object-of-the-next-verb). Sentences written for these tests (names invented or well known)."""

import pytest


def events(record: dict) -> list[tuple[str, str, set[str]]]:
    """Each event as its mode, status and the names of its parties."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [(e["mode"], e["status"], {names[p] for p in e["participants"]}) for e in record["events"]]


def parties(record: dict) -> list[set[str]]:
    return [names for _, _, names in events(record)]


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        ("Talks between Zulu and Xhosa elders resumed in Durban on Monday.", {"Zulu elders", "Xhosa elders"}),
        (
            "That meeting followed long talks between the Labour and Green negotiators on Sunday.",
            {"Labour negotiators", "Green negotiators"},
        ),
        (
            "Zulu and Xhosa elders met Jacob Zuma in Durban on Monday.",
            {"Zulu elders", "Xhosa elders", "Jacob Zuma"},
        ),
    ],
)
def test_names_joined_before_a_plural_are_two_groups(extract, sentence, sides):
    # party.group-of-each-name
    assert parties(extract(sentence)) == [sides]


def test_states_joined_before_a_plural_stay_states(extract):
    # negative: "Kenyan and Somali officials" are read by party.states-of-group, one group with both states
    record = extract("Kenyan and Somali officials met in Nairobi on Monday.")
    assert parties(record) == [{"Kenyan and Somali officials", "Kenya", "Somalia"}]


def test_a_region_pair_is_one_gathering(extract):
    # negative: "Nordic and Baltic ministers" meet as one gathering of many states, not two groups
    record = extract("Nordic and Baltic foreign ministers met in Riga on Monday.")
    assert parties(record) == [{"Nordic and Baltic foreign ministers"}]


def test_lower_case_words_make_no_two_groups(extract):
    # negative: "senior and junior officials" are one group
    record = extract("Talks between senior and junior officials collapsed on Monday.")
    assert parties(record) == [{"senior and junior officials"}]


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian and U.S. officials were holding talks in the Turkish capital Ankara.",
        "US and Russian negotiators met in Geneva on Monday.",
    ],
)
def test_a_demonym_and_a_country_name_before_officials_are_both_sides(extract, sentence):
    # party.state-in-group-of-states, where the tagger names only the United States: the group, with both states
    # as its sides (as "Russian and American officials" reads)
    [(mode, _, names)] = events(extract(sentence))
    assert mode == "meeting" and {"Russia", "United States"} <= names


def test_a_country_name_alone_before_officials_is_unchanged(extract):
    # negative: "U.S. officials" are the United States, with no second state
    record = extract("U.S. officials held talks with Chilean negotiators in Lima.")
    assert len(parties(record)) == 1
    assert {"United States", "Chilean negotiators"} <= parties(record)[0]


def test_a_session_between_two_people_is_a_meeting(extract):
    # contact.session.between
    record = extract("A three-hour session between Ana Silva and Luis Arce ended without a deal on Tuesday.")
    assert parties(record) == [{"Ana Silva", "Luis Arce"}]


def test_a_session_between_times_is_no_meeting(extract):
    # negative: "between 9 and 11" is when, and a training session is no contact
    record = extract("Mayor Ines Calloway said the training session between 9 and 11 am was cancelled on Tuesday.")
    assert events(record) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Nicolas Sarkozy in a meeting with the British envoy Tom Fletcher promised support for the deal.",
        "The former mayor, Ines Calloway in a meeting with Governor Tom Hale promised to rebuild the pier, her office"
        " said Tuesday.",
    ],
)
def test_a_meeting_phrase_hung_on_the_speaker_is_the_speakers_meeting(extract, sentence):
    # contact.noun.in-phrase-on-speaker (and status.plan-made-in-it: the promise was made there, the meeting held)
    assert [(m, s, len(p)) for m, s, p in events(extract(sentence))] == [("meeting", "occurred", 2)]
    assert parties(extract(sentence))[0] & {"Nicolas Sarkozy", "Ines Calloway"}


def test_said_in_a_meeting_with_a_delegation_led_by_someone(extract):
    # contact.noun.said-in, with a delegation (led by a person) as whom the meeting was with
    record = extract("Prime Minister Keir Starmer said this in a meeting with a US delegation, led by Tom Barrack.")
    assert parties(record) == [{"Keir Starmer", "Tom Barrack"}]


def test_a_letter_hung_on_the_speaker_is_no_meeting(extract):
    # negative: only a meeting or call is a contact's setting
    assert events(extract("Mayor Ines Calloway in a letter to Governor Tom Hale said the pier would reopen.")) == []


def test_a_possessive_in_a_believed_clause_is_the_believers(extract):
    # party.owner-in-reported-clause
    record = extract("Ivan Petrov said Sergey Lavrov believed his meeting with Antony Blinken had run too long.")
    assert parties(record) == [{"Sergey Lavrov", "Antony Blinken"}]


def test_a_possessive_in_the_speakers_own_clause_is_the_speakers(extract):
    # negative: with no subject of its own above the meeting, the one who says it is the one who met
    record = extract("Ivan Petrov said his meeting with Antony Blinken was useful.")
    assert parties(record) == [{"Ivan Petrov", "Antony Blinken"}]


def test_a_stranded_with_shares_the_next_verbs_object(extract):
    # party.object-of-the-next-verb
    record = extract("Senator Tom Hale met with and briefed Governor Rita Moss on Tuesday.")
    assert parties(record) == [{"Tom Hale", "Rita Moss"}]


def test_met_and_agreed_to_a_deal_takes_no_object(extract):
    # negative: "met" with nothing stranded, and another verb, shares nothing
    assert events(extract("Senator Tom Hale met and agreed to a deal with the union.")) == []
