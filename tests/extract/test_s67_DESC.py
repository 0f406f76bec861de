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


# Review of session 67: descriptions the rule must leave alone (names invented)


def test_a_spokesman_of_the_office_named_next_is_not_its_holder(extract):
    r = extract(
        "The governor's spokesman said on Monday that the talks with the strikers would resume in Tula.\n\nGovernor "
        "Lena Brandt met the strike leaders in Orsk last month.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "talks with the strikers")) != "Lena Brandt"
    assert not any("Lena Brandt" in event_names(r, e) and "strikers" in event_names(r, e) for e in r["events"])


def test_a_ministry_spokesman_is_not_the_minister_named_next(extract):
    r = extract(
        "The interior ministry spokesman said on Monday the visit would go ahead.\n\nInterior Minister Lena Brandt "
        "will fly to Tula on Tuesday.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "the visit would go ahead")) != "Lena Brandt"


def test_a_chief_of_staff_of_the_office_named_next_is_not_its_holder(extract):
    r = extract(
        "The premier's chief of staff met the strike leaders in Tula on Monday.\n\nPremier Lena Brandt said she had "
        "approved the meeting.",
        published=PUBLISHED,
    )
    assert r["events"]
    assert not any("Lena Brandt" in event_names(r, e) for e in r["events"])


def test_a_description_holding_its_own_name_keeps_it(extract):
    r = extract(
        "The top negotiator, Lena Brandt, said on Monday the talks would resume.\n\nOskar Wendt, a senior Chilean "
        "negotiator, disagreed.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "the talks would resume")) == "Lena Brandt"


def test_no_link_to_a_title_naming_a_state_the_description_does_not(extract):
    r = extract(
        "The UN refugee envoy said on Monday that the camp would close in May.\n\nChilean refugee envoy Oskar Wendt "
        "rejected the plan and walked out.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "the camp would close")) != "Oskar Wendt"


def test_no_link_to_a_deputy_of_the_office_described(extract):
    r = extract(
        "The foreign minister met the strike leaders in Tula on Monday.\n\nDeputy Foreign Minister Lena Brandt was "
        "not invited.",
        published=PUBLISHED,
    )
    assert r["events"]
    assert not any("Lena Brandt" in event_names(r, e) for e in r["events"])


def test_a_named_persons_negotiator_is_not_one_named_next(extract):
    r = extract(
        "President Lena Brandt's trade negotiator said on Monday the tariffs would be lifted.\n\nOskar Wendt, a "
        "senior trade negotiator, disagreed.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "the tariffs would be lifted")) != "Oskar Wendt"


def test_a_ministry_is_no_word_of_a_ministers_title(extract):
    r = extract(
        "The ministry official said on Monday the border would reopen.\n\nMinister Lena Brandt will visit the border "
        "on Tuesday.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "the border would reopen")) != "Lena Brandt"


def test_the_head_noun_alone_is_no_shared_word(extract):
    r = extract(
        "The UN envoy said on Monday that the camp would close in May.\n\nOskar Wendt, the envoy of the development "
        "bank, rejected the plan.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "the camp would close")) != "Oskar Wendt"
