"""Contacts told of a counted or plural group that stands for people the text has named (session 64, helper Q):
"the Azerbaijani and Georgian presidents" after both were named, "the two leaders" a few sentences after the two
were named together; on sentences written for these tests (names invented)."""

from tests.conftest import event_names

PUBLISHED = "2026-03-12"


def names(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"]]


def test_each_nationality_names_its_office_holder(extract):
    """ "The Azerbaijani and Georgian presidents last met in Baku": the president of each state the article names
    (rule party.office-of-each-nationality), beside their states, not a group of presidents."""
    r = extract(
        "Azerbaijani President Elnur Mammadli and Georgian President Levan Dadiani will sign a pipeline deal on "
        "Friday. The Azerbaijani and Georgian presidents last met in Baku in May.",
        published=PUBLISHED,
    )
    assert {"Elnur Mammadli", "Levan Dadiani"} <= names(r)[-1]
    assert not any(any("presidents" in n for n in e) for e in names(r))


def test_each_nationality_names_holder_named_after(extract):
    """The holders may be named in the group's own sentence or after it: "will meet …, Georgian President Levan
    Dadiani said. Azerbaijani President Elnur Mammadli will arrive on Thursday"."""
    r = extract(
        "The Azerbaijani and Georgian presidents will meet in Tbilisi on Friday, Georgian President Levan Dadiani "
        "said. Azerbaijani President Elnur Mammadli will arrive on Thursday.",
        published=PUBLISHED,
    )
    assert {"Elnur Mammadli", "Levan Dadiani"} <= names(r)[0]


def test_two_holders_of_one_state_leave_the_group(extract):
    """Two Georgian presidents named (the one now and the one before him): which one is meant is not said, so the
    group is not resolved to people."""
    r = extract(
        "Azerbaijani President Elnur Mammadli praised Georgian President Levan Dadiani and his predecessor, Georgian "
        "President Irakli Beridze. The Azerbaijani and Georgian presidents will meet in Tbilisi on Friday.",
        published=PUBLISHED,
    )
    assert not any({"Elnur Mammadli", "Levan Dadiani"} <= e for e in names(r))
    assert not any({"Elnur Mammadli", "Irakli Beridze"} <= e for e in names(r))


def test_former_office_holders_are_not_the_holders_now(extract):
    """ "Former Azerbaijani and Georgian presidents" hold the office no longer: not the two presidents named."""
    r = extract(
        "Azerbaijani President Elnur Mammadli and Georgian President Levan Dadiani will sign a pipeline deal on "
        "Friday. Former Azerbaijani and Georgian presidents met in Baku in May to discuss the route.",
        published=PUBLISHED,
    )
    assert not any({"Elnur Mammadli", "Levan Dadiani"} <= e for e in names(r))


def test_the_two_leaders_named_further_back(extract):
    """ "The two leaders held talks" four sentences after the two were named together, with no one named since:
    the two (rule party.the-two-named-further)."""
    r = extract(
        "Austrian President Karl Brenner and his Slovak counterpart Pavol Hrda reached a deal on the river dam. But "
        "they gave no details. The deal eased tension between their countries. Critics were not convinced. The two "
        "leaders held talks on Monday at a spa near Vienna.",
        published=PUBLISHED,
    )
    assert names(r) == [{"Karl Brenner", "Pavol Hrda"}]


def test_the_two_leaders_not_when_three_are_named_there(extract):
    """The nearest sentence that names anyone names three: which two "the two leaders" are is not said."""
    r = extract(
        "Austrian President Karl Brenner, Slovak President Pavol Hrda and Czech President Jan Dvorak reached a deal "
        "on the river dam. But they gave no details. The deal eased tension in the region. Critics were not "
        "convinced. The two leaders held talks on Monday at a spa near Vienna.",
        published=PUBLISHED,
    )
    assert not any(len(e & {"Karl Brenner", "Pavol Hrda", "Jan Dvorak"}) == 2 for e in names(r))


def test_the_two_sides_with_no_sides_named_stay_unresolved(extract):
    """ "The two sides" are no pair of people: two people named further back are not taken for them."""
    r = extract(
        "Austrian President Karl Brenner and his Slovak counterpart Pavol Hrda opened a bridge on the river. The "
        "crowd cheered. Traffic was heavy. Shops stayed open late. The two sides held talks on Monday in Vienna.",
        published=PUBLISHED,
    )
    assert not any({"Karl Brenner", "Pavol Hrda"} <= e for e in names(r))


def test_the_two_women_are_not_two_men_named_further_back(extract):
    """ "The two women" leave out the men the nearest naming sentence names."""
    r = extract(
        "Mr. Karl Brenner and Mr. Pavol Hrda reached a deal on the river dam. But they gave no details. Critics "
        "were not convinced. Shops stayed open late. The two women held talks on Monday in Vienna.",
        published=PUBLISHED,
    )
    assert not any({"Karl Brenner", "Pavol Hrda"} <= e for e in names(r))


def test_the_co_chairs_are_the_co_chairs_named(extract):
    """ "The co-chairs will travel to Baku" after the two co-chairs were named: the two, with the one they meet
    (rule party.plural-role-holders)."""
    r = extract(
        "The French co-chair, Jean Morel, and the Russian co-chair, Yuri Panin, arrived in Geneva on Friday. The "
        "co-chairs will travel to Baku in September to meet President Elnur Mammadli.",
        published=PUBLISHED,
    )
    assert {"Jean Morel", "Yuri Panin", "Elnur Mammadli"} <= names(r)[-1]
    assert not any("chairs" in n for e in names(r) for n in e)


def test_the_mediators_named_after_them(extract):
    """The mediators may be titled after the contact that tells them as a group: they are its parties, and no group
    of mediators stands beside them."""
    r = extract(
        "The mediators met rebel commander Samba Diouf in Gao on Tuesday. The Algerian mediator, Karim Belkacem, "
        "said the talks were useful; the Malian mediator, Ousmane Traore, agreed.",
        published=PUBLISHED,
    )
    assert names(r)[0] == {"Karim Belkacem", "Ousmane Traore", "Samba Diouf"}


def test_the_ministers_are_not_every_minister_named(extract):
    """ "The ministers" is no role at talks: a story names ministers of many sides, and the group is not read as
    the ministers it names."""
    r = extract(
        "Trade Minister Ana Rolle and Finance Minister Marek Bodin opened the fair in Oslo on Monday. The ministers "
        "will meet the Danish delegation on Friday.",
        published=PUBLISHED,
    )
    assert not any({"Ana Rolle", "Marek Bodin"} <= e for e in names(r))


def test_the_envoys_of_someone_are_not_the_envoys_named(extract):
    """ "The envoys of the president" says whose envoys: not the two other envoys the story names."""
    r = extract(
        "Special envoy Ana Rolle and special envoy Marek Bodin left Dakar on Monday. The envoys of the rebel "
        "commander met President Samba Diouf on Tuesday.",
        published=PUBLISHED,
    )
    assert not any({"Ana Rolle", "Marek Bodin", "Samba Diouf"} <= e for e in names(r))
