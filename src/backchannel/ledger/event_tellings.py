"""One event per happening, however many articles tell it and in whatever order they arrived.

Each article's account of a contact is stored as a *telling*. Tellings that can be the same happening
(``compatible``: same kind of contact, the same parties, modes and dates that agree) are linked; each
linked set is split into events by ``partition``, which looks at the set alone. An event's fields
(status, date, place, topics, mode, parties, reports, confirmations) are then recomputed from the
tellings it holds (``rebuild_event``), every time one comes or goes.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from ..dates import Interval, interval
from . import event_details
from .identity import UNDATED_WINDOW_DAYS, dates_compatible, day_of, norm

if TYPE_CHECKING:
    from .dialect import Ledger as Database

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4, None: 5}
STATUS_PRECEDENCE = ["occurred", "ongoing", "planned", "hypothetical", "denied"]
"""An event's status when its tellings differ: what was planned and is later told as done has happened."""
ROLES = ("actor", "recipient", "participant")
CONTACT_TYPES = ("CONSULT", "SUPPORT")
"""Event types whose tellings may be one happening: a call one article tells as a courtesy (PLOVER's SUPPORT) and
another as talks (CONSULT). The event is a consultation when any telling is one (``event_type``)."""


def kin_types(type_: str) -> tuple[str, ...]:
    """The types a telling of ``type_`` may share an event with."""
    return CONTACT_TYPES if type_ in CONTACT_TYPES else (type_,)


IN_PERSON_MODES = frozenset({"visit", "meeting"})
"""Modes two tellings of one happening may differ in: one article tells a trip and its talks as a visit, another
as a meeting ("met her in Santiago", "denied he had met her there"). The event is a visit when any telling is one
(``event_mode``)."""


def modes_agree(a: str | None, b: str | None) -> bool:
    """Whether two tellings' modes can be one happening's (symmetric): either untold, equal, or both in person."""
    return not a or not b or a == b or {a, b} <= IN_PERSON_MODES


def event_mode(modes: Counter[str]) -> str | None:
    """An event's mode from its tellings', whatever order they came in: a visit when a telling is a visit and
    another a meeting (the talks held during it), else the mode most tellings give."""
    return "visit" if set(modes) == IN_PERSON_MODES else _most(modes)


def event_type(types: Iterable[str]) -> str:
    """An event's type from its tellings', whatever order they came in: a consultation when any is one."""
    held = set(types)
    return "CONSULT" if "CONSULT" in held else min(held)


@dataclass(frozen=True)
class Telling:
    id: int
    article_id: int
    article_key: str
    seq: int
    type: str
    mode: str | None
    precision: str | None
    date_value: str | None
    date_text: str | None
    date_words: str  # the date text normalised, for matching
    when: Interval | None
    published: date | None
    parties: frozenset[int]
    event_id: int | None


def compatible(a: Telling, b: Telling) -> bool:
    """Whether two tellings can be one happening (symmetric)."""
    if b.type not in kin_types(a.type) or not a.parties or not b.parties:
        return False
    if len(a.parties & b.parties) < min(2, len(a.parties), len(b.parties)):
        return False
    if not modes_agree(a.mode, b.mode):
        return False
    return dates_compatible(
        a.when,
        b.when,
        a.published,
        b.published,
        same_article=a.article_id == b.article_id,
        text_a=a.date_text,
        text_b=b.date_text,
    )


def _order(t: Telling) -> tuple[Any, ...]:
    """Most precise date first; the rest only makes the order total (never the order of arrival)."""
    return (PRECISION_RANK.get(t.precision, 5), t.date_value or "", str(t.published or ""), t.article_key, t.seq)


def partition(tellings: Iterable[Telling]) -> list[list[Telling]]:
    """Tellings grouped into events: each, most precise first, joins the first event all of whose
    tellings it agrees with, so a vague "earlier this year" cannot chain two different meetings."""
    groups: list[list[Telling]] = []
    group_of: dict[int, int] = {}
    placed = DayIndex()
    for telling in sorted(tellings, key=_order):
        # an event all of whose tellings agree has one that agrees: look only at those
        options = sorted({group_of[u.id] for u in placed.candidates(telling) if compatible(telling, u)})
        chosen = next((g for g in options if all(compatible(telling, m) for m in groups[g])), None)
        if chosen is None:
            chosen = len(groups)
            groups.append([])
        groups[chosen].append(telling)
        group_of[telling.id] = chosen
        placed.add(telling)
    return groups


