"""Quote speakers and quote bounds (session 70, helper SPK): glued and lost quote marks, speakers hung on the wrong
word, bodies told by a spokesman or a short description; on sentences written for these tests (names invented)."""

from tests.conftest import actor_named, actor_of, quote_with, speaker_name

PUBLISHED = "2026-03-12"


def test_closing_mark_glued_to_said_closes_the_quote(extract):
    """ "…all day,”said Pedro Alves": the closing mark glued to "said" (rule quote.glued-closing-mark) closes the
    quotation, so the quote is Alves's and the next one Ruiz's."""
    r = extract(
        "“We waited at the pier all day,”said Pedro Alves. “I walked two kilometers,” said Ana Ruiz.",
        published=PUBLISHED,
    )
    first = quote_with(r, "waited at the pier")
    assert first["content"]["text"] == "“We waited at the pier all day,”"
    assert speaker_name(r, first) == "Pedro Alves"
    assert speaker_name(r, quote_with(r, "two kilometers")) == "Ana Ruiz"


def test_straight_mark_glued_to_replied_closes_the_quote(extract):
    """'"No,"replied Tom Berg': a straight mark glued after a stop closes the quote left open."""
    r = extract('"No, not this week,"replied Tom Berg. He left at noon.', published=PUBLISHED)
    q = quote_with(r, "not this week")
    assert q["content"]["text"] == '"No, not this week,"'
    assert speaker_name(r, q) == "Tom Berg"


def test_comma_glued_before_an_opening_mark_still_opens(extract):
    """'said,"we stay"': the straight mark after a comma before a lower-case word opens a quotation (negative)."""
    r = extract('Tom Berg said,"we stay here until the end."', published=PUBLISHED)
    q = quote_with(r, "we stay here")
    assert q["content"]["text"] == '"we stay here until the end."'
    assert speaker_name(r, q) == "Tom Berg"


def test_replacement_characters_read_as_quote_marks(extract):
    """ "\ufffdI am sorry to tell you that …,\ufffd spokesman Alan Berg said": the replacement characters are quote
    marks (rule quote.replacement-marks), so the quotation is Berg's, not an indirect quote by "I"."""
    r = extract(
        "Talks ended late. \ufffdI am sorry to tell you that no deal was reached,\ufffd foreign ministry spokesman "
        "Alan Berg said. Ruiz\ufffds team left.",
        published=PUBLISHED,
    )
    q = quote_with(r, "no deal was reached")
    assert q["kind"] == "direct"
    assert q["content"]["text"].startswith("\ufffdI am sorry")
    assert speaker_name(r, q) == "Alan Berg"


