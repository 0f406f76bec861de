"""The ASGI application: routes, templates, static files, security headers and error pages."""

from __future__ import annotations

import logging
from pathlib import Path

from jinja2 import Environment, FileSystemLoader
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..ledger.query import UnknownActor
from . import analyse, api, pages
from .analyse import Analyser
from .marks import LEGEND
from .params import CONFIRMATIONS, MODES, PAGE_SIZES, STATUSES, BadParameter
from .reader import LedgerReader
from .responses import error

HERE = Path(__file__).parent
TIMELINE_MAX = 500  # contacts one timeline draws: vis-timeline takes about half a second for this many
MAX_UPLOAD = 2_000_000  # bytes in one analyse request, file and form together

# Scripts only from our own static folder: no inline script, no eval, no other origin. Inline styles are
# allowed because cytoscape and vis-timeline set them as they draw; a style cannot run code.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]
STATIC_CACHE = [(b"cache-control", b"public, max-age=3600")]  # the vendored files change only with the package
log = logging.getLogger(__name__)


class SecurityHeaders:
    """Adds the CSP and friends to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = STATIC_CACHE if scope["path"].startswith("/static/") else []
                message["headers"] = [*message.get("headers", []), *HEADERS, *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers if scope["type"] == "http" else send)


def templates() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True)
    env.globals.update(
        LEGEND=LEGEND,
        TIMELINE_MAX=TIMELINE_MAX,
        MODES=MODES,
        STATUSES=STATUSES,
        CONFIRMATIONS=CONFIRMATIONS,
        PAGE_SIZES=PAGE_SIZES,
    )
    return env


async def bad_parameter(request: Request, exc: Exception) -> Response:
    return error(request, 400, str(exc))


async def unknown_actor(request: Request, exc: Exception) -> Response:
    return error(request, 404, str(exc))


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    plain = {"Not Found": "No such page.", "Method Not Allowed": "That method is not allowed here."}
    return error(request, exc.status_code, plain.get(exc.detail, exc.detail))


async def server_error(request: Request, exc: Exception) -> Response:
    log.exception("error serving %s", request.url.path)
    return error(request, 500, "Something went wrong on the server; the details are in its log.")


def create_app(db_path: str | Path, *, analyser: Analyser | None = None, max_upload: int = MAX_UPLOAD) -> Starlette:
    """The application over the ledger at ``db_path`` (read-only, except for storing an analysed
    article when the user asks). ``analyser`` lets tests share an already loaded model."""
    app = Starlette(
        routes=[
            *pages.routes,
            *api.routes,
            *analyse.routes,
            Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
        ],
        exception_handlers={
            BadParameter: bad_parameter,
            UnknownActor: unknown_actor,
            HTTPException: http_error,
            Exception: server_error,
        },
    )
    app.state.reader = LedgerReader(db_path)
    app.state.templates = templates()
    app.state.analyser = analyser or Analyser()
    app.state.max_upload = max_upload
    app.add_middleware(SecurityHeaders)
    return app
