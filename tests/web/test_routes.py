"""Every page and API endpoint, in process, on a ledger of our fixture articles."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3

import pytest
from click.testing import CliRunner

from backchannel.cli import main
from backchannel.web.app import CSP, create_app
from tests.web.conftest import ids

PAGES = ["/", "/search?q=Saar", "/contacts", "/contacts?view=timeline", "/network", "/analyse"]
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\ssrc=)[^>]*>", re.I)


@pytest.fixture(scope="module")
def people(client):
    return ids(client, "/api/actors?per_page=200")


def contacts(client, query: str = "") -> list[dict]:
    response = client.get(f"/api/contacts?{query}")
    assert response.status_code == 200, response.text
    return response.json()


def cli_json(ledger_path, *args: str) -> list[dict]:
    result = CliRunner().invoke(main, ["contacts", "--db", str(ledger_path), *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("url", PAGES)
def test_pages_render_with_csp_and_no_inline_script(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["content-security-policy"] == CSP
    script_src = next(d for d in CSP.split(";") if d.strip().startswith("script-src"))
    assert script_src.split() == ["script-src", "'self'"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert not INLINE_SCRIPT.search(response.text)


def test_home_shows_counts_and_latest_contacts(client):
    page = client.get("/").text
    counts = client.get("/api/counts").json()
    assert counts["articles"] == 6
    assert counts["contacts"] == len(contacts(client, "per_page=100"))
    assert counts["quotes"] == int(client.get("/api/quotes?per_page=1").headers["x-total-count"])
    assert f'<span id="count-articles">{counts["articles"]}</span>' in page
    latest = contacts(client, "sort=-date&per_page=10")
    assert f'href="/contacts/{latest[0]["id"]}"' in page


def test_search_finds_actors_quotes_and_contacts(client):
    found = client.get("/api/search?q=Saar").json()
    assert "Kadri Saar" in [a["name"] for a in found["actors"]]
    assert any("no meeting with Minister Saar" in q["content"] for q in found["quotes"])
    assert {p["name"] for e in found["contacts"] for p in e["participants"]} >= {"Kadri Saar", "Tomás Ibarra"}
    page = client.get("/search?q=chapter").text
    assert "We agreed to open a new chapter" in page


def test_api_contacts_have_the_cli_json_shape(client, ledger_path):
    assert contacts(client, "between=Saar&between=Ibarra") == cli_json(ledger_path, "--between", "Saar", "Ibarra")
    assert contacts(client, "since=2026-06-01&status=occurred") == cli_json(
        ledger_path, "--since", "2026-06-01", "--status", "occurred"
    )


def test_one_meeting_reported_and_denied_is_one_contact(client):
    (meeting,) = contacts(client, "between=Saar&between=Ibarra")
    # the Estonian minister went to Santiago (a visit); the denial tells it as a meeting: one happening
    assert meeting["mode"] == "visit"
    # the Harbour Times tells it on two sources, the ministry and "a statement" its second sentence cites
    assert [(r["outlet"], r["source"]) for r in meeting["reports"]] == [
        ("Harbour Times", "Estonian foreign ministry"),
        ("Harbour Times", "statement"),
        ("Andes Daily", "Tomás Ibarra"),
    ]
    # the Estonian ministry's own account confirms it, and so does Saar's "we agreed" after the talks; Ibarra
    # denies it
    assert [(c["status"], c["by"]) for c in meeting["confirmations"]] == [
        ("confirmed", "Estonian foreign ministry"),
        ("confirmed", "Kadri Saar"),
        ("denied", "Tomás Ibarra"),
    ]


def test_filters(client):
    names = lambda events: sorted({p["name"] for e in events for p in e["participants"]})  # noqa: E731
    assert names(contacts(client, "between=Estonia&between=Kenya")) == ["Kadri Saar", "Wanjiru Mwangi"]
    assert names(contacts(client, "between=Saar")) == ["Kadri Saar", "Tomás Ibarra", "Wanjiru Mwangi"]
    assert [e["mode"] for e in contacts(client, "mode=phone")] == ["phone"]
    # Saar in Santiago, Mwangi in Ottawa, Holm in Vienna: each went to the other's capital
    assert [e["mode"] for e in contacts(client, "mode=visit")] == ["visit", "visit", "visit"]
    assert all(e["sort_date"] >= "2026-06-01" for e in contacts(client, "since=2026-06-01"))
    assert all(e["sort_date"] <= "2026-06-30" for e in contacts(client, "until=2026-06-30"))
    assert len(contacts(client, "since=2026-06-01")) + len(contacts(client, "until=2026-05-31")) == len(
        contacts(client)
    )
    denied = contacts(client, "confirmation=denied")
    assert len(denied) == 1 and names(denied) == ["Kadri Saar", "Tomás Ibarra"]
    assert all(not e["confirmations"] for e in contacts(client, "confirmation=none"))
    assert names(contacts(client, "country=KEN")) == ["Colette Roy", "Kadri Saar", "Wanjiru Mwangi"]
    assert names(contacts(client, "q=Vienna")) == ["Lena Gruber", "Mikkel Holm"]


def test_sorting_and_paging(client):
    everything = contacts(client, "per_page=100")
    dates = [e["sort_date"] for e in everything]
    assert dates == sorted(dates) and len(everything) >= 5
    assert [e["id"] for e in contacts(client, "sort=-date&per_page=100")] == [e["id"] for e in everything][::-1]
    first, second = contacts(client, "per_page=2&page=1"), contacts(client, "per_page=2&page=2")
    assert [e["id"] for e in first + second] == [e["id"] for e in everything[:4]]
    response = client.get("/api/contacts?per_page=2")
    assert response.headers["x-total-count"] == str(len(everything))
    last = -(-len(everything) // 2)
    page = client.get(f"/contacts?per_page=2&page={last}").text
    assert f'<span id="total">{len(everything)}</span>' in page
    assert 'rel="next"' not in page and 'rel="prev"' in page
    assert 'rel="next"' in client.get("/contacts?per_page=2&page=1").text


def test_htmx_requests_get_only_the_results(client):
    response = client.get("/contacts?since=2026-06-01", headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert "<html" not in response.text and 'id="total"' in response.text


def test_downloads_hold_exactly_what_is_shown(client):
    query = "sort=-date&per_page=2&page=1"
    shown = contacts(client, query)
    as_csv = client.get(f"/contacts.csv?{query}")
    assert as_csv.headers["content-disposition"] == 'attachment; filename="contacts.csv"'
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert [int(r["id"]) for r in rows] == [e["id"] for e in shown]
    as_json = client.get(f"/contacts.json?{query}")
    assert as_json.headers["content-disposition"] == 'attachment; filename="contacts.json"'
    assert as_json.json() == shown
    page = client.get(f"/contacts?{query}").text
    assert "/contacts.csv?sort=-date&amp;per_page=2&amp;page=1" in page


def test_contact_page_marks_evidence_and_lists_the_denial(client):
    (meeting,) = contacts(client, "between=Saar&between=Ibarra")
    page = client.get(f"/contacts/{meeting['id']}").text
    assert '<mark class="m-contact" title="evidence">Estonian Foreign Minister Kadri Saar met' in page
    history = page[page.index('id="confirmations"') : page.index('id="reports"')]
    assert "Tomás Ibarra" in history and "c-denied" in history
    assert page.index("Harbour Times") < page.index("Andes Daily")
    assert client.get(f"/api/contacts/{meeting['id']}").json() == meeting


def test_actor_page_and_its_api(client, people):
    saar = people["Kadri Saar"]
    page = client.get(f"/actors/{saar}").text
    assert "Foreign Minister" in page and "EST" in page
    counterparts = client.get(f"/api/actors/{saar}/counterparts").json()
    assert {c["name"]: c["contacts"] for c in counterparts} == {"Tomás Ibarra": 1, "Wanjiru Mwangi": 1}
    assert f'href="/actors/{people["Wanjiru Mwangi"]}"' in page
    assert "We agreed to open a new chapter" in page
    searched = client.get(f"/actors/{saar}?q=nothing-like-this").text
    assert "We agreed to open" not in searched and "No quote matches" in searched
    timeline = client.get(f"/api/actors/{saar}/timeline").json()
    assert [e["what"] for e in timeline].count("contact") == 2
    assert client.get(f"/api/actors/{saar}").json()["name"] == "Kadri Saar"


def test_actor_network_one_and_two_steps(client, people):
    saar = people["Kadri Saar"]
    one = client.get(f"/api/actors/{saar}/network?steps=1").json()
    assert sorted(n["name"] for n in one["nodes"]) == ["Kadri Saar", "Tomás Ibarra", "Wanjiru Mwangi"]
    assert sorted((e["source"], e["target"], e["count"]) for e in one["edges"]) == sorted(
        (min(saar, other), max(saar, other), 1) for other in (people["Tomás Ibarra"], people["Wanjiru Mwangi"])
    )
    two = {n["name"] for n in client.get(f"/api/actors/{saar}/network?steps=2").json()["nodes"]}
    assert two >= {"Colette Roy", "Mikkel Holm"}


def test_article_page_marks_quotes_contacts_and_boilerplate(client):
    articles = {e["reports"][0]["title"]: e["reports"][0]["article_id"] for e in contacts(client)}
    pasted = client.get(f"/articles/{articles['Holm and Gruber meet in Vienna']}").text
    for kind in ("quote", "cue", "speaker", "contact", "boilerplate"):
        assert f'class="m-{kind}' in pasted or f" m-{kind}" in pasted, kind
    assert '<mark class="m-boilerplate" title="boilerplate">Home | World | Europe | Business | Opinion</mark>' in pasted
    assert 'class="legend"' in pasted
    record = client.get(f"/api/articles/{articles['Holm and Gruber meet in Vienna']}").json()
    assert {a["name"] for a in record["actors"]} >= {"Mikkel Holm", "Lena Gruber"}
    assert all(f'href="/actors/{a["id"]}"' in pasted for a in record["actors"])
    assert all(f'href="/contacts/{e["id"]}"' in pasted for e in record["contacts"])


def test_network_for_a_filter(client):
    graph = client.get("/api/network?since=2026-06-01").json()
    assert {n["name"] for n in graph["nodes"]} >= {"Wanjiru Mwangi", "Colette Roy", "Mikkel Holm"}
    assert "Kadri Saar" in {n["name"] for n in graph["nodes"]}  # the June phone call
    assert all(e["count"] >= 1 for e in graph["edges"])
    whole = client.get("/api/network").json()
    degree = {n["name"]: n["contacts"] for n in whole["nodes"]}
    assert degree["Kadri Saar"] == 2 and degree["Mikkel Holm"] == 2
    page = client.get("/network?between=Estonia&since=2026-01-01").text
    assert 'data-src="/api/network?between=Estonia&amp;since=2026-01-01"' in page


@pytest.mark.parametrize(
    "url",
    [
        "/contacts?since=not-a-date",
        "/contacts?until=2026-02-30",
        "/contacts?status=maybe",
        "/contacts?mode=telepathy",
        "/contacts?page=0",
        "/contacts?per_page=100000",
        "/contacts?country=XX1",
        "/contacts?between=a&between=b&between=c",
        "/contacts?since=2026-06-01&until=2026-01-01",
        "/actors/1?steps=3",
        "/api/contacts?since=yesterday",
        "/api/search",
        "/network?confirmation=perhaps",
    ],
)
def test_bad_parameters_are_400_with_a_plain_message(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "Traceback" not in response.text
    if url.startswith("/api/"):
        assert set(response.json()) == {"error"}
    else:
        assert 'role="alert"' in response.text


@pytest.mark.parametrize(
    "url",
    [
        "/contacts/99999",
        "/actors/99999",
        "/articles/99999",
        "/actors/abc",
        "/no/such/page",
        "/contacts?between=Nobody%20Atall",
        "/api/contacts/99999",
        "/api/actors/99999/network",
        "/api/articles/99999",
        "/api/contacts?actor=Nobody%20Atall",
    ],
)
def test_unknown_things_are_404(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Traceback" not in response.text


def test_error_pages_never_echo_input_unescaped(client):
    hostile = "<script>alert(1)</script>"
    response = client.get("/contacts", params={"between": hostile})
    assert response.status_code == 404
    assert hostile not in response.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text
    response = client.get("/search", params={"q": hostile})
    assert hostile not in response.text and "&lt;script&gt;" in response.text


def test_hostile_article_shows_as_text(client):
    (event,) = [e for e in contacts(client, "between=Holm&between=Ibarra")]
    article_id = event["reports"][0]["article_id"]
    for url in (f"/articles/{article_id}", f"/contacts/{event['id']}", "/contacts", "/search?q=talked"):
        page = client.get(url).text
        assert "<script>alert(" not in page and "<img src=x" not in page, url
        assert not re.search(r"href=[\"']?\s*javascript:", page, re.I), url
    page = client.get(f"/articles/{article_id}").text
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in page
    assert "javascript:alert(&#39;url&#39;)" in page  # shown, never linked


def test_static_files_stay_in_their_folder(client):
    assert client.get("/static/vendor/htmx.min.js").status_code == 200
    assert client.get("/static/app.js").headers["content-type"].startswith("text/javascript")
    for url in (
        "/static/../pages.py",
        "/static/%2e%2e/pages.py",
        "/static/..%2fpages.py",
        "/static/vendor/../../app.py",
    ):
        assert client.get(url).status_code == 404, url


def test_the_query_connection_is_read_only(client):
    db = client.app.state.reader.db()
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        db.execute("DELETE FROM articles")


ANALYSE_TEXT = (
    "Norwegian Foreign Minister Ingrid Dahl met Peruvian Foreign Minister Luis Paredes in Lima on Friday.\n\n"
    '"We will work together on fisheries," Dahl said.'
)


def test_analyse_draws_a_pasted_text_and_stores_nothing(client):
    before = client.get("/api/counts").json()
    response = client.post("/analyse", data={"text": ANALYSE_TEXT, "published": "2026-10-10"})
    assert response.status_code == 200
    assert 'class="m-quote' in response.text and "m-contact" in response.text and "m-cue" in response.text
    assert "Ingrid Dahl" in response.text
    record = client.post("/api/analyse", data={"text": ANALYSE_TEXT}).json()
    assert record["schema"] == "backchannel.article/1" and record["events"][0]["mode"] == "visit"  # she went to Lima
    assert client.get("/api/counts").json() == before


def test_analyse_uploads_a_file(client):
    files = {"file": ("story.txt", ANALYSE_TEXT.encode(), "text/plain")}
    record = client.post("/api/analyse", files=files).json()
    assert {a["name"] for a in record["actors"]} >= {"Ingrid Dahl", "Luis Paredes"}
    bad = client.post("/api/analyse", files={"file": ("x.bin", b"\x00\x01\x02\x03binary", "text/plain")})
    assert bad.status_code == 400 and "binary" in bad.json()["error"]
    utf16 = ("\ufeff" + ANALYSE_TEXT).encode("utf-16-le")  # read as the command line reads it
    record = client.post("/api/analyse", files={"file": ("story.txt", utf16, "text/plain")}).json()
    assert {a["name"] for a in record["actors"]} >= {"Ingrid Dahl", "Luis Paredes"}
    assert client.post("/api/analyse", data={"text": "  "}).status_code == 400
    assert client.post("/api/analyse", data={"text": ANALYSE_TEXT, "published": "soon"}).status_code == 400


def test_analyse_stores_only_when_asked(writable_client):
    before = writable_client.get("/api/counts").json()["articles"]
    response = writable_client.post("/analyse", data={"text": ANALYSE_TEXT, "store": "yes"})
    assert 'id="stored"' in response.text and "stored" in response.text
    assert writable_client.get("/api/counts").json()["articles"] == before + 1


def test_analyse_refuses_other_sites_and_large_uploads(ledger_path, analyser):
    from starlette.testclient import TestClient

    small = TestClient(create_app(ledger_path, analyser=analyser, max_upload=1000))
    assert small.post("/analyse", data={"text": "x" * 2000}).status_code == 413
    files = {"file": ("big.txt", b"y" * 5000, "text/plain")}
    assert small.post("/api/analyse", files=files).status_code == 413
    cross = small.post("/analyse", data={"text": ANALYSE_TEXT}, headers={"Origin": "http://elsewhere.example"})
    assert cross.status_code == 403
    assert small.post("/analyse", data={"text": "y"}, headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403


def test_serve_binds_loopback_by_default():
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    assert "127.0.0.1" in result.output
    host = next(p for p in main.commands["serve"].params if p.name == "host")
    assert host.default == "127.0.0.1"


def test_serve_refuses_a_missing_ledger_plainly(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no ledger at" in result.output and "Traceback" not in result.output


def test_quotes_api_filters_and_pages(client, people):
    everything = client.get("/api/quotes?per_page=100").json()
    assert len(everything) >= 4
    second = client.get("/api/quotes?per_page=1&page=2")
    assert second.json() == everything[1:2] and second.headers["x-total-count"] == str(len(everything))
    by_saar = client.get(f"/api/quotes?speaker_id={people['Kadri Saar']}").json()
    assert by_saar == client.get("/api/quotes?speaker=Kadri%20Saar").json()
    assert [q["speaker_name"] for q in by_saar] == ["Kadri Saar"]
    assert [q["content"] for q in client.get("/api/quotes?search=steady%20partner").json()] == [
        '"Canada is a steady partner,"'
    ]
