"""Round forty-four (s): people listed by name as one subject speak together, as the group of them, however the
parser hung the list; a person named inside another's description does not join the speaker (names invented)."""

from tests.conftest import actor_of


def _speaker_kinds(record: dict) -> list[tuple[str, str]]:
    return [((a := actor_of(record, q["speaker_actor"]) or {}).get("name"), a.get("kind")) for q in record["quotes"]]


def test_three_titled_names_speak_as_their_group(extract):
    # speaker.listed-together: the parse hangs the third name on the first; the list is still one subject; a
    # person named inside another's description ("the father of Ana Moss") is no co-speaker
    record = extract(
        "The night ferry will stop in May, harbour master Tom Hale, councillor Ana Moss and union leader Lena Varga "
        "said on Monday. The pier will close too, Tom Hale, the father of Ana Moss, said later.",
        published="2024-02-10",
    )
    assert _speaker_kinds(record) == [("Tom Hale, Ana Moss and Lena Varga", "group"), ("Tom Hale", "person")]


def test_a_title_with_its_own_phrase_stays_in_the_list(extract):
    # speaker.listed-together: "the minister for youth and culture, Lena Varga" is a titled name of the list
    record = extract(
        "Mayor Tom Hale, Ana Moss and the minister for youth and culture, Lena Varga, have all said they will attend "
        "the regatta.",
        published="2024-02-10",
    )
    assert _speaker_kinds(record) == [("Tom Hale, Ana Moss and Lena Varga", "group")]
