"""The shape a record must have before the ledger stores it.

Records made by ``backchannel extract`` elsewhere arrive as JSON: anything may be in them. The ledger
reads only the fields checked here, so a record that passes cannot break a store half-way.
"""

from __future__ import annotations

from typing import Any

from ..records import SCHEMA

KINDS = {"person", "organization", "country", "outlet", "group", "anonymous"}


def _need(condition: bool, message: str) -> None:
    if not condition:
        raise ValueError(message)


def _text_or_none(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _unencodable(value: Any) -> str | None:
    """The first text in ``value`` that is not valid Unicode (a lone surrogate from a JSON escape)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return item
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def check_record(record: Any) -> None:
    """Raise ValueError naming the first field that is missing or of the wrong type."""
    _need(isinstance(record, dict), "a record is a JSON object")
    bad = _unencodable(record)
    _need(bad is None, f"text with an invalid character (a lone surrogate): {bad!r:.60}")
    _need(record.get("schema", SCHEMA) == SCHEMA, f"schema is {record.get('schema')!r}, not {SCHEMA!r}")
    article = record.get("article")
    _need(isinstance(article, dict), "'article' must be an object")
    _need(isinstance(article.get("text"), str) and bool(article["text"].strip()), "'article.text' must be text")
    for name in ("url", "source", "title", "published", "outlet", "section", "encoding"):
        _need(_text_or_none(article.get(name)), f"'article.{name}' must be text")
    authors = article.get("authors") or []
    _need(isinstance(authors, list) and all(isinstance(a, str) for a in authors), "'article.authors': names")
    for name in ("boilerplate", "images"):
        _need(isinstance(article.get(name) or [], list), f"'article.{name}' must be a list")
    for span in article.get("boilerplate") or []:
        _need(isinstance(span, dict) and all(isinstance(span.get(k), int) for k in ("start", "end")), "bad span")
        _need(isinstance(span.get("text"), str), "boilerplate spans need their text")
    _need(all(isinstance(i, dict) for i in article.get("images") or []), "every image must be an object")
    actors = record.get("actors") or []
    _need(isinstance(actors, list), "'actors' must be a list")
    ids = set()
    for actor in actors:
        _need(isinstance(actor, dict), "every actor must be an object")
        _need(isinstance(actor.get("id"), str), "every actor needs an 'id'")
        _need(isinstance(actor.get("name"), str) and bool(actor["name"].strip()), "every actor needs a 'name'")
        _need(
            isinstance(actor.get("kind"), str) and actor["kind"] in KINDS,
            f"actor kind {actor.get('kind')!r} is not one of {sorted(KINDS)}",
        )
        _need(_text_or_none(actor.get("country")) and _text_or_none(actor.get("via")), "bad actor country or via")
        for name in ("titles", "aliases"):
            value = actor.get(name) or []
            _need(isinstance(value, list) and all(isinstance(v, str) for v in value), f"actor {name} must be texts")
        ids.add(actor["id"])
    quotes = record.get("quotes") or []
    _need(isinstance(quotes, list), "'quotes' must be a list")
    for quote in quotes:
        _need(isinstance(quote, dict) and isinstance(quote.get("kind"), str), "every quote needs a 'kind'")
        content = quote.get("content")
        _need(isinstance(content, dict) and isinstance(content.get("text"), str), "every quote needs 'content.text'")
        _need(all(isinstance(content.get(k), int) for k in ("start", "end")), "quote offsets must be integers")
        for name in ("cue", "speaker"):
            _need(quote.get(name) is None or isinstance(quote[name], dict), f"quote '{name}' must be a span")
        _need(_text_or_none(quote.get("speaker_actor")), "'speaker_actor' must be an actor id")
    events = record.get("events") or []
    _need(isinstance(events, list), "'events' must be a list")
    for event in events:
        _need(isinstance(event, dict), "every event must be an object")
        _need(isinstance(event.get("type"), str) and isinstance(event.get("status"), str), "events need type, status")
        _need(_text_or_none(event.get("mode")), "event 'mode' must be text")
        for role in ("actor", "recipient", "participants"):
            members = event.get(role) or []
            _need(isinstance(members, list) and all(isinstance(m, str) for m in members), f"event {role}: ids")
        for name in ("date", "place"):
            _need(event.get(name) is None or isinstance(event[name], dict), f"event '{name}' must be an object")
        date = event.get("date") or {}
        _need(all(_text_or_none(date.get(k)) for k in ("value", "precision", "modifier", "text")), "bad event date")
        place = event.get("place") or {}
        _need(_text_or_none(place.get("name")) and _text_or_none(place.get("country")), "bad event place")
        topics = event.get("topics") or []
        _need(isinstance(topics, list) and all(isinstance(t, str) for t in topics), "event topics must be texts")
        evidence = event.get("evidence") or []
        _need(
            isinstance(evidence, list)
            and all(isinstance(e, dict) and isinstance(e.get("text"), str) for e in evidence),
            "event evidence must be spans",
        )
        for name in ("reported_by", "confirmations"):
            _need(isinstance(event.get(name) or [], list), f"event '{name}' must be a list")
        for report in event.get("reported_by") or []:
            _need(isinstance(report, dict), "every report must be an object")
            _need(_text_or_none(report.get("source")) and _text_or_none(report.get("via")), "bad report")
        for confirmation in event.get("confirmations") or []:
            _need(isinstance(confirmation, dict) and isinstance(confirmation.get("status"), str), "bad confirmation")
            _need(_text_or_none(confirmation.get("by")), "confirmation 'by' must be an actor id")
            _need(confirmation.get("evidence") is None or isinstance(confirmation["evidence"], dict), "bad evidence")
