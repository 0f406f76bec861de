"""Round fifty-eight (helper M): gold contacts no predicted event covered, told as taking part in a summit. Whoever
"participated in" or "took part in" a gathering of many is one of those there (rule
party.takes-part-in-gathering), and a body's summit tagged as one name with its count before it is the body's
gathering (rule actor.body-of-its-counted-summit). Sentences written for these tests (names invented)."""


def parties(record: dict) -> list[set[str]]:
    """The names of the parties of each event."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [{names[p] for p in e["participants"]} for e in record["events"]]


def test_one_who_participated_in_a_counted_summit_gathered_with_the_body(extract):
    record = extract("Prime Minister Tan Wei Ming participated in the 34th ASEAN Summit in Bangkok on Saturday.")
    assert parties(record) == [{"Tan Wei Ming", "ASEAN"}]


def test_a_counted_summit_of_a_body_has_the_body_as_party(extract):
    record = extract("President Ana Ruiz attended the 34th ASEAN Summit in Bangkok on Friday.")
    assert parties(record) == [{"Ana Ruiz", "ASEAN"}]


def test_a_counted_summit_of_no_body_is_a_name(extract):
    # negative: "Anniversary" names no body; the count takes no body out of the name
    record = extract("President Ana Ruiz attended the 25th Anniversary Summit in Bangkok on Friday.")
    assert all("Anniversary" not in name for p in parties(record) for name in p)


def test_onlookers_who_participated_in_a_summit_are_no_parties(extract):
    # negative: analysts only look on (rule party.attends-gathering), whatever verb tells they were there
    record = extract("Several analysts participated in the SADC summit in Maputo on Friday.")
    assert all("analysts" not in name for p in parties(record) for name in p)
