"""Confirmations from round forty (helper e): who confirmed, denied or would not comment on a contact, by the cause
of the miss on the gate, tested on sentences written for these tests."""

import pytest

from backchannel.extract.confirmations import _nothing_to_tell
from tests.conftest import actor_of

REPORTED = "The weekly Nordposten reported that Foreign Minister Anna Berg had met Jan Nowak in Gdansk on Friday. "


def stances(record: dict) -> set[tuple[str, str]]:
    """Each confirmation of any event, as its status and the name of who gave it."""
    return {(c["status"], actor_of(record, c["by"])["name"]) for e in record["events"] for c in e["confirmations"]}


@pytest.mark.parametrize(
    "sent",
    [
        "Nowak's office said it had nothing to add to the report.",
        'Asked about the report, Nowak said he had "nothing further to add".',
        "Nowak's office said it had nothing to announce.",
    ],
)
def test_nothing_to_add_is_no_comment(extract, sent):
    # confirm.nothing-to-add: having nothing to add or to announce, like nothing to say, is no comment
    record = extract(REPORTED + sent)
    assert any(status == "no_comment" and "Nowak" in by for status, by in stances(record)), stances(record)


def test_adding_something_is_no_comment_on_nothing(extract):
    # negative: "nothing" told, not had, is no comment; the positive control is the test above
    record = extract(REPORTED + "Nowak said nothing could be added to the trade accord.")
    assert not any(status == "no_comment" for status, _ in stances(record)), stances(record)


@pytest.mark.parametrize(
    "sent", ["Nowak said nothing to add to the strain.", "The visit did nothing to add to the strain."]
)
def test_nothing_told_or_done_is_no_comment_on_nothing(nlp, sent):
    # confirm.nothing-to-add: only a nothing that is had ("had nothing to add") is no comment
    add = next(t for t in nlp(sent) if t.lemma_ == "add")
    assert not _nothing_to_tell(add)
    assert _nothing_to_tell(next(t for t in nlp("Nowak said he had nothing to add.") if t.lemma_ == "add"))


@pytest.mark.parametrize(
    "text, side",
    [
        (
            "The Tourism Minister, Karl Olsen, told the radio station he had spoken by telephone on Monday with the "
            "Danish Trade Minister, Per Holm, about fishing quotas.",
            "Karl Olsen",
        ),
        (
            "Mr Dale was polite and guarded with reporters. He did volunteer that he had met the Finnish envoy, Aino "
            "Virta, in Oslo in March.",
            "Dale",
        ),
    ],
)
def test_a_side_telling_its_own_contact_unquoted_confirms_it(extract, text, side):
    # confirm.side-tells: the telling verb's clause is hung on its listener, or the verb is no reporting verb
    record = extract(text)
    assert any(status == "confirmed" and side in by for status, by in stances(record)), stances(record)


def test_telling_one_who_met_another_confirms_nothing(extract):
    # negative: the relative clause has its own subject ("who"): it says whom he told, not what
    record = extract("Karl Olsen told the envoy who had met him in Oslo on Monday that the accord was ready.")
    assert not any(status == "confirmed" and "Olsen" in by for status, by in stances(record)), stances(record)


CALL = "Greenland premier Naja Olsen held a video call on Monday with Denmark's foreign minister, Mette Holck. "


def test_officials_of_a_side_state_telling_it_held_confirm_it(extract):
    # confirm.officials-of-a-side-state: a state's officials, named only so, speak for its side
    record = extract(CALL + 'Danish officials said the call had been "routine".')
    assert ("confirmed", "Danish officials") in stances(record), stances(record)


def test_officials_of_another_state_confirm_nothing_for_the_sides(extract):
    # negative: Swedish officials are of no side's state; the positive control is the test above
    record = extract(CALL + 'Swedish officials said the call had been "routine".')
    assert not any(by == "Swedish officials" for _, by in stances(record)), stances(record)


@pytest.mark.parametrize(
    "sent",
    [
        "Berg's office called the report pure fiction.",
        'Berg called the story "entertaining fiction".',
        '"This is a fantasy from people who want to sell newspapers," Berg said.',
    ],
)
def test_a_report_called_made_up_is_denied(extract, sent):
    # confirm.called-fiction: fiction, like falsity, denies what the report tells
    record = extract(REPORTED + sent)
    assert any(status == "denied" and "Berg" in by for status, by in stances(record)), stances(record)


def test_fiction_of_another_kind_denies_nothing(extract):
    # negative: a writer of fiction calls no report made up; the positive control is the test above
    record = extract(
        "Foreign Minister Anna Berg met Jan Nowak in Gdansk on Friday. Nowak, who writes crime fiction, said the talks "
        "were useful."
    )
    assert not any(status == "denied" for status, _ in stances(record)), stances(record)


def reporters(record: dict) -> set[str]:
    """The names of everyone any event is reported by."""
    return {actor_of(record, r["source"])["name"] for e in record["events"] for r in e["reported_by"]}


def test_a_teller_found_as_no_quote_reports_the_contact(extract):
    # report.teller-unquoted: the clause hung on the listener is still the minister's telling, not the paper's
    record = extract(
        "The Tourism Minister, Karl Olsen, told the radio station he had spoken by telephone on Monday with the "
        "Danish Trade Minister, Per Holm."
    )
    assert "Karl Olsen" in reporters(record), reporters(record)


