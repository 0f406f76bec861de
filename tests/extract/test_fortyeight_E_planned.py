"""Round forty-eight (helper E): contacts still to come. A planned or possible visit to a state is hosted by the one
person of that state the article tells the visitor in touch with (rule party.visit-host-in-touch). Sentences written
for these tests (names invented)."""

from typing import Any

from tests.conftest import actor_of


def _visits(record: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """Each visit as its status and its parties' names."""
    return [
        (e["status"], sorted(actor_of(record, p)["name"] for p in e["participants"]))
        for e in record["events"]
        if e["mode"] == "visit"
    ]


def test_a_planned_visit_is_hosted_by_the_counterpart_called_before(extract):
    record = extract(
        "Peruvian Trade Minister Ana Ruiz telephoned her Chilean counterpart, Tomas Vidal, on Monday. "
        "Ruiz is due in Santiago in May.",
        published="2026-03-04",
    )
    assert _visits(record) == [("planned", ["Ana Ruiz", "Chile", "Tomas Vidal"])]


def test_a_possible_visit_is_hosted_by_the_minister_met_before(extract):
    record = extract(
        "Kenyan Foreign Minister Joseph Otieno met Ugandan Foreign Minister Grace Nakato in Geneva on Monday. "
        "Nakato said she could travel to Nairobi in June if the border reopened.",
        published="2026-03-04",
    )
    assert _visits(record) == [("hypothetical", ["Grace Nakato", "Joseph Otieno", "Kenya"])]


def test_a_visit_already_made_keeps_its_state_alone(extract):
    record = extract(
        "Peruvian Trade Minister Ana Ruiz telephoned her Chilean counterpart, Tomas Vidal, on Monday. "
        "Ruiz travelled to Santiago in May.",
        published="2026-03-04",
    )
    assert _visits(record) == [("occurred", ["Ana Ruiz", "Chile"])]


def test_no_host_when_the_one_in_touch_is_of_another_state(extract):
    record = extract(
        "Peruvian Trade Minister Ana Ruiz telephoned her Bolivian counterpart, Tomas Vidal, on Monday. "
        "Ruiz is due in Santiago in May.",
        published="2026-03-04",
    )
    assert _visits(record) == [("planned", ["Ana Ruiz", "Chile"])]


def test_no_host_when_two_of_the_state_were_in_touch(extract):
    record = extract(
        "Peruvian Trade Minister Ana Ruiz telephoned Chilean Finance Minister Tomas Vidal on Monday and met "
        "Chilean Labour Minister Rosa Pinto on Tuesday. Ruiz is due in Santiago in May.",
        published="2026-03-04",
    )
    assert ("planned", ["Ana Ruiz", "Chile"]) in _visits(record)
