"""Attributions found in round six of the recall work (issue 13), on sentences written for these tests."""

import pytest

from backchannel.extract.reporting_verbs import trailing_attribution
from backchannel.extract.speaker_spans import speaker_span
from tests.conftest import quote_with


def parts(record, quote):
    text = record["article"]["text"]
    return [text[p["start"] : p["end"]] for p in quote["content"].get("parts", [])] or [quote["content"]["text"]]


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "The harbour board appeared likely to approve the loan.",
            "appeared",
            ["The harbour board", "likely to approve the loan"],
        ),
        (
            "The councillor seems ready for a long fight over the budget.",
            "seems",
            ["The councillor", "ready for a long fight over the budget"],
        ),
        (
            "Moss seemed rattled by the questions from the floor.",
            "seemed",
            ["Moss", "rattled by the questions from the floor"],
        ),
        (
            "The mayor held a large lead and appeared poised to win a third term.",
            "appeared",
            ["The mayor", "poised to win a third term"],
        ),
        ("It seems fairly likely that the ferry will stop.", "seems", ["fairly likely that the ferry will stop"]),
    ],
)
def test_how_things_look_with_a_complement_is_attributed_to_no_one(extract, sentence, cue, content):
    # quote.appearance-complement
    record = extract(sentence)
    quote = next(q for q in record["quotes"] if q["cue"]["text"] == cue)
    assert [p.rstrip(".") for p in parts(record, quote)] == content
    assert quote["speaker"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor appeared tired after the vote.",
        "The harbour master appeared on the local radio show on Monday.",
    ],
)
def test_a_bare_look_or_an_appearance_somewhere_is_no_attribution(extract, sentence):
    assert extract(sentence)["quotes"] == []


def test_a_quote_with_its_own_cue_after_it_is_not_joined_to_the_one_before(extract):
    # quote.own-cue-after
    record = extract(
        '"The ferry will run until May," said harbour master Ada Moss, who has run the port for a decade. '
        '"After that, the bridge takes over," she added.'
    )
    first = quote_with(record, "until May")
    second = quote_with(record, "bridge takes over")
    assert first is not second
    assert first["cue"]["text"] == "said"
    assert second["cue"]["text"] == "added" and second["speaker"]["text"] == "she"


def test_a_quote_with_no_cue_of_its_own_still_continues_the_one_before(extract):
    record = extract('"The ferry will run until May," Moss said. "After that, the bridge takes over."')
    quote = quote_with(record, "until May")
    assert "bridge takes over" in quote["content"]["text"]


def test_a_reported_clause_headed_by_an_adjective_is_reported(extract):
    # quote.adjectival-clause
    quote = quote_with(extract("The pilots said the old pier is best suited to small boats."), "old pier")
    assert quote["content"]["text"] == "the old pier is best suited to small boats"
    assert quote["speaker"]["text"] == "The pilots"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Most voters say the same of the mayor.", "the same of the mayor"),
        (
            # the parser reads the clause's subject as the object of "says"
            "Moss says the rise in fares and fees that Varga decries also makes the ferry less popular.",
            "the rise in fares and fees that Varga decries also makes the ferry less popular",
        ),
    ],
)
def test_the_object_of_say_is_what_was_said(extract, sentence, content):
    # quote.say-object
    quote = quote_with(extract(sentence), content)
    assert quote["content"]["text"] == content and quote["cue"]["text"] in ("say", "says")


def test_a_pronoun_said_is_no_content(extract):
    assert extract("The harbour master said it again on Monday.")["quotes"] == []


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "She has made no secret of her frustration with the board.",
            "has made no secret of",
            "her frustration with the board",
        ),
        ("The pilots made no comment on the new timetable.", "made no comment on", "the new timetable"),
    ],
)
def test_a_remark_made_attributes_its_object(extract, sentence, cue, content):
    # quote.made-remark
    quote = quote_with(extract(sentence), content)
    assert quote["content"]["text"] == content and quote["cue"]["text"] == cue


def test_a_case_made_to_someone_does_not_make_them_the_content(extract):
    assert extract("The pilots made their case to the council on Monday.")["quotes"] == []


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("The mayor has made clear she will seek a second term.", "has made clear", "she will seek a second term"),
        (
            "Moss made it clear that the pilots would not fall in line.",
            "made it clear",
            "that the pilots would not fall in line",
        ),
    ],
)
def test_what_was_made_clear_is_attributed(extract, sentence, cue, content):
    # quote.made-clear
    quote = quote_with(extract(sentence), content)
    assert quote["content"]["text"] == content and quote["cue"]["text"] == cue


def test_making_a_thing_clear_of_something_is_no_attribution(extract):
    assert extract("The rain made the road clear of dust.")["quotes"] == []


def test_a_clause_the_parser_headed_with_a_noun_before_the_verb_is_reported(extract):
    # quote.noun-headed-clause
    record = extract('The closure of the pier signals "the end of an era" for the town, Moss said.')
    quote = quote_with(record, "the end of an era")
    assert quote["content"]["text"] == 'The closure of the pier signals "the end of an era" for the town'
    assert quote["kind"] == "mixed" and quote["speaker"]["text"] == "Moss"


