"""Where a content ends, from round twenty of the recall work (issue 13), on sentences written for these tests:
lists the parser broke up, asides inside a content, and a second statement joined to the first."""

import pytest

from tests.conftest import quote_with


def contents(record: dict) -> list[str]:
    return [q["content"]["text"] for q in record["quotes"]]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Ms. Varga pledged to cut ferry fares, restore the night service and rebuild the harbour wall.",
            "to cut ferry fares, restore the night service and rebuild the harbour wall",
        ),
        (
            "The mayor has promised to repair the bridge, hire more nurses and lower the port fees by spring.",
            "to repair the bridge, hire more nurses and lower the port fees by spring",
        ),
        (
            "He urged the party to scrap its delegate rules, replace the committee's leadership, open up same-day "
            "registration, and make its contests open to independents.",
            "to scrap its delegate rules, replace the committee's leadership, open up same-day registration, and "
            "make its contests open to independents",
        ),
    ],
)
def test_a_list_of_infinitives_is_one_content(extract, sentence, content):
    # quote.infinitive-list: the later infinitives hang on the reporting verb in the parse
    assert content in contents(extract(f"Port news.\n\n{sentence}"))


def test_a_second_act_after_an_infinitive_still_ends_it(extract):
    # an inflected verb after the list is the speaker's next act (quote.second-predicate), not one more infinitive
    record = extract("Port news.\n\nLund vowed to fight the closure and accused the board of lying.")
    assert "to fight the closure" in contents(record)


def test_a_list_of_modifiers_is_not_a_trailing_participle(extract):
    # "kind, loving and …" describe the noun: the -ing word does not open a trailing participle
    record = extract("Port news.\n\nAlastair Osman called him a kind, loving and admirable person.")
    assert quote_with(record, "kind")["content"]["text"] == "him a kind, loving and admirable person"


def test_a_trailing_participle_is_still_cut(extract):
    record = extract("Port news.\n\nMoss said the ferry was late, leaving dozens of travellers stranded.")
    assert "the ferry was late" in contents(record)


def test_a_relative_clause_between_commas_stays_in_the_content(extract):
    # a which-clause the content goes on after is an aside inside it
    record = extract(
        "Port news.\n\nHe said they would form a joint task force, which would include the army, to crack down on "
        "smuggling."
    )
    assert "they would form a joint task force, which would include the army, to crack down on smuggling" in (
        contents(record)
    )


def test_a_relative_clause_at_the_end_is_still_the_writers(extract):
    record = extract("Port news.\n\nMoss said she backed the plan, which the board later rejected.")
    assert "she backed the plan" in contents(record)


@pytest.mark.parametrize(
    ("sentence", "first", "second", "speaker"),
    [
        (
            "Moss said that the ferry was late and added that the pier would close.",
            "that the ferry was late",
            "that the pier would close",
            "Moss",
        ),
        (
            "The minister said that talks were going well and argued that the ferry deal would hold.",
            "that talks were going well",
            "that the ferry deal would hold",
            "The minister",
        ),
        (
            "Berg said the council had acted lawfully and insisted that the levy would stay.",
            "the council had acted lawfully",
            "that the levy would stay",
            "Berg",
        ),
    ],
)
def test_a_second_statement_joined_to_the_first_is_its_own(extract, sentence, first, second, speaker):
    # quote.second-predicate: a reporting verb with a that-clause and no subject is the speaker's next statement
    record = extract(f"Port news.\n\n{sentence}")
    assert first in contents(record)
    assert quote_with(record, second)["content"]["text"] == second
    assert quote_with(record, second)["speaker"]["text"] == speaker


@pytest.mark.parametrize(
    ("sentence", "fragment", "speaker"),
    [
        ("After saying the pier was unsafe, Moss was rushed to hospital.", "pier was unsafe", "Moss"),
        ("Despite saying the pier was unsafe, Moss voted to keep it open.", "pier was unsafe", "Moss"),
        (
            "But Lund refuses to name the new pilots, aside from saying he wants a younger crew.",
            "younger crew",
            "Lund",
        ),
    ],
)
def test_a_participle_after_a_preposition_shares_the_clause_subject(extract, sentence, fragment, speaker):
    # quote.participle-after-preposition: "despite", "besides", "aside from", and a passive subject
    quote = quote_with(extract(f"Port news.\n\n{sentence}"), fragment)
    assert quote["speaker"]["text"] == speaker


def test_a_predicate_split_off_the_reported_clause_is_part_of_it(extract):
    # quote.split-predicate: "can aid" was hung on "hope" with no subject; the content runs through it
    record = extract("Port news.\n\nThe pilots hope the radar developed in Norway can aid efforts on the coast.")
    assert "the radar developed in Norway can aid efforts on the coast" in contents(record)


def test_a_predicate_after_a_comma_is_not_split_off(extract):
    record = extract("Port news.\n\nMoss said the pier was unsafe, closed it and left.")
    assert "the pier was unsafe" in contents(record)


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Moss referred to Lund as “the most valuable player” for the ferry company.",
            "Lund as “the most valuable player” for the ferry company",
        ),
        ("The band leader called harbour bigwigs to the stage.", "harbour bigwigs to the stage"),
    ],
)
def test_a_phrase_right_after_the_content_goes_on_with_it(extract, sentence, content):
    # quote.phrase-after
    assert content in contents(extract(f"Port news.\n\n{sentence}"))


def test_a_phrase_that_says_when_stays_out(extract):
    assert "Lund" in contents(extract("Port news.\n\nMoss endorsed Lund on Tuesday."))


def test_a_condition_right_after_the_content_is_part_of_it(extract):
    # quote.condition-after: the parser hung "unless …" on "threatened"
    record = extract(
        "Port news.\n\nMoss has threatened not to show up to the next debate unless he is paid five million kroner."
    )
    assert "not to show up to the next debate unless he is paid five million kroner" in contents(record)


def test_a_reason_after_an_object_stays_out(extract):
    assert "the levy" in contents(extract("Port news.\n\nMoss opposed the levy because it was too high."))


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Moss appears to back the levy, which the board opposed.", "to back the levy"),
        ("Moss is expected to win the vote, which would give her a majority.", "to win the vote"),
    ],
)
def test_a_relative_aside_ends_other_contents_too(extract, sentence, content):
    # quote.trailing-aside: appearance and raising contents lose a which-clause at their end
    record = extract(f"Port news.\n\n{sentence}")
    assert any(q["content"].get("parts") and content in q["content"]["text"] for q in record["quotes"])
    assert not any("which" in q["content"]["text"] for q in record["quotes"])


def test_a_subject_the_parse_ran_past_its_verb_ends_before_it(extract):
    # "a plan …" was hung on "pilots" as an apposition: the speaker is still "The pilots"
    record = extract("Port news.\n\nThe pilots are wary of the new timetable, a plan the board has since dropped.")
    assert quote_with(record, "timetable")["speaker"]["text"] == "The pilots"
