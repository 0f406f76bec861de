"""Session 62 (lead): a relative "whom" met is the person the clause hangs on (rule party.whom-antecedent).
Sentences written for these tests (names invented)."""


def _parties(record: dict) -> list[set[str]]:
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [{names[p["id"] if isinstance(p, dict) else p] for p in e["participants"]} for e in record["events"]]


def test_whom_met_is_the_person_before(extract):
    record = extract(
        "I'm especially thankful to Rashid al-Tamimi, whom I met yesterday, for his support, envoy Lars Holm said.",
        published="2024-03-12",
    )
    assert _parties(record) == [{"Rashid al-Tamimi", "Lars Holm"}]


def test_whom_after_an_apposed_name_is_that_name_and_the_denial_is_not_its(extract):
    record = extract(
        "Nobody knows what to make of the country's president, Ana Lind, whom Foreign Minister Tom Hale meets "
        "on Tuesday.",
        published="2024-03-12",
    )
    assert _parties(record) == [{"Ana Lind", "Tom Hale"}]
    assert record["events"][0]["status"] != "denied"


def test_whom_of_a_question_is_no_party(extract):
    # negative: "whom she had met" asks who; no one is named as met
    record = extract("The presidency declined to say whom Minister Ana Lind had met in Oslo.", published="2024-03-12")
    assert record["events"] == []
