"""Round fifty-seven, helper Q: direct quotes with no cue of their own, whose speaker comes from the story around
them. A quote set inside a sentence of narration is the words of that sentence's subject, not of whoever spoke
before (rule speaker.sentence-subject); words said as "I" are one person's, never those of an office or a group
that spoke last in an aside (rule speaker.one-voice). Tested on sentences written for these tests (names
invented)."""

from backchannel.extract.trace import collecting
from tests.conftest import quote_with, speaker_name

SON_SPOKE_LAST = (
    "Mr. Tobias Venn, the former envoy, said the talks had been hard. “We argued for a week,” he said.\n\n"
    "His son, Karel Venn, said his father had kept a diary of those years.\n\n"
    "In 1961 Tobias Venn was sent to a dinner in Vienna with a deputy minister “whose name I have tried for forty "
    "years to forget”.\n"
)

SPEAKER_NAMED_ON_THE_WAY = (
    "Mr. Tobias Venn, the former envoy, said the talks had been hard. “We argued for a week,” he said.\n\n"
    "The two men talked for three days, with Venn, in his words, “keeping the coffee hot and the tempers cool”.\n"
)

OFFICE_IN_AN_ASIDE = (
    "Asked about the timing of the talks, Prime Minister Arno Kessel said at a briefing on Wednesday, “What is the "
    "right time?”\n\n"
    "The visit, a statement from the Office of the Prime Minister had said, was to discuss fisheries.\n\n"
    "“The meeting I had with the envoy had nothing to do with the charges. It did not even come up.”\n"
)

OFFICE_SAYS_WE = (
    "Harbour master Ada Moss said the pier was unsafe. “We will close it in May,” she said.\n\n"
    "The council's statement said the repairs would cost 2 million euros.\n\n"
    "“We have asked the ministry for the money and we expect an answer soon.”\n"
)


def fired_with(extract, text: str) -> tuple[dict, list[str]]:
    """The record of ``text`` and the rules fired while extracting it."""
    fired: list[str] = []
    with collecting(fired):
        record = extract(text)
    return record, fired


def test_a_quote_inside_narration_is_its_subjects(extract):
    record, fired = fired_with(extract, SON_SPOKE_LAST)
    assert speaker_name(record, quote_with(record, "whose name I have tried")) == "Tobias Venn"
    assert "speaker.sentence-subject" in fired


def test_the_last_speaker_named_on_the_way_to_the_quote_goes_on(extract):
    record, fired = fired_with(extract, SPEAKER_NAMED_ON_THE_WAY)
    assert speaker_name(record, quote_with(record, "keeping the coffee hot")) == "Tobias Venn"
    assert "speaker.sentence-subject" not in fired


def test_words_said_as_i_are_not_an_offices(extract):
    record, fired = fired_with(extract, OFFICE_IN_AN_ASIDE)
    assert speaker_name(record, quote_with(record, "The meeting I had with the envoy")) == "Arno Kessel"
    assert "speaker.one-voice" in fired


def test_words_said_as_we_go_on_with_the_office(extract):
    record, fired = fired_with(extract, OFFICE_SAYS_WE)
    assert "speaker.one-voice" not in fired
    assert speaker_name(record, quote_with(record, "We have asked the ministry")) != "Ada Moss"
