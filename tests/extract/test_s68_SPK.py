"""Quote speakers (session 68, helper SPK): the subject of a speech verb speaks in a clause "according to" passes on
(rule quote.channel-not-speaker); "cited X as saying" is X's (rule quote.cited-as-saying); a report's content ends
before a joined "quoted X as saying" (rule quote.quoting-conjunct); a "he" right after words a name the tagger took
for a body's said is that name (rule pronoun.name-taken-for-body); a name signing quoted words off is their writer
(rule speaker.signs-off); an app is never a person. On sentences written for these tests (names invented)."""

from __future__ import annotations

PUBLISHED = "2026-03-12"


def said(record: dict) -> list[tuple[str | None, str]]:
    """(speaker's actor name, content) of every quote."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [(names.get(q.get("speaker_actor")), q["content"]["text"]) for q in record["quotes"]]


def speaker_of(record: dict, words: str) -> str | None:
    """The name of the actor who says the first quote whose content holds ``words``."""
    return next(name for name, content in said(record) if words in content)


def relayed_by(record: dict, words: str) -> str | None:
    names = {a["id"]: a["name"] for a in record["actors"]}
    quote = next(q for q in record["quotes"] if words in q["content"]["text"])
    return names.get(quote.get("relayed_by"))


# --- quote.cited-as-saying, quote.quoting-conjunct --------------------------------------------------------------


def test_cited_as_saying_is_the_words_of_the_one_cited(extract):
    r = extract(
        "The Harbour Star cited two officials close to the mayor as saying that the ferry would run until May.",
        published=PUBLISHED,
    )
    assert said(r) == [("two officials close to the mayor", "that the ferry would run until May")]


def test_citing_a_ground_is_still_the_citers(extract):
    r = extract("The mayor said the talks failed, citing rising costs.", published=PUBLISHED)
    assert said(r) == [("mayor", "the talks failed"), ("mayor", "rising costs")]


def test_a_report_ends_before_a_joined_quoting_verb(extract):
    r = extract(
        "The Harbour Star also reported that Norland and Varnia were expected to meet last week in the Tarsa region, "
        'but quoted a second source as saying, "It is unclear whether the talks took place."',
        published=PUBLISHED,
    )
    assert said(r) == [
        ("Harbour Star", "that Norland and Varnia were expected to meet last week in the Tarsa region"),
        ("second source", '"It is unclear whether the talks took place."'),
    ]


def test_a_report_ends_before_a_joined_quoting_verb_without_quote_marks(extract):
    r = extract(
        "The paper reported that Norland and Varnia were expected to meet last week in Tarsa, and quoted a second "
        "source as saying the talks had been put off.",
        published=PUBLISHED,
    )
    assert speaker_of(r, "the talks had been put off") == "second source"
    assert said(r)[0] == ("paper", "that Norland and Varnia were expected to meet last week in Tarsa")