def test_spokesman_for_a_named_body_speaks_as_the_body(extract):
    """ "A spokesman for Greenpeace International said": the body speaks (rule speaker.spokesman-for-body); "the
    spokesman" and "he" after it are the spokesman, by way of the body."""
    r = extract(
        "A spokesman for Greenpeace International said the ship would sail on Friday. The spokesman added that the "
        "crew was ready. He said it was late.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "ship would sail")) == "Greenpeace International"
    for words in ("crew was ready", "it was late"):
        spokesman = actor_of(r, quote_with(r, words)["speaker_actor"])
        assert spokesman["name"] == "spokesman for Greenpeace International"
        assert spokesman["via"] == actor_named(r, "Greenpeace International")["id"]


def test_spokeswoman_for_the_aid_agency_is_the_body_named_before(extract):
    """ "… through the Red Cross, and a spokeswoman for the aid agency said": the Red Cross."""
    r = extract(
        "Talks were carried through the Red Cross, and a spokeswoman for the aid agency said on Monday it hoped "
        "they would go on.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "hoped they would go on")) == "Red Cross"


def test_spokesman_for_a_person_or_a_state_is_not_a_body(extract):
    """ "A spokesman for Premier Tom Vale", "a spokesman for Germany": left as unnamed spokesmen (negative)."""
    r = extract(
        "A spokesman for Premier Tom Vale said the deal was off. A spokesman for Germany said the talks were over.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "deal was off")) == "spokesman for Premier Tom Vale"
    assert speaker_name(r, quote_with(r, "talks were over")) == "spokesman for Germany"


def test_the_states_ministry_is_the_ministry_named_before(extract):
    """ "the Chilean ministry said" after "The Chilean Interior Ministry": that ministry (rule
    speaker.states-ministry-named-before)."""
    r = extract(
        "The Chilean Interior Ministry issued a statement on Monday. “We will not comment further,” the Chilean "
        "ministry said.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "comment further")) == "Chilean Interior Ministry"


def test_the_states_ministry_after_two_of_its_ministries_stays_itself(extract):
    """Two Peruvian ministries named before: no telling which (negative)."""
    r = extract(
        "The Peruvian foreign ministry and the Peruvian Interior Ministry issued statements on Monday. “We will not "
        "comment further,” the Peruvian ministry said.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "comment further")) == "Peruvian ministry"


def test_content_is_not_cut_at_a_towns_region(extract):
    """ "said more than 60 percent of the homes in Puerto Azul, Norte suffered …": the content starts at "more",
    not at the region after the town's comma (rule quote.town-region-subject)."""
    r = extract(
        "Dr Berg said more than 60 percent of the homes in Puerto Azul, Norte suffered extensive damage.",
        published=PUBLISHED,
    )
    q = quote_with(r, "extensive damage")
    assert q["content"]["text"] == "more than 60 percent of the homes in Puerto Azul, Norte suffered extensive damage"
    assert speaker_name(r, q) == "Berg"


def test_told_the_people_of_a_town_keeps_the_addressee_out(extract):
    """ "told the people of Port Vela, Anna would …": whom he told is no part of the content (negative)."""
    r = extract("Berg told the people of Port Vela, Anna would lead the town.", published=PUBLISHED)
    assert quote_with(r, "lead the town")["content"]["text"] == "Anna would lead the town"


def test_a_two_word_states_ministry_is_the_one_named_before(extract):
    """ "the Costa Rican ministry said" after "The Costa Rican foreign ministry released a statement": that one."""
    r = extract(
        "The Costa Rican foreign ministry released a statement saying there was no meeting. “We respond only to "
        "official notes,” the Costa Rican ministry said.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "official notes")) == "Costa Rican foreign ministry"


def test_speaker_hung_on_an_interposed_participle(extract):
    """ "Senator Ana Ruiz also commenting on this issue noted that …": Ruiz speaks (rule
    speaker.subject-of-participle), though the parser made "commenting" the clausal subject of "noted"."""
    r = extract(
        "Senator Ana Ruiz also commenting on this issue noted that they had no deal with the rebels.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "no deal with the rebels")) == "Ana Ruiz"


def test_a_gerund_subject_is_no_speaker(extract):
    """ "Knowing the rules helps, she said": the gerund has no subject of its own (negative)."""
    r = extract("Mara Lind came late. “Knowing the rules helps,” she said.", published=PUBLISHED)
    assert speaker_name(r, quote_with(r, "Knowing the rules")) == "Mara Lind"


def test_the_invitation_speaks_as_whoever_extended_it(extract):
    """ "Mayor Tom Vale has extended invitations … The invitation requested …": Vale (rule
    speaker.document-issuer, with "invitation" a document)."""
    r = extract(
        "Mayor Tom Vale has extended invitations to hold talks to all the parties last week. The invitation "
        "requested the parties to submit their suggestions by Friday.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "submit their suggestions")) == "Tom Vale"


def test_our_correspondent_is_the_outlets_reporter(extract):
    """ "According to our correspondent on the scene": the outlet's own correspondent (rule speaker.our-staff)."""
    r = extract(
        "Talks began on Monday. According to our correspondent on the scene, the rebel team arrived at the venue "
        "in a car.",
        published=PUBLISHED,
        outlet="Valley Times",
    )
    q = quote_with(r, "arrived at the venue")
    assert speaker_name(r, q) == "Valley Times correspondent"
    assert "our correspondent on the scene" in actor_of(r, q["speaker_actor"])["aliases"]
    assert actor_of(r, q["speaker_actor"])["via"] == actor_named(r, "Valley Times")["id"]


def test_told_someone_of_a_decision_reports_the_decision(extract):
    """ "The president told Lindqvist of his political decision to …": what he told (rule quote.told-of)."""
    r = extract(
        "The president told Lindqvist of his political decision to apply a stiff austerity plan.", published=PUBLISHED
    )
    q = quote_with(r, "austerity plan")
    assert q["content"]["text"] == "his political decision to apply a stiff austerity plan"
    assert speaker_name(r, q) == "president"


def test_told_the_people_of_a_place_reports_no_place(extract):
    """ "Berg told the people of the valley nothing": the "of" is the people's, no quote (negative)."""
    r = extract("Berg told the people of the valley nothing.", published=PUBLISHED)
    assert r["quotes"] == []


def test_he_after_a_bodys_spokesman_is_the_spokesman(extract):
    """ "A spokesman for the Ministry of Labour said … He pointed out …": "he" is the spokesman, not a person named
    in between (the body spoke through him; negative for pronoun resolution)."""
    r = extract(
        "A spokesman for the Ministry of Labour said yesterday that he had nothing to add to the letter of Don Rafael "
        "Prado. He pointed out that the Minister's engagements show only a lunch.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "nothing to add")) == "Ministry of Labour"
    assert speaker_name(r, quote_with(r, "engagements show")) == "spokesman for the Ministry of Labour"


def test_a_spokesman_for_a_title_is_no_body(extract):
    """ "a spokesman for the Archbishop": a person's spokesman, not a body (negative)."""
    r = extract(
        "Neither leader has agreed to such a meeting, and a spokesman for the Archbishop said on Wednesday that it "
        "was too early.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "too early")) == "spokesman for the Archbishop"
