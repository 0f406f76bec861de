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


def test_its_chief_is_not_the_head_of_an_assembly_within_the_body(extract):
    """Negative (review 2, R1): with the Secretary-General named, "its chief" of the UN is he, not the "UN General
    Assembly President"."""
    r = extract(
        "UN Secretary-General Pavel Doran met UN General Assembly President Idris Salem in Geneva on Monday. "
        "The UN wants peace, its chief said."
    )
    assert speaker_name(r, quote_with(r, "wants peace")) != "Idris Salem"


def test_its_chief_is_not_the_head_of_a_council_within_the_body(extract):
    """Negative (review 2, R1): a "Security Council President" heads the council, not the UN."""
    r = extract(
        "UN Security Council President Idris Salem met Premier Nomsa Khumalo on Monday. The UN wants peace, its "
        "chief said."
    )
    assert speaker_name(r, quote_with(r, "wants peace")) != "Idris Salem"


def test_its_chief_is_not_a_deputy_secretary_general(extract):
    """Negative: a deputy Secretary-General is no body's chief."""
    r = extract(
        "UN Deputy Secretary-General Idris Salem met Premier Nomsa Khumalo on Monday. The UN wants peace, its chief "
        "said."
    )
    assert speaker_name(r, quote_with(r, "wants peace")) != "Idris Salem"


def test_a_court_affirming_a_ruling_is_no_quote(extract):
    """Negative (review 2, R6): "the appeals court affirmed the ruling against X" upholds a ruling; no quote
    (rule quote.ruling-affirmed)."""
    r = extract("The appeals court affirmed the ruling against Governor Lina Marsh on Monday.")
    assert not any("ruling against" in q["content"]["text"] for q in r["quotes"])


def test_affirming_a_conviction_is_no_quote(extract):
    """Negative (review 2, R6): "affirmed his conviction" by a panel is a ruling upheld."""
    r = extract("A three-judge panel affirmed the conviction of former mayor Ivo Petrak on Friday.")
    assert not any("conviction" in q["content"]["text"] for q in r["quotes"])
