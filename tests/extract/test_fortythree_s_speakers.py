"""Session 43, task S: the speaker span names the one who speaks (PolNeAR source), and the actor with it."""

from __future__ import annotations

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
