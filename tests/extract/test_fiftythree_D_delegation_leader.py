"""Round fifty-three (D): "the delegation" of a contact is the one whose leader the sentences before named, however
they told the leading ("was led by X", "X, who led the Ghanaian delegation") and when the contact gives it a state
(rule party.delegation-led-before); tested on sentences written for these tests (names invented)."""

from tests.conftest import events_with


def test_a_delegation_said_to_be_led_by_someone_is_its_leader(extract):
    record = extract(
        "The delegation was led by Senator Chris Adams. On Thursday the delegation met President William Rono.",
        published="2024-04-10",
    )
    assert events_with(record, "Chris Adams", "William Rono")


def test_a_delegation_from_a_state_is_the_delegation_led_by_someone_before(extract):
    record = extract(
        "US Ambassador Ann Lee was part of the delegation led by Senator Chris Adams. President William Rono held "
        "talks with the Congressional delegation from the United States on Thursday.",
        published="2024-04-10",
    )
    assert events_with(record, "Chris Adams", "William Rono")


def test_of_two_delegations_led_the_one_of_the_same_state(extract):
    record = extract(
        "Foreign Minister Kofi Mensah, who led the Ghanaian delegation to the talks, said they went well. Professor "
        "Yao Koffi, who led the Ivorian delegation, said relations would grow. The Ivorian delegation met President "
        "John Kufuor on Friday.",
        published="2024-04-10",
    )
    assert events_with(record, "Yao Koffi", "John Kufuor")
    assert not events_with(record, "Kofi Mensah", "John Kufuor")


def test_no_leader_for_a_delegation_of_another_state_or_a_group_of_another_kind(extract):
    record = extract(
        "Foreign Minister Kofi Mensah led the Ghanaian delegation. The Ivorian delegation met President John Kufuor "
        "on Friday. Senator Chris Adams led a group of students to the museum. The delegation met President "
        "William Rono on Saturday.",
        published="2024-04-10",
    )
    assert not events_with(record, "Kofi Mensah", "John Kufuor")
    assert not events_with(record, "Chris Adams", "William Rono")


def test_a_delegation_of_another_name_in_the_same_contact_keeps_its_own_party(extract):
    # the rebels' delegation is not the government's, led by the minister, told just before it
    record = extract(
        "The government delegation, led by Minister Ravi Perera, opened talks with the rebel delegation headed by "
        "Anton Bala in Oslo on Tuesday.",
        published="2024-04-10",
    )
    assert events_with(record, "Ravi Perera", "Anton Bala")
