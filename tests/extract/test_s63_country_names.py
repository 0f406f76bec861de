"""Session 63: states named by the short forms their own diplomacy uses ("the ROK", "the KSA", "PNG")."""

from tests.conftest import events_with


def test_a_visit_to_the_rok_is_a_visit_to_south_korea(extract):
    record = extract("Premier Ana Duarte said her state visit to the ROK next month would deepen trade.")
    (visit,) = events_with(record, "Ana Duarte", "South Korea")
    assert visit["mode"] == "visit"


def test_short_forms_name_their_states(extract):
    record = extract("The PNG prime minister met the KSA envoy in Port Moresby on Monday.")
    countries = {a["name"]: a["country"] for a in record["actors"] if a["kind"] == "country"}
    assert countries == {"Papua New Guinea": "PNG", "Saudi Arabia": "SAU"}
