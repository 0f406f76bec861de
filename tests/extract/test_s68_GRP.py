"""Group anaphors as contact parties (session 68, helper GRP): "Both", "the pair", "the two ministers" beside
someone they meet are the people named nearest, less that one (rule party.counted-besides-the-met), or the people of
the contact told before, less that one (party.the-two-among-others); "talks between both leaders" make no side of
whoever tells of them (party.between-the-counted); "the leaders of X and Y" are each state's named leader beside the
states (party.leaders-of-states). On sentences written for these tests (names invented)."""

from tests.conftest import event_names

PUBLISHED = "2026-03-12"


def _events_of(record, *names):
    return [e for e in record["events"] if set(names) <= event_names(record, e)]


def _exactly(record, *names):
    """The events whose parties are exactly ``names``: a contact of a pair with a third is a new contact, and must
    leave the pair's own contact whole."""
    return [e for e in record["events"] if event_names(record, e) == set(names)]


def _place(event):
    return (event.get("place") or {}).get("name")


def _named_anywhere(record, name):
    return [e for e in record["events"] if name in event_names(record, e)]


def test_both_beside_the_one_they_hoped_to_meet_are_the_two_named_before(extract):
    r = extract(
        "Senator Ana Reyes and Congressman Tom Dunmore left Apia on Wednesday after a week in Samoa with Prime "
        "Minister Tui Leota. Both arrived in Apia on Monday and were hoping to meet with Prime Minister Leota.",
        published=PUBLISHED,
    )
    assert _events_of(r, "Ana Reyes", "Tom Dunmore", "Tui Leota")
    assert not _named_anywhere(r, "Both")


def test_both_is_no_one_when_three_were_named(extract):
    r = extract(
        "Senator Ana Reyes, Senator Tom Dunmore and Senator Lia Pau toured the harbour on Monday. Both were hoping "
        "to meet with Prime Minister Tui Leota.",
        published=PUBLISHED,
    )
    assert not _events_of(r, "Ana Reyes", "Tui Leota")


def test_the_pair_beside_a_third_is_the_pair_who_met_before(extract):
    r = extract(
        "Prime Minister Kaja Lind met Latvian Prime Minister Janis Berzins in Riga on Friday. The pair will hold "
        "talks with President Ilze Kalnina next month.",
        published=PUBLISHED,
    )
    talks = _events_of(r, "Kaja Lind", "Janis Berzins", "Ilze Kalnina")
    assert talks and talks[0]["status"] == "planned"
    assert not _named_anywhere(r, "The pair")
    met = _exactly(r, "Kaja Lind", "Janis Berzins")
    assert met and met[0]["status"] == "occurred" and _place(met[0]) == "Riga"


def test_the_duo_who_called_a_third(extract):
    r = extract(
        "Prime Minister Kaja Lind met Latvian Prime Minister Janis Berzins in Riga on Friday. The duo later called "
        "President Ilze Kalnina.",
        published=PUBLISHED,
    )
    calls = _events_of(r, "Kaja Lind", "Janis Berzins", "Ilze Kalnina")
    assert calls and calls[0]["mode"] == "phone"
    met = _exactly(r, "Kaja Lind", "Janis Berzins")
    assert met and met[0]["mode"] == "meeting" and _place(met[0]) == "Riga"


def test_the_two_ministers_received_by_a_third_are_the_two_who_met(extract):
    r = extract(
        "Foreign Minister Aram Vartan met Foreign Minister Elchin Mamedov in Almaty on Friday. The two ministers "
        "were later received by President Kasym Tokin.",
        published=PUBLISHED,
    )
    assert _events_of(r, "Aram Vartan", "Elchin Mamedov", "Kasym Tokin")
    assert not _named_anywhere(r, "two ministers")
    met = _exactly(r, "Aram Vartan", "Elchin Mamedov")
    assert met and met[0]["mode"] == "meeting" and _place(met[0]) == "Almaty"


def test_the_pair_received_by_a_third_leaves_the_pair_s_own_meeting_whole(extract):
    r = extract(
        "Foreign Minister Nora Aas met Foreign Minister Karl Berg in Bergen on Monday. The two ministers were later "
        "received by President Lars Toft.",
        published=PUBLISHED,
    )
    met = _exactly(r, "Nora Aas", "Karl Berg")
    assert met and met[0]["mode"] == "meeting" and _place(met[0]) == "Bergen"
    assert _exactly(r, "Nora Aas", "Karl Berg", "Lars Toft")


def test_both_then_holding_talks_with_a_third_is_a_contact_of_its_own(extract):
    r = extract(
        "President Tomas Kral met President Vera Lind in Brno on Monday. Both then held talks with Commissioner Piet "
        "Smit.",
        published=PUBLISHED,
    )
    assert _exactly(r, "Tomas Kral", "Vera Lind")
    assert _exactly(r, "Tomas Kral", "Vera Lind", "Piet Smit")


