"""Round sixty, reviewer R: faults found in the round's own rules, on sentences written for these tests (names
invented). "President Grant" is not the pianist "Grant Hollis": only a family name written first folds into a full
name (rule actor.titled-family-name-first); "the Fed chair" is the Federal Reserve's (rule
speaker.another-body-qualifier); a block of single lines stops at the writer's "World War I" and "Our reporter"
(rule quote.block-lines); a title's body of two words is no part of the name after it ("Minister for the Cabinet
Office", "Envoy for the Western Balkans", rule actor.after-title-phrase)."""

from backchannel.extract.trace import collecting
from tests.conftest import event_names, quote_with, speaker_name


def _persons(record: dict) -> list[str]:
    return [a["name"] for a in record["actors"] if a["kind"] == "person"]


def test_a_titled_western_family_name_is_not_a_given_name_of_another(extract):
    record = extract(
        "President Grant met Prime Minister Elin Sandvik in Oslo on Monday.\n\n"
        'Grant Hollis, a pianist who played at the dinner, said the evening was "a joy".\n\n'
        'President Grant said the talks had been "very useful".\n'
    )
    assert speaker_name(record, quote_with(record, "very useful")) == "Grant"
    assert any(event_names(record, e) == {"Grant", "Elin Sandvik"} for e in record["events"])


def test_a_titled_chinese_family_name_still_folds(extract):
    record = extract(
        "Chairman Pak said the shipyard would stay open.\n\n"
        "Pak Min-ho, who founded the yard, toured the docks on Monday.\n"
    )
    assert [n for n in _persons(record) if n.startswith("Pak")] == ["Pak Min-ho"]


def test_a_clipped_body_name_is_the_same_body(extract):
    record = extract(
        "Federal Reserve Chair Mara Quillon met bankers in Chicago on Monday.\n\n"
        '"Inflation is cooling," the Fed chair told reporters after the meeting.\n'
    )
    assert speaker_name(record, quote_with(record, "Inflation is cooling")) == "Mara Quillon"


LINES = (
    "Mayor Ines Halloran spoke at the harbour on Monday after the vote.\n"
    "Halloran said:\n"
    "The ferry has served this town for ninety years and it will go on.\n"
    "We will keep it running, and my council agrees.\n"
    "Veterans of World War I laid a wreath at the pier after the speech.\n"
    "The council voted on Tuesday to keep the service.\n"
)


def test_a_roman_numeral_is_no_first_person_line(extract):
    record = extract(LINES)
    quote = quote_with(record, "served this town")
    assert "We will keep it running" in quote["content"]["text"]
    assert "World War" not in quote["content"]["text"]


def test_the_papers_reporter_is_no_first_person_line(extract):
    record = extract(LINES.replace("Veterans of World War I laid a wreath", "Our reporter counted two hundred people"))
    quote = quote_with(record, "served this town")
    assert "two hundred people" not in quote["content"]["text"]


def test_a_first_person_line_after_a_title_word_goes_on(extract):
    record = extract(LINES.replace("Veterans of World War I laid", "And I laid"))
    assert "And I laid" in quote_with(record, "served this town")["content"]["text"]


def test_a_bodys_last_word_is_no_given_name(extract):
    record = extract("Minister for the Cabinet Office Ben Quarry said the review would end in May.\n")
    assert speaker_name(record, quote_with(record, "review would end")) == "Ben Quarry"


def test_a_region_of_two_words_is_no_part_of_the_envoys_name(extract):
    record = extract(
        "Envoy for the Western Balkans Maria Kessel met Serbian President Dragan Vukic in Belgrade on Monday.\n"
    )
    assert any(event_names(record, e) == {"Maria Kessel", "Dragan Vukic"} for e in record["events"])


def test_a_given_name_the_tagger_cut_from_its_family_name_still_folds(extract):
    # the tagger stopped at "korhonen" in lower case: "President Marja" is Marja Korhonen, by the text run on
    fired: list[str] = []
    with collecting(fired):
        record = extract(
            "Korhonen meets Lindqvist\n\n"
            "President Marja korhonen och president Erik Lindqvist sitter.\n"
            "President Marja Korhonen held a telephone call with Swedish Prime Minister Erik Lindqvist on Tuesday.\n"
        )
    assert "Marja" not in _persons(record)
    assert "actor.titled-family-name-first" in fired
