"""Speakers and explanations from round twenty-one of the recall work (issue 13), on sentences written for
these tests."""

import pytest

from backchannel.extract.content_bounds import continued_clause
from tests.extract.test_quote_speakers_nineteen import reparsed


def speakers(record: dict) -> list[str | None]:
    return [(q.get("speaker") or {}).get("text") for q in record["quotes"]]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Sen. Ada Moss (D-Wash.) said the ferry fares were too high.", "Sen. Ada Moss (D-Wash.)"),
        (
            "In Salem, after winning the primary, Gov. Ada Moss (D-OR), said, “We will build the bridge.”",
            "Gov. Ada Moss (D-OR)",
        ),
        ("“The pier is unsafe,” said Rep. Ada Moss (R-Ore.), who chairs the harbour panel.", "Rep. Ada Moss (R-Ore.)"),
    ],
)
def test_a_speaker_closes_the_bracket_it_opens(extract, sentence, speaker):
    assert speakers(extract(f"Port news.\n\n{sentence}")) == [speaker]


def test_a_closed_aside_in_brackets_stays_out_of_the_speaker(extract):
    assert speakers(extract("Port news.\n\nLund (who chairs the harbour panel) said the pier was unsafe.")) == ["Lund"]


def test_a_clause_misread_as_a_modifier_is_not_part_of_the_speaker(extract):
    # quote.misread-modifier: "captured" is parsed as a modifier of "Hale", with "Footage" its subject
    record = extract("Port news.\n\nFootage captured Hale telling reporters that the pier was unsafe.")
    assert speakers(record) == ["Hale"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # quote.modifier-infinitive: the infinitive hangs on a word that modifies the verb
        (
            "The harbour officials this week detailed the plan, eager to show that their work is solid.",
            "The harbour officials",
        ),
        ("Tom Lee went so far as to say that the ferry plan is dead.", "Tom Lee"),
        # quote.object-infinitive: the infinitive hangs on the verb's object, a noun that names no one
        ("Large ferry firms are taking pains to say they are not backing any candidate.", "Large ferry firms"),
    ],
)
def test_an_infinitive_on_a_modifier_or_an_object_speaks_for_the_verbs_subject(extract, sentence, speaker):
    record = extract(f"Port news.\n\n{sentence}")
    assert [q["speaker"]["text"] for q in record["quotes"] if q["cue"]["text"].startswith("to ")] == [speaker]


def test_no_one_is_the_speaker_of_an_infinitive_under_it(extract):
    assert speakers(extract("Port news.\n\nIt is too early to say whether the pier will close.")) == [None]


def test_a_statement_read_after_a_quote_is_its_speaker(extract):
    # quote.read-inverted: not the speaker of the quote before it
    record = extract(
        "Port news.\n\n“The pier is safe,” Lee said on Monday.\n\n"
        "“We will cut costs where we can,” read the statement. “And we will hire no one.”"
    )
    assert speakers(record)[1:] == ["the statement"]


def test_a_person_read_after_a_quote_reads_it_aloud(extract):
    record = extract("Port news.\n\nThe clerk stood up. “We will not pay,” she read.")
    assert speakers(record) == ["she"]


@pytest.mark.parametrize(
    ("signature", "speaker"),
    [("- Ruiz.", "Ruiz"), ("– Tom Baxter", "Tom Baxter"), ("- Senator Ada Moss.", "Senator Ada Moss")],
)
def test_a_quote_signed_by_a_person_on_the_next_line_is_theirs(extract, signature, speaker):
    # quote.dash-signed, the name on a line of its own after the quotation
    named = "Councillors Tom Baxter, Ada Moss and Maria Ruiz spoke."
    text = f"Port news.\n\n{named}\n\n“The ferries are late again and nobody cares.”\n\n{signature}"
    assert speakers(extract(text)) == [speaker]


@pytest.mark.parametrize("signature", ["- Chapter Two.", "- Reuters."])
def test_a_dash_before_a_heading_or_an_agency_signs_nothing(extract, signature):
    text = f"Port news.\n\n“The ferries are late again and nobody cares.”\n\n{signature}"
    assert speakers(extract(text)) == [None]


def contents(record: dict) -> list[str]:
    return [q["content"]["text"] for q in record["quotes"]]


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "The harbour master said the ferry would resume in May and said the new pier would cost less than planned.",
            "the ferry would resume in May",
            "the new pier would cost less than planned",
        ),
        (
            "Moss acknowledged that the budget was tight but did not suggest the pier would close.",
            "that the budget was tight",
            "the pier would close",
        ),
    ],
)
def test_a_second_verb_of_saying_with_its_own_clause_is_a_second_quote(extract, sentence, first, second):
    # quote.second-predicate: a finite clause without "that" after a verb of saying, or a verb made finite by its
    # auxiliary, is what the second verb reports
    assert contents(extract(f"Port news.\n\n{sentence}")) == [first, second]


def test_an_infinitive_after_a_verb_of_expecting_stays_in_the_first_content(extract):
    record = extract("Port news.\n\nMoss said the fares would rise and expected the board to approve them.")
    assert contents(record) == ["the fares would rise and expected the board to approve them"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The results arrived too late to say whether the pier was safe.",  # an idiom of timing
        "Ortiz's rivals seized on her refusal to say whether she backed the levy.",  # her refusal, not theirs
        "The audit found no evidence to suggest that the funds were misused.",  # no evidence suggests
        "Unions have stepped up pressure on the firm to say whether jobs will go.",  # the firm is to say
    ],
)
def test_an_infinitive_someone_else_owns_gets_no_speaker_from_the_verb(extract, sentence):
    assert speakers(extract(f"Port news.\n\n{sentence}")) == [None]


