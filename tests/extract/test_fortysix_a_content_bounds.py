"""Round forty-six (helper a): where a content ends or begins. A list the parser broke after its first item goes
on to its end (rule quote.list-goes-on); a second object the parser hung on the reporting verb is part of the
content (rule quote.object-conjunct); a personal pronoun before quote marks stays the subject of a mixed quote
(rule quote.subject-before-quote). Sentences written for these tests (names invented)."""

import pytest


def contents(record: dict) -> list[tuple[str, str]]:
    """Each quote as its kind and content."""
    return [(q["kind"], q["content"]["text"]) for q in record["quotes"]]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The mayor supported closing the pier, raising the fares and cutting the ferry service.",
            "closing the pier, raising the fares and cutting the ferry service",
        ),
        (
            "Ada Moss touted her plans to invest $20 million in the harbour, expand the ferry service, and build a "
            "new pier.",
            "her plans to invest $20 million in the harbour, expand the ferry service, and build a new pier",
        ),
        (
            "Ada Moss took aim at the harbour board, the ferry company and the pilots union.",
            "the harbour board, the ferry company and the pilots union",
        ),
    ],
)
def test_a_list_goes_on_to_its_last_item(extract, sentence, content):
    # quote.list-goes-on: items of the form of the content's last phrase, closed by "and"
    assert contents(extract(sentence, published="2024-05-10")) == [("indirect", content)]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # an apposition with a clause of its own after the comma: the writer's gloss, not items of a list
        ("Ada Moss backed the new levy, a tax the pilots and the dockers oppose.", "the new levy"),
        # participles after a verb in a progressive tense: the speaker's own acts, not a list of what she backed
        (
            "Ada Moss said the town was running out of time, citing the levy, noting the fares and warning the board.",
            "the town was running out of time",
        ),
        # a trailing participle with no list closed by "and"
        (
            "Ada Moss said the levy raised $2 million last year, bringing the total to $9 million.",
            "the levy raised $2 million last year",
        ),
    ],
)
def test_no_list_after_the_comma_keeps_the_content(extract, sentence, content):
    assert ("indirect", content) in contents(extract(sentence, published="2024-05-10"))


def test_a_second_object_after_a_quoted_one_is_part_of_the_content(extract):
    # quote.object-conjunct: the parser hangs "its readiness" on "questioned"; the possessive is kept too
    record = extract(
        'The mayor questioned the board\'s "harbour values" and its readiness to lead the port.',
        published="2024-05-10",
    )
    assert contents(record) == [("mixed", 'the board\'s "harbour values" and its readiness to lead the port')]


def test_a_conjoined_verb_is_no_second_object(extract):
    # negative: "and praised the pilots" is the speaker's next act, not more of what was criticised
    record = extract("Ada Moss criticized the new levy and praised the pilots.", published="2024-05-10")
    assert ("indirect", "the new levy") in contents(record)


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Ada Moss says it’s “disastrous.”", "it’s “disastrous.”"),
        ("Ada Moss said she “never sold the boat.”", "she “never sold the boat.”"),
    ],
)
def test_a_pronoun_before_the_quote_marks_is_kept(extract, sentence, content):
    # quote.subject-before-quote: the reported clause's pronoun subject stays, a mixed quote
    assert contents(extract(sentence, published="2024-05-10")) == [("mixed", content)]


def test_a_bare_that_before_the_quote_marks_still_leaves_the_quote(extract):
    # negative: no subject outside the marks
    record = extract("Ada Moss said that “the pier is closed for good.”", published="2024-05-10")
    assert contents(record) == [("direct", "“the pier is closed for good.”")]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("A new poll shows Ada Moss 16 points ahead of Tom Hale.", "Ada Moss 16 points ahead of Tom Hale"),
        ("The harbour survey shows Ada Moss within two points of Tom Hale.", "Ada Moss within two points of Tom Hale"),
        ("The latest poll has shown Ada Moss in the lead.", "Ada Moss in the lead"),
    ],
)
def test_a_poll_places_its_object_in_the_race(extract, sentence, content):
    # quote.object-predicative: where the finding puts the object is what it found
    assert contents(extract(sentence, published="2024-05-10")) == [("indirect", content)]


def test_a_time_ahead_of_an_event_is_no_standing(extract):
    # negative: "ahead of the vote" after "endorsed" says when, not where Moss stands
    record = extract("The dockers union endorsed Ada Moss ahead of the vote.", published="2024-05-10")
    assert contents(record) == [("indirect", "Ada Moss")]
