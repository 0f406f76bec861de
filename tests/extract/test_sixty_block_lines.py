"""Round sixty: a block set off after a colon in a text whose paragraphs are single lines (no blank line anywhere,
as pages are often copied) is the line after the colon and the first-person lines after it (rule
quote.block-lines), not every line to the text's end. Sentences written for these tests (names invented)."""

from tests.conftest import quote_with, speaker_name

LINES = (
    "The mayor spoke after the harbour meeting with the ferry company.\n"
    "Mayor Ilse Marr said:\n"
    "The ferry has served this town for ninety years and the company knows it.\n"
    "I will not let it stop while I hold this office.\n"
    "The council voted on Tuesday to keep the pier open.\n"
    "What we know so far:\n"
    "- The company will publish its timetable in May.\n"
)


def test_the_block_takes_the_first_person_lines(extract):
    record = extract(LINES)
    quote = quote_with(record, "served this town for ninety years")
    assert speaker_name(record, quote) == "Ilse Marr"
    assert "I will not let it stop" in quote["content"]["text"]


def test_the_block_stops_at_the_writers_line(extract):
    record = extract(LINES)
    quote = quote_with(record, "served this town for ninety years")
    assert "council voted" not in quote["content"]["text"]


def test_a_text_with_blank_lines_keeps_the_paragraph_whole(extract):
    text = LINES.replace("Mayor Ilse Marr said:\n", "Mayor Ilse Marr said:\n\n").replace(
        "office.\nThe council", "office.\n\nThe council"
    )
    record = extract(text.replace("it.\nI will", "it.\nThe pier will"))
    quote = quote_with(record, "served this town for ninety years")
    assert "The pier will" in quote["content"]["text"]
