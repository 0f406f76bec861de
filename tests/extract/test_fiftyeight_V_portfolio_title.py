"""Round fifty-eight (V): a minister whose title gives the brief after "for" ("Minister for Foreign Affairs X") got
no title at all, so a later "the Deputy Premier said" or "the minister said" named no one but the title itself
(rule actor.portfolio-after-for; the title joined before by "and" then reaches the name through
actor.joined-title). Sentences written for these tests (names invented)."""

from tests.conftest import actor_named, quote_with, speaker_name

CHAIN = (
    "Deputy Premier and Minister for Trade Orla Brennick arrived in Valletta on Monday for two days of talks.\n\n"
    '"We are ready to sign the accord this week," the Deputy Premier said.\n'
)


def test_chained_titles_reach_the_name(extract):
    record = extract(CHAIN)
    titles = actor_named(record, "Orla Brennick")["titles"]
    assert "Minister for Trade" in titles and "Deputy Premier" in titles
    assert speaker_name(record, quote_with(record, "ready to sign")) == "Orla Brennick"


def test_brief_after_for_at_sentence_start(extract):
    record = extract("Minister for Foreign Affairs Tavish Oyelaran met his Danish counterpart on Monday.\n")
    assert "Minister for Foreign Affairs" in actor_named(record, "Tavish Oyelaran")["titles"]


def test_another_office_after_for_is_not_taken(extract):
    # "for" after a verb, and the words after it end in a title noun: the person's title is that office alone
    record = extract("Voters who campaigned for Education Secretary Tavish Oyelaran were pleased on Monday.\n")
    assert actor_named(record, "Tavish Oyelaran")["titles"] == ["Education Secretary"]
