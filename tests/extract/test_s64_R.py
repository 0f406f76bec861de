"""Session 64 (helper R): bodies and states a story names again by what they are.

"The group said" after "the Valdoran Liberation Front" was a new unnamed group, "the kingdom said" after Jordan an
anonymous "kingdom". A definite description of a body or a state stands for the nearest one named before that it
fits (rules speaker.described-body, speaker.described-state); no one when nothing fits or two fit. Sentences written
for these tests (names invented; states real, as the facts of which states are kingdoms are about them)."""


def _speaker_of(record: dict, opening: str) -> str | None:
    actors = {a["id"]: a["name"] for a in record["actors"]}
    quote = next(q for q in record["quotes"] if (q.get("speaker") or {}).get("text", "").startswith(opening))
    return actors.get(quote.get("speaker_actor"))


def test_the_group_is_the_movement_named_before(extract):
    record = extract(
        "The Valdoran Liberation Front accused the army of shelling villages on Monday. "
        "The group said it would not attend talks in Geneva."
    )
    assert _speaker_of(record, "The group") == "Valdoran Liberation Front"


def test_the_group_is_the_body_with_group_in_its_name_not_a_ministry(extract):
    record = extract(
        "Brenmark Group chairman Ole Sandvik met officials of the Ministry of Mines in Accra on Tuesday, "
        "the group said."
    )
    assert _speaker_of(record, "the group") == "Brenmark Group"


def test_the_group_after_a_group_brought_in_stays_unnamed(extract):
    record = extract(
        "The Valdoran Liberation Front held a rally on Monday. A group of farmers gathered outside the town hall. "
        "The group said it wanted water."
    )
    assert _speaker_of(record, "The group") != "Valdoran Liberation Front"


def test_a_rebel_group_with_none_named_stays_unnamed(extract):
    record = extract("Fighting resumed near Delta City on Monday. A rebel group said it had shot down a helicopter.")
    assert _speaker_of(record, "A rebel group") == "rebel group"


def test_the_bloc_is_the_grouping_of_states_named_before(extract):
    record = extract(
        "Foreign ministers of ASEAN met in Jakarta on Monday to discuss the dispute. "
        "The regional bloc said it would send envoys to both capitals."
    )
    assert _speaker_of(record, "The regional bloc") == "ASEAN"


def test_the_kingdom_is_the_monarchy_of_the_two_states_named(extract):
    record = extract(
        "Talks between Jordan and Lebanon stalled on Monday. "
        "The kingdom said it would not return to the table until the border was reopened."
    )
    assert _speaker_of(record, "The kingdom") == "Jordan"


def test_the_islamic_republic_is_the_state_that_is_one(extract):
    record = extract(
        "Inspectors left Turkey on Monday and flew to Pakistan. "
        "The nuclear-armed Islamic republic says its programme is peaceful."
    )
    assert _speaker_of(record, "The nuclear-armed Islamic republic") == "Pakistan"


def test_the_himalayan_nation_is_the_nearest_that_fits(extract):
    record = extract(
        "India sent an envoy to Nepal on Monday. The Himalayan nation said the border talks would resume in May."
    )
    assert _speaker_of(record, "The Himalayan nation") == "Nepal"


def test_the_country_after_two_states_in_one_sentence_is_neither(extract):
    record = extract(
        "Talks between Chile and Peru stalled on Monday. The country said it would not return to the table."
    )
    assert _speaker_of(record, "The country") not in ("Chile", "Peru")


def test_the_kingdom_after_two_kingdoms_in_one_sentence_is_neither(extract):
    record = extract("Spain recalled its ambassador from Morocco on Monday. The kingdom said the talks had failed.")
    assert _speaker_of(record, "The kingdom") not in ("Spain", "Morocco")


def test_the_kingdom_with_no_kingdom_named_is_no_state(extract):
    record = extract("Talks between Chile and Peru stalled on Monday. The kingdom said the talks had failed.")
    assert _speaker_of(record, "The kingdom") not in ("Chile", "Peru")


def test_the_group_meets_as_the_movement_named_before(extract):
    record = extract(
        "The Valdoran Liberation Front accused the army of shelling villages on Monday. "
        "The group met Norwegian envoy Lars Eide in Oslo on Tuesday."
    )
    actors = {a["id"]: a["name"] for a in record["actors"]}
    sides = [sorted(actors[p] for p in e["participants"]) for e in record["events"]]
    assert ["Lars Eide", "Valdoran Liberation Front"] in sides
