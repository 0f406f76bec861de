"""Round forty-four (e): parties read from the story, not only from the contact's sentence: an "it", "they" or
"them" for a body, delegation or people named before, "its members", and a bare "the delegation", "the envoy",
"the visitors" for the side told before; tested on sentences written for these tests (names invented)."""

from tests.conftest import event_names


def _with(record: dict, name: str) -> dict:
    hits = [e for e in record["events"] if name in event_names(record, e)]
    assert hits, f"no event with {name}: {[event_names(record, e) for e in record['events']]}"
    return hits[-1]


def test_it_is_the_body_named_before(extract):
    # party.it-body: no event at all before
    record = extract(
        "The Arab League sent envoys to Khartoum on Monday. It met General Omar Idris on Tuesday.",
        published="2024-05-09",
    )
    event = _with(record, "Omar Idris")
    assert event_names(record, event) == {"Arab League", "Omar Idris"}
    # the "it" of a thing is no party
    record = extract(
        "The draft accord was sent to Kyiv on Monday. It was received by President Olena Marchenko on Tuesday.",
        published="2024-05-09",
    )
    assert record["events"] == []


def test_it_is_a_state_met_in_its_capital(extract):
    # party.it-body: a state made the subject the sentence before (before: Kenya was no party)
    record = extract(
        "Kenya has stepped up its diplomacy. It met Somali and Ethiopian officials in Nairobi on Friday.",
        published="2024-05-12",
    )
    event = _with(record, "Kenya")
    assert {"Kenya", "Somalia", "Ethiopia"} <= event_names(record, event)


def test_it_is_the_delegation_received(extract):
    # party.it-delegation with contact.host.received-by: "it" was no guest before
    record = extract(
        "A delegation of the Estonian parliament arrived in Riga on Monday. It was received by Prime Minister "
        "Ilze Berzina on Tuesday.",
        published="2024-05-09",
    )
    event = _with(record, "Ilze Berzina")
    assert event["mode"] == "visit"
    assert "Estonia" in event_names(record, event)


def test_its_members_act_for_the_body(extract):
    # party.its-people: "members" is no member noun of its own
    record = extract(
        "The Wool Board is worried about prices. Its members met the Japanese trade minister, Ken Sato, on Tuesday.",
        published="2024-05-09",
    )
    event = _with(record, "Ken Sato")
    assert "Wool Board" in event_names(record, event)


def test_the_delegation_is_the_one_named_before(extract):
    # party.described-before: the same noun with words of its own
    record = extract(
        "A delegation from the Nordic Council arrived in Tallinn on Monday. The delegation met President Mari "
        "Tamm on Tuesday.",
        published="2024-05-09",
    )
    event = _with(record, "Mari Tamm")
    assert event_names(record, event) == {"Nordic Council", "Mari Tamm"}


def test_the_envoy_is_the_one_who_travelled(extract):
    # party.described-before: the traveller to a place who holds the title, for people
    record = extract(
        "Tom Kerrigan, the special envoy, flew to Juba on Monday. On Tuesday the envoy met Vice President Riek Lual.",
        published="2024-05-09",
    )
    event = _with(record, "Riek Lual")
    # the talks merge with the envoy's visit to South Sudan
    assert event_names(record, event) == {"Tom Kerrigan", "South Sudan", "Riek Lual"}


def test_the_guests_welcomed_are_those_who_came(extract):
    # contact.host.guests-told-before with party.described-before
    record = extract(
        "Councillors from Lahti flew to Oslo on Monday. The mayor, Sverre Dahl, welcomed the guests at the town hall.",
        published="2024-05-09",
    )
    event = _with(record, "Sverre Dahl")
    assert event["mode"] == "visit"
    assert event_names(record, event) == {"Councillors", "Sverre Dahl"}


def test_they_are_the_bodies_named_before(extract):
    # party.they-told-before: no actor stood for the unions
    record = extract(
        "The dockers' unions have threatened a strike. They will meet Labour Minister Ana Ruiz on Friday.",
        published="2024-05-08",
    )
    event = _with(record, "Ana Ruiz")
    assert event["status"] == "planned"
    assert event_names(record, event) == {"dockers unions", "Ana Ruiz"}


