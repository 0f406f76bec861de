"""The gazetteer: countries, cities with coordinates, venues, and the cached city index."""

from __future__ import annotations

import pytest

from backchannel import geo


def test_a_city_has_its_country_and_coordinates():
    phoenix = geo.gazetteer().locate("Phoenix")
    assert (phoenix.name, phoenix.country) == ("Phoenix", "USA")
    assert round(phoenix.lat) == 33 and round(phoenix.lon) == -112


def test_a_venue_is_located_in_its_city_and_a_seat_is_someones_office():
    oval = geo.gazetteer().locate("the Oval Office")
    assert (oval.name, oval.country) == ("Washington", "USA") and oval.lat is not None
    assert geo.gazetteer().is_seat("the Kremlin") and not geo.gazetteer().is_seat("Red Square")


def test_a_country_residence_outside_the_capital_is_placed_where_it_stands():
    # Chequers is in Buckinghamshire, not London; the Dolmabahce Palace is in Istanbul, not Ankara
    chequers = geo.gazetteer().locate("Chequers")
    assert (chequers.name, chequers.country) == ("Ellesborough", "GBR")
    assert geo.gazetteer().locate("Dolmabahçe Palace").name == "Istanbul"
    assert geo.gazetteer().locate("the Dolmabahce Palace").name == "Istanbul"


def test_a_country_and_a_us_state():
    assert geo.gazetteer().locate("Mexico").country == "MEX"
    assert geo.gazetteer().locate("Iowa").country == "USA"
    assert geo.gazetteer().locate("Qwertzburg") is None


def test_a_shared_name_is_the_most_populous_city():
    assert geo.gazetteer().locate("Paris").country == "FRA"


def test_the_city_index_is_cached_and_read_back_the_same(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    geo.cities.cache_clear()
    try:
        built = geo.cities()
        assert geo.cache_path().is_file() and geo.cache_path().is_relative_to(tmp_path)
        geo.cities.cache_clear()
        assert geo.cities() == built
    finally:
        geo.cities.cache_clear()


def test_an_unreadable_cached_index_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    geo.cache_path().parent.mkdir(parents=True)
    geo.cache_path().write_text("not\ta city index\n", encoding="utf-8")
    geo.cities.cache_clear()
    try:
        assert geo.cities()["phoenix"].country == "USA"
    finally:
        geo.cities.cache_clear()


@pytest.mark.parametrize("text", ["", "x\ty\n"])
def test_read_index_refuses_what_is_not_an_index(text):
    with pytest.raises(ValueError):
        geo.read_index(text)


def test_a_states_long_official_name_is_the_state():
    places = geo.gazetteer()
    assert places.country_of("the Islamic Republic of Iran") == "IRN"
    assert places.country_of("Hashemite Kingdom of Jordan") == "JOR"
    assert places.country_of("the Republic of the Philippines") == "PHL"
    assert places.country_of("Democratic People's Republic of Korea") == "PRK"


def test_a_long_name_the_gazetteer_gives_a_state_wins_over_a_made_one():
    places = geo.gazetteer()
    assert places.country_of("Republic of China") == "TWN"  # Taiwan's own name, not China's
    assert places.country_of("Republic of the Congo") == "COG"
    assert places.country_of("Democratic Republic of the Congo") == "COD"
    assert places.country_of("Republic of Nowhere") is None
