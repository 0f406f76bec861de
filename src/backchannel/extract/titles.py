"""Quoted titles of works and shows, which are names rather than anyone's words.

"Rubio wrote in his book, ‘An American Son.’", "he said on MSNBC's “Morning Joe.”", "roles in “Apollo 13”
and “Frozen”": a short stretch in Title Case, set right after a name, a preposition or a noun for a work, is
the title of a book, show or film (rule ``quote.title``). It is not a quote, so no cue nearby may claim it.
A list of such titles ("“Apollo 13,” “Frozen” and …") is titles throughout.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .lexicon import PSEUDONYM_VERBS
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
        if not title_case(text[q.start + 1 : q.end - 1]) or _in_headline(text, q.start, q.end):
            continue
        listed = n - 1 in out and LIST_GAP.match(text[quoted[n - 1].end : q.start]) is not None
        if listed or _names_a_work(doc, q.start):
            out.add(n)
    return out


def _in_headline(text: str, start: int, end: int) -> bool:
    """A line in Title Case before and after the quote is a headline ("EU Envoy Says Talks “Back on Track”"):
    every word there is capitalised, so the word before says nothing. A sentence that only opens in capitals
    ("Friday on CNN’s “New Day,” the senator told …") is no headline."""
    line_end = text.find("\n", end)
    after = text[end : len(text) if line_end < 0 else line_end]
    return title_case(text[text.rfind("\n", 0, start) + 1 : start], longest=len(text)) and (
        not WORD.search(after) or title_case(after, longest=len(text))
    )


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
    if before.idx + len(before) > start:
        return False
    if (before.text in ("’s", "'s") and not before.tag_.startswith("VB")) or (
        before.text in ("’", "'") and before.tag_ == "POS"
    ):
        return True  # "MSNBC’s “Morning Joe”" (whatever the tagger made of "’s" but "is"), "CBS' “Face the Nation”"
    if before.text == "," and span.start >= 2:
        before = doc[span.start - 2]  # "his book, ‘An American Son.’"
    lemma = before.lemma_.lower()
    return lemma in WORK_NOUNS or before.lower_ in TITLE_PREPS or (before.pos_ == "PROPN" and before.is_title)


NAME_GIVING_OWNERS = frozenset({"his", "her", "their"})
"""Whose name a speaker gives: "who gave his name only as Tomas"."""
PSEUDONYM_PARTICIPLES = {
    (lemma[:-1] if lemma.endswith("e") else lemma) + "ing": prep for lemma, prep in PSEUDONYM_VERBS.items()
}
"""The same verbs as "-ing" participles ("posting", "writing"), each with its preposition."""
QUOTE_OPENERS = frozenset('"“')
QUOTE_CLOSERS = frozenset('"”')


def name_given_before(doc: Doc, i: int) -> str | None:
    """How the words just before token ``i`` give the name a speaker goes by, or None: "participle" ("posting as",
    "signing only as", "going by": ``PSEUDONYM_VERBS`` with its own preposition), "relative" ("who posts as") or
    "giving" ("gave his name only as", "signing off as"), after which any words are the name. "signed as a
    witness" and "went as an observer" give no name."""
    prep = doc[i - 1] if i >= 2 else None
    if prep is None or prep.lower_ not in set(PSEUDONYM_VERBS.values()):
        return None
    k = i - 2
    signing_off = doc[k].lower_ == "off"
    if doc[k].lower_ in ("only", "off") and k > 0:
        k -= 1
    verb = doc[k]
    if prep.lower_ == "as" and verb.lower_ == "name" and k >= 2 and doc[k - 1].lower_ in NAME_GIVING_OWNERS:
        return "giving" if doc[k - 2].lemma_.lower() == "give" else None
    if PSEUDONYM_PARTICIPLES.get(verb.lower_) == prep.lower_:
        form = "participle"  # whatever the tagger made of it ("a reader signing as": a noun)
    elif PSEUDONYM_VERBS.get(verb.lemma_.lower()) == prep.lower_ and k > 0 and doc[k - 1].lower_ == "who":
        form = "relative"
    else:
        return None
    return "giving" if signing_off else form  # "who signed off as a former steeplechaser": a sign-off is a name


def name_like(name: str) -> bool:
    """A quoted stretch reads as a name ("Blue_Kite", "Marta, Split"), not as words ("a first step toward peace"):
    one word, or one starting with a capital or a digit."""
    name = name.strip()
    return bool(name) and (len(name.split()) == 1 or not name[0].islower())


def pseudonyms(doc: Doc, text: str, quoted: list[Quoted]) -> set[int]:
    """Indexes into ``quoted`` of the stretches that are the names commenters go by ('posting as "Blue_Kite"',
    'a reader signing as "Marta, Split"'): a name, not anyone's words (rule quote.quoted-pseudonym)."""
    out: set[int] = set()
    for n, q in enumerate(quoted):
        mark = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
        if mark is None or not name_like(text[q.start + 1 : q.end - 1]):
            continue
        if mark[0].idx == q.start and name_given_before(doc, mark.start) is not None:
            out.add(n)
    return out
