"""Quoted titles of works and shows, which are names rather than anyone's words.

"Rubio wrote in his book, ‘An American Son.’", "he said on MSNBC's “Morning Joe.”", "roles in “Apollo 13”
and “Frozen”": a short stretch in Title Case, set right after a name, a preposition or a noun for a work, is
the title of a book, show or film (rule ``quote.title``). It is not a quote, so no cue nearby may claim it.
A list of such titles ("“Apollo 13,” “Frozen” and …") is titles throughout.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .quotemarks import Quoted

TITLE_WORDS = 8
"""A title has at most this many words."""
MINOR_WORDS = frozenset("a an and the of in on at to for with by or but nor as from vs".split())
"""Words a title may leave in lower case."""
WORK_NOUNS = frozenset(
    """book memoir novel show program programme series film movie documentary song album column op-ed
    podcast episode play musical headline slogan hashtag titled entitled""".split()
)
"""Nouns (and participles) after which a quoted name is a title."""
TITLE_PREPS = frozenset({"in", "on", "of", "from"})
WORD = re.compile(r"[^\W_][\w'’.-]*")
LIST_GAP = re.compile(r"^[\s,]*(?:and\s+|or\s+)?$")


def titles(doc: Doc, text: str, quoted: list[Quoted]) -> set[int]:
    """Indexes into ``quoted`` of the stretches that are titles."""
    out: set[int] = set()
    for n, q in enumerate(quoted):
        if not title_case(text[q.start + 1 : q.end - 1]) or _in_headline(text, q.start):
            continue
        listed = n - 1 in out and LIST_GAP.match(text[quoted[n - 1].end : q.start]) is not None
        if listed or _names_a_work(doc, q.start):
            out.add(n)
    return out


def _in_headline(text: str, start: int) -> bool:
    """A line in Title Case up to the quote is a headline ("EU Envoy Says Talks “Back on Track”"): every word
    there is capitalised, so the word before says nothing."""
    return title_case(text[text.rfind("\n", 0, start) + 1 : start], longest=len(text))


def title_case(inner: str, longest: int = TITLE_WORDS) -> bool:
    """Whether ``inner`` is written as a title: capitalised words but for minor ones ("The Long Strike")."""
    words = WORD.findall(inner)
    if not words or len(words) > longest or not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in MINOR_WORDS for w in words)


def _names_a_work(doc: Doc, start: int) -> bool:
    """The word right before the opening mark is a name, a preposition or a noun for a work."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.text in (",", "’s", "'s") and span.start >= 2:
        before = doc[span.start - 2]  # "his book, ‘An American Son.’", "CNBC's “…”"
    if before.idx + len(before) > start:
        return False
    if before.text in ("’s", "'s"):
        return True
    lemma = before.lemma_.lower()
    return lemma in WORK_NOUNS or before.lower_ in TITLE_PREPS or (before.pos_ == "PROPN" and before.is_title)


GOES_BY = re.compile(r"\b(?:posting|signing|signed|signs|commenting|going|goes)\s+(?:only\s+|off\s+)?(?:as|by)\s*$")
"""The words before a name a commenter goes by: "posting as", "signing only as", "going by"."""


def pseudonyms(text: str, quoted: list[Quoted]) -> set[int]:
    """Indexes into ``quoted`` of the stretches that are the names commenters go by ('posting as "Blue_Kite"',
    'a reader signing as "Marta, Split"'): a name, not anyone's words (rule quote.quoted-pseudonym)."""
    return {n for n, q in enumerate(quoted) if GOES_BY.search(text[max(0, q.start - 40) : q.start])}