def test_a_host_receives_them(extract):
    # contact.host.guests-told-before: "them" for leaders who travelled
    record = extract(
        "Hamas leaders flew to Cairo on Sunday. Egyptian intelligence chief Abbas Kamel received them on Monday.",
        published="2024-05-08",
    )
    event = _with(record, "Abbas Kamel")
    assert event["mode"] == "visit"
    assert "Hamas" in event_names(record, event)
    # what was received is no guest
    record = extract(
        "The petitions were delivered on Monday. Labour Minister Ana Ruiz received them on Friday.",
        published="2024-05-08",
    )
    assert record["events"] == []


def test_the_two_delegations_sit_down_again(extract):
    # contact.verb.sat-down-again
    record = extract(
        "Sudan and South Sudan resumed talks in Addis Ababa on Monday. The two delegations will sit down again "
        "on Thursday.",
        published="2024-05-07",
    )
    planned = [e for e in record["events"] if e["status"] == "planned"]
    assert planned and event_names(record, planned[0]) == {"Sudan", "South Sudan"}


def test_people_joined_next_take_part(extract):
    # party.joined-next: a delegation's leader and a party's companion, named in the next sentence
    record = extract(
        "Mayor Tomas Berg met leaders of the harbour workers' union on Monday. The union secretary, Lena Holt, "
        "led a delegation of eight members, while the mayor was joined by his deputy, Ivo Marsh.",
        published="2024-05-08",
    )
    event = _with(record, "Tomas Berg")
    assert {"Lena Holt", "Ivo Marsh"} <= event_names(record, event)


def test_he_was_accompanied_by(extract):
    # party.joined-next: "he" is the one who made the contact
    record = extract(
        "The chief executive of Nordbank, Karl Meyer, met the finance minister, Jan Holm, on Tuesday. He was "
        "accompanied by the bank's treasurer, Eva Lind.",
        published="2024-05-08",
    )
    event = _with(record, "Jan Holm")
    assert event_names(record, event) == {"Karl Meyer", "Jan Holm", "Eva Lind"}


def test_the_ones_who_head_the_teams_take_part(extract):
    # party.joined-next: "X led the delegation", "Y, the officer who heads the team"
    record = extract(
        "The chief negotiators of the two sides met for an hour in Geneva this morning. General Tom Hale led the "
        "Western delegation. Colonel Ivan Petrov, the veteran officer who heads the Eastern team, sat across the "
        "table.",
        published="2024-05-08",
    )
    event = _with(record, "Tom Hale")
    assert "Ivan Petrov" in event_names(record, event)


def test_its_delegation_is_the_bodys(extract):
    # party.members-of: "its delegation", read as a body of its own, is still the owner's
    record = extract(
        "The Arab League is alarmed by the fighting. Its delegation met General Omar Idris in Khartoum on Tuesday.",
        published="2024-05-08",
    )
    event = _with(record, "Omar Idris")
    assert "Arab League" in event_names(record, event)


def test_the_heads_of_the_delegations_take_part(extract):
    # party.joined-next: heads of the two delegations named after a contact between groups
    record = extract(
        "Chilean and Peruvian negotiators ended a second round of talks in Lima on Wednesday. The head of the "
        "Chilean delegation, Ambassador Jorge Vidal, said the gaps had narrowed. The Peruvian team leader, Rosa "
        "Paredes, said the two sides would meet again in May.",
        published="2024-05-09",
    )
    held = [e for e in record["events"] if e["status"] == "occurred"]
    assert held and {"Jorge Vidal", "Rosa Paredes"} <= event_names(record, held[0])
    # a spokeswoman for a mission is no head of a side
    record = extract(
        "Chilean and Peruvian negotiators met in Lima on Wednesday. A spokeswoman for the UN mission, Ana Rojas, "
        "declined to comment.",
        published="2024-05-09",
    )
    assert all("Ana Rojas" not in event_names(record, e) for e in record["events"])
