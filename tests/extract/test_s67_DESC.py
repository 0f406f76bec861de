"""A description in a story's opening, named only in the next paragraph (session 67, helper DESC): "The United Nations'
top refugee official … said … / Sadako Ogata, the U.N. high commissioner for refugees, …" is Ogata when the title
shares a word of the description and the story named no one before it (rule speaker.lede-named-next). On sentences
written for these tests (names invented)."""

from tests.conftest import event_names, quote_with, speaker_name

PUBLISHED = "2026-03-12"


def test_a_lede_description_is_the_person_titled_next(extract):
    r = extract(
        "WELLINGTON — The top Pacific fisheries official, touring the harbour on Monday, said that catches had fallen "
        "by half.\n\nMara Tuvalo, the regional fisheries commissioner, spoke to reporters after the tour.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "catches had fallen")) == "Mara Tuvalo"


def test_a_lede_envoy_who_met_is_the_envoy_named_next(extract):
    r = extract(
        "KARVA — Zendia's trade envoy met Friday with President Ilmar Sepp, declaring that the tariffs would be "
        "lifted.\n\nOn arrival in Karva for his second visit this year, envoy Tomas Halvorsen said the deal was "
        "close.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "tariffs would be lifted")) == "Tomas Halvorsen"


def test_no_link_when_someone_was_named_before(extract):
    r = extract(
        "Minister Ana Ruiz opened the port on Monday. The top fisheries official said that catches had fallen by "
        "half.\n\nMara Tuvalo, the regional fisheries commissioner, spoke to reporters after the tour.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "catches had fallen")) != "Mara Tuvalo"


def test_no_link_when_the_title_shares_no_word(extract):
    r = extract(
        "The top fisheries official said on Monday that catches had fallen by half.\n\nMara Tuvalo, the opposition "
        "leader, criticised the quota plan.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "catches had fallen")) != "Mara Tuvalo"


def test_no_link_to_one_of_another_state(extract):
    r = extract(
        "The Chilean fisheries minister said on Monday that catches had fallen by half.\n\nArgentine Fisheries "
        "Minister Pablo Ortega rejected the figures.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "catches had fallen")) != "Pablo Ortega"


def test_no_link_for_an_indefinite_description(extract):
    r = extract(
        "A fisheries official said on Monday that catches had fallen by half.\n\nMara Tuvalo, the regional fisheries "
        "commissioner, disputed the figure.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "catches had fallen")) != "Mara Tuvalo"


def test_the_lede_envoy_is_the_named_party_of_the_meeting(extract):
    r = extract(
        "KARVA — Zendia's trade envoy met Friday with President Ilmar Sepp, declaring that the tariffs would be "
        "lifted.\n\nOn arrival in Karva for his second visit this year, envoy Tomas Halvorsen said the deal was "
        "close.",
        published=PUBLISHED,
    )
    assert any({"Tomas Halvorsen", "Ilmar Sepp"} <= event_names(r, e) for e in r["events"])
