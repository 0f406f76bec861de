"""`serve` over a PostgreSQL ledger: the same answers as over a SQLite ledger of the same articles."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from backchannel.web.app import create_app
from tests.web.conftest import store_all


@pytest.fixture(scope="module")
def pg_client(postgres, web_records, analyser) -> TestClient:
    url = postgres.new_database()
    store_all(url, web_records)
    return TestClient(create_app(url, analyser=analyser))


def _first_ids(client: TestClient) -> tuple[int, int, int]:
    contact = client.get("/api/contacts?per_page=1").json()[0]
    return contact["id"], contact["participants"][0]["id"], contact["reports"][0]["article_id"]


def _stored(answer):
    """An answer without the moment its article was stored, the one thing two ledgers need not share."""
    return {k: v for k, v in answer.items() if k != "ingested_at"} if isinstance(answer, dict) else answer


def test_every_api_answers_as_over_sqlite(client, pg_client):
    assert _first_ids(pg_client) == _first_ids(client)  # the same articles, stored in the same order
    event, actor, article = _first_ids(client)
    urls = [
        "/api/counts",
        "/api/contacts?per_page=1000",
        "/api/contacts?between=Estonia&since=2026-01-01&sort=-date",
        "/api/contacts?q=vienna&confirmation=none",
        "/api/contacts?sort=reports&per_page=3&page=2",
        f"/api/contacts/{event}",
        "/api/actors?per_page=1000",
        "/api/actors?search=saar",
        f"/api/actors/{actor}",
        f"/api/actors/{actor}/counterparts",
        f"/api/actors/{actor}/timeline",
        f"/api/actors/{actor}/network?steps=2",
        "/api/network?since=2026-06-01",
        "/api/quotes?per_page=1000",
        "/api/quotes?search=talks",
        f"/api/articles/{article}",
        "/api/search?q=Saar",
    ]
    for url in urls:
        on_sqlite, on_postgres = client.get(url), pg_client.get(url)
        assert on_postgres.status_code == on_sqlite.status_code == 200, url
        assert _stored(on_postgres.json()) == _stored(on_sqlite.json()), url
        assert on_postgres.headers.get("x-total-count") == on_sqlite.headers.get("x-total-count"), url


@pytest.mark.parametrize("url", ["/", "/contacts?between=Estonia", "/network", "/search?q=Saar"])
def test_pages_render_over_postgresql(pg_client, url):
    response = pg_client.get(url)
    assert response.status_code == 200 and "<html" in response.text
