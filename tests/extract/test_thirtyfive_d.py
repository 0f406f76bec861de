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


def test_the_two_men_the_sources_spoke_of_are_the_pair_told_before(extract):
    # party.the-two-unnamed: "the two men" made an unnamed actor by the sources' clause is still the pair
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
