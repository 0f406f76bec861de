"""Speakers found in round nineteen of the recall work (issue 13), on sentences written for these tests: a
subject the parse hung on an earlier phrase as an apposition."""

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from backchannel.extract.reporting_verbs import speech_verb_finding
from backchannel.extract.speaker_spans import speaker_span
from tests.conftest import quote_with


@pytest.mark.parametrize(
    ("sentence", "fragment", "speaker"),
    [
        (
            "In a call with reporters on Friday, Col. Ada Brekke, an army spokeswoman in Tromsø, said the raid "
            "was over.",
            "raid was over",
            "Col. Ada Brekke, an army spokeswoman in Tromsø",
        ),
        (
            "Besides Mayor Lund, two Green councillors from Tromsø, Ada Moss and Piet Tolland, have said they oppose "
            "the levy.",
            "oppose the levy",
            "two Green councillors from Tromsø, Ada Moss and Piet Tolland",
        ),
    ],
)
def test_a_subject_hung_on_the_phrase_before_it_is_the_speaker(extract, sentence, fragment, speaker):
    # quote.apposed-subject: up from a place at the end of the apposition; past "have"; the people in apposition
    # to a name inside a phrase of its own
    quote = quote_with(extract(f"Port news.\n\n{sentence}"), fragment)
    assert quote["speaker"]["text"] == speaker


def reparsed(nlp: Language, text: str, changes: dict[int, tuple[int, str]]) -> Doc:
    """``text`` as the model parses it, with the heads and labels of some words changed to the ones the parser
    gave a sentence of the same shape in the news."""
    parsed = nlp(text)
    heads = [t.head.i for t in parsed]
    deps = [t.dep_ for t in parsed]
    for i, (head, dep) in changes.items():
        heads[i], deps[i] = head, dep
    ents = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in parsed]
    return Doc(
        nlp.vocab,
        words=[t.text for t in parsed],
        spaces=[bool(t.whitespace_) for t in parsed],
        heads=heads,
        deps=deps,
        pos=[t.pos_ for t in parsed],
        tags=[t.tag_ for t in parsed],
        lemmas=[t.lemma_ for t in parsed],
        ents=ents,
        sent_starts=[t.i == 0 for t in parsed],
    )


def test_a_participle_is_not_taken_for_the_main_verb(extract):
    # quote.misread-main-verb is for finite verbs: "…, saying that …" after the noun's clause is the subject's
    record = extract(
        "Port news.\n\nContinuing to explain her view, Moss rejected the notion that the strike should be "
        'forgotten, saying that if she "found something that was wrong, I would fix it."'
    )
    assert quote_with(record, "fix it")["speaker"]["text"] == "Moss"


def test_a_place_taken_for_a_second_subject_gives_way_to_the_speaker(nlp):
    # quote.split-subject: the parse hung "Hampshire" on "went" as its subject, beside "Moss"
    text = "Speaking in Salem, New Hampshire, Moss went after Hale, calling him a coward."
    doc = reparsed(nlp, text, {5: (8, "nsubj")})
    assert [t.text for t in doc[8].children if t.dep_ == "nsubj"] == ["Hampshire", "Moss"]
    assert speaker_span(doc[12]).text == "Moss"


def test_pieces_of_one_subject_make_one_phrase(nlp, extract):
    # quote.split-subject: "ex", "-" and "wife" each taken for a subject of "said"; a list split at its comma
    quote = quote_with(extract("Port news.\n\nHis ex-wife said she would stay."), "would stay")
    assert quote["speaker"]["text"] == "His ex-wife"
    text = "The family, neighbours and pastors have demanded that the police release the video."
    doc = reparsed(nlp, text, {3: (7, "nsubj")})
    assert speaker_span(doc[7]).text == "The family, neighbours and pastors"


def test_a_name_closed_by_a_comma_is_not_a_piece_of_the_subject_after_it(extract):
    # quote.split-subject: "Berg-Lund" and "authority" both subjects of "said"; the comma the parse hung on the
    # name still parts them, so the subject nearest the verb speaks
    record = extract(
        "Port news.\n\nIn a statement signed by its director of communications, Tomas Berg-Lund, the port "
        "authority said a routine inspection had found that the ferry was overloaded."
    )
    assert quote_with(record, "routine inspection")["speaker"]["text"] == "the port authority"


def test_a_participle_on_the_clause_of_an_object_goes_with_the_verb(nlp):
    # quote.participle-climbs: "explaining" hung on "coming", the clause of "the notion"
    text = "Hale denied the notion that a shake-up is coming, explaining that he was away."
    doc = reparsed(nlp, text, {12: (10, "advcl")})
    assert doc[12].head.text == "coming" and doc[10].dep_ == "acl"
    assert speaker_span(doc[12]).text == "Hale"


