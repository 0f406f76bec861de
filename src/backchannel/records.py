"""Typed records for one extracted article, and their one JSON form.

The JSON shape is fixed by the extraction contract (schema
``backchannel.article/1``); records stay typed inside the package and become
dicts only here, at the edge.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .dates import Interval, interval

SCHEMA = "backchannel.article/1"


class ActorKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    COUNTRY = "country"
    OUTLET = "outlet"
    GROUP = "group"
    ANONYMOUS = "anonymous"


class QuoteKind(StrEnum):
    DIRECT = "direct"
    PARTIAL = "partial"
    MIXED = "mixed"
    INDIRECT = "indirect"


class EventStatus(StrEnum):
    OCCURRED = "occurred"
    ONGOING = "ongoing"
    PLANNED = "planned"
    HYPOTHETICAL = "hypothetical"
    DENIED = "denied"


class ConfirmationStatus(StrEnum):
    CONFIRMED = "confirmed"
    DENIED = "denied"
    NEITHER = "neither_confirmed_nor_denied"
    NO_COMMENT = "no_comment"
    UNCONFIRMED = "unconfirmed"


@dataclass(frozen=True)
class Span:
    """A stretch of ``article.text``; ``parts`` when an interruption splits it."""

    start: int
    end: int
    text: str
    parts: tuple[tuple[int, int], ...] = ()

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.parts:
            out["parts"] = [{"start": s, "end": e} for s, e in self.parts]
        return out


@dataclass(frozen=True)
class Image:
    caption: str | None = None
    credit: str | None = None
    license_url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"caption": self.caption, "credit": self.credit, "license_url": self.license_url}


@dataclass
class Article:
    """An article as a reader produced it: text plus what is known about it."""

    text: str
    id: str | None = None
    source: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    section: str | None = None
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    boilerplate: list[Span] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    encoding: str | None = None
    """The encoding a file was read in, when it was not UTF-8 (cp1252, utf-16, ...)."""

    def to_dict(self) -> dict[str, Any]:
        out = {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "published": self.published,
            "outlet": self.outlet,
            "section": self.section,
            "url": self.url,
            "authors": list(self.authors),
            "text": self.text,
            "boilerplate": [b.to_dict() for b in self.boilerplate],
            "images": [i.to_dict() for i in self.images],
        }
        if self.encoding:
            out["encoding"] = self.encoding
        return out


@dataclass
class Actor:
    id: str
    name: str
    kind: ActorKind
    titles: list[str] = field(default_factory=list)
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    via: str | None = None
    mentions: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind.value,
            "titles": list(self.titles),
            "country": self.country,
            "aliases": list(self.aliases),
            "via": self.via,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass
class Quote:
    id: str
    kind: QuoteKind
    content: Span
    cue: Span | None = None
    speaker: Span | None = None
    speaker_actor: str | None = None
    relayed_by: str | None = None
    """Who passes the words on: an outlet ("According to GMA News, Salceda said …": GMA News), a body or a source
    ("X told Y that …, according to two officials": the officials)."""
    rules: list[str] = field(default_factory=list, metadata={"serialised": False})
    """Ids of the rules that found the quote and shaped its spans: in the record only under ``explain``."""
    said: Span | None = field(default=None, metadata={"serialised": False})
    """The quoted words alone, a partial quote, that the record keeps as the content once the events have read the
    whole ("described the talks as “frank”": "“frank”"; rule quote.named-in-quotes)."""

    def to_dict(self) -> dict[str, Any]:
        out = {
            "id": self.id,
            "kind": self.kind.value,
            "content": self.content.to_dict(),
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "speaker_actor": self.speaker_actor,
        }
        if self.relayed_by is not None:
            out["relayed_by"] = self.relayed_by
        return out


@dataclass(frozen=True)
class DateValue:
    value: str
    precision: str
    text: str
    modifier: str | None = None
    week: str | None = None
    """The ISO week ("2026-W11") when the text names a week, given as ``value`` by the month it lies in, or, across
    two months, the month holding most of its days."""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"value": self.value, "precision": self.precision, "text": self.text}
        if self.modifier:
            out["modifier"] = self.modifier
        if self.week:
            out["week"] = self.week
        return out

    def days(self) -> Interval | None:
        """The days the date may stand for: its week when it has one, else its value at its precision."""
        return interval(self.week, "week") if self.week else interval(self.value, self.precision)


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    venue: str | None = None
    """The building or site named, when the text names one ("the Oval Office"); ``name`` is then its city."""

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon, "venue": self.venue}


@dataclass(frozen=True)
class Report:
    source: str
    via: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "via": self.via}


@dataclass(frozen=True)
class Confirmation:
    status: ConfirmationStatus
    by: str | None
    evidence: Span

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status.value, "by": self.by, "evidence": self.evidence.to_dict()}


@dataclass
class Event:
    id: str
    type: str
    status: EventStatus
    mode: str | None = None
    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    date: DateValue | None = None
    place: Place | None = None
    topics: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    reported_by: list[Report] = field(default_factory=list)
    confirmations: list[Confirmation] = field(default_factory=list)
    rules: list[str] = field(default_factory=list, metadata={"serialised": False})
    """Ids of the rules that made the event and decided its fields: in the record only under ``explain``."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "status": self.status.value,
            "actor": list(self.actor),
            "recipient": list(self.recipient),
            "participants": list(self.participants),
            "date": self.date.to_dict() if self.date else None,
            "place": self.place.to_dict() if self.place else None,
            "topics": list(self.topics),
            "evidence": [e.to_dict() for e in self.evidence],
            "reported_by": [r.to_dict() for r in self.reported_by],
            "confirmations": [c.to_dict() for c in self.confirmations],
        }


@dataclass
class ArticleRecord:
    """Everything extracted from one article: the unit ``extract`` writes."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "article": self.article.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
        }


def error_record(source: str | None, message: str, *, article_id: str | None = None) -> dict[str, Any]:
    """The record for an input that could not be read or extracted."""
    return {
        "schema": SCHEMA,
        "error": message,
        "article": {"id": article_id, "source": source},
        "actors": [],
        "quotes": [],
        "events": [],
    }