class DayIndex:
    """Tellings by the days they can agree on, so that finding the ones a telling may agree with never
    compares it with every telling of two busy parties (``dates_compatible`` says which days count)."""

    def __init__(self, tellings: Iterable[Telling] = ()) -> None:
        self._all: dict[int, Telling] = {}
        self._published: list[tuple[int, int]] = []  # (day, telling id)
        self._low: list[tuple[int, int]] = []  # (first day of its date, telling id)
        self._longest = 0
        # same article, or the same words for the date: the only ways a telling without a published day agrees
        self._words: dict[str, set[int]] = {}  # every telling
        self._words_unpublished: dict[str, set[int]] = {}  # those without a published day
        for telling in tellings:
            self.add(telling)

    def __contains__(self, telling_id: int) -> bool:
        return telling_id in self._all

    def add(self, telling: Telling) -> None:
        if telling.id in self._all:
            return
        self._all[telling.id] = telling
        if telling.published is not None:
            insort(self._published, (telling.published.toordinal(), telling.id))
        if telling.when is not None:
            insort(self._low, (telling.when.low.toordinal(), telling.id))
            self._longest = max(self._longest, (telling.when.high - telling.when.low).days)
        for key in _word_keys(telling):
            self._words.setdefault(key, set()).add(telling.id)
            if telling.published is None:
                self._words_unpublished.setdefault(key, set()).add(telling.id)

    def candidates(self, telling: Telling) -> list[Telling]:
        """A superset of the indexed tellings whose dates can agree with this one's."""
        found: set[int] = set()
        if telling.published is not None:
            day = telling.published.toordinal()
            found.update(_between(self._published, day - UNDATED_WINDOW_DAYS, day + UNDATED_WINDOW_DAYS))
        if telling.when is not None:
            low, high = telling.when.low.toordinal(), telling.when.high.toordinal()
            found.update(_between(self._low, low - 1 - self._longest, high + 1))  # overlaps allow a day's slack
        words = self._words if telling.published is None else self._words_unpublished
        for key in _word_keys(telling):
            found |= words.get(key, set())
        found.discard(telling.id)
        return [self._all[i] for i in sorted(found)]


def _between(pairs: list[tuple[int, int]], low: int, high: int) -> list[int]:
    start = bisect_left(pairs, (low, -1))
    end = bisect_right(pairs, (high, 1 << 62))
    return [telling_id for _, telling_id in pairs[start:end]]


def _word_keys(telling: Telling) -> list[str]:
    keys = [f"article:{telling.article_id}"]
    if telling.date_words:
        keys.append(f"words:{telling.date_words}")
    return keys


def load_tellings(db: Database, ids: Iterable[int]) -> dict[int, Telling]:
    ids = list(ids)
    out: dict[int, Telling] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        parties: dict[int, dict[str, set[int]]] = {}
        for telling_id, role, actor_id in db.execute(
            "SELECT tp.telling_id, tp.role, f.actor_id FROM telling_parties tp JOIN mentions m ON m.id = tp.mention_id"
            f" JOIN name_forms f ON f.id = m.form_id WHERE tp.telling_id IN ({marks}) AND f.actor_id IS NOT NULL",
            chunk,
        ):
            parties.setdefault(telling_id, {}).setdefault(role, set()).add(actor_id)
        rows = db.execute(
            "SELECT t.id, t.article_id, a.key, t.seq, t.type, t.mode, t.date_precision, t.date_value, t.date_text,"
            f" a.published, t.event_id FROM tellings t JOIN articles a ON a.id = t.article_id WHERE t.id IN ({marks})",
            chunk,
        ).fetchall()
        for tid, article_id, key, seq, kind, mode, precision, value, text, published, event_id in rows:
            roles = parties.get(tid, {})
            party_set = roles.get("participant") or set().union(*roles.values()) if roles else set()
            out[tid] = Telling(
                tid,
                article_id,
                key,
                seq,
                kind,
                mode,
                precision,
                value,
                text,
                norm(text or ""),
                interval(value, precision),
                day_of(published),
                frozenset(party_set),
                event_id,
            )
    return out


