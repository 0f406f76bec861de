"""Round fifty-four (K): a post's signature printed on a line of its own under the post ("— Ada Moss (@AdaMoss)
May 2, 2021") signs the paragraph above it (rule quote.embedded-post-above); the signer is the person the story
named, though the signature adds a title; tested on sentences written for these tests (names invented)."""

from tests.conftest import quote_with, speaker_name


def test_a_signature_line_under_a_post_signs_the_paragraph_above(extract):
    record = extract(
        "Foreign Minister Ada Moss met Tom Hale in Rome on Sunday.\n"
        "Spoke today with Foreign Minister Tom Hale about the harbour talks and the fishing quotas. "
        "pic.twitter.com/abc123\n"
        "— Foreign Minister Ada Moss (@AdaMoss) May 2, 2021\n"
        "The two sides agreed to meet again."
    )
    quote = quote_with(record, "Spoke today with Foreign Minister Tom Hale")
    assert "pic.twitter.com" not in quote["content"]["text"]
    assert speaker_name(record, quote) == "Ada Moss"


def test_a_signature_line_with_nothing_above_it_signs_nothing(extract):
    record = extract("— Ada Moss (@AdaMoss) May 2, 2021\n\nThe two sides agreed to meet again in June.")
    assert not any("Ada Moss" in q["content"]["text"] for q in record["quotes"])
