"""Round fifty-five (helper B): where a reported clause ends. A person's name set after the office the content names
identifies whom it speaks of and stays in the content (rule quote.named-apposition); a common-noun gloss after the
content is still the writer's (rule quote.trailing-apposition), and so is a closing which/who relative. Sentences
written for these tests (names invented)."""

from tests.conftest import quote_with


def test_named_apposition_stays_in_the_content(extract):
    # quote.named-apposition: the name after the office is part of what was said
    record = extract("Moss said the team had met the district officer of Korvala, Anton Pirelli.")
    assert quote_with(record, "the team had met")["content"]["text"].endswith("Anton Pirelli")


def test_named_apposition_after_a_minister(extract):
    # quote.named-apposition: "the island's fisheries minister, Tomas Reyk"
    record = extract(
        "Varga said she had spoken by telephone on Monday with the island's fisheries minister, Tomas Reyk."
    )
    assert quote_with(record, "spoken by telephone")["content"]["text"].endswith("Tomas Reyk")


def test_gloss_apposition_is_still_cut(extract):
    # negative: a common-noun gloss after the content is the writer's
    record = extract("The pilots said the deal-breaker was his plan to close the pier, a proposal the council dropped.")
    assert quote_with(record, "deal-breaker")["content"]["text"].endswith("to close the pier")


def test_closing_relative_is_still_cut(extract):
    # negative: a which/who relative that ends the content stays the writer's
    record = extract("Moss said the board would meet on Friday, which residents doubted.")
    assert quote_with(record, "the board would meet")["content"]["text"] == "the board would meet on Friday"


def test_named_apposition_the_parser_hung_on_the_verb(extract):
    # quote.named-apposition: the parser hangs the name on "said", outside the reported clause
    record = extract(
        "Moss said he had spoken by telephone on Sunday with the island's high commissioner in London, "
        "Mr. Peter Alcindor."
    )
    assert quote_with(record, "spoken by telephone")["content"]["text"].endswith("Peter Alcindor")


def test_a_name_with_its_own_verb_is_not_taken_in(extract):
    # negative: "Ana Ruiz said" is a speaker with a verb of her own, not a name in the content
    record = extract("Moss said the board would close the pier, Ana Ruiz said on Monday.")
    assert all("Ana Ruiz" not in q["content"]["text"] for q in record["quotes"])
