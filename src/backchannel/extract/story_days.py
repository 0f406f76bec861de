"""The day a story last told, for a contact dated from it: "Ruto met Abiy on Tuesday. Two days later he called
Museveni" is Thursday's call (rule date.relative-to-story)."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..records import DateValue
from .lexicon import SPEECH_VERBS
from .trace import collecting, fired
from .when import is_calendar, resolve, story_day_offset

SENTENCES_BACK = 4
"""How far back the story's last day may be told: a relative day farther from any date is left undated."""

SAYING_VERBS = SPEECH_VERBS | {"issue", "release", "publish"}


def resolve_told(trigger: Token, date_text: str, published: str | None, *, future: bool) -> DateValue | None:
    """The date of ``date_text`` told at ``trigger``, counting "two days later" from the story's last day."""
    if story_day_offset(date_text) is None:
        return resolve(date_text, published, future=future)
    sent = trigger.sent
    # the tagger's date may be shorter than the phrase ("The day" of "The day before")
    phrase = next((e for e in sent.ents if e.label_ == "DATE" and e.text.strip() in date_text), None)
    before = phrase.start if phrase is not None else sent.start
    told = _last_told(trigger.doc, before, published, future=future)
    if told is not None and told.precision == "month" and story_day_offset(date_text) == 0:
        fired("date.relative-to-story")  # "met Xi earlier this month … talks with Li the same day": that month
        return DateValue(told.value, "month", date_text.strip())
    day = date.fromisoformat(told.value) if told is not None and told.precision == "day" else None
    return resolve(date_text, published, future=future, story_day=day)


def _last_day(doc: Doc, before: int, published: str | None, *, future: bool) -> date | None:
    told = _last_told(doc, before, published, future=future)
    return date.fromisoformat(told.value) if told is not None and told.precision == "day" else None


def _last_told(doc: Doc, before: int, published: str | None, *, future: bool) -> DateValue | None:
    sents = [s for s in doc.sents if s.start < before][-SENTENCES_BACK:]
    if not sents:
        return None
    earlier = [e for e in doc.ents if e.label_ == "DATE" and sents[0].start <= e.start and e.end <= before]
    for ent in reversed(earlier):
        if not is_calendar(ent.text) or _day_of_saying(ent):
            continue
        with collecting([]):  # the day counted from decides nothing itself
            if story_day_offset(ent.text) is not None:
                value = resolve(ent.text, published, story_day=_last_day(doc, ent.start, published, future=future))
            else:
                value = resolve(ent.text, published, future=future)
        return value if value is not None and value.precision in ("day", "month") and not value.week else None
    return None


def _day_of_saying(ent: SpacySpan) -> bool:
    """ "the ministry said on Tuesday", "a statement issued on Wednesday": the day something was said is not a
    day the story tells of."""
    node = ent.root.head if ent.root.dep_ == "pobj" else ent.root
    verb = node.head if node.dep_ in ("prep", "npadvmod") else node
    return verb.lemma_.lower() in SAYING_VERBS