def test_a_subject_the_parser_hung_on_the_reporting_verb_starts_the_content(extract):
    # quote.detached-subject
    record = extract('Moss said the days when the port had "a proper ferry" are gone.')
    quote = quote_with(record, "are gone")
    assert quote["content"]["text"] == 'the days when the port had "a proper ferry" are gone'


def test_a_date_after_the_verb_is_not_the_subject_of_the_content(extract):
    quote = quote_with(extract("Moss said Tuesday the pier would close."), "the pier would close")
    assert quote["content"]["text"] == "the pier would close"


def test_a_sentence_closed_by_an_attribution_reports_what_comes_before(extract):
    # quote.trailing-attribution
    record = extract('Pilots who do take on heavy debt struggle, even with a "good" boat, he said.')
    quote = quote_with(record, "heavy debt")
    assert quote["content"]["text"] == 'Pilots who do take on heavy debt struggle, even with a "good" boat'
    assert quote["speaker"]["text"] == "he"


def test_an_attribution_closing_a_paragraph_reports_what_comes_before(nlp):
    # quote.trailing-attribution: the sentence ends with its paragraph break, after the full stop
    doc = nlp(
        "Harbour news\n\nAs the mayor prepared to address dock workers in Varna on Monday, a 12-year-old girl near "
        "the gate was struck by a falling sign, police said.\n\nThe gate was closed."
    )
    said = next(t for t in doc if t.text == "said")
    finding = trailing_attribution(said, said.sent, speaker_span(said))
    assert finding is not None and doc.text[slice(*finding.ranges[0])].startswith("As the mayor prepared")


@pytest.mark.parametrize(
    "sentence",
    [
        "After the long vote on the pier, he said.",
        "Speaking to the pilots at the harbour, Moss said.",
        # a clause of when before it, and words of the verb's own after it
        "When the council cut the ferry subsidy two years later, the islanders said enough.",
    ],
)
def test_a_phrase_without_a_clause_before_an_attribution_is_not_reported(extract, sentence):
    assert extract(sentence + "\n\nThey blocked the pier.")["quotes"] == []


def test_a_that_clause_hung_on_a_noun_deep_in_the_phrase_after_the_verb_is_what_was_said(extract):
    # the stray clause of "said in one of a series of interviews that …"
    record = extract(
        "Ada Moss, the former mayor of Varna, said in one of a series of radio interviews that the ferry would stop "
        "running in May."
    )
    quote = quote_with(record, "the ferry would stop")
    assert quote["content"]["text"] == "that the ferry would stop running in May"


def test_a_name_after_the_verb_that_the_parser_gave_to_the_next_clause_speaks(extract):
    # quote.inverted-misparsed
    record = extract(
        '"I am not going to say it was a mistake, so forget about it," said retired surveyor Ada Moss, '
        "asked about her claims that she had sailed alone."
    )
    quote = quote_with(record, "forget about it")
    assert quote["speaker"]["text"] == "retired surveyor Ada Moss"


def test_a_quote_inside_the_next_sentence_is_no_continuation(extract):
    # quote.inside-next-sentence
    record = extract(
        '"We do not go over there," she said. Her sister still lives by the "old pier," two miles to the north.'
    )
    quote = quote_with(record, "We do not go over there")
    assert "old pier" not in quote["content"]["text"]


def test_blame_reports_what_is_blamed(extract):
    # "blame" is a reporting verb whose object is what it reports (object_content_verbs)
    record = extract('She blamed the closure on a "careless board," not on the storm.')
    quote = quote_with(record, "careless board")
    assert quote["content"]["text"] == 'the closure on a "careless board," not on the storm'
    assert quote["cue"]["text"] == "blamed" and quote["speaker"]["text"] == "She"


def test_who_is_to_blame_reports_nothing(extract):
    # quote.to-blame
    record = extract("The council asked who is to blame for the falling ferry fares.")
    assert not any(q["cue"]["text"] == "to blame" or q["content"]["text"].startswith("for") for q in record["quotes"])
    assert all(q["cue"]["text"] == "asked" for q in record["quotes"])


def test_a_short_sentence_of_a_speaker_and_a_reporting_verb_introduces_the_quote_after_it(extract):
    # quote.intro-sentence
    record = extract(
        '"It has become a two-boat race in the bay," said Ada Moss, editor of the Harbour News.\n\n'
        'Port historian Lena Varga agreed. "The owners are running out of time to find an alternative."'
    )
    quote = quote_with(record, "running out of time")
    assert quote["cue"]["text"] == "agreed"
    assert quote["speaker"]["text"] == "Port historian Lena Varga"


def test_a_sentence_with_no_reporting_verb_introduces_nothing(extract):
    quote = quote_with(extract('Moss laughed. "That is the plan for the pier and the ferry."'), "That is the plan")
    assert quote["cue"] is None


def test_a_gloss_after_the_content_is_the_writers(extract):
    # quote.trailing-gloss
    record = extract(
        'Moss said that some pilots would pay "slightly more" in fees, an admission that her rivals seized upon.'
    )
    quote = quote_with(record, "slightly more")
    assert quote["content"]["text"] == 'that some pilots would pay "slightly more" in fees'


def test_an_indefinite_phrase_without_a_clause_stays_in_the_content(extract):
    quote = quote_with(extract("Moss said the ferry would stop in May, a month earlier than planned."), "ferry")
    assert quote["content"]["text"].endswith("a month earlier than planned")
