"""Round forty-four (e2): a gathering of one body named only as the setting of another act is no contact of its
own; tested on sentences written for these tests (names invented)."""


def test_a_past_summit_named_in_passing_is_no_contact(extract):
    # contact.gathering-in-passing: "was first raised at the ECOWAS summit in Abuja last year"
    record = extract(
        "The border dispute was first raised at the ECOWAS summit in Abuja last year.",
        published="2024-05-08",
    )
    assert record["events"] == []
    # party.summit-has-many: a summit still to come is a planned contact even inside a phrase
    record = extract(
        "The envoys will report to a summit of the African Union due in Kigali in June.",
        published="2024-05-08",
    )
    (event,) = record["events"]
    assert (event["mode"], event["status"]) == ("multilateral", "planned")


def test_returning_from_a_ministers_meeting_is_attending_it(extract):
    # party.attends-gathering (round forty-seven): who returned from the meeting was at it, a side beside the
    # grouping, so the gathering is no lone body's named in passing
    record = extract(
        "Trade Secretary Lorna Cruz returned on Sunday from the ASEAN foreign ministers' meeting in Hanoi.",
        published="2024-05-08",
    )
    (event,) = record["events"]
    assert (event["mode"], event["status"]) == ("multilateral", "occurred")
    # a summit told for itself is the news. Round 62: of two bodies, as one body's summit alone is no contact now
    # (party.gathering-of-one)
    record = extract(
        "The summit of ECOWAS and the African Union in Abuja closed on Friday with a call for calm.",
        published="2024-05-08",
    )
    (event,) = record["events"]
    assert event["mode"] == "multilateral"


def test_a_summit_where_a_named_doer_acted_that_day_is_news(extract):
    # contact.gathering-in-passing leaves a gathering at which a named doer acted on a named day (review mend r3).
    # Round 62: the doer and her own state, host of the summit, are its parties (one side, so still asked), as the
    # APEC summit left with its body alone is no contact now (party.gathering-of-one)
    record = extract(
        "Finnish Trade Minister Aino Virtanen signed a fisheries pact at the Arctic summit in Helsinki on Sunday.",
        published="2024-05-08",
    )
    assert [e["mode"] for e in record["events"]] == ["multilateral"]
