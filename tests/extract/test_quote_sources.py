"""Which span speaks for a quote: the one who put out a piece (quote.issued-work) and the subject after a
relative pronoun (quote.relative-aside), on sentences written for these tests."""

import pytest

from tests.conftest import quote_with, speaker_name

APPOSED = "Alarmed by the delays, Senator Ada Moss, the harbour chair, said that she spoke with the pilots."


def test_an_ad_speaks_for_whoever_released_it(extract):
    r = extract("The harbour association released an ad saying that the new fares would close the ferry.")
    assert quote_with(r, "the new fares would close")["speaker"]["text"] == "The harbour association"


@pytest.mark.parametrize(
    ("sentence", "fragment", "speaker"),
    [
        ("The campaign placed ads calling the mayor a coward.", "the mayor a coward", "The campaign"),
        ("The group launched a website asking for donations to the ferry fund.", "donations", "The group"),
        # the author named by "by"
        ("An article written by Ada Moss accuses the board of hiding the accounts.", "hiding", "Ada Moss"),
        (
            "A fundraising email sent out by the campaign on Tuesday warned that the race was close.",
            "the race was close",
            "the campaign",
        ),
        ("A letter signed by forty pilots says the ferry is unsafe.", "the ferry is unsafe", "forty pilots"),
    ],
)
def test_a_piece_put_out_speaks_for_who_put_it_out(extract, sentence, fragment, speaker):
    assert quote_with(extract(sentence), fragment)["speaker"]["text"] == speaker


def test_a_piece_obtained_by_someone_still_speaks_for_itself(extract):
    r = extract("A memo obtained by the Gazette says the pier is unsafe.")
    assert quote_with(r, "the pier is unsafe")["speaker"]["text"] == "A memo"


def test_a_quote_going_on_after_said_x_who_is_xs(extract):
    r = extract(
        "“He did try to scare me off the pier,” said Varga, who wrote about the harbour master's visit in her "
        "memoir. “Thank goodness the pilots were there that night.”"
    )
    assert quote_with(r, "Thank goodness")["speaker"]["text"] == "Varga"


def test_an_article_the_subject_answers_in(extract):
    r = extract("The Gazette shot back in an article stating that the pier had been closed twice.")
    assert quote_with(r, "the pier had been closed")["speaker"]["text"] == "The Gazette"


def test_a_report_someone_helped_draft(extract):
    r = extract("Councillor Ada Moss helped draft a report defending the new timetable.")
    assert quote_with(r, "the new timetable")["speaker"]["text"] == "Councillor Ada Moss"


def test_a_report_someone_only_cites_keeps_its_own_voice(extract):
    r = extract("The pilots cited a report saying that the pier was unsafe.")
    assert quote_with(r, "the pier was unsafe")["speaker"]["text"] == "a report"


def test_relative_pronoun_before_the_speaker(extract):
    r = extract("The board defended the department, which she argued seeks to restore the ferry service.")
    assert quote_with(r, "to restore the ferry service")["speaker"]["text"] == "she"


def test_whom_before_the_believers(extract):
    r = extract("The vote went against the mayor, whom many pilots believed was hiding the costs.")
    assert quote_with(r, "hiding the costs")["speaker"]["text"] == "many pilots"


def test_who_alone_stays_the_speaker(extract):
    r = extract("Ada Moss, who said the fares were too high, left the meeting early.")
    assert quote_with(r, "the fares were too high")["speaker"]["text"] == "who"


def test_name_with_apposition_before_the_verb(extract):
    r = extract(APPOSED)
    q = quote_with(r, "she spoke with the pilots")
    assert q["speaker"]["text"].startswith("Senator Ada Moss")


def test_a_that_clause_is_not_a_content_before_its_verb(extract):
    r = extract(APPOSED)
    assert all(not q["content"]["text"].startswith("Alarmed") for q in r["quotes"])


def test_refusing_says_nothing_about_a_slogan(extract):
    r = extract(
        'Ada Moss, a harbour pilot who led protests in 2019, campaigned under the slogan "Harbour decides" '
        '("The harbour decides") and refused donations from companies.'
    )
    assert all((q["cue"] or {}).get("text") != "refused" for q in r["quotes"])


def test_clause_of_a_reporting_verb_is_not_an_attribution_of_what_precedes(extract):
    r = extract("Moss, who spoke briefly with the mayor in a corridor after the vote, said the two women had agreed.")
    assert [q["content"]["text"] for q in r["quotes"]] == ["the two women had agreed"]


