"""The cached attribute ruler and lemmatizer give the model's own answers, token for token."""

from __future__ import annotations

import numpy
import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language

from backchannel import attribute_cache
from backchannel import nlp as nlp_module

ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]

SENTENCES = [
    # Multi-token rules of the English model: "there is", "let's", "gonna", "ain't", "gotta", "y'all", "c'mon".
    "There is no plan, and there were never talks. There's a meeting.",
    "Let's meet in Geneva, the envoy said. We're gonna talk, and it ain't over.",
    "You gotta see it, y'all. C'mon, said the minister.",
    # Rules that look at the dependency label: pronouns as subject and object, "but" as an adverb,
    # main-verb "do" and "have", determiners standing alone.
    "I told her. She told me that I lied. It hit it. You saw you.",
    "He did it, but he had no choice. That is what they have. Which did he mean? All but two came.",
    # Space tokens, including runs of spaces and blank lines, and the same word with different tags.
    "The talks  ended.\n\nThe talks were   talks about talks.\n \nMeetings met; the meeting meets.",
    "Macron's adviser visited Moscow on Tuesday, Reuters reported, citing two sources.",
    # "ai" is an auxiliary whose head lies outside the multi-token rule's window
    "They ain't gonna stop. He ain't coming to Moscow, and y'all know it.",
    "",
]


@pytest.fixture(scope="module")
def reference() -> Language:
    """The model as published, without the cache."""
    return spacy.load(nlp_module.DEFAULT_MODEL)


@pytest.fixture(scope="module")
def cached() -> Language:
    return attribute_cache.fuse(spacy.load(nlp_module.DEFAULT_MODEL))


def same(reference: Language, cached: Language, text: str) -> None:
    want, got = reference(text), cached(text)
    assert [t.text for t in got] == [t.text for t in want]
    for attr in ATTRS:
        differ = numpy.flatnonzero(want.to_array(attr) != got.to_array(attr))
        shown = [(want[int(i)].text, want[int(i)].lemma_, want[int(i)].pos_) for i in differ[:3]]
        assert not len(differ), f"{spacy.attrs.NAMES[attr]} differs at {shown}"


def test_the_cache_replaces_the_ruler_and_lemmatizer(cached: Language) -> None:
    assert attribute_cache.NAME in cached.pipe_names
    assert attribute_cache.RULER not in cached.pipe_names
    assert attribute_cache.LEMMATIZER not in cached.pipe_names


def test_the_project_loader_uses_the_cache(nlp: Language) -> None:
    assert attribute_cache.NAME in nlp.pipe_names


@pytest.mark.parametrize("text", SENTENCES)
def test_same_answers_as_the_model(reference: Language, cached: Language, text: str) -> None:
    same(reference, cached, text)


def test_same_answers_when_the_words_come_back(reference: Language, cached: Language) -> None:
    """The second time round every token is answered from the cache."""
    for text in SENTENCES + SENTENCES[::-1]:
        same(reference, cached, text)


def test_same_answers_after_the_cache_is_emptied(
    reference: Language, cached: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attribute_cache, "MAX_ENTRIES", 20)
    for text in SENTENCES:
        same(reference, cached, text)
    assert len(cached.get_pipe(attribute_cache.NAME).cache) <= 20


WORDS = (
    "there is are was 's 're let gon na got ta ai n't y' all c'm on I you it me him but do did have has had "
    "that which the a talks talk meeting met meets visited visit said says told Lavrov Moscow Paris Kremlin "
    "spokesman and , . ; : ? \" ' ( ) - 10 March Tuesday"
).split()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25), st.sampled_from([" ", "  ", "\n", " \n\n"]))
def test_same_answers_on_any_word_salad(reference: Language, cached: Language, words: list[str], gap: str) -> None:
    same(reference, cached, gap.join(words))


def test_lemma_index_held_as_sets(cached: Language) -> None:
    index = cached.get_pipe(attribute_cache.LEMMATIZER).lookups.get_table("lemma_index")
    assert all(isinstance(words, set) for words in index.values())
    doc = cached("The envoys visited Moscow and held meetings.")
    assert [t.lemma_ for t in doc if t.pos_ in {"NOUN", "VERB"}] == ["envoy", "visit", "hold", "meeting"]


