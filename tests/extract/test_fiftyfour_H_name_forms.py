"""Round fifty-four (H): one person's name kept whole, not split into two actors or cut short, when a word of it is
written with a glottal stop or an elision mark inside ("Fa'amalu", "Ra’ed", "Ng’ang’a", rule
actor.marked-name-word); tested on sentences written for these tests (names invented)."""

from tests.conftest import events_with, quote_with, speaker_name


def _people(record: dict) -> set[str]:
    return {a["name"] for a in record["actors"] if a["kind"] == "person"}


def test_a_marked_word_after_a_name_ends_it(extract):
    record = extract(
        "Finance Minister Sefo Leota Fa'amalu met the Chinese ambassador on Tuesday.", published="2024-04-10"
    )
    assert "Sefo Leota Fa'amalu" in _people(record)
    assert events_with(record, "Sefo Leota Fa'amalu")


def test_a_marked_word_inside_a_name_does_not_split_it(extract):
    record = extract(
        "The delegation included Ali Hassan Al Suwaidi, Chairman of the authority; and Hamdan Mana’a Rashid Al "
        "Dhaheri, UAE’s Ambassador to Japan.",
        published="2024-04-10",
    )
    people = _people(record)
    assert "Hamdan Mana’a Rashid Al Dhaheri" in people
    assert "Hamdan" not in people


def test_a_marked_word_before_a_name_opens_it(extract):
    record = extract(
        "Advocate Na’ima Al Hosani, who defended the two men, argued in court that they had been at home.",
        published="2024-04-10",
    )
    assert speaker_name(record, quote_with(record, "at home")) == "Na’ima Al Hosani"


def test_an_apposed_name_with_a_marked_word_is_a_person(extract):
    record = extract(
        "Those present included the then Interior Minister, Samuel Ole Kaparo, and the Lands Minister, James "
        "Wetang’ombe.",
        published="2024-04-10",
    )
    people = _people(record)
    assert "James Wetang’ombe" in people
    assert "James" not in people


def test_names_without_a_marked_word_are_unchanged(extract):
    record = extract(
        "Finance Minister Sefo Leota met Patrick O'Brien in Nuku'alofa on Tuesday. Leota's office said the talks "
        "went well.",
        published="2024-04-10",
    )
    people = _people(record)
    assert "Sefo Leota" in people
    assert "Patrick O'Brien" in people
    assert not any("Nuku" in p for p in people)
