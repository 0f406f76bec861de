"""Speakers in the official style of state agencies (session 66, helper SD): a ruler named by his style after
"the" ("His Highness the Amir"), a body's chief named by "its chief", and "affirmed" with a plain object as what
was said; on sentences written for these tests (names invented)."""

from tests.conftest import quote_with, speaker_name


def _person_names(record: dict) -> set[str]:
    return {a["name"] for a in record["actors"] if a["kind"] == "person"}


def test_styled_ruler_speaks(extract):
    """ "His Highness the Amir expressed …" after "His Highness the Amir Sheikh X": X speaks, and no person
    "Amir" is made (rules actor.style-after-the, speaker.style-after-the)."""
    r = extract(
        "His Highness the Amir Sheikh Nawaf Al-Ahmad Al-Sabah received a phone call from King Oswin of Merland. "
        'His Highness the Amir expressed deep gratitude to King Oswin for "this brotherly communication."'
    )
    assert speaker_name(r, quote_with(r, "brotherly communication")) == "Nawaf Al-Ahmad Al-Sabah"
    assert "Amir" not in _person_names(r)


def test_styled_ruler_gets_the_title(extract):
    """The style before the name is the ruler's title (rule actor.style-after-the)."""
    r = extract("His Highness the Amir Sheikh Nawaf Al-Ahmad Al-Sabah received a phone call from King Oswin.")
    ruler = next(a for a in r["actors"] if a["name"] == "Nawaf Al-Ahmad Al-Sabah")
    assert any("Amir" in t for t in ruler["titles"])


def test_two_styled_rulers_refused(extract):
    """Negative: with two rulers styled so, "the Amir" is neither."""
    r = extract(
        "The Amir of Dorvala Sheikh Tamal Al-Rashed met the Amir of Merland Sheikh Hamid Al-Nuri on Monday. "
        'The Amir said: "Our ties are deep."'
    )
    assert speaker_name(r, quote_with(r, "Our ties are deep")) not in ("Tamal Al-Rashed", "Hamid Al-Nuri")


def test_amir_as_given_name_left_alone(extract):
    """Negative: "Amir" with no "the" before it is a given name."""
    r = extract('Foreign Minister Amir Dalovic said: "We will talk again."')
    assert speaker_name(r, quote_with(r, "We will talk again")) == "Amir Dalovic"


def test_its_chief_is_the_named_head(extract):
    """ "…, its chief said" is the one person titled as heading the body (rule speaker.possessive-chief)."""
    r = extract(
        "The Velmar Health Agency hopes to work closely with member states, its chief said on Wednesday. "
        "Velmar Health Agency Director General Omar Kessel arrived in Geneva on Monday."
    )
    assert speaker_name(r, quote_with(r, "work closely")) == "Omar Kessel"


def test_its_chief_not_a_spokesman(extract):
    """Negative: a body's spokesman named is not its chief."""
    r = extract(
        "The Velmar Health Agency hopes to work closely with member states, its chief said on Wednesday. "
        "Velmar Health Agency spokesman Omar Kessel arrived in Geneva on Monday."
    )
    assert speaker_name(r, quote_with(r, "work closely")) != "Omar Kessel"


def test_its_chief_of_two_heads_refused(extract):
    """Negative: with two people titled as heading the body, "its chief" is neither."""
    r = extract(
        "Velmar Health Agency Director General Omar Kessel met Velmar Health Agency chairman Ivo Marek on Monday. "
        "The Velmar Health Agency hopes to work closely with member states, its chief said on Wednesday."
    )
    assert speaker_name(r, quote_with(r, "work closely")) not in ("Omar Kessel", "Ivo Marek")


def test_affirmed_with_object_is_said(extract):
    """ "affirmed his commitment to …" is what was said, as "reaffirmed" already is (object_content_verbs)."""
    r = extract("Prime Minister Walter Brenkov affirmed his commitment to the peace agreement on Monday.")
    assert speaker_name(r, quote_with(r, "commitment to the peace agreement")) == "Walter Brenkov"
