"""The rows the ledger's triggers keep, checked against a recomputation (for the ledger tests)."""

from __future__ import annotations

RECOUNT = (
    "SELECT id, name, quote_count, contact_count, (SELECT count(*) FROM quotes q WHERE q.speaker_actor = a.id),"
    " (SELECT count(DISTINCT p.event_id) FROM event_participants p WHERE p.actor_id = a.id) FROM actors a"
)


def miscounted(db) -> list[tuple]:
    """Actors whose stored counts differ from counting their quotes and events now."""
    return [row for row in db.execute(RECOUNT).fetchall() if tuple(row[2:4]) != tuple(row[4:6])]


def event_countries(db) -> tuple[set[tuple], set[tuple]]:
    """The stored countries of the events, and the same worked out from their parties now."""
    stored = {tuple(r) for r in db.execute("SELECT country, event_id, sort_date FROM event_countries")}
    derived = {
        tuple(r)
        for r in db.execute(
            "SELECT DISTINCT a.country, e.id, e.sort_date FROM event_participants p JOIN actors a ON a.id = p.actor_id"
            " JOIN events e ON e.id = p.event_id WHERE a.country IS NOT NULL"
        )
    }
    return stored, derived
