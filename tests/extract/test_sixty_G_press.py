"""Round sixty (helper G): constructions of the national press.

A family name written first and met first alone, after a title ("President Lin"), is the person the story then
names in full ("Lin Wei"). Sentences written for these tests (names invented)."""

from tests.conftest import quote_with, speaker_name


def _persons(record: dict) -> list[str]:
    return [a["name"] for a in record["actors"] if a["kind"] == "person"]


def test_titled_family_name_is_the_full_name_after(extract):
    # actor.titled-family-name-first: "President Lin" is Lin Wei, named in full after the headline's "Lin"
    record = extract(
        "Lin and Ruiz pledge cooperation on trade. Talks were tense.\n\n"
        "President Ruiz and her Chinese counterpart, Lin Wei, agreed to build a stronger relationship.\n\n"
        "President Lin said the two nations would step up visits.\n\n"
        "Lin said he stressed to Ruiz that both countries need to oppose protectionism."
    )
    assert [n for n in _persons(record) if n.startswith("Lin")] == ["Lin Wei"]
    assert speaker_name(record, quote_with(record, "step up visits")) == "Lin Wei"
    assert speaker_name(record, quote_with(record, "oppose protectionism")) == "Lin Wei"


def test_titled_word_then_two_full_names_stays_apart(extract):
    # negative: two people's full names open with the word, so "Chairman Pak" is neither
    record = extract(
        "Chairman Pak said the plant would stay open.\n\n"
        "Pak Min-ho, the founder, and his son Pak Ji-sung, the vice chairman, toured the plant on Monday."
    )
    persons = _persons(record)
    assert "Pak" in persons and {"Pak Min-ho", "Pak Ji-sung"} <= set(persons)


def test_untitled_given_name_is_not_folded(extract):
    # negative: "his son Luc" names by a given name under no title of office, so stays apart from "Luc Marten"
    record = extract(
        "The minister thanked his son Luc for his help.\n\n"
        "Luc Marten, a banker from Ghent, said the bank would stay open."
    )
    assert "Luc" in _persons(record)
