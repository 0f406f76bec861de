"""Score extraction against hand-labelled articles: the project's own accuracy gate.

A gold file is one JSON object: ``text`` (with ``published``, ``outlet``),
``quotes`` (``content`` and optional ``content_more`` as exact substrings,
``kind``, ``cue``, ``speaker`` or ``speaker_kind``/``speaker_via``) and
``events`` (``mode``, ``status``, ``participants``, ``date``, ``place``,
``reported_by``, ``confirmations``); ``quotes_sampled`` marks an article whose
quotes are a sample, which then counts for quote recall but not precision. Articles are read as pasted pages are (the
text reader finds the headline and furniture), with the gold's metadata. Quotes
match one to one by word-token overlap of their content (Jaccard >= 0.5), a
predicted quote broken by its attribution either whole or piece by piece (a
labeller may have written its pieces as quotes of their own); an
event matches a predicted one that has every gold participant among its
parties, in the pairing of an article's events that matches the most and,
among those, agrees most on mode and status (``assignment.best_pairs``). Participant precision
is the share of a matched event's predicted parties that some gold participant
names: it penalises extra parties.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from .assignment import best_pairs
from .ledger.identity import norm
from .pipeline import extract_article
from .readers.text import read_text

WORD = re.compile(r"\w+")
MATCH_JACCARD = 0.5


@dataclass
class Tally:
    """Counts behind precision and recall, summed over articles."""

    counts: dict[str, int] = field(default_factory=dict)

    def add(self, key: str, value: int | bool = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + int(value)

    def ratio(self, part: str, whole: str) -> float:
        return round(self.counts.get(part, 0) / self.counts[whole], 4) if self.counts.get(whole) else 0.0


def load_gold(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.rglob("*.json"))]


def _tokens(text: str, ranges: Iterable[tuple[int, int]]) -> set[int]:
    return {m.start() for s, e in ranges for m in WORD.finditer(text, s, e)}


def _gold_ranges(text: str, quote: dict[str, Any]) -> list[tuple[int, int]]:
    out = []
    for key in ("content", "content_more"):
        if quote.get(key):
            start = text.index(quote[key])
            out.append((start, start + len(quote[key])))
    return out


def _pred_ranges(span: dict[str, Any]) -> list[tuple[int, int]]:
    if span.get("parts"):
        return [(p["start"], p["end"]) for p in span["parts"]]
    return [(span["start"], span["end"])]


def _names(actor: dict[str, Any] | None) -> set[str]:
    if actor is None:
        return set()
    return {norm(n) for n in [actor["name"], *actor.get("aliases", [])] if norm(n)}


def names_match(gold_name: str, actor: dict[str, Any] | None) -> bool:
    """A gold name designates the actor if it is its name or alias, or shares the surname of a person."""
    names = _names(actor)
    key = norm(gold_name)
    if key in names:
        return True
    if actor is not None and actor["kind"] == "person":
        return any(n.split()[-1] == key.split()[-1] for n in names if n)
    return any(key in n or n in key for n in names if len(n) > 3)


def _speaker_right(gold: dict[str, Any], actor: dict[str, Any] | None, actors: dict[str, Any]) -> bool:
    if gold.get("speaker"):
        return names_match(gold["speaker"], actor)
    if actor is None or actor["kind"] != gold.get("speaker_kind"):
        return False
    if gold.get("speaker_via"):
        return names_match(gold["speaker_via"], actors.get(actor.get("via") or ""))
    return True


def score_quotes(gold: dict[str, Any], record: dict[str, Any], tally: Tally) -> None:
    text = gold["text"]
    actors = {a["id"]: a for a in record["actors"]}
    golds = [(g, _tokens(text, _gold_ranges(text, g))) for g in gold.get("quotes") or []]
    preds = [(q, _tokens(text, _pred_ranges(q["content"]))) for q in record["quotes"]]
    preds = [(q, t) for q, t in preds if t]
    tally.add("gold_quotes", len(golds))
    complete = not gold.get("quotes_sampled")  # precision only where every quote is labelled
    if complete:
        tally.add("pred_quotes", len(preds))
    units = _matching_units(text, preds)
    pairs = sorted(
        ((len(u & g) / len(u | g), n, j) for n, (*_, u) in enumerate(units) for j, (_, g) in enumerate(golds) if u & g),
        reverse=True,
    )
    whole: set[int] = set()  # predictions matched as a whole
    parted: dict[int, set[int]] = {}  # predictions matched piece by piece, and which pieces
    used_g: set[int] = set()
    for score, n, j in pairs:
        i, piece, _ = units[n]
        taken = parted.get(i, set())
        if score < MATCH_JACCARD or j in used_g or i in whole or (bool(taken) if piece is None else piece in taken):
            continue
        if piece is None:
            whole.add(i)
        else:
            parted.setdefault(i, set()).add(piece)
        used_g.add(j)
        quote, g = preds[i][0], golds[j][0]
        tally.add("quote_matched")
        tally.add("pred_matched_in_complete", complete and (piece is None or len(parted[i]) == 1))
        right = _speaker_right(g, actors.get(quote.get("speaker_actor") or ""), actors)
        tally.add("speaker_right", right)
        tally.add("kind_right", quote["kind"] == g["kind"] or {quote["kind"], g["kind"]} <= {"mixed", "partial"})


def _matching_units(text: str, preds: list[tuple[dict[str, Any], set[int]]]) -> list[tuple[int, int | None, set[int]]]:
    """What a gold quote may match: each prediction whole, and each piece of one broken by its attribution ("“A,”
    she said. “B.”" is one quote with two parts here, and may be two quotes, or one with ``content_more``, to a
    labeller). As (prediction, piece or None, word tokens)."""
    units: list[tuple[int, int | None, set[int]]] = []
    for i, (quote, tokens) in enumerate(preds):
        units.append((i, None, tokens))
        ranges = _pred_ranges(quote["content"])
        if len(ranges) > 1:
            units += [(i, k, _tokens(text, [r])) for k, r in enumerate(ranges)]
    return units


def _event_names(event: dict[str, Any], actors: dict[str, Any]) -> list[dict[str, Any]]:
    ids = dict.fromkeys(event["participants"] + event["actor"] + event["recipient"])
    return [actors[i] for i in ids if i in actors]


def _reporters(event: dict[str, Any], actors: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for report in event["reported_by"]:
        for key in ("source", "via"):
            actor = actors.get(report.get(key) or "")
            if actor is not None:
                found.append(actor)
                if actor.get("via") in actors:
                    found.append(actors[actor["via"]])
    return found


PAIRED = 1000
"""The worth of pairing a gold event with a prediction that has all its people, above any sum of agreements: the
pairing first matches as many events as it can, then prefers predictions that agree on mode and status."""


def _pairing_worth(gold_event: dict[str, Any], event: dict[str, Any], actors: dict[str, Any]) -> int | None:
    names = _event_names(event, actors)
    if not all(any(names_match(n, a) for a in names) for n in gold_event["participants"]):
        return None
    return PAIRED + (event["mode"] == gold_event.get("mode")) + (event["status"] == gold_event.get("status"))


def score_events(gold: dict[str, Any], record: dict[str, Any], tally: Tally) -> None:
    actors = {a["id"]: a for a in record["actors"]}
    golds = gold.get("events") or []
    preds = record["events"]
    tally.add("gold_events", len(golds))
    tally.add("pred_events", len(preds))
    for j, match in best_pairs([[_pairing_worth(g, event, actors) for event in preds] for g in golds]):
        g, event = golds[j], preds[match]
        tally.add("event_matched")
        parties = _event_names(event, actors)
        tally.add("pred_parties", len(parties))
        tally.add("parties_right", sum(any(names_match(n, a) for n in g["participants"]) for a in parties))
        tally.add("mode_right", event["mode"] == g.get("mode"))
        tally.add("status_right", event["status"] == g.get("status"))
        date = event.get("date") or {}
        tally.add("date_right", g.get("date") in (date.get("value"), date.get("week") or date.get("value")))
        place = (event.get("place") or {}).get("name")
        tally.add("place_right", norm(place or "") == norm(g.get("place") or ""))
        reporters = _reporters(event, actors)
        for name in g.get("reported_by") or []:
            tally.add("gold_reporters")
            own = name == gold.get("outlet") and not event["reported_by"]
            tally.add("reporter_found", own or any(names_match(name, a) for a in reporters))
        for conf in g.get("confirmations") or []:
            tally.add("gold_confirmations")
            tally.add(
                "confirmation_found",
                any(
                    c["status"] == conf["status"] and names_match(conf["by"], actors.get(c.get("by") or ""))
                    for c in event["confirmations"]
                ),
            )


def evaluate(golds: list[dict[str, Any]], nlp: Language) -> dict[str, float]:
    """Figures for the whole gold set: quote and event precision, recall, F1 and per-field accuracy."""
    tally = Tally()
    for gold in golds:
        # read as a pasted page is (headline and furniture found by the text reader), with the gold's metadata
        article = dataclasses.replace(
            read_text(gold["text"], source=gold.get("id") or "gold"),
            id=gold.get("id"),
            published=gold.get("published"),
            outlet=gold.get("outlet"),
        )
        record = extract_article(article, nlp).to_dict()
        if "quotes" in gold:
            score_quotes(gold, record, tally)
        if "events" in gold:  # an article with no contact still counts what is wrongly found in it
            score_events(gold, record, tally)
    figures = {
        "quote_precision": tally.ratio("pred_matched_in_complete", "pred_quotes"),
        "quote_recall": tally.ratio("quote_matched", "gold_quotes"),
        "speaker_accuracy": tally.ratio("speaker_right", "quote_matched"),
        "attribution_recall": tally.ratio("speaker_right", "gold_quotes"),
        "kind_accuracy": tally.ratio("kind_right", "quote_matched"),
        "event_precision": tally.ratio("event_matched", "pred_events"),
        "event_recall": tally.ratio("event_matched", "gold_events"),
        "participant_precision": tally.ratio("parties_right", "pred_parties"),
        "mode_accuracy": tally.ratio("mode_right", "event_matched"),
        "status_accuracy": tally.ratio("status_right", "event_matched"),
        "date_accuracy": tally.ratio("date_right", "event_matched"),
        "place_accuracy": tally.ratio("place_right", "event_matched"),
        "reporter_recall": tally.ratio("reporter_found", "gold_reporters"),
        "confirmation_recall": tally.ratio("confirmation_found", "gold_confirmations"),
    }
    figures["articles"] = len(golds)
    return figures
