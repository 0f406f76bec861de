"""Round fifty-four (I): a description standing for a person the article names elsewhere. A title whose holder's
name follows a bracketed gloss ("the President of the Regional Council (the island government), Tomas Berg") is
that person (rule actor.title-gloss-before-name); a headline on a later line of a pasted page, after the outlet's
name or a date, is read as a headline (rule actor.headline-line). Sentences written for these tests (names
invented)."""

from backchannel.extract.actor_words import HEADLINE_LINES, keep_headline_lines
from tests.conftest import events_with, quote_with, speaker_name


def _person_names(record: dict) -> set[str]:
    return {a["name"] for a in record["actors"] if a["kind"] == "person"}


def test_a_title_then_a_gloss_in_brackets_then_the_name_is_that_person(extract):
    record = extract(
        '"My diary has a meeting with the President of the Regional Council (the island government), Tomas Berg '
        '(of the Green party), on the 21st," said the prime minister, Ana Ruiz.',
        published="2024-03-12",
    )
    assert events_with(record, "Ana Ruiz", "Tomas Berg")
    assert not any(name.startswith("President of the Regional Council") for name in _person_names(record))


def test_a_title_then_the_bodys_initials_then_the_name_is_that_person(extract):
    record = extract(
        "A meeting between President Ana Ruiz and Secretary-General of the National Dockworkers Union (NDU) Tomas "
        "Berg took place on Saturday, the union said.",
        published="2024-03-12",
    )
    assert events_with(record, "Ana Ruiz", "Tomas Berg")
    assert "Secretary-General" not in _person_names(record)


def test_a_bodys_initials_before_its_officers_title_are_left_alone(extract):
    record = extract(
        "Ana Ruiz met the Democratic Party (DP) Chairman Tomas Berg last week.",
        published="2024-03-12",
    )
    assert events_with(record, "Ana Ruiz", "Tomas Berg")


def test_a_bracket_after_a_title_with_no_name_after_it_names_no_one(extract):
    record = extract(
        "Ana Ruiz met the President of the Regional Council (the island government) on Monday. "
        '"We agreed on the budget," the president said.',
        published="2024-03-12",
    )
    assert speaker_name(record, quote_with(record, "We agreed")) not in (None, "Ana Ruiz")


def test_a_headline_after_the_date_line_of_a_pasted_page_is_a_headline(extract):
    title = "Japan’s vice foreign minister visits Seoul"
    record = extract(
        f"The Harbour Times\n\n12 March 2024\n\n{title}\n\nBy Harbour Times\n\nJapanese Vice Foreign Minister "
        "Akio Sato arrived in Seoul on Thursday for a two-day visit to hold talks with his South Korean counterpart, "
        "the ministry said.",
        title=title,
        published="2013-07-12",
    )
    assert "Japan’s vice foreign minister" not in _person_names(record)
    assert events_with(record, "Akio Sato")


def test_a_headline_under_a_section_name_says_who_speaks_in_it(extract):
    title = "Dutch opposition leader confirms meeting with Speaker, says talks were about 'saving the country'"
    record = extract(
        f"English Section\n\n{title}\n\nThe Dutch opposition leader Karel Vos has confirmed holding a private "
        "meeting with parliamentary Speaker Jan de Wit, saying the two discussed the budget.",
        title=title,
        published="2025-07-10",
    )
    assert speaker_name(record, quote_with(record, "saving the country")) == "Karel Vos"


def test_a_title_written_inside_a_sentence_is_no_headline_line(nlp):
    text = "The Harbour Times\n\nOn Monday Dutch envoy visits Lima, aides said, for the third time this year."
    doc = nlp(text)
    keep_headline_lines(doc, text, "Dutch envoy visits Lima")
    assert HEADLINE_LINES not in doc.user_data
    text = "The Harbour Times\n\nDutch envoy visits Lima\n\nAna Vos arrived in Lima on Monday."
    doc = nlp(text)
    keep_headline_lines(doc, text, "Dutch envoy visits Lima")
    assert doc.user_data[HEADLINE_LINES] == [(19, 42)]


def test_a_headline_given_twice_is_a_headline_both_times(extract):
    title = "Dutch premier arrives in Ankara"
    record = extract(
        f"{title}\n\n{title}\nAnkara, Feb 7 - Dutch Prime Minister Karel Vos leading a large trade delegation arrived "
        "in Ankara on Sunday and was received by Transport Minister Ali Demir at the airport. Vos is to meet senior "
        "Turkish officials during the visit.",
        title=title,
        published="2016-02-07",
    )
    assert "Dutch premier" not in _person_names(record)
