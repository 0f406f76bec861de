"""Round fifty-three (helper N): where a person's or an organisation's name begins and ends. A name the tagger ran
into the bracket after it ends before the bracket (rule actor.open-bracket), and a word in brackets spelling its
initials is its short name (actor.bracketed-acronym); a Korean given name's second syllable after its hyphen is part
of the name however the tagger cut it, and a name of given names only runs on to the family names left untagged
after it (actor.name-run-on); an honorific before a name in the possessive is no part of it (actor.honorific);
"whip" is a title ("Majority Whip X") and no part of the name after it.
Sentences written for these tests (names invented, or well-known public figures)."""

from spacy.tokens import Span

from backchannel.extract.actor_table import trimmed_ent
from backchannel.extract.name_forms import after_honorific
from backchannel.extract.untagged_people import run_on


def actor_names(record: dict) -> set[str]:
    return {a["name"] for a in record["actors"]}


def _span(doc, first: str, last: str, label: str) -> Span:
    start = next(t.i for t in doc if t.text == first)
    end = next(t.i for t in doc if t.text == last and t.i >= start) + 1
    return Span(doc, start, end, label=label)


def test_a_name_run_into_an_open_bracket_ends_before_it(nlp):
    # actor.open-bracket: the tagger's "the Fiji Chamber of Commerce (" or "… (FCCI" without its closing mark
    doc = nlp("This week the Fiji Chamber of Commerce (FCCI) called on the caucus to act.")
    assert trimmed_ent(_span(doc, "Fiji", "(", "ORG")).text == "Fiji Chamber of Commerce"
    assert trimmed_ent(_span(doc, "Fiji", "FCCI", "ORG")).text == "Fiji Chamber of Commerce"


def test_a_closed_bracket_inside_a_name_stays(nlp):
    doc = nlp("The Department of State (Africa) said so.")
    assert trimmed_ent(_span(doc, "Department", ")", "ORG")).text == "Department of State (Africa)"


def test_a_word_in_brackets_spelling_the_initials_is_the_short_name(extract):
    # actor.bracketed-acronym, with a short name written as a word
    record = extract("He was treated at the Karachi Institute of Heart Diseases (Kihd) on Tuesday.")
    institute = next(a for a in record["actors"] if a["name"] == "Karachi Institute of Heart Diseases")
    assert "Kihd" in institute["aliases"]


def test_a_word_in_brackets_that_is_no_short_name_is_no_alias(extract):
    record = extract("He was treated at the Karachi Institute of Heart Diseases (Pakistan) on Tuesday.")
    assert not any("Pakistan" in a["aliases"] for a in record["actors"] if a["kind"] == "organization")


def test_the_second_syllable_of_a_korean_given_name_left_untagged_is_part_of_the_name(extract):
    # actor.name-run-on, for a name found by its apposition
    names = actor_names(extract('"We met briefly," the minister said of the church leader, Han Mi-ja, at the time.'))
    assert "Han Mi-ja" in names
    assert "Han Mi" not in names


def test_a_name_tagged_up_to_its_hyphen_runs_on_to_the_syllable(nlp):
    # actor.name-run-on: "Chang Pyong-" tagged, "ok" left out
    doc = nlp("Facing him was Colonel Ri Chol-ung of the North Korean army.")
    cut = _span(doc, "Ri", "-", "PERSON")
    assert run_on(cut).text == "Ri Chol-ung"


def test_a_name_of_given_names_only_runs_on_to_the_family_names(nlp):
    # actor.name-run-on: "Luis Fernando" tagged, "Rojas Quintero" left untagged
    doc = nlp("Jailed former governor Luis Fernando Rojas Quintero was visited by his lawyer on Monday.")
    doc.ents = []
    assert run_on(_span(doc, "Luis", "Fernando", "PERSON")).text == "Luis Fernando Rojas Quintero"


def test_a_name_with_a_family_name_runs_on_no_further_through_a_run_of_names(nlp):
    doc = nlp("Jailed former governor Luis Rojas Fernando Quintero Alba was visited on Monday.")
    doc.ents = []
    assert run_on(_span(doc, "Luis", "Rojas", "PERSON")).text == "Luis Rojas"


def test_an_honorific_before_a_name_in_the_possessive_is_no_part_of_it(nlp):
    # actor.honorific: "'s" ends the entity
    doc = nlp("Datuk Seri Anwar Ibrahim's visit to Jakarta ended on Friday.")
    assert after_honorific(_span(doc, "Datuk", "'s", "PERSON")).text == "Anwar Ibrahim's"


def test_a_whip_is_a_title_before_a_name(extract):
    # actor.name-descriptor, with "whip" a title: "Majority Whip X", "Chief Whip X"
    names = actor_names(extract("Senate Majority Whip Tom Hadley responded by standing firm."))
    assert "Tom Hadley" in names
    assert not any("Whip" in n for n in names)
