"""A visit one article tells and a meeting of the same people that day another tells are one happening, in
either order of arrival; tellings in other modes stay apart (session 48)."""

from __future__ import annotations

import pytest

from backchannel.ledger.event_tellings import event_mode, modes_agree
from backchannel.ledger.ingest import ingest_items
from backchannel.ledger.store import open_ledger
from backchannel.readers import Item
from backchannel.records import Article

VISIT = Article(
    text="Latvian Foreign Minister Ilze Kalnina met Peruvian Foreign Minister Rosa Quispe in Lima on Monday.",
    id="v1",
    published="2026-05-06",
    outlet="Riga Courier",
)
DENIAL = Article(
    text="Peruvian Foreign Minister Rosa Quispe denied on Tuesday that she had met Latvian Foreign Minister Ilze "
    "Kalnina in Lima on Monday.",
    id="d1",
    published="2026-05-06",
    outlet="Lima Evening Star",
)


@pytest.mark.parametrize("order", [(VISIT, DENIAL), (DENIAL, VISIT)])
def test_a_visit_and_the_meeting_denied_are_one_contact_in_either_order(tmp_path, order):
    db = open_ledger(tmp_path / "l.db")
    list(ingest_items(db, [Item(source=a.id, article=a) for a in order]))
    modes = [m for (m,) in db.execute("SELECT mode FROM tellings ORDER BY mode").fetchall()]
    assert modes == ["meeting", "visit"]  # the extraction tells them apart
    assert db.execute("SELECT mode, status FROM events").fetchall() == [("visit", "occurred")]


def test_modes_that_agree():
    assert modes_agree("visit", "meeting") and modes_agree("meeting", "visit") and modes_agree(None, "phone")
    assert not modes_agree("phone", "meeting") and not modes_agree("visit", "multilateral")
    assert event_mode({"visit": 1, "meeting": 3}) == "visit"
    assert event_mode({"meeting": 2}) == "meeting"
