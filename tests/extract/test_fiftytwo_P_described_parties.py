"""Round fifty-two (helper P): a contact's party told by a description or a state where the article names the
person. A capitalised title written straight before a name and split from it by the parse ("U.S. Under Secretary
of State Ann Whitby", "Assistant Secretary of State for East Asian and Pacific Affairs Tom Reed") gives the
person, with its state beside (rule party.name-after-capitalised-title); an unnamed counterpart is the one holder of the
office whom a paper names with no state, its own official (rule party.counterpart-of-no-state); the owner of a
title apposed to a named person ("Tom Reed, President Carter's envoy,") is no party (rule
party.apposed-title-owner). Sentences written for these tests (names invented or well known)."""

import pytest


def events(record: dict) -> list[tuple[str, set[str]]]:
    """Each event as its mode and the names of its parties."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [(e["mode"], {names[p] for p in e["participants"]}) for e in record["events"]]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "Sheikh Nasser held talks with U.S. Under Secretary of State Ann Whitby in Kuwait City on Tuesday.",
            "Ann Whitby",
        ),
        ("Sheikh Nasser met with US Under Secretary of State Ann Whitby in Kuwait City on Tuesday.", "Ann Whitby"),
        (
            "Vice Foreign Minister Liu Bo held talks with U.S. Assistant Secretary of State for East Asian and "
            "Pacific Affairs Tom Reed, and Jane Holt, a senior White House official, in Tianjin on Monday.",
            "Tom Reed",
        ),
    ],
)
def test_a_capitalised_title_split_from_its_name_gives_the_person(extract, sentence, person):
    # party.name-after-capitalised-title: the person the title is given to, beside her state
    [(_, parties)] = events(extract(sentence))
    assert person in parties
    assert "United States" in parties


def test_a_state_and_a_title_joined_by_and_are_two_parties(extract):
    # negative: "France and German Chancellor X" is France and the chancellor
    [(_, parties)] = events(extract("Sheikh Nasser met France and German Chancellor Olaf Scholz on Tuesday."))
    assert {"France", "Olaf Scholz"} <= parties


def test_a_title_and_a_titled_name_are_two_parties(extract):
    # negative: "the Chancellor and President X" are two people, not X alone
    record = extract(
        "Chancellor Karl Brandt spoke to reporters on Monday. A newspaper says the Chancellor and President Ivan "
        "Petrov spoke by telephone last month."
    )
    assert any({"Karl Brandt", "Ivan Petrov"} <= parties for _, parties in events(record))


def test_a_counterpart_is_the_paper_s_own_official_of_that_office(extract):
    # party.counterpart-of-no-state: the Dhaka paper's "foreign secretary, Karim Hossain" has no state
    record = extract(
        "India's foreign secretary, Ravi Menon, will hold talks in Dhaka with his Bangladeshi counterpart next "
        "month. The committee will hear the foreign secretary, Karim Hossain, on Tuesday."
    )
    assert any({"Ravi Menon", "Karim Hossain"} <= parties for _, parties in events(record))


def test_a_minister_of_foreign_affairs_is_a_foreign_minister_s_counterpart(extract):
    # party.counterpart-of-no-state: "Minister of Foreign Affairs" holds the office "foreign minister"
    record = extract(
        "Poland's foreign minister, Jan Nowak, met his Moldovan counterpart on Monday. The host's Minister of "
        "Foreign Affairs, Ion Popa, told reporters the talks were useful."
    )
    assert any({"Jan Nowak", "Ion Popa"} <= parties for _, parties in events(record))


def test_a_former_holder_is_no_counterpart(extract):
    # negative: "the former foreign minister" holds no office now
    record = extract(
        "Our foreign minister, Jorge Lopez, met his Chilean counterpart in Montevideo. The former foreign "
        "minister, Hugo Ruiz, said the meeting was useless."
    )
    assert not any("Hugo Ruiz" in parties for _, parties in events(record))


def test_a_bare_minister_is_no_counterpart_of_no_state(extract):
    # negative: a "minister" alone is no field office; the host's fisheries minister is not the Thai counterpart
    record = extract(
        "The host, Fisheries Minister Anil Perera, opened the meeting. Bangladesh's minister, Nasrin Akter, "
        "said she spoke by phone with her Thai counterpart this morning."
    )
    assert not any({"Nasrin Akter", "Anil Perera"} <= parties for mode, parties in events(record) if mode == "phone")


def test_the_owner_of_an_apposed_title_is_no_party(extract):
    # party.apposed-title-owner: Carter sent the envoy; he did not confer with Sadat
    record = extract(
        "Tom Reed, President Carter's roving ambassador, conferred for an hour on Monday with President Anwar Sadat."
    )
    [(_, parties)] = events(record)
    assert {"Tom Reed", "Anwar Sadat"} <= parties
    assert "Carter" not in parties


def test_the_owner_told_as_a_party_of_its_own_stays(extract):
    # negative: "Reed and Carter's envoy" are two parties, neither apposed to the other
    [(_, parties)] = events(extract("Tom Reed and President Carter's envoy met Anwar Sadat on Monday."))
    assert "Tom Reed" in parties
