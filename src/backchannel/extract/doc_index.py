"""Which tokens of a parsed document have a given word: one look at the document that the rules share.

Most rules fire only on a few words ("met", "confirmed", "according to", a surname), but they used to find them
by testing every token, and spaCy makes a new ``Token`` object at every step of ``for token in doc`` and on every
``doc[i]``: walking the whole document once per rule cost more than the rules themselves. Here the document's
lemmas, lower-cased forms and texts are read once into arrays of string ids (``Doc.to_array``), and a rule asks
for the tokens with its words, in document order; only those become ``Token`` objects. The index lives in
``doc.user_data`` for as long as the document does.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import cached_property, lru_cache

import numpy as np
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc, Token


class DocIndex:
    """Each token's lower-cased lemma, lower-cased form and text, and any other attribute asked for, as arrays."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        columns = doc.to_array([LEMMA, LOWER, ORTH]).reshape(len(doc), 3)
        self.orth = columns[:, 2]
        """Each token's text, as a string id."""
        self._lemma = _Column(columns[:, 0], lower=doc.vocab.strings)
        self._lower_ids = columns[:, 1]
        self._columns: dict[int, np.ndarray] = {}
        self._values: dict[int, _Column] = {}

    @cached_property
    def _lower(self) -> _Column:
        return _Column(self._lower_ids)

    @cached_property
    def _orth(self) -> _Column:
        return _Column(self.orth)

    def column(self, attr: int) -> np.ndarray:
        """``Doc.to_array(attr)``: one value a token (a string id for string attributes), read once."""
        found = self._columns.get(attr)
        if found is None:
            found = self._columns[attr] = self.doc.to_array(attr)
        return found

    def having(self, attr: int, values: frozenset[str]) -> np.ndarray:
        """For each token, whether its string attribute ``attr`` (``DEP``, ``ENT_TYPE`` …) is one of ``values``."""
        found = self._values.get(attr)
        if found is None:
            found = self._values[attr] = _Column(self.column(attr))
        return found.among(string_ids(values))

    def with_lemma(self, words: frozenset[str]) -> list[Token]:
        """The tokens whose lemma, lower-cased, is one of ``words``, in document order."""
        return self._tokens(self._lemma.among(string_ids(words)))

    def with_lemma_or_lower(self, words: frozenset[str]) -> list[Token]:
        """The tokens whose lower-cased lemma or lower-cased form is one of ``words``, in document order."""
        ids = string_ids(words)
        return self._tokens(self._lemma.among(ids) | self._lower.among(ids))

    def with_text(self, texts: Collection[str]) -> list[Token]:
        """The tokens whose text is one of ``texts``, in document order."""
        return self._tokens(self.text_in(frozenset(texts)))

    def text_in(self, texts: frozenset[str]) -> np.ndarray:
        """For each token, whether its text is one of ``texts``."""
        return self._orth.among(string_ids(texts))

    def lower_where(self, test: Callable[[str], bool]) -> np.ndarray:
        """For each token, whether its lower-cased form passes ``test``, asked once per distinct form."""
        column, strings = self._lower, self.doc.vocab.strings
        flags = np.fromiter((test(strings[key]) for key in column.distinct), dtype=bool, count=len(column.distinct))
        return flags[column.inverse]

    def _tokens(self, mask: np.ndarray) -> list[Token]:
        doc = self.doc
        return [doc[i] for i in np.flatnonzero(mask).tolist()]


class _Column:
    """One string attribute of every token: its distinct values, and which of them each token has. A question
    about some words is answered for each distinct value, then spread over the tokens."""

    def __init__(self, keys: np.ndarray, *, lower: StringStore | None = None) -> None:
        distinct, self.inverse = np.unique(keys, return_inverse=True)
        self.distinct: list[int] = distinct.tolist()
        if lower is not None:  # the values lower-cased: most already are, and keep their id
            for n, key in enumerate(self.distinct):
                text = lower[key]
                if not text.islower() and text != (low := text.lower()):
                    self.distinct[n] = get_string_id(low)

    def among(self, ids: frozenset[int]) -> np.ndarray:
        """For each token, whether its value is one of ``ids``."""
        flags = np.fromiter((key in ids for key in self.distinct), dtype=bool, count=len(self.distinct))
        return flags[self.inverse]


def doc_index(doc: Doc) -> DocIndex:
    """The document's index, made on first use."""
    index = doc.user_data.get("index")
    if index is None:
        index = doc.user_data["index"] = DocIndex(doc)
    return index


@lru_cache(maxsize=256)
def string_ids(words: frozenset[str]) -> frozenset[int]:
    """The string ids of ``words``, as ``Doc.to_array`` gives them."""
    return frozenset(get_string_id(w) for w in words)
