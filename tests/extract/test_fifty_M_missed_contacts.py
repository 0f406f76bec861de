"""Contacts missed on real text (session 50, helper M): a meeting told by a participle after its main clause, the
subject of "be" who is "one of those who" met someone, a plural pronoun for a group of two states, and a kinsman
whose name the tagger read as an organisation; tested on sentences written for these tests."""

import pytest

from tests.conftest import actor_named, actor_of


def contacts(record: dict) -> list[tuple[str, str, set[str]]]:
    """Each event's mode, status and the names of its parties."""
    return [
        (e["mode"], e["status"], {actor_of(record, p)["name"] for p in e["participants"]}) for e in record["events"]
    ]


@pytest.mark.parametrize(
    ("text", "mode", "parties"),
    [
        (
            "Governor Ruth Ambler spent Tuesday in Dayton, meeting with Mayor Carl Devlin at city hall.",
            "meeting",
            {"Ruth Ambler", "Carl Devlin"},
        ),
        (
            "Senator Mark Dale spent the weekend in Ohio, meeting with the Rev. Paul Hines.",
            "meeting",
            {"Mark Dale", "Paul Hines"},
        ),
        (
            "The envoy, Tomas Reyes, toured the border region last week, visiting Governor Elena Ruiz in Tacna.",
            "visit",
            {"Tomas Reyes", "Elena Ruiz"},
        ),
    ],
)
def test_trailing_participle_tells_a_contact(extract, text, mode, parties):
    # contact.trailing-participle
    record = extract(text, published="2026-03-12")
    assert (mode, "occurred", parties) in contacts(record), contacts(record)


@pytest.mark.parametrize(
    "text",
    [
        "Shares in Norfield rose 3 percent on Monday, meeting the forecasts of most analysts.",
        "Governor Ruth Ambler spent Tuesday in Dayton, visiting a steel plant.",
        "Meeting Mayor Carl Devlin in Dayton, Governor Ruth Ambler said the plant would stay open.",
        "Nadal beat Djokovic in Rome on Sunday, meeting Roger Federer in the final next week.",
        "Governor Tom Hale returned to Austin, visiting the Alamo with his children.",
    ],
)
def test_no_contact_from_other_participles(extract, text):
    # no party met, or a fronted participle: a circumstance of what the subject said
    record = extract(text, published="2026-03-12")
    assert contacts(record) == []


@pytest.mark.parametrize(
    ("text", "mode", "parties"),
    [
        (
            "Gloria Mendes was one of the lawmakers who met Prime Minister Ivo Salas on Friday.",
            "meeting",
            {"Gloria Mendes", "Ivo Salas"},
        ),
        (
            "Gloria Mendes is the party's treasurer and one of the aides who went to Tacna on Monday to talk with "
            "Governor Elena Ruiz.",
            "visit",
            {"Gloria Mendes", "Elena Ruiz"},
        ),
        (
            "Gloria Mendes was among the delegates who visited President Ivo Salas last month.",
            "visit",
            {"Gloria Mendes", "Ivo Salas"},
        ),
    ],
)
def test_one_of_those_who_met(extract, text, mode, parties):
    # party.one-of-those-who
    record = extract(text, published="2026-03-12")
    assert (mode, "occurred", parties) in contacts(record), contacts(record)


def test_one_of_the_things_that_met_is_no_contact(extract):
    record = extract("It was one of the reports that met the deadline.", published="2026-03-12")
    assert contacts(record) == []


def test_not_among_those_who_visited_is_no_visit_of_his(extract):
    # party.one-of-those-who stays off when "be" is negated
    record = extract(
        "Senator Tom Hale was not among the delegates who visited President Ana Ruiz in Lima.", published="2026-03-12"
    )
    assert not any("Tom Hale" in parties for _, _, parties in contacts(record)), contacts(record)


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Chilean and Peruvian officials said they had met in Arica on Monday.", {"Chile", "Peru"}),
        ("The Chilean and Peruvian governments say they have met with fishing communities.", {"Chile", "Peru"}),
    ],
)
def test_they_for_a_group_of_two_states(extract, text, states):
    # party.they-group-sides
    record = extract(text, published="2026-03-12")
    assert any(states <= parties for _, _, parties in contacts(record)), contacts(record)


def test_they_for_a_group_of_no_state(extract):
    record = extract("The delegates said they had met Governor Elena Ruiz.", published="2026-03-12")
    assert contacts(record) == [("meeting", "occurred", {"delegates", "Elena Ruiz"})]


@pytest.mark.parametrize("kin", ["nephew Bashir el Sohaily", "cousin Ossama el Mahdy"])
def test_kinsman_named_after_kin_noun_is_a_person(extract, kin):
    # actor.article-particle: the tagger reads these names as an organisation or a building
    text = f'Saad Farouk was on the plane. "We called him on Monday," his {kin} added.'
    record = extract(text, published="2026-03-12")
    name = kin.split(" ", 1)[1]
    assert ("phone", "occurred", {"Saad Farouk", name}) in contacts(record), contacts(record)
    assert actor_named(record, name)["kind"] == "person"


def test_call_with_a_clause_after_the_one_called(extract):
    # contact.call.clause-after-the-called: the parse hangs "he was happy" on "called"
    text = (
        'Karim Haddad was on the plane. "We had called him just before he boarded and everything was fine, he was '
        'happy to be going home," his brother Nabil Haddad said.'
    )
    record = extract(text, published="2026-03-12")
    assert ("phone", "occurred", {"Karim Haddad", "Nabil Haddad"}) in contacts(record), contacts(record)


def test_calling_a_thing_names_it(extract):
    record = extract('The board called the talks "useful", which surprised nobody.', published="2026-03-12")
    assert contacts(record) == []


def test_family_name_with_its_article_joined(extract):
    # actor.family-name-words: "Al-Haddad" is "Karim al Haddad", named in a caption line before
    text = (
        'Karim al Haddad.\n\nAl-Haddad was confirmed as a passenger. "We had called him before he boarded," his '
        "brother Nabil Haddad said."
    )
    record = extract(text, published="2026-03-12")
    assert ("phone", "occurred", {"Karim al Haddad", "Nabil Haddad"}) in contacts(record), contacts(record)


def test_participle_after_a_visit_keeps_the_visits(extract):
    # contact.trailing-participle stays off after a clause that tells a contact of its own
    text = (
        "The envoy, Tomas Reyes, visited Lima and Quito last week, meeting the army chief in Callao on Monday and "
        "Ecuadorean officials in Quito two days later."
    )
    record = extract(text, published="2026-03-12")
    assert ("visit", "occurred", {"Tomas Reyes", "Ecuador"}) in contacts(record), contacts(record)
