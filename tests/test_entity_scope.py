"""The entity recogniser reads only the stretches of text that can hold a name, a number or a date."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from backchannel import entity_scope
from backchannel import nlp as nlp_module
from backchannel.entity_scope import ScopedEntityRecognizer
from backchannel.ledger import extractor_version

QUIET = "The talks went on late, and nobody would say what was agreed, or whether anything was."
"""A sentence without a name, a number or a date: only its first word is capitalised."""


@pytest.fixture(scope="module")
def full() -> Language:
    """The model's pipeline with its own recogniser over every sentence."""
    return spacy.load(nlp_module.DEFAULT_MODEL)


def tokens_read(nlp: Language, text: str) -> tuple[Doc, set[int] | None]:
    doc = nlp(text)
    component = nlp.get_pipe(entity_scope.NAME)
    assert isinstance(component, ScopedEntityRecognizer)
    kept = component.read_tokens(doc)
    return doc, None if kept is None else set(kept.tolist())


def test_the_project_loader_scopes_the_recogniser(nlp: Language) -> None:
    assert entity_scope.NAME in nlp.pipe_names
    assert entity_scope.NER not in nlp.pipe_names


def test_words_far_from_a_name_number_or_date_are_left_out(nlp: Language) -> None:
    doc, read = tokens_read(nlp, f"Vice President Lina Sorensen met the envoy in Oslo. {QUIET} She left for Bergen.")
    assert read is not None
    quiet = next(s for s in doc.sents if s.text == QUIET)
    edges = entity_scope.CONTEXT
    oslo = next(t.i for t in doc if t.text == "Oslo")
    bergen = next(t.i for t in doc if t.text == "Bergen")
    assert [i for i in read if quiet.start <= i < quiet.end] == [
        *range(quiet.start, oslo + edges + 1),
        *range(bergen - edges, quiet.end),
    ]
    assert {t.i for t in doc if t.ent_type_} <= read


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The talks went on late into the night.", "night"),  # a word of time
        ("The talks went on for two hours.", "two"),  # a number word
        ("The talks cost 3.5 million.", "3.5"),  # a digit
        ("The talks ended without the Norwegians.", "Norwegians"),  # a capitalised word past the first
        ("Talks ended on 12 March.", "March"),
        ("Thousands of people gathered outside.", "Thousands"),  # a count that is not like_num
        ("The crowd was more than twice as large.", "twice"),
    ],
)
def test_a_word_that_can_be_part_of_an_entity_is_read_with_its_neighbours(
    nlp: Language, sentence: str, word: str
) -> None:
    doc, read = tokens_read(nlp, f"{QUIET} {sentence} {QUIET}")
    index = next(t.i for t in doc if t.text == word)
    edges = entity_scope.CONTEXT
    assert read is not None and set(range(index - edges, index + edges + 1)) <= read


def test_a_sentences_first_word_is_read_only_if_tagged_as_a_noun_or_adjective(nlp: Language) -> None:
    doc, read = tokens_read(nlp, f"{QUIET} Norwegian diplomats kept away. {QUIET} However, it ended well. {QUIET}")
    assert read is not None
    assert next(t.i for t in doc if t.text == "Norwegian") in read
    assert next(t.i for t in doc if t.text == "However") not in read


def test_a_document_read_whole_gets_the_models_own_entities(nlp: Language, full: Language) -> None:
    text = "Angela Merkel met Emmanuel Macron in Paris on Monday. They spoke for two hours about Ukraine."
    assert tokens_read(nlp, text)[1] is None
    assert [(e.text, e.label_) for e in nlp(text).ents] == [(e.text, e.label_) for e in full(text).ents]


