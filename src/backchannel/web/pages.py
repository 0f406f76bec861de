"""The HTML pages: each a plain URL that can be bookmarked, rendered on the server."""

from __future__ import annotations

import json
from urllib.parse import urlencode

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..ledger import query
from ..ledger.export import CSV_FIELDS, flat, to_csv
from . import marks, params
from .responses import db, is_htmx, render

LATEST = 10  # contacts on the home page
SEARCH_HITS = 20
COUNTERPARTS = 50
QUOTES_PER_PAGE = 20


def home(request: Request) -> Response:
    ledger = db(request)
    latest = query.contacts(ledger, query.ContactFilter(sort="-date", limit=LATEST))
    return render(request, "home.html", counts=query.counts(ledger), latest=latest)


def search(request: Request) -> Response:
    q = params.text(request.query_params, "q")
    found = query.search(db(request), q, limit=SEARCH_HITS) if q else None
    return render(request, "search.html", q=q or "", found=found)


def _shown_contacts(request: Request) -> tuple[query.ContactFilter, params.Page, int, list[dict]]:
    where = params.contact_filter(request.query_params)
    page = params.page(request.query_params)
    where.limit, where.offset = page.size, page.offset
    total, rows = query.contacts_page(db(request), where)
    return where, page, total, rows


def contacts(request: Request) -> Response:
    view = params.choice(request.query_params, "view", ["list", "timeline"]) or "list"
    where, page, total, rows = _shown_contacts(request)
    shown = params.filter_query(request.query_params, keep=("sort", "page", "per_page"))
    context = {
        "where": where,
        "page": page,
        "total": total,
        "rows": rows,
        "view": view,
        "shown": urlencode(shown),
        "filter": urlencode(params.filter_query(request.query_params, keep=("sort",))),
        "pages": max(1, -(-total // page.size)),
        "between": [*(where.between or []), "", ""][:2],
    }
    if is_htmx(request):
        return render(request, "_contacts_results.html", **context)
    return render(request, "contacts.html", **context)


def contacts_csv(request: Request) -> Response:
    _, _, _, rows = _shown_contacts(request)
    return Response(
        to_csv([flat(r) for r in rows], CSV_FIELDS),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": 'attachment; filename="contacts.csv"'},
    )


def contacts_json(request: Request) -> Response:
    _, _, _, rows = _shown_contacts(request)
    return Response(
        json.dumps(rows, ensure_ascii=False, indent=2),
        media_type="application/json",
        headers={"content-disposition": 'attachment; filename="contacts.json"'},
    )


def contact(request: Request) -> Response:
    ledger = db(request)
    event = query.contact(ledger, request.path_params["event_id"])
    if event is None:
        raise HTTPException(404, "No such contact.")
    texts = query.article_texts(ledger, [r["article_id"] for r in event["reports"]])
    articles: dict[int, dict] = {}  # one block per reporting article, in publication order
    for report in event["reports"]:
        block = articles.get(report["article_id"])
        if block is None:
            segments, found = marks.snippet(texts.get(report["article_id"], ""), report["evidence"])
            block = articles[report["article_id"]] = {**report, "snippet": segments, "found": found, "sources": []}
        block["sources"].append({"source": report["source"], "via": report["via"]})
    reports = list(articles.values())
    return render(request, "contact.html", event=event, reports=reports)


def actor(request: Request) -> Response:
    ledger = db(request)
    actor_id = request.path_params["actor_id"]
    found = query.actor(ledger, actor_id)
    if found is None:
        raise HTTPException(404, "No such actor.")
    q = params.text(request.query_params, "q")
    page = params.integer(request.query_params, "page", 1)
    steps = params.integer(request.query_params, "steps", 1, high=2)
    total = query.count_quotes(ledger, speaker_id=actor_id, search=q)
    said = query.quotes(
        ledger, speaker_id=actor_id, search=q, limit=QUOTES_PER_PAGE, offset=(page - 1) * QUOTES_PER_PAGE
    )
    return render(
        request,
        "actor.html",
        actor=found,
        counterparts=query.counterparts(ledger, actor_id, limit=COUNTERPARTS),
        quotes=said,
        quotes_total=total,
        q=q or "",
        page=page,
        pages=max(1, -(-total // QUOTES_PER_PAGE)),
        steps=steps,
    )


def article(request: Request) -> Response:
    found = query.article(db(request), request.path_params["article_id"])
    if found is None:
        raise HTTPException(404, "No such article.")
    segments = marks.segments(found["text"], marks.ledger_spans(found))
    return render(request, "article.html", article=found, segments=segments)


def network(request: Request) -> Response:
    where = params.contact_filter(request.query_params)
    query.count_contacts(db(request), where)  # an unknown name is a 404 here, not an empty drawing
    return render(
        request,
        "network.html",
        where=where,
        filter=urlencode(params.filter_query(request.query_params)),
        between=[*(where.between or []), "", ""][:2],
    )


routes = [
    Route("/", home),
    Route("/search", search),
    Route("/contacts", contacts),
    Route("/contacts.csv", contacts_csv),
    Route("/contacts.json", contacts_json),
    Route("/contacts/{event_id:rowid}", contact),
    Route("/actors/{actor_id:rowid}", actor),
    Route("/articles/{article_id:rowid}", article),
    Route("/network", network),
]
