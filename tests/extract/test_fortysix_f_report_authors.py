"""Reporters from round forty-six (helper f): the author of a report that no actor holds, named by a noun for a news
outlet or by a name of its own (rule report.author-described). Sentences written for these tests."""

import pytest

from tests.conftest import actor_of


def reporters(record: dict) -> set[str]:
    """The names of every reporter of every event."""
    return {actor_of(record, r["source"])["name"] for e in record["events"] for r in e["reported_by"]}


@pytest.mark.parametrize(
    "text, author",
    [
        (
            "Governor Ray Pruitt's spokesman on Thursday denied a report by a Pittsburgh radio station that Pruitt "
            "had met privately with Ben Okafor last week.",
            "Pittsburgh radio station",
        ),
        (
            "On Tuesday, the presidency denied a report by a Caracas news site that Lozano had spoken by telephone "
            "with the opposition leader Teresa Urdaneta.",
            "Caracas news site",
        ),
        (
            "The Prime Minister's Office on Wednesday denied a Globe-Mercury report that Tremblay had spoken "
            "privately with the chief executive of a pipeline company, Richard Haldane.",
            "Globe-Mercury",
        ),
        (
            "Turkey's Foreign Ministry on Wednesday rejected claims in some Arab media outlets that Turkish officials "
            "had met representatives of Khalifa Haftar in Cairo last week.",
            "Arab media outlets",
        ),
        (
            "The Ethiopian foreign ministry denied reports broadcast by Somali radio stations that the faction leader "
            "Mohamed Warsame had held talks with Ethiopian officials.",
            "Somali radio stations",
        ),
    ],
)
def test_described_author_reports_the_contact(extract, text, author):
    # report.author-described: the outlet the report is by, named only by a description or an unknown name
    assert author in reporters(extract(text)), reporters(extract(text))


def test_report_in_a_body_has_no_described_author(extract):
    # negative: "in Parliament" says where a report was made, not who wrote it
    record = extract(
        "The minister denied a report in Parliament that Tremblay had spoken privately with Richard Haldane."
    )
    assert "Parliament" not in reporters(record), reporters(record)


def test_report_by_a_body_is_no_outlet(extract):
    # negative: a report by a body of no outlet's noun ("the audit committee") makes no outlet of it
    record = extract(
        "The minister denied a report by the audit committee that Tremblay had spoken privately with Richard Haldane."
    )
    assert not any("committee" in name for name in reporters(record)), reporters(record)
