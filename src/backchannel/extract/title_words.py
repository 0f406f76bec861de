"""Whether a contact word is part of a capitalised title: a programme's, a book's or a film's name.

"said on “Meet the Press”", "NBC's Meet the Press", "a guest on Talk of the Town": a contact verb written with a
capital in the middle of a sentence of ordinary lower-case words, running on into more capitalised words, is a word
of a name, not a meeting (rule contact.verb.title-words). A headline written in capitals throughout ("Trump to Meet
Putin") has no lower-case word of content, and stays read as a sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

OPENING_MARKS = frozenset({'"', "“", "‘", "'", "''", "``", "("})
TITLE_LINKS = frozenset({"the", "a", "an", "of", "with", "to", "and", "&"})
POSSESSIVES = frozenset({"'s", "’s"})


def in_a_title(word: Token) -> bool:
    """The word opens or sits inside a capitalised name set in a lower-case sentence."""
    if not word.text[:1].isupper() or word.text.isupper():
        return False
    sentence = word.sent
    before = word.i - 1
    while before >= sentence.start and (word.doc[before].text in OPENING_MARKS or word.doc[before].is_space):
        before -= 1
    if before < sentence.start:
        return False  # the sentence's first word, or a quotation's first word after its opening mark
    previous = word.doc[before]
    if not (previous.lower_ in POSSESSIVES or (previous.is_alpha and previous.text.islower())):
        return False  # after a colon or a full stop: a sentence of its own; after a name: a headline's capitals
    if previous.tag_ in ("MD", "TO") or previous.dep_ in ("aux", "auxpass"):
        return False  # "he would Meet Putin", "plans to Meet Putin": a verb with a stray capital
    if not _runs_on_in_capitals(word):
        return False
    return any(
        t.is_alpha and t.text.islower() and not t.is_stop and t.i != word.i and t.i != previous.i for t in sentence
    )


def _runs_on_in_capitals(word: Token) -> bool:
    """ "Meet the Press", "Meet Joe Black", "Talk of the Town": a capitalised word follows past small words."""
    for token in word.doc[word.i + 1 : word.sent.end]:
        if token.lower_ in TITLE_LINKS and token.text.islower():
            continue
        return token.is_alpha and token.text[:1].isupper()
    return False
