"""Speakers and explanations from round twenty-one of the recall work (issue 13), on sentences written for
these tests."""

import pytest


def speakers(record: dict) -> list[str | None]:
    return [(q.get("speaker") or {}).get("text") for q in record["quotes"]]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Sen. Ada Moss (D-Wash.) said the ferry fares were too high.", "Sen. Ada Moss (D-Wash.)"),
        (
            "In Salem, after winning the primary, Gov. Ada Moss (D-OR), said, “We will build the bridge.”",
            "Gov. Ada Moss (D-OR)",
        ),
        ("“The pier is unsafe,” said Rep. Ada Moss (R-Ore.), who chairs the harbour panel.", "Rep. Ada Moss (R-Ore.)"),
    ],
)
def test_a_speaker_closes_the_bracket_it_opens(extract, sentence, speaker):
    assert speakers(extract(f"Port news.\n\n{sentence}")) == [speaker]


def test_a_closed_aside_in_brackets_stays_out_of_the_speaker(extract):
    assert speakers(extract("Port news.\n\nLund (who chairs the harbour panel) said the pier was unsafe.")) == ["Lund"]


def test_a_clause_misread_as_a_modifier_is_not_part_of_the_speaker(extract):
    # quote.misread-modifier: "captured" is parsed as a modifier of "Hale", with "Footage" its subject
    record = extract("Port news.\n\nFootage captured Hale telling reporters that the pier was unsafe.")
    assert speakers(record) == ["Hale"]
