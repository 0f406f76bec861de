"""Name forms of actors (session 68, helper NAMEF): a state's name of the form "A and B" is one place (rule
actor.compound-state-name); an honour between name words stays inside one name (actor.inner-honorific) and is
never the end of a title (actor.honour-not-title); the last word of an office's body ("of the Workers' Party") is
no given name (actor.after-title-phrase); a building's name is no person (actor.building-not-person,
actor.building-name-run-on); a lone family name with a letter slipped is the person named in full
(actor.family-name-variant). On sentences written for these tests (names invented)."""

from tests.conftest import event_names, quote_with, speaker_name

PUBLISHED = "2026-03-12"


def names(record: dict, kind: str) -> set[str]:
    return {a["name"] for a in record["actors"] if a["kind"] == kind}


def all_names(record: dict) -> set[str]:
    return {a["name"] for a in record["actors"]}


# actor.compound-state-name


def test_a_state_named_a_and_b_is_one_country_and_the_place_visited(extract):
    r = extract(
        "Minister Ada Okafor arrived in Antigua and Barbuda on Tuesday to meet Prime Minister Colin Marsh.",
        published=PUBLISHED,
    )
    assert "Antigua and Barbuda" in names(r, "country")
    assert not {"Antigua", "Barbuda"} & all_names(r)
    assert [e["place"]["name"] for e in r["events"]] == ["Antigua and Barbuda"]


def test_a_state_named_with_st_and_the_is_one_country(extract):
    r = extract(
        "Envoy Lena Moss flew to St Vincent and the Grenadines on Thursday for talks with Premier Colin Marsh.",
        published=PUBLISHED,
    )
    assert "Saint Vincent and the Grenadines" in names(r, "country")
    assert "Grenadines" not in all_names(r)


def test_a_bodys_name_opening_with_such_a_state_stays_the_bodys(extract):
    r = extract(
        "Talks with the Trinidad and Tobago Cricket Board of Control president Mr. Lenny Oduya were frank.",
        published=PUBLISHED,
    )
    assert "Trinidad and Tobago Cricket Board of Control" in names(r, "organization")
    assert "Tobago Cricket Board of Control" not in all_names(r)


def test_two_states_joined_by_and_stay_two(extract):
    r = extract(
        "Minister Ada Okafor discussed trade between Peru and Chile with President Omondi on Monday.",
        published=PUBLISHED,
    )
    assert {"Peru", "Chile"} <= names(r, "country")


# actor.inner-honorific, actor.honour-not-title


def test_an_honour_between_name_words_stays_inside_one_name(extract):
    r = extract("Prime Minister Fiame Dr. Tavita Leota met President Ana Ruiz on Friday.", published=PUBLISHED)
    assert "Fiame Dr. Tavita Leota" in names(r, "person")
    assert [event_names(r, e) for e in r["events"]] == [{"Fiame Dr. Tavita Leota", "Ana Ruiz"}]


