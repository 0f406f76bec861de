"""The shared index of a document, and the rules that look only at the tokens it gives them."""

import pytest

from backchannel.extract import confirmations, contacts, quotes, untagged_people
from backchannel.extract.doc_index import DocIndex, doc_index
from backchannel.pipeline import analysable_text, explained
from backchannel.records import Article

TEXT = (
    "Foreign Minister Lena Varga met Prime Minister Jonas Petraitis in Vilnius on Monday, according to the Baltic "
    "News Service. Petraitis said the talks were useful. “We agreed on a great deal,” Varga told reporters.\n\n"
    "A spokesman for Varga confirmed the meeting but declined to comment on its agenda. Officials are wary of "
    "raising expectations, and Varga is expected to visit Riga next month. The ministry did not respond to a "
    "request for comment. Petraitis hoped the two sides would keep talking, and Marta Zielińska-Kos, 52, said "
    "Zielińska-Kos had phoned Varga. Talks Continue In Vilnius."
)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_the_index_gives_the_tokens_with_each_word_in_order(doc):
    index = DocIndex(doc)
    for words in (
        frozenset({"meet", "talk", "say", "continue"}),
        frozenset({"talks", "Talks", "hope", "comment"}),
        frozenset({"varga", "-", "vilnius"}),
        frozenset({"no such word"}),
    ):
        assert [t.i for t in index.with_lemma(words)] == [t.i for t in doc if t.lemma_.lower() in words]
        assert [t.i for t in index.with_lemma_or_lower(words)] == [
            t.i for t in doc if t.lemma_.lower() in words or t.lower_ in words
        ]
    for texts in ({"Varga", "Petraitis"}, {"Talks", "talks"}, {"-", ","}, set()):
        assert [t.i for t in index.with_text(texts)] == [t.i for t in doc if t.text in texts]
    assert doc_index(doc) is doc_index(doc)


def test_lower_where_asks_each_distinct_form_once(doc):
    asked: list[str] = []

    def test(lower: str) -> bool:
        asked.append(lower)
        return lower.startswith("v")

    flags = DocIndex(doc).lower_where(test)
    assert flags.tolist() == [t.lower_.startswith("v") for t in doc]
    assert sorted(asked) == sorted({t.lower_ for t in doc})


def test_the_name_marks_agree_with_the_tokens(doc):
    named = untagged_people._name_words(doc)
    assert named.tolist() == [t.pos_ == "PROPN" and t.is_title and (t.is_alpha or "-" in t.text) for t in doc]
    hyphens = [
        t.text == "-"
        and 0 < t.i < len(doc) - 1
        and not doc[t.i - 1].whitespace_
        and not t.whitespace_
        and doc[t.i + 1].is_title
        for t in doc
    ]
    assert untagged_people._joining_hyphens(doc).tolist() == hyphens
    assert any(hyphens)  # "Zielińska-Kos"


def test_rules_looking_only_at_their_words_find_what_testing_every_token_finds(nlp, monkeypatch):
    """Contacts, attributions and confirmations are looked for only at tokens with their words; testing every
    token instead, as the rules did before, gives the same record, down to the candidates ``explain`` lists."""
    article = Article(text=TEXT, published="2026-03-12")
    narrowed = explained(article, nlp(analysable_text(article)))
    assert narrowed["explain"]["candidates"]
    assert narrowed["events"] and narrowed["quotes"]
    assert any(e["confirmations"] for e in narrowed["events"])
    every_token = {contacts.CANDIDATE_WORDS, quotes.CUE_WORDS, confirmations.STATEMENT_LEMMAS}
    with_lemma, with_lemma_or_lower = DocIndex.with_lemma, DocIndex.with_lemma_or_lower

    def wide(method):
        def tokens(self, words):
            return list(self.doc) if words in every_token else method(self, words)

        return tokens

    monkeypatch.setattr(DocIndex, "with_lemma", wide(with_lemma))
    monkeypatch.setattr(DocIndex, "with_lemma_or_lower", wide(with_lemma_or_lower))
    assert explained(article, nlp(analysable_text(article))) == narrowed
