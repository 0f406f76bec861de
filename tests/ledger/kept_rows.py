"""The rows the ledger's triggers keep, checked against a recomputation (for the ledger tests)."""

from __future__ import annotations

from backchannel.ledger import event_details

RECOUNT = (
    "SELECT id, name, quote_count, contact_count, (SELECT count(*) FROM quotes q WHERE q.speaker_actor = a.id),"
    " (SELECT count(DISTINCT p.event_id) FROM event_participants p WHERE p.actor_id = a.id) FROM actors a"
)


def miscounted(db) -> list[tuple]:
    """Actors whose stored counts differ from counting their quotes and events now."""
    return [row for row in db.execute(RECOUNT).fetchall() if tuple(row[2:4]) != tuple(row[4:6])]


def event_countries(db) -> tuple[set[tuple], set[tuple]]:
    """The stored countries of the events (country, event, sort date, whether a party is of the country, whether
    the place is in it), and the same worked out from their parties and places now."""
    stored = {
        tuple(r) for r in db.execute("SELECT country, event_id, sort_date, by_party, by_place FROM event_countries")
    }
    parties = {
        tuple(r)
        for r in db.execute(
            "SELECT DISTINCT a.country, e.id, e.sort_date FROM event_participants p JOIN actors a ON a.id = p.actor_id"
            " JOIN events e ON e.id = p.event_id WHERE a.country IS NOT NULL"
        )
    }
    places = {
        tuple(r) for r in db.execute("SELECT place_country, id, sort_date FROM events WHERE place_country IS NOT NULL")
    }
    derived = {(*row, int(row in parties), int(row in places)) for row in parties | places}
    return stored, derived


def actor_events(db) -> tuple[set[tuple], set[tuple]]:
    """The stored events of each actor with their sort dates, and the same worked out from the parties now."""
    stored = {tuple(r) for r in db.execute("SELECT actor_id, event_id, sort_date FROM actor_events")}
    derived = {
        tuple(r)
        for r in db.execute(
            "SELECT DISTINCT p.actor_id, e.id, e.sort_date FROM event_participants p JOIN events e ON e.id = p.event_id"
        )
    }
    return stored, derived


def stale_details(db) -> list[tuple]:
    """Events whose stored details (``events.details``) are missing or differ from their parties, reports and
    confirmations read from their tables now: (event id, stored, read now)."""
    stored = dict(db.execute("SELECT id, details FROM events").fetchall())
    fresh = event_details.read(db, sorted(stored))
    return [
        (event_id, text, fresh[event_id])
        for event_id, text in sorted(stored.items())
        if text is None or event_details.Details.decoded(text) != fresh[event_id]
    ]