@pytest.mark.parametrize(
    "signature",
    ["— By Ada Moss", "- Tom Baxter, harbour master, will present the plan."],
)
def test_a_byline_or_a_list_item_after_a_quoted_line_signs_nothing(extract, signature):
    text = f"Port news.\n\nCouncillors Tom Baxter and Ada Moss spoke.\n\n“The ferry that never came”\n\n{signature}"
    assert all(q["speaker"] is None for q in extract(text)["quotes"])


def test_a_dash_line_after_narration_signs_no_quote_of_it(extract):
    text = "Port news.\n\n“The ferry is late,” Calder said. “It is always late.”\n\n— Tom Baxter"
    assert "Tom Baxter" not in speakers(extract(text))


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        ("A video shows Hale telling reporters that the pier was unsafe.", "Hale", "that the pier was unsafe"),
        ("The recording shows Moss saying the ferry would be late.", "Moss", "the ferry would be late"),
    ],
)
def test_one_shown_speaking_is_the_speaker_not_the_video(extract, sentence, speaker, content):
    # quote.shown-saying
    quotes = extract(f"Port news.\n\n{sentence}")["quotes"]
    assert [(q["speaker"]["text"], q["content"]["text"]) for q in quotes] == [(speaker, content)]


def test_a_photo_of_someone_standing_still_shows_it(extract):
    quotes = extract("Port news.\n\nA photo shows Hale standing on the pier.")["quotes"]
    assert [q["speaker"]["text"] for q in quotes] == ["A photo"]


@pytest.mark.parametrize(
    ("after", "speaker"),
    [("Moss said.", "Moss"), ("She said so again on Monday.", "She")],
)
def test_a_bare_attribution_after_a_full_stop_inside_the_marks_is_the_quotes(extract, after, speaker):
    # quote.attribution-after-full-stop
    text = f"Port news.\n\nLund spoke later.\n\n“I hope the pier holds. We need it.” {after}"
    assert speakers(extract(text)) == [speaker]


@pytest.mark.parametrize(
    "after",
    ["He said it on Monday.", "The board said the fares would rise."],
)
def test_a_sentence_reporting_its_own_content_is_not_the_attribution(extract, after):
    quotes = extract(f"Port news.\n\nThe mayor called the ferry “a triumph.” {after}")["quotes"]
    assert quotes[0]["speaker"]["text"] == "The mayor"


@pytest.mark.parametrize("title", ["Dr.", "Col."])
def test_a_dash_signature_may_open_with_an_abbreviated_title(extract, title):
    named = f"{title} Omar Field of the University of Leeds spoke to the council."
    text = (
        f"Port news.\n\n{named}\n\n“The harbour silt is rising faster than anyone modelled.”\n\n"
        f"― {title} Omar Field, Leeds"
    )
    assert speakers(extract(text)) == [f"{title} Omar Field"]


@pytest.mark.parametrize(
    "sentence", ["This is a fight the pilots never asked for.", "That is a view most pilots would disagree with."]
)
def test_a_stranded_preposition_is_no_content(extract, sentence):
    # quote.stranded-preposition
    assert contents(extract(f"Port news.\n\n{sentence}")) == []


def test_a_preposition_with_its_object_is_still_reported(extract):
    assert contents(extract("Port news.\n\nThe pilots asked for a new ferry.")) == ["a new ferry"]


@pytest.mark.parametrize(
    "sentence",
    ["Polls show Moss declining among young voters.", "Records show Hale posting the letter two days late."],
)
def test_one_shown_doing_something_other_than_speaking_is_not_quoted(extract, sentence):
    # quote.shown-saying needs words of the one shown: a clause or what they talk about
    assert speakers(extract(f"Port news.\n\n{sentence}")) == [sentence.split()[0]]


@pytest.mark.parametrize(
    "text",
    [
        "Hale's letter ended: “We need the pier.” Moss wrote back.",  # the quote has its cue before it
        "“I hope the pier holds. We need it.” Moss wrote for the Herald until 2019.",  # more than an attribution
        "“Get out.” Hale insisted on a recount.",
    ],
)
def test_a_sentence_after_a_full_stop_does_not_take_a_quote_it_does_not_only_attribute(extract, text):
    record = extract(f"Port news.\n\n{text}")
    assert not any(
        q["content"]["text"].startswith("“") and q["speaker"] and q["speaker"]["text"] in ("Moss", "Hale")
        for q in record["quotes"]
    )


@pytest.mark.parametrize("credit", ["— Photo. Ada Moss", "— Ed. Omar Field, Harbour Poems"])
def test_a_credit_label_before_a_name_signs_nothing(extract, credit):
    text = f"Port news.\n\nAda Moss and Omar Field were there.\n\n“The harbour silt is rising again.”\n\n{credit}"
    assert speakers(extract(text)) == [None]


def test_a_past_perfect_predicate_hung_on_the_reporting_verb_is_reported(nlp):
    # quote.backshifted-predicate, on the parse a sentence of this shape gets in the news: "sealed" hung on "said"
    doc = reparsed(
        nlp, "Moss said the cracks were minor and had been sealed within weeks.", {6: (1, "cc"), 9: (1, "conj")}
    )
    said, were = doc[1], doc[4]
    assert continued_clause(said, were) == doc[11].idx + len(doc[11])


def test_a_simple_past_act_hung_on_the_reporting_verb_is_not_backshifted(nlp):
    doc = reparsed(nlp, "Moss said the cracks were minor and left the pier.", {6: (1, "cc"), 7: (1, "conj")})
    assert continued_clause(doc[1], doc[4]) is None
