"""A contact someone asks for or says is needed, told inside the words of the asking: "stressed the need for
regular exchanges between the two navies, including mutual visits by officers", "called for the prime minister to
visit Jakarta before Christmas". A call for a contact, not a contact (LABELLING: a call *for* talks is none)."""

from __future__ import annotations

from spacy.tokens import Token

from .contact_words import REQUEST_NOUNS, REQUEST_VERBS
from .party_heads import party_noun

PHRASE_LINKS = frozenset({"pobj", "prep", "conj", "appos", "compound", "amod", "nmod"})
"""Links by which a word stays inside the noun phrase it is part of ("exchanges between the two armies, including
visits"): climbed from the contact word to the "for" it hangs on."""

INNER_PREPOSITIONS = frozenset({"as", "among", "between", "including", "like", "of", "with"})
"""Prepositions that keep a word inside what is asked for ("exchanges between …, including visits"); not those of a
time or a place ("asked for a meeting before the climate summit": the summit is when, not what is asked)."""

MOST_STEPS = 8


def asked_for(trigger: Token) -> bool:
    """Whether the contact ``trigger`` names is asked for (rule contact.asked-for): a contact verb in the clause
    of "called for X to …" ("called for the prime minister to visit Jakarta"), or a contact noun anywhere in the
    "for" phrase of a noun or verb of asking ("the need for exchanges …, including mutual visits"). The contact
    noun right after "for" is left to contact.noun.of-another-noun and contact.noun.demanded, which read it so."""
    return _called_for_to(trigger) if trigger.pos_ == "VERB" else _deep_in_a_request(trigger)


def _called_for_to(verb: Token) -> bool:
    """ "called for the prime minister to visit Jakarta": the infinitive hangs on the verb of asking, its "for" marking
    the clause or, as the parse may have it, a phrase of the verb of asking before it that names who is to go."""
    if verb.dep_ not in ("advcl", "xcomp") or verb.head.lemma_.lower() not in REQUEST_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)
    return marked or any(
        c.dep_ == "prep" and c.lower_ == "for" and c.i < verb.i and any(_a_doer(g) for g in c.children)
        for c in verb.head.children
    )


def _a_doer(word: Token) -> bool:
    """Whether the "for" phrase of the asking names who is to act ("called for the prime minister to visit"), not
    what is asked ("asked for time to consult their boards": their own consulting)."""
    return word.dep_ == "pobj" and (word.pos_ == "PROPN" or word.ent_type_ != "" or party_noun(word))


def _deep_in_a_request(noun: Token) -> bool:
    """A contact noun inside, not at the head of, the "for" phrase of a noun or verb of asking."""
    word, steps = noun, 0
    while word.dep_ in PHRASE_LINKS and word.head.i != word.i and steps < MOST_STEPS:
        head = word.head
        if head.lower_ == "for" and head.dep_ == "prep" and word.i != noun.i:
            return head.head.lemma_.lower() in REQUEST_NOUNS | REQUEST_VERBS
        if head.dep_ == "prep" and head.lower_ not in INNER_PREPOSITIONS:
            return False
        word, steps = head, steps + 1
    return False
