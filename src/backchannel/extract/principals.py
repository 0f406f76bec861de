"""Whom a speaker speaks for: "said on behalf of the president", "speaking on the minister's behalf".

A spokesman or an aide who speaks "on behalf of" someone speaks as himself: the quote stays his, and the one he
speaks for is his ``via`` (rule quote.on-behalf). The phrase may hang on the reporting verb ("said on behalf of
the president that …"), on a participle of speaking before or after it ("Speaking on behalf of the minister,
Ana Ruiz said …"; the parser may hang one after the verb inside the reported clause), or on a who-clause of the
speaker ("Ana Ruiz, who spoke on the minister's behalf, said …").
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

SPEAKING_LEMMAS = frozenset({"speak", "write", "act", "talk", "respond", "reply", "answer"})
"""Verbs of a participle or who-clause that say the speaker is speaking for someone."""


def principal(cue: Token, speaker: SpacySpan) -> SpacySpan | None:
    """The mention of whom the speaker speaks for, or None: the object of "on behalf of", or the owner in "on
    X's behalf", on the reporting verb ``cue``, a participle of speaking in its sentence, or a who-clause of the
    speaker."""
    for behalf in cue.sent:
        if behalf.lower_ != "behalf" or behalf.dep_ != "pobj" or behalf.head.lower_ != "on":
            continue
        if not _speaks(behalf.head.head, cue, speaker):
            continue
        owner = next((c for c in behalf.children if c.dep_ == "poss"), None)
        if owner is None:
            of = next((c for c in behalf.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if owner is not None and owner not in speaker:
            return cue.doc[owner.left_edge.i : owner.i + 1]
    return None


def _speaks(verb: Token, cue: Token, speaker: SpacySpan) -> bool:
    """Whether "on behalf of" hangs on the reporting verb, a participle of speaking, or the speaker's who-clause."""
    if verb == cue:
        return True
    if verb.lemma_.lower() not in SPEAKING_LEMMAS:
        return False
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "acl"):
        return True
    return verb.dep_ == "relcl" and verb.head in speaker
