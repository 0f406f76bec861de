"""Royals named by style and realm ("King Omar of Saudi Arabia", rule actor.royal-of-a-state), and no sentence
cut after a bracketed short form ("the Republic of Korea (ROK) Kim Do-yun") (session 63, helper L); on sentences
written for these tests (names invented)."""

from tests.conftest import actor_named, events_with

PUBLISHED = "2026-03-12"


def test_a_king_of_a_realm_of_two_words_is_named_without_of(extract):
    """ "King Faisal of Saudi Arabia": the tagger takes "of" into the name; the king is Faisal, of Saudi Arabia."""
    r = extract("President Lena Ostrom telephoned King Faisal of Saudi Arabia on Monday.", published=PUBLISHED)
    king = actor_named(r, "Faisal")
    assert king["country"] == "SAU"
    assert not any(a["name"].endswith(" of") for a in r["actors"])
    assert events_with(r, "Lena Ostrom", "Faisal")


def test_a_king_the_tagger_misses_is_named_by_style_and_realm(extract):
    """ "King Omar of Saudi Arabia": the tagger leaves "Omar" untagged; he is a person, of Saudi Arabia, and the
    one called (rule actor.royal-of-a-state)."""
    r = extract("President Lena Ostrom telephoned King Omar of Saudi Arabia on Monday.", published=PUBLISHED)
    assert actor_named(r, "Omar")["country"] == "SAU"
    assert events_with(r, "Lena Ostrom", "Omar")


def test_a_place_named_after_a_king_is_no_royal(extract):
    """ "King Abdullah Economic City of Saudi Arabia": more than a name between the style and the realm."""
    r = extract("The delegation toured King Abdullah Economic City of Saudi Arabia on Monday.", published=PUBLISHED)
    assert not any(a["kind"] == "person" and "Economic" in a["name"] for a in r["actors"])


LISTED_AFTER_SHORT_FORM = (
    "On November 15, Chinese Foreign Minister Chen Wei, who was attending the ministerial meeting in Busan, met "
    "respectively with Minister of Foreign Affairs and Trade of the Republic of Korea (ROK) Kim Do-yun, Foreign "
    "Minister of Singapore Tan Boon Keat and Foreign Minister of New Zealand Grant Haddon."
)


def test_no_sentence_starts_after_a_bracketed_short_form(nlp):
    """ "the Republic of Korea (ROK) Kim Do-yun": the parser ended the sentence at the bracket and lost the list of
    those met; the name goes on in the sentence (nlp component names_after_titles)."""
    doc = nlp(LISTED_AFTER_SHORT_FORM)
    after = next(t for t in doc if t.text == ")").i + 1
    assert not doc[after].is_sent_start


def test_an_agency_in_brackets_after_a_place_is_no_short_form(nlp):
    """ "in Geneva (AFP) Aldo Berri said": the agency's letters are not the place's; the sentence the parser starts
    after it stays."""
    doc = nlp("Talks resumed in Geneva (AFP) Aldo Berri said on Monday.")
    after = next(t for t in doc if t.text == ")").i + 1
    assert doc[after].is_sent_start
