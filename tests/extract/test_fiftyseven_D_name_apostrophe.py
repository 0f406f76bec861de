"""Round fifty-seven, helper D: a name written with a typographic apostrophe after its one-letter prefix ("O’Leary",
"D’Souza") is one name (rule actor.name-apostrophe). The tagger, trained on straight apostrophes, read "Mr O’Leary"
as "Mr" and an adverb, so "Mr" met the visitor and "Mr" said what O’Leary said. Tested on sentences written for
these tests (names invented)."""

import pytest

from backchannel.extract.name_forms import straight_name_apostrophes
from tests.conftest import event_names, quote_with, speaker_name

PEOPLE = [("Conor O’Leary", "Mr O’Leary"), ("Rita D’Souza", "Ms D’Souza"), ("Liam O’Keefe", "Mr O’Keefe")]


def story(full: str, short: str) -> str:
    return (
        f"Prime Minister {full} said on Monday that the islands had a true friend in their neighbour.\n\n"
        f"{short} met with visiting Trade Minister Ana Ruiz in the capital on Tuesday to discuss fisheries.\n\n"
        f"“We agreed to open the harbour to their boats,” {short} said last night.\n"
    )


@pytest.mark.parametrize(("full", "short"), PEOPLE)
def test_a_curly_apostrophe_name_after_mr_meets_as_the_person(extract, full, short):
    record = extract(story(full, short))
    met = [e for e in record["events"] if "Ana Ruiz" in event_names(record, e)]
    assert met, record["events"]
    assert event_names(record, met[0]) == {full.replace("’", "'"), "Ana Ruiz"}


@pytest.mark.parametrize(("full", "short"), PEOPLE)
def test_a_curly_apostrophe_name_after_mr_speaks_as_the_person(extract, full, short):
    record = extract(story(full, short))
    assert speaker_name(record, quote_with(record, "open the harbour")) == full.replace("’", "'")


@pytest.mark.parametrize("name", ["O’Dwyer", "D’Arcy", "N’Diaye"])
def test_a_prefix_apostrophe_is_made_straight_in_place(name):
    text = f"Mr {name} met the envoy."
    straight = straight_name_apostrophes(text)
    assert len(straight) == len(text)
    assert straight == text.replace("’", "'")


@pytest.mark.parametrize(
    "text",
    [
        "Peru’s Quispe met the envoy.",  # a possessive
        "They don’t meet often.",  # a contraction
        "He called it ‘A Deal’ on Monday.",  # quote marks
        "The NATO’S envoy met them.",  # no name after the mark
    ],
)
def test_other_apostrophes_stay_as_they_are(text):
    assert straight_name_apostrophes(text) == text
