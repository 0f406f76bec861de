"""A ledger built from our own fixture articles, the app over it, and a real server and browser for it."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from backchannel.ledger.store import ingest_record, open_ledger
from backchannel.pipeline import extract_article
from backchannel.readers import iter_items
from backchannel.web.analyse import Analyser
from backchannel.web.app import create_app
from tests.conftest import DATA

ARTICLES = DATA / "web" / "articles.jsonl"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).parent.parent / "screenshots"  # git-ignored: for a person to look at


@pytest.fixture(scope="session")
def web_records(nlp) -> list[dict]:
    """The fixture articles' records, extracted as `ingest` extracts them."""
    records = []
    for item in iter_items([str(ARTICLES)]):
        assert item.article is not None, item.error
        records.append(extract_article(item.article, nlp).to_dict())
    return records


def store_all(target: str | Path, records: list[dict]) -> None:
    db = open_ledger(target)
    for record in records:
        outcome = ingest_record(db, record)
        assert outcome.status == "stored", outcome.message
    db.close()


@pytest.fixture(scope="session")
def ledger_path(tmp_path_factory, web_records) -> Path:
    """The fixture articles stored in a fresh ledger."""
    path = tmp_path_factory.mktemp("web") / "ledger.db"
    store_all(path, web_records)
    return path


@pytest.fixture(scope="session")
def analyser(nlp) -> Analyser:
    return Analyser(nlp)


@pytest.fixture(scope="session")
def client(ledger_path, analyser) -> TestClient:
    return TestClient(create_app(ledger_path, analyser=analyser))


@pytest.fixture
def writable_client(ledger_path, analyser, tmp_path) -> TestClient:
    """An app over a copy of the ledger, for the one test that stores an article."""
    copy = tmp_path / "copy.db"
    shutil.copy(ledger_path, copy)
    return TestClient(create_app(copy, analyser=analyser))


def ids(client: TestClient, url: str) -> dict[str, int]:
    """Names to ledger ids, from the API."""
    return {a["name"]: a["id"] for a in client.get(url).json()}


@pytest.fixture(scope="session")
def server(ledger_path, analyser) -> Iterator[str]:
    """The app served by uvicorn on a free local port, in a thread; yields its base URL."""
    import uvicorn

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = uvicorn.Config(
        create_app(ledger_path, analyser=analyser), host="127.0.0.1", port=port, log_level="warning"
    )
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started:
        assert time.monotonic() < deadline, "the test server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


def require_chromium(path: Path) -> Path:
    """The browser to test with; a missing one fails the test (never skips it) and says how to install it."""
    if not path.exists():
        pytest.fail(
            f"Chromium is not installed at {path}: the browser tests need it. Install it with "
            "'apt-get install -y chromium' (as root), or run scripts/test.sh, which does."
        )
    return path


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright (whose own browser download cannot work here)."""
    from playwright.sync_api import sync_playwright

    chromium = require_chromium(CHROMIUM)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(chromium), headless=True, args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    """A fresh page; fails the test if the page logs an error (a CSP violation, a script error)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    problems: list[str] = []
    opened.problems = problems  # a test that means to open an error page clears what it logs
    opened.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    opened.on(
        "console", lambda msg: problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None
    )
    yield opened
    context.close()
    assert not problems, problems


def screenshot(page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