def test_entities_after_a_sentence_left_out_land_on_their_own_tokens(nlp: Language) -> None:
    text = f"Angela Merkel met Emmanuel Macron in Paris on Monday. {QUIET} Macron later flew to Berlin."
    doc = nlp(text)
    quiet = next(s for s in doc.sents if s.text == QUIET)
    assert all(t.ent_iob_ == "O" for t in quiet)
    found = {(e.text, e.label_) for e in doc.ents}
    assert {("Angela Merkel", "PERSON"), ("Paris", "GPE"), ("Berlin", "GPE")} <= found
    assert all(doc.text[e.start_char : e.end_char] == e.text for e in doc.ents)


def test_entities_read_in_stretches_are_the_models_own(nlp: Language, full: Language) -> None:
    text = (
        f"Prime Minister Ana Ribeiro of Portugal flew to Madrid on Tuesday. {QUIET} "
        f"The talks with the Spanish delegation lasted three hours. {QUIET} "
        "Ribeiro said little afterwards, and the ministry in Lisbon said less."
    )
    assert tokens_read(nlp, text)[1] is not None
    assert [(e.text, e.label_) for e in nlp(text).ents] == [(e.text, e.label_) for e in full(text).ents]


def test_pipe_gives_what_one_document_at_a_time_gives(nlp: Language) -> None:
    texts = [
        f"Kofi Mensah called Ama Owusu on Friday. {QUIET} Owusu said nothing.",
        QUIET,
        "",
        "Rain fell in Accra for three days.",
    ]
    one_by_one = [[(e.start, e.end, e.label_) for e in nlp(t).ents] for t in texts]
    assert [[(e.start, e.end, e.label_) for e in d.ents] for d in nlp.pipe(texts, batch_size=3)] == one_by_one


def test_an_entity_across_a_sentence_left_out_is_dropped(nlp: Language) -> None:
    doc = Doc(nlp.vocab, words="Lina Sorensen spoke . No one listened . Bergen waited .".split())
    kept = [0, 1, 2, 3, 8, 9, 10]  # the second sentence left out
    excerpt = Doc(nlp.vocab, words=[doc[i].text for i in kept])
    across = Span(excerpt, 3, 5, label="GPE")  # ". Bergen": across the sentence left out
    excerpt.set_ents([Span(excerpt, 0, 2, label="PERSON"), across])
    entity_scope._put_back(doc, excerpt, numpy.array(kept))
    assert [(e.text, e.label_) for e in doc.ents] == [("Lina Sorensen", "PERSON")]
    assert all(t.ent_iob_ == "O" for t in doc[2:])


def test_full_ner_keeps_the_model_as_shipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(entity_scope.FULL_ENV, "1")
    loaded = entity_scope.scope(spacy.load(nlp_module.DEFAULT_MODEL))
    assert entity_scope.NER in loaded.pipe_names and entity_scope.NAME not in loaded.pipe_names
    extractor_version.extractor_version.cache_clear()
    try:
        assert extractor_version.extractor_version().endswith(".full-ner")
    finally:
        extractor_version.extractor_version.cache_clear()
    monkeypatch.delenv(entity_scope.FULL_ENV)
    assert not extractor_version.extractor_version().endswith(".full-ner")


def test_a_pipeline_without_a_parser_is_left_as_it_is() -> None:
    blank = spacy.blank("en")
    assert entity_scope.scope(blank).pipe_names == []


def test_a_recogniser_listening_to_a_shared_layer_is_left_as_it_is() -> None:
    listening = spacy.blank("en")
    listening.add_pipe("tok2vec")
    listening.add_pipe("parser")
    model = {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "extra_state_tokens": False,
        "hidden_width": 64,
        "maxout_pieces": 2,
        "use_upper": True,
        "tok2vec": {"@architectures": "spacy.Tok2VecListener.v1", "width": 96, "upstream": "*"},
    }
    listening.add_pipe("ner", config={"model": model})
    assert entity_scope.scope(listening).pipe_names == ["tok2vec", "parser", "ner"]
    own = spacy.blank("en")
    own.add_pipe("parser")
    own.add_pipe("ner")
    assert entity_scope.scope(own).pipe_names == ["parser", entity_scope.NAME]
