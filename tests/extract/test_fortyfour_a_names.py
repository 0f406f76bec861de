"""Round forty-four (a): a place the tagger ran on over a comma into a person's family name is not an
organisation; tested on sentences written for these tests (names invented)."""

from tests.conftest import actor_named


def test_a_place_and_a_family_name_run_together_are_the_person(extract):
    # actor.name-after-comma: "in Abuja, Bello played down …" is Bello, not an organisation "Abuja, Bello"
    record = extract(
        "Ngozi Okafor Bello chaired the talks. Reached by telephone in Abuja, Bello played down her role.",
        published="2024-04-10",
    )
    assert not [a for a in record["actors"] if a["kind"] == "organization"]
    person = actor_named(record, "Ngozi Okafor Bello")
    assert len(person["mentions"]) == 2


def test_a_plural_name_after_the_is_a_movement_not_a_person(extract):
    # actor.people-by-name: "the Houthis' chief negotiator"
    record = extract(
        "Envoys hope to arrange a meeting between the council's chairman and the Houthis' chief negotiator.",
        published="2024-04-10",
    )
    kinds = {a["name"]: a["kind"] for a in record["actors"]}
    assert kinds.get("Houthis") == "organization"


def test_a_person_a_paper_reports_on_inside_his_clause_is_no_paper(extract):
    # actor.outlet-by-pronoun: "Ambrose, the paper reported, spent …" is a person the paper reports on
    record = extract(
        "The Clarion devoted its front page to the visit. Desmond Ambrose, the paper reported, spent three days "
        "in Havana last week.",
        published="2024-04-10",
    )
    assert actor_named(record, "Desmond Ambrose")["kind"] == "person"
