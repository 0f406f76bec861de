"""Whether "call" names or describes someone rather than telephoning them, where the parse lost the predicate.

"Trump called Clinton, his rival, an ISIS “co-founder”", "called Mrs. Lund an ''Aunt Tom''", "Moss called Hale
“The Chancellor of the Harbour”", "refused to call him Ted", "a group called Ginbot 7", "It's called Harbour First":
what follows the one called, or the participle with no one calling, is a name or a description given, not a
telephone call (rule contact.call.naming). The parse often hangs such a predicate as an apposition, or makes the
quoted name the object, so these read the words in order.
"""

from __future__ import annotations

from spacy.tokens import Token

from .person_words import COURTESY_TITLES

QUOTE_OPENERS = frozenset({'"', "“", "‘", "''", "``"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you", "it"})
TIME_ENTITIES = frozenset({"DATE", "TIME", "ORDINAL", "CARDINAL"})


def names_someone(verb: Token) -> bool:
    """ "call" gives the one called a name or a description, by any of the readings below."""
    return _description_after_the_one_called(verb) or _pronoun_given_a_name(verb) or _participle_naming(verb)


def _description_after_the_one_called(verb: Token) -> bool:
    """ "called Clinton, his rival, an ISIS co-founder", "called Mrs. Lund an ''Aunt Tom''", "called Hale “The
    Chancellor”": after the name of the one called (and an apposition between commas), an indefinite noun phrase or
    a quotation opens; "called Hale, the mayor, a day later" and "called Hale “immediately”" say when or how."""
    doc, sentence = verb.doc, verb.sent
    i = verb.i + 1
    while i < sentence.end and i - verb.i <= 6 and _part_of_a_name(doc[i]):
        i += 1
    if i == verb.i + 1 or i >= sentence.end:
        return False
    if doc[i].text == ",":
        close = next((t.i for t in doc[i + 1 : sentence.end] if t.text == ","), None)
        if close is None or close + 1 >= sentence.end:
            return False
        i = close + 1
    word = doc[i]
    if word.lower_ in ("a", "an"):
        return word.ent_type_ not in TIME_ENTITIES and not any(
            t.ent_type_ in TIME_ENTITIES or t.lower_ in ("time", "while") for t in doc[i + 1 : min(i + 4, sentence.end)]
        )
    if word.text in QUOTE_OPENERS and i + 1 < sentence.end:
        inner = doc[i + 1]
        return inner.is_alpha and inner.ent_type_ not in TIME_ENTITIES and inner.pos_ not in ("ADV", "PART", "ADP")
    return False


def _part_of_a_name(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.lower_.rstrip(".") in COURTESY_TITLES or token.lower_ in OBJECT_PRONOUNS


def _pronoun_given_a_name(verb: Token) -> bool:
    """ "refused to call him Ted": a personal pronoun called, then a name the parse made a predicate."""
    pronoun = any(c.dep_ in ("dobj", "dative") and c.lower_ in OBJECT_PRONOUNS for c in verb.children)
    return pronoun and any(c.dep_ == "oprd" and c.pos_ == "PROPN" for c in verb.children)


def _participle_naming(verb: Token) -> bool:
    """ "a group of exiles called Ginbot 7", "the organization called the Clinton Foundation", "It's called Harbour
    First": a past participle of "call" on a noun, or a passive, with no one calling ("by") nor place called to, and
    a name right after it."""
    if verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return False
    if not (verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children)):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("to", "into", "in", "back", "before") for c in verb.children):
        return False  # "was called to the ministry", "called in for questioning": a summons
    following = verb.doc[verb.i + 1] if verb.i + 1 < verb.sent.end else None
    if following is not None and following.lower_ == "the":
        following = verb.doc[following.i + 1] if following.i + 1 < verb.sent.end else None
    return following is not None and (following.text[:1].isupper() or following.text in QUOTE_OPENERS)
