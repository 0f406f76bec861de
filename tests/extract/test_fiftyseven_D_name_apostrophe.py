"""Round fifty-seven, helper D: a name written with a typographic apostrophe after its one-letter prefix ("O’Leary",
"D’Souza") is one name, spelt as printed (the nlp component straight_apostrophes lets the model read it as it reads
"O'Leary"). The tagger, trained on straight apostrophes, read "Mr O’Leary" as "Mr" and an adverb, so "Mr" met the
visitor and "Mr" said what O’Leary said. Tested on sentences written for these tests (names invented)."""

import pytest

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
    assert event_names(record, met[0]) == {full, "Ana Ruiz"}


@pytest.mark.parametrize(("full", "short"), PEOPLE)
def test_a_curly_apostrophe_name_after_mr_speaks_as_the_person(extract, full, short):
    record = extract(story(full, short))
    assert speaker_name(record, quote_with(record, "open the harbour")) == full
