"""Round forty-two (qf): headlines that name the speaker with whom or where they spoke ("Moss to Harbour Board:
…"), a page label before the name, and a poll named with when it was taken; tested on texts written for these
tests (names invented)."""

from tests.conftest import quote_with


def test_a_headline_name_with_whom_it_spoke_to_speaks(extract):
    # quote.headline-addressed: "X to Y:" gives what follows to X; "Guide to Kemi:" names no one
    record = extract(
        "Ada Moss to Harbour Board: The pier must close\n\nMayor Ada Moss told the board on Monday that the pier "
        "was unsafe."
    )
    quote = quote_with(record, "The pier must close")
    assert quote["speaker"]["text"] == "Ada Moss"
    guide = extract(
        "Guide to Kemi: Where the Ferries Still Run\n\nThe harbour is quiet in winter, the harbour master said."
    )
    assert not any("Where the Ferries" in q["content"]["text"] for q in guide["quotes"])


def test_a_headline_name_with_where_it_spoke_speaks(extract):
    # quote.headline-addressed: "X at Y:" gives what follows to X
    record = extract(
        "Former Minister Tove Brekke at Rally: The night ferry will survive\n\nBrekke spoke to pilots in Kemi on "
        "Saturday."
    )
    quote = quote_with(record, "The night ferry will survive")
    assert quote["speaker"]["text"] == "Former Minister Tove Brekke"


def test_a_page_label_before_the_headline_name_is_no_part_of_it(extract):
    # quote.headline-addressed: "EXCLUSIVE – X:" is X's headline
    record = extract(
        "EXCLUSIVE – Tove Brekke: Do Not Trust the Harbour Board\n\nThe former minister spoke to us on Friday."
    )
    quote = quote_with(record, "Do Not Trust the Harbour Board")
    assert quote["speaker"]["text"] == "Tove Brekke"


def test_a_poll_with_when_it_was_taken_tells_its_finding(extract):
    # quote.in-a-finding: "In a Gazette poll last month, …"
    record = extract("In a Harbour Gazette poll last month, Ms. Moss had a 10-point lead among pilots.")
    quote = quote_with(record, "Ms. Moss had a 10-point lead among pilots")
    assert quote["speaker"]["text"] == "a Harbour Gazette poll"
