"""Contacts whose sides are groups, parties, unions and negotiating teams (session 63, helper G): a group told again
by a shorter description is the group named before; on sentences written for these tests (names invented)."""

from tests.conftest import event_names

PUBLISHED = "2026-03-12"


def groups(record: dict) -> list[dict]:
    return [a for a in record["actors"] if a["kind"] == "group"]


def test_the_shorter_repeat_of_a_group_is_the_group_named_before(extract):
    """ "Kolvari hereditary chiefs met … he has met with the hereditary chiefs": one group, the chiefs named first
    (rule actor.group-named-before), on both contacts."""
    r = extract(
        "Kolvari hereditary chiefs met Minister Dana Marsh on Thursday. Premier Tom Welby said he has met with the "
        "hereditary chiefs in the past.",
        published=PUBLISHED,
    )
    assert [g["name"] for g in groups(r)] == ["Kolvari hereditary chiefs"]
    assert {"Tom Welby", "Kolvari hereditary chiefs"} in [event_names(r, e) for e in r["events"]]


def test_the_head_noun_alone_after_the_definite_article_is_the_group_too(extract):
    """ "Striking Harlow dock workers … talks with the workers": the head noun alone points back as well."""
    r = extract(
        "Striking Harlow dock workers met Mayor Ann Pike on Monday. Transport Minister Olaf Brandt said he had held "
        "talks with the workers last week.",
        published=PUBLISHED,
    )
    assert [g["name"] for g in groups(r)] == ["Striking Harlow dock workers"]
    assert {"Olaf Brandt", "Striking Harlow dock workers"} in [event_names(r, e) for e in r["events"]]


def test_a_group_found_after_its_repeat_still_takes_its_first_name(extract):
    """ "Kolvari hereditary chiefs met … The hereditary chiefs have described …": the speaker is found before the
    contact's side, and still one group, named as the story brought it in, speaks."""
    r = extract(
        "Kolvari hereditary chiefs met Minister Dana Marsh on Thursday. The hereditary chiefs have described the "
        "meeting as a first step.",
        published=PUBLISHED,
    )
    assert [g["name"] for g in groups(r)] == ["Kolvari hereditary chiefs"]


def test_one_side_of_a_pair_is_not_the_pair(extract):
    """ "Saudi and Iranian officials met … the Saudi officials met X": the Saudi officials are one side, not the
    pair."""
    r = extract(
        "Saudi and Iranian officials met in Baghdad on Monday. Later, the Saudi officials met Iraqi Prime Minister "
        "Adil Hamdi.",
        published=PUBLISHED,
    )
    assert len(groups(r)) == 2


def test_a_repeat_two_groups_fit_stays_apart(extract):
    """ "Farm leaders … Fishing leaders … the leaders": either group's; neither takes the other."""
    r = extract(
        "Farm leaders met Minister Ann Pike on Monday. Fishing leaders met her on Tuesday. The leaders said the talks "
        "went well.",
        published=PUBLISHED,
    )
    names = {g["name"] for g in groups(r)}
    assert {"Farm leaders", "Fishing leaders"} <= names
    farm = next(g for g in groups(r) if g["name"] == "Farm leaders")
    assert "Fishing leaders" not in farm["aliases"]


def test_a_repeat_with_a_word_the_first_lacked_is_another_group(extract):
    """ "Harlow dock workers … the striking dock workers": a word the first description lacks names other people."""
    r = extract(
        "Harlow dock workers met Mayor Ann Pike on Monday. Olaf Brandt met the striking dock workers on Tuesday.",
        published=PUBLISHED,
    )
    assert len(groups(r)) == 2


def test_who_broke_off_the_talks_was_a_side_of_them(extract):
    """ "The union's negotiators broke off the talks with the transit authority": the negotiators met the authority
    (rule party.left-the-talks), talks held until then."""
    r = extract(
        "The union's negotiators broke off the talks with the Harlow Transit Authority on Tuesday.",
        published=PUBLISHED,
    )
    assert [(event_names(r, e), e["status"]) for e in r["events"]] == [
        ({"union's negotiators", "Harlow Transit Authority"}, "occurred")
    ]


def test_who_walked_out_of_the_talks_was_a_side_of_them(extract):
    """ "walked out of the talks with X", "pulled out of negotiations with X": the leaver met X."""
    r = extract(
        "Union chief Mark Hale walked out of the talks with the Harlow Transit Authority on Tuesday. The Harlow "
        "Drivers Union pulled out of negotiations with Mayor Ann Pike on Friday.",
        published=PUBLISHED,
    )
    pairs = [event_names(r, e) for e in r["events"]]
    assert {"Mark Hale", "Harlow Transit Authority"} in pairs
    assert {"Harlow Drivers Union", "Ann Pike"} in pairs


