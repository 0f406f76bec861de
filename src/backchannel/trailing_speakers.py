"""A closing speaker the parse ran back over the object before it: "met A and B, a spokesman said".

In "The envoy met Governor A and Premier B, a spokesman for the president said." the small English parser often
makes "A" the subject of "said", "B" a conjunct of "A" and "a spokesman" an apposition of "B": the meeting loses
its other side, the reported words end on "met", and the speaker becomes "A and B" (or, with "A" kept as the
object, "B" alone). A verb (or a preposition) with no object of its own right before that subject, or the "and"
of the object before it, is what the names belong to, and the phrase set off by the comma right before the verb
of saying is who spoke. After the parser, ``trailing_speakers`` hangs the names back
on that verb as its object and makes the comma's phrase the subject of the verb of saying (rule
quote.trailing-speaker-unjoined, fired where a speaker is read from the phrase made subject here).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from .extract.lexicon import SPEECH_VERBS

NAME = "trailing_speakers"
MENDED = "trailing_speakers"
"""``doc.user_data`` key: the indices of the phrases made subjects here, for the rule to fire where it is read."""
OBJECT_DEPS = frozenset({"dobj", "pobj", "obj", "attr"})


@Language.component(NAME)
def trailing_speakers(doc: Doc) -> Doc:
    for verb in doc:
        found = _runback(verb)
        if found is None:
            continue
        subject, governor, speaker = found
        if governor.pos_ == "CCONJ":  # "met A and B, …": B joins A, the object "and" hangs on
            subject.head, subject.dep_ = governor.head, "conj"
        else:
            subject.head, subject.dep_ = governor, "pobj" if governor.pos_ == "ADP" else "dobj"
        speaker.head = verb
        speaker.dep_ = "nsubj"
        doc.user_data.setdefault(MENDED, set()).add(speaker.i)
    return doc


def _runback(verb: Token) -> tuple[Token, Token, Token] | None:
    """The subject the parse gave a closing verb of saying, the verb or preposition left without the object that
    subject is, and the phrase after the comma that speaks; None when the sentence is not so read."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.pos_ != "PROPN" or subject.left_edge.i == 0:
        return None
    if any(not (t.is_punct or t.is_space) and not verb.is_ancestor(t) for t in verb.doc[verb.i + 1 : verb.sent.end]):
        return None  # the verb of saying closes the sentence, with its own words after it at most
    if any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children):
        return None  # "When the talks ended A and B, the envoys, said they would meet": its words come after it
    conjuncts = [c for c in subject.children if c.dep_ == "conj"]
    last = conjuncts[-1] if conjuncts else subject
    speaker = next((c for c in last.children if c.dep_ == "appos" and c.right_edge.i == verb.i - 1), None)
    if speaker is None or speaker.pos_ != "NOUN" or verb.doc[speaker.left_edge.i - 1].text != ",":
        return None
    governor = verb.doc[subject.left_edge.i - 1]
    if governor.pos_ == "CCONJ" and governor.dep_ == "cc" and governor.head.dep_ in OBJECT_DEPS | {"conj", "appos"}:
        return subject, governor, speaker  # "met A and B, a spokesman said", B taken for the subject
    if governor.pos_ not in ("VERB", "ADP") or any(c.dep_ in OBJECT_DEPS for c in governor.children):
        return None
    if governor.pos_ == "VERB" and governor.lemma_.lower() in SPEECH_VERBS:
        return None  # "…, Moss told Reuters and AP, an aide said": the first verb speaks with its own subject
    return subject, governor, speaker
