"""The UI in a real Chromium: search, an actor's timeline and network, a contact, htmx filtering,
the analyse page, and hostile article text that must stay text."""

from __future__ import annotations

import pytest

from tests.web.conftest import require_chromium, screenshot

HOSTILE = ["<script>alert('title')</script>", "<img src=x onerror=alert('quote')>"]


def test_search_then_an_official_timeline_and_network(page, server):
    page.goto(server + "/")
    screenshot(page, "home")
    page.fill(".big-search input[name=q]", "Saar")
    page.click(".big-search button")
    page.wait_for_url("**/search?q=Saar")
    screenshot(page, "search")
    page.click("#found-actors >> text=Kadri Saar")
    page.wait_for_url("**/actors/*")
    assert page.locator("h1").inner_text().startswith("Kadri Saar")
    page.wait_for_function("() => document.querySelector('#timeline [data-timeline]').dataset.items !== undefined")
    # vis-timeline draws its items after the data is set: wait for them rather than race the drawing
    page.wait_for_function("() => document.querySelectorAll('#timeline .vis-item-content').length >= 2")
    assert page.locator("#timeline .vis-item-content").count() == 2
    assert "Tomás Ibarra" in page.locator("#timeline").inner_text()
    page.wait_for_function("() => window.backchannelNetwork !== undefined")
    assert page.evaluate("window.backchannelNetwork.nodes().length") == 3
    labels = page.evaluate("window.backchannelNetwork.nodes().map(n => n.data('label')).sort()")
    assert labels == ["Kadri Saar", "Tomás Ibarra", "Wanjiru Mwangi"]
    screenshot(page, "actor")
    # clicking a node opens that actor
    page.evaluate("window.backchannelNetwork.nodes().filter(n => n.data('label') === 'Wanjiru Mwangi').emit('tap')")
    # the URL pattern matches the page we leave too: wait for the new page's heading instead
    page.wait_for_function("() => document.querySelector('h1').textContent.startsWith('Wanjiru Mwangi')")
    assert page.locator("h1").inner_text().startswith("Wanjiru Mwangi")


def test_a_contact_shows_its_evidence_and_the_denial(page, server):
    page.goto(server + "/contacts?between=Saar&between=Ibarra")
    page.click("table.contacts tbody a[href^='/contacts/']")
    page.wait_for_url("**/contacts/*")
    evidence = page.locator(".report .snippet mark.m-contact").first
    assert evidence.is_visible()
    assert evidence.inner_text().startswith("Estonian Foreign Minister Kadri Saar met Chilean Foreign Minister")
    history = page.locator("ol.confirmations").inner_text()
    assert "Tomás Ibarra" in history and "denied" in history
    page.wait_for_selector("#confirmations .vis-item-content")
    # the timeline holds both sides' statements: the Estonian ministry's account and Ibarra's denial
    items = page.locator("#confirmations .vis-item-content").all_inner_texts()
    assert any("denied" in item for item in items) and any("confirmed" in item for item in items)
    screenshot(page, "contact")


def test_a_date_filter_changes_the_list_without_a_page_load(page, server):
    page.goto(server + "/contacts")
    before = int(page.locator("#total").inner_text())
    page.evaluate("window.stillTheSamePage = true")
    page.fill("input[name=since]", "2026-06-01")
    page.dispatch_event("input[name=since]", "change")
    page.wait_for_function(f"() => document.querySelector('#total').textContent !== '{before}'")
    after = int(page.locator("#total").inner_text())
    assert 0 < after < before
    assert page.evaluate("window.stillTheSamePage") is True
    assert "since=2026-06-01" in page.url
    assert page.locator("table.contacts tbody tr").count() == after
    screenshot(page, "contacts")
    page.click("text=Timeline")
    page.wait_for_selector(".vis-item-content")
    assert page.locator(".vis-item-content").count() == after
    screenshot(page, "contacts-timeline")


def test_the_network_page_draws_a_filter(page, server):
    page.goto(server + "/network?since=2026-06-01")
    page.wait_for_function("() => window.backchannelNetwork !== undefined")
    names = page.evaluate("window.backchannelNetwork.nodes().map(n => n.data('label'))")
    graph = page.request.get(server + "/api/network?since=2026-06-01").json()
    assert sorted(names) == sorted(n["name"] for n in graph["nodes"])
    assert "Wanjiru Mwangi" in names and "Kadri Saar" in names  # the June call
    edges = page.evaluate("window.backchannelNetwork.edges().map(e => e.data('label'))")
    assert sorted(edges) == sorted(str(e["count"]) for e in graph["edges"])
    screenshot(page, "network")


def test_the_analyse_page_draws_a_pasted_article(page, server):
    page.goto(server + "/analyse")
    page.fill(
        "textarea[name=text]",
        "Irish Foreign Minister Siobhan Keane met Moroccan Foreign Minister Karim Bennani in Rabat on Monday.\n\n"
        '"The talks went well," Keane said.',
    )
    page.click("form.analyse button[type=submit]")
    page.wait_for_selector("#result")
    assert "The talks went well" in page.locator("#result .article-text mark.m-quote").first.inner_text()
    assert page.locator("#result .article-text mark.m-contact").count() >= 1
    assert "Siobhan Keane" in page.locator("#result-actors").inner_text()
    assert "visit" in page.locator("#result-contacts").inner_text()  # she went to Rabat
    screenshot(page, "analyse")


def test_hostile_text_fires_no_dialog_and_shows_as_text(page, server):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(server + "/contacts?between=Holm&between=Ibarra")
    page.click("table.contacts tbody a[href^='/contacts/']")
    page.wait_for_url("**/contacts/*")
    assert "<script>alert('evidence')</script>" in page.locator(".report .snippet").first.inner_text()
    page.click(".report h3 a")
    page.wait_for_url("**/articles/*")
    assert page.locator("h1").inner_text().startswith(HOSTILE[0])
    text = page.locator(".article-text").inner_text()
    assert HOSTILE[1] in text and "<a href=\"javascript:alert('link')\">this link</a>" in text
    assert page.locator("a[href^='javascript:']").count() == 0
    assert page.locator(".article-text img, .article-text script, .article-text a").count() == 0
    screenshot(page, "article-hostile")
    for query in (HOSTILE[0], HOSTILE[1], "javascript:alert('url')"):
        page.goto(server + "/")
        page.fill(".big-search input[name=q]", query)
        page.click(".big-search button")
        page.wait_for_selector("h1")
        assert query in page.locator("h1").inner_text()
    page.goto(server + "/contacts?between=" + "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")
    assert "<img src=x onerror=alert(1)>" in page.locator("[role=alert]").inner_text()
    page.problems.remove(
        "console error: Failed to load resource: the server responded with a status of 404 (Not Found)"
    )
    assert dialogs == []


def test_a_missing_chromium_fails_with_how_to_install_it(tmp_path):
    with pytest.raises(pytest.fail.Exception, match="apt-get install -y chromium"):
        require_chromium(tmp_path / "no-chromium")
