"""Events as PLOVER-style records, for event-data users' existing tools.

PLOVER codes a dyad: one source actor, one target actor, an event type and
mode, a date and a location, with the text it was coded from. A planned
meeting is PLOVER's AGREE (to meet), not CONSULT.
"""

from __future__ import annotations

from typing import Any

SECTOR_BY_KIND = {
    "person": "GOV",
    "organization": "GOV",
    "country": "GOV",
    "outlet": "MED",
    "group": "UNK",
    "anonymous": "UNK",
}
PLANNED = {"planned", "hypothetical"}


def event_type(type_: str, status: str) -> str:
    return "AGREE" if type_ == "CONSULT" and status in PLANNED else type_


def _party(actor: dict[str, Any] | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {
        "name": actor.get("name"),
        "country": actor.get("country"),
        "sector": SECTOR_BY_KIND.get(actor.get("kind") or "", "UNK"),
    }


def from_record(record: dict[str, Any]) -> list[dict[str, Any]]:
    """PLOVER records for one extraction record (the contract's JSON)."""
    article = record.get("article") or {}
    actors = {a["id"]: a for a in record.get("actors") or []}
    out = []
    for event in record.get("events") or []:
        sources = event.get("actor") or event.get("participants")[:1]
        targets = event.get("recipient") or [p for p in event.get("participants") or [] if p not in sources][:1]
        date = event.get("date") or {}
        place = event.get("place") or {}
        out.append(
            {
                "id": f"{article.get('id')}-{event['id']}",
                "event_type": event_type(event["type"], event["status"]),
                "mode": event.get("mode"),
                "status": event["status"],
                "source": _party(actors.get(sources[0])) if sources else None,
                "target": _party(actors.get(targets[0])) if targets else None,
                "date": date.get("value"),
                "date_precision": date.get("precision"),
                "location": {"name": place.get("name"), "country": place.get("country")} if place else None,
                "source_text": " ".join(e["text"] for e in event.get("evidence") or []),
                "publisher": article.get("outlet"),
                "story_id": article.get("id"),
                "published": article.get("published"),
                "reported_by": [actors.get(r["source"], {}).get("name") for r in event.get("reported_by") or []],
            }
        )
    return out


def from_ledger(event: dict[str, Any]) -> dict[str, Any]:
    """A PLOVER record for one ledger event (``query.contacts`` shape)."""
    sources = event["actor"] or event["participants"][:1]
    targets = event["recipient"] or [p for p in event["participants"] if p["id"] not in {s["id"] for s in sources}]
    kinds = {p["id"]: p for p in event["participants"]}
    date = event.get("date") or {}
    return {
        "id": f"ledger-{event['id']}",
        "event_type": event_type(event["type"], event["status"]),
        "mode": event["mode"],
        "status": event["status"],
        "source": _party(kinds.get(sources[0]["id"], sources[0])) if sources else None,
        "target": _party(kinds.get(targets[0]["id"], targets[0])) if targets else None,
        "date": date.get("value"),
        "date_precision": date.get("precision"),
        "location": event["place"],
        "source_text": next((r["evidence"] for r in event["reports"] if r["evidence"]), None),
        "publishers": sorted({r["outlet"] for r in event["reports"] if r["outlet"]}),
        "reports": len(event["reports"]),
    }
