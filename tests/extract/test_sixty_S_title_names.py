"""Round sixty, helper S: speakers whose name was wrong because of what stands before it. A title's phrase "for the
Presidency", "for the Pacific" is no part of the holder's name after it (rule actor.after-title-phrase), and such a
title in capitals with no article is that person's when the parser made the title the subject (rule
speaker.holder-after-title-phrase); a description naming the body an office is of ("ANF president") is not a
person whose titles name another body (rule speaker.another-body-qualifier); "Mr Hale's official spokesman" is also
"Hale's official spokesman" (rule speaker.possessive-spokesman). Tested on sentences written for these tests
(names invented)."""

from backchannel.extract.trace import collecting
from tests.conftest import event_names, quote_with, speaker_name

PRESIDENCY_SPOKESMAN = (
    "The two sides met to discuss trade. Spokesman for the Presidency Hassan Farouk said President Nour stressed "
    "the ties.\n"
)

PRESIDENCY_SPOKESMAN_TAGGED_AS_BODY = (
    "The two sides met to discuss trade. Spokesman for the Presidency Hany Rashed said President Nour stressed "
    "the ties.\n"
)

PACIFIC_MINISTER = (
    "Minister for the Pacific Liam Doull flew to Honiara on Tuesday and held talks with Prime Minister Jeremiah "
    "Manele.\n"
)

SPOKESMAN_FOR_A_NAMED_PRINCIPAL = "A spokesman for President Nour, speaking to reporters, said the ties were strong.\n"

SPOKESMAN_FOR_A_FOUNDATION = "Spokesman for the Nour Foundation said the grant was approved.\n"

TWO_PRESIDENTS = (
    "Liga president Omar Bakr met ANF president Tomas Wendt in Geneva on Monday.\n\n"
    '"We agreed on a plan," ANF president said.\n\n'
    '"It was a good day," Liga president said.\n'
)

TWO_PRESIDENTS_NO_QUALIFIER = (
    "Liga president Omar Bakr met ANF president Tomas Wendt in Geneva on Monday.\n\n"
    '"We agreed on a plan," the president said.\n'
)

TWO_STATES_PRESIDENTS = (
    "Chilean President Marta Soler met Peruvian President Jorge Vidal in Lima on Monday.\n\n"
    '"We agreed on a plan," the Chilean president said.\n'
)

OFFICIAL_SPOKESMAN = (
    "Prime Minister Tomas Hale met the union leaders on Monday.\n\n"
    "Mr Hale's official spokesman said the talks were useful.\n"
)


def fired_with(extract, text: str) -> tuple[dict, list[str]]:
    """The record of ``text`` and the rules fired while extracting it."""
    fired: list[str] = []
    with collecting(fired):
        record = extract(text)
    return record, fired


def test_a_title_for_a_body_in_capitals_is_the_name_after_it(extract):
    record, fired = fired_with(extract, PRESIDENCY_SPOKESMAN)
    assert speaker_name(record, quote_with(record, "President Nour stressed the ties")) == "Hassan Farouk"
    assert "speaker.holder-after-title-phrase" in fired
    assert "actor.after-title-phrase" in fired


def test_the_body_a_title_is_for_is_cut_from_the_name_the_tagger_ran_into_it(extract):
    record, fired = fired_with(extract, PRESIDENCY_SPOKESMAN_TAGGED_AS_BODY)
    assert speaker_name(record, quote_with(record, "President Nour stressed the ties")) == "Hany Rashed"
    assert "actor.after-title-phrase" in fired


def test_a_minister_for_a_region_is_a_side_of_his_talks_by_his_own_name(extract):
    record, fired = fired_with(extract, PACIFIC_MINISTER)
    assert any(event_names(record, e) == {"Liam Doull", "Jeremiah Manele"} for e in record["events"])
    assert "actor.after-title-phrase" in fired


def test_a_spokesman_for_a_named_person_is_not_that_person(extract):
    record, fired = fired_with(extract, SPOKESMAN_FOR_A_NAMED_PRINCIPAL)
    assert speaker_name(record, quote_with(record, "the ties were strong")) != "Nour"
    assert "speaker.holder-after-title-phrase" not in fired


def test_a_spokesman_for_a_body_named_after_someone_is_no_one_named(extract):
    record, fired = fired_with(extract, SPOKESMAN_FOR_A_FOUNDATION)
    # the foundation itself speaks through its spokesman (rule speaker.spokesman-for-body, session 70), never Nour
    assert speaker_name(record, quote_with(record, "the grant was approved")) == "Nour Foundation"
    assert "speaker.holder-after-title-phrase" not in fired
    assert "actor.after-title-phrase" not in fired


def test_a_description_naming_one_body_is_not_the_president_of_another(extract):
    record, fired = fired_with(extract, TWO_PRESIDENTS)
    assert speaker_name(record, quote_with(record, "It was a good day")) == "Omar Bakr"
    assert speaker_name(record, quote_with(record, "We agreed on a plan")) == "Tomas Wendt"
    assert "speaker.another-body-qualifier" in fired


def test_a_description_naming_no_body_is_left_to_the_nearest_holder(extract):
    record, fired = fired_with(extract, TWO_PRESIDENTS_NO_QUALIFIER)
    assert speaker_name(record, quote_with(record, "We agreed on a plan")) in ("Omar Bakr", "Tomas Wendt")
    assert "speaker.another-body-qualifier" not in fired


def test_a_description_naming_a_state_is_left_to_the_state_rules(extract):
    record, fired = fired_with(extract, TWO_STATES_PRESIDENTS)
    assert speaker_name(record, quote_with(record, "We agreed on a plan")) == "Marta Soler"
    assert "speaker.another-body-qualifier" not in fired


def test_a_possessive_spokesman_is_known_by_the_family_name_alone(extract):
    record = extract(OFFICIAL_SPOKESMAN)
    speaker = next(a for a in record["actors"] if a["id"] == quote_with(record, "talks were useful")["speaker_actor"])
    assert "Hale's official spokesman" in speaker["aliases"]
