"""Pronouns and title-only speakers (session 70, helper SP2): a "he" after a person a "who" clause tells more of, a
"she" after a man the story already called "he", and "the Governor" as the holder a later successor is named
against; on sentences written for these tests (names invented)."""

from tests.conftest import actor_named, event_names, quote_with, speaker_name

PUBLISHED = "2020-03-06"

DELEGATION = (
    "Nepal's Prime Minister Girija Koirala began his visit to Kenya on Monday.\n\n"
    "Foreign Minister Ram Thapa, Trade Minister Mohan Rai and Finance Minister Hari Karki are among the 30 delegates "
    "who are travelling with the prime minister.\n\n"
    "Kenya has rolled out the red carpet to welcome Koirala, who will be given a state reception at State House on "
    "Wednesday.\n\n"
)


def test_he_after_a_who_clause_is_the_one_it_tells_of(extract):
    """ "… to welcome Koirala, who will be given a reception … He will hold talks with …": Koirala (rule
    pronoun.who-clause-antecedent), not the last delegate, the subject of a main clause further back."""
    r = extract(
        DELEGATION + "He will hold talks with President Daniel Mwangi on trade later in the day.", published=PUBLISHED
    )
    talks = [e for e in r["events"] if "Daniel Mwangi" in event_names(r, e)]
    assert [event_names(r, e) for e in talks] == [{"Girija Koirala", "Daniel Mwangi"}]


def test_main_clause_subject_of_the_same_sentence_still_wins(extract):
    """ "Inspector Tom Kell questioned Ana Ruiz, who had returned … He said …": the subject of the same sentence,
    not the one the "who" clause tells of (negative)."""
    r = extract(
        'Inspector Tom Kell questioned Ana Ruiz, who had returned from Quito on Monday. He said, "The file is closed."',
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "The file is closed")) == "Tom Kell"


BURSAR = (
    "The college bursar, Dr Ulam Kobe, said the budget had grown.\n\n"
    "He added that staff pay would rise.\n\n"
    '"We have enough money," Dr Kobe said.\n\n'
    "According to the head of the registry Ms Ngozi Eze, the drop was mainly driven by lower food prices. Fees for "
    "foreign students fell by 4 percent in March.\n\n"
)


def test_she_is_not_a_man_the_story_called_he(extract):
    """Kobe's given name tells no gender, but "He added" was taken for him, so a later "She said" is Eze (rule
    gender.pronoun-taken), not the subject of a main clause further back."""
    r = extract(
        BURSAR + "She said that the overall fee index increased by 3 percent.",
        title="Fees rise at the college",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "overall fee index")) == "Ngozi Eze"
    assert speaker_name(r, quote_with(r, "staff pay would rise")) == "Ulam Kobe"


def test_he_still_goes_back_to_the_man(extract):
    """The same story with "He said": Kobe, as before (negative)."""
    r = extract(
        BURSAR + "He said that the overall fee index increased by 3 percent.",
        title="Fees rise at the college",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "overall fee index")) == "Ulam Kobe"


def _governor_story(succession: str) -> str:
    return (
        "THE Governor has vetoed the budget bill passed by the assembly.\n\n"
        f"Senator Paulo Reis, who {succession} Marta Alves as governor, backed the bill.\n\n"
        'In a letter to the assembly on Thursday, the Governor said, "The bill is unfunded and must be redrawn."'
    )


def test_the_governor_is_the_one_a_successor_will_replace(extract):
    """ "Reis, who will succeed Marta Alves as governor": Alves is the governor now (rule
    actor.office-to-be-succeeded), so "the Governor said" is hers."""
    r = extract(_governor_story("will succeed"), title="Governor vetoes budget bill", published=PUBLISHED)
    assert speaker_name(r, quote_with(r, "The bill is unfunded")) == "Marta Alves"
    assert actor_named(r, "Marta Alves")["titles"] == ["governor"]


def test_a_past_succession_gives_no_present_office(extract):
    """ "Reis, who succeeded Marta Alves as governor": Alves held the office before; she gets no title (negative)."""
    r = extract(_governor_story("succeeded"), title="Governor vetoes budget bill", published=PUBLISHED)
    assert [a["titles"] for a in r["actors"] if a["name"] == "Marta Alves"] in ([], [[]])
    assert speaker_name(r, quote_with(r, "The bill is unfunded")) == "Governor"
