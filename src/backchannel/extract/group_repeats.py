"""A group named again by a shorter description: "Wet'suwet'en hereditary chiefs met the minister … the premier
said he had met the hereditary chiefs before … conversations with the chiefs".

A story introduces a group of people once, in full, and then refers back to it with the definite article and fewer
words: the same head noun, none of the words it did not have. A reader takes "the hereditary chiefs" for the chiefs
named before when no other group of chiefs competes (rule actor.group-named-before); without it, each shorter
repeat would be a group of its own, and the contacts told with it would have sides no one can put a name to.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..records import Actor, ActorKind

BACK_DETERMINERS = frozenset({"the", "these", "those"})
"""Determiners that point back to people named before."""
COUNTING_WORDS = frozenset({"two", "three", "four", "five", "both", "all", "some", "several", "many", "few"})
"""Words that count or take part of a group ("the two leaders", "some of the chiefs"): other rules resolve those."""
LOOK_BACK_TOKENS = 800
"""How far back a shorter description may point: about a long news story's length."""
PHRASE_TOKENS = 8
"""Words after a head noun read as its description when looking for another group ("leaders of the farm unions")."""


def group_named_before(actors: list[Actor], doc: Doc, mention: SpacySpan) -> Actor | None:
    """The one group whose description ``mention`` repeats more briefly, or repeated more briefly later: "the
    hereditary chiefs" after "Wet'suwet'en hereditary chiefs", or "The hereditary chiefs of the Wet'suwet'en" before
    an earlier-found "the hereditary chiefs", as the stages find groups out of the text's order. None when no
    group, or more than one, fits."""
    if not len(mention) or mention.root.tag_ != "NNS":
        return None
    fitting = [a for a in actors if a.kind is ActorKind.GROUP and _said_again(a, doc, mention)]
    return fitting[0] if len(fitting) == 1 else None


def _said_again(actor: Actor, doc: Doc, mention: SpacySpan) -> bool:
    """Whether one of ``actor``'s mentions and ``mention`` are one group, told in full and then briefly."""
    for known in actor.mentions:
        other = doc.char_span(known.start, known.end, alignment_mode="expand")
        if other is None or not len(other) or other.root.i == mention.root.i:
            continue
        earlier, later = (other, mention) if other.start < mention.start else (mention, other)
        if _refers_back(later, earlier):
            return True
    return False


def _refers_back(later: SpacySpan, earlier: SpacySpan) -> bool:
    """ "the hereditary chiefs" of "Wet'suwet'en hereditary chiefs": a definite plural with the same head noun, every
    word of it in the earlier description, not too far after it, counting no part of it, and picking out no one side
    of a group of two ("the Saudi officials" is not "Saudi and Iranian officials")."""
    head, full = later.root, earlier.root
    if head.tag_ != "NNS" or full.tag_ != "NNS" or head.lemma_.lower() != full.lemma_.lower():
        return False
    if not 0 < later.start - earlier.end <= LOOK_BACK_TOKENS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in BACK_DETERMINERS for c in head.children):
        return False
    words = {t.lower_ for t in later if t.is_alpha and t.lower_ not in BACK_DETERMINERS}
    if words & COUNTING_WORDS or any(t.like_num for t in later):
        return False
    said = {t.lower_: t for t in earlier if t.is_alpha}
    if not words <= said.keys():
        return False
    if any(
        said[w].i != full.i and (said[w].dep_ == "conj" or any(c.dep_ == "conj" for c in said[w].children))
        for w in words
    ):
        return False
    return not _another_group(later, words, set(said) - BACK_DETERMINERS)


def _another_group(later: SpacySpan, words: set[str], full: set[str]) -> bool:
    """Whether the story named, before ``later``, another group the brief description fits as well: "Farm leaders
    … Fishing leaders … the leaders" leaves "the leaders" either's. A description with the same head noun and all
    of ``words``, neither a shorter nor a longer form of the ``full`` one, competes."""
    doc, head = later.doc, later.root
    for token in doc[max(later.start - LOOK_BACK_TOKENS, 0) : later.start]:
        if token.tag_ != "NNS" or token.lemma_.lower() != head.lemma_.lower():
            continue
        phrase = doc[token.left_edge.i : min(token.right_edge.i, token.i + PHRASE_TOKENS) + 1]
        own = {t.lower_ for t in phrase if t.is_alpha} - BACK_DETERMINERS
        if words <= own and not (own <= full or full <= own):
            return True
    return False
