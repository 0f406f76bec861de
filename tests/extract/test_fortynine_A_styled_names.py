"""A person is one actor under the name without forms of address, with the styled forms as aliases (session 49,
helper A): honorifics of South Asia, the Himalaya, the Pacific, the Spanish-speaking world and the Eastern
churches; a double family name after one; and the styled form kept as an alias. Sentences written for these
tests (names invented)."""

import pytest

from tests.conftest import actor_named, events_with


def person_names(record):
    return {a["name"] for a in record["actors"] if a["kind"] == "person"}


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Shri Ramesh Kumar Tiwari met the district collector in Lucknow on Monday.", "Ramesh Kumar Tiwari"),
        ("Shrimati Kamala Devi Rawat met the district collector in Lucknow on Monday.", "Kamala Devi Rawat"),
        ("Bhutan's home minister, Dasho Pema Wangdi Norbu, met the Indian ambassador on Monday.", "Pema Wangdi Norbu"),
        ("Don Alfonso Ibarra Castillo met the visiting minister in Asunción on Monday.", "Alfonso Ibarra Castillo"),
        ("Archimandrite Nikodim Petrenko met the visiting bishop in Kyiv on Monday.", "Nikodim Petrenko"),
        ("Emperor Tewodros Haile Mariam received the British envoy at the palace.", "Tewodros Haile Mariam"),
        ("The paramount chief, Ratu Epeli Nakorosule, met the visiting minister in Suva.", "Epeli Nakorosule"),
    ],
)
def test_a_form_of_address_is_no_part_of_the_name(extract, sentence, name):
    assert name in person_names(extract(sentence))


def test_an_honorific_before_a_double_family_name_is_left_out(extract):
    # actor.honorific: the hyphen inside "Wolde-Giorgis" is part of the name after "Ato"
    record = extract("The delegation is led by the deputy minister, Ato Tesfaye Wolde-Giorgis, who met the envoy.")
    assert "Tesfaye Wolde-Giorgis" in person_names(record)
    assert "Ato Tesfaye Wolde-Giorgis" in actor_named(record, "Tesfaye Wolde-Giorgis")["aliases"]


def test_the_styled_form_is_an_alias(extract):
    # actor.styled-form: the name as the article styles it stays with the person
    record = extract("Tan Sri Rahmat Osman met the Thai envoy in Kuala Lumpur on Monday.")
    assert actor_named(record, "Rahmat Osman")["aliases"] == ["Tan Sri Rahmat Osman"]


def test_two_honorifics_in_a_row_make_one_styled_form(extract):
    record = extract("Ratu Sir Epeli Nakorosule received the New Zealand envoy at Government House on Monday.")
    assert "Ratu Sir Epeli Nakorosule" in actor_named(record, "Epeli Nakorosule")["aliases"]


def test_a_double_family_name_runs_on_past_the_honorific(extract):
    # actor.name-run-on: "Mar Youhanna" + "Daher-Khalil" is one name, and "Mar" is no part of it
    record = extract(
        "The Patriarch, Mar Youhanna Daher-Khalil, met the Lebanese President, Fouad Tannous, in Bkerke on Sunday."
    )
    assert "Youhanna Daher-Khalil" in person_names(record)
    assert events_with(record, "Youhanna Daher-Khalil", "Fouad Tannous")


def test_a_place_after_an_honorific_word_stays_a_place(extract):
    # negative: "Mar del Plata" is a city and "the Don Chan Palace" a building, not people
    record = extract(
        "The two ministers met at the Don Chan Palace in Vientiane. Their deputies met later in Mar del Plata."
    )
    assert not person_names(record) & {"del Plata", "Chan Palace", "Mar del Plata", "Don Chan Palace"}


def test_a_given_name_that_looks_like_an_honorific_stays(extract):
    # negative: "Don" of two words is a given name, and no styled alias is made of it
    record = extract("Don Rutherford met the mayor in Leeds on Monday.")
    assert "Don Rutherford" in person_names(record)
    assert actor_named(record, "Don Rutherford")["aliases"] == []


def test_a_style_tagged_apart_from_the_name_is_no_one(extract):
    # actor.honorific: "Datuk Seri" tagged as a person of its own, right before the name, is the name's style
    record = extract("The envoy was received by Datuk Seri Ahmad Zainal Abidin, the state secretary, on Monday.")
    assert person_names(record) == {"Ahmad Zainal Abidin"}
    assert actor_named(record, "Ahmad Zainal Abidin")["aliases"] == ["Datuk Seri Ahmad Zainal Abidin"]


@pytest.mark.parametrize(
    "sentence, name, styled",
    [
        ("The Rt Rev. Kofi Mensah-Bonsu, the bishop of Ho, met the two chiefs.", "Kofi Mensah-Bonsu", "Rt Rev."),
        ("The Most Rev. Peter Okafor, the archbishop, met the governor in Enugu.", "Peter Okafor", "Most Rev."),
    ],
)
def test_a_clergy_style_of_two_words_is_kept_whole_in_the_alias(extract, sentence, name, styled):
    assert f"{styled} {name}" in actor_named(extract(sentence), name)["aliases"]


def test_a_clergy_style_after_the_makes_no_organisation(extract):
    # actor.honorific: "The Rt Rev." before a name the tagger took for a body's is the style of a person
    record = extract(
        "KUMASI — The Rt Rev. Kwabena Osei Darko-Mensah, the former Moderator of the Ashanti Evangelical Church, met "
        "the chiefs on Tuesday."
    )
    assert "Kwabena Osei Darko-Mensah" in person_names(record)
    assert not any("Darko-Mensah" in a["name"] for a in record["actors"] if a["kind"] == "organization")


def test_a_double_family_name_cut_at_its_hyphen_runs_on_whole(extract):
    # actor.name-run-on: "Kwame Yeboah" + "Asare-Bediako" is one person, not "Kwame Yeboah Asare" and another
    record = extract(
        "The Rt Rev. Kwame Yeboah Asare-Bediako, the former Moderator of the Ashanti Presbyterian Church, met the two "
        "chiefs on Monday."
    )
    assert person_names(record) == {"Kwame Yeboah Asare-Bediako"}