LEDE = (
    "A lawmaker in Portugal said the night ferry must be saved.\n\n"
    '"There is no reason to close it," Ada Moss said in a letter to the council.\n\n'
    "Moss said the pier was safe. The lawmaker said repairs would take a month."
)


def test_description_in_the_lede_then_a_named_speaker(extract):
    r = extract(LEDE)
    assert speaker_name(r, quote_with(r, "repairs would take a month")) == "Ada Moss"


def test_description_stays_when_no_named_person_spoke_since(extract):
    r = extract(
        "A lawmaker in Portugal said the night ferry must be saved.\n\nAda Moss, a pilot, disagreed.\n\n"
        "The lawmaker said repairs would take a month."
    )
    assert speaker_name(r, quote_with(r, "repairs would take a month")) == "lawmaker in Portugal"


GLOSSED = "The pilots said the deal-breaker was his plan to close the pier, a proposal the council has since dropped."


def test_trailing_apposition_is_the_writers_gloss(extract):
    r = extract(GLOSSED)
    assert quote_with(r, "the deal-breaker")["content"]["text"] == "the deal-breaker was his plan to close the pier"


def test_apposition_to_a_name_at_the_end(extract):
    r = extract("The pilots criticised the speech of Ada Moss, the harbour master of Portsmouth.")
    assert quote_with(r, "the speech")["content"]["text"] == "the speech of Ada Moss"


def test_a_list_is_not_an_apposition(extract):
    r = extract("The pilots said they had met Ada Moss, her two deputies and the harbour master.")
    assert quote_with(r, "they had met")["content"]["text"].endswith("the harbour master")


def test_headline_claim_in_sentence_case(extract):
    r = extract("Pilots: the night ferry will run until May\n\nThe harbour pilots met on Monday.")
    q = quote_with(r, "the night ferry will run until May")
    assert q["speaker"]["text"] == "Pilots"


def test_headline_label_in_lower_case_is_no_speaker(extract):
    r = extract("Ferry news in brief: the night ferry will run until May\n\nThe harbour pilots met on Monday.")
    assert all((q["speaker"] or {}).get("text") != "Ferry news in brief" for q in r["quotes"])


def test_participle_after_a_reported_clause_goes_with_the_reporter(extract):
    r = extract("Moss asked why the mayor did not speak at the meeting, implying that he was hiding something.")
    assert quote_with(r, "he was hiding something")["speaker"]["text"] == "Moss"


@pytest.mark.parametrize(
    ("sentence", "fragment", "speaker"),
    [
        # the participle hangs on the second of two joined predicates of the reported clause
        (
            "Varga said her brother has been a ferry pilot for years and would do the job again, saying the board "
            "owed him wages.",
            "the board owed him wages",
            "Varga",
        ),
        # a closing quote mark stands between the comma and the participle
        (
            "The mayor insisted that the board has “widened the ferry service,” claiming that fares fell by half.",
            "fares fell by half",
            "The mayor",
        ),
    ],
)
def test_participle_after_a_reported_clause_goes_with_the_reporter_however_it_hangs(
    extract, sentence, fragment, speaker
):
    assert quote_with(extract(sentence), fragment)["speaker"]["text"] == speaker


def test_participle_after_a_joined_clause_with_its_own_subject_is_that_subjects(extract):
    r = extract("Moss said the ferry would stop and the pilots walked out, saying the board had lied.")
    assert quote_with(r, "the board had lied")["speaker"]["text"] == "the pilots"


def test_participle_after_a_main_clause_keeps_its_subject(extract):
    r = extract("The pilots said the ferry would stop in May, adding that the pier was unsafe.")
    assert quote_with(r, "the pier was unsafe")["speaker"]["text"] == "The pilots"


def test_participle_after_a_preposition_shares_the_verbs_subject(extract):
    r = extract("Moss deflected questions about the pier before saying that repairs would start in May.")
    assert quote_with(r, "repairs would start in May")["speaker"]["text"] == "Moss"


def test_name_before_a_whose_clause_speaks(extract):
    r = extract("Ada Moss, whose latest ferry company uses old boats to carry freight, said the mayor was a friend.")
    q = quote_with(r, "the mayor was a friend")
    assert q["speaker"]["text"] == "Ada Moss"
    assert all("old boats" not in x["content"]["text"] for x in r["quotes"])


def test_clause_before_a_colon_is_not_the_content(extract):
    r = extract(
        "Yet the mayor is somewhat hemmed in by her record: She and her husband supported the ferry levy, "
        "which closed the night service."
    )
    assert quote_with(r, "the ferry levy")["cue"]["text"] == "supported"
    assert all("hemmed" not in q["content"]["text"] for q in r["quotes"])