def test_pipelines_it_cannot_vouch_for_are_left_alone() -> None:
    blank = spacy.blank("en")
    assert not attribute_cache.fusable(blank)
    assert attribute_cache.fuse(blank).pipe_names == []


def test_a_rule_that_looks_beyond_the_token_prevents_the_cache() -> None:
    nlp = spacy.load(nlp_module.DEFAULT_MODEL)
    nlp.get_pipe(attribute_cache.RULER).add([[{"ENT_TYPE": "GPE"}]], {"POS": "PROPN"})
    assert not attribute_cache.fusable(nlp)
    assert attribute_cache.NAME not in attribute_cache.fuse(nlp).pipe_names


def test_words_are_ruled_once_per_state_the_rules_can_tell_apart(cached: Language) -> None:
    """Words no single-token rule names are ruled together when their state is the same ("talks", "meetings")."""
    component = cached.get_pipe(attribute_cache.NAME)
    key = component._rule_key
    state = (cached.vocab.strings["NNS"], cached.vocab.strings["nsubj"], 0, 0, 0)
    talks, meetings = (key((cached.vocab.strings.add(word), *state)) for word in ("talks", "meetings"))
    assert talks == meetings
    for word in ("there", "nothin'"):  # named by a rule, or matching its regular expression: kept apart
        assert key((cached.vocab.strings.add(word), *state)) != talks


@pytest.mark.parametrize(
    "rule",
    [
        [{"LOWER": {"REGEX": "^tal"}, "TAG": "NNS"}],
        [{"LOWER": {"NOT_IN": ["tales"]}, "TAG": "NNS"}],  # a word tested otherwise than by name: every word apart
        [{"LENGTH": 5, "TAG": "NNS"}],
        [{"IS_PUNCT": True, "TAG": ","}],
    ],
)
def test_same_answers_with_rules_that_test_words_otherwise(rule: list[dict]) -> None:
    reference = spacy.load(nlp_module.DEFAULT_MODEL)
    reference.get_pipe(attribute_cache.RULER).add([rule], {"LEMMA": "RULED"})
    cached = spacy.load(nlp_module.DEFAULT_MODEL)
    cached.get_pipe(attribute_cache.RULER).add([rule], {"LEMMA": "RULED"})
    attribute_cache.fuse(cached)
    assert attribute_cache.NAME in cached.pipe_names
    text = "The talks, and the meetings, went on; talks about talks. Tales were told."
    same(reference, cached, text)
    assert "RULED" in [t.lemma_ for t in cached(text)]


@Language.component("test_upstream_morphology")
def _upstream_morphology(doc):
    """Stands in for a morphologizer or trainable lemmatizer that runs before the ruler."""
    for token in doc:
        if token.lower_ == "envoys":
            token.pos_, token.lemma_ = "NOUN", "ENVOY"
            token.set_morph("Number=Plur")
    return doc


def test_what_earlier_components_set_is_kept() -> None:
    reference = spacy.load(nlp_module.DEFAULT_MODEL)
    reference.add_pipe("test_upstream_morphology", before=attribute_cache.RULER)
    cached = spacy.load(nlp_module.DEFAULT_MODEL)
    cached.add_pipe("test_upstream_morphology", before=attribute_cache.RULER)
    attribute_cache.fuse(cached)
    text = "The envoys met. Two envoys said the envoys had met."
    same(reference, cached, text)
    assert [t.lemma_ for t in cached(text) if t.lower_ == "envoys"] == ["ENVOY"] * 3


def test_answers_outlive_a_memory_zone_only_where_their_strings_do(nlp):
    """spaCy frees the strings of words first met in a memory zone; a cached lemma of one must go with them."""
    text = "The Qwervanian envoys were flurbing Sternhovia's plan on Tuesday."
    outside = [(t.text, t.lemma_, t.pos_, str(t.morph)) for t in nlp(text)]
    fresh = "Zindrovian monks kept grablotting quietly."
    for _ in range(2):
        with nlp_module.memory_zone(nlp):
            assert [(t.text, t.lemma_, t.pos_, str(t.morph)) for t in nlp(text)] == outside
            assert all(t.lemma_ for t in nlp(fresh))  # strings made and freed in each zone, then needed again
