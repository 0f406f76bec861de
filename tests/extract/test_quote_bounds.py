"""Where a found attribution's content starts and ends (issue 13, PolNeAR content extents), on sentences written
for these tests."""

import pytest

from tests.conftest import quote_with


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The councillor described the old ferry as beset by leaks and delays.",
            "the old ferry as beset by leaks and delays",
        ),
        ("A new survey of harbour towns shows the mayor at 40 percent.", "the mayor at 40 percent"),
    ],
)
def test_what_a_verb_predicates_of_its_object_is_reported_with_it(extract, sentence, content):
    # quote.object-predicative
    assert quote_with(extract(sentence), content.split()[1])["content"]["text"] == content


def test_a_count_after_the_object_says_where_not_what(extract):
    quote = quote_with(extract("The mayor repeated the charge at two meetings in the harbour towns."), "charge")
    assert quote["content"]["text"] == "the charge"


def test_a_second_report_of_the_same_speakers_ends_the_first(extract):
    # quote.second-predicate: "warn", in the reporting verb's tense, is the councillors' next report
    record = extract(
        "Some councillors fear that the ferry has already lost its best crews and warn that the new timetable "
        "will not bring them back."
    )
    fear = quote_with(record, "best crews")
    assert fear["content"]["text"] == "that the ferry has already lost its best crews"
    warn = quote_with(record, "new timetable")
    assert warn["content"]["text"] == "that the new timetable will not bring them back"
    assert warn["speaker"]["text"] == "Some councillors"


def test_an_inflected_verb_after_a_reported_infinitive_is_the_speakers_next_act(extract):
    # quote.second-predicate: "accused" cannot go on with the infinitive "to fight"
    record = extract("She has vowed to fight the closure of the pier in court and accused the board of bad faith.")
    assert quote_with(record, "closure")["content"]["text"] == "to fight the closure of the pier in court"
    accused = quote_with(record, "bad faith")
    assert accused["content"]["text"] == "the board of bad faith"
    assert accused["speaker"]["text"] == "She"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The ferry firm agreed to pay the harbour fees in full, and the council dropped its claim against it.",
            "to pay the harbour fees in full",
        ),
        ("The pilots hope to sail again by May, but the board has not set a date.", "to sail again by May"),
    ],
)
def test_a_clause_with_its_own_subject_does_not_go_on_with_a_reported_infinitive(extract, sentence, content):
    assert quote_with(extract(sentence), content.split()[1])["content"]["text"] == content


@pytest.mark.parametrize(
    "sentence",
    [
        "The pilots said the pier was sound and would open in May.",
        "The pilots said the pier was unsafe and had been closed by the board.",
    ],
)
def test_a_predicate_that_goes_on_with_the_reported_clause_stays_in_it(extract, sentence):
    content = sentence.split(" said ")[1].rstrip(".")
    assert quote_with(extract(sentence), "pier")["content"]["text"] == content


def test_a_contrast_inside_what_was_said_stays_in_the_content(extract):
    # quote.contrast-in-content
    sentence = (
        "The survey found that most pilots backed the timetable, while a third of them had never sailed at night."
    )
    content = quote_with(extract(sentence), "most pilots")["content"]["text"]
    assert content == "that most pilots backed the timetable, while a third of them had never sailed at night"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Moss said the ferry would run until May, while stressing the cost of repairs.",
            "the ferry would run until May",
        ),
        (
            "The board said the fares would rise in May, while critics argued that they should fall.",
            "the fares would rise in May",
        ),
    ],
)
def test_a_while_clause_beside_what_was_said_is_cut_off(extract, sentence, content):
    assert quote_with(extract(sentence), content)["content"]["text"] == content


def test_according_to_between_commas_attributes_the_words_on_either_side(extract):
    # quote.according-to-aside
    record = extract("By the spring, according to the harbour master, the ferry will run twice a day.")
    quote = quote_with(record, "twice a day")
    parts = [(p["start"], p["end"]) for p in quote["content"]["parts"]]
    text = "By the spring, according to the harbour master, the ferry will run twice a day."
    assert [text[s:e] for s, e in parts] == ["By the spring", "the ferry will run twice a day"]
    assert quote["speaker"]["text"] == "the harbour master"


def test_a_quote_in_a_part_is_taken_whole(extract):
    text = 'The pier, according to the harbour master, is "past saving."'
    quote = quote_with(extract(text), "past saving")
    assert quote["kind"] == "mixed"
    assert quote["content"]["text"].endswith('"past saving."')


def test_a_passive_joined_to_a_clause_has_no_speaker_of_that_clause(extract):
    record = extract("The mayor opened the new pier on Monday, and more storms were forecast to arrive by Friday.")
    assert not any(q["speaker"] and q["speaker"]["text"] == "The mayor" for q in record["quotes"])


