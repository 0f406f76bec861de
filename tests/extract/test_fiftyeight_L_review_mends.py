"""Round fifty-eight (lead, after the reviewer): an office that only reads like another does not take the
description from the holder titled in its own words. Sentences written for these tests (names invented)."""

from tests.conftest import quote_with, speaker_name


def test_the_envoy_is_the_special_envoy_not_the_ambassador_named_since(extract):
    # speaker.same-office: an ambassador's office reads "envoy" too, but "the envoy" is the one titled so
    record = extract(
        "Special Envoy Tomas Varga met Prime Minister Ana Ruiz in Lisbon on Thursday. Ambassador Ivo Marek joined "
        "the talks later. The envoy said a deal on the prisoners was close."
    )
    assert speaker_name(record, quote_with(record, "deal on the prisoners")) == "Tomas Varga"


def test_the_envoy_is_the_ambassador_when_no_envoy_is_named(extract):
    # negative: with only an ambassador named, "the envoy" is still the ambassador
    record = extract(
        "Ambassador Ivo Marek met Prime Minister Ana Ruiz in Lisbon on Thursday. The envoy said a deal on the "
        "prisoners was close."
    )
    assert speaker_name(record, quote_with(record, "deal on the prisoners")) == "Ivo Marek"
