"""Marked text: an article cut into segments, each carrying the kinds of span that cover it.

Templates print each segment escaped inside a ``<mark>`` with one class per
kind, so overlapping spans (a quote inside a contact's evidence sentence)
show both marks and no text is ever treated as markup.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from ..readers.text import find_furniture

# kind -> what the legend says
LEGEND = {
    "quote": "what was said (quote content)",
    "cue": "reporting verb (cue)",
    "speaker": "speaker as the text names them",
    "contact": "contact mention (evidence sentence)",
    "confirmation": "confirmation or denial",
    "boilerplate": "page furniture (boilerplate)",
}
NEAR = 300  # how far from a quote its cue and speaker are looked for, in characters


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    label: str = ""


@dataclass
class Segment:
    text: str
    kinds: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)

    @property
    def classes(self) -> str:
        return " ".join(f"m-{k}" for k in self.kinds)

    @property
    def title(self) -> str:
        return "; ".join(dict.fromkeys(label for label in self.labels if label))


def segments(text: str, spans: list[Span]) -> list[Segment]:
    """Cut ``text`` at every span boundary."""
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out = []
    for start, end in itertools.pairwise(cuts):
        covering = [s for s in spans if s.start <= start and end <= s.end]
        out.append(
            Segment(
                text[start:end],
                list(dict.fromkeys(s.kind for s in covering)),
                [s.label for s in covering],
            )
        )
    return out


def find_near(text: str, needle: str | None, start: int, end: int) -> Span | None:
    """The occurrence of ``needle`` closest to [start, end), within NEAR characters of it."""
    if not needle:
        return None
    best: tuple[int, int] | None = None
    pos = text.find(needle, max(0, start - NEAR - len(needle)))
    while pos != -1 and pos <= end + NEAR:
        distance = start - (pos + len(needle)) if pos < start else max(0, pos - end)
        if best is None or abs(distance) < best[0]:
            best = (abs(distance), pos)
        pos = text.find(needle, pos + 1)
    return Span(best[1], best[1] + len(needle), "") if best else None


def ledger_spans(article: dict[str, Any]) -> list[Span]:
    """Spans for an article from the ledger (``query.article``).

    The ledger keeps each quote's content offsets; the cue, the speaker and the
    evidence sentences are kept as text and found again in the article, and
    boilerplate is found again by the readers' own furniture rules."""
    text = article["text"]
    spans = [Span(b.start, b.end, "boilerplate", "boilerplate") for b in find_furniture(text).boilerplate]
    for quote in article["quotes"]:
        start, end = quote["start"], quote["end"]
        if start is None or end is None:
            continue
        who = quote["speaker_name"] or quote["speaker"] or "unknown speaker"
        spans.append(Span(start, end, "quote", f"{quote['kind']} quote by {who}"))
        for kind, needle in (("cue", quote["cue"]), ("speaker", quote["speaker"])):
            found = find_near(text, needle, start, end)
            if found:
                spans.append(Span(found.start, found.end, kind, f"{kind} of a quote by {who}"))
    for event in article["contacts"]:
        pos = text.find(event["evidence"]) if event["evidence"] else -1
        if pos >= 0:
            who = ", ".join(p["name"] for p in event["participants"])
            spans.append(Span(pos, pos + len(event["evidence"]), "contact", f"contact #{event['id']}: {who}"))
    for confirmation in article["confirmations"]:
        pos = text.find(confirmation["evidence"]) if confirmation["evidence"] else -1
        if pos >= 0:
            label = f"{confirmation['status']} by {confirmation['by_name'] or 'unknown'}"
            spans.append(Span(pos, pos + len(confirmation["evidence"]), "confirmation", label))
    return spans


def record_spans(record: dict[str, Any]) -> list[Span]:
    """Spans for a fresh extraction record, which carries every offset itself."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    spans = [Span(b["start"], b["end"], "boilerplate", "boilerplate") for b in record["article"]["boilerplate"]]
    for quote in record["quotes"]:
        who = names.get(quote.get("speaker_actor") or "", "unknown speaker")
        for kind, key in (("quote", "content"), ("cue", "cue"), ("speaker", "speaker")):
            for part in _parts(quote.get(key)):
                spans.append(Span(part[0], part[1], kind, f"{quote['kind']} quote by {who}"))
    for event in record["events"]:
        who = ", ".join(names.get(p, p) for p in event["participants"])
        for evidence in event.get("evidence") or []:
            for part in _parts(evidence):
                spans.append(Span(part[0], part[1], "contact", f"{event['mode'] or 'contact'}: {who}"))
        for confirmation in event.get("confirmations") or []:
            for part in _parts(confirmation.get("evidence")):
                label = f"{confirmation['status']} by {names.get(confirmation.get('by') or '', 'unknown')}"
                spans.append(Span(part[0], part[1], "confirmation", label))
    return spans


def _parts(span: dict[str, Any] | None) -> list[tuple[int, int]]:
    if not span:
        return []
    return [(p["start"], p["end"]) for p in span.get("parts") or [span]]


def snippet(text: str, evidence: str | None, *, around: int = 240) -> tuple[list[Segment], bool]:
    """A piece of ``text`` around ``evidence`` with the evidence marked; whether the evidence was found."""
    pos = text.find(evidence) if evidence else -1
    if pos < 0 or not evidence:
        return segments(text[: 2 * around], []), False
    stop = pos + len(evidence)
    start, end = max(0, pos - around), min(len(text), stop + around)
    if start > 0:  # whole words at the edges
        start = next((i + 1 for i in range(start, pos) if text[i].isspace()), pos)
    if end < len(text):
        end = next((i for i in range(end, stop, -1) if text[i].isspace()), stop)
    marked = segments(text[start:end], [Span(pos - start, stop - start, "contact", "evidence")])
    if start > 0:
        marked.insert(0, Segment("… "))
    if end < len(text):
        marked.append(Segment(" …"))
    return marked, True
