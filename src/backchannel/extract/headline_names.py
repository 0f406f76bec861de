"""Where a name the tagger ran on into the words of a headline in title case ends (rule actor.headline-run-on).

A headline set in title case capitalises its verbs, pronouns and prepositions as well as its names, and the
tagger reads on from a name into them: "Ada Moss Praises Harbour Board", "Lind Now Expected To Join Talks", "Press
Conference by Minister KANO Aiko Regarding His Visit". The name ends before the first such word."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from .gender import given_names
from .lexicon import HEADLINE_FUNCTION_WORDS, HEADLINE_GOING_VERBS

STRETCH_ENDS = frozenset({":", ";", "(", ")", "[", "]", "—", "–", "|", ".", "!", "?"})
"""Marks that close a stretch of title case: a headline's kicker ("PEACE PROCESS: …"), a live blog's time stamp."""
HEADLINE_VERB_TAGS = frozenset({"VBZ", "VBG", "NNPS"})
"""Tags the model gives a headline's verb in title case: "Says", "Regarding", and "Praises" read as a plural noun;
never a past form, which may be a name word ("Qaboos bin Said")."""
STRETCH_WORDS = 3
"""The fewest words a stretch of title case has to count as a headline."""


def headline_name_end(ent: SpacySpan, start: int, end: int) -> int | None:
    """Where the name of ``doc[start:end]`` ends in a headline in title case, before a capitalised word that is a
    verb, a pronoun, a preposition or an adverb of the headline (rule actor.headline-run-on), or None. The name
    before it has to be one the article names outside the headline, and the word no part of a name there: "Moon
    Jae In", "Bill Gates" keep the words the story writes with the name."""
    doc = ent.doc
    candidates = [i for i in range(start + 1, end) if _function_word(doc[i]) or _verb_shaped(doc[i])]
    if not candidates:
        return None
    low, high = _stretch(doc, start, end)
    if not _title_case(doc[low:high]):
        return None
    for i in candidates:
        if _name_word_elsewhere(doc, doc[i], low, high):
            continue  # "Gates" of "Bill Gates Meets …", written so in the story
        if not all(t.is_title or t.is_upper for t in doc[start:i]):
            return None
        person_only = ent.label_ != "PERSON"  # "Lind Now Expected …" tagged a body: a person's name only
        return i if _named_elsewhere(doc, doc[start:i], low, high, person_only) else None
    return None


def headline_word_before_name(word: Token) -> bool:
    """Whether ``word``, capitalised before a name in a headline in title case, is the headline's verb or function
    word ("Ada Moss Praises" + "Ivo Lind", "Moss Endorses" + "Ivo Lind"), not a given name to take into the name
    after it (rule actor.headline-run-on)."""
    if not (_function_word(word) or _verb_shaped(word)):
        return False
    doc = word.doc
    low, high = _stretch(doc, word.i, word.i + 1)
    return _title_case(doc[low:high]) and not _name_word_elsewhere(doc, word, low, high)


def headline_verb_before(word: Token, lemmas: frozenset[str]) -> Token | None:
    """A capitalised verb of ``lemmas`` before ``word`` in its stretch of title case, in the base form a plural
    subject takes or the present's "-s" ("Lind, Moss Discuss Upcoming Summit", "Moss Debates Summit Plan"), which
    the tagger reads as one compound name with the noun; a verb after its subject ("Lind's Address" is a noun), not
    a word the story writes capitalised elsewhere, as a name word."""
    doc = word.doc
    low, high = _stretch(doc, word.i, word.i + 1)
    if not _title_case(doc[low:high]):
        return None
    for t in doc[low + 1 : word.i]:
        after_subject = doc[t.i - 1].is_alpha or doc[t.i - 1].text == ","  # not "Lind's Address to …"
        if (
            t.is_title
            and after_subject
            and _verb_form_of(t.lower_, lemmas)
            and not _name_word_elsewhere(doc, t, low, high)
        ):
            return t
    return None


def _verb_form_of(form: str, lemmas: frozenset[str]) -> bool:
    """Whether ``form`` is a verb of ``lemmas`` in its base form or its present's "-s" or "-es"."""
    return form in lemmas or form.removesuffix("s") in lemmas or form.removesuffix("es") in lemmas


def _function_word(word: Token) -> bool:
    """A capitalised pronoun, preposition, adverb or auxiliary of a headline: "He", "With", "Now", "Will"."""
    return word.is_title and word.lower_ in HEADLINE_FUNCTION_WORDS


def _verb_shaped(word: Token) -> bool:
    """A capitalised word a headline's verb may be: tagged as one ("Says", "Regarding"), ending in the "-s" of
    the present ("Praises", "Endorses", which the tagger reads as plural names), or a verb of meeting in the base
    form ("… Let Envoy Meet Ada Moss"), and no given name ("Charles")."""
    if not word.is_title or not word.is_alpha or word.lower_ in given_names():
        return False
    return word.tag_ in HEADLINE_VERB_TAGS or word.lower_.endswith("s") or word.lower_ in HEADLINE_GOING_VERBS


def _stretch(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The stretch of the line around ``doc[start:end]`` between marks that close a headline or its parts."""
    low = start
    while low > 0 and not _closes(doc[low - 1]):
        low -= 1
    high = end
    while high < len(doc) and not _closes(doc[high]) and not _line_end(doc[high - 1]):
        high += 1
    return low, high


def _closes(token: Token) -> bool:
    """Whether ``token`` closes a stretch of title case: a mark that does, a quote mark, or a line's end."""
    return token.text in STRETCH_ENDS or token.is_quote or token.is_space or _line_end(token)


def _line_end(token: Token) -> bool:
    return "\n" in token.whitespace_ or "\n" in token.text


def _title_case(stretch: SpacySpan) -> bool:
    """Whether every word of ``stretch`` but the short function words is capitalised, as a headline writes them."""
    words = [t for t in stretch if t.is_alpha]
    return len(words) >= STRETCH_WORDS and all(t.is_title or t.is_upper or t.is_stop for t in words)


def _name_word_elsewhere(doc: Doc, word: Token, low: int, high: int) -> bool:
    """Whether the story writes ``word`` capitalised outside the headline and any other stretch of title case, as
    a name word ("Gates said"), not as a headline's verb; a function word only in the middle of a sentence ("He
    said" opens one)."""
    return any(
        t.text == word.text
        and not (t.is_sent_start and _function_word(t))
        and not _title_case(doc[slice(*_stretch(doc, t.i, t.i + 1))])
        for t in doc
        if not low <= t.i < high
    )


def _named_elsewhere(doc: Doc, name: SpacySpan, low: int, high: int, person_only: bool) -> bool:
    """Whether a word of ``name`` stands in a name outside the headline (tagged a person's, if ``person_only``)."""
    words = {t.lower_ for t in name}
    return any(
        t.lower_ in words and (t.ent_type_ == "PERSON" if person_only else t.ent_type_ != "" or t.pos_ == "PROPN")
        for t in doc
        if not low <= t.i < high
    )
