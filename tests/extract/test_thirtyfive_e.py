"""Speakers from round thirty-five (helper e): the wrong speakers left on the gate after helper a's pass, tested on
sentences written for these tests."""

import pytest

from tests.extract.test_thirtyone import speakers


def test_whose_spokeswoman_said_is_the_spokeswomans_not_the_bodys(extract):
    # quote.relative-read-as-clause: the parse hung "said" on "announced" as its content, so the ministry spoke
    record = extract(
        "LIMA — The talks will open on March 8. The date was first announced by Peru’s interior ministry, whose "
        "spokeswoman, Lucia Paredes, said the meeting would be “a working session, not a photo opportunity.”"
    )
    assert speakers(record) == {
        "the meeting would be “a working session, not a photo opportunity.”": "Lucia Paredes"
    }, speakers(record)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            # pronoun.counted-group: "they" was the country named inside the subject ("Peru's")
            "Five of Peru’s leading bishops gathered on Friday in Cusco, and left with a letter against what they "
            "called “the theft of the rivers.”",
            "Five of Peru’s leading bishops",
            id="they-after-a-counted-group-is-that-group",
        ),
        pytest.param(
            # pronoun.counted-group: the parenthetical "they say" inside a "whose" clause on "three elders of …"
            "The mine's manager, Hugo Ortiz, sat at the head of the table, and across from him sat three elders "
            "of the river villages, whose wells, they say, have dried since the mine opened.",
            "three elders of the river villages",
            id="they-in-a-whose-clause-is-the-counted-group-it-follows",
        ),
        pytest.param(
            # speaker.leader-named-after: "its leader" stayed a person of its own, named by the phrase
            "A trade mission of nine Hull shipyards came home on Friday with what its leader called “orders for two "
            "winters”.\n\nThe delegation, headed by the yards’ chairman, Peter Holroyd, was received by the port "
            "authority in Gdansk.",
            "Peter Holroyd",
            id="its-leader-in-the-lede-is-the-leader-named-after",
        ),
        pytest.param(
            # speaker.leader-named-after: "X, managing director of Y, who led the group" is X's
            "A sales team from four Tromsø fish exporters returned from Seoul on Sunday with what its leader called "
            "“the best week we have had in Asia”.\n\n“We sold everything we brought,” said Ingrid Solheim, managing "
            "director of Arctic Catch, who led the group.",
            "Ingrid Solheim",
            id="its-leader-is-the-one-who-led-the-group-even-after-a-description",
        ),
        pytest.param(
            # quote.agreement-reported: the agreement was given to "the two men", not to the presidency that told it
            "Vidal also telephoned Peru’s Prime Minister, Jorge Salas, on Tuesday evening, and the two men agreed that "
            "Salas would send his trade minister to Friday’s talks, the Chilean presidency said in a statement.",
            "Chilean presidency",
            id="what-the-two-men-agreed-is-the-account-of-who-reports-it",
        ),
        pytest.param(
            # quote.agreement-reported: the reporter spoke in the sentence before
            "Mr Salas held talks with Mr Vidal at the ministry on Friday, the Chilean sports ministry said in a "
            "release. The two sides agreed that a Chilean squad would travel to Lima in July for a month of training.",
            "Chilean sports ministry",
            id="what-the-two-sides-agreed-after-a-release-is-the-releases-account",
        ),
    ],
)
def test_the_speaker_of_every_quote_is(extract, text, speaker):
    record = extract(text)
    assert set(speakers(record).values()) == {speaker}, speakers(record)