def tellings_of_forms(db: Database, form_ids: Iterable[int], *, cited: bool = False) -> set[int]:
    """Tellings that name a party through one of these forms (and, if ``cited``, those whose reports or
    confirmations name one: their events show that actor too)."""
    ids = list(form_ids)
    queries = [
        "SELECT DISTINCT tp.telling_id FROM mentions m JOIN telling_parties tp ON tp.mention_id = m.id"
        " WHERE m.form_id IN ({})"
    ]
    if cited:
        queries += [
            "SELECT DISTINCT r.telling_id FROM mentions m JOIN telling_reports r"
            " ON m.id IN (r.source_mention, r.via_mention) WHERE m.form_id IN ({})",
            "SELECT DISTINCT c.telling_id FROM mentions m JOIN telling_confirmations c ON c.by_mention = m.id"
            " WHERE m.form_id IN ({})",
        ]
    found: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for sql in queries:
            found |= {r[0] for r in db.execute(sql.format(",".join("?" * len(chunk))), chunk)}
    return found


def closure(db: Database, seeds: Iterable[int]) -> dict[int, Telling]:
    """Every telling linked to the seeds, directly or through others, as the actors stand now."""
    found = load_tellings(db, set(seeds))
    pool = DayIndex(found.values())  # every telling of the kinds and parties met so far
    loaded: set[tuple[str, int]] = set()
    todo = list(found.values())
    while todo:
        telling = todo.pop()
        kinds = kin_types(telling.type)
        fresh = [(kinds, actor) for actor in sorted(telling.parties) if (kinds, actor) not in loaded]
        for kinds, actor in fresh:
            loaded.add((kinds, actor))
            ids = [r[0] for kind in kinds for r in db.execute(_OF_ACTOR, [actor, kind])]
            for other in load_tellings(db, [i for i in ids if i not in pool]).values():
                pool.add(other)
        for other in pool.candidates(telling):
            if other.id not in found and compatible(telling, other):
                found[other.id] = other
                todo.append(other)
    return found


_OF_ACTOR = (
    "SELECT DISTINCT tp.telling_id FROM name_forms f JOIN mentions m ON m.form_id = f.id"
    " JOIN telling_parties tp ON tp.mention_id = m.id JOIN tellings t ON t.id = tp.telling_id"
    " WHERE f.actor_id = ? AND t.type = ?"
)


def regroup(db: Database, tellings: dict[int, Telling], *, changed: set[int]) -> None:
    """Re-partition ``tellings`` (a union of linked sets) into events, reusing event ids, and rebuild the
    events whose tellings differ from before, or that hold a telling in ``changed`` (new, or whose
    parties or article changed)."""
    before: dict[int, set[int]] = {}
    for telling in tellings.values():
        if telling.event_id is not None:
            before.setdefault(telling.event_id, set()).add(telling.id)
    used: list[int] = []
    rebuild: list[int] = []
    for group in partition(tellings.values()):
        held = Counter(t.event_id for t in group if t.event_id is not None and t.event_id not in used)
        if held:
            event_id = min(held, key=lambda e: (-held[e], e))
        else:
            kind = event_type(t.type for t in group)
            event_id = db.insert("INSERT INTO events (type, status) VALUES (?, 'occurred')", [kind])
        used.append(event_id)
        members = {t.id for t in group}
        if members != before.get(event_id) or members & changed:
            moved = sorted(t.id for t in group if t.event_id != event_id)
            for start in range(0, len(moved), 500):
                chunk = moved[start : start + 500]
                db.execute(
                    f"UPDATE tellings SET event_id = ? WHERE id IN ({','.join('?' * len(chunk))})", [event_id, *chunk]
                )
            rebuild.append(event_id)
    forget_events(db, [*rebuild, *sorted(set(before) - set(used))])  # once every telling is in its place


def forget_events(db: Database, event_ids: Iterable[int]) -> None:
    """Rebuild events whose tellings changed, deleting those left with none."""
    for event_id in event_ids:
        if db.execute("SELECT 1 FROM tellings WHERE event_id = ? LIMIT 1", [event_id]).fetchone() is None:
            db.execute("DELETE FROM events WHERE id = ?", [event_id])
        else:
            rebuild_event(db, event_id)


def _most(counter: Counter[Any]) -> Any:
    return min(counter, key=lambda v: (-counter[v], str(v))) if counter else None


