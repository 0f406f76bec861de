"""Round forty-four, mends r1: story-level parties read no further than the story allows. A "they", "it" or "its"
stands for a side told before only when nothing nearer could be meant; a bare "the envoy" only for one who holds
the title; those joined next only on the contact's own occasion (sentences from the review, names invented)."""

from tests.conftest import event_names
from tests.extract.test_thirtythree_a import rules_fired


def _all_names(record: dict) -> set[str]:
    return {n for e in record["events"] for n in event_names(record, e)}


def test_them_is_not_a_subject_when_other_people_stand_between(extract):
    # party.they-told-before: the aid workers (or activists) are as likely, so no antecedent
    record = extract(
        "Rebel commanders freed three aid workers on Monday. President Felix Tshisekedi received them at the palace "
        "in Kinshasa on Tuesday.",
        published="2024-05-08",
    )
    assert "Rebel commanders" not in _all_names(record)
    record = extract(
        "Police detained three opposition activists in Minsk on Monday. They were released on Tuesday and met "
        "opposition leader Svetlana Tikhanovskaya in Vilnius.",
        published="2024-05-08",
    )
    assert "Police" not in _all_names(record)


def test_it_is_the_thing_between(extract):
    # party.it-body and contact.host.received-by: a letter, a plan is the likelier "it"
    for text in (
        "The Palestinian Authority sent a letter to the United Nations on Monday. It was received by "
        "Secretary-General Antonio Guterres on Tuesday.",
        "The Kenyan government drafted a peace plan on Monday. It was welcomed by President Salva Kiir on Tuesday.",
    ):
        assert extract(text, published="2024-05-08")["events"] == []


def test_joined_on_another_occasion_is_no_party(extract):
    # party.joined-next: another day, place or occasion; a past deed in a relative clause; a delegation elsewhere
    first = "Governor Ade Bello met leaders of the teachers' union in Kano on Monday. "
    for after, name in (
        ("On Wednesday he was joined by Vice President Kashim Shettima at a campaign rally in Kaduna.", "Shettima"),
        ("Senator Bola Tinubu, who led a delegation to China last year, was not invited.", "Bola Tinubu"),
        (
            "The head of the Israeli delegation to the Paris air show, Yossi Cohen, called the visit a mistake.",
            "Yossi Cohen",
        ),
    ):
        record = extract(first + after, published="2024-05-08")
        assert not any(name in n for n in _all_names(record)), after


def test_the_envoy_holds_the_title(extract):
    # party.described-before: the "Special envoy" before, not the last traveller without the title
    record = extract(
        "Special envoy Tom Kerrigan met President Salva Kiir in Juba on Monday. Vice President Riek Machar flew to "
        "Nairobi on Tuesday. The envoy will meet Kiir again on Friday.",
        published="2024-05-09",
    )
    planned = [e for e in record["events"] if e["status"] == "planned"]
    assert planned and event_names(record, planned[0]) == {"Tom Kerrigan", "Salva Kiir"}


def test_it_is_the_nearer_subject(extract):
    # party.it-delegation: the council, not the delegation of the sentence before it
    record = extract(
        "A delegation from Lahti arrived in Oslo on Monday. The city council met in emergency session on Tuesday. "
        "It also met Mayor Sverre Dahl.",
        published="2024-05-09",
    )
    met = [e for e in record["events"] if "Sverre Dahl" in event_names(record, e)]
    assert met and not {"Finland", "delegation"} & event_names(record, met[0])


def test_its_is_the_nearest_things(extract, nlp):
    # party.its-people: "its" is the pipeline's, and the rule is not told when it adds no one
    text = (
        "The government of Chad has approved the pipeline. Its opponents met Energy Minister Ali Mahamat in "
        "N'Djamena on Tuesday."
    )
    assert "Chad" not in _all_names(extract(text, published="2024-05-09"))
    assert "party.its-people" not in rules_fired(nlp, text)
