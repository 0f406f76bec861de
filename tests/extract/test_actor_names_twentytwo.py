"""Actors' names with particles, patronymics and styles of address, and titles before names, on sentences written
for these tests (names invented)."""

from tests.conftest import actor_of, quote_with


def persons(record):
    return [a for a in record["actors"] if a["kind"] == "person"]


def mentions(actor):
    return [m["text"] for m in actor["mentions"]]


def test_a_dutch_particle_pair_stays_with_the_family_name(extract):
    # rule actor.surname-particle: the tagger cut the name after "van"; "Van der Molen" later is hers, not "Molen"
    r = extract(
        'Dutch Trade Minister Anouk van der Molen met reporters. "We will meet the target," Van der Molen said.'
    )
    (molen,) = persons(r)
    assert molen["name"] == "Anouk van der Molen"
    assert "Dutch Trade Minister" in molen["titles"]
    assert "Van der Molen" in mentions(molen) and "Molen" not in molen["aliases"]
    assert actor_of(r, quote_with(r, "meet the target")["speaker_actor"]) is molen


def test_a_spanish_particle_pair_stays_with_the_family_name(extract):
    # rule actor.surname-particle: "de la Fuente said", with "de" hung on the verb, is spoken by her in full
    r = extract(
        "Mexican Economy Minister Rosa Ibarra de la Fuente spoke on Monday. "
        '"Mexico will defend its farmers," de la Fuente said.'
    )
    (ibarra,) = persons(r)
    assert mentions(ibarra) == ["Rosa Ibarra de la Fuente", "de la Fuente"]
    assert "Fuente" not in ibarra["aliases"]
    quote = quote_with(r, "defend its farmers")
    assert quote["speaker"]["text"] == "de la Fuente" and quote["speaker_actor"] == ibarra["id"]


def test_a_name_cut_before_its_particles_runs_on_through_them(extract):
    # rule actor.surname-particle: the tagger stopped at "Inés Montaño"; "de la Barca" is the rest of her name
    r = extract(
        "Mexican Trade Minister Inés Montaño de la Barca spoke on Monday. "
        '"Mexico will defend its farmers," de la Barca said.'
    )
    assert [a["name"] for a in persons(r)] == ["Inés Montaño de la Barca"]
    assert not any(a["name"] == "de la Barca" for a in r["actors"])
    assert actor_of(r, quote_with(r, "defend its farmers")["speaker_actor"])["name"] == "Inés Montaño de la Barca"


def test_a_capitalised_patronymic_at_a_sentence_start_is_the_same_person(extract):
    # rule actor.surname-particle: "Bin Nasser said" is Saif bin Nasser, though his given name is his other form
    r = extract("Interior Minister Saif bin Nasser met Warsame in Doha. Bin Nasser said the meeting was useful.")
    saif = next(a for a in r["actors"] if a["name"] == "Saif bin Nasser")
    assert not any(a["name"] == "Bin Nasser" for a in r["actors"])
    assert "bin Nasser" in saif["aliases"] and "Saif" in saif["aliases"]
    assert quote_with(r, "meeting was useful")["speaker_actor"] == saif["id"]


def test_a_style_of_address_after_a_title_is_not_part_of_it(extract):
    # rule actor.address-not-title; the father's name the tagger left out, and "Al Thani", are the name's
    r = extract("Qatari Foreign Minister Sheikh Fahad bin Jassim Al Thani said the talks were useful.")
    (fahad,) = persons(r)
    assert fahad["name"] == "Fahad bin Jassim Al Thani"
    assert fahad["titles"] == ["Qatari Foreign Minister"]
    r = extract("Saudi Foreign Minister Prince Turki bin Saud said the kingdom welcomed the deal.")
    assert "Saudi Foreign Minister" in persons(r)[0]["titles"]
    assert not any(t.endswith("Prince") and t != "Prince" for t in persons(r)[0]["titles"])
    r = extract("Deputy Police Chief Rania Odhiambo said the road would reopen.")
    assert persons(r)[0]["titles"] == ["Deputy Police Chief"]  # "Chief" ends the office here


def test_a_title_and_name_parsed_as_two_subjects_are_one_person(extract):
    # rules speaker.title-then-name and actor.body-title: one union chair, who is the speaker
    r = extract("National Teachers Union chair Carlos Harris said the strike was a warning.")
    (harris,) = persons(r)
    assert harris["name"] == "Carlos Harris"
    assert harris["titles"] == ["National Teachers Union chair"]
    assert quote_with(r, "strike was a warning")["speaker_actor"] == harris["id"]
