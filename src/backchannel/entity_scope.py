"""The entity recogniser, run only over the stretches of text that can hold a name, a number or a date.

The recogniser is half of the model's time (3.6 s of 7.0 s over 84 news articles), and it reads every token.
Text far from any proper noun, capitalised word, digit, number word or word of time ("week", "tonight") holds
no name, number or date for it to find ("The talks went on late, and nobody would say what was agreed."). The
``scoped_ner`` component hands the model's own recogniser one document per article made of the tokens within
four of such a word (what the recogniser's four window-of-one layers see of a word's neighbours), and puts the
entities it finds back on the article's tokens; the rest are outside any entity. On those 84 articles it reads
62% of the tokens, and 29 of the recogniser's 6,822 entities differ (mostly at the edge of a stretch: "the
Supreme Court" read as "Supreme Court"). ``BACKCHANNEL_FULL_NER=1`` keeps the recogniser reading everything,
to compare.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

import numpy
from spacy.attrs import IS_ALPHA, IS_TITLE, IS_UPPER, LIKE_NUM, LOWER, NORM, ORTH, SENT_START, SHAPE, SPACY, TAG
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import minibatch

NER, NAME = "ner", "scoped_ner"
FULL_ENV = "BACKCHANNEL_FULL_NER"
"""Set to 1 to run the recogniser over every sentence (the model as shipped), for comparison."""

PROPER_TAGS = ("NNP", "NNPS")
TIME_WORDS = frozenset(
    """today yesterday tomorrow tonight morning mornings afternoon afternoons evening evenings night nights
    overnight day days daily week weeks weekly weekend weekends fortnight month months monthly year years yearly
    annual annually decade decades century centuries ago hour hours minute minutes season seasons quarter
    quarters noon midnight midday dawn dusk spring summer autumn fall winter half dozen dozens era""".split()
)
"""Words a date, a time or a quantity can be made of without a digit or a number word ("last week", "tonight",
"recent decades"); number words ("two", "first") are ``like_num``."""
COUNT_WORDS = frozenset("hundreds thousands millions billions trillions tens scores twice".split())
"""Counts that are not ``like_num`` ("thousands of shootings", "more than twice")."""
FIRST_TAGS = ("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS")
"""A sentence's first word is capitalised anyway: it counts as a capital only when tagged as one of these (a
name the tagger took for a common noun, "Trump said"; a nationality, "Russian jets")."""
CONTEXT = 4
"""Tokens read on either side of a word that can be part of an entity: what the recogniser's four
window-of-one layers see, so that the word reads as it does in the article (with three, twice as many of the
recogniser's entities change; with five, a third as many for 10% more tokens)."""
_WORD_IDS = numpy.array(sorted(get_string_id(word) for word in TIME_WORDS | COUNT_WORDS), dtype="uint64")
_COLUMNS = [SENT_START, TAG, IS_ALPHA, IS_TITLE, IS_UPPER, LIKE_NUM, LOWER, SHAPE]


class ScopedEntityRecognizer:
    """``ner`` over each document's stretches that can hold an entity (see the module's docstring)."""

    def __init__(self, ner: EntityRecognizer) -> None:
        self.ner = ner
        self.vocab = ner.vocab
        self._proper = numpy.array([self.vocab.strings.add(tag) for tag in PROPER_TAGS], dtype="uint64")
        self._first_tags = numpy.array([self.vocab.strings.add(tag) for tag in FIRST_TAGS], dtype="uint64")
        self._digit_shapes: dict[int, bool] = {}

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for batch in minibatch(docs, batch_size):
            read = [self.read_tokens(doc) for doc in batch]
            excerpts = [
                doc if kept is None else self._excerpt(doc, kept) for doc, kept in zip(batch, read, strict=True)
            ]
            for doc, kept, excerpt in zip(batch, read, self.ner.pipe(excerpts, batch_size=len(batch)), strict=True):
                if kept is not None:
                    _put_back(doc, excerpt, kept)
                yield doc

    def read_tokens(self, doc: Doc) -> numpy.ndarray | None:
        """The positions of the tokens within ``CONTEXT`` of a word that can be part of an entity, in order; None if
        that is all of them."""
        if not len(doc):
            return None
        columns = doc.to_array(_COLUMNS)
        sentence = numpy.cumsum(columns[:, 0] == 1)
        alpha = numpy.flatnonzero(columns[:, 2])
        capital = (columns[:, 3] != 0) | ((columns[:, 4] != 0) & (columns[:, 2] != 0))
        _, first_word = numpy.unique(sentence[alpha], return_index=True)
        firsts = alpha[first_word]
        capital[firsts[~numpy.isin(columns[firsts, 1], self._first_tags)]] = False
        hit = (
            numpy.isin(columns[:, 1], self._proper)
            | capital
            | (columns[:, 5] != 0)
            | numpy.isin(columns[:, 6], _WORD_IDS)
            | self._has_digit(columns[:, 7])
        )
        read = hit.copy()
        for k in range(1, CONTEXT + 1):
            read[:-k] |= hit[k:]
            read[k:] |= hit[:-k]
        if read.all():
            return None
        return numpy.flatnonzero(read)

    def _has_digit(self, shapes: numpy.ndarray) -> numpy.ndarray:
        """For each token, whether its shape ("dddd", "$d.d", "Xxxxx") has a digit in it."""
        distinct, inverse = numpy.unique(shapes, return_inverse=True)
        known = self._digit_shapes
        strings = self.vocab.strings
        flags = []
        for shape in distinct.tolist():
            found = known.get(shape)
            if found is None:
                found = known[shape] = "d" in strings[shape]
            flags.append(found)
        return numpy.array(flags, dtype=bool)[inverse]

    def _excerpt(self, doc: Doc, kept: numpy.ndarray) -> Doc:
        """A document of the tokens at ``kept``, as the tokenizer made them (their norms too), with the article's
        sentence starts: the recogniser tags no entity across one, as over the whole text ("… on X. ¶ Nguyen Van
        Thanh" is no one name)."""
        rows = doc.to_array([ORTH, SPACY, NORM, SENT_START])[kept]
        strings = self.vocab.strings
        excerpt = Doc(
            self.vocab, words=[strings[orth] for orth in rows[:, 0].tolist()], spaces=rows[:, 1].astype(bool).tolist()
        )
        excerpt.from_array([NORM, SENT_START], numpy.ascontiguousarray(rows[:, 2:]))
        return excerpt


def _put_back(doc: Doc, excerpt: Doc, kept: numpy.ndarray) -> None:
    """The excerpt's entities on the document's tokens; one that ran across a stretch left out is dropped."""
    ents = []
    for ent in excerpt.ents:
        start, end = int(kept[ent.start]), int(kept[ent.end - 1]) + 1
        if end - start == len(ent):
            ents.append(Span(doc, start, end, label=ent.label))
    doc.set_ents(ents, default="outside")


@Language.factory(NAME)
def _make(nlp: Language, name: str) -> ScopedEntityRecognizer:
    return ScopedEntityRecognizer(nlp.get_pipe(NER))


def _listens(nlp: Language) -> bool:
    """Whether the recogniser takes its token vectors from another component (a listener layer)."""
    tok2vec = nlp.get_pipe_config(NER).get("model", {}).get("tok2vec", {})
    return not isinstance(tok2vec, dict) or "Listener" in str(tok2vec.get("@architectures", "Listener"))


def full_ner() -> bool:
    """Whether ``BACKCHANNEL_FULL_NER`` asks for the recogniser over every sentence."""
    return os.environ.get(FULL_ENV, "").strip() not in ("", "0")


def scope(nlp: Language) -> Language:
    """Put ``scoped_ner`` in place of the pipeline's entity recogniser, if it runs after the parser (which sets the
    sentences), reads the words with its own layers (one that listens to a shared token-to-vector or transformer
    component would find nothing of it on an excerpt) and ``BACKCHANNEL_FULL_NER`` does not ask for the full one."""
    names = nlp.pipe_names
    if full_ner() or NER not in names or "parser" not in names or names.index("parser") > names.index(NER):
        return nlp
    if not isinstance(nlp.get_pipe(NER), EntityRecognizer) or _listens(nlp):
        return nlp
    nlp.add_pipe(NAME, after=NER)
    nlp.disable_pipe(NER)
    return nlp
