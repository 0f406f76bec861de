"""Round fifty-six (helper L): contacts a sentence tells on its own but the article lost. A description of whom a
clause's subject meets is never the subject himself, though he holds the title it names (rule
party.not-the-one-meeting). Sentences written for these tests (names invented)."""

from tests.conftest import event_names, events_with


def test_talks_with_a_national_title_the_subject_holds(extract):
    # party.not-the-one-meeting: Kalnins is a prime minister, but not the Lithuanian one he is to see
    record = extract(
        "Prime Minister Andris Kalnins met privately in Riga on Monday with Tomas Wrobel, a Polish adviser.\n\n"
        "Kalnins is due in Vilnius on Tuesday for talks with the Lithuanian prime minister.",
        published="2022-05-20",
    )
    met = events_with(record, "Andris Kalnins", "Lithuanian prime minister")
    assert met and met[0]["status"] == "planned"


def test_the_holder_of_a_title_meets_another_holder(extract):
    # party.not-the-one-meeting: "the prime minister" is Darva; the Hungarian prime minister someone else
    record = extract(
        "Prime Minister Elena Darva met the visiting trade envoy, Paul Oster, in Brasov on Monday.\n\n"
        "On Friday, the prime minister held talks with the Hungarian prime minister in Budapest.",
        published="2022-05-20",
    )
    assert events_with(record, "Elena Darva", "Hungarian prime minister")


def test_seeing_the_premier_one_is_not(extract):
    # party.not-the-one-meeting: a description as the object of "see"
    record = extract(
        "Premier Gordon Leckie flew to Ottawa on Monday to see the finance minister, Ruth Amble.\n\n"
        "Leckie hopes to see the prime minister before the end of the month.",
        published="1991-04-17",
    )
    assert events_with(record, "Gordon Leckie", "prime minister")


def test_a_description_of_another_still_resolves_to_its_holder(extract):
    # negative: the description names someone other than the subject, and stays that person
    record = extract(
        "Foreign Minister Ana Korsak arrived in Lisbon on Monday.\n\n"
        "Defence Minister Piotr Halas later held talks with the foreign minister in Lisbon.",
        published="2022-05-20",
    )
    assert events_with(record, "Piotr Halas", "Ana Korsak")


def test_a_pronoun_subject_does_not_set_the_description_apart(extract):
    # negative: "he" is not read to set the prime minister apart: the title stays its holder, and no contact of
    # the prime minister with a description of himself is made
    record = extract(
        "Prime Minister Elena Darva received the trade envoy, Paul Oster, in Brasov on Monday.\n\n"
        "Oster said he would call on the prime minister again in June.",
        published="2022-05-20",
    )
    assert not [e for e in record["events"] if "prime minister" in event_names(record, e)]
