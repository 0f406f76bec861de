"""Round forty-four (e2): a headline's contact that the body does not tell is no event of its own; tested on
sentences written for these tests (names invented)."""


def test_a_headline_summit_the_body_does_not_tell_is_dropped(extract):
    # merge.headline-untold: the live blog's title names a summit; the body tells a ministers' meeting
    record = extract(
        "LIVE: Kivu leaders' summit in Goma — as it happened\n\n"
        "Rwanda's foreign minister, Paul Kanyesi, met Uganda's foreign minister, John Okello, in Kampala on Monday.",
        published="2024-05-08",
        title="LIVE: Kivu leaders' summit in Goma — as it happened",
    )
    (event,) = record["events"]
    assert event["mode"] == "meeting"
    # merge.headline: a headline's call that the body tells joins it
    record = extract(
        "Kanyesi and Okello hold phone talks\n\n"
        "Rwanda's foreign minister, Paul Kanyesi, spoke by telephone with Uganda's foreign minister, John Okello, "
        "on Monday. Rwanda's president, Jean Habumuremyi, met Kenya's president, Ruth Wanjiru, in Nairobi on Tuesday.",
        published="2024-05-08",
        title="Kanyesi and Okello hold phone talks",
    )
    assert sorted(e["mode"] for e in record["events"]) == ["meeting", "phone"]
    # and a headline over a body that tells no contact is the story's only telling of it
    record = extract(
        "LIVE: Kivu leaders' summit in Goma — as it happened\n\nRwanda's foreign minister spoke to reporters.",
        published="2024-05-08",
        title="LIVE: Kivu leaders' summit in Goma — as it happened",
    )
    assert len(record["events"]) <= 1