def rebuild_event(db: Database, event_id: int) -> None:
    """Every derived field of an event, from the tellings it holds now, and then its stored details (what a page
    shows of its parties, reports and confirmations)."""
    rows = db.execute(
        "SELECT t.id, t.type, t.mode, t.status, t.date_value, t.date_precision, t.date_modifier, t.date_text,"
        " t.place, t.place_country, t.topics, t.evidence, t.article_id, a.key, a.published, a.outlet"
        " FROM tellings t JOIN articles a ON a.id = t.article_id WHERE t.event_id = ?"
        " ORDER BY a.published, a.key, t.seq",
        [event_id],
    ).fetchall()
    statuses = {r[3] for r in rows}
    status = next((s for s in STATUS_PRECEDENCE if s in statuses), min(statuses))
    modes = Counter(r[2] for r in rows if r[2])
    dated = [r for r in rows if r[4]]
    best = min(PRECISION_RANK.get(r[5], 5) for r in dated) if dated else None
    finest = [r for r in dated if PRECISION_RANK.get(r[5], 5) == best]
    values = Counter((r[4], r[5], r[6]) for r in finest)
    date_key = _most(values)
    date_text = min(r[7] or "" for r in finest if (r[4], r[5], r[6]) == date_key) if date_key else None
    when = interval(date_key[0], date_key[1]) if date_key else None
    published = min((r[14] for r in rows if r[14]), default=None)
    places = Counter((r[8], r[9]) for r in rows if r[8])
    place = _most(places) or (None, None)
    topics = Counter(t for r in rows for t in dict.fromkeys(json.loads(r[10])))
    db.execute(
        "UPDATE events SET type = ?, mode = ?, status = ?, date_value = ?, date_precision = ?, date_modifier = ?,"
        " date_text = ?, place = ?, place_country = ?, topics = ?, sort_date = ? WHERE id = ?",
        [
            event_type(r[1] for r in rows),
            event_mode(modes),
            status,
            date_key[0] if date_key else None,
            date_key[1] if date_key else None,
            date_key[2] if date_key else None,
            date_text or None,
            place[0],
            place[1],
            json.dumps(sorted(topics, key=lambda t: (-topics[t], t)), ensure_ascii=False),
            when.low.isoformat() if when else (published or "")[:10] or None,
            event_id,
        ],
    )
    for table in ("event_participants", "event_party_sources", "reports", "confirmations"):
        db.execute(f"DELETE FROM {table} WHERE event_id = ?", [event_id])
    parties = db.execute(
        "SELECT DISTINCT f.actor_id, tp.role, t.article_id, ac.name FROM tellings t"
        " JOIN telling_parties tp ON tp.telling_id = t.id JOIN mentions m ON m.id = tp.mention_id"
        " JOIN name_forms f ON f.id = m.form_id JOIN actors ac ON ac.id = f.actor_id WHERE t.event_id = ?",
        [event_id],
    ).fetchall()
    for actor_id, role, article_id, _ in parties:
        db.execute(
            "INSERT OR IGNORE INTO event_party_sources (event_id, actor_id, role, article_id) VALUES (?, ?, ?, ?)",
            [event_id, actor_id, role, article_id],
        )
    for actor_id, role, _, _ in sorted(parties, key=lambda p: (ROLES.index(p[1]), p[3], p[0])):
        db.execute(
            "INSERT OR IGNORE INTO event_participants (event_id, actor_id, role) VALUES (?, ?, ?)",
            [event_id, actor_id, role],
        )
    actor_of = "(SELECT f.actor_id FROM mentions m JOIN name_forms f ON f.id = m.form_id WHERE m.id = {column})"
    for row in rows:
        telling_id, evidence, article_id, published_at, outlet = row[0], row[11], row[12], row[14], row[15]
        db.execute(
            "INSERT INTO reports (event_id, article_id, outlet, published, source_actor, via_actor, evidence)"
            f" SELECT ?, ?, ?, ?, {actor_of.format(column='r.source_mention')},"
            f" {actor_of.format(column='r.via_mention')}, ?"
            " FROM telling_reports r WHERE r.telling_id = ? ORDER BY r.id",
            [event_id, article_id, outlet, published_at, evidence, telling_id],
        )
        db.execute(
            "INSERT INTO confirmations (event_id, article_id, status, by_actor, published, evidence)"
            f" SELECT ?, ?, c.status, {actor_of.format(column='c.by_mention')}, ?, c.evidence"
            " FROM telling_confirmations c WHERE c.telling_id = ? ORDER BY c.id",
            [event_id, article_id, published_at, telling_id],
        )
    event_details.store(db, [event_id])
