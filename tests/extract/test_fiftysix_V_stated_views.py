"""Round fifty-six (helper V): stated views missed by the start code. A stance word the tagger made a participle
after a copula ("is convinced the ferry will fail", "are worried the pier will close": rule
quote.stance-participle) and a verb of regarding whose object is a pronoun for the thing just told ("dock workers
see it as a threat": rule quote.seen-as-pronoun). Sentences written for these tests (names invented)."""

from tests.conftest import quote_with


def _speaker_text(quote: dict) -> str:
    return (quote.get("speaker") or {}).get("text") or ""


def test_convinced_with_a_bare_clause_is_the_subjects_view(extract):
    # the parser hangs "Moss" on "is", not on the participle
    record = extract("Moss is convinced the ferry will fail.")
    quote = quote_with(record, "the ferry will fail")
    assert "Moss" in _speaker_text(quote)


def test_convinced_that_is_the_subjects_view(extract):
    record = extract("Most of the harbour pilots are convinced that the night ferry will stop running in May.")
    quote = quote_with(record, "the night ferry will stop running")
    assert "pilots" in _speaker_text(quote)


def test_worried_participle_gives_the_stance_to_the_copulas_subject(extract):
    record = extract("The harbour pilots are worried the night ferry will stop running in May.")
    quote = quote_with(record, "the night ferry will stop running")
    assert "pilots" in _speaker_text(quote)


def test_a_participle_with_no_clause_reports_nothing(extract):
    record = extract("The harbour pilots were worried by the strong winds on Tuesday.")
    assert not any("strong winds" in q["content"]["text"] for q in record["quotes"])


def test_it_as_a_threat_is_the_subjects_view(extract):
    record = extract("The council raised the ferry fares, and most dock workers see it as a threat to their jobs.")
    quote = quote_with(record, "as a threat to their jobs")
    assert quote["content"]["text"].startswith("it as")
    assert "dock workers" in _speaker_text(quote)


def test_that_as_a_long_shot_is_the_subjects_view(extract):
    record = extract("Diplomats in Valdora regard that as a long shot.")
    quote = quote_with(record, "as a long shot")
    assert "Diplomats" in _speaker_text(quote)


def test_a_relative_object_of_regarding_is_not_read(extract):
    record = extract("The harbour levy, which the board sees as unfair, ends in May.")
    assert not any(q["content"]["text"].startswith("which") for q in record["quotes"])


def test_a_passive_it_seen_as_is_not_read(extract):
    record = extract("The mayor skipped the launch of the ferry. It was seen as a snub to the pilots.")
    assert not any(q["content"]["text"].startswith("It") for q in record["quotes"])
