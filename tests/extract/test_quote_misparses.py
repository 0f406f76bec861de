"""Reported clauses and speakers the parser misreads, and infinitives that say why rather than what (issue 13,
round eight), on sentences written for these tests."""

import pytest

from tests.conftest import quote_with


def assert_said(record: dict, content: str, speaker: str) -> None:
    """The record holds a quote of exactly ``content`` whose speaker mention is ``speaker``."""
    said = [q["speaker"]["text"] for q in record["quotes"] if q["content"]["text"] == content and q["speaker"]]
    assert said == [speaker], [(q["content"]["text"], q["speaker"]) for q in record["quotes"]]


def test_a_clause_the_parser_made_an_adverbial_is_still_what_was_said(extract):
    # quote.unmarked-adverbial: "after the vote" misleads the parser into an adverbial clause
    quote = quote_with(extract("The mayor said after the vote she would not run again."), "run again")
    assert quote["content"]["text"] == "she would not run again"
    assert quote["speaker"]["text"] == "The mayor"


def test_an_adverbial_clause_with_its_own_subordinator_is_not_reported(extract):
    record = extract("The mayor spoke for an hour before the ferry left the harbour.")
    assert not any("ferry left" in q["content"]["text"] for q in record["quotes"])


def test_a_that_clause_headed_by_a_noun_is_still_reported(extract):
    # quote.noun-tagged-clause: "intensifies" read as a noun, "need" made the head of the clause
    quote = quote_with(extract("Many said Monday that the Dover ruling intensifies the need to act."), "ruling")
    assert quote["content"]["text"] == "that the Dover ruling intensifies the need to act"
    assert quote["speaker"]["text"] == "Many"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("But Trump claims that he should be exempt.", "Trump"),  # the noun's own subject
        ("Yet Trump claims that he deserves a refund.", "Trump"),  # a compound before the noun
        ("Trump charges that the harbour board took money from the ferry firms.", "Trump"),
    ],
)
def test_a_speech_verb_read_as_a_plural_noun_keeps_its_speaker(extract, sentence, speaker):
    # quote.verb-tagged-noun
    quote = quote_with(extract(sentence), "that")
    assert quote["speaker"]["text"] == speaker


def test_the_infinitive_after_a_condition_of_anonymity_is_not_what_was_said(extract):
    # quote.phrase-infinitive
    record = extract(
        "The ferry will not sail on Friday, a port official said on condition of anonymity to discuss the schedule."
    )
    quote = quote_with(record, "sail")
    assert quote["content"]["text"] == "The ferry will not sail on Friday"
    assert quote["speaker"]["text"] == "a port official"
    assert not any("schedule" in q["content"]["text"] for q in record["quotes"])


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The mayor told reporters at the pier to expect delays.", "to expect delays"),
        ("The mayor told reporters on Sunday to expect delays.", "to expect delays"),
        ("The mayor appealed to voters to stay home.", "to stay home"),
        ("The mayor called on the council to keep the pier open.", "to keep the pier open"),
    ],
)
def test_an_infinitive_after_whom_a_speaker_addresses_is_still_what_was_said(extract, sentence, content):
    quote = quote_with(extract(sentence), content.split()[-1])
    assert quote["content"]["text"] == content


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("Asked about the fares, Mr. Cobb shot back: “That would be good.”", "“That would be good.”", "Mr. Cobb"),
        (
            "The mayor fired back that the fares had not risen in a decade.",
            "that the fares had not risen in a decade",
            "The mayor",
        ),
        ("The minister laid out her plan for the ferries.", "her plan for the ferries", "The minister"),
        ("Moss brushed off the criticism on Monday.", "the criticism", "Moss"),
        ("The council has ruled out a second bridge.", "a second bridge", "The council"),
    ],
)
def test_a_verb_with_a_particle_reports_what_the_two_words_mean(extract, sentence, content, speaker):
    # quote.phrasal-verb
    assert_said(extract(sentence), content, speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        "The police fired back at the gunmen.",
        "The ferry company shrugged off its losses.",
        "The crew fired the engine.",
    ],
)
def test_a_verb_with_a_particle_that_tells_of_a_deed_reports_nothing(extract, sentence):
    assert extract(sentence)["quotes"] == []


def test_an_attribution_between_the_parts_of_a_quote_is_kept(extract):
    # the parts of "“A,” X said, referring to …. “B.”", not the span from A to B, are what the quote covers
    record = extract(
        "“The harbour was sold out by the council,” Moss said in August, referring to the deal the council "
        "struck with the ferry firm. “It will not happen again.”"
    )
    [quote] = [q for q in record["quotes"] if q["content"]["text"] == "the deal the council struck with the ferry firm"]
    assert quote["speaker"]["text"] == "Moss"


