"""The ledger out: contacts as JSON lines, CSV, GraphML (the contact network) or PLOVER records."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from xml.etree import ElementTree as ET

from .. import plover
from .query import ContactFilter, contacts

if TYPE_CHECKING:
    from .dialect import Ledger as Database

CSV_FIELDS = [
    "id",
    "type",
    "mode",
    "status",
    "date",
    "place",
    "participants",
    "actor",
    "recipient",
    "reported_by",
    "outlets",
    "reports",
    "confirmations",
    "topics",
]


def flat(event: dict[str, Any]) -> dict[str, Any]:
    """One event as a flat row for spreadsheets."""
    return {
        "id": event["id"],
        "type": event["type"],
        "mode": event["mode"],
        "status": event["status"],
        "date": (event["date"] or {}).get("value"),
        "place": (event["place"] or {}).get("name"),
        "participants": "; ".join(p["name"] for p in event["participants"]),
        "actor": "; ".join(p["name"] for p in event["actor"]),
        "recipient": "; ".join(p["name"] for p in event["recipient"]),
        "reported_by": "; ".join(
            dict.fromkeys(r["source"] or r["outlet"] for r in event["reports"] if r["source"] or r["outlet"])
        ),
        "outlets": "; ".join(sorted({r["outlet"] for r in event["reports"] if r["outlet"]})),
        "reports": len(event["reports"]),
        "confirmations": "; ".join(f"{c['status']} by {c['by']}" for c in event["confirmations"]),
        "topics": "; ".join(event["topics"]),
    }


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet reads a cell as a formula by: a name or quote from an article may start so ("=HYPERLINK(…)")."""


def to_csv(rows: list[dict[str, Any]], fields: list[str]) -> str:
    """Rows as CSV; a text cell a spreadsheet would run as a formula is written with a leading apostrophe, which
    spreadsheets show as text (numbers are left as they are)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return out.getvalue()


def _cell(value: Any) -> Any:
    """One CSV cell: lists and objects as JSON, text that starts like a formula made inert."""
    if isinstance(value, (list, dict)):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def graphml(events: list[dict[str, Any]]) -> str:
    """The contact network: actors as nodes, one edge per event between its first two parties."""
    ns = "http://graphml.graphdrawing.org/xmlns"
    root = ET.Element("graphml", xmlns=ns)
    keys = [
        ("name", "node"),
        ("kind", "node"),
        ("country", "node"),
        ("event", "edge"),
        ("mode", "edge"),
        ("status", "edge"),
        ("date", "edge"),
        ("outlets", "edge"),
    ]
    for name, target in keys:
        ET.SubElement(
            root,
            "key",
            {
                "id": name,
                "for": target,
                "attr.name": name,
                "attr.type": "int" if name in ("event", "outlets") else "string",
            },
        )
    graph = ET.SubElement(root, "graph", id="contacts", edgedefault="directed")
    nodes: dict[int, dict[str, Any]] = {}
    edges = []
    for event in events:
        parties = event["actor"] + [p for p in event["recipient"] if p not in event["actor"]]
        parties += [p for p in event["participants"] if p["id"] not in {x["id"] for x in parties}]
        for p in event["participants"]:
            nodes.setdefault(p["id"], p)
        if len(parties) >= 2:
            edges.append((parties[0]["id"], parties[1]["id"], event))
    for node_id, p in nodes.items():
        node = ET.SubElement(graph, "node", id=f"a{node_id}")
        for key in ("name", "kind", "country"):
            if p.get(key):
                ET.SubElement(node, "data", key=key).text = str(p[key])
    for n, (source, target, event) in enumerate(edges):
        edge = ET.SubElement(graph, "edge", id=f"e{n}", source=f"a{source}", target=f"a{target}")
        values = {
            "event": event["id"],
            "mode": event["mode"],
            "status": event["status"],
            "date": (event["date"] or {}).get("value"),
            "outlets": event["outlets"],
        }
        for key, value in values.items():
            if value is not None:
                ET.SubElement(edge, "data", key=key).text = str(value)
    return ET.tostring(root, encoding="unicode", xml_declaration=True)


def export(db: Database, fmt: str, where: ContactFilter | None = None) -> Iterator[str]:
    """The ledger's contacts in ``fmt``: jsonl, csv, graphml or plover (JSON lines)."""
    events = contacts(db, where or ContactFilter())
    if fmt == "jsonl":
        for event in events:
            yield json.dumps(event, ensure_ascii=False) + "\n"
    elif fmt == "plover":
        for event in events:
            yield json.dumps(plover.from_ledger(event), ensure_ascii=False) + "\n"
    elif fmt == "csv":
        yield to_csv([flat(e) for e in events], CSV_FIELDS)
    elif fmt == "graphml":
        yield graphml(events) + "\n"
    else:
        raise ValueError(f"unknown export format {fmt!r}")
