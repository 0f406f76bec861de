"""A name search takes % and _ as the characters they are, and a search of no word matches nothing.

The actors search put the user's text into a LIKE pattern as it was, so "_" matched every actor and
"Ma_ron" matched Macron; and "%", "!!" or a NUL, which hold no word once normalised, made the pattern
"%%" and listed every actor (and, as a contact search, every contact).
"""

import json

import pytest
from click.testing import CliRunner

from backchannel.cli import main
from backchannel.ledger import query
from backchannel.ledger.store import ingest_record, open_ledger
from tests.ledger.records import contact, person, record


@pytest.fixture
def ledger(tmp_path):
    path = tmp_path / "l.db"
    db = open_ledger(path)
    actors = [person("p1", "Emmanuel Macron", "FRA"), person("p2", "Olaf Berg", "NOR")]
    ingest_record(db, record("a", actors, [contact(["p1", "p2"], date=("2026-03-10", "day", "on Tuesday"))]))
    yield db
    db.close()


@pytest.mark.parametrize("search", ["%", "_", "__", "!!", "\x00", "Ma_ron"])
def test_no_actor_for_a_wildcard_or_a_search_of_no_word(ledger, search):
    assert query.actors(ledger, search=search) == []


@pytest.mark.parametrize("search", ["%", "_", "!!", "Ma_ron"])
def test_no_contact_for_a_wildcard_or_a_search_of_no_word(ledger, search):
    assert query.contacts(ledger, query.ContactFilter(search=search)) == []


def test_a_real_name_is_still_found(ledger):
    assert [a["name"] for a in query.actors(ledger, search="macr")] == ["Emmanuel Macron"]
    assert len(query.contacts(ledger, query.ContactFilter(search="berg"))) == 1


def test_the_actors_command_lists_none_for_percent(ledger):
    result = CliRunner().invoke(main, ["actors", "--db", ledger.target, "--search", "%", "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == []
