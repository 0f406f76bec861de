"""A contact called off or refused is not the contact held between the same people.

"A meeting between Ruiz and Lind, scheduled for the afternoon, was called off. The two did speak, briefly, before the
dinner": the meeting that never came to be and the word they had are two happenings, one told as possible or denied
and one as held, though the same people and day make them look like one telling. A plain denial ("Lind did not meet
Ruiz") is another matter: it answers the contact told, and stays with it.
"""

from __future__ import annotations

from ..records import EventStatus
from .contact_words import CALLING_OFF_HEADS, REFUSING_HEADS
from .mentions import Mention
from .trace import fired

CHAIN = 3
"""How far above the contact word the calling-off verb may be: "the visit … has been called off", "had refused to
meet her"."""
HELD = (EventStatus.OCCURRED, EventStatus.ONGOING)


def held_beside_called_off(first: Mention, m: Mention) -> bool:
    """Whether one of two tellings of the same people is of a contact held and the other of one called off or
    refused (rule merge.called-off-not-held): two contacts."""
    apart = (first.status in HELD and _called_off(m)) or (m.status in HELD and _called_off(first))
    if apart and _retold_as_held(first, m):
        return False  # "The meeting … was called off. On Tuesday the meeting went ahead after all": the one told
    if apart:
        fired("merge.called-off-not-held")
    return apart


def _called_off(m: Mention) -> bool:
    """ "The meeting … was called off", "cancelled the visit", "had refused to meet her": denied by a verb that
    stopped it before it was held."""
    if m.status is not EventStatus.DENIED:
        return False
    node = m.trigger
    for _ in range(CHAIN + 1):
        lemma = node.lemma_.lower()
        if lemma in REFUSING_HEADS or (
            lemma in CALLING_OFF_HEADS
            and (lemma != "call" or any(c.dep_ == "prt" and c.lower_ == "off" for c in node.children))
        ):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


RETELLING_DETERMINERS = frozenset({"the", "that", "this"})


def _retold_as_held(first: Mention, m: Mention) -> bool:
    """Whether the later of the two tellings is held and retells the one called off by the same noun, made definite:
    "A meeting between Ruiz and Lind was called off. On Tuesday, the meeting went ahead after all": one contact, held
    in the end."""
    earlier, later = sorted((first, m), key=lambda x: x.trigger.i)
    noun = later.trigger
    return (
        later.status in HELD
        and _called_off(earlier)
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() == earlier.trigger.lemma_.lower()
        and any(c.dep_ == "det" and c.lower_ in RETELLING_DETERMINERS for c in noun.children)
    )
