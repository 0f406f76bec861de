"""Round forty-four (a): names the tagger gave the wrong kind: a movement taken for a person, a person taken for a
paper; tested on sentences written for these tests (names invented)."""

from tests.conftest import actor_named


def test_a_plural_name_after_the_is_a_movement_not_a_person(extract):
    # actor.people-by-name: "the Houthis' chief negotiator", a group's name as "Houthi representatives" shows
    record = extract(
        "Envoys hope to arrange a meeting between the council's chairman and the Houthis' chief negotiator. Houthi "
        "representatives were in Muscat last week.",
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