def test_a_quote_closed_by_a_full_stop_is_not_cued_by_the_next_sentence(extract):
    # quote.full-stop-inside
    record = extract(
        'Moss told reporters in the port that she would meet the mayor "if the talks are public." The mayor did not '
        "respond."
    )
    quote = quote_with(record, "if the talks are public")
    assert quote["speaker"]["text"] == "Moss"


def test_a_quote_right_after_a_reported_clause_goes_on_with_it(extract):
    # quote.goes-on-in-quote: the cue stands too far back for the quote to find it on its own
    text = (
        "Moss told reporters in the port that she would be willing to meet Mayor Tom Varga himself "
        '"if the meeting is public and there is an agenda that includes a vote." Varga said nothing.'
    )
    quote = quote_with(extract(text), "if the meeting")
    assert quote["kind"] == "mixed"
    assert quote["content"]["text"].startswith("that she would be willing")


def test_a_quote_in_the_next_paragraph_does_not_go_on_with_a_clause(extract):
    record = extract('Ada Moss said that the ferry would keep running\n\n"We have no money left," a pilot said.')
    quote = quote_with(record, "no money left")
    assert quote["kind"] == "direct"


def test_a_preposition_after_an_adverb_still_joins_the_cue(extract):
    # quote.prepositional-object
    quote = quote_with(extract("The harbour master wrote recently about the cost of the repairs."), "cost")
    assert quote["content"]["text"] == "the cost of the repairs"
    assert quote["cue"]["text"].endswith("about")


def test_narration_after_a_quoted_content_is_not_part_of_it(extract):
    # quote.narration-after-quote
    record = extract('Ada Moss said: "We never closed the pier," but in fact the board closed it twice last year.')
    assert quote_with(record, "never closed")["content"]["text"] == '"We never closed the pier,"'


def test_a_content_opening_inside_quote_marks_ends_at_a_dash_after_them(extract):
    record = extract('Moss said, "The ferry will keep running" - at which point the crowd cheered "Keep it running!"')
    assert quote_with(record, "keep running")["content"]["text"] == '"The ferry will keep running"'


def test_a_first_line_with_a_reporting_verb_before_its_colon_is_no_headline(extract):
    record = extract('Ada Moss said: "We never closed the pier."\n\nThe board disagreed.')
    quote = quote_with(record, "never closed")
    assert quote["speaker"]["text"] == "Ada Moss"
    assert quote["cue"]["text"] == "said"


def test_a_paragraph_after_a_reporting_colon_is_the_speakers(extract):
    # quote.block-after-colon
    text = (
        "At the harbour meeting on Monday, the mayor said:\n\n"
        "The ferry has served this town for ninety years and it will not stop while I hold this office.\n"
        "We will find the money.\n\nThe board met again on Friday."
    )
    quote = quote_with(extract(text), "ninety years")
    assert quote["content"]["text"].endswith("We will find the money.")
    assert quote["speaker"]["text"] == "the mayor"
    assert quote["kind"] == "direct"


@pytest.mark.parametrize(
    "text",
    [
        "Here is what the councillors said:\n\n- Ada Moss said the ferry must stay.\n- Tom Varga asked who would pay.",
        "The board said the fares would rise:\n\nThe ferry has served the town for ninety years and needs repairs.",
    ],
)
def test_a_list_or_a_report_of_its_own_before_a_colon_takes_no_block(extract, text):
    assert not any(q["content"]["text"].startswith(("- Ada", "The ferry has")) for q in extract(text)["quotes"])


def test_a_fronted_condition_before_a_parenthetical_attribution_is_reported(extract):
    # quote.fronted-clause
    text = "If the pier closes, the harbour master said on Monday, the town will lose its ferry."
    quote = quote_with(extract(text), "lose its ferry")
    parts = [text[p["start"] : p["end"]] for p in quote["content"]["parts"]]
    assert parts == ["If the pier closes", "the town will lose its ferry"]


def test_a_clause_that_dates_the_report_is_not_reported(extract):
    quote = quote_with(extract("After the vote ended, Moss said the council would meet again."), "meet again")
    assert quote["content"]["text"] == "the council would meet again"


def test_a_quote_after_a_comma_closing_a_persons_clause_is_theirs(extract):
    # quote.verb-before-quote
    record = extract(
        'Ada Moss reacted sharply to the new timetable, "We were never asked about any of this." The board met on '
        "Friday."
    )
    quote = quote_with(record, "never asked")
    assert quote["cue"]["text"] == "reacted"
    assert quote["speaker"]["text"].startswith("Ada Moss")


