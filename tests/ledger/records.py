"""Small hand-made extraction records for ledger tests: no model, just the record shape."""

from __future__ import annotations

from typing import Any


def person(actor_id: str, name: str, country: str | None = None, aliases=(), titles=()) -> dict[str, Any]:
    return {
        "id": actor_id,
        "name": name,
        "kind": "person",
        "country": country,
        "titles": list(titles),
        "aliases": list(aliases),
        "via": None,
        "mentions": [],
    }


def outlet(actor_id: str, name: str) -> dict[str, Any]:
    return {**person(actor_id, name), "kind": "outlet"}


def contact(
    parties: list[str],
    *,
    mode: str | None = "phone",
    status: str = "occurred",
    date: tuple[str, str, str] | None = None,
    place: str | None = None,
    topics=(),
    reported_by: str | None = None,
    confirmations=(),
    type_: str = "CONSULT",
) -> dict[str, Any]:
    return {
        "id": "e1",
        "type": type_,
        "mode": mode,
        "status": status,
        "actor": [],
        "recipient": [],
        "participants": parties,
        "date": {"value": date[0], "precision": date[1], "text": date[2]} if date else None,
        "place": {"name": place, "country": None} if place else None,
        "topics": list(topics),
        "evidence": [{"start": 0, "end": 4, "text": "text"}],
        "reported_by": [{"source": reported_by, "via": None}] if reported_by else [],
        "confirmations": [
            {"status": s, "by": by, "evidence": {"start": 0, "end": 4, "text": "text"}} for s, by in confirmations
        ],
    }


def record(
    key: str,
    actors: list[dict[str, Any]],
    events: list[dict[str, Any]] = (),  # type: ignore[assignment]
    *,
    published: str | None = "2026-03-12",
    outlet_name: str = "Test Wire",
    text: str | None = None,
    quotes: list[dict[str, Any]] = (),  # type: ignore[assignment]
) -> dict[str, Any]:
    return {
        "schema": "backchannel.article/1",
        "article": {
            "id": key,
            "text": text or f"text of {key}",
            "published": published,
            "outlet": outlet_name,
            "url": f"https://example.org/{key}",
        },
        "actors": actors,
        "quotes": list(quotes),
        "events": [dict(e, id=f"e{n}") for n, e in enumerate(events, start=1)],
    }


def quote(text: str, speaker: str | None) -> dict[str, Any]:
    return {
        "id": "q1",
        "kind": "direct",
        "content": {"start": 0, "end": len(text), "text": text},
        "cue": None,
        "speaker": None,
        "speaker_actor": speaker,
    }
