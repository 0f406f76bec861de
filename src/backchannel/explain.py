"""``backchannel explain``: why the record says what it says, sentence by sentence.

For each sentence that holds a candidate trigger, a quote or an event, it prints a compact parse, every
candidate with the rules that accepted or rejected it, and the events and quotes that result, each with the ids
of the rules that made it and decided its fields or spans (described in ``data/rules/*.toml``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from typing import Any

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .extract.trace import registry
from .pipeline import explained
from .records import Article


def explain_article(article: Article, doc: Doc, *, every_sentence: bool = False) -> Iterator[str]:
    """Lines explaining the record of ``article`` (parsed as ``doc``)."""
    record = explained(article, doc)
    names = {a["id"]: a["name"] for a in record["actors"]}
    starts = [sent.start_char for sent in doc.sents]
    events_at: dict[int, list[dict[str, Any]]] = {}
    for event in record["events"]:
        first = min((e["start"] for e in event["evidence"]), default=0)
        events_at.setdefault(_sentence_at(starts, first), []).append(event)
    quotes_at: dict[int, list[dict[str, Any]]] = {}
    for quote in record["quotes"]:
        quotes_at.setdefault(_sentence_at(starts, quote["content"]["start"]), []).append(quote)
    candidates_at: dict[int, list[dict[str, Any]]] = {}
    for candidate in record["explain"]["candidates"]:
        candidates_at.setdefault(candidate["sentence"], []).append(candidate)
    title = record["article"].get("id") or record["article"].get("source") or "article"
    yield f"== {title} (published {record['article'].get('published') or 'unknown'}) =="
    for n, sent in enumerate(doc.sents):
        if not (every_sentence or n in candidates_at or n in events_at or n in quotes_at):
            continue
        yield f"[{n}] {' '.join(sent.text.split())}"
        yield f"    parse: {compact_parse(sent)}"
        for c in candidates_at.get(n, []):
            yield f"    {'+' if c['accepted'] else '-'} {c['text']!r}: {', '.join(c['rules'])}"
        for q in quotes_at.get(n, []):
            speaker = names.get(q["speaker_actor"]) or (q["speaker"] or {}).get("text") or "?"
            yield f"    quote {q['id']} ({q['kind']}) by {speaker}: {_short(q['content']['text'])}"
            if rules := record["explain"]["quotes"][q["id"]]:
                yield f"       rules: {', '.join(rules)}"
        for e in events_at.get(n, []):
            yield f"    => {_event_line(e, names)}"
            yield f"       rules: {', '.join(record['explain']['events'][e['id']])}"
    yield ""


def _event_line(event: dict[str, Any], names: dict[str, str]) -> str:
    parties = ", ".join(names.get(p, p) for p in event["participants"]) or "no parties"
    date = event["date"]["value"] if event["date"] else "undated"
    place = event["place"]["name"] if event["place"] else "no place"
    return f"event {event['id']}: {event['mode']} {event['status']} | {parties} | {date} | {place}"


def compact_parse(sent: SpacySpan) -> str:
    """Each word with its part of speech and its dependency on its head: ``met/VERB:ROOT Lavrov/PROPN:dobj<met``."""
    words = []
    for t in sent:
        if t.is_space:
            continue
        link = f"{t.dep_}" if t.head.i == t.i else f"{t.dep_}<{t.head.text}"
        entity = f"[{t.ent_type_}]" if t.ent_type_ else ""
        words.append(f"{t.text}/{t.pos_}{entity}:{link}")
    return " ".join(words)


def rule_lines() -> Iterator[str]:
    """Every registered rule with what it does: the legend for the ids ``explain`` prints."""
    for rule_id, entry in sorted(registry().items()):
        yield f"{rule_id}: {' '.join(entry['does'].split())}"


def _sentence_at(starts: list[int], char: int) -> int:
    """The index of the sentence holding character ``char``: the last one starting at or before it."""
    return max(bisect_right(starts, char) - 1, 0)


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
