"""Round fifty-five: two faults a reader proved in round fifty-four's rules, mended. An ellipsis before a
capitalised word ends a sentence, so a reporting verb in the next one does not take both; a signature line under a
story's own long paragraph signs nothing (rule quote.embedded-post-above takes only what a post can hold). Tested
on sentences written for these tests (names invented)."""

from tests.conftest import quote_with


def test_an_ellipsis_before_a_capitalised_word_ends_the_sentence_before_an_attribution(extract):
    record = extract(
        "He said he was ready to wait… The two sides will meet again in Oslo next month, the ministry said."
    )
    quote = quote_with(record, "The two sides will meet again")
    assert "ready to wait" not in quote["content"]["text"]
    assert quote["speaker"]["text"] == "the ministry"


def test_an_ellipsis_inside_a_quotation_leaves_the_quotation_whole(extract):
    record = extract('"We waited for hours… It raises a lot of questions," Ada Moss said on Monday.')
    quote = quote_with(record, "It raises a lot of questions")
    assert "We waited for hours" in quote["content"]["text"]


def test_an_ellipsis_before_a_name_is_words_left_out_of_one_sentence(extract):
    record = extract("The minister said the talks with … Norway would resume in May.")
    quote = quote_with(record, "would resume in May")
    assert "the talks with" in quote["content"]["text"]


def test_a_signature_line_under_a_long_paragraph_of_the_story_signs_nothing(extract):
    paragraph = (
        "The harbour authority said on Monday that the fishing quotas agreed last year would stay in force until "
        "the two governments finished their review, which officials expect to take at least another six months "
        "because the data from the northern grounds arrived late and the scientists asked for a second survey "
        "of the spawning stock before any new figure is set for the coming seasons."
    )
    record = extract(f"{paragraph}\n— Ada Moss (@AdaMoss) May 2, 2021\nThe two sides agreed to meet again.")
    assert not any(
        "harbour authority" in q["content"]["text"] and "Moss" in (q["speaker"] or {}).get("text", "")
        for q in record["quotes"]
    )


def test_a_that_clause_the_parser_hung_on_whom_the_minister_assured_is_what_he_said(extract):
    record = extract(
        "Finance Minister Ravi Menon assured the delegation that the new tariff on imported steel would be "
        "reviewed in March."
    )
    quote = quote_with(record, "the new tariff on imported steel would be reviewed")
    assert quote["speaker"]["text"] == "Finance Minister Ravi Menon"


def test_a_credit_glued_by_an_underscore_is_no_part_of_the_speakers_name(extract):
    record = extract(
        "Harbour News Service (HNS)_Sheikh Omar bin Khalid called on the council to reopen the port, the ministry said."
    )
    assert any(a["name"] == "Omar bin Khalid" for a in record["actors"])
    assert not any("HNS)" in a["name"] for a in record["actors"])
