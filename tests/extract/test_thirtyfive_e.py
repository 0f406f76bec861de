"""Speakers from round thirty-five (helper e): the wrong speakers left on the gate after helper a's pass, tested on
sentences written for these tests."""

from tests.extract.test_thirtyone import speakers


def test_they_after_a_counted_group_is_that_group(extract):
    # pronoun.counted-group: "they" was the country named inside the subject ("Peru's")
    record = extract(
        "Five of Peru’s leading bishops gathered on Friday in Cusco, and left with a letter against what they "
        "called “the theft of the rivers.”"
    )
    assert set(speakers(record).values()) == {"Five of Peru’s leading bishops"}, speakers(record)


def test_they_in_a_whose_clause_is_the_counted_group_it_follows(extract):
    # pronoun.counted-group: the parenthetical "they say" inside a "whose" clause on "three elders of …"
    record = extract(
        "The mine's manager, Hugo Ortiz, sat at the head of the table, and across from him sat three elders "
        "of the river villages, whose wells, they say, have dried since the mine opened."
    )
    assert set(speakers(record).values()) == {"three elders of the river villages"}, speakers(record)


def test_its_leader_in_the_lede_is_the_leader_named_after(extract):
    # speaker.leader-named-after: "its leader" stayed a person of its own, named by the phrase
    record = extract(
        "A trade mission of nine Hull shipyards came home on Friday with what its leader called “orders for two "
        "winters”.\n\nThe delegation, headed by the yards’ chairman, Peter Holroyd, was received by the port "
        "authority in Gdansk."
    )
    assert set(speakers(record).values()) == {"Peter Holroyd"}, speakers(record)


def test_its_leader_is_the_one_who_led_the_group_even_after_a_description(extract):
    # speaker.leader-named-after: "X, managing director of Y, who led the group" is X's
    record = extract(
        "A sales team from four Tromsø fish exporters returned from Seoul on Sunday with what its leader called "
        "“the best week we have had in Asia”.\n\n“We sold everything we brought,” said Ingrid Solheim, managing "
        "director of Arctic Catch, who led the group."
    )
    assert set(speakers(record).values()) == {"Ingrid Solheim"}, speakers(record)


def test_whose_spokeswoman_said_is_the_spokeswomans_not_the_bodys(extract):
    # quote.relative-read-as-clause: the parse hung "said" on "announced" as its content, so the ministry spoke
    record = extract(
        "LIMA — The talks will open on March 8. The date was first announced by Peru’s interior ministry, whose "
        "spokeswoman, Lucia Paredes, said the meeting would be “a working session, not a photo opportunity.”"
    )
    assert speakers(record) == {
        "the meeting would be “a working session, not a photo opportunity.”": "Lucia Paredes"
    }, speakers(record)


def test_what_the_two_men_agreed_is_the_account_of_who_reports_it(extract):
    # quote.agreement-reported: the agreement was given to "the two men", not to the presidency that told it
    record = extract(
        "Vidal also telephoned Peru’s Prime Minister, Jorge Salas, on Tuesday evening, and the two men agreed that "
        "Salas would send his trade minister to Friday’s talks, the Chilean presidency said in a statement."
    )
    assert set(speakers(record).values()) == {"Chilean presidency"}, speakers(record)


def test_what_the_two_sides_agreed_after_a_release_is_the_releases_account(extract):
    # quote.agreement-reported: the reporter spoke in the sentence before
    record = extract(
        "Mr Salas held talks with Mr Vidal at the ministry on Friday, the Chilean sports ministry said in a release. "
        "The two sides agreed that a Chilean squad would travel to Lima in July for a month of training."
    )
    assert set(speakers(record).values()) == {"Chilean sports ministry"}, speakers(record)
