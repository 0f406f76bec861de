"""Session 43, task S: the speaker span names the one who speaks (PolNeAR source), and the actor with it."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, speaker_name


def test_passive_conjunct_speaks_as_its_subject_not_the_agent(extract) -> None:
    # rule speaker.passive-conjunct: the unions criticised; the mayor said
    record = extract("The harbour mayor was criticised by the dock unions and said the ferry fares would rise.")
    quote = quote_with(record, "fares would rise")
    assert quote["speaker"]["text"] == "The harbour mayor"
    assert speaker_name(record, quote) != "dock unions"


def test_passive_conjunct_after_a_relative_clause(extract) -> None:
    record = extract(
        "Lena Varga, who was booed by the crowd, was interrupted by a heckler and replied that the pier would stay."
    )
    quote = quote_with(record, "pier would stay")
    assert speaker_name(record, quote) == "Lena Varga"


def test_assurances_given_are_the_giver_s(extract) -> None:
    # rule quote.remark-owner: "gave assurances that …" voices the remark, as "made the suggestion that …"
    record = extract("Harbour master Edda Strom gave firm assurances that the ferry would run until May.")
    quote = quote_with(record, "ferry would run")
    assert speaker_name(record, quote) == "Edda Strom"


def test_banner_words_are_the_holders(extract) -> None:
    # rule speaker.sign-holder: the banners say nothing; the workers holding them do ("read one banner" names no one)
    record = extract(
        "Outside the harbour office, a dozen dock workers held up banners reading “Give back our pier.” "
        "“Save our ferry,” read another banner."
    )
    assert quote_with(record, "Give back our pier")["speaker"]["text"] == "a dozen dock workers"
    assert "banner" in quote_with(record, "Save our ferry")["speaker"]["text"]


def test_placards_carried_before_the_subject(extract) -> None:
    record = extract("Waving placards calling the mayor “the harbour’s worst friend,” the pilots marched to the quay.")
    quote = quote_with(record, "worst friend")
    assert quote["speaker"]["text"] == "the pilots"


def test_emphatic_reflexive_is_no_part_of_the_name(extract) -> None:
    # rule speaker.emphatic-reflexive
    record = extract("Dock pilots themselves said the pier was unsafe. Tomas Berg himself said the ferry was late.")
    assert speaker_name(record, quote_with(record, "pier was unsafe")) == "Dock pilots"
    assert speaker_name(record, quote_with(record, "ferry was late")) == "Tomas Berg"


def test_the_one_heard_asking_speaks_whatever_noun_names_them(extract) -> None:
    # rule quote.seen-saying: the passive's subject is heard; the one asked is not the speaker
    record = extract("“Will the pier close?” a reporter can be heard asking the harbour mayor after the vote.")
    quote = quote_with(record, "Will the pier close?")
    assert quote["speaker"]["text"] == "a reporter"


def test_taking_turns_is_no_speaker(extract) -> None:
    # rule quote.holder-of-thing: "turns" is a time to speak in (occasion_nouns), its takers speak
    record = extract("The leaders of the three ports took turns rebutting the mayor's plan on trade.")
    quote = quote_with(record, "plan on trade")
    assert quote["speaker"]["text"] == "The leaders of the three ports"


@pytest.mark.parametrize(
    "sentence",
    [
        "For fans of the ferry, it's worth pointing out that the new crossing broke the record.",
        "On a purely local level, it means admitting that the crossing broke the record.",
        "That's not to suggest that the crossing broke the record.",
    ],
)
def test_the_writer_s_aside_has_no_speaker(extract, sentence) -> None:
    # rule speaker.writer-aside: "it", "that" stand for no one who speaks
    record = extract(f"The Harbour Board runs the ferry. {sentence}")
    quote = quote_with(record, "broke the record")
    assert quote["speaker"] is None


def test_participle_after_while_goes_with_the_reporting_verb(extract) -> None:
    # rule speaker.participle-after-mark: the one who said, not the subject inside what was said
    record = extract(
        "Clara Vance, at a town hall in Lund, said she was “going to close the pier,” while trying to explain her plan."
    )
    quote = quote_with(record, "her plan")
    assert quote["speaker"]["text"].startswith("Clara Vance")


def test_with_and_a_named_subject_before_a_participle(extract) -> None:
    # rule speaker.with-subject
    record = extract("The harbour board is split, with Tom Hale, Ana Moss and Lena Varga all calling for a fare cap.")
    quote = quote_with(record, "fare cap")
    assert quote["speaker"]["text"].startswith("Tom Hale")


def test_a_participle_after_an_agentless_passive_is_its_subject_s(extract) -> None:
    # rule speaker.passive-participle
    record = extract(
        "A federal lawsuit was filed in 2012 challenging the port's cameras and alleging that the police misused them."
    )
    quote = quote_with(record, "police misused them")
    assert quote["speaker"]["text"] == "A federal lawsuit"


def test_a_named_object_of_about_or_over_is_the_participle_s_subject(extract) -> None:
    # rule speaker.with-subject, after "about" and "over"
    record = extract(
        "The Herald's Tom Reed was interviewed about Pope Leo calling the harbour plan a sham. "
        "There was anger over Ana Moss saying the pier would close."
    )
    assert quote_with(record, "harbour plan a sham")["speaker"]["text"] == "Pope Leo"
    assert quote_with(record, "pier would close")["speaker"]["text"] == "Ana Moss"


def test_which_after_a_paper_in_a_city_is_the_paper(extract) -> None:
    # rule speaker.relative-past-place: the weekly claimed, not Lisbon (or Portugal)
    record = extract(
        "The story was reported by the Lantern, a weekly in Lisbon, which claimed that the ministers had met in May."
    )
    quote = quote_with(record, "ministers had met")
    assert speaker_name(record, quote) == "Lantern"


def test_which_after_people_from_a_state_is_the_state(extract) -> None:
    # rule speaker.relative-past-place leaves "which" on the place when the noun before is people
    record = extract("The envoy held talks with officials from Ukraine, which said it was ready to resume the deal.")
    quote = quote_with(record, "ready to resume")
    assert speaker_name(record, quote) == "Ukraine"


def test_it_after_a_body_named_by_what_it_is(extract) -> None:
    # rule pronoun.it-body
    record = extract('The Ukrainian embassy rejected the report on Tuesday. "It was a courtesy call," it said.')
    quote = quote_with(record, "courtesy call")
    assert speaker_name(record, quote) == "Ukrainian embassy"
