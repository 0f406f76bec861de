"""Where a content ends, from round twenty of the recall work (issue 13), on sentences written for these tests:
lists the parser broke up, asides inside a content, and a second statement joined to the first."""

import pytest

from backchannel.extract.content_bounds import infinitive_list_end
from tests.conftest import quote_with
from tests.extract.test_quote_speakers_nineteen import reparsed


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
            # quote.asked-party: the party urged to act opens the content
            "the party to scrap its delegate rules, replace the committee's leadership, open up same-day "
            "registration, and make its contests open to independents",
        ),
    ],
)
def test_a_list_of_infinitives_is_one_content(extract, sentence, content):
    # quote.infinitive-list: the later infinitives hang on the reporting verb in the parse
    assert content in contents(extract(f"Port news.\n\n{sentence}"))


def test_an_inflected_verb_on_the_reporting_verb_is_not_one_more_infinitive(nlp):
    # the parse of a sentence in the news: "accused" hung on "vowed" as a conjunct; a past form cannot go on
    # with "to fight", so the list ends there
    doc = reparsed(nlp, "Lund vowed to fight the closure and accused the board of lying.", {6: (1, "conj")})
    vowed, fight = doc[1], doc[3]
    assert infinitive_list_end(vowed, fight, 5) is None


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


@pytest.mark.parametrize(
    "sentence",
    [
        "Moss said she backed the plan, which the board later rejected.",
        "Moss said she backed the plan, which the board rejected, saying it cost too much.",
        "Officials said the fire was out, which residents doubted, and reopened the road.",
    ],
)
def test_a_relative_clause_at_the_end_is_still_the_writers(extract, sentence):
    # a which-clause on the whole clause, or one followed by a trailing participle, is the writer's aside
    first = sentence.split(" said ")[1].split(",")[0]
    assert first in contents(extract(f"Port news.\n\n{sentence}"))


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


def test_a_passive_subject_speaks_before_the_agent(extract):
    record = extract("Port news.\n\nDespite saying the pier was unsafe, the engineer was fired by the company.")
    assert quote_with(record, "pier was unsafe")["speaker"]["text"] == "the engineer"


@pytest.mark.parametrize(
    ("sentence", "hearer"),
    [
        ("After being told that the ferry was cancelled, the passengers were offered hotel rooms.", "the passengers"),
        ("Despite being told the road was closed, the driver kept going.", "the driver"),
    ],
)
def test_a_passive_participle_is_not_the_subjects_words(extract, sentence, hearer):
    # "After being told …": the subject was told, it did not say it
    record = extract(f"Port news.\n\n{sentence}")
    assert all((q["speaker"] or {}).get("text") != hearer for q in record["quotes"])


def test_a_predicate_split_off_the_reported_clause_is_part_of_it(extract):
    # quote.split-predicate: "can aid" was hung on "hope" with no subject; the content runs through it
    record = extract("Port news.\n\nThe pilots hope the radar developed in Norway can aid efforts on the coast.")
    assert "the radar developed in Norway can aid efforts on the coast" in contents(record)


def test_a_second_report_after_and_is_not_split_off(extract):
    # quote.split-predicate is not for a conjunct after "and": that is the speaker's next statement
    record = extract("Port news.\n\nThe mayor said that the budget was balanced and added that fares would not rise.")
    assert "that the budget was balanced" in contents(record)
    assert "that fares would not rise" in contents(record)


def test_a_second_report_after_a_bare_clause_is_its_own(extract):
    # quote.second-predicate also when the reported clause ends on its verb
    record = extract("Port news.\n\nMoss said profits rose and noted that costs fell.")
    assert "profits rose" in contents(record)
    assert "that costs fell" in contents(record)


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Moss referred to Lund as “the most valuable player” for the ferry company.",
            "Lund as “the most valuable player” for the ferry company",
        ),
        ("The band leader called harbour bigwigs to the microphone.", "harbour bigwigs to the microphone"),
    ],
)
def test_a_phrase_right_after_the_content_goes_on_with_it(extract, sentence, content):
    # quote.phrase-after
    assert content in contents(extract(f"Port news.\n\n{sentence}"))


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Moss endorsed Lund on Tuesday.", "Lund"),
        ("Moss referred to Lund as “the best skipper” to reporters.", "Lund as “the best skipper”"),
        ("Moss referred to Lund as “the best skipper” on the radio.", "Lund as “the best skipper”"),
    ],
)
def test_a_phrase_that_says_when_or_to_whom_stays_out(extract, sentence, content):
    # quote.phrase-after stops at a time, a channel or an audience
    assert content in contents(extract(f"Port news.\n\n{sentence}"))


def test_a_condition_right_after_the_content_is_part_of_it(extract):
    # quote.condition-after: the parser hung "unless …" on "threatened"
    record = extract(
        "Port news.\n\nMoss has threatened not to show up to the next debate unless he is paid five million kroner."
    )
    assert "not to show up to the next debate unless he is paid five million kroner" in contents(record)


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Moss opposed the levy because it was too high.", "the levy"),
        ("Lund agreed to testify because he had nothing to hide.", "to testify"),
    ],
)
def test_a_reason_for_the_act_stays_out(extract, sentence, content):
    # not after an object, nor "because" after an infinitive: why the act, not what was said
    assert content in contents(extract(f"Port news.\n\n{sentence}"))


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


def test_a_second_act_inside_the_object_ends_the_content(extract):
    # quote.second-act: "pounding" was hung on "north"; it is Moss's next act, not part of what she touted
    record = extract(
        "Port news.\n\nMoss spent the week touting her record in the north and pounding Lund on the ferry fares in "
        "the south."
    )
    assert quote_with(record, "her record")["content"]["text"] == "her record in the north"


def test_a_list_of_acts_inside_the_content_stays_whole(extract):
    # the second -ing form is in the cue's own form but hangs on the first: a list inside the content
    record = extract(
        "Port news.\n\nMoss has been praising projects like installing solar panels and giving tax credits."
    )
    assert "projects like installing solar panels and giving tax credits" in contents(record)