def test_the_name_before_the_honour_then_names_the_person(extract):
    r = extract(
        "Prime Minister Tuala Dr. Sefo Mauga met President Ana Ruiz on Friday. Tuala said the talks were useful.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "the talks were useful")) == "Tuala Dr. Sefo Mauga"
    assert not any(n.endswith("Dr.") for n in names(r, "person"))


def test_an_honour_opening_a_name_after_a_verb_is_no_part_of_another(extract):
    r = extract("Ruiz met Dr. Lena Ortiz and Mayor Sven Dahl.", published=PUBLISHED)
    assert {"Lena Ortiz", "Sven Dahl"} <= names(r, "person")
    assert not any("Dr" in n for n in names(r, "person"))


def test_an_honour_after_a_titles_place_joins_no_name_to_it(extract):
    r = extract("Pressure came from Archbishop of Wales Dr Barry Morgan, who met the king.", published=PUBLISHED)
    assert "Barry Morgan" in names(r, "person")
    person = next(a for a in r["actors"] if a["name"] == "Barry Morgan")
    assert person["titles"] == ["Archbishop of Wales"]


def test_an_honour_is_no_end_of_a_title(extract):
    r = extract(
        "Prime Minister Lena Moss spoke with President of Guyana Dr. Vikram Rampersad on Monday.", published=PUBLISHED
    )
    person = next(a for a in r["actors"] if a["name"] == "Vikram Rampersad")
    assert "President of Guyana" in person["titles"]
    assert not any(t.endswith("Dr.") for t in person["titles"])


# actor.after-title-phrase, a body's name with a possessive


def test_the_last_word_of_an_offices_body_is_no_given_name(extract):
    r = extract(
        "Vice Chairman of the Central Committee of the Workers' Party Kim Sol-han met Governor Tomas Ruiz in Lima.",
        published=PUBLISHED,
    )
    assert "Kim Sol-han" in names(r, "person")
    assert [event_names(r, e) for e in r["events"]] == [{"Kim Sol-han", "Tomas Ruiz"}]


def test_a_name_after_a_possessive_body_keeps_its_words(extract):
    r = extract("Chairman of the People’s Committee Tran Van Loc met Governor Ruiz on Monday.", published=PUBLISHED)
    assert "Tran Van Loc" in names(r, "person")


# actor.building-not-person, actor.building-name-run-on


def test_a_seat_written_with_a_possessive_is_no_person(extract):
    r = extract(
        "The envoy paid a courtesy call on President Lena Carmody at President’s House in Kingstown.",
        published=PUBLISHED,
    )
    assert "President’s House" in names(r, "organization")
    assert not any("House" in n for n in names(r, "person"))


def test_a_seat_written_with_a_straight_apostrophe_is_no_person(extract):
    # negative: the tagger takes "House" alone for a body here; nothing of it becomes a person
    r = extract(
        "The envoy paid a courtesy call on President Lena Carmody at President's House in Kingstown.",
        published=PUBLISHED,
    )
    assert not any("House" in n for n in names(r, "person"))
    assert names(r, "person") == {"Lena Carmody"}


def test_a_palace_is_no_person(extract):
    r = extract("Emil Varga left Cotroceni Palace immediately after the government meeting.", published=PUBLISHED)
    assert "Cotroceni Palace" not in names(r, "person")


def test_a_family_name_that_is_a_building_word_stays_a_person(extract):
    r = extract("Stuart Hall met the mayor. Hall said the talks went well.", published=PUBLISHED)
    assert "Stuart Hall" in names(r, "person")
    assert speaker_name(r, quote_with(r, "the talks went well")) == "Stuart Hall"


def test_a_seats_name_tagged_in_two_is_one_body(extract):
    r = extract(
        "Omari will visit on Friday.\n\n"
        "A State House statement sent to newsrooms today said the flight will land at 10.",
        published=PUBLISHED,
    )
    assert "State House" in names(r, "organization")
    assert not {"State", "House"} & all_names(r)


# actor.family-name-variant


def test_a_lone_family_name_with_a_letter_dropped_is_the_person_named_in_full(extract):
    r = extract(
        "President Tomas Gudmundsson met the mayor in Lima on Monday. Gudmunsson said the talks were useful.",
        published=PUBLISHED,
    )
    assert "Gudmunsson" not in names(r, "person")
    assert speaker_name(r, quote_with(r, "the talks were useful")) == "Tomas Gudmundsson"


def test_a_family_name_made_plural_is_not_folded(extract):
    r = extract(
        "Senator Maria Gudmundsson met the mayor in Lima. The Gudmundssons said the talks were useful.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "the talks were useful")) != "Maria Gudmundsson"


def test_a_lone_name_that_fits_two_people_is_not_folded(extract):
    r = extract(
        "Tomas Lindqvist met Eva Lindquist in Lima on Monday. Mr Lindqist said the talks were useful.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "the talks were useful")) not in ("Tomas Lindqvist", "Eva Lindquist")


def test_a_lone_name_a_letter_apart_with_a_title_of_its_own_is_another_person(extract):
    # negative: Matthews and Mathews are both names; the opposition leader is not the president
    r = extract(
        "President Lee Matthews met Governor Ada Nwosu on Monday. Opposition leader Mathews criticised the meeting.",
        published=PUBLISHED,
    )
    assert "Mathews" in names(r, "person")
    assert speaker_name(r, quote_with(r, "the meeting")) == "Mathews"


def test_a_lone_name_a_letter_apart_described_anew_is_another_person(extract):
    # negative: "Hanssen, the central bank chief" is introduced as someone else than Finance Minister Erik Hansen
    r = extract(
        "Finance Minister Erik Hansen met Governor Ada Nwosu on Monday. Hanssen, the central bank chief, called "
        "Nwosu on Tuesday.",
        published=PUBLISHED,
    )
    hansen = next(a for a in r["actors"] if a["name"] == "Erik Hansen")
    assert "central bank chief" not in hansen["titles"]
    assert "Hanssen" in names(r, "person")


# actor.family-name-with-particle


def test_family_names_with_a_particle_after_the_full_name_are_that_person(extract):
    r = extract(
        "Javier Montes de Oca, the envoy, met the mayor in Quito on Monday. Later, Montes de Oca said the talks "
        "were useful.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "the talks were useful")) == "Javier Montes de Oca"
    assert "Montes de Oca" not in names(r, "person")


def test_family_names_with_a_particle_before_the_full_name_are_that_person(extract):
    r = extract(
        "Ruiz flew to Quito to discuss the plan with Montes de Oca. Envoy Javier Montes de Oca met him on Monday.",
        published=PUBLISHED,
    )
    assert "Montes de Oca" not in names(r, "person")


def test_a_fathers_name_after_bin_is_not_the_sons(extract):
    r = extract("Emir Tamim bin Hamad bin Khalifa Al Thani met Hamad bin Khalifa on Monday.", published=PUBLISHED)
    assert "Hamad bin Khalifa" in names(r, "person")
