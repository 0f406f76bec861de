"""Confirmations from round forty-six (helper f): who speaks for a side of a contact, by the classes of miss on the
newest gate sets: a head of state's office, a joint statement, a plan a government voice announces, and a voice of
both sides that speaks for each of them. Sentences written for these tests."""

import pytest

from tests.conftest import actor_of


def stances(record: dict) -> set[tuple[str, str]]:
    """Each confirmation of any event, as its status and the name of who gave it."""
    return {(c["status"], actor_of(record, c["by"])["name"]) for e in record["events"] for c in e["confirmations"]}


@pytest.mark.parametrize(
    "text, office",
    [
        (
            "President Aarne Lehtonen telephoned Ibrahim Kaya, the Turkish adviser, on Sunday, the presidential office "
            "said.",
            "presidential office",
        ),
        (
            "President Tom Reyes spoke by telephone on Sunday with Prime Minister Ana Vela, State House said in a "
            "statement.",
            "State House",
        ),
        (
            "President Tom Reyes of Peru will travel to Quito next week for talks with President Ana Vela of "
            "Ecuador, a palace spokesman said on Friday.",
            "palace spokesman",
        ),
    ],
)
def test_office_of_the_head_speaks_for_the_president(extract, text, office):
    # confirm.office-of-the-head: a president's office, named as the press names it, speaks for the president
    assert ("confirmed", office) in stances(extract(text)), stances(extract(text))


def test_office_of_another_head_confirms_nothing(extract):
    # negative: the presidential office of a third state speaks for neither side
    record = extract(
        "President Tom Reyes of Peru met President Ana Vela of Ecuador in Lima on Monday, the Brazilian presidential "
        "office said."
    )
    assert not any(by == "Brazilian presidential office" for _, by in stances(record)), stances(record)


def test_presidential_candidate_is_no_office(extract):
    # negative: a "presidential" phrase that ends in no voice or body ("candidate") is no office of the president
    record = extract(
        "President Tom Reyes met Prime Minister Ana Vela in Lima on Monday, a presidential candidate, Luis Soto, said."
    )
    assert not any(by == "Luis Soto" and status == "confirmed" for status, by in stances(record)), stances(record)


def test_joint_communique_speaks_for_both_sides(extract):
    # confirm.joint-statement: a statement the sides put out together tells the contact for each of them
    record = extract(
        "Mali's prime minister, Abdoulaye Sidibe, held talks with Niger's prime minister, Ousmane Garba, in Niamey on "
        "Tuesday, according to a joint communique."
    )
    assert ("confirmed", "joint communique") in stances(record), stances(record)


def test_joint_statement_of_others_confirms_nothing(extract):
    # negative: a joint statement is a side's only for a contact it tells; one on another matter confirms nothing
    record = extract(
        "Mali's prime minister, Abdoulaye Sidibe, held talks with Niger's prime minister, Ousmane Garba, in Niamey on "
        "Tuesday. Two farmers' unions said in a joint statement that fuel prices were too high."
    )
    assert not any("joint" in by for _, by in stances(record)), stances(record)


@pytest.mark.parametrize(
    "text, voice",
    [
        (
            "Foreign Minister Ana Berg will visit Chile next month for talks with Jorge Perez, the ministry said.",
            "Foreign Ministry",
        ),
        (
            "Foreign Minister Ana Berg met Jorge Perez on Monday. The two ministers will meet again in Honiara in "
            "November, Vanuatu's foreign ministry said in a statement.",
            "Vanuatu's foreign ministry",
        ),
    ],
)
def test_voice_announcing_a_plan_confirms_it(extract, text, voice):
    # confirm.voice-announces-plan: a government voice announcing a contact to come confirms the plan
    record = extract(text)
    planned = [e for e in record["events"] if e["status"] == "planned"]
    assert planned, record["events"]
    names = {
        actor_of(record, c["by"])["name"] for e in planned for c in e["confirmations"] if c["status"] == "confirmed"
    }
    assert voice in names, names


def test_reported_plan_is_not_confirmed_by_a_denier(extract):
    # negative: a plan told by a paper and called false by the ministry is denied, not confirmed
    record = extract(
        "A weekly reported that Foreign Minister Ana Berg would meet Jorge Perez next week. The ministry said the "
        "report was false."
    )
    assert not any(status == "confirmed" for status, _ in stances(record)), stances(record)


@pytest.mark.parametrize(
    "text, status",
    [
        (
            "The mayor, Anna Holt, met the union leader, Piet Vos, on Monday. According to both sides, the meeting "
            "ended when Vos demanded a written guarantee.",
            "confirmed",
        ),
        (
            "A weekly reported that Foreign Minister Aro Pell had met Sten Vik in Riga. Both sides denied the report.",
            "denied",
        ),
    ],
)
def test_both_sides_speak_for_each(extract, text, status):
    # confirm.both-sides-each: what a voice of both sides says of a contact of two, each side says
    record = extract(text)
    found = stances(record)
    sides = [a["name"] for e in record["events"] for a in record["actors"] if a["id"] in e["participants"]]
    assert len(sides) == 2 and all((status, side) in found for side in sides), found


def test_both_sides_of_three_speak_for_none_by_name(extract):
    # negative: of a contact of three, "both sides" is not every side, and no side is named for it
    record = extract(
        "Foreign Minister Aro Pell, Sten Vik and Lina Berg met in Riga on Tuesday evening, officials from both sides "
        "said."
    )
    assert not any(by in ("Aro Pell", "Sten Vik", "Lina Berg") for _, by in stances(record)), stances(record)


TALKS = (
    "The Kazakh and Russian presidents spoke by phone on Wednesday. Its readout said the two leaders discussed the "
    "pipeline. Energy minister Almas Zhakupov flew to Moscow on Thursday for talks with Russia's deputy energy "
    "minister, Oleg Sitnikov. "
)


def test_side_saying_the_meeting_was_of_a_character_confirms_it(extract):
    # confirm.side-says-it-was: "the meeting was constructive", said by a side's office, confirms the contact just
    # told, though the parse gave "the meeting" to the call told before it
    record = extract(TALKS + 'Zhakupov\'s office said the meeting was "constructive".')
    visit = next(e for e in record["events"] if e["mode"] == "visit")
    confirmers = {actor_of(record, c["by"])["name"] for c in visit["confirmations"] if c["status"] == "confirmed"}
    assert "Almas Zhakupov's office" in confirmers, confirmers


@pytest.mark.parametrize(
    "sent",
    [
        'A visiting professor, Jan Berg, said the meeting was "a waste of time".',
        "Zhakupov's office said the talks were unlikely.",
    ],
)
def test_character_by_no_side_or_of_no_contact_confirms_nothing(extract, sent):
    # negative: one who is no side, or a "character" that tells no contact held, confirms nothing
    record = extract(TALKS + sent)
    visit = next(e for e in record["events"] if e["mode"] == "visit")
    assert not any(c["status"] == "confirmed" for c in visit["confirmations"]), visit["confirmations"]
