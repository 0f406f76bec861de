"""Contact events from round thirty-five (helper d): a definite or counted group resolved to the people it stands
for, tested on sentences written for these tests."""

from tests.extract.test_thirtytwo import events_of


def test_the_two_colonels_are_the_two_titled_col(extract):
    # party.abbreviated-title: "Col." is a colonel, so the colonels are the two aides, not the generals told before
    record = extract(
        "General Peter Lund met General Omar Haddad in Geneva on Monday, his aide Karl Weiss said. The meeting was "
        "prepared on Sunday by two aides, Col. Tom Baker of the army and Col. Sam Ortiz of the navy. The two "
        "colonels met for an hour in a hut."
    )
    assert events_of(record) == [
        ("meeting", "occurred", ["Omar Haddad", "Peter Lund"]),
        ("meeting", "occurred", ["Sam Ortiz", "Tom Baker"]),
    ], events_of(record)


def test_the_two_generals_are_still_the_pair_told_before(extract):
    # the pair told before keeps "the two generals" when its titles are the office
    record = extract(
        "General Peter Lund met General Omar Haddad in Geneva on Monday. Col. Tom Baker and Col. Sam Ortiz took "
        "notes. The two generals met again on Tuesday."
    )
    assert events_of(record)[-1] == ("meeting", "occurred", ["Omar Haddad", "Peter Lund"]), events_of(record)


def test_a_counted_group_is_the_people_named_next(extract):
    # party.counted-named-next: four leaders met, and the next sentences name the four
    record = extract(
        "The leaders of Norway's four religious communities met for two hours on Monday in Oslo. The host was "
        "Bishop Anna Roth. Around her table sat Pastor Jon Berg, Rabbi Eli Katz and Imam Said Omar."
    )
    assert events_of(record) == [("multilateral", "occurred", ["Anna Roth", "Eli Katz", "Jon Berg", "Said Omar"])], (
        events_of(record)
    )


def test_a_counted_group_is_not_more_people_named_next(extract):
    # five people named after "four leaders": not the four
    record = extract(
        "The leaders of Norway's four religious communities met for two hours on Monday in Oslo. Bishop Anna Roth, "
        "Pastor Jon Berg, Rabbi Eli Katz, Imam Said Omar and the mayor, Lars Holm, signed a letter."
    )
    assert all("Lars Holm" not in e[2] for e in events_of(record)), events_of(record)


def test_four_of_a_states_leaders_are_the_four_named_next_and_not_a_pair_among_them(extract):
    # party.counted-named-next: "Four of Norway's leaders" (Norway gives way), named over two sentences; the visit
    # two of them made on another day stays its own
    record = extract(
        "Four of Norway's senior religious leaders met for two hours on Monday at the cathedral in Oslo. The meeting "
        "was hosted by Bishop Anna Roth. Around her table sat Pastor Jon Berg, Rabbi Eli Katz and Imam Said Omar. "
        "On Sunday Berg had been received by Roth at her home."
    )
    assert events_of(record) == [
        ("multilateral", "occurred", ["Anna Roth", "Eli Katz", "Jon Berg", "Said Omar"]),
        ("visit", "occurred", ["Anna Roth", "Jon Berg"]),
    ], events_of(record)


def test_the_two_men_the_sources_spoke_of_are_the_pair_told_before(extract):
    # party.the-two: "the two men" of the sources' clause are the pair told before
    record = extract(
        "Lars Holm met Premier Karl Berg at a lodge on Saturday, three people familiar with the meeting told the "
        'Daily Post.\n\nThe two men, who have built a close alliance against what they call the "greed" of the '
        "banks, spent about six hours together, the sources said. Both arrived by car, one of the people said.\n\n"
        "It would not be the first such meeting. In May last year, the two men spent a day together at a castle in "
        "the north."
    )
    assert events_of(record) == [
        ("meeting", "occurred", ["Karl Berg", "Lars Holm"]),
        ("meeting", "occurred", ["Karl Berg", "Lars Holm"]),
    ], events_of(record)


def test_a_go_between_shuttles_between_the_states_of_the_two_delegations(extract):
    # party.sides-among-others: "the two delegations", read as a body, are the two states that met
    record = extract(
        "Estonian and Russian negotiators met in Narva on Monday to discuss the border. A Finnish diplomat, Lars "
        "Vik, shuttled between the two delegations' hotels late on Tuesday."
    )
    assert events_of(record)[-1] == ("third-party", "occurred", ["Estonia", "Lars Vik", "Russia"]), events_of(record)