def test_a_second_reading_of_the_cue_between_the_parts_of_a_quote_is_dropped(extract):
    record = extract(
        "“The harbour was sold out by the council,” Moss said, a hint of anger in her voice. “It will not happen "
        "again.”"
    )
    assert [q["kind"] for q in record["quotes"]] == ["direct"]  # "a hint of anger …" is no second quote


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("Senator Ada Moss threw her support behind the ferry plan on Tuesday.", "the ferry plan", "Senator Ada Moss"),
        ("The union raised concerns about the new fares.", "the new fares", "The union"),
        ("The union raised concerns on Monday about the new fares.", "the new fares", "The union"),
        ("The union leader heaped praise on the pilots.", "the pilots", "The union leader"),
    ],
)
def test_a_voiced_stand_is_the_subjects_about_what_follows_it(extract, sentence, content, speaker):
    # quote.voiced-stance
    assert_said(extract(sentence), content, speaker)


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("The new timetable drew criticism from pilots and islanders.", "The new timetable", "pilots and islanders"),
        ("The mayor won the endorsement of the ferry union.", "The mayor", "the ferry union"),
    ],
)
def test_a_drawn_stand_is_held_by_whom_it_came_from(extract, sentence, content, speaker):
    # quote.drew-stance
    assert_said(extract(sentence), content, speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        "The documents raised new questions about the deal.",  # a thing raises no stand of its own
        "The mayor won 48 percent support in the island poll.",  # a share of votes
        "The mayor received support from six in 10 islanders.",  # a share polled
        "The minister received a telephone call from the envoy.",  # a contact
        "He drew criticism from the pilots.",  # what it is about would be only a pronoun
    ],
)
def test_a_stand_that_no_one_voiced_or_a_share_is_no_quote(extract, sentence):
    assert extract(sentence)["quotes"] == []


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("The new timetable was criticized by the pilots' union.", "The new timetable", "the pilots' union"),
        ("The mayor was endorsed by the ferry union on Tuesday.", "The mayor", "the ferry union"),
        ("The plan, which was praised by the harbour master, will cost millions.", "The plan", "the harbour master"),
        (
            "The ferry was described by the captain as unsafe.",
            "The ferry was described by the captain as unsafe",  # two parts: "The ferry" and "as unsafe"
            "the captain",
        ),
    ],
)
def test_a_passive_with_by_is_the_agents_stand_on_the_subject(extract, sentence, content, speaker):
    # quote.agent-passive
    assert_said(extract(sentence), content, speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        "The convoy was attacked by gunmen near the port.",  # a deed
        "The letter was written by the mayor in 1901.",  # authorship
        "The consul was welcomed by the provost at the town hall.",  # a visitor received
        "The plan was backed by 60 percent of the islanders.",  # a share polled
        "Dates will be announced by the mayor's office.",  # news given out
    ],
)
def test_a_passive_with_by_that_tells_of_no_stand_is_no_quote(extract, sentence):
    assert extract(sentence)["quotes"] == []


def test_a_joined_predicate_after_a_comma_keeps_the_subject_it_shares(extract):
    # "…, and criticized X": the content-first reading finds no speaker of its own, and the shared subject stays
    quote = quote_with(
        extract("The mayor thanked the pilots, and criticized the harbour board for the delays."), "harbour board"
    )
    assert quote["content"]["text"] == "the harbour board for the delays"
    assert quote["speaker"]["text"] == "The mayor"


def test_an_infinitive_a_verb_goes_on_to_is_said_not_set_out_to_do(extract):
    # quote.went-on-to
    quote = quote_with(extract("The mayor went on to criticize the harbour board."), "harbour board")
    assert quote["content"]["text"] == "the harbour board"
    assert quote["speaker"]["text"] == "The mayor"
    assert extract("The mayor went to Dover to discuss the fares.")["quotes"] == []  # a purpose
    assert extract("The mayor rushed to the hospital to thank the doctors.")["quotes"] == []  # a purpose


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "In the mayor's view, the pier must be rebuilt this year.",
            "the pier must be rebuilt this year",
            "the mayor",
        ),
        (
            "In the eyes of the pilots, the new timetable is unworkable.",
            "the new timetable is unworkable",
            "the pilots",
        ),
    ],
)
def test_a_fronted_view_is_its_owners(extract, sentence, content, speaker):
    # quote.in-their-view
    assert_said(extract(sentence), content, speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        "In view of the delays, the ferry will not sail on Friday.",  # because of them
        "In the eyes of the law, the pier belongs to the council.",  # the law holds no view
    ],
)
def test_a_view_with_no_one_to_hold_it_is_no_ones(extract, sentence):
    assert extract(sentence)["quotes"] == []


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("The mayor's view is that the pier must go.", "that the pier must go", "The mayor"),
        ("Their fear is that the ferry will stop running.", "that the ferry will stop running", "Their"),
    ],
)
def test_an_owners_view_that_is_a_clause_is_theirs(extract, sentence, content, speaker):
    # quote.view-is-that
    assert_said(extract(sentence), content, speaker)


