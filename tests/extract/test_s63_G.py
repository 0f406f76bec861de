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
