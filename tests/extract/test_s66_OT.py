"""A title headed by an organisation names its holder, not the organisation (session 66, helper OT): "Federation
(IFRC) President Marek Oskarsson" met is Oskarsson (rule party.holder-after-body), and "the IFRC chief" later is the
same man (rule party.head-of-body). On sentences written for these tests (names invented)."""

from tests.conftest import event_names

PUBLISHED = "2026-03-12"


def parties(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"]]


def test_the_holder_after_a_bracketed_short_name_is_the_party(extract):
    r = extract(
        "Premier Hana Dvorak held talks with International Federation of Rowing Clubs (IFRC) President Marek "
        "Oskarsson in Prague on Monday.",
        published=PUBLISHED,
    )
    assert parties(r) == [{"Hana Dvorak", "Marek Oskarsson"}]


def test_the_body_chief_is_its_head_named_before(extract):
    r = extract(
        "IRFU President Marek Oskarsson met Premier Hana Dvorak in Prague on Monday. The IRFU chief is to visit "
        "Mayor Petra Novakova on Tuesday.",
        published=PUBLISHED,
    )
    assert {"Marek Oskarsson", "Petra Novakova"} in parties(r)
    assert not any("IRFU" in names for names in parties(r))


def test_the_body_chief_after_a_head_with_a_bracketed_body(extract):
    r = extract(
        "Premier Hana Dvorak held talks with International Federation of Rowing Clubs (IFRC) President Marek "
        "Oskarsson in Prague on Monday. The IFRC chief is to visit Mayor Petra Novakova on Tuesday.",
        published=PUBLISHED,
    )
    assert {"Marek Oskarsson", "Petra Novakova"} in parties(r)


def test_a_body_met_with_no_holder_named_stays_the_party(extract):
    r = extract(
        "Premier Hana Dvorak held talks with the International Federation of Rowing Clubs in Prague on Monday.",
        published=PUBLISHED,
    )
    assert parties(r) == [{"Hana Dvorak", "International Federation of Rowing Clubs"}]


def test_a_body_and_a_person_joined_by_and_stay_two_parties(extract):
    r = extract(
        "Premier Hana Dvorak met representatives of the International Federation of Rowing Clubs (IFRC) and "
        "Marek Oskarsson in Prague on Monday.",
        published=PUBLISHED,
    )
    assert all("Marek Oskarsson" not in names or len(names) > 2 for names in parties(r))


def test_the_body_chief_with_no_head_named_is_not_a_person_of_another_body(extract):
    r = extract(
        "BRU President Janis Ozols arrived in Prague on Monday. The IFRC chief is to visit Premier Hana Dvorak on "
        "Tuesday.",
        published=PUBLISHED,
    )
    assert {"Janis Ozols", "Hana Dvorak"} not in parties(r)


def test_the_body_chief_speaks_as_the_head_titled_after_its_initials(extract):
    r = extract(
        "Harbour Pilots Association (HPA) Chairman Tomas Lind arrived in Oslo on Monday. The HPA chief said the "
        "pier was unsafe.",
        published=PUBLISHED,
    )
    speakers = {a["id"]: a["name"] for a in r["actors"]}
    assert [speakers.get(q["speaker_actor"]) for q in r["quotes"]] == ["Tomas Lind"]


def test_presenting_credentials_to_a_head_of_state_is_a_meeting(extract):
    r = extract(
        "Ambassador Lena Varga presented her letters of credence to President Tomas Halvorsen in Oslo on Tuesday.",
        published=PUBLISHED,
    )
    assert parties(r) == [{"Lena Varga", "Tomas Halvorsen"}]


def test_presenting_credentials_with_no_one_they_go_to_is_no_contact(extract):
    r = extract("Ambassador Lena Varga presented her credentials in Oslo on Tuesday.", published=PUBLISHED)
    assert parties(r) == []


def test_presenting_a_plan_is_no_contact(extract):
    r = extract(
        "Minister Lena Varga presented the budget plan to President Tomas Halvorsen in Oslo on Tuesday.",
        published=PUBLISHED,
    )
    assert parties(r) == []


def test_an_indefinite_body_chief_is_no_one_in_particular(extract):
    r = extract(
        "IRFU President Marek Oskarsson met Premier Hana Dvorak in Prague on Monday. It would be the first visit "
        "to Riga by an IRFU chief.",
        published=PUBLISHED,
    )
    assert {"Marek Oskarsson", "Latvia"} not in parties(r)
    assert not any("IRFU chief" in a["name"] for a in r["actors"])


def test_the_body_chief_is_not_the_head_of_an_assembly_within_it(extract):
    """Negative (review 2, R1): "the UN chief" is not the "UN General Assembly President" named before; the
    body stays the party as no head of the body itself resolves the phrase."""
    r = extract(
        "UN Secretary-General Pavel Doran met UN General Assembly President Idris Salem in Geneva on Monday. The "
        "UN chief will visit Mayor Greta Lund on Tuesday.",
        published=PUBLISHED,
    )
    assert {"Idris Salem", "Greta Lund"} not in parties(r)


def test_the_body_chief_is_not_the_head_of_its_youth_league(extract):
    """Negative (review 2, R1): a "Youth League President" heads the league, not the party it belongs to."""
    r = extract(
        "ANC Youth League President Sipho Dlamini met Premier Nomsa Khumalo in Durban on Monday. The ANC chief is "
        "to visit Mayor Thabo Ndlovu on Tuesday.",
        published=PUBLISHED,
    )
    assert {"Sipho Dlamini", "Thabo Ndlovu"} not in parties(r)


def test_credentials_as_a_record_shown_to_voters_are_no_contact(extract):
    """Negative (review 2, R5): "presented her credentials as a reformer to voters" is a record shown off."""
    r = extract(
        "Senator Mira Coll presented her credentials as a reformer to voters in Ohio on Monday.", published=PUBLISHED
    )
    assert parties(r) == []


def test_a_firm_presenting_its_credentials_is_no_contact(extract):
    """Negative (review 2, R5): a bidder's credentials presented to a minister are no envoy's audience."""
    r = extract(
        "The firm presented its credentials to Defence Minister Olaf Brandt in a bid for the frigate order.",
        published=PUBLISHED,
    )
    assert parties(r) == []
