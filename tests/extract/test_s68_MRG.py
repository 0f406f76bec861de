"""Splits and merges of events (session 68, helper MRG): a further contact told as not yet held stays apart from the
held one (merge.further-not-held, merge.further-told-again, status.left-open); the people of a contact between
states told in its "where" clause are its parties (merge.people-where-the-states-met); "not … detailed discussions"
denies a degree, not the contact (status.degree-negated); a call noun tells the mode of a contact told without one
(merge.call-of-a-contact); plans that fell through are denied (status.plan-fell-through) and one put off is still
to come (status.postponed on "the postponement of"). On sentences written for these tests (names invented)."""

from tests.conftest import event_names

PUBLISHED = "2016-09-15"


def statuses(record: dict) -> list[str]:
    return sorted(e["status"] for e in record["events"])


def test_the_next_meeting_left_open_is_its_own_possible_contact(extract):
    # status.left-open: read as denied, the next meeting would be kept apart by merge.further-not-held; read as
    # possible, the stage keeps it apart already
    r = extract(
        "Foreign Minister Anna Lind met President Carlos Ruiz in Quito on Monday. "
        "Lind said it is not clear when the next meeting with Ruiz will take place.",
        published=PUBLISHED,
    )
    assert statuses(r) == ["hypothetical", "occurred"]
    held = next(e for e in r["events"] if e["status"] == "occurred")
    assert not held["confirmations"]  # the open question is no denial of Monday's meeting


def test_a_contact_to_come_whose_time_is_not_clear_is_possible_not_denied(extract):
    r = extract("It is not clear when Foreign Minister Anna Lind will meet President Carlos Ruiz.", published=PUBLISHED)
    assert statuses(r) == ["hypothetical"]


def test_a_contact_to_come_whose_time_is_not_known_is_possible_not_denied(extract):
    r = extract("It is not known when Foreign Minister Anna Lind will meet President Carlos Ruiz.", published=PUBLISHED)
    assert [event_names(r, e) for e in r["events"]] == [{"Anna Lind", "Carlos Ruiz"}]
    assert statuses(r) == ["hypothetical"]


def test_a_contact_to_come_whose_place_has_not_been_decided_is_possible(extract):
    r = extract(
        "It has not been decided where Foreign Minister Anna Lind will meet President Carlos Ruiz.",
        published=PUBLISHED,
    )
    assert [event_names(r, e) for e in r["events"]] == [{"Anna Lind", "Carlos Ruiz"}]
    assert statuses(r) == ["hypothetical"]


def test_a_held_contact_whose_time_is_not_known_stays_held(extract):
    # negative: told in the past, the contact was held
    r = extract(
        "Foreign Minister Anna Lind and President Carlos Ruiz were in Quito on Monday. "
        "It is not known when Lind met Ruiz.",
        published=PUBLISHED,
    )
    assert statuses(r) == ["occurred"]


def test_a_held_contact_whose_time_is_not_clear_stays_held(extract):
    r = extract(
        "Foreign Minister Anna Lind and President Carlos Ruiz were in Quito on Monday. "
        "It is not clear when Lind met Ruiz.",
        published=PUBLISHED,
    )
    assert statuses(r) == ["occurred"]


def test_talks_of_the_same_states_to_be_resumed_are_not_the_talks_held(extract):
    # guard: merge.further-not-held and merge.same-parties-other-stage each keep these apart
    r = extract(
        "Chile and Peru held talks in Lima on Monday. Negotiations between Chile and Peru will be resumed next month.",
        published=PUBLISHED,
    )
    assert statuses(r) == ["occurred", "planned"]
    planned = next(e for e in r["events"] if e["status"] == "planned")
    assert event_names(r, planned) == {"Chile", "Peru"}
    assert planned["date"]["value"] == "2016-10"


def test_talks_of_the_same_states_not_to_be_resumed_are_no_denial_of_the_talks_held(extract):
    # merge.further-not-held alone: a denial may answer a contact told at any stage, so only the further reading
    # keeps the denied resumption from being the talks held
    r = extract(
        "Chile and Peru held talks in Lima on Monday. "
        "Negotiations between Chile and Peru will not be resumed, officials said.",
        published=PUBLISHED,
    )
    assert [event_names(r, e) for e in r["events"]] == [{"Chile", "Peru"}, {"Chile", "Peru"}]
    assert statuses(r) == ["denied", "occurred"]
    held = next(e for e in r["events"] if e["status"] == "occurred")
    assert not any(c["status"] == "denied" for c in held["confirmations"])


def test_talks_resumed_with_no_parties_are_between_the_sides_of_the_talks_held(extract):
    # merge.another: a resumption told with no parties takes those of the contact before it (merge.further-not-held
    # needs parties of its own)
    r = extract(
        "Chile and Peru held talks in Lima on Monday. The negotiations will be resumed next month.", published=PUBLISHED
    )
    assert [event_names(r, e) for e in r["events"]] == [{"Chile", "Peru"}, {"Chile", "Peru"}]
    assert statuses(r) == ["occurred", "planned"]


