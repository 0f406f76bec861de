"""Speakers on real text (session 67, helper DOC), on sentences written for these tests (names invented):

- a cue-less quote whose copied speaker lies in another paragraph takes its own paragraph's source (rule
  speaker.local-source);
- a document speaks for whom it is in the name of (speaker.document-in-name), whom it was sent from
  (speaker.document-sent-from), or who signed it at this very mention (speaker.document-signer);
- "met A and B, a spokesman said", which the parser runs back, is mended: A and B are met, the spokesman speaks
  (quote.trailing-speaker-unjoined);
- leaving a place ("left Kigali to meet X", "before leaving the country after talks with X") refuses nothing
  (status.left-a-place)."""

from tests.conftest import event_names, speaker_name

PUBLISHED = "2026-03-12"
OPENING = '"We will not move," Minister Ana Ruiz said on Tuesday.\n\nThe talks went on for hours.\n\n'


def quote_with(record: dict, words: str) -> dict:
    return next(q for q in record["quotes"] if words in q["content"]["text"])


def speaker_text(quote: dict) -> str | None:
    return (quote.get("speaker") or {}).get("text")


# speaker.local-source


def test_a_name_in_the_sentence_before_a_far_quote_speaks(extract):
    r = extract(
        OPENING + 'Afterwards Governor Pablo Soto turned to the crowd. "Nothing has been agreed in these talks so far, '
        'and we will keep going."',
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "Nothing has been agreed")) == "Pablo Soto"


def test_a_noun_after_a_far_quote_speaks(extract):
    r = extract(
        OPENING + 'The crowd then marched on. "Bread and work now for all of us," read one banner.', published=PUBLISHED
    )
    assert speaker_text(quote_with(r, "Bread and work")) == "one banner"


def test_the_subject_of_a_far_quotes_own_sentence_speaks(extract):
    r = extract(
        OPENING + 'The new campaign advert targets a "corrupt system that keeps a rigged economy in place."',
        published=PUBLISHED,
    )
    assert speaker_text(quote_with(r, "corrupt system")) == "The new campaign advert"


def test_a_quote_going_on_in_the_same_paragraph_keeps_its_speaker(extract):
    r = extract(
        '"We will not move," Minister Ana Ruiz said on Tuesday. "We are close. Very close."', published=PUBLISHED
    )
    assert speaker_name(r, quote_with(r, "We are close")) == "Ana Ruiz"


def test_a_quote_opening_its_paragraph_goes_on_with_the_last_speaker(extract):
    r = extract(
        '"We will not move," Minister Ana Ruiz said on Tuesday.\n\n"We are close. Very close."', published=PUBLISHED
    )
    assert speaker_name(r, quote_with(r, "We are close")) == "Ana Ruiz"


def test_words_given_to_someone_else_in_the_sentence_are_not_its_subjects(extract):
    r = extract(
        OPENING + 'The new leaflet was, in the words of its printer, "a call to arms for the poor".',
        published=PUBLISHED,
    )
    assert speaker_text(quote_with(r, "a call to arms")) != "The new leaflet"


def test_a_state_before_a_far_quote_does_not_speak(extract):
    r = extract(
        OPENING + 'Peru imposed new duties on the mines in May. "This is a war on our workers, and we will answer it."',
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "a war on our workers")) == "Ana Ruiz"


def test_a_city_before_a_far_quote_does_not_speak_nor_bring_in_its_state(extract):
    r = extract(
        OPENING + 'Lima imposed new duties on the mines in May. "This is a war on our workers, and we will answer it."',
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "a war on our workers")) == "Ana Ruiz"
    assert not [a for a in r["actors"] if a["kind"] == "country"]


def test_a_sentence_adverb_is_no_part_of_the_local_speaker(extract):
    r = extract(
        OPENING + 'Afterwards Governor Pablo Soto turned to the crowd. "Nothing has been agreed in these talks so far, '
        'and we will keep going."',
        published=PUBLISHED,
    )
    assert speaker_text(quote_with(r, "Nothing has been agreed")) == "Governor Pablo Soto"


# documents


def test_a_letter_in_the_kings_name_is_the_kings(extract):
    r = extract('A letter in the king\'s name said: "I thank my brother for his support."', published=PUBLISHED)
    assert speaker_name(r, quote_with(r, "I thank my brother")) == "king"