def test_a_quote_closed_by_a_comma_keeps_its_own_cue_after_it(extract):
    record = extract('Ada Moss left the meeting early, "We were never asked," she told reporters.')
    assert quote_with(record, "never asked")["cue"]["text"] == "told"


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # quote.resumed-content
        (
            "The timetable is, she said, the worst the town has seen.",
            ["The timetable is", "the worst the town has seen"],
        ),
        # an attribution the parser hung on the noun after it
        (
            "The closure was, she said, the hardest decision the council had ever made.",
            ["The closure was", "the hardest decision the council had ever made"],
        ),
        # quote.parenthetical-after-opener
        (
            "On most mornings last winter, the pilots said, the crossing took twice as long.",
            ["On most mornings last winter", "the crossing took twice as long"],
        ),
        # whom a telling verb addresses is not what it reports
        (
            "The new fares, Moss told reporters, would take effect in May.",
            ["The new fares", "would take effect in May"],
        ),
    ],
)
def test_an_attribution_between_commas_reports_the_words_on_either_side(extract, text, parts):
    quote = quote_with(extract(text), parts[-1])
    assert [text[p["start"] : p["end"]] for p in quote["content"]["parts"]] == parts


@pytest.mark.parametrize("when", ["Varga asked her a question", "Varga told the board"])
def test_a_quote_before_an_attribution_dated_by_another_report_is_not_that_reporters(extract, when):
    text = (
        "“A fine pilot, a very fine pilot this woman,” Moss, the harbour master for two decades and chair of the "
        f"port board since the merger, said when {when}."
    )
    assert not any("harbour master" in q["content"]["text"] for q in extract(text)["quotes"])


def test_when_after_a_parenthetical_attribution_dates_the_saying(extract):
    # quote.resumed-content takes no phrase that only says when, where or how
    quote = quote_with(extract("The pier will close, she said, on Tuesday."), "pier will close")
    assert quote["content"]["text"] == "The pier will close"


def test_a_long_clause_between_an_opener_and_an_attribution_is_no_aside(extract):
    # quote.parenthetical-after-opener takes only a short attribution between the commas
    text = (
        "Separately, the two harbour masters spoke over the radio on Tuesday about the storm damage to the pier, the "
        "port authority said in a statement."
    )
    assert [q["speaker"]["text"] for q in extract(text)["quotes"]] == ["the port authority"]


def test_a_joined_clause_that_tells_someone_reports_nothing_before_it(extract):
    record = extract("The talks on the ferry are being held in private, and neither side has briefed reporters.")
    assert not record["quotes"]


def test_a_phrase_after_an_according_to_source_names_the_source(extract):
    # quote.according-to-aside takes the words after the source only when they hold a verb
    text = "Traffic through the port has tripled since 2019, according to INE, the national statistics office."
    assert quote_with(extract(text), "tripled")["content"]["text"] == "Traffic through the port has tripled since 2019"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The mayor decried the council's repeated calls to close the old harbour.",
            "the council's repeated calls to close the old harbour",
        ),
        (
            "The pilots praised the efforts of the new board to find a buyer for the ferry.",
            "the efforts of the new board to find a buyer for the ferry",
        ),
        (
            "The ferry crews expressed their stance in support of the striking dockers.",
            "their stance in support of the striking dockers",
        ),
        (
            "The port is seeking millions of dollars from a regional fund that has stalled.",
            "millions of dollars from a regional fund that has stalled",
        ),
        ("Moss talked of reforms to protect the harbour workers.", "reforms to protect the harbour workers"),
    ],
)
def test_what_completes_the_object_is_reported_with_it(extract, sentence, content):
    # quote.object-complement: the infinitive or phrase the parser hung on the verb belongs to the object
    assert quote_with(extract(sentence), content.split()[1])["content"]["text"] == content


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The mayor praised the new timetable in an interview on Tuesday.", "the new timetable"),
        ("The councillor criticised the ferry contract in Mombasa last week.", "the ferry contract"),
    ],
)
def test_a_phrase_after_the_object_that_says_where_or_when_is_not_reported(extract, sentence, content):
    assert quote_with(extract(sentence), content.split()[-1])["content"]["text"] == content


def test_a_content_cut_before_another_attribution_leaves_no_conjunction_dangling(extract):
    record = extract(
        "Six in ten pilots said the ferry is safe and reliable, and three-quarters said the same of the bus."
    )
    assert quote_with(record, "reliable")["content"]["text"] == "the ferry is safe and reliable"


def test_a_parenthesis_opened_in_a_content_is_closed_in_it(extract):
    record = extract("The council endorsed the re-election of Councillor Peter Lane (Labour).")
    assert quote_with(record, "Lane")["content"]["text"] == "the re-election of Councillor Peter Lane (Labour)"


def test_a_clause_joined_after_a_closing_quote_mark_goes_on_with_the_report(extract):
    # _continued_clause: "…with "bemused interest," and there was …" (the marks do not count as words between)
    text = (
        'The mayor said her town was watching the vote with "bemused interest," and there was a strong current of '
        "opinion on the pier delighting in the chaos."
    )
    assert quote_with(extract(text), "bemused")["content"]["text"].endswith("delighting in the chaos")


def test_a_gloss_of_the_writers_after_a_report_is_not_reported(extract):
    text = (
        "The harbour board said on Tuesday that the pilots had shown \"intransigence,\" and that's the board's "
        'language for "we are done for now."'
    )
    assert quote_with(extract(text), "intransigence")["content"]["text"] == 'that the pilots had shown "intransigence,"'
