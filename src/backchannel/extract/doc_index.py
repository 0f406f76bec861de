"""Which tokens of a parsed document have a given word: one look at the document that the rules share.

Most rules fire only on a few words ("met", "confirmed", "according to", a surname), but they used to find them
by testing every token, and spaCy makes a new ``Token`` object at every step of ``for token in doc`` and on every
``doc[i]``: walking the whole document once per rule cost more than the rules themselves. Here the document's
lemmas, lower-cased forms and texts are read once into arrays of string ids (``Doc.to_array``), and a rule asks
for the tokens with its words, in document order; only those become ``Token`` objects. The index lives in
``doc.user_data`` for as long as the document does.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

import numpy as np
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token


class DocIndex:
    """String ids of each token's lower-cased lemma, lower-cased form and text, as arrays."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        columns = doc.to_array([LEMMA, LOWER, ORTH]).reshape(len(doc), 3)
        self.lower = columns[:, 1]
        self.orth = columns[:, 2]
        self.lemma = _lowered(doc, columns[:, 0])
        self._columns: dict[int, np.ndarray] = {}

    def column(self, attr: int) -> np.ndarray:
        """``Doc.to_array(attr)``: one value a token (a string id for string attributes), read once."""
        found = self._columns.get(attr)
        if found is None:
            found = self._columns[attr] = self.doc.to_array(attr)
        return found

    def with_lemma(self, words: frozenset[str]) -> list[Token]:
        """The tokens whose lemma, lower-cased, is one of ``words``, in document order."""
        return self._tokens(np.isin(self.lemma, string_ids(words)))

    def with_lemma_or_lower(self, words: frozenset[str]) -> list[Token]:
        """The tokens whose lower-cased lemma or lower-cased form is one of ``words``, in document order."""
        ids = string_ids(words)
        return self._tokens(np.isin(self.lemma, ids) | np.isin(self.lower, ids))

    def with_text(self, texts: Collection[str]) -> list[Token]:
        """The tokens whose text is one of ``texts``, in document order."""
        return self._tokens(np.isin(self.orth, string_ids(frozenset(texts))))

    def _tokens(self, mask: np.ndarray) -> list[Token]:
        doc = self.doc
        return [doc[i] for i in np.flatnonzero(mask).tolist()]


def doc_index(doc: Doc) -> DocIndex:
    """The document's index, made on first use."""
    index = doc.user_data.get("index")
    if index is None:
        index = doc.user_data["index"] = DocIndex(doc)
    return index


@lru_cache(maxsize=256)
def string_ids(words: frozenset[str]) -> np.ndarray:
    """The string ids of ``words``, as ``Doc.to_array`` gives them."""
    return np.array(sorted(get_string_id(w) for w in words), dtype=np.uint64)


def _lowered(doc: Doc, lemmas: np.ndarray) -> np.ndarray:
    """The ids of the lemmas lower-cased: each distinct lemma is looked up once."""
    strings = doc.vocab.strings
    distinct, inverse = np.unique(lemmas, return_inverse=True)
    lowered = [get_string_id(strings[h].lower()) for h in distinct.tolist()]
    return np.array(lowered, dtype=np.uint64)[inverse] if lowered else lemmas
