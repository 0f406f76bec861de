"""A row id in a URL too long for the database's integers is an unknown page (404), not a server error."""

import pytest
from starlette.testclient import TestClient

from backchannel.web.app import create_app
from tests.ledger.one_call import one_call_ledger

TOO_LONG = "9" * 23
EDGE = "9" * 19  # just past 2**63 - 1


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = one_call_ledger(tmp_path_factory.mktemp("ids") / "l.db")
    return TestClient(create_app(path), raise_server_exceptions=False)


@pytest.mark.parametrize("number", [TOO_LONG, EDGE, "999999999999999999"])
@pytest.mark.parametrize(
    "template",
    [
        "/contacts/{}",
        "/actors/{}",
        "/articles/{}",
        "/api/contacts/{}",
        "/api/actors/{}",
        "/api/actors/{}/counterparts",
        "/api/actors/{}/timeline",
        "/api/actors/{}/network",
        "/api/articles/{}",
    ],
)
def test_a_huge_id_is_404(client, template, number):
    response = client.get(template.format(number))
    assert response.status_code == 404, response.text
    assert "Traceback" not in response.text


def test_a_real_id_still_answers(client):
    actor = client.get("/api/actors").json()[0]["id"]
    assert client.get(f"/actors/{actor}").status_code == 200
    assert client.get(f"/api/actors/{actor}/timeline").status_code == 200
