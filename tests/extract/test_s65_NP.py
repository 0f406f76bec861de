"""Sides that can be no side, and contacts only asked for (session 65, helper NP): a group or body named by a common
noun that is no word for people or a body is no party (rule party.not-a-party); a contact asked for or said to be
needed, deep in the words of the asking, is none (rule contact.asked-for). On sentences written for these tests
(names invented)."""

from tests.conftest import event_names

PUBLISHED = "2026-03-12"


def names(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"]]


def every_party(record: dict) -> set[str]:
    return {n for e in record["events"] for n in event_names(record, e)}


def test_animals_brought_along_are_no_party(extract):
    """ "arrived in Havana with hogs and cattle": the animals are no side; the family alone meets no one."""
    r = extract("The Lindqvists arrived in Havana with hogs and cattle.", published=PUBLISHED)
    assert r["events"] == []


def test_obstacles_discussed_are_no_party(extract):
    """ "to discuss with the delegation problems and obstacles": the obstacles are a topic, not a side."""
    r = extract(
        "Minister Ana Ruiz met the Zendan delegation on Monday to discuss with the delegation problems and obstacles.",
        published=PUBLISHED,
    )
    assert r["events"]
    assert not any("obstacles" in n for n in every_party(r))


def test_reports_are_no_visitor(extract):
    """ "The reports surfaced after a joint delegation … visited Chile": the reports visited no one."""
    r = extract(
        "The reports surfaced after a joint delegation of the council visited Chile.",
        published=PUBLISHED,
    )
    assert "reports" not in every_party(r)


def test_a_group_of_doers_stays_a_party(extract):
    """Negative: "exporters", a noun for one who does something, may be a side however little the lists know it."""
    r = extract("Minister Ana Ruiz met exporters in Lima on Monday.", published=PUBLISHED)
    assert {"Ana Ruiz", "exporters"} in names(r)


def test_a_delegation_stays_a_party(extract):
    """Negative: a delegation is a body that meets."""
    r = extract("Minister Ana Ruiz received a Zendan delegation in Lima on Monday.", published=PUBLISHED)
    assert any("Ana Ruiz" in n and any("delegation" in p for p in n) for n in names(r))


def test_visits_in_the_need_for_exchanges_are_asked_for(extract):
    """ "stressed the need for regular exchanges …, including mutual visits by …": a call for visits, none made."""
    r = extract(
        "Admiral Ole Brandt stressed the need for regular exchanges between the two navies, including mutual visits "
        "by Danish and Norwegian officers.",
        published=PUBLISHED,
    )
    assert r["events"] == []


def test_called_for_the_prime_minister_to_visit_is_asked_for(extract):
    """ "called for the Prime Minister to visit Manila before Christmas": an opposition demand, no visit."""
    r = extract(
        "Opposition spokesman Tom Reyes called for the Prime Minister to visit Manila before Christmas.",
        published=PUBLISHED,
    )
    assert r["events"] == []


def test_called_the_president_is_still_a_call(extract):
    """Negative: "called the president to …" is a call made, with no "for"."""
    r = extract("Senator Tom Reyes called the president on Monday to discuss the strike.", published=PUBLISHED)
    assert [e["mode"] for e in r["events"]] == ["phone"]


def test_visited_after_calling_for_talks_is_a_visit(extract):
    """Negative: a visit of one's own beside a call for talks is made."""
    r = extract("Senator Tom Reyes called for talks and visited Jakarta on Monday.", published=PUBLISHED)
    assert [e["mode"] for e in r["events"]] == ["visit"]


def test_rooms_of_leaders_stand_for_the_leaders(extract):
    """Negative: "between the hotel rooms of rival faction leaders": a thing of people stands for the people."""
    r = extract(
        "Mediator Ali Noor spent the night shuttling between the hotel rooms of rival faction leaders.",
        published=PUBLISHED,
    )
    assert any("rival faction leaders" in p for p in every_party(r))


def test_asked_for_time_to_consult_is_not_a_call_for_others(extract):
    """Negative: "asked for time to consult their boards": the "for" phrase names no one to act."""
    r = extract("The buyers accepted the principle but asked for time to consult their boards.", published=PUBLISHED)
    assert r["events"]


def test_the_pair_stays_a_party(extract):
    """Negative: "The pair will meet again": a pair of people told before is the two sides."""
    r = extract(
        "Ana Ruiz met Lena Soto on Monday. The pair will meet again in Lima in November to sign a formal agreement.",
        published=PUBLISHED,
    )
    assert [e["status"] for e in r["events"]] == ["occurred", "planned"]
