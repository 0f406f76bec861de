"""Round fifty-seven (helper P): a contact told with "also" of a side the story just placed goes on where the
story put that side (rule place.also-there). Sentences written for these tests (names invented)."""

from tests.conftest import event_names


def _place_of(record: dict, *names: str) -> str | None:
    (event,) = [e for e in record["events"] if event_names(record, e) >= set(names)]
    return event["place"]["name"] if event["place"] else None


def test_also_met_takes_the_place_told_before(extract):
    # place.also-there: the second meeting of the same envoy, told with "also", is in Kathmandu too
    record = extract(
        "Envoy Tomas Brekke met Prime Minister Ida Sund in Kathmandu on Monday. "
        "The embassy called the talks useful. "
        "Mr Brekke also met President Ola Vik at his official residence.",
        published="2026-03-12",
    )
    assert _place_of(record, "Tomas Brekke", "Ola Vik") == "Kathmandu"


def test_without_also_no_place_is_carried(extract):
    # negative: a meeting on another day told without "also" need not be where the first was
    record = extract(
        "Envoy Tomas Brekke met Prime Minister Ida Sund in Kathmandu on Monday. "
        "Mr Brekke met President Ola Vik on Tuesday.",
        published="2026-03-12",
    )
    assert _place_of(record, "Tomas Brekke", "Ola Vik") is None


def test_a_call_told_with_also_is_not_placed(extract):
    # negative: a call is had from afar
    record = extract(
        "Envoy Tomas Brekke met Prime Minister Ida Sund in Kathmandu on Monday. He also phoned President Ola Vik.",
        published="2026-03-12",
    )
    assert _place_of(record, "Tomas Brekke", "Ola Vik") is None


def test_a_place_of_another_subject_is_not_carried(extract):
    # negative: Bergen is where the signing is to be, not where the envoy was when he also met Vik
    record = extract(
        "Envoy Tomas Brekke met Prime Minister Ida Sund on Monday. "
        "The two sides agreed that the signing would take place in Bergen in December. "
        "Mr Brekke also met President Ola Vik in the afternoon.",
        published="2026-03-12",
    )
    assert _place_of(record, "Tomas Brekke", "Ola Vik") != "Bergen"
