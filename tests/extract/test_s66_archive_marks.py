"""Session 66: archive copy that writes quote marks as double primes (″like this″) has its quotes read (rule
quote.double-prime-marks); a double prime after a number stays inches. Seen in wire archives of the 1990s stored as
web pages. Sentences written for these tests (names invented)."""


def _quotes(record: dict) -> list[tuple[str, str]]:
    return [(q["kind"], q["content"]["text"]) for q in record["quotes"]]


def test_double_primes_as_quote_marks_make_a_direct_quote(extract):
    record = extract("″We will not accept this proposal,″ Foreign Minister Ana Ruiz said on Monday.")
    assert _quotes(record) == [("direct", "″We will not accept this proposal,″")]
    (quote,) = record["quotes"]
    speaker = next(a for a in record["actors"] if a["id"] == quote["speaker_actor"])
    assert speaker["name"] == "Ana Ruiz"


def test_a_quoted_phrase_in_double_primes_ends_where_its_mark_closes_it(extract):
    record = extract(
        "Foreign Minister Ana Ruiz said: ″We will not accept this proposal.″ She left for Lima on Tuesday."
    )
    assert _quotes(record) == [("direct", "″We will not accept this proposal.″")]


def test_inches_beside_a_quote_in_double_primes_are_still_inches(extract):
    record = extract("″The 12″ guns are ready,″ Foreign Minister Ana Ruiz said on Monday.")
    assert _quotes(record) == [("direct", "″The 12″ guns are ready,″")]


def test_a_double_prime_after_a_figure_before_a_comma_closes_the_quote(extract):
    record = extract("″The death toll has risen to 25″, Foreign Minister Ana Ruiz said on Monday.")
    assert _quotes(record) == [("direct", "″The death toll has risen to 25″")]
