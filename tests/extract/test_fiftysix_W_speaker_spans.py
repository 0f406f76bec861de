"""Round fifty-six (helper W): the speaker span of a quote whose content is found. A participle the parser hung on
the one a message went to speaks for the message's sender (rule speaker.addressee-of-message); an infinitive the
parser read as a relative clause on a verb's object speaks for that verb's subject (rule
quote.infinitive-read-as-relative). Sentences written for these tests (names invented)."""

import pytest

from tests.conftest import quote_with, speaker_name


def speaker_text(record: dict, fragment: str) -> str | None:
    """The speaker span's text of the quote holding the fragment."""
    speaker = quote_with(record, fragment).get("speaker")
    return speaker["text"] if speaker else None


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Governor Lena Hart is making a pitch to rural voters saying the tax would be cut.",
            "tax",
            "Governor Lena Hart",
        ),
        ("Her campaign sent a text message to supporters saying the race was close.", "race", "Her campaign"),
        ("The letter was sent to members saying the club would close.", "club", "The letter"),
    ],
)
def test_a_participle_on_the_addressee_gives_the_senders_words(extract, text, fragment, speaker):
    # speaker.addressee-of-message
    assert speaker_text(extract(text), fragment) == speaker


def test_the_sender_is_the_actor_who_speaks(extract):
    # speaker.addressee-of-message: the sender, not the voters, is the quote's actor
    record = extract("Governor Lena Hart is making a pitch to rural voters saying the tax would be cut.")
    assert speaker_name(record, quote_with(record, "tax")) == "Lena Hart"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("The senator spoke to protesters chanting that the tax was unfair.", "unfair", "protesters"),
        ("The senator met protesters chanting that the tax was unfair.", "unfair", "protesters"),
        (
            "In response to reports on social media claiming that the pier was shut, the port said it was open.",
            "pier",
            "reports on social media",
        ),
    ],
)
def test_people_spoken_to_or_met_keep_their_own_words(extract, text, fragment, speaker):
    # negative of speaker.addressee-of-message: no message named, the participle is the addressee's
    assert speaker_text(extract(text), fragment) == speaker


def test_an_infinitive_read_as_a_relative_clause_speaks_for_the_subject(extract):
    # quote.infinitive-read-as-relative
    record = extract("Petra Lind had every reason to know that her warnings would be ignored.")
    assert speaker_text(record, "warnings") == "Petra Lind"


def test_an_infinitive_on_a_noun_after_a_copula_gives_no_one(extract):
    # negative of quote.infinitive-read-as-relative: "one of the reasons to oppose …" is no one's remark
    record = extract("The partisan strife is also one of the chief reasons to oppose the ferry plan.")
    assert all(q.get("speaker") is None or q["speaker"]["text"] != "The partisan strife" for q in record["quotes"])


def test_an_infinitive_read_as_a_relative_clause_with_an_object_only_is_no_remark(extract):
    # negative of quote.infinitive-read-as-relative: an aim with an object reports no words
    record = extract("Parliament has two ways to seek enforcement of a summons: by a vote or by a suit.")
    assert [q for q in record["quotes"] if "summons" in q["content"]["text"]] == []
