"""The analyse page: paste a text or upload a file, see its record drawn; store it only when asked.

The model loads on the first analysis and stays loaded for the life of the server.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..ledger.extractor_version import extractor_version
from ..ledger.store import ingest_record, open_ledger
from ..pipeline import analysable_text, explained
from ..readers.decoding import DecodeError, decode
from ..readers.text import read_text
from . import marks, params
from .responses import error, render

if TYPE_CHECKING:
    from spacy.language import Language

    from ..records import Article

HTML_NAMES = (".html", ".htm")
TEXT_NAMES = (".txt", ".text")


class Analyser:
    """Extraction with one model, loaded on first use, one analysis at a time."""

    def __init__(self, nlp: Language | None = None) -> None:
        self._nlp = nlp
        self._lock = threading.Lock()

    def record(self, article: Article) -> dict[str, Any]:
        with self._lock:
            if self._nlp is None:
                from .. import nlp as nlp_module

                self._nlp = nlp_module.load()
            # with its rules, as ingest extracts, so a stored article keeps them
            return explained(article, self._nlp(analysable_text(article)))


class _TooLarge(Exception):
    """A request body over the upload cap."""


def _same_origin(request: Request) -> bool:
    """A form post from our own pages (or a non-browser client), not from another site the user visits.

    Browsers say where a request comes from in Sec-Fetch-Site; older ones only in Origin."""
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site in ("same-origin", "none")
    origin = request.headers.get("origin")
    return origin is None or urlsplit(origin).netloc == request.headers.get("host")


async def _article(request: Request) -> tuple[Article, bool]:
    """The article a form (pasted text or an uploaded file) holds, and whether to store it."""
    cap = request.app.state.max_upload
    length = request.headers.get("content-length")
    if length is None or not length.isdigit():
        raise _TooLarge("a Content-Length header is required")
    if int(length) > cap:
        raise _TooLarge(f"the upload is larger than {cap:,} bytes")
    async with request.form(max_files=1, max_fields=10, max_part_size=cap) as form:
        upload = form.get("file")
        pasted = form.get("text")
        meta = {key: form.get(key) for key in ("title", "published", "outlet")}
        store = form.get("store") == "yes"
        if isinstance(upload, UploadFile) and upload.filename:
            name = upload.filename.lower()[-100:]
            data = await upload.read()
        else:
            name, data = "", None
    if data is not None:
        try:
            text, _ = decode(data)  # as the command line reads files: a byte-order mark, UTF-8, else cp1252
        except DecodeError as err:
            raise params.BadParameter(f"the file is not text: {err}") from None
    else:
        text = pasted if isinstance(pasted, str) else ""
    if not text.strip():
        raise params.BadParameter("paste a text or choose a file to analyse")
    given = {key: value.strip() for key, value in meta.items() if isinstance(value, str) and value.strip()}
    if "published" in given:
        given["published"] = params.parse_day(given["published"], "published")
    article = _read(text, name)
    for key, value in given.items():
        setattr(article, key, value[: params.MAX_TEXT])
    return article, store


def _read(text: str, name: str) -> Article:
    """The article in a pasted text or an uploaded .txt or .html file, read as ``extract`` reads it."""
    source = name or "pasted"
    if name.endswith(HTML_NAMES) or (not name.endswith(TEXT_NAMES) and text.lstrip()[:1] == "<"):
        from ..readers.html import read_html

        try:
            return read_html(text, source=source)
        except ValueError as err:
            raise params.BadParameter(str(err)) from None
    return read_text(text, source=source)


def form(request: Request) -> Response:
    return render(request, "analyse.html", result=None)


async def _analyse(request: Request) -> tuple[dict[str, Any], dict[str, Any] | None] | Response:
    if not _same_origin(request):
        return error(request, 403, "Analyses can only be sent from this server's own pages.")
    try:
        article, store = await _article(request)
    except _TooLarge as err:
        return error(request, 413, f"Too large: {err}.")
    record = await run_in_threadpool(request.app.state.analyser.record, article)
    stored = None
    if store:
        stored = await run_in_threadpool(_store, request, record)
    return record, stored


def _store(request: Request, record: dict[str, Any]) -> dict[str, Any]:
    ledger = open_ledger(request.app.state.reader.path, create=False)
    try:
        outcome = ingest_record(ledger, {**record, "extractor": extractor_version()})
    finally:
        ledger.close()
    return {"status": outcome.status, "article_id": outcome.article_id, "message": outcome.message}


async def analyse_page(request: Request) -> Response:
    result = await _analyse(request)
    if isinstance(result, Response):
        return result
    record, stored = result
    segments = marks.segments(record["article"]["text"], marks.record_spans(record))
    return render(request, "analyse.html", result=record, segments=segments, stored=stored)


async def analyse_api(request: Request) -> Response:
    result = await _analyse(request)
    if isinstance(result, Response):
        return result
    record, stored = result
    return JSONResponse({**record, "stored": stored} if stored else record)


routes = [
    Route("/analyse", form, methods=["GET"]),
    Route("/analyse", analyse_page, methods=["POST"]),
    Route("/api/analyse", analyse_api, methods=["POST"]),
]