def test_the_talks_broken_off_are_the_talks_told_before(extract):
    """ "Talks between … collapsed on Tuesday. … he broke off the talks": the leaver joins the talks told before
    (rule merge.left-the-talks), not a contact of his own."""
    r = extract(
        "Talks between Harlow bus drivers and the Harlow Transit Authority collapsed on Tuesday. Union chief Mark "
        "Hale said he broke off the talks after a pay offer was withdrawn.",
        published=PUBLISHED,
    )
    assert len(r["events"]) == 1
    assert {"Mark Hale", "Harlow Transit Authority"} <= event_names(r, r["events"][0])


def test_walking_out_of_a_place_is_no_contact(extract):
    """ "walked out of the hotel with X": leaving a building, not talks."""
    r = extract("Mark Hale walked out of the hotel on Tuesday with Ann Pike.", published=PUBLISHED)
    assert r["events"] == []


def test_breaking_off_relations_is_no_contact(extract):
    """ "broke off diplomatic relations with X": ties cut, no talks left."""
    r = extract("Zendia broke off diplomatic relations with Ruritania in March.", published=PUBLISHED)
    assert r["events"] == []


def test_a_group_including_a_named_member_stays_a_side(extract):
    """ "met leaders of the Harlow Dock Union, including its president, Mark Hale": the union met, and Hale with it
    (rule party.group-including)."""
    r = extract(
        "Mayor Ann Pike met leaders of the Harlow Dock Union, including its president, Mark Hale, on Monday.",
        published=PUBLISHED,
    )
    assert [event_names(r, e) for e in r["events"]] == [{"Ann Pike", "Harlow Dock Union", "Mark Hale"}]


def test_a_group_including_two_named_members_keeps_both(extract):
    """ "union leaders, including Mark Hale and Ivo Brandt": both named members, and the group."""
    r = extract("Ann Pike met union leaders, including Mark Hale and Ivo Brandt, on Monday.", published=PUBLISHED)
    assert {"Mark Hale", "Ivo Brandt", "union leaders"} <= event_names(r, r["events"][0])


def test_a_singular_party_including_someone_is_left_to_its_own_rules(extract):
    """ "a delegation including X" is no plural group: its member alone, as before."""
    r = extract(
        "Ann Pike met a trade delegation including Mark Hale on Monday.",
        published=PUBLISHED,
    )
    assert [event_names(r, e) for e in r["events"]] == [{"Ann Pike", "Mark Hale"}]


def test_a_led_delegation_of_an_unnamed_body_stands_beside_its_leader(extract):
    """ "received a delegation of the central trade union organisations led by X": the delegation, as described,
    and its leader (rule party.led-group-itself)."""
    r = extract(
        "Prime Minister Ivo Dala received at his office a delegation of the central trade union organisations led by "
        "the secretary general of the Harlow Labour Congress, Mark Hale.",
        published=PUBLISHED,
    )
    names = event_names(r, r["events"][0])
    assert {"Ivo Dala", "Mark Hale"} <= names
    assert any("central trade union organisations" in n for n in names)


def test_a_led_team_is_named_without_its_count(extract):
    """ "A three-man Zendan reparations survey team, headed by X": the team, not "man …"."""
    r = extract(
        "A three-man Zendan reparations survey team, headed by Mr. Tomas Varga of the Zendan Foreign Office, called "
        "on Governor Ann Pike on Monday.",
        published=PUBLISHED,
    )
    assert "Zendan reparations survey team" in event_names(r, r["events"][0])


def test_a_bare_led_delegation_is_its_leader_alone(extract):
    """ "The delegation, led by X, met Y": no words of its own beyond its leader's."""
    r = extract("The delegation, led by Mark Hale, met Ann Pike on Monday.", published=PUBLISHED)
    assert [event_names(r, e) for e in r["events"]] == [{"Mark Hale", "Ann Pike"}]


def test_a_led_delegation_of_a_named_body_is_that_body(extract):
    """ "A delegation from the Harlow Dock Union, led by its president, X": the union, as before, and no group."""
    r = extract(
        "A delegation from the Harlow Dock Union, led by its president, Mark Hale, met Ann Pike on Monday.",
        published=PUBLISHED,
    )
    assert [event_names(r, e) for e in r["events"]] == [{"Mark Hale", "Harlow Dock Union", "Ann Pike"}]
