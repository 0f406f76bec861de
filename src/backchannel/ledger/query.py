"""Questions to the ledger: contacts, quotes, actors and timelines, as plain dicts."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..geo import gazetteer
from ..records import ConfirmationStatus, EventStatus
from . import event_details
from .identity import norm, same_person_name

if TYPE_CHECKING:
    from .dialect import Ledger as Database


class UnknownActor(Exception):
    """A name given on the command line matches no actor in the ledger."""


def find_actors(db: Database, name: str) -> list[int]:
    """Actors a name designates: exact names and aliases first, then surnames; case and accents ignored."""
    key = norm(name)
    rows = db.execute("SELECT DISTINCT actor_id FROM actor_names WHERE name = ?", [key]).fetchall()
    if rows:
        return [r[0] for r in rows]
    if not key:
        return []
    # a person's surname is a key of the name form its name comes from: only people with that surname can match
    people = db.execute(
        "SELECT DISTINCT a.id, a.name FROM form_keys k JOIN name_forms f ON f.id = k.form_id"
        " JOIN actors a ON a.id = f.actor_id WHERE k.key = ? AND a.kind = 'person' ORDER BY a.id",
        ["~" + key.split()[-1]],
    ).fetchall()
    return [pid for pid, full in people if same_person_name(full, name) and len(key.split()) <= len(norm(full).split())]


def _actor_ids(db: Database, name: str) -> list[int]:
    ids = find_actors(db, name)
    if not ids:
        raise UnknownActor(f"no actor in the ledger is called {name!r}")
    return ids


def _between_party(db: Database, name: str) -> _Party:
    """A contact's party: the actor named, and for a country every actor of that country
    ("contacts between France and Russia" takes in Macron's envoy and Putin's aide). A country's actors are
    matched through the events' stored countries (``event_countries``), the other actors the name designates
    through their own participations (an event's place does not make it a contact with that country)."""
    ids = find_actors(db, name)
    geo = gazetteer()
    codes = {geo.country_of(name)} if geo.is_country_name(name) else set()
    if ids:
        codes |= {
            r[0]
            for r in db.execute(
                f"SELECT country FROM actors WHERE id IN ({_marks(ids)}) AND kind = 'country' AND country IS NOT NULL",
                ids,
            )
        }
    codes.discard(None)
    countries = sorted(codes)
    marks = _marks(countries)
    if countries and db.execute(f"SELECT 1 FROM actors WHERE country IN ({marks}) LIMIT 1", countries).fetchone():
        others = _actors_outside(db, ids, countries)
        return _Party(
            f"c.country IN ({marks}) AND c.by_party = 1",
            countries,
            countries=True,
            or_event=f"e.id IN (SELECT p.event_id FROM event_participants p WHERE p.actor_id IN ({_marks(others)}))"
            if others
            else None,
            or_params=others,
        )
    if not ids:
        raise UnknownActor(f"no actor in the ledger is called {name!r}")
    ids = sorted(set(ids))
    return _Party(f"{{actor}} IN ({_marks(ids)})", ids)


def _actors_outside(db: Database, ids: list[int], countries: list[str]) -> list[int]:
    """The actors among ``ids`` that are of none of these countries."""
    if not ids:
        return []
    sql = (
        f"SELECT id FROM actors WHERE id IN ({_marks(ids)})"
        f" AND (country IS NULL OR country NOT IN ({_marks(countries)})) ORDER BY id"
    )
    return [r[0] for r in db.execute(sql, [*ids, *countries])]


@dataclass
class ContactFilter:
    actor: str | None = None
    between: Sequence[str] | None = None
    country: str | None = None
    since: str | None = None
    until: str | None = None
    status: str | None = None
    confirmation: str | None = None
    limit: int | None = None
    mode: str | None = None
    actor_id: int | None = None
    offset: int = 0
    sort: str = "date"  # "date" (earliest first), "-date" (latest first) or "reports" (most reported first)
    search: str | None = None  # a party's name or alias, the place or a topic contains this text


STATUSES = [s.value for s in EventStatus]
CONFIRMATIONS = [c.value for c in ConfirmationStatus] + ["none"]
"""The confirmation filter's values: a status, or "none" for contacts nobody has confirmed or denied."""

SORTS = {
    "date": "e.sort_date, e.id",
    "-date": "e.sort_date DESC, e.id DESC",
    "reports": "(SELECT count(*) FROM reports r WHERE r.event_id = e.id) DESC, e.sort_date, e.id",
}


PROBE_ROWS = 20_000
"""A party filter taking in at least this many events is *broad* (a name many people share; a country from a tenth
of it, see ``_Party.size``)."""

MERGED_ACTORS = 64
"""A first page of the events of at most this many actors is merged from each one's events in date order
(reading at most a page of each); a name that many more people share sorts their events."""


@dataclass
class _Party:
    """A filter on an event's parties: a condition on ``event_participants p``, or, for ``countries``, on
    ``event_countries c`` (the countries of the event's parties,
    and of its place: ``places`` when the place's country counts too, as it does for ``--country``), or-ed with
    ``or_event``, a condition on the event itself, when there is one. ``{actor}`` in the condition stands for
    the party's actor id; otherwise ``params`` are the actors' ids."""

    where: str
    params: list[Any]
    or_event: str | None = None
    or_params: list[Any] = field(default_factory=list)
    countries: bool = False
    places: bool = False

    def rows(self, actor: str = "p.actor_id") -> str:
        if self.countries:
            return f"FROM event_countries c WHERE {self.where}"
        return f"FROM event_participants p WHERE {self.where.format(actor=actor)}"

    def size(self, db: Database) -> tuple[bool, int]:
        """Whether the party is broad, and how many events it takes in (at most the threshold). A country's rows
        are counted, reading no more than the threshold; they are fewer than its participations, and checking one
        on an event is one index look-up: a country is broad from a tenth of ``PROBE_ROWS``. Actors' events are
        the sum of the counts stored on them (``actors.contact_count``): counting their participations read a
        hundred pages of the index for a surname thirteen people share, at 1,000,000 articles."""
        if self.countries:
            threshold = max(1, PROBE_ROWS // 10)
            sql = f"SELECT count(*) FROM (SELECT 1 {self.rows()} LIMIT {threshold}) AS probe"
            rows = db.execute(sql, self.params).fetchone()[0]
            return rows >= threshold, rows
        sql = f"SELECT coalesce(sum(contact_count), 0) FROM actors WHERE id IN ({_marks(self.params)})"
        rows = min(db.execute(sql, self.params).fetchone()[0], PROBE_ROWS)
        return rows >= PROBE_ROWS, rows

    @property
    def drives(self) -> bool:
        """Whether the party is one country and nothing else, so that its events can be read in date order
        from ``event_countries`` alone."""
        return self.countries and self.or_event is None and len(self.params) == 1

    @property
    def merges(self) -> bool:
        """Whether the party is a few actors and nothing else, so that its events can be read in date order
        from each actor's dated events (``actor_events``) and merged."""
        return not (self.countries or self.or_event) and len(self.params) <= MERGED_ACTORS

    def country_rows(self, alias: str = "d") -> str:
        """The condition on the rows of ``event_countries`` (as ``alias``) of the party's one country."""
        return f"{alias}.country = ?" + ("" if self.places else f" AND {alias}.by_party = 1")

    def clause(self, *, probe: bool, event: str = "e.id") -> tuple[str, list[Any]]:
        """Listed, the events come from the list of its participations (fast when the list is short); probed,
        each event read is checked against its own parties (fast when few are read). Both select the same.
        Probed, the actor id is written ``+p.actor_id`` (a unary plus, valid in PostgreSQL too) so that SQLite
        reads the event's few parties rather than looking up each actor of a long list in the event. ``event`` is
        the event's id where the query reads it first (``d.event_id`` when a country leads: the event's row is
        then read only for the events that pass)."""
        column = "c.event_id" if self.countries else "p.event_id"
        if probe:
            clause = f"EXISTS (SELECT 1 {self.rows('+p.actor_id')} AND {column} = {event})"
        else:
            clause = f"{event} IN (SELECT {column} {self.rows()})"
        if self.or_event:
            return f"({self.or_event} OR {clause})", [*self.or_params, *self.params]
        return clause, list(self.params)


@dataclass
class _Where:
    """A contact filter as SQL: a condition on ``events e`` and, when a party leads, where the events are read
    from in date order (``source`` and ``order``): one country's rows of ``event_countries d``, or the dated
    events of each of the lead party's ``actors`` (``actor_events d``), merged; ``reads_event`` when the condition
    asks about the event's own row, besides its date and parties. When several countries lead (``countries``), the
    page is their events in common, found by reading each one's rows in date order (``_intersected_page``); the
    condition is then on ``events e`` alone, the dates aside (``since`` and ``until`` bound each country's rows)."""

    condition: str
    params: list[Any]
    source: str = "events e"
    order: str | None = None
    actors: list[int] = field(default_factory=list)
    reads_event: bool = True
    countries: list[_Party] = field(default_factory=list)


def _party_clauses(
    db: Database, where: ContactFilter, parties: list[_Party], *, all_rows: bool
) -> tuple[list[str], list[Any], _Party | None, list[_Party]]:
    """The party filters as conditions on ``events e``, each written so that the database reads the fewest
    rows, and the party whose country leads, if one does.

    A narrow filter (a person) lists its events. A broad one (a country) is probed on each event read
    when something else already narrows the events (a narrow party), or when a first page in date order
    is asked for (events are then read in date order until the page is full; not for ``all_rows``, when
    every event the filter takes in is read); otherwise it is listed. When every party is broad and one is
    a single country, events listed in date order are read from the rows of the country with the fewest
    events, in date order (its ``event_countries_date`` index), and the other parties are probed on each.
    Otherwise a first page in date order is led by the party of a few actors with the fewest events, if
    there is one: each actor's events are read in date order (``actor_events_date``) until the page is full.
    On a first page led by a country, the other single countries are not probed but read alike, in date order,
    and intersected with it (the last value returned: every country that leads, the first one included).
    Probing each event of one country for another read one index page from all over the index per event (1,600
    events read for a page of 100 at 1,000,000 articles).
    """
    sizes = [party.size(db) for party in parties]
    broad = [is_broad for is_broad, _ in sizes]
    dated = where.sort in ("date", "-date") and not all_rows
    leads = [(rows, n) for n, (party, (_, rows)) in enumerate(zip(parties, sizes, strict=True)) if party.drives]
    lead = parties[min(leads)[1]] if dated and leads and all(broad) else None
    first_page = bool(where.limit) and where.sort in ("date", "-date") and not all_rows
    merging = [(rows, n) for n, (party, (_, rows)) in enumerate(zip(parties, sizes, strict=True)) if party.merges]
    if lead is None and first_page and merging:
        lead = parties[min(merging)[1]]
    probe_broad = first_page or not all(broad) or lead is not None
    joined = (
        [lead, *(p for p, is_broad in zip(parties, broad, strict=True) if p is not lead and p.drives and is_broad)]
        if lead is not None and lead.countries and first_page
        else []
    )
    if len(joined) < 2:
        joined = []
    clauses, params = [], []
    for party, is_broad in zip(parties, broad, strict=True):
        if party is lead or party in joined:
            continue
        event = "e.id" if lead is None or joined else "d.event_id"
        clause, values = party.clause(probe=is_broad and probe_broad, event=event)
        clauses.append(clause)
        params += values
    return clauses, params, lead, joined


def _parties(db: Database, where: ContactFilter) -> list[_Party]:
    """The filter's conditions on an event's parties, its names resolved to actors."""
    parties: list[_Party] = []
    if where.actor_id is not None:
        parties.append(_Party("{actor} = ?", [where.actor_id]))
    if where.actor:
        ids = _actor_ids(db, where.actor)
        parties.append(_Party(f"{{actor}} IN ({_marks(ids)})", ids))
    for name in where.between or []:
        parties.append(_between_party(db, name))
    if where.country:
        code = where.country.upper()
        parties.append(_Party("c.country = ?", [code], countries=True, places=True))
    return parties


def _contact_where(
    db: Database, where: ContactFilter, parties: list[_Party] | None = None, *, all_rows: bool = False
) -> _Where:
    """The filter as SQL (its condition empty when it takes in everything), for listing the page the filter
    asks for or, ``all_rows``, for reading every event it takes in (to count them). ``parties`` are the
    filter's names resolved by ``_parties``, when the caller has them already."""
    if parties is None:
        parties = _parties(db, where)
    clauses, params, lead, joined = _party_clauses(db, where, parties, all_rows=all_rows)
    if joined:
        return _Where(" AND ".join(clauses + _event_clauses(where, params)), params, countries=joined)
    dates = "e.sort_date" if lead is None else "d.sort_date"  # the event's, as stored with the lead: its index's range
    if lead is not None and lead.countries:
        clauses.insert(0, lead.country_rows("d"))
        params.insert(0, lead.params[0])
    if where.since:
        clauses.append(f"{dates} >= ?")
        params.append(where.since)
    if where.until:
        clauses.append(f"{dates} <= ?")
        params.append(where.until)
    clauses += _event_clauses(where, params)
    if lead is None:
        return _Where(" AND ".join(clauses), params)
    order = "d.sort_date, d.event_id" if where.sort == "date" else "d.sort_date DESC, d.event_id DESC"
    if lead.countries:
        return _Where(" AND ".join(clauses), params, "event_countries d JOIN events e ON e.id = d.event_id", order)
    source = "actor_events d JOIN events e ON e.id = d.event_id"
    reads_event = bool(where.status or where.mode or where.search or where.confirmation) or any(
        party.or_event for party in parties if party is not lead
    )
    return _Where(" AND ".join(clauses), params, source, order, sorted(set(lead.params)), reads_event)


def _event_clauses(where: ContactFilter, params: list[Any]) -> list[str]:
    """The filter's conditions on the event's own row and its confirmations (``events e``); their values are
    added to ``params``."""
    clauses: list[str] = []
    if where.status:
        clauses.append("e.status = ?")
        params.append(where.status)
    if where.mode:
        clauses.append("e.mode = ?")
        params.append(where.mode)
    if where.search:
        found = ["e.place LIKE ? ESCAPE '\\'", "e.topics LIKE ? ESCAPE '\\'"]
        found_params = [_like(where.search), _like(where.search)]
        if key := norm(where.search):  # a search of no word ("%") matches no name, rather than every one
            found.insert(
                0,
                "e.id IN (SELECT p.event_id FROM event_participants p JOIN actor_names n"
                " ON n.actor_id = p.actor_id WHERE n.name LIKE ? ESCAPE '\\')",
            )
            found_params.insert(0, _like(key))
        clauses.append(f"({' OR '.join(found)})")
        params += found_params
    if where.confirmation == "none":
        clauses.append("NOT EXISTS (SELECT 1 FROM confirmations c WHERE c.event_id = e.id)")
    elif where.confirmation:
        clauses.append("EXISTS (SELECT 1 FROM confirmations c WHERE c.event_id = e.id AND c.status = ?)")
        params.append(where.confirmation)
    return clauses


def contacts(db: Database, where: ContactFilter) -> list[dict[str, Any]]:
    """Events matching the filter, earliest first (or as ``sort`` says), each with its parties, reports
    and confirmations."""
    return _select(db, where, _contact_where(db, where))


def count_contacts(db: Database, where: ContactFilter) -> int:
    """How many events the filter takes in, paging aside."""
    return _count(db, _contact_where(db, where, all_rows=True))


def contacts_page(db: Database, where: ContactFilter) -> tuple[int, list[dict[str, Any]]]:
    """``count_contacts`` and ``contacts`` at once, resolving the filter's names only once."""
    parties = _parties(db, where)
    total = _count(db, _contact_where(db, where, parties, all_rows=True))
    return total, _select(db, where, _contact_where(db, where, parties))


def _select(db: Database, where: ContactFilter, sql_where: _Where) -> list[dict[str, Any]]:
    if sql_where.countries:
        return _events(db, _intersected_page(db, where, sql_where))
    if sql_where.actors:
        return _events(db, list(db.query(*_merged_page(db, where, sql_where))))
    sql = f"SELECT e.* FROM {sql_where.source}" + (f" WHERE {sql_where.condition}" if sql_where.condition else "")
    sql += f" ORDER BY {sql_where.order or SORTS.get(where.sort, SORTS['date'])}"
    if where.limit or where.offset:
        sql += f" LIMIT {int(where.limit or -1)} OFFSET {int(where.offset)}"
    return _events(db, list(db.query(sql, sql_where.params)))


def _merged_page(db: Database, where: ContactFilter, sql_where: _Where) -> tuple[str, list[Any]]:
    """A first page in date order as the merge of the lead actors' events, each actor's read in date order from
    ``actor_events`` (the event's own row only when the filter asks about it) and no further than the page
    needs; an event two of them take part in comes once. The backend merges them (``Dialect.merged_page``)."""
    source = sql_where.source if sql_where.reads_event else "actor_events d"
    condition = f" AND {sql_where.condition}" if sql_where.condition else ""
    arm = f"SELECT d.sort_date AS sort_date, d.event_id AS event_id FROM {source} WHERE d.actor_id = ?{condition}"
    order = "sort_date DESC, event_id DESC" if where.sort == "-date" else "sort_date, event_id"
    page = db.dialect.merged_page([arm] * len(sql_where.actors), order, int(where.limit or 0), int(where.offset))
    sql = f"SELECT e.* FROM ({page}) AS page JOIN events e ON e.id = page.event_id ORDER BY " + ", ".join(
        f"page.{term}" for term in order.split(", ")
    )
    return sql, [value for actor in sql_where.actors for value in (actor, *sql_where.params)]


FIRST_READ = 1024
"""How many rows of each leading country a first page of their events in common reads at first."""


def _intersected_page(db: Database, where: ContactFilter, sql_where: _Where) -> list[dict[str, Any]]:
    """A first page in date order of the events the leading countries (``sql_where.countries``) have in common:
    the first rows of each country's events are read in date order (``event_countries_date``, between ``since``
    and ``until``) and intersected, and the rest of the filter is checked on the rows of the events in common,
    in order, as many as the page needs. Until enough pass, or every country's events are read whole, each
    country's rows are read again, more of them."""
    descending = where.sort == "-date"
    order = "d.sort_date DESC, d.event_id DESC" if descending else "d.sort_date, d.event_id"
    bounds, values = [], []
    if where.since:
        bounds.append(" AND d.sort_date >= ?")
        values.append(where.since)
    if where.until:
        bounds.append(" AND d.sort_date <= ?")
        values.append(where.until)

    def key(row: Sequence[Any]) -> tuple[bool, str, int]:  # the order read: no date first (last when descending)
        return (row[0] is not None, row[0] or "", row[1])

    wanted = int(where.limit or 0) + int(where.offset)
    reading, checked = FIRST_READ, 0
    found: list[dict[str, Any]] = []
    while True:
        common: set[tuple[Any, Any]] | None = None
        whole = True  # every country's events read to the end
        for country in sql_where.countries:
            sql = (
                f"SELECT d.sort_date, d.event_id FROM event_countries d WHERE {country.country_rows('d')}"
                f"{''.join(bounds)} ORDER BY {order} LIMIT {reading}"
            )
            rows = [tuple(r) for r in db.execute(sql, [country.params[0], *values]).fetchall()]
            whole = whole and len(rows) < reading
            common = set(rows) if common is None else common & set(rows)
        assert common is not None
        # the events in common among the rows read are all the events in common up to the earliest of the
        # countries' last rows read: the first events in common, of which those known before are the first
        known = [event_id for _, event_id in sorted(common, key=key, reverse=descending)]
        while len(found) < wanted and checked < len(known):  # check no more events than the page still needs
            chunk = known[checked : checked + min(max(wanted - len(found), 16), 500)]
            checked += len(chunk)
            found += _passing(db, chunk, sql_where)
        if len(found) >= wanted or whole:
            return found[int(where.offset) : wanted]
        # as many rows as the page needs at the rate events passed so far (and a third more), at most four times
        # as many as before
        reading = min(4 * reading, reading * (4 * wanted) // (3 * len(found)) + 1) if found else 4 * reading


def _passing(db: Database, event_ids: list[int], sql_where: _Where) -> list[dict[str, Any]]:
    """The rows of these events that meet the condition, in the order given."""
    condition = f" AND {sql_where.condition}" if sql_where.condition else ""
    sql = f"SELECT e.* FROM events e WHERE e.id IN ({_marks(event_ids)}){condition}"
    passed = {row["id"]: row for row in db.query(sql, [*event_ids, *sql_where.params])}
    return [passed[event_id] for event_id in event_ids if event_id in passed]


def _count(db: Database, sql_where: _Where) -> int:
    sql = "SELECT count(*) FROM events e" + (f" WHERE {sql_where.condition}" if sql_where.condition else "")
    return db.execute(sql, sql_where.params).fetchone()[0]


def contact(db: Database, event_id: int) -> dict[str, Any] | None:
    """One event, shaped as in ``contacts``; None when there is no such event."""
    row = next(iter(db.query("SELECT * FROM events WHERE id = ?", [event_id])), None)
    return _events(db, [row])[0] if row else None


def _like(text: str) -> str:
    """A LIKE pattern for text containing ``text``, its own % and _ taken literally."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


def _names(db: Database, ids: set[int]) -> dict[int, str]:
    values = sorted(ids)
    names: dict[int, str] = {}
    for start in range(0, len(values), 500):
        chunk = values[start : start + 500]
        names.update(db.execute(f"SELECT id, name FROM actors WHERE id IN ({_marks(chunk)})", chunk).fetchall())
    return names


ROLE_ORDER = {"actor": 0, "recipient": 1}
"""A page lists an event's parties by role (actors, recipients, then the others), then by name, then by id."""


def _events(db: Database, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events shaped for output. Their parties, reports and confirmations come from the details stored on each
    event's row (``event_details.py``), or from their tables for an event whose details were cleared; the names,
    kinds and countries of the actors they cite are read for all of them at once."""
    stored = {row["id"]: event_details.Details.decoded(row["details"]) for row in rows if row.get("details")}
    found = {**event_details.read(db, [row["id"] for row in rows if row["id"] not in stored]), **stored}
    cited = sorted({actor for details in found.values() for actor in details.actor_ids()})
    actors: dict[int, tuple[str, str, str | None]] = {}
    for start in range(0, len(cited), event_details.CHUNK):
        chunk = cited[start : start + event_details.CHUNK]
        sql = f"SELECT id, name, kind, country FROM actors WHERE id IN ({_marks(chunk)})"
        actors.update((r[0], (r[1], r[2], r[3])) for r in db.execute(sql, chunk).fetchall())
    return [_event(row, found[row["id"]], actors) for row in rows]


def _event(
    row: dict[str, Any], details: event_details.Details, actors: dict[int, tuple[str, str, str | None]]
) -> dict[str, Any]:
    event_id = row["id"]
    parties = sorted(  # (id, role, name, kind, country); an actor no longer in the ledger is no party
        ((p[0], p[1], *actors[p[0]]) for p in details.parties if p[0] in actors),
        key=lambda p: (ROLE_ORDER.get(p[1], 2), p[2], p[0]),
    )

    def name(actor_id: int | None) -> str | None:
        return actors[actor_id][0] if actor_id in actors else None

    def role(name: str) -> list[dict[str, Any]]:
        return [{"id": p[0], "name": p[2]} for p in parties if p[1] == name]

    reports = details.reports
    return {
        "id": event_id,
        "type": row["type"],
        "mode": row["mode"],
        "status": row["status"],
        "date": {
            "value": row["date_value"],
            "precision": row["date_precision"],
            "modifier": row["date_modifier"],
            "text": row["date_text"],
        }
        if row["date_value"]
        else None,
        "sort_date": row["sort_date"],
        "place": {"name": row["place"], "country": row["place_country"]} if row["place"] else None,
        "topics": json.loads(row["topics"]),
        "participants": [
            {"id": p[0], "name": p[2], "kind": p[3], "country": p[4]} for p in parties if p[1] == "participant"
        ],
        "actor": role("actor"),
        "recipient": role("recipient"),
        "reports": [
            {
                "article_id": r[0],
                "article": r[6],
                "title": r[7],
                "outlet": r[1],
                "published": r[2],
                "source": name(r[3]),
                "via": name(r[4]),
                "evidence": r[5],
            }
            for r in reports
        ],
        "outlets": len({r[1] for r in reports if r[1]}),
        "confirmations": [
            {"status": c[0], "by": name(c[1]), "published": c[2], "article_id": c[3], "evidence": c[4]}
            for c in details.confirmations
        ],
    }


def quotes(
    db: Database,
    *,
    speaker: str | None = None,
    search: str | None = None,
    limit: int | None = None,
    speaker_id: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Quotes by a speaker and/or matching a full-text search, in publication order."""
    clauses, params = _quote_where(db, speaker=speaker, search=search, speaker_id=speaker_id, first_page=bool(limit))
    sql = (
        "SELECT q.id, q.kind, q.content, q.cue, q.speaker, a.name AS speaker_name, q.published, ar.outlet,"
        " ar.key AS article, ar.title FROM quotes q JOIN articles ar ON ar.id = q.article_id"
        " LEFT JOIN actors a ON a.id = q.speaker_actor"
    )
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY q.published, q.id"
    if limit or offset:
        sql += f" LIMIT {int(limit or -1)} OFFSET {int(offset)}"
    return list(db.query(sql, params))


def count_quotes(
    db: Database, *, speaker: str | None = None, search: str | None = None, speaker_id: int | None = None
) -> int:
    clauses, params = _quote_where(db, speaker=speaker, search=search, speaker_id=speaker_id)
    sql = "SELECT count(*) FROM quotes q" + (" WHERE " + " AND ".join(clauses) if clauses else "")
    return db.execute(sql, params).fetchone()[0]


def _quote_where(
    db: Database, *, speaker: str | None, search: str | None, speaker_id: int | None, first_page: bool = False
) -> tuple[list[str], list[Any]]:
    """Conditions on ``quotes q``. A search for common words is checked quote by quote (an FTS5 look-up by
    rowid) when a speaker already narrows the quotes or a first page is asked for, instead of listing every
    quote that matches; both select the same quotes."""
    clauses: list[str] = []
    params: list[Any] = []
    if speaker_id is not None:
        clauses.append("q.speaker_actor = ?")
        params.append(speaker_id)
    if speaker:
        ids = _actor_ids(db, speaker)
        clauses.append(f"q.speaker_actor IN ({_marks(ids)})")
        params += ids
    if search:
        terms = db.dialect.quote_terms(search)
        clauses.append(db.dialect.quote_match(per_row=bool(clauses or first_page) and _common(db, terms)))
        params.append(terms)
    return clauses, params


def _common(db: Database, terms: str) -> bool:
    """Whether at least ``PROBE_ROWS`` quotes match the full-text terms (reading no more than that); never where
    the backend's search has one form only."""
    probe = db.dialect.quote_probe(PROBE_ROWS)
    return probe is not None and db.execute(probe, [terms]).fetchone()[0] >= PROBE_ROWS


def actors(db: Database, *, search: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Actors with their aliases, titles and counts of quotes and contacts, most active first."""
    params: list[Any] = []
    where = ""
    if search:
        ids = find_actors(db, search)
        clauses = [f"a.id IN ({_marks(ids)})"] if ids else []
        params = list(ids)
        if key := norm(search):  # "%" or "!!" has no word to match: not every actor
            clauses.append("a.id IN (SELECT actor_id FROM actor_names WHERE name LIKE ? ESCAPE '\\')")
            params.append(_like(key))
        if not clauses:
            return []
        where = " WHERE " + " OR ".join(clauses)
    return _actor_rows(db, where, params, limit=limit)


def _actor_rows(db: Database, where: str, params: list[Any], *, limit: int | None = None) -> list[dict[str, Any]]:
    # the counts are stored on the actor and kept by triggers (migration 008); the order walks an index
    sql = (
        "SELECT a.id, a.name, a.kind, a.country, a.titles, a.aliases, a.quote_count AS quotes,"
        f" a.contact_count AS contacts FROM actors a{where} ORDER BY a.quote_count + a.contact_count DESC, a.name"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    out = []
    for row in db.query(sql, params):
        row["titles"] = json.loads(row["titles"])
        row["aliases"] = json.loads(row["aliases"])
        out.append(row)
    return out


def timeline(db: Database, name: str, *, limit: int | None = None) -> list[dict[str, Any]]:
    """An actor's contacts and statements in date order."""
    events = contacts(db, ContactFilter(actor=name, limit=limit))
    return _timeline(events, quotes(db, speaker=name, limit=limit), limit)


def actor_timeline(db: Database, actor_id: int, *, limit: int | None = None) -> list[dict[str, Any]]:
    """``timeline`` for one actor by ledger id."""
    events = contacts(db, ContactFilter(actor_id=actor_id, limit=limit))
    return _timeline(events, quotes(db, speaker_id=actor_id, limit=limit), limit)


def _timeline(
    events: list[dict[str, Any]], said: list[dict[str, Any]], limit: int | None = None
) -> list[dict[str, Any]]:
    """Contacts and quotes merged in date order, contacts first on a day.

    Contacts are ordered by their sort date and quotes by publication, the orders ``contacts`` and ``quotes``
    read them in, so the first ``limit`` entries come from the first ``limit`` of each."""
    entries: list[tuple[tuple[str, int], dict[str, Any]]] = []
    for event in events:
        others = [p["name"] for p in event["participants"]]
        when = (event["date"] or {}).get("value") or min((r["published"] or "" for r in event["reports"]), default="")
        entry = {
            "date": when,
            "what": "contact",
            "mode": event["mode"],
            "status": event["status"],
            "detail": ", ".join(others),
            "event_id": event["id"],
        }
        entries.append(((event["sort_date"] or when or "", 0), entry))
    for quote in said:
        entry = {
            "date": quote["published"] or "",
            "what": "quote",
            "mode": quote["kind"],
            "status": "",
            "detail": quote["content"],
            "quote_id": quote["id"],
        }
        entries.append(((quote["published"] or "", 1), entry))
    entries.sort(key=lambda keyed: keyed[0])
    return [entry for _, entry in entries[:limit]]


def actor(db: Database, actor_id: int) -> dict[str, Any] | None:
    """One actor, shaped as in ``actors``, with who it speaks through and when it was first and last seen."""
    rows = _actor_rows(db, " WHERE a.id = ?", [actor_id])
    if not rows:
        return None
    row = rows[0]
    extra = db.execute("SELECT via, first_seen, last_seen FROM actors WHERE id = ?", [actor_id]).fetchone()
    via = _names(db, {extra[0]}) if extra[0] else {}
    return {
        **row,
        "via": {"id": extra[0], "name": via[extra[0]]} if extra[0] else None,
        "first_seen": extra[1],
        "last_seen": extra[2],
    }


def counterparts(db: Database, actor_id: int, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Everyone who took part in a contact with the actor, with how many contacts they share."""
    sql = (
        "SELECT a.id, a.name, a.kind, a.country, count(DISTINCT other.event_id) AS contacts"
        " FROM event_participants me JOIN event_participants other"
        " ON other.event_id = me.event_id AND other.actor_id != me.actor_id AND other.role = 'participant'"
        " JOIN actors a ON a.id = other.actor_id WHERE me.actor_id = ? AND me.role = 'participant'"
        " GROUP BY a.id ORDER BY contacts DESC, a.name"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    return list(db.query(sql, [actor_id]))


def network(db: Database, where: ContactFilter, *, max_nodes: int = 150) -> dict[str, Any]:
    """The contact network of the filtered events: actors as nodes (with their number of contacts
    there), one edge per pair of parties with the number of contacts they share. Only the
    ``max_nodes`` most active actors are kept; ``actors`` says how many there were."""
    sql_where = _contact_where(db, where, all_rows=True)
    condition, params = sql_where.condition, sql_where.params
    events = "SELECT e.id FROM events e" + (f" WHERE {condition}" if condition else "")
    counts = db.execute(
        f"SELECT p.actor_id, count(DISTINCT p.event_id) AS n FROM event_participants p"
        f" WHERE p.role = 'participant' AND p.event_id IN ({events}) GROUP BY p.actor_id ORDER BY n DESC, p.actor_id",
        params,
    ).fetchall()
    kept = dict(counts[:max_nodes])
    pairs = db.execute(
        f"SELECT a.actor_id, b.actor_id, count(DISTINCT a.event_id) FROM event_participants a"
        f" JOIN event_participants b ON b.event_id = a.event_id AND a.actor_id < b.actor_id"
        f" WHERE a.role = 'participant' AND b.role = 'participant' AND a.event_id IN ({events})"
        f" GROUP BY a.actor_id, b.actor_id",
        params,
    ).fetchall()
    return _graph(db, kept, [p for p in pairs if p[0] in kept and p[1] in kept], len(counts))


def ego_network(db: Database, actor_id: int, *, steps: int = 1, max_nodes: int = 150) -> dict[str, Any]:
    """The actor's contact network ``steps`` (1 or 2) out: the actor, their counterparts and, at two
    steps, the counterparts' counterparts, as many as ``max_nodes`` allows (most active first)."""
    ring = {actor_id}
    members = [actor_id]
    for _ in range(steps):
        marks = _marks(list(ring))
        found = db.execute(
            f"SELECT other.actor_id, count(DISTINCT other.event_id) AS n FROM event_participants me"
            f" JOIN event_participants other ON other.event_id = me.event_id AND other.role = 'participant'"
            f" WHERE me.actor_id IN ({marks}) AND me.role = 'participant' GROUP BY other.actor_id"
            f" ORDER BY n DESC, other.actor_id",
            list(ring),
        ).fetchall()
        ring = {a for a, _ in found if a not in members}
        members += [a for a, _ in found if a in ring][: max(0, max_nodes - len(members))]
        ring &= set(members)
    marks = _marks(members)
    totals = dict(
        db.execute(
            f"SELECT actor_id, count(DISTINCT event_id) FROM event_participants WHERE role = 'participant'"
            f" AND actor_id IN ({marks}) GROUP BY actor_id",
            members,
        ).fetchall()
    )
    pairs = db.execute(
        f"SELECT a.actor_id, b.actor_id, count(DISTINCT a.event_id) FROM event_participants a"
        f" JOIN event_participants b ON b.event_id = a.event_id AND a.actor_id < b.actor_id"
        f" WHERE a.role = 'participant' AND b.role = 'participant'"
        f" AND a.actor_id IN ({marks}) AND b.actor_id IN ({marks}) GROUP BY a.actor_id, b.actor_id",
        members + members,
    ).fetchall()
    return _graph(db, {m: totals.get(m, 0) for m in members}, pairs, len(members))


def _graph(db: Database, nodes: dict[int, int], pairs: list[Any], total: int) -> dict[str, Any]:
    rows = (
        {
            r[0]: r
            for r in db.execute(
                f"SELECT id, name, kind, country FROM actors WHERE id IN ({_marks(list(nodes))})", list(nodes)
            )
        }
        if nodes
        else {}
    )
    return {
        "nodes": [
            {"id": i, "name": rows[i][1], "kind": rows[i][2], "country": rows[i][3], "contacts": n}
            for i, n in nodes.items()
        ],
        "edges": [{"source": a, "target": b, "count": n} for a, b, n in pairs],
        "actors": total,
    }


def article(db: Database, article_id: int) -> dict[str, Any] | None:
    """One stored article: metadata, text, its quotes (with offsets), the contacts and confirmations
    it reports, and every actor it feeds."""
    row = next(iter(db.query("SELECT * FROM articles WHERE id = ?", [article_id])), None)
    if row is None:
        return None
    said = list(
        db.query(
            'SELECT q.id, q.kind, q.content, q.cue, q.speaker, q.start, q."end", q.speaker_actor,'
            " a.name AS speaker_name"
            " FROM quotes q LEFT JOIN actors a ON a.id = q.speaker_actor WHERE q.article_id = ? ORDER BY q.start, q.id",
            [article_id],
        )
    )
    reported = db.execute(
        "SELECT DISTINCT event_id, evidence FROM reports WHERE article_id = ? ORDER BY event_id", [article_id]
    ).fetchall()
    events = {event_id: contact(db, event_id) for event_id in {r[0] for r in reported}}  # each event once
    confirmations = list(
        db.query(
            "SELECT c.event_id, c.status, c.by_actor, a.name AS by_name, c.evidence FROM confirmations c"
            " LEFT JOIN actors a ON a.id = c.by_actor WHERE c.article_id = ? ORDER BY c.id",
            [article_id],
        )
    )
    fed = {q["speaker_actor"] for q in said if q["speaker_actor"]}
    fed |= {r[0] for r in db.execute("SELECT actor_id FROM event_party_sources WHERE article_id = ?", [article_id])}
    for source, via in db.execute("SELECT source_actor, via_actor FROM reports WHERE article_id = ?", [article_id]):
        fed |= {a for a in (source, via) if a}
    fed |= {c["by_actor"] for c in confirmations if c["by_actor"]}
    actors_fed = _actor_rows(db, f" WHERE a.id IN ({_marks(list(fed))})", list(fed)) if fed else []
    return {
        "id": row["id"],
        "key": row["key"],
        "url": row["url"],
        "source": row["source"],
        "title": row["title"],
        "published": row["published"],
        "outlet": row["outlet"],
        "section": row["section"],
        "authors": json.loads(row["authors"] or "[]"),
        "ingested_at": row["ingested_at"],
        "text": row["text"] or "",
        "quotes": said,
        "contacts": [{**events[event_id], "evidence": evidence} for event_id, evidence in reported if events[event_id]],
        "confirmations": confirmations,
        "actors": actors_fed,
    }


def article_texts(db: Database, article_ids: Sequence[int]) -> dict[int, str]:
    """The stored text of each article, by id."""
    ids = sorted(set(article_ids))
    if not ids:
        return {}
    return dict(db.execute(f"SELECT id, coalesce(text, '') FROM articles WHERE id IN ({_marks(ids)})", ids).fetchall())


def search(db: Database, text: str, *, limit: int = 20) -> dict[str, Any]:
    """One search over actors (names and aliases), quotes (full text) and contacts (parties, place, topics)."""
    return {
        "actors": actors(db, search=text, limit=limit),
        "quotes": quotes(db, search=text, limit=limit),
        "contacts": contacts(db, ContactFilter(search=text, sort="-date", limit=limit)),
    }


def counts(db: Database) -> dict[str, int]:
    """How many articles, actors, quotes and contacts the ledger holds."""
    return {
        table if table != "events" else "contacts": db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("articles", "actors", "quotes", "events")
    }