def test_a_contact_told_on_the_papers_own_authority_has_no_teller(extract):
    # negative: no telling verb above the contact; the positive control is the test above
    record = extract("Karl Olsen, the tourism minister, spoke by telephone on Monday with Per Holm.")
    assert "Karl Olsen" not in reporters(record), reporters(record)


def test_a_report_called_false_is_denied_by_the_speaker_not_its_author(extract):
    # confirm.report-is-no-voice: the report is the subject of the verdict, not the one who gives it
    record = extract(REPORTED + "The Polish government spokesman, Piotr Lis, said the report was false.")
    assert ("denied", "Piotr Lis") in stances(record), stances(record)
    assert not any(by == "Nordposten" for _, by in stances(record)), stances(record)


def test_a_falsity_word_second_of_a_pair_still_denies(extract):
    # the falsity word conjoined to another verdict: "a provocation and a lie"
    record = extract(
        REPORTED + 'The Polish government spokesman, Piotr Lis, said the report was "a provocation and a lie".'
    )
    assert ("denied", "Piotr Lis") in stances(record), stances(record)


def test_a_pair_of_verdicts_with_no_falsity_denies_nothing(extract):
    # negative: "a surprise and a disappointment" calls nothing false; the positive control is the test above
    record = extract(REPORTED + 'Piotr Lis, a spokesman, said the meeting was "a surprise and a disappointment".')
    assert not any(status == "denied" for status, _ in stances(record)), stances(record)


RECEIVED = (
    "On Wednesday morning Kyrgyz Foreign Minister Almaz Turdu was received by Prime Minister Serik Abenov at the "
    "government house, the {}'s press service said."
)


def test_the_press_service_of_a_side_confirms_for_it(extract):
    # confirm.body-of-a-side: "the prime minister's press service" speaks for the prime minister at the meeting
    record = extract(RECEIVED.format("prime minister"))
    assert ("confirmed", "prime minister's press service") in stances(record), stances(record)


def test_the_press_service_of_another_confirms_nothing(extract):
    # negative: the president is no side of the meeting; the positive control is the test above
    record = extract(RECEIVED.format("president"))
    assert not any("press service" in by for _, by in stances(record)), stances(record)


TWO_CONTACTS = (
    "The weekly Nordposten reported that Prime Minister Anna Berg had dined with Taiwan's roving ambassador, "
    "Lin Cheng, on Tuesday. On Wednesday the Swedish trade minister, Per Holm, held talks in Oslo with the Danish "
    "trade minister, Lars Dahl. "
)


def comment_of(record: dict, who: str) -> set[str]:
    """The names of the parties of the events ``who`` declined to comment on."""
    return {
        actor_of(record, p)["name"]
        for e in record["events"]
        for c in e["confirmations"]
        if c["status"] == "no_comment" and who in actor_of(record, c["by"])["name"]
        for p in e["participants"]
    }


def test_a_states_mission_declining_to_comment_answers_its_sides_contact(extract):
    # an embassy or mission speaks for its state (rule confirm.comment-by-a-state): the dinner with the Taiwanese envoy
    record = extract(TWO_CONTACTS + "The Taiwanese mission in Oslo declined to comment.")
    assert "Lin Cheng" in comment_of(record, "Taiwanese mission"), comment_of(record, "Taiwanese mission")


def test_a_mission_of_no_sides_state_answers_the_story_told_last(extract):
    # negative: a Japanese mission is of no side's state; the story told last; the positive control is above
    record = extract(TWO_CONTACTS + "The Japanese mission in Oslo declined to comment.")
    assert "Lin Cheng" not in comment_of(record, "Japanese mission"), comment_of(record, "Japanese mission")


@pytest.mark.parametrize("sent", ["Nowak has made no comment.", "Nowak's office offered no comment on the report."])
def test_making_no_comment_is_no_comment(extract, sent):
    # confirm.no-comment: "no comment" made or offered, as "had no comment"
    record = extract(REPORTED + sent)
    assert any(status == "no_comment" and "Nowak" in by for status, by in stances(record)), stances(record)


def test_making_a_comment_is_no_refusal(extract):
    # negative: a comment made is no refusal to comment; the positive control is the test above
    record = extract(REPORTED + "Nowak has made a comment about the weather.")
    assert not any(status == "no_comment" for status, _ in stances(record)), stances(record)


CONFERENCE = "On Tuesday Faridun Nazarov held a video conference with the board of Sinowest Power. "


def test_a_side_organisation_named_short_speaks_for_it(extract):
    # confirm.short-name-of-a-side: "Sinowest" after "Sinowest Power" is that side
    record = extract(CONFERENCE + "Sinowest said the talks had covered the financing of the dam.")
    assert ("confirmed", "Sinowest") in stances(record), stances(record)


def test_another_organisation_sharing_no_first_word_is_no_side(extract):
    # negative: "Power Holdings" shares a word of the side's name but is not it named short; control above
    record = extract(CONFERENCE + "Power Holdings said the talks had covered the financing of the dam.")
    assert not any(by == "Power Holdings" for _, by in stances(record)), stances(record)


def test_a_mission_of_no_state_is_no_state_voice(extract):
    # confirm.comment-by-a-state: "the UN mission" is no state's mission, so it does not speak for a side as an
    # embassy does (the embassy tests above are the positive control)
    text = (
        "Talks in Tripoli\n\nThe two rival prime ministers, Omar Haddad and Salem Darrat, met in Tripoli on "
        "Monday, the UN mission said."
    )
    found = stances(extract(text))
    assert not any(by == "UN mission" for _, by in found), found
