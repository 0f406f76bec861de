"""Name forms in actor building (session 67, helper NF): a title before a town's name makes it a person's ("will
meet President Preston", rule actor.titled-not-city); a family name's particle holds the name together, the Bantu
"wa" (rule actor.surname-particle) and a particle written with a capital ("Paulo Do Rosario", rule
actor.capital-particle); a name the tagger began at "bin" takes in its given name, even a word that is elsewhere a
title ("Sultan bin Khalid", rule actor.given-name-before-patronymic). On sentences written for these tests (names
invented)."""

from tests.conftest import event_names, quote_with, speaker_name

PUBLISHED = "2026-03-12"


def persons(record: dict) -> set[str]:
    return {a["name"] for a in record["actors"] if a["kind"] == "person"}


def test_a_title_before_a_towns_name_makes_a_person(extract):
    r = extract("Foreign Minister Ortega will meet President Preston in Oslo on Monday.", published=PUBLISHED)
    assert "Preston" in persons(r)
    assert [event_names(r, e) for e in r["events"]] == [{"Ortega", "Preston"}]


def test_a_title_before_a_towns_name_after_with_makes_a_person(extract):
    r = extract("Foreign Minister Ortega will hold talks with Governor Lincoln in Oslo on Monday.", published=PUBLISHED)
    assert "Lincoln" in persons(r)
    assert not any(a["name"].endswith("Lincoln") for a in r["actors"] if a["kind"] != "person")


def test_a_town_with_no_title_stays_a_place(extract):
    r = extract("Residents fled Preston after the storm on Monday.", published=PUBLISHED)
    assert "Preston" not in persons(r)


def test_the_bantu_particle_holds_a_name_together(extract):
    r = extract(
        "President Joseph wa Banda met Laurent Moyo in Lusaka on Sunday. 'We made progress,' Banda said.",
        published=PUBLISHED,
    )
    assert "Joseph wa Banda" in persons(r)
    assert "Joseph" not in persons(r)
    assert speaker_name(r, quote_with(r, "progress")) == "Joseph wa Banda"


def test_a_capitalised_particle_holds_a_name_together(extract):
    r = extract("Mr Paulo Do Rosario met the harbour master on Monday.", published=PUBLISHED)
    assert "Paulo Do Rosario" in persons(r)
    assert "Rosario" not in persons(r)


def test_a_capitalised_verb_between_names_is_left_alone(extract):
    r = extract("Critics asked whether Tom Harlow Did Ben Marsh a favour.", published=PUBLISHED)
    assert {"Tom Harlow", "Ben Marsh"} <= persons(r)
    assert not any(" Did " in a["name"] for a in r["actors"])


def test_a_given_name_before_bin_is_no_title(extract):
    r = extract("He met with Minister of the Royal Office Sultan bin Khalid Al Harthy on Tuesday.", published=PUBLISHED)
    assert "Sultan bin Khalid Al Harthy" in persons(r)
    assert not any(a["name"].startswith("bin ") for a in r["actors"])


def test_a_style_before_a_full_name_with_bin_is_still_a_style(extract):
    r = extract("Sheikh Khalid bin Hamad met the envoy in Doha on Tuesday.", published=PUBLISHED)
    assert "Khalid bin Hamad" in persons(r)


def titles_of(record: dict, name: str) -> list[str]:
    return next(a["titles"] for a in record["actors"] if a["name"] == name)


def test_a_style_after_another_title_before_bin_stays_a_title(extract):
    r = extract("Saudi Crown Prince bin Faisal met President Ana Holm in Riyadh on Monday.", published=PUBLISHED)
    assert "bin Faisal" in persons(r)
    assert not any(a["name"].startswith("Prince") for a in r["actors"])


def test_a_style_before_bin_and_one_name_stays_a_title(extract):
    r = extract("Mayor Ana Holm met Sheikh bin Rashid in Doha on Monday.", published=PUBLISHED)
    assert "bin Rashid" in persons(r)
    assert titles_of(r, "bin Rashid") == ["Sheikh"]
