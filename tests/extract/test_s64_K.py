"""A person the text names, found again by a description that only his relations give (session 64, helper K): a
counterpart's office is the office of the one he is the counterpart of (rule speaker.counterpart-office); a body's
"chief" is whoever heads it by the body's own word (rule speaker.body-chief). On sentences written for these tests
(names invented)."""

PUBLISHED = "2026-03-12"


def speakers(record: dict) -> list[str | None]:
    """The resolved speaker name of each quote, in order."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [names.get(q.get("speaker_actor")) for q in record["quotes"]]


def test_the_counterparts_office_is_the_one_he_is_counterpart_of(extract):
    """ "X, Norwegian Foreign Minister, and her Danish counterpart Y … the Danish foreign minister said": Y."""
    r = extract(
        "Norwegian Foreign Minister Aud Reitan and her Danish counterpart Lars Holmgaard met on Monday in Oslo. "
        "“The pier is unsafe,” the Danish foreign minister said.",
        published=PUBLISHED,
    )
    assert speakers(r) == ["Lars Holmgaard"]


def test_counterpart_met_by_verb_takes_the_office_too(extract):
    """ "Prime Minister X received his Latvian counterpart Y … the Latvian prime minister told reporters": Y."""
    r = extract(
        "Estonian Prime Minister Karl Vaher received his Latvian counterpart Janis Ozolkalns in Tallinn on Monday. "
        "The Latvian prime minister told reporters that the border talks would go on.",
        published=PUBLISHED,
    )
    assert "Janis Ozolkalns" in speakers(r)


def test_counterpart_of_two_offices_stays_unsure(extract):
    """The counterpart of people holding two offices is of no known office: "the Danish foreign minister" is not
    taken to be him."""
    r = extract(
        "Norwegian Foreign Minister Aud Reitan and Norwegian Defence Minister Jonas Dahl met their Danish counterpart "
        "Lars Holmgaard on Monday. “The pier is unsafe,” the Danish foreign minister said.",
        published=PUBLISHED,
    )
    assert "Lars Holmgaard" not in speakers(r)


def test_a_diplomat_of_the_counterparts_state_stays_unnamed(extract):
    """ "a Danish diplomat said" is someone new, not the counterpart."""
    r = extract(
        "Norwegian Foreign Minister Aud Reitan and her Danish counterpart Lars Holmgaard met on Monday in Oslo. "
        "“The pier is unsafe,” a Danish diplomat said.",
        published=PUBLISHED,
    )
    assert "Lars Holmgaard" not in speakers(r)


def test_the_bodys_chief_is_its_president(extract):
    """ "X, president of the Harbour Guild … Y said … The Guild chief said": X, though Y spoke since."""
    r = extract(
        "Aud Reitan, president of the Harbour Guild, met the pilots in Bergen on Monday. "
        "Pilot Jonas Dahl said the talks were hard. The Guild chief said the pier was unsafe.",
        published=PUBLISHED,
    )
    assert speakers(r)[-1] == "Aud Reitan"


def test_the_bodys_chief_told_ahead_of_the_name(extract):
    """ "The Harbour Guild chief arrived … for talks with X … Y, president of the Harbour Guild, …": the visit is
    Y's."""
    r = extract(
        "The Harbour Guild chief arrived in Bergen on Saturday for talks with Mayor Per Lunde, the guild said. "
        "Aud Reitan, president of the Harbour Guild, flew in for a two-day visit.",
        published=PUBLISHED,
    )
    names = {a["id"]: a["name"] for a in r["actors"]}
    parties = [{names[p] for p in e["participants"]} for e in r["events"]]
    assert any({"Aud Reitan", "Per Lunde"} <= p for p in parties)


def test_chief_of_another_body_is_not_the_president(extract):
    """ "The Pilots Union chief said" is not the president of the Harbour Guild."""
    r = extract(
        "Aud Reitan, president of the Harbour Guild, met the pilots on Monday in Bergen. "
        "The Pilots Union chief said the pier was unsafe.",
        published=PUBLISHED,
    )
    assert "Aud Reitan" not in speakers(r)


def test_vice_president_is_no_chief(extract):
    """A vice-president of the body is not its chief."""
    r = extract(
        "Aud Reitan, vice president of the Harbour Guild, met the pilots on Monday in Bergen. "
        "The Guild chief said the pier was unsafe.",
        published=PUBLISHED,
    )
    assert "Aud Reitan" not in speakers(r)
