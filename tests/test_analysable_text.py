"""What the parser sees: boilerplate and the wire dateline blanked, offsets kept."""

import pytest

from backchannel.pipeline import analysable_text
from backchannel.records import Article


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("SEOUL — A summit could take place.", "SEOUL — "),
        ("Headline here\n\nWASHINGTON (AP) — The Senate voted.", "WASHINGTON (AP) — "),
        ("NEW DELHI, March 3 — India said.", "NEW DELHI, March 3 — "),
        ('ANKARA - "We are ready," he said.', "ANKARA - "),
        ("KEMAMAN, Aug. 24 (HPS) — A spokesman for the port said.", "KEMAMAN, Aug. 24 (HPS) — "),
        ("Kemaman (HPS) – The harbour master said.", "Kemaman (HPS) – "),
        ("KEMAMAN ― Two pilots said.", "KEMAMAN ― "),
    ],
)
def test_the_dateline_is_blanked(text, blanked):
    seen = analysable_text(Article(text=text))
    assert len(seen) == len(text)
    start = text.index(blanked)
    assert seen[start : start + len(blanked)].strip() == ""
    assert seen[start + len(blanked) :] == text[start + len(blanked) :]


@pytest.mark.parametrize(
    "text",
    [
        "NATO - the alliance met.",
        "The US — and Europe — agreed.",
        "A - B testing began.",
        "Ada Moss - The pilot said.",
        "First paragraph.\n\n" + "Filler sentence. " * 80 + "\n\nMOSCOW — Late in the story.",
    ],
)
def test_other_dashes_are_left_alone(text):
    assert analysable_text(Article(text=text)) == text


def test_a_low_quote_mark_for_a_comma_is_a_comma():
    text = "Mr Okoro\u201a the envoy\u201a met Ms Bello on Friday\u201a officials said."
    seen = analysable_text(Article(text=text))
    assert seen == "Mr Okoro, the envoy, met Ms Bello on Friday, officials said."


def test_a_low_quote_mark_opening_a_quotation_is_left_alone():
    text = "Sie sagte \u201aja\u2018 und ging."
    assert analysable_text(Article(text=text)) == text


def test_an_underscore_gluing_a_credit_to_a_sentence_is_a_space():
    text = "Harbour News Service (HNS)_Minister Ada Lind met the pilots."
    assert analysable_text(Article(text=text)) == "Harbour News Service (HNS) Minister Ada Lind met the pilots."


def test_an_underscore_inside_a_word_or_a_handle_is_left_alone():
    text = "The account @harbour_Watch posted file_Name.pdf on Monday."
    assert analysable_text(Article(text=text)) == text