def test_a_cable_sent_from_a_body_is_that_bodys(extract):
    r = extract(
        "A leaked cable sent from the Saudi Air Force to the Ministry of Defence showed the delegation had met the "
        "rebels.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "the delegation had met")) == "Saudi Air Force"


def test_a_letter_sent_from_a_city_is_not_the_citys(extract):
    r = extract(
        "A leaked cable sent from Lima to the ministry showed the envoy had met the rebels.", published=PUBLISHED
    )
    assert speaker_name(r, quote_with(r, "the envoy had met")) == "leaked cable"


def test_a_letter_sent_from_a_state_is_not_the_states(extract):
    r = extract(
        "A leaked cable sent from Peru to the ministry showed the envoy had met the rebels.", published=PUBLISHED
    )
    assert speaker_name(r, quote_with(r, "the envoy had met")) == "leaked cable"


def test_a_letter_sent_from_a_city_brings_in_no_state(extract):
    r = extract("A letter sent from Lima to the ministry said the envoy had met the rebels.", published=PUBLISHED)
    assert not [a for a in r["actors"] if a["kind"] == "country"]


def test_a_letter_in_a_citys_name_brings_in_no_state(extract):
    r = extract("A letter in Lima's name said the envoy had met the rebels.", published=PUBLISHED)
    assert not [a for a in r["actors"] if a["kind"] == "country"]


def test_a_letter_sent_from_a_body_named_for_its_building_is_the_bodys(extract):
    r = extract(
        "The White House denied the report. A letter sent from the White House to the ministry said the envoy had "
        "met the rebels.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "the envoy had met")) == "White House"


def test_a_statement_signed_at_this_mention_is_the_signers(extract):
    r = extract(
        '"He will travel to Oslo on Friday," reads the statement, signed by communications director Maria Lind.',
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "He will travel to Oslo")) == "Maria Lind"


def test_words_said_of_a_statement_from_an_office_are_the_speakers(extract):
    r = extract(
        'Activists read out a statement from the mayor\'s office and said it was "an insult".', published=PUBLISHED
    )
    assert speaker_name(r, quote_with(r, "an insult")) == "Activists"


# quote.trailing-speaker-unjoined


RUN_BACK = (
    "A delegation from the bloc on Saturday met Mali's junta leader Abdourahamane Kante and the ousted President "
    "Mohamed Bello, a Ghanaian presidential spokesperson said."
)


def test_a_closing_speaker_run_back_over_the_object_speaks(extract):
    r = extract(RUN_BACK, published=PUBLISHED)
    quote = quote_with(r, "A delegation from the bloc")
    assert speaker_text(quote) == "a Ghanaian presidential spokesperson"
    assert quote["content"]["text"].endswith("Mohamed Bello")


def test_the_object_run_back_over_is_met(extract):
    r = extract(RUN_BACK, published=PUBLISHED)
    assert [event_names(r, e) for e in r["events"]] == [{"delegation", "Abdourahamane Kante", "Mohamed Bello"}]


def test_a_real_subject_with_its_own_words_after_the_verb_is_kept(extract):
    r = extract(
        "Prime Minister Adel Karimov and Foreign Minister Yusuf Bello, the two envoys, said on Monday that the talks "
        "would resume.",
        published=PUBLISHED,
    )
    assert speaker_text(quote_with(r, "the talks would resume")).startswith("Prime Minister Adel Karimov")


# status.left-a-place


def test_leaving_a_city_to_meet_refuses_nothing(extract):
    r = extract("Envoy Ray Dalton left Kigali on Monday to meet President Ivo Lazar.", published=PUBLISHED)
    assert [e["status"] for e in r["events"]] == ["occurred"]


def test_leaving_a_city_rather_than_meet_is_still_a_refusal(extract):
    r = extract("The militia chief left Tallinn rather than meet the OSCE mediator.", published=PUBLISHED)
    assert [e["status"] for e in r["events"]] == ["denied"]


def test_leaving_a_city_for_talks_refuses_nothing(extract):
    r = extract("Envoy Ray Dalton left Kigali on Monday for talks with President Ivo Lazar.", published=PUBLISHED)
    assert [e["status"] for e in r["events"]] == ["occurred"]


def test_leaving_the_country_after_talks_refuses_nothing(extract):
    r = extract(
        '"We will listen," Minister Ana Ruiz said before leaving the country after talks with Governor Pablo Soto.',
        published=PUBLISHED,
    )
    assert [e["status"] for e in r["events"]] == ["occurred"]


def test_leaving_the_province_after_talks_refuses_nothing(extract):
    r = extract(
        '"We will listen," Minister Ana Ruiz said before leaving the province after talks with Governor Pablo Soto.',
        published=PUBLISHED,
    )
    assert [e["status"] for e in r["events"]] == ["occurred"]


def test_leaving_the_talks_is_still_a_refusal(extract):
    r = extract(
        "Envoy Ray Dalton will leave the talks with President Ivo Lazar if nothing changes.", published=PUBLISHED
    )
    assert [e["status"] for e in r["events"]] == ["denied"]


def test_a_body_named_for_its_building_before_a_far_quote_speaks(extract):
    r = extract(
        OPENING + 'The White House imposed new duties on the mines. "This is a war on our workers, and we will answer '
        'it."',
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "a war on our workers")) == "White House"