@pytest.mark.parametrize(
    ("sentence", "fragment", "speaker"),
    [
        (
            "The harbour board derided the plan as costly, but Mayor Moss learned from the experience.",
            "as costly",
            "The harbour board",
        ),
        (
            "Ferry operators usually profit from the summer rush, yet Ada Moss continually brags about her fleet.",
            "her fleet",
            "Ada Moss",
        ),
    ],
)
def test_a_clause_joined_by_a_conjunction_does_not_report_the_one_before(extract, sentence, fragment, speaker):
    # quote.content-first: "…, but X learned …", "…, yet X brags …" tell of X, not of what X said
    record = extract(f"Port news.\n\n{sentence}")
    [quote] = record["quotes"]
    assert fragment in quote["content"]["text"]
    assert quote["speaker"]["text"] == speaker


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "Hale resigned on Monday, and his deputy, Ada Moss, said in a statement.",
            "Hale resigned",
            "his deputy, Ada Moss",
        ),
        ("The ferry will not run this winter, and the mayor has confirmed.", "The ferry will not run", "the mayor"),
        ("The plan is dead, but Moss said the fares would fall.", "the fares would fall", "Moss"),
    ],
)
def test_a_joined_clause_that_only_attributes_still_reports(extract, sentence, content, speaker):
    # quote.content-first: "…, and X said in a statement" has nothing of its own to report
    quote = quote_with(extract(f"Port news.\n\n{sentence}"), content)
    assert quote["speaker"]["text"] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Ada Moss called Hale on Tuesday.",
        "Mayor Ada Moss called Mr. Lund after the vote.",
        "Ada Moss wrote to investors on Monday.",
        "Hale wrote on Facebook.",
    ],
)
def test_a_call_or_a_letter_with_no_words_reported_is_no_quote(extract, sentence):
    # quote.call-without-name, quote.written-where
    assert extract(f"Port news.\n\n{sentence}")["quotes"] == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Mayor Ada Moss called Hale a coward.", "Hale a coward"),
        ("Ada Moss wrote on Brexit for the Gazette.", "on Brexit"),
        ("Hale called Moss Pocahontas at the rally.", "Moss Pocahontas"),
        ("Ada Moss tweeted a link to a story about the strike.", "a link to a story about the strike"),
    ],
)
def test_what_was_called_or_written_is_still_reported(extract, sentence, content):
    # quote.call-without-name, quote.written-where: a name given, a topic, a "to" that belongs to the object
    [quote] = extract(f"Port news.\n\n{sentence}")["quotes"]
    assert content in quote["content"]["text"]


def test_whom_a_letter_went_to_is_not_what_it_said(extract):
    # quote.written-where
    [quote] = extract("Port news.\n\nAda Moss wrote to the mayor about the fares.")["quotes"]
    assert "mayor" not in quote["content"]["text"]
    assert "the fares" in quote["content"]["text"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ferry crews, many of them part-time, said they would strike.", "Ferry crews"),
        ("Her ex-husband, a pilot, said the ferry was unsafe.", "Her ex-husband, a pilot"),
    ],
)
def test_an_aside_after_the_subject_is_not_the_speaker(extract, sentence, speaker):
    # quote.split-subject: an aside set off by commas before the verb gives way to the subject; no trailing comma
    [quote] = extract(f"Port news.\n\n{sentence}")["quotes"]
    assert quote["speaker"]["text"] == speaker


def test_a_bare_attribution_the_parser_joined_with_and_still_reports(nlp):
    # quote.content-first: the parse hung "and" on "reached" and "said" on it as a second predicate, with the
    # counterpart as its subject; "said in a statement" only attributes, so the words before it are reported,
    # by the phrase after the last comma
    text = (
        "The agreement was reached on Tuesday in a call between Ada Moss, and her Danish counterpart, Piet Tolland, "
        "the Norwegian Navy said in a statement."
    )
    doc = reparsed(
        nlp, text, {3: (3, "ROOT"), 16: (24, "nsubj"), 24: (3, "conj"), 23: (16, "appos"), 20: (19, "punct")}
    )
    assert doc[24].dep_ == "conj" and doc[13].head.i == 3
    finding = speech_verb_finding(doc[24], doc[24].sent)
    assert finding is not None
    assert finding.speaker.text == "the Norwegian Navy"
    assert doc.text[finding.ranges[0][0] :].startswith("The agreement was reached")


@pytest.mark.parametrize(
    ("sentence", "fragment", "speaker"),
    [
        ("Moss can be heard telling the officers that the ferry was late.", "ferry was late", "Moss"),
        ("Hale was caught on tape saying the fares would double.", "fares would double", "Hale"),
        ("The camera caught Hale saying the fares would double.", "fares would double", "Hale"),
        ("The harbour master watched the vote, saying the result was fair.", "result was fair", "The harbour master"),
    ],
)
def test_one_heard_or_seen_saying_something_says_it(extract, sentence, fragment, speaker):
    # quote.seen-saying: the participle of "heard", "caught" is the words of the one heard or caught, the
    # passive's subject or the object before it; after a comma it is still the subject's own remark
    quote = quote_with(extract(f"Port news.\n\n{sentence}"), fragment)
    assert quote["speaker"]["text"] == speaker
