"""Round fifty-seven (reader R): faults found reading this round's rules, mended. Sentences written for these
tests (names invented)."""

from tests.conftest import events_with, quote_with, speaker_name


def test_repeating_a_visit_is_no_more_words(extract):
    # pronoun.adds-to-own-words: "he repeated the visit" is a deed, not the last speaker adding to his words
    record = extract(
        "Minister Abdul Karim said on Monday that the port would close. Ambassador Peter Lund met Prime Minister "
        "Eva Berg in Oslo in January. He repeated the visit in March."
    )
    assert speaker_name(record, quote_with(record, "the visit")) != "Abdul Karim"


def test_he_added_after_a_quote_still_goes_on(extract):
    # negative: the rule's own case keeps working
    record = extract(
        "Minister Abdul Karim said Ambassador Peter Lund met him on Monday. Lund left at once. "
        "“He was very disappointed,” he added."
    )
    assert speaker_name(record, quote_with(record, "very disappointed")) == "Abdul Karim"


def test_no_plans_for_what_would_be_a_meeting_denies_it(extract):
    # status.embedded-question: "what would be his first meeting" names the meeting; "no plans" still denies it
    record = extract(
        "The White House said President Tom Bell has no plans for what would be his first meeting with "
        "North Korean leader Kim Jong Un."
    )
    assert [e["status"] for e in events_with(record, "Tom Bell", "Kim Jong Un")] == ["denied"]


def test_a_spokesman_for_the_principal_is_the_possessive_spokesman(extract):
    # speaker.possessive-spokesman: "a spokesman for Ode" after "Ode's spokesman" is the same unnamed source
    record = extract(
        "Governor Ana Ruiz met Senator Mark Ode on Monday. Ode's spokesman said the two met for an hour. "
        "A spokesman for Ode later said the talks would resume."
    )
    first = quote_with(record, "met for an hour")["speaker_actor"]
    assert quote_with(record, "talks would resume")["speaker_actor"] == first


def test_the_other_way_round_too(extract):
    record = extract(
        "Governor Ana Ruiz met Senator Mark Ode on Monday. A spokesman for Senator Mark Ode said the two met for an "
        "hour. Ode's spokesman later said the talks would resume."
    )
    first = quote_with(record, "met for an hour")["speaker_actor"]
    assert quote_with(record, "talks would resume")["speaker_actor"] == first
