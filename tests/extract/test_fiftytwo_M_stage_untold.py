"""Round fifty-two (helper M): one event per happening. A definite contact noun whose stage nothing tells (no status
rule, no day, no "last" or "second" before it, no verb holding it, a plain present around it, or a headline with
no verb) was "held" only by default; it retells the contact of the same people told before, planned or possible, and
makes no second event (rule merge.stage-untold). Sentences written for these tests (names invented)."""

import pytest


def events(record: dict) -> list[tuple[str, str, set[str]]]:
    """Each event as its mode, its status and the names of its parties."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [(e["mode"], e["status"], {names[p] for p in e["participants"]}) for e in record["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Alan Weller will travel to Oslo on Friday to meet Norwegian Foreign Minister Erik Lund.\n\n"
        "Weller said his meeting with Lund is part of an effort to deepen ties.",
        "Foreign Minister Rosa Kettunen is due to hold talks with Interior Minister Pavel Dusek in Prague next week."
        "\n\n"
        "Officials say the Kettunen-Dusek talks are a sign of warmer relations.",
    ],
)
def test_a_noun_of_untold_stage_retells_the_contact_to_come(extract, text):
    # merge.stage-untold
    found = events(extract(text, published="2026-03-10"))
    assert len(found) == 1, found
    assert found[0][1] == "planned"


@pytest.mark.parametrize(
    "second",
    [
        "Weller said his last meeting with Lund was in Bergen.",  # "last": one of several, told in the past
        "Weller recalled that his meeting with Lund had ended without agreement.",  # a past clause
        "Weller met Lund in Bergen in January.",  # a verb in the past, with its own day
    ],
)
def test_a_noun_whose_stage_is_told_stays_a_contact_of_its_own(extract, second):
    text = (
        "Prime Minister Alan Weller will travel to Oslo on Friday to meet Norwegian Foreign Minister Erik Lund.\n\n"
        + second
    )
    found = events(extract(text, published="2026-03-10"))
    assert len(found) == 2, found
