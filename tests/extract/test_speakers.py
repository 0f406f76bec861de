"""Speaker resolution rules (speakers.py, gender.py), each on sentences written for these tests."""

from backchannel.extract.gender import gender_of
from backchannel.records import Actor, ActorKind
from tests.conftest import quote_with, speaker_name


def test_gender_from_a_given_name_the_press_uses_for_one_gender():
    assert gender_of(Actor(id="p1", name="Margaret Olsen", kind=ActorKind.PERSON)) == "f"
    assert gender_of(Actor(id="p2", name="Thomas Brandt", kind=ActorKind.PERSON)) == "m"
    assert gender_of(Actor(id="p3", name="Quorra Valdemar", kind=ActorKind.PERSON)) is None


def test_gender_words_outrank_the_given_name():
    actor = Actor(id="p1", name="Thomas Brandt", kind=ActorKind.PERSON, titles=["spokeswoman"])
    assert gender_of(actor) == "f"


def test_she_skips_a_man_named_since(extract):
    # pronoun.gender with gender.given-name: "she" is not the man the last sentence was about
    r = extract(
        "Columnist Margaret Olsen wrote about the mayor's plan on Sunday.\n\n"
        "The plan, which Thomas Brandt unveiled in May, would close two bridges.\n\n"
        "The closures would ruin the market district, she wrote."
    )
    assert speaker_name(r, quote_with(r, "would ruin the market district")) == "Margaret Olsen"


def test_he_skips_a_woman_named_as_someones_wife(extract):
    r = extract(
        "Governor Paul Ostrander toured the flooded valley on Friday. Some of his staff, including his wife, "
        "Helen, came with him. He said that the state would pay for the new levees."
    )
    assert speaker_name(r, quote_with(r, "the state would pay for the new levees")) == "Paul Ostrander"


def test_pronoun_prefers_the_main_clause_subject_over_one_inside_what_was_said(extract):
    # pronoun.role: "X said Y had …" makes X, not Y, the one a following "he said" goes back to
    r = extract(
        "Press secretary Dan Whitcombe said Governor Ray Tillis had kept in close touch with the mayors.\n\n"
        '"I expect that will matter in the spring," he said.'
    )
    assert speaker_name(r, quote_with(r, "I expect that will matter")) == "Dan Whitcombe"
