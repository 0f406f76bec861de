"""Round fifty-nine (S): a wire copied with its print line breaks.

A hard-wrapped text breaks its lines inside sentences; each break started a sentence and ended a quote, so a name
cut over two lines lost its speaker, "said" at a line's end lost what was said, and a quote ended at the end of its
first line (rule quote.hard-wrapped). Sentences written for these tests (names invented)."""

from backchannel.extract.line_wraps import unwrapped
from tests.conftest import quote_with, speaker_name

WIRE = (
    "PORTVIK, May 3 - The harbour board and the two\n"
    "ferry companies met for the first time on Monday, a spokesman\n"
    "for the port said.\n"
    '"The three sides agreed on the need to keep the\n'
    'pier open for the whole of the winter," harbour master Lea\n'
    "Varga told reporters after the meeting.\n"
    "Varga said\n"
    "the night ferry would run until the spring and that the\n"
    "fares would not rise.\n"
)


def test_quote_over_two_lines_and_name_over_two_lines(extract):
    # quote.hard-wrapped: the quote goes on past its first line, and "Lea / Varga" is one name
    record = extract(WIRE)
    quote = quote_with(record, "open for the whole of the winter")
    assert "keep the" in quote["content"]["text"]
    assert speaker_name(record, quote) == "Lea Varga"


def test_said_at_a_line_end_keeps_what_was_said(extract):
    # quote.hard-wrapped: "Varga said" | "the night ferry would run …" is one sentence
    record = extract(WIRE)
    assert speaker_name(record, quote_with(record, "night ferry would run until the spring")) == "Lea Varga"


def test_lines_of_a_text_that_is_not_wrapped_stay():
    # signed lines and a stray break or two are no wrapping
    text = (
        "Readers wrote to us about the pier.\n\n"
        "\u201cThe pier must stay open for the boats.\u201d \u2015 Ada Moss\n"
        "\u201cThe ferry is our only road to the mainland.\u201d \u2015 Piet Lerner\n\n"
        "The council meets on\nMonday and the board on\nTuesday."
    )
    assert unwrapped(text) == text


def test_lines_between_blank_lines_stay():
    # where blank lines mark the paragraphs, a note set out line by line keeps its lines
    signed = "\u201cThe pier must stay open.\u201d \u2015 Ada Moss\n\u201cKeep the ferry.\u201d \u2015 Piet Lerner\n\n"
    note = "Editor's note: the council\nhas twice\nvoted to close the pier and\nwill vote again in May."
    assert unwrapped(signed + note) == signed + note


def test_a_headline_with_no_stop_stays_apart_from_the_first_sentence(extract):
    # the reviewer's case: the headline's own quote stays the mayor's, and the meeting's sentence is not his
    record = extract(
        "Ferry will keep running, mayor says\n"
        "Harbour master Lea Varga met Tomas Brandt on Monday in the\n"
        "harbour office, and the two agreed that the\n"
        "ferry would keep running until the\n"
        "spring.\n"
        "Brandt said the pier would be repaired.\n"
    )
    assert any(q["content"]["text"] == "Ferry will keep running" for q in record["quotes"])
    assert all("met Tomas Brandt" not in q["content"]["text"] for q in record["quotes"])
