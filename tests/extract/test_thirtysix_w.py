"""Speaker spans from round thirty-six (helper W): the mention a reporting cue attaches to, found by error
analysis of PolNeAR train; tested on sentences written for these tests."""


def quote_spans(record: dict) -> list[tuple[str, str | None]]:
    return [(q["content"]["text"], (q.get("speaker") or {}).get("text")) for q in record["quotes"]]


def test_a_name_the_parser_hung_elsewhere_after_an_inverted_verb_speaks(extract):
    # quote.inverted-name-run: the tagger reads "Brightly" as an adverb, so "said" has no subject in the parse
    record = extract(
        "The ferry board met on Monday.\n\n"
        "“Having the night crossing is valuable,” said Brightly, explaining he had worked the route for years."
    )
    spans = quote_spans(record)
    assert ("“Having the night crossing is valuable,”", "Brightly") in spans, spans


def test_no_name_run_after_an_inverted_verb_of_time_or_place(extract):
    record = extract("The ferry board met on Monday.\n\n“We will keep the night crossing,” said in a statement.")
    assert all(s is None or "statement" not in s for _, s in quote_spans(record)), quote_spans(record)


def test_after_leave_the_people_left_doing_it_speak(extract):
    # quote.left-doing: "left X wondering …" is what X does; "left the room saying …" stays the subject's
    record = extract(
        "The ferry closures have left 62 percent of islanders saying the service is getting worse.\n\n"
        "Ada Moss left the harbour office saying that she would appeal."
    )
    spans = quote_spans(record)
    assert ("the service is getting worse", "62 percent of islanders") in spans, spans
    assert ("that she would appeal", "Ada Moss") in spans, spans


def test_a_follow_on_quote_is_introduced_by_the_sentence_before_it_on_the_same_speaker(extract):
    # quote.continued-intro: the sentence right before the quote, whose subject is the speaker who goes on
    record = extract(
        "Harbour master Ada Moss spoke at the pier on Monday.\n\n"
        "“We cannot keep the night crossing,” Moss said. “The money is gone.”\n\n"
        "Moss then turned on the board.\n\n"
        "“They sold the second ferry and told nobody.”"
    )
    quote = next(q for q in record["quotes"] if q["content"]["text"].startswith("“They sold"))
    assert quote["speaker"]["start"] == record["article"]["text"].index("Moss then"), quote
    assert quote["cue"]["text"].startswith("turned"), quote


def test_a_follow_on_quote_keeps_its_attribution_when_the_sentence_before_is_someone_elses(extract):
    record = extract(
        "Harbour master Ada Moss spoke at the pier on Monday.\n\n"
        "“We cannot keep the night crossing,” Moss said. The crowd fell silent.\n\n"
        "“They sold the second ferry and told nobody.”"
    )
    quote = next(q for q in record["quotes"] if q["content"]["text"].startswith("“They sold"))
    assert quote["cue"]["text"] == "said", quote


def test_a_quote_is_told_by_a_verb_after_a_long_described_subject(extract):
    # quote.long-subject-after: the name and its description run past the window a cue is looked for in
    record = extract(
        "The board met.\n\n"
        "“If I were running the ferry, would I wish that I had kept more crossings? Absolutely,” Odile Fenwick, "
        "an Eastport harbour consultant and former adviser to Governor Ines Varga, said of the board."
    )
    spans = quote_spans(record)
    assert any(c.startswith("“If I were") and s and s.startswith("Odile Fenwick") for c, s in spans), spans


def test_a_quote_in_the_same_paragraph_goes_on_with_the_attribution_before(extract):
    record = extract(
        "Harbour master Ada Moss spoke at the pier on Monday.\n\n"
        "“We cannot keep the night crossing,” said Ada Moss, who runs the harbour. A pilot for 20 years, she "
        "plans to retire next spring. “They sold the second ferry and told nobody.”"
    )
    quote = next(q for q in record["quotes"] if "They sold" in q["content"]["text"])
    assert quote["cue"]["text"] == "said", quote


def test_leaving_a_thing_is_no_one_left_doing(extract):
    record = extract("The debate was long. You could leave it thinking that the mayor is fine with the closure.")
    spans = quote_spans(record)
    assert not any(s == "it" for _, s in spans), spans


def test_a_name_alone_before_a_colon_labels_the_quote(extract):
    # quote.name-label: after a headline's dash, after "More from", after the quote before
    record = extract(
        "The ferry poll was out on Monday.\n\n"
        "FERRY POLLS NOT WRONG, JUST EARLY - Odile Fenwick and Tomas Berg: “Although the polls missed the "
        "result, they were close.”\n\n"
        "The two candidates reject the closure.\n\n"
        'Varga: "Our goal is to keep the night crossing running." Moss: "The mission is to save the pier."'
    )
    spans = quote_spans(record)
    assert any(c.startswith("“Although") and s == "Odile Fenwick and Tomas Berg" for c, s in spans), spans
    assert any(c.startswith('"The mission') and s == "Moss" for c, s in spans), spans


def test_a_place_is_no_label_and_no_one_left_doing(extract):
    record = extract(
        "Residents fighting the pier plan met the council leader on Monday, but left Eastport Town Hall saying "
        "they were no further forward.\n\n"
        "As one fisher, Ada Moss, put it to me on the phone from Karasjok: “They talked about our coast as if it "
        "were an empty map.”"
    )
    spans = quote_spans(record)
    assert not any(s and "Town Hall" in s for _, s in spans), spans
    assert not any(s == "Karasjok" for _, s in spans), spans


def test_a_name_label_wins_over_the_verb_of_the_headline_it_closes(extract):
    # quote.name-label before a reporting verb earlier on the line ("Pollsters agree")
    record = extract(
        "The ferry poll was out on Monday.\n\n"
        "Pollsters agree - Odile Fenwick: “One of the biggest lessons of the vote is that turnout decides it.”"
    )
    spans = quote_spans(record)
    assert any(c.startswith("“One of") and s == "Odile Fenwick" for c, s in spans), spans
