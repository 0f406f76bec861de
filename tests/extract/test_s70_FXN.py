"""Mends after the review of session 70's name and speaker rules (helper FXN): father and son not joined as one name,
a state's army or a charity not taken for "the rebels", everyday nouns not a player named before, a given name not
cut as a house, lost accents kept inside names, no quote from a story told or members briefed, and no body or
ministry guessed where two fit. On sentences written for these tests (names invented)."""

from tests.conftest import events_with, quote_with, speaker_name

PUBLISHED = "2012-10-03"


def names(record: dict) -> set[str]:
    return {a["name"] for a in record["actors"]}


def people(record: dict) -> list[str]:
    return [a["name"] for a in record["actors"] if a["kind"] == "person"]


# 1. actor.reordered-name: never across a patronymic word; only a rotation


def test_father_and_son_with_bin_stay_two_people(extract):
    r = extract(
        "King Salman bin Faisal Al Sabah received the French foreign minister in Kuwait on Sunday. The next day "
        "Sheikh Faisal bin Salman Al Sabah, the king's son, met the minister at the palace.",
        published=PUBLISHED,
    )
    assert {"Salman bin Faisal Al Sabah", "Faisal bin Salman Al Sabah"} <= set(people(r))


def test_the_sons_words_are_the_sons(extract):
    r = extract(
        "Ali bin Hamad Al Thani met the envoy on Monday. Later, Hamad bin Ali Al Thani told reporters the talks had "
        "failed.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "the talks had failed")) == "Hamad bin Ali Al Thani"


def test_a_rotated_name_is_still_one_person(extract):
    r = extract(
        'President Musa Tejan Bangura will meet the envoys on Friday. "We are ready," President Tejan Bangura Musa '
        "said on Tuesday.",
        published=PUBLISHED,
    )
    assert people(r) == ["Musa Tejan Bangura"]
    assert speaker_name(r, quote_with(r, "We are ready")) == "Musa Tejan Bangura"


def test_only_a_rotation_is_reordered():
    from backchannel.extract.name_variants import _reordered

    assert _reordered("Kamara Bai Sesay", "Bai Sesay Kamara")
    assert _reordered("Kamara Bai Sesay", "Sesay Kamara Bai")
    assert not _reordered("Kamara Bai Sesay", "Bai Kamara Sesay")
    assert not _reordered("Omar ibn Said Haddad", "Said ibn Omar Haddad")
    assert not _reordered("Sidi Ould Cheikh Ahmed", "Cheikh Ould Sidi Ahmed")


# 2. actor.fighters-of-the-movement: only a movement the story marks as armed, never the other party


def test_the_insurgents_are_not_the_state_army_talking_to_them(extract):
    r = extract(
        "The Royal Danish Army said on Monday that it had opened talks with the insurgents in the north.",
        published=PUBLISHED,
    )
    assert "insurgents in the north" in names(r)
    assert events_with(r, "Royal Danish Army", "insurgents in the north")


def test_the_rebels_are_not_chinas_army(extract):
    r = extract(
        "The People's Liberation Army held drills near the border on Monday. In Nepal, the government sent a "
        "mediator to meet the rebels on Tuesday.",
        published=PUBLISHED,
    )
    assert "rebels" in names(r)
    assert events_with(r, "government", "rebels")
    assert not events_with(r, "government", "People's Liberation Army")


def test_the_rebels_are_not_a_charity(extract):
    r = extract(
        "The Salvation Army opened a shelter in the town. The mayor met the rebels on Tuesday to discuss a ceasefire.",
        published=PUBLISHED,
    )
    assert events_with(r, "mayor", "rebels")
    assert not events_with(r, "mayor", "Salvation Army")


def test_the_rebels_are_the_army_the_story_calls_rebel(extract):
    r = extract(
        "The rebel Arakan Army seized a town. The junta sent a mediator to meet the rebels on Tuesday.",
        published=PUBLISHED,
    )
    assert "rebels" not in names(r)
    assert events_with(r, "junta", "Arakan Army")


def test_an_army_the_story_never_calls_armed_is_not_the_rebels(extract):
    r = extract(
        "The Arakan Army seized a town. The junta sent a mediator to meet the rebels on Tuesday.",
        published=PUBLISHED,
    )
    assert events_with(r, "junta", "rebels")


# 3. person_words.ROLE_NOUNS: sport's nouns only


def test_the_cyclist_is_not_the_ambassador(extract):
    r = extract(
        "A cyclist was hit by a car carrying Ambassador Lena Okafor on Monday. The cyclist said the car had been "
        "driving fast.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "driving fast")) == "cyclist"


def test_the_keeper_of_the_museum_is_someone_new(extract):
    r = extract(
        "Rights activist Pavel Dunn met Foreign Minister Lena Okafor on Monday. The keeper of the museum said the "
        "talks were held in the library.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "held in the library")) == "keeper of the museum"


def test_the_opener_of_the_exhibition_is_someone_new(extract):
    r = extract(
        "Lena Okafor met Wang Yi on Monday. The opener of the exhibition said the talks had been useful.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "had been useful")) == "opener of the exhibition"


def test_the_wicketkeeper_is_still_the_player_named_before(extract):
    r = extract(
        "Wicketkeeper Dinesh Perera was dropped from the side. The wicketkeeper said he was disappointed.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "he was disappointed")) == "Dinesh Perera"


# 4. actor.house-before-initials: only after a title's preposition


def test_a_given_name_after_spoke_to_is_no_house(extract):
    r = extract(
        "Foreign Minister Lena Okafor spoke to Oluwafemi T. Bankole by telephone on Monday.", published=PUBLISHED
    )
    assert "Oluwafemi T. Bankole" in names(r)
    assert "T. Bankole" not in names(r)
    assert events_with(r, "Lena Okafor", "Oluwafemi T. Bankole")


def test_a_given_name_after_on_behalf_of_is_no_house(extract):
    r = extract("The letter was sent on behalf of Chidiebere N. Okonkwo to the minister.", published=PUBLISHED)
    assert "N. Okonkwo" not in names(r)


# 5. quote.replacement-marks: a lost accent stays a letter of the name


def test_a_lost_accent_keeps_the_name_whole(extract):
    r = extract(
        "Foreign Minister Jos\ufffd Ram\ufffdrez met Lena Okafor in Quito on Monday.",
        published=PUBLISHED,
    )
    assert "Jos\ufffd Ram\ufffdrez" in names(r)
    assert not any('"' in n for n in names(r))
    assert events_with(r, "Jos\ufffd Ram\ufffdrez", "Lena Okafor")


def test_a_lost_accent_inside_a_quote_does_not_close_it(extract):
    r = extract(
        "\ufffdWe trust Andr\ufffd and his team,\ufffd Foreign Minister Lena Okafor said after meeting Wang Yi on "
        "Monday.",
        published=PUBLISHED,
    )
    q = quote_with(r, "his team")
    assert q["kind"] == "direct"
    assert q["content"]["text"] == "\ufffdWe trust Andr\ufffd and his team,\ufffd"
    assert speaker_name(r, q) == "Lena Okafor"


def test_replacement_marks_read_where_they_stand():
    from backchannel.extract.quotemarks import _replaced_marks

    assert _replaced_marks("Jos\ufffd Ram\ufffdrez met Ana.") == "Jos\ufffd Ram\ufffdrez met Ana."
    assert _replaced_marks("Mayor Ren\ufffd Ib\ufffd\ufffdez met") == "Mayor Ren\ufffd Ib\ufffd\ufffdez met"
    assert _replaced_marks("\ufffdWe trust Andr\ufffd,\ufffd she said.") == '"We trust Andr\ufffd," she said.'
    assert _replaced_marks("He said \ufffdno\ufffd twice. Ruiz\ufffds aide didn\ufffdt.") == (
        'He said "no" twice. Ruiz’s aide didn’t.'
    )


# 6. quote.told-of: no words reported


def test_briefing_members_of_the_party_is_no_quote(extract):
    r = extract("The prime minister briefed members of his party on Tuesday.", published=PUBLISHED)
    assert r["quotes"] == []


def test_telling_the_story_of_a_trip_is_no_quote(extract):
    r = extract("President Lena Okafor told the story of her trip to Paris at a dinner on Monday.", published=PUBLISHED)
    assert r["quotes"] == []


def test_telling_someone_of_a_plan_is_still_a_quote(extract):
    r = extract("The governor told Okafor of her plan to close the mine.", published=PUBLISHED)
    q = quote_with(r, "close the mine")
    assert q["content"]["text"] == "her plan to close the mine"


# 7. speaker.spokesman-for-body: two bodies fit, none is taken


def test_a_spokesman_for_the_charity_after_two_charities_is_unnamed(extract):
    r = extract(
        "Oxfam and the Red Crescent met Foreign Minister Lena Okafor on Monday. A spokesman for the charity said "
        "the talks were useful.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "talks were useful")) == "spokesman for the charity"


def test_a_spokesman_for_the_charity_after_one_charity_is_that_charity(extract):
    r = extract(
        "Oxfam met Foreign Minister Lena Okafor on Monday. A spokesman for the charity said the talks were useful.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "talks were useful")) == "Oxfam"


# 8. speaker.states-ministry-named-before: a minister of that state with another portfolio


def test_the_states_ministry_after_its_foreign_minister_is_no_other_ministry(extract):
    r = extract(
        "The Bolivian Interior Ministry issued a statement on Monday. Bolivian Foreign Minister Lena Okafor met Wang "
        "Yi in Beijing on Tuesday. The Bolivian ministry said the talks were useful.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "talks were useful")) != "Bolivian Interior Ministry"


def test_the_states_ministry_after_its_interior_minister_is_the_interior_ministry(extract):
    r = extract(
        "The Bolivian Interior Ministry issued a statement on Monday. Bolivian Interior Minister Lena Okafor visited "
        "the border on Tuesday. The Bolivian ministry said the patrols were ready.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "patrols were ready")) == "Bolivian Interior Ministry"
