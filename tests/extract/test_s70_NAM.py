"""Names and actors (session 70, NAM): an old wire's " _ " dash, player roles as descriptions of the person named,
a seat noun or a house run into a holder's name, a place run into a name after a lower-case title, one name in
two orders, and armed movements with the fighters that stand for them. On sentences written for these tests (names
invented); the article is dated Wednesday 3 October 2012."""

from tests.conftest import actor_named, events_with, quote_with, speaker_name

PUBLISHED = "2012-10-03"


def names(record: dict) -> set[str]:
    return {a["name"] for a in record["actors"]}


# actor.archive-dash: " _ " is a dash, not a noun that swallows the name before it


def test_archive_dash_keeps_the_name_before_it(extract):
    record = extract(
        "Deputy Minister Ana Reis _ appointed by President Tomas Vega _ entered the embassy on Monday. She said "
        "the talks would go on.",
        published=PUBLISHED,
    )
    assert {"Ana Reis", "Tomas Vega"} <= names(record)
    assert speaker_name(record, quote_with(record, "the talks would go on")) == "Ana Reis"


def test_a_bullet_underscore_at_a_line_start_is_left_alone():
    from backchannel.extract.archive_dashes import archive_dashes

    text = "_ The talks resume on Monday.\nAna Reis _ the envoy _ left."
    assert archive_dashes(text) == "_ The talks resume on Monday.\nAna Reis \u2013 the envoy \u2013 left."


# person_words.ROLE_NOUNS: a player's place in a side


def test_the_former_skipper_is_the_captain_named_before(extract):
    record = extract(
        "Former captain Ravi Sood attacked the selectors. The former skipper said he could not understand the "
        "decision.",
        published=PUBLISHED,
    )
    assert speaker_name(record, quote_with(record, "he could not understand")) == "Ravi Sood"


# actor.after-seat-noun


def test_a_seat_noun_is_no_part_of_the_name(extract):
    record = extract(
        "Party Presidium Member Lina Oduya, who was present during the talks, said the meeting was useful.",
        published=PUBLISHED,
    )
    assert "Lina Oduya" in names(record)
    assert speaker_name(record, quote_with(record, "the meeting was useful")) == "Lina Oduya"


def test_a_given_name_before_a_name_is_still_taken_in(extract):
    record = extract("His counterpart Ana Carolina Duarte said the border would stay open.", published=PUBLISHED)
    assert "Ana Carolina Duarte" in names(record)


# actor.house-before-initials, party.name-after-capitalised-title with "in"


def test_the_house_before_initials_is_no_person(extract):
    record = extract(
        "Lina Ruiz will meet the Unity Party's candidate and Leader of the Opposition in Rajya Sabha P. Menon on "
        "Wednesday.",
        published=PUBLISHED,
    )
    assert "P. Menon" in names(record)
    assert not names(record) & {"Rajya Sabha P. Menon", "Sabha P. Menon", "Rajya Sabha", "Leader"}
    [event] = record["events"]
    assert events_with(record, "Lina Ruiz", "P. Menon") == [event]
    assert len(event["participants"]) == 2


def test_a_body_after_the_is_no_given_name(extract):
    record = extract(
        "Lina Ruiz will meet the Leader of the Opposition in the Senate Rafael Menon on Wednesday.",
        published=PUBLISHED,
    )
    assert "Rafael Menon" in names(record)
    assert "Senate Rafael Menon" not in names(record)


# actor.name-after-office-place after a title in lower case


def test_a_place_after_a_lower_case_title_is_no_part_of_the_name(extract):
    record = extract(
        "France's envoy to Chad Paul Brenot met the rebels on Monday. Brenot said the talks were frank.",
        published=PUBLISHED,
    )
    brenot = actor_named(record, "Paul Brenot")
    assert brenot["kind"] == "person"
    assert "Chad Paul Brenot" not in names(record)
    assert speaker_name(record, quote_with(record, "the talks were frank")) == "Paul Brenot"


# actor.reordered-name


def test_one_name_in_two_orders_is_one_person(extract):
    record = extract(
        'President Tamba Sese Koroma will meet the envoys on Friday. "We are ready," President Sese Koroma Tamba '
        "said on Tuesday.",
        published=PUBLISHED,
    )
    people = [a for a in record["actors"] if a["kind"] == "person"]
    assert [p["name"] for p in people] == ["Tamba Sese Koroma"]
    assert speaker_name(record, quote_with(record, "We are ready")) == "Tamba Sese Koroma"


def test_two_words_swapped_stay_two_people(extract):
    record = extract(
        "Ali Hassan met the envoys on Monday. Later, Hassan Ali told reporters the talks had failed.",
        published=PUBLISHED,
    )
    assert {"Ali Hassan", "Hassan Ali"} <= names(record)


# actor.movement-name, actor.fighters-of-the-movement


def test_a_movement_tagged_without_its_head_noun_is_an_organisation(extract):
    record = extract(
        "About 20 members of the Aymara Katari movement seized the embassy. The government sent a mediator to talk "
        "with the rebels on Monday.",
        published=PUBLISHED,
    )
    movement = actor_named(record, "Aymara Katari movement")
    assert movement["kind"] == "organization"
    assert events_with(record, "Aymara Katari movement", "government")
    assert "rebels" not in names(record)


def test_named_fighters_are_the_movement_that_shares_their_name(extract):
    record = extract(
        "Fighters of the Karen National Liberation Army ambushed a patrol. Karen rebels later said they would meet "
        "government envoys on Monday.",
        published=PUBLISHED,
    )
    assert "Karen rebels" not in names(record)
    assert speaker_name(record, quote_with(record, "they would meet")) == "Karen National Liberation Army"


def test_fighters_are_never_a_states_army(extract):
    record = extract(
        "Syrian rebels attacked the town. The Syrian Army said it would meet the rebels on Monday.",
        published=PUBLISHED,
    )
    assert {"Syrian Army", "Syrian rebels"} <= names(record)
    assert events_with(record, "Syrian Army", "Syrian rebels")


def test_fighters_stay_a_group_when_two_movements_fit(extract):
    record = extract(
        "The Red Dawn Army and the Blue River Front clashed. The government will meet the rebels on Monday.",
        published=PUBLISHED,
    )
    assert "rebels" in names(record)
