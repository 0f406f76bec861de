"""Round fifty-nine (L): plural calls had from several named senders, told as a list, are one call with each
(rule contact.one-per-sender); one call from two together stays one. Sentences written for these tests."""

from tests.conftest import event_names


def _pairs(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"]]


def test_calls_from_several_senders_are_one_each(extract):
    record = extract(
        "Nordland President Karl Ostrom received telephone calls from Aldo Berri, President of Veloria; "
        "Ivan Petko, President of Sarnia; and Omar Dali, Prime Minister of Kestra.",
        published="2026-03-12",
    )
    pairs = _pairs(record)
    assert {"Karl Ostrom", "Aldo Berri"} in pairs
    assert {"Karl Ostrom", "Ivan Petko"} in pairs
    assert {"Karl Ostrom", "Omar Dali"} in pairs


def test_one_call_from_two_is_not_split(extract):
    record = extract("Karl Ostrom received a call from Aldo Berri and Ivan Petko on Monday.", published="2026-03-12")
    assert _pairs(record) == [{"Karl Ostrom", "Aldo Berri", "Ivan Petko"}]


def test_senders_after_semicolons_with_honorifics(extract):
    record = extract(
        "Prime Minister Shri Anil Varman today received telephone calls from H.E. Mr. Tomas Erland, President of "
        "Veloria; H.E. Mr. K.D. Mabena, President of Sarnia; and H.E. Mr. Jorge Pinto Salas, President of "
        "Kestra, congratulating him on his victory.",
        published="2026-03-12",
    )
    pairs = _pairs(record)
    assert {"Anil Varman", "K.D. Mabena"} in pairs
    assert {"Anil Varman", "Jorge Pinto Salas"} in pairs
