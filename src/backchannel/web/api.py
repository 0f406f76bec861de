"""The JSON API under /api: what the pages show, with the same filters and the CLI's ``--json`` shapes."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..ledger import query
from . import params
from .responses import db

MAX_NODES = 150


def _json(data: object, total: int | None = None) -> JSONResponse:
    headers = {"x-total-count": str(total)} if total is not None else None
    return JSONResponse(data, headers=headers)


def counts(request: Request) -> Response:
    return _json(query.counts(db(request)))


def search(request: Request) -> Response:
    q = params.text(request.query_params, "q")
    if not q:
        raise params.BadParameter("q is required")
    return _json(query.search(db(request), q, limit=params.integer(request.query_params, "limit", 20, high=200)))


def contacts(request: Request) -> Response:
    where = params.contact_filter(request.query_params)
    page = params.page(request.query_params, api=True)
    where.limit, where.offset = page.size, page.offset
    total, rows = query.contacts_page(db(request), where)
    return _json(rows, total)


def contact(request: Request) -> Response:
    event = query.contact(db(request), request.path_params["event_id"])
    if event is None:
        raise HTTPException(404, "No such contact.")
    return _json(event)


def actors(request: Request) -> Response:
    page = params.page(request.query_params, api=True)
    rows = query.actors(db(request), search=params.text(request.query_params, "search"), limit=page.offset + page.size)
    return _json(rows[page.offset :])


def _actor_id(request: Request) -> int:
    actor_id = request.path_params["actor_id"]
    if query.actor(db(request), actor_id) is None:
        raise HTTPException(404, "No such actor.")
    return actor_id


def actor(request: Request) -> Response:
    found = query.actor(db(request), request.path_params["actor_id"])
    if found is None:
        raise HTTPException(404, "No such actor.")
    return _json(found)


def counterparts(request: Request) -> Response:
    return _json(query.counterparts(db(request), _actor_id(request)))


def timeline(request: Request) -> Response:
    return _json(query.actor_timeline(db(request), _actor_id(request)))


def actor_network(request: Request) -> Response:
    steps = params.integer(request.query_params, "steps", 1, high=2)
    return _json(query.ego_network(db(request), _actor_id(request), steps=steps, max_nodes=MAX_NODES))


def quotes(request: Request) -> Response:
    qp = request.query_params
    page = params.page(qp, api=True)
    speaker_id = params.integer(qp, "speaker_id", 0) if params.text(qp, "speaker_id") else None
    found = {"speaker": params.text(qp, "speaker"), "search": params.text(qp, "search"), "speaker_id": speaker_id}
    ledger = db(request)
    total = query.count_quotes(ledger, **found)
    return _json(query.quotes(ledger, **found, limit=page.size, offset=page.offset), total)


def article(request: Request) -> Response:
    found = query.article(db(request), request.path_params["article_id"])
    if found is None:
        raise HTTPException(404, "No such article.")
    return _json(found)


def network(request: Request) -> Response:
    where = params.contact_filter(request.query_params)
    return _json(query.network(db(request), where, max_nodes=MAX_NODES))


routes = [
    Route("/api/counts", counts),
    Route("/api/search", search),
    Route("/api/contacts", contacts),
    Route("/api/contacts/{event_id:rowid}", contact),
    Route("/api/actors", actors),
    Route("/api/actors/{actor_id:rowid}", actor),
    Route("/api/actors/{actor_id:rowid}/counterparts", counterparts),
    Route("/api/actors/{actor_id:rowid}/timeline", timeline),
    Route("/api/actors/{actor_id:rowid}/network", actor_network),
    Route("/api/quotes", quotes),
    Route("/api/articles/{article_id:rowid}", article),
    Route("/api/network", network),
]
