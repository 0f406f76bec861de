"""Rendering pages and errors: every template escapes what it prints."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

if TYPE_CHECKING:
    from jinja2 import Environment

    from ..ledger.dialect import Ledger


def db(request: Request) -> Ledger:
    return request.app.state.reader.db()


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    env: Environment = request.app.state.templates
    html = env.get_template(name).render(request=request, **context)
    return HTMLResponse(html, status_code=status_code)


def error(request: Request, status_code: int, message: str) -> Response:
    """A plain error: JSON under /api, a page (or an htmx fragment) elsewhere; the message is escaped."""
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message}, status_code=status_code)
    name = "_error.html" if is_htmx(request) else "error.html"
    return render(request, name, status_code, status=status_code, message=message)


def is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true" and request.headers.get("hx-history-restore-request") != "true"
