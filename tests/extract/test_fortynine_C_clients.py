"""The wrong person taken for a side (session 49, helper C): a lawyer's client, and a member of the United States
House called "the congressman", tested on sentences written for these tests."""

import pytest

from tests.conftest import actor_of


def sides(record: dict) -> list[tuple[str, str, set[str]]]:
    """Each event's mode, status and the names of its parties."""
    return [
        (e["mode"], e["status"], {actor_of(record, p)["name"] for p in e["participants"]}) for e in record["events"]
    ]


@pytest.mark.parametrize(
    ("text", "client"),
    [
        # the client's name is the possessor of the lawyer's noun
        ("Berg's lawyer, Linda Osei, told the jury that her client had never met Mayor Tom Rix.", "Berg"),
        # the lawyer acts "for" the client
        ("Marta Ruiz, a lawyer for Pedro Salas, said her client met Mayor Tom Rix twice in May.", "Pedro Salas"),
        # "his lawyer" after the client was named, and "my client" in the lawyer's own words
        (
            "Toomas Vask denies the charges. “My client never met Mayor Tom Rix in a hotel,” his lawyer, Mall Tamm, "
            "said outside the court.",
            "Toomas Vask",
        ),
        # a body's lawyer
        (
            "Ana Pinto, a lawyer for the Harbour Board, said her client had met Mayor Tom Rix twice in May.",
            "Harbour Board",
        ),
    ],
)
def test_a_lawyers_client_is_the_one_acted_for(extract, text, client):
    # party.lawyers-client
    record = extract(text, published="2026-03-12")
    assert any(client in parties and "Tom Rix" in parties for _, _, parties in sides(record)), sides(record)
    assert not any({"Linda Osei", "Marta Ruiz", "Mall Tamm", "Ana Pinto"} & parties for _, _, parties in sides(record))


def test_a_lawyer_with_no_client_named_is_read_as_before(extract):
    # no one is named beside the lawyer: no client is made up
    record = extract(
        "Linda Osei, a lawyer, said her client had met Mayor Tom Rix twice in May.", published="2026-03-12"
    )
    assert all("Berg" not in parties for _, _, parties in sides(record)), sides(record)


def test_a_client_who_is_no_lawyers_is_no_one_else(extract):
    # "a client of the bank" is the person so described
    record = extract("Mayor Tom Rix met Pedro Salas, a client of the bank, on Monday.", published="2026-03-12")
    assert ("meeting", "occurred", {"Tom Rix", "Pedro Salas"}) in sides(record), sides(record)


@pytest.mark.parametrize(
    "text",
    [
        "The office of Rep. Warren Pell said the congressman had telephoned the Canadian consul, Real Doucet, "
        "on Monday.",
        "Rep. Nadia Flores toured the port on Friday. The congresswoman met the Canadian consul, Real Doucet, "
        "afterwards.",
    ],
)
def test_rep_is_the_congressman(extract, text):
    # speaker.same-office: "Rep." written short is a member of the House, "the congressman"
    record = extract(text, published="2026-03-12")
    names = [parties for _, _, parties in sides(record)]
    assert any("Real Doucet" in p and ("Warren Pell" in p or "Nadia Flores" in p) for p in names), names


def test_a_trade_representative_is_no_congresswoman(extract):
    text = (
        "Trade Representative Nadia Flores toured the port on Friday. The congresswoman met the Canadian consul, "
        "Real Doucet, afterwards."
    )
    record = extract(text, published="2026-03-12")
    assert not any("Nadia Flores" in p for _, _, p in sides(record)), sides(record)


PROFILE = (
    "Tomas Varga, who served as Hungary's ambassador in Vienna for a decade, died on Sunday. He was 81.\n\n"
    "Born in Szeged, he joined the foreign service in 1965.\n\n"
    "“He wrote every briefing note himself and knew the names of every minister's children,” recalled Peter Hollo, "
    "who served with him in Vienna.\n\n"
)


@pytest.mark.parametrize(
    "later",
    [
        "He returned to Budapest in 1990. In May 1991 he met the Austrian chancellor, Franz Vranitzky, in Vienna.",
        "In May 1991 he flew to Vienna for talks with the Austrian chancellor, Franz Vranitzky.",
    ],
)
def test_a_voice_brought_in_is_not_the_profiles_he(extract, later):
    # pronoun.voice-about-another: the quoted "he" was Varga, and so is the next paragraph's
    record = extract(PROFILE + later, published="2026-03-12")
    names = [p for _, _, p in sides(record)]
    assert any({"Tomas Varga", "Franz Vranitzky"} <= p for p in names), names
    assert not any("Peter Hollo" in p for p in names), names


def test_the_voice_going_on_speaking_is_still_the_voice(extract):
    # "He added" after the colleague's words is the colleague speaking on
    text = PROFILE + "He added that Varga had met the Austrian chancellor, Franz Vranitzky, in Vienna in May 1991."
    record = extract(text, published="2026-03-12")
    speaker = next(q for q in record["quotes"] if "Varga had met" in q["content"]["text"])["speaker_actor"]
    assert actor_of(record, speaker)["name"] == "Peter Hollo"


def test_a_voice_named_before_is_no_voice_brought_in(extract):
    # Hollo was named before he spoke: the later "he" may still be Hollo
    text = (
        "Peter Hollo met the Austrian chancellor, Franz Vranitzky, in 1989.\n\n"
        "“He listened,” recalled Peter Hollo.\n\n"
        "In May 1991 he flew to Vienna for talks with the Austrian foreign minister, Alois Mock."
    )
    record = extract(text, published="2026-03-12")
    assert any({"Peter Hollo", "Alois Mock"} <= p for _, _, p in sides(record)), sides(record)


def test_a_participle_inside_a_titles_phrase_does_not_end_it(extract):
    # party.name-after-title-phrase: "organising" modifies "committee"; the name after the comma is the side
    text = (
        "Youth Minister Ana Lobo called the president of the Games organising committee, Faly Randriamanana, on Friday."
    )
    record = extract(text, published="2026-03-12")
    assert ("phone", "occurred", {"Ana Lobo", "Faly Randriamanana"}) in sides(record), sides(record)
