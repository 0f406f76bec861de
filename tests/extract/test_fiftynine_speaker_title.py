"""Round fifty-nine: "Speaker" is a title ("Parliament Speaker Meta", "House Speaker Nancy Pelosi"): the name is
the person's without it, and the body before it is no actor of its own. Sentences written for these tests (names
invented)."""

from tests.conftest import actor_named, events_with


def test_parliament_speaker_and_one_name(extract):
    record = extract("The commissioner held talks with Prime Minister Edvin Rakaj and with Parliament Speaker Dardha.")
    assert "Speaker" in " ".join(actor_named(record, "Dardha")["titles"])
    assert events_with(record, "Dardha")
    assert all(a["name"] != "Speaker Dardha" for a in record["actors"])


def test_house_speaker_is_no_house(extract):
    record = extract("House Speaker Nora Pellin met President Tsai Lan in Taipei on Tuesday.")
    assert [a["name"] for a in record["actors"] if a["kind"] == "organization"] == []


def test_a_keynote_speaker_is_still_the_person_named(extract):
    record = extract(
        "The keynote speaker at the conference, economist Lena Varga, said growth would slow. "
        "The speaker added that rates would fall."
    )
    assert {q["speaker_actor"] for q in record["quotes"]} == {actor_named(record, "Lena Varga")["id"]}