def test_the_next_meeting_after_meeting_again_is_that_meeting(extract):
    r = extract(
        "Premier Ana Holm met President Ivo Marek on Monday. They will meet again in three weeks. "
        "Holm did not say where the next meeting would be held.",
        published=PUBLISHED,
    )
    assert statuses(r) == ["occurred", "planned"]


def test_met_again_on_another_day_is_two_contacts(extract):
    r = extract("Minister Jorge Soto met Minister Ana Vega in Lima on Monday and met Vega again in Cusco on Friday.")
    assert len(r["events"]) == 2


def test_a_second_meeting_held_elsewhere_is_still_its_own(extract):
    r = extract(
        "Premier Ana Holm met President Ivo Marek in Oslo on Monday. "
        "Their second meeting took place in Bergen on Tuesday.",
        published=PUBLISHED,
    )
    assert statuses(r) == ["occurred", "occurred"]


def test_people_meeting_where_the_talks_of_their_states_took_place_are_that_contact(extract):
    r = extract(
        "The long-awaited resumption of dialogue between Chile and Peru took place on Tuesday in Lima, "
        "where Jorge Soto and Ana Vega had their first official meeting.",
        published=PUBLISHED,
    )
    assert [event_names(r, e) for e in r["events"]] == [{"Jorge Soto", "Ana Vega"}]


def test_a_person_of_a_third_state_met_where_two_states_talked_is_another_contact(extract):
    r = extract(
        "Talks between Chile and Peru took place on Tuesday in Lima, "
        "where Jorge Soto met the Brazilian envoy Ana Vega.",
        published=PUBLISHED,
    )
    assert len(r["events"]) == 2


def test_no_detailed_discussions_to_come_are_no_denial_of_the_meeting(extract):
    r = extract(
        "Premier Lena Holt will meet Prime Minister Ken Arai in Tokyo on Thursday. "
        "Holt said there would not be detailed discussions with Arai.",
        published=PUBLISHED,
    )
    assert statuses(r) == ["planned"]
    assert not any(c["status"] == "denied" for c in r["events"][0]["confirmations"])


def test_no_lengthy_talks_held_are_the_meeting_held(extract):
    r = extract(
        "Premier Lena Holt met Prime Minister Ken Arai in Tokyo on Thursday. "
        "Holt said there were no lengthy talks with Arai.",
        published=PUBLISHED,
    )
    assert statuses(r) == ["occurred"]
    assert not any(c["status"] == "denied" for c in r["events"][0]["confirmations"])


def test_no_separate_meeting_is_still_denied(extract):
    r = extract(
        "Premier Lena Holt is in Tokyo for the summit. "
        "An aide to Prime Minister Ken Arai said there would be no separate meeting with Holt.",
        published=PUBLISHED,
    )
    assert "denied" in statuses(r)


def test_no_serious_talks_for_years_are_denied(extract):
    # negative: "serious" tells whether there were talks worth the name, not how much was said
    r = extract(
        "Governor Lena Holt said there have been no serious talks with Premier Ken Arai for years.", published=PUBLISHED
    )
    assert [event_names(r, e) for e in r["events"]] == [{"Lena Holt", "Ken Arai"}]
    assert statuses(r) == ["denied"]


def test_no_meaningful_dialogue_since_a_year_is_denied(extract):
    # negative: no meeting held in 2012 either
    r = extract(
        "Governor Lena Holt said there has been no meaningful dialogue with Premier Ken Arai since 2012.",
        published=PUBLISHED,
    )
    assert [event_names(r, e) for e in r["events"]] == [{"Lena Holt", "Ken Arai"}]
    assert statuses(r) == ["denied"]


def test_the_call_names_how_a_first_contact_was_held(extract):
    r = extract(
        "Premier Luis Pardo had his first contact with President Dan Tully last Saturday, an aide said. "
        "The call took place while Tully was in Ohio.",
        published=PUBLISHED,
    )
    assert [e["mode"] for e in r["events"]] == ["phone"]


def test_a_call_after_a_meeting_is_no_retelling_of_it(extract):
    r = extract(
        "Premier Ana Sol met President Dan Tully in Lima on Monday. "
        "Officials said a telephone call had also taken place.",
        published=PUBLISHED,
    )
    assert [e["mode"] for e in r["events"]] == ["meeting"]


def test_supposed_to_meet_but_is_denied_and_dated_as_planned(extract):
    r = extract(
        "Premier Kaja Lind was also supposed to meet with President Egon Vask in Riga on Friday "
        "but he was diagnosed with flu on Thursday.",
        published=PUBLISHED,
    )
    assert statuses(r) == ["denied"]
    assert r["events"][0]["date"]["value"] == "2016-09-16"


def test_a_plan_cancelled_in_a_but_clause_is_denied(extract):
    r = extract(
        "Premier Kaja Lind had been planning to meet President Egon Vask in Riga, "
        "but Vask canceled the plan without notice.",
        published=PUBLISHED,
    )
    assert statuses(r) == ["denied"]


