"""Every page and endpoint answers on a ledger of the bundled example articles (the quick start's demo)."""

from __future__ import annotations

import pytest
from markupsafe import escape
from starlette.testclient import TestClient

from backchannel.ledger.store import ingest_record, open_ledger
from backchannel.pipeline import extract_article
from backchannel.readers import iter_items
from backchannel.web.app import create_app
from tests.conftest import EXAMPLES
from tests.web.test_routes import INLINE_SCRIPT


@pytest.fixture(scope="module")
def demo(tmp_path_factory, nlp, analyser) -> TestClient:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_ledger(path)
    for item in iter_items([str(EXAMPLES)]):
        assert item.article is not None, item.error
        ingest_record(db, extract_article(item.article, nlp).to_dict())
    db.conn.close()
    return TestClient(create_app(path, analyser=analyser))


def test_every_page_of_every_article_actor_and_contact(demo):
    contacts = demo.get("/api/contacts?per_page=1000").json()
    actors = demo.get("/api/actors?per_page=1000").json()
    articles = {r["article_id"] for e in contacts for r in e["reports"]}
    assert contacts and actors and articles
    urls = ["/", "/search?q=Virtanen", "/contacts", "/contacts?view=timeline", "/network", "/analyse"]
    urls += [f"/contacts/{e['id']}" for e in contacts] + [f"/api/contacts/{e['id']}" for e in contacts]
    urls += [f"/actors/{a['id']}" for a in actors] + [f"/api/actors/{a['id']}/network?steps=2" for a in actors]
    urls += [f"/api/actors/{a['id']}/timeline" for a in actors] + [
        f"/api/actors/{a['id']}/counterparts" for a in actors
    ]
    urls += [f"/articles/{i}" for i in articles] + [f"/api/articles/{i}" for i in articles]
    urls += ["/api/network", "/api/counts", "/api/search?q=call", "/api/quotes?speaker=Tanaka"]
    for url in urls:
        response = demo.get(url)
        assert response.status_code == 200, url
        assert not INLINE_SCRIPT.search(response.text), url


def test_the_demo_call_between_virtanen_and_vieira(demo):
    calls = demo.get("/api/contacts?between=Virtanen&between=Vieira&mode=phone").json()
    assert len(calls) == 1 and len({r["article_id"] for r in calls[0]["reports"]}) == 2
    page = demo.get(f"/contacts/{calls[0]['id']}").text
    assert page.count('class="report"') == len({r["article_id"] for r in calls[0]["reports"]})
    assert all(str(escape(r["source"])) in page for r in calls[0]["reports"] if r["source"])