def test_the_duo_meeting_a_third_the_day_after_their_arrival_is_one_visit_that_day(extract):
    r = extract(
        "Finance Minister Rui Mendes and his deputy Luis Ferro flew to Madrid on Monday. The duo met Spanish Finance "
        "Minister Elena Sanz on Tuesday.",
        published=PUBLISHED,
    )
    # session 69 (MRGB, rule merge.trip-meeting-day): LABELLING counts a visit and the talks held during it as one
    # event, so the trip told with no one met joins the duo's meeting on the next day, which keeps its own day; the
    # duo is still the two travellers, not a pair told elsewhere
    met = _exactly(r, "Rui Mendes", "Luis Ferro", "Elena Sanz")
    assert met and met[0]["date"]["value"] == "2026-03-10" and _place(met[0]) == "Madrid"


def test_the_two_ministers_beside_their_own_names_stay_themselves(extract):
    r = extract(
        "Prime Minister Chai Suk telephoned Prime Minister Hamid Ismail in July. The two foreign ministers, Nitya "
        "Phibun and Lim Boon, also discussed the border on the sidelines of a meeting in Manila.",
        published=PUBLISHED,
    )
    assert _events_of(r, "Nitya Phibun", "Lim Boon")
    assert not _events_of(r, "Chai Suk", "Lim Boon")


def test_the_teller_of_talks_between_both_leaders_is_no_side(extract):
    r = extract(
        "Prime Minister Ana Brun met Prime Minister Ivo Zoric in Split on Monday. “The first talks between both "
        "leaders were a good sign,” said Commissioner Jan Holm.",
        published=PUBLISHED,
    )
    assert _events_of(r, "Ana Brun", "Ivo Zoric")
    assert not _named_anywhere(r, "Jan Holm")
    assert not _named_anywhere(r, "both leaders")


def test_one_who_will_hold_talks_with_both_leaders_is_a_side(extract):
    r = extract(
        "“I will hold talks with both leaders next week,” said Commissioner Jan Holm.",
        published=PUBLISHED,
    )
    assert _named_anywhere(r, "Jan Holm")


def test_both_sides_in_a_quote_make_no_contact(extract):
    r = extract(
        "Prime Minister Ana Brun met Prime Minister Ivo Zoric in Split on Monday. “Both sides must strive to reduce "
        "arms on both sides,” said Commissioner Jan Holm.",
        published=PUBLISHED,
    )
    assert len(r["events"]) == 1
    assert not _named_anywhere(r, "Jan Holm")


def test_the_leaders_of_two_states_are_their_named_leaders(extract):
    r = extract(
        "Chilean President Ana Ruiz and Peruvian President Jorge Paz signed a water deal last year. The leaders of "
        "Chile and Peru will meet in Lima on Monday.",
        published=PUBLISHED,
    )
    assert _events_of(r, "Ana Ruiz", "Jorge Paz", "Chile", "Peru")


def test_the_leaders_of_two_states_named_after(extract):
    r = extract(
        "The leaders of Chile and Peru had been planning to meet in Lima on Monday. Chilean President Ana Ruiz said "
        "she regretted it. Peruvian President Jorge Paz gave no reason.",
        published=PUBLISHED,
    )
    assert _events_of(r, "Ana Ruiz", "Jorge Paz")


def test_the_leaders_of_two_states_stay_states_when_one_leader_is_unnamed(extract):
    r = extract(
        "Chilean President Ana Ruiz signed a water deal last year. The leaders of Chile and Peru will meet in Lima on "
        "Monday.",
        published=PUBLISHED,
    )
    assert _events_of(r, "Chile", "Peru")
    assert not _named_anywhere(r, "Ana Ruiz")


def test_the_leaders_of_two_states_stay_states_when_a_state_has_two_leaders(extract):
    r = extract(
        "Chilean President Ana Ruiz and Chilean Prime Minister Tomas Vidal met Peruvian President Jorge Paz last "
        "year. The leaders of Chile and Peru will meet in Lima on Monday.",
        published=PUBLISHED,
    )
    planned = [e for e in r["events"] if e["status"] == "planned"]
    assert planned and event_names(r, planned[0]) == {"Chile", "Peru"}


def test_the_two_men_between_whom_talks_are_told_may_be_named_after(extract):
    r = extract(
        "“The meeting between the two men will be held in Bern next month,” said Envoy Olga Fenn, who has long sought "
        "talks between President Rui Tavares and President Kofi Mensa.",
        published=PUBLISHED,
    )
    planned = [e for e in _exactly(r, "Rui Tavares", "Kofi Mensa") if e["status"] == "planned"]
    assert planned and _place(planned[0]) == "Bern"
    assert not _named_anywhere(r, "Olga Fenn")


def test_the_two_men_are_not_the_one_named_after_their_teller(extract):
    r = extract(
        "“The meeting between the two men will be held in Bern next month,” said Envoy Olga Fenn, an aide to "
        "President Rui Tavares.",
        published=PUBLISHED,
    )
    assert not _named_anywhere(r, "Olga Fenn")
    assert not _named_anywhere(r, "Rui Tavares")


def test_the_teller_of_talks_between_the_two_delegations_is_no_side(extract):
    r = extract(
        "Foreign Minister Lina Haddad received Foreign Minister Omar Said in Tunis on Monday. Its spokesman, Karim "
        "Belhaj, said the talks between the two delegations had been held at the request of the Tunisian side.",
        published=PUBLISHED,
    )
    assert _exactly(r, "Lina Haddad", "Omar Said")
    assert not _named_anywhere(r, "Karim Belhaj")