def test_coordinated_verb_after_an_aside_takes_no_object_as_speaker(extract):
    r = extract("McCain supported the levy and Moss, as she has in the past, opposed the measure.")
    assert all((q["speaker"] or {}).get("text") != "the measure" for q in r["quotes"])


def test_clause_before_told_with_its_addressee_stays_the_content(extract):
    r = extract("The ferry will stop in May, Moss told reporters on Monday.")
    assert quote_with(r, "The ferry will stop in May")["speaker"]["text"] == "Moss"


def test_clause_before_an_inverted_speaker_stays_the_content(extract):
    r = extract("The board will neither confirm nor deny reports about a closure, explained spokesman Ada Moss.")
    assert quote_with(r, "will neither confirm nor deny")["speaker"]["text"].endswith("Ada Moss")


def test_clause_before_an_inverted_title_stays_the_content(extract):
    r = extract("The harbour board will neither confirm nor deny reports about a closure, explained the spokesman.")
    assert quote_with(r, "will neither confirm nor deny")["speaker"]["text"] == "the spokesman"


def test_participle_after_a_comma_on_a_common_noun_goes_with_the_clause(extract):
    r = extract(
        "Harbour master Ada Moss was the first official to weigh in on the vote, tweeting her thanks Friday afternoon."
    )
    assert quote_with(r, "her thanks")["speaker"]["text"] == "Harbour master Ada Moss"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # quote.misread-main-verb
        (
            "One of the harbour pilots involved, Ada Moss, confirmed by telephone that she had met the mayor.",
            "Ada Moss",
        ),
        ("Senator Ada Moss, reached late on Friday, confirmed by email that the pier would close.", "Ada Moss"),
    ],
)
def test_a_reporting_verb_the_parser_made_a_modifier_is_the_subjects(extract, text, speaker):
    record = extract(text)
    assert speaker_name(record, quote_with(record, "that")) == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # quote.quoted-as-saying
        ("The Harbour Star quoted Ada Moss as saying the ferry would run until May.", "the ferry would run until May"),
        (
            "Ada Moss was quoted by the Harbour Star as saying the ferry would run until May.",
            "the ferry would run until May",
        ),
        ('"There was no such call," the board\'s press officer, Ada Moss, is quoted as saying in the Star.', None),
    ],
)
def test_the_one_a_paper_quotes_as_saying_is_the_speaker(extract, text, content):
    record = extract(text)
    quote = record["quotes"][0]
    assert speaker_name(record, quote) == "Ada Moss"
    if content is not None:
        assert quote["content"]["text"] == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a verb the parser hung loosely on the one before it shares its subject
        ("Moss paused, then revealed why the pilot's campaign was especially moving.", "Moss"),
        # quote.subject-by-position: the whole phrase of a name, past an adverb
        (
            "At a June rally in Kemaman, 62-year-old Ada Moss also railed against the fares, and explained how much "
            "it upset her to pay them.",
            "Ada Moss",
        ),
        # quote.subject-by-position: a person's phrase hung on the place before it
        (
            "At the town hall in Kemaman, a young woman who had been an exchange student in Oslo asked the mayor "
            "what he thought of the prospects for the ferry.",
            "young woman",
        ),
    ],
)
def test_a_subject_the_parse_lost_is_found_before_the_verb(extract, text, speaker):
    record = extract(text)
    assert speaker_name(record, record["quotes"][-1]) == speaker


def test_a_resolution_speaks_for_the_body_that_passed_it(extract):
    # quote.issued-work: "approved a resolution condemning …"
    record = extract(
        "The Kemaman town council on Wednesday approved a resolution condemning the harbour board's plan to close "
        "the pier."
    )
    assert speaker_name(record, quote_with(record, "plan to close")) == "Kemaman town council"


def test_a_passive_participle_after_a_noun_has_no_speaker(extract):
    # "a developer known to be keen on ferries": the developer is spoken of, not speaking
    assert not extract("A developer known to be keen on ferries is Ada Moss, who bought two boats in 2012.")["quotes"]


def test_a_main_verb_read_as_a_participle_after_a_name_is_the_names(extract):
    record = extract(
        "Adeyemi, who has championed the pier since it was first proposed in 2023, posted on X shortly after "
        'midnight: "Sixteen months, forty-one meetings, one vote. Worth it."'
    )
    assert speaker_name(record, quote_with(record, "Worth it")) == "Adeyemi"
