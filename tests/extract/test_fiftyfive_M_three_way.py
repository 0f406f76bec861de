"""Round fifty-five (helper M): a contact told as one of three sides or more is multilateral (rule mode.three-way),
whatever states its parties are of: a contact noun counted so ("a trilateral meeting", "three-way talks", which
stay one contact), sides counted so ("the foreign ministers of the three countries") or three names joined as one
subject ("X, Y and Z will meet"). Sentences written for these tests (names invented)."""


def modes(record: dict) -> list[tuple[str, set[str]]]:
    """Each event as its mode and the names of its parties."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [(e["mode"], {names[p] for p in e["participants"]}) for e in record["events"]]


def test_a_trilateral_meeting_is_multilateral(extract):
    # mode.three-way: a modifier counts three sides
    record = extract(
        "Senator Tom Hale will hold a trilateral meeting with Governor Rita Moss and Mayor Ian Cole in May."
    )
    assert modes(record) == [("multilateral", {"Tom Hale", "Rita Moss", "Ian Cole"})]


def test_three_way_talks_with_two_states_are_one_gathering(extract):
    # mode.three-way: "three-way talks with A and B" is one contact of three, not one talk with each
    record = extract("Foreign Minister Ana Ruiz proposed three-way talks on fisheries with Chile and Ecuador in March.")
    assert [mode for mode, _ in modes(record)] == ["multilateral"]


def test_three_names_joined_as_one_subject_gather(extract):
    # mode.three-way: three people of no state the text gives, joined as the subject of "met"
    record = extract("Senator Tom Hale, Governor Rita Moss and Mayor Ian Cole met in Dayton on Monday.")
    assert modes(record) == [("multilateral", {"Tom Hale", "Rita Moss", "Ian Cole"})]


def test_the_officials_of_three_countries_counted_gather(extract):
    # mode.three-way: the subject's sides counted as three
    record = extract(
        "The foreign ministers of the three countries held a series of meetings with Senator Tom Hale in Dayton."
    )
    assert [mode for mode, _ in modes(record)] == ["multilateral"]


def test_one_person_meeting_two_stays_a_meeting(extract):
    # negative: "X met with A and B" names no three sides as one; left a meeting
    record = extract("Judge Rita Moss met with Tom Hale and Ian Cole in her chambers on Monday.")
    assert [mode for mode, _ in modes(record)] == ["meeting"]


def test_a_count_of_one_bodys_members_is_one_side(extract):
    # negative: "a delegation of twelve chiefs" is one side, however many it counts
    record = extract("A delegation of twelve chiefs from the coast met the lands minister, Rita Moss, on Monday.")
    assert [mode for mode, _ in modes(record)] == ["meeting"]


def test_a_pair_stays_a_meeting(extract):
    # negative: two names joined are two sides
    record = extract("Senator Tom Hale and Governor Rita Moss met in Dayton on Monday.")
    assert modes(record) == [("meeting", {"Tom Hale", "Rita Moss"})]
