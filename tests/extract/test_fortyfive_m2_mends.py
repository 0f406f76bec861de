"""Round forty-five (mend m2): a reviewer's findings on the contact rules; tested on sentences written for these
tests (names invented)."""

from tests.conftest import events_with

DAY = "2024-03-15"


def test_talks_set_in_a_past_clause_took_place(extract):
    # status.set-in-a-done-act: "agreed ... to cut" plans the cutting, not the talks it was agreed at
    for text in (
        "During talks in Dakar in June, Peter Lund agreed with President Moussa Diop to lift the levy.",
        "At a meeting in Dakar in June, Peter Lund agreed with President Moussa Diop that the levy should go.",
    ):
        (event,) = events_with(extract(text, published=DAY), "Peter Lund", "Moussa Diop")
        assert event["status"] == "occurred"
        assert event["date"]["value"] == "2023-06"


def test_the_one_dealt_with_at_a_meeting_to_come_is_its_party(extract):
    # contact.noun.circumstance-set with a holding verb: "will discuss X with Y" names Y, not the host state
    record = extract(
        "At talks in Nairobi next month, Trade Minister Pia Sand will discuss the railway with Kenyan "
        "Foreign Minister Amos Kiprop.",
        published=DAY,
    )
    (event,) = events_with(record, "Pia Sand", "Amos Kiprop")
    assert event["status"] == "planned"


def test_one_embraced_by_another_met_them(extract):
    # contact.verb.embraced: the agent of the passive is the other party, and an active embrace of a person counts
    record = extract("Pia Sand was warmly embraced by Chancellor Otto Kell in Vilnius on Monday.", published=DAY)
    assert events_with(record, "Pia Sand", "Otto Kell")
    assert not events_with(record, "Lithuania")
    record = extract("Pia Sand embraced Otto Kell on the tarmac in Vilnius on Monday.", published=DAY)
    assert events_with(record, "Pia Sand", "Otto Kell")
    assert extract("The new government embraced the reforms on Monday.", published=DAY)["events"] == []


def test_trips_for_a_match_a_ceremony_or_treatment_are_no_visits(extract):
    # contact.travel.other-purpose: an official's trip told with another purpose than talks is no state visit
    for text in (
        "The chancellor flew to Rome on Sunday to watch the Six Nations match.",
        "The prime minister flew to Lisbon on Sunday for the Europa League final.",
        "The president travelled to Seoul for the opening ceremony of the games on Friday.",
        "The prime minister went to Zurich for heart treatment last week.",
    ):
        assert extract(text, published=DAY)["events"] == [], text
    # a trip with no purpose told, or one of state business, still is
    assert extract("The chancellor flew to Rome on Sunday.", published=DAY)["events"]
    assert extract("Zambia's finance minister flew to Harare last week to ask for a loan.", published=DAY)["events"]


def test_a_habitual_journey_is_no_go_between_errand(extract):
    # contact.travel.habitual: the simple present tells a way of life
    record = extract("Lena Moss, a trader, travels back and forth between Vienna and Bratislava.", published=DAY)
    assert record["events"] == []
    record = extract("Lena Moss, the envoy, went back and forth between Vienna and Bratislava.", published=DAY)
    assert record["events"]


def test_kin_who_dine_together_hold_no_meeting(extract):
    # contact.verb.kin-together: a family meal is no contact
    for text in (
        "Otto Kell and his son Jonas Kell dined together in Vienna.",
        "Otto Kell and his sister, Greta Kell, lunched together in Vienna.",
    ):
        assert extract(text, published=DAY)["events"] == [], text
    assert extract("Otto Kell and Pia Sand dined together in Vienna.", published=DAY)["events"]