def test_hoping_to_meet_and_then_but_they_did_not_is_denied(extract):
    r = extract(
        "Senator Ana Reyes arrived in Apia on Monday and was hoping to meet with Prime Minister Tui Leota. "
        "But she did not.",
        published=PUBLISHED,
    )
    meeting = next(e for e in r["events"] if "Tui Leota" in event_names(r, e))
    assert meeting["status"] == "denied"


def test_hoping_to_meet_and_then_but_they_did_not_past_a_blank_line_is_denied(extract):
    r = extract(
        "Senator Ana Reyes arrived in Apia on Monday and was hoping to meet with Prime Minister Tui Leota.\n\n"
        "But she did not.",
        published=PUBLISHED,
    )
    meeting = next(e for e in r["events"] if "Tui Leota" in event_names(r, e))
    assert meeting["status"] == "denied"


def test_a_plan_with_a_but_that_undoes_nothing_stays_planned(extract):
    r = extract(
        "Senator Ana Reyes is supposed to meet Prime Minister Tui Leota on Friday, but the talks may be short.",
        published=PUBLISHED,
    )
    assert statuses(r) == ["planned"]


def test_a_hope_followed_by_a_but_about_something_else_stays_possible(extract):
    r = extract(
        "Senator Ana Reyes was hoping to meet with Prime Minister Tui Leota. But the weather did not help.",
        published=PUBLISHED,
    )
    assert statuses(r) == ["hypothetical"]


def test_the_postponement_of_a_visit_leaves_it_to_come(extract):
    r = extract(
        "Senator Ana Reyes said Prime Minister Tui Leota had returned a positive test, "
        "hence the postponement of his visit to Chile.",
        published=PUBLISHED,
    )
    assert statuses(r) == ["planned"]


def test_the_cancellation_of_a_visit_denies_it(extract):
    r = extract(
        "Officials blamed the weather for the cancellation of President Ivo Marek's visit to Chile.",
        published=PUBLISHED,
    )
    assert statuses(r) == ["denied"]


def test_a_meeting_whose_cancellation_was_announced_and_one_held_are_two(extract):
    r = extract(
        "Officials announced the cancellation of a meeting between President Ana Ruiz and Chancellor Greta Lind. "
        "The two did meet briefly before the dinner on Tuesday, an aide said.",
        published=PUBLISHED,
    )
    assert [event_names(r, e) for e in r["events"]] == [{"Ana Ruiz", "Greta Lind"}] * 2
    assert statuses(r) == ["denied", "occurred"]


def test_a_telephone_call_told_after_spoke_with_is_that_contact(extract):
    r = extract(
        "President Ana Ruiz of Chile on Tuesday spoke with President Ivo Marek, expressing regret over the demolition "
        "of a building. The building had stood empty for years. In a telephone call, according to the presidential "
        "aide, the Chilean leader told President Marek that an inquiry had begun.",
        published=PUBLISHED,
    )
    assert [e["mode"] for e in r["events"]] == ["phone"]


def test_a_telephone_call_told_after_a_meeting_leaves_the_meeting_a_meeting(extract):
    r = extract(
        "President Ana Ruiz of Chile on Tuesday met President Ivo Marek in Lima. The building had stood empty for "
        "years. In a telephone call, according to the presidential aide, the Chilean leader told President Marek "
        "that an inquiry had begun.",
        published=PUBLISHED,
    )
    assert [e["mode"] for e in r["events"]] == ["meeting", "phone"]


def test_the_same_states_possibly_meeting_later_is_another_contact(extract):
    # merge.same-parties-other-stage (no "again", "next" or "resumed": merge.further-not-held has no part)
    r = extract(
        "Chile and Peru held talks in Lima on Monday. Officials said Chile and Peru may meet in Santiago in May.",
        published=PUBLISHED,
    )
    assert [event_names(r, e) for e in r["events"]] == [{"Chile", "Peru"}, {"Chile", "Peru"}]
    assert statuses(r) == ["hypothetical", "occurred"]


def test_the_same_states_talks_retold_at_the_same_stage_are_one_contact(extract):
    r = extract(
        "Chile and Peru held talks in Lima on Monday. The talks between Chile and Peru lasted five hours.",
        published=PUBLISHED,
    )
    assert statuses(r) == ["occurred"]


def test_a_next_meeting_said_not_to_take_place_does_not_deny_the_meeting_held(extract):
    r = extract(
        "Foreign Minister Anna Lind met President Carlos Ruiz in Quito on Monday. "
        "Lind said the next meeting with Ruiz would not take place in Quito.",
        published=PUBLISHED,
    )
    assert statuses(r) == ["denied", "occurred"]
    held = next(e for e in r["events"] if e["status"] == "occurred")
    assert not any(c["status"] == "denied" for c in held["confirmations"])


def test_talks_that_will_not_resume_are_no_denial_of_the_meeting_held(extract):
    r = extract(
        "Foreign Minister Anna Lind met President Carlos Ruiz in Quito on Monday. "
        "Ruiz said talks with Lind would not resume.",
        published=PUBLISHED,
    )
    assert statuses(r) == ["denied", "occurred"]