def test_a_view_that_no_one_owns_is_no_quote(extract):
    assert extract("The fear is that the ferry will stop running.")["quotes"] == []


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("As the harbour master put it, the pier is finished.", "the pier is finished", "the harbour master"),
        (
            "Or, as Ada Moss, a former harbour master, put it: “The gate is open. They are inside.”",
            "“The gate is open. They are inside.”",
            "Ada Moss, a former harbour master",
        ),
        ("The mayor put it bluntly: “The pier is finished.”", "“The pier is finished.”", "The mayor"),
    ],
)
def test_putting_it_is_saying_it(extract, sentence, content, speaker):
    # quote.put-it
    assert_said(extract(sentence), content, speaker)


def test_putting_it_somewhere_says_nothing(extract):
    assert extract("He put it on the table before the vote.")["quotes"] == []


def test_exhort_is_a_verb_of_speech(extract):
    record = extract("“It is about time we had a new pier,” exhorted the mayor's deputy, Peter Cobb.")
    assert_said(record, "“It is about time we had a new pier,”", "the mayor's deputy, Peter Cobb")


def test_considering_someone_something_is_a_view(extract):
    # quote.seen-as: a small clause with no "as"
    assert_said(extract("The mayor considers the pier a hazard."), "the pier a hazard", "The mayor")
    assert extract("The council is considering a new pier.")["quotes"] == []  # weighing, not a view


QUOTED_BY_THE_CLAUSE = [
    # quote.quoting-clause: the quote sits in a clause whose subject, not the last speaker, says it
    (
        "Varga offered “my thoughts to every family that lost a boat this winter.”",
        "“my thoughts to every family that lost a boat this winter.”",
        "Varga",
    ),
    (
        "The union's statement targets a “harbour board that keeps the ferry fares high for everyone.”",
        "“harbour board that keeps the ferry fares high for everyone.”",
        "The union's statement",
    ),
    # the parser hung the introducing clause on the quote
    (
        "Hours after the storm, Varga issued a statement, “Last night our harbour lost three boats and a pier.”",
        "“Last night our harbour lost three boats and a pier.”",
        "Varga",
    ),
    # a reporting verb above the clause speaks for it, not the subject of the clause it reports
    (
        "Varga said Tuesday that she was hoping for a large crowd at the pier, which “will show the board how many "
        "people still need the ferry.”",
        "“will show the board how many people still need the ferry.”",
        "Varga",
    ),
]


@pytest.mark.parametrize(("sentence", "content", "speaker"), QUOTED_BY_THE_CLAUSE)
def test_a_quote_inside_a_clause_is_its_subjects_not_the_last_speakers(extract, sentence, content, speaker):
    opening = "“We will keep the ferry running all winter,” Moss said at the pier on Monday."
    assert_said(extract(f"{opening}\n\n{sentence}"), content, speaker)


def test_a_quote_inside_a_clause_about_a_thing_still_goes_with_the_last_speaker(extract):
    record = extract(
        "“We will keep the ferry running all winter,” Moss said at the pier on Monday.\n\n"
        "The pier was closed in 1998 after a “structural failure in the deck supports of the pier.”"
    )
    assert_said(record, "“structural failure in the deck supports of the pier.”", "Moss")


def test_a_quote_in_a_clause_whose_subject_is_it_goes_with_the_last_speaker(extract):
    record = extract(
        "“We will keep the ferry running all winter,” Moss said at the pier on Monday.\n\n"
        "It was a “structural failure in the deck supports of the pier.”"
    )
    assert_said(record, "“structural failure in the deck supports of the pier.”", "Moss")


def test_learning_to_do_something_is_no_belief(extract):
    record = extract("The children learn to sail at the harbour school every summer.")
    assert record["quotes"] == []


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "Many pilots feel that the board has let the harbour down.",
            "that the board has let the harbour down",
            "Many pilots",
        ),
        (
            "The fishermen suspect the owners sold the pier years ago.",
            "the owners sold the pier years ago",
            "The fishermen",
        ),
        (
            "The Gazette learned that the mayor had met the owners twice.",
            "that the mayor had met the owners twice",
            "The Gazette",
        ),
        (
            "Varga doubts the ferry will run before May.",
            "the ferry will run before May",
            "Varga",
        ),
        (
            "The board now realizes that the fares were too high.",
            "that the fares were too high",
            "The board",
        ),
    ],
)
def test_a_belief_doubt_or_realisation_is_attributed(extract, sentence, content, speaker):
    assert_said(extract(sentence), content, speaker)


def test_assuming_a_condition_is_no_attribution(extract):
    record = extract("Assuming the ferry runs in May, the harbour will reopen for the summer.")
    assert not any("ferry runs" in q["content"]["text"] for q in record["quotes"])


def test_disagreeing_with_someone_is_a_stand_on_them(extract):
    record = extract("The harbour master often disagrees with the board's plan for the pier.")
    assert_said(record, "the board's plan for the pier", "The harbour master")
