"""Round fifty-one (helper W): the wrong person taken as a contact's side. A speaker telling of someone else's
contact ("Carter said the president would welcome a meeting with X") is no party to it; the contact is the
subject's (rule party.speaker-tells-of-another). An office told inside a clause someone reports ("Evans said the
mayor met X") is never that reporter, who would have said "I" or "he" (rule speaker.not-its-reporter). "He" as the
subject of a clause a named person reports ("Osei said he had telephoned X") is that person, before the subject of
a main clause further back (rule pronoun.reporters-own). Sentences written for these tests (names invented)."""


def parties(record: dict) -> list[set[str]]:
    """The names of each event's parties."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [{names[p] for p in e["participants"]} for e in record["events"]]


def test_a_spokesman_telling_of_the_presidents_meeting_is_no_party(extract):
    # party.speaker-tells-of-another: the meeting is the president's, not the spokesman's
    record = extract(
        "President Ana Ruiz spent the day in Lima. Her spokesman, John Carter, said the president would welcome a "
        "meeting with Chancellor Greta Lind at any time."
    )
    assert parties(record) == [{"Ana Ruiz", "Greta Lind"}]


def test_a_client_told_of_by_a_lawyer_leaves_the_lawyer_out(extract):
    # party.speaker-tells-of-another: an unnamed subject is still someone else than the speaker
    record = extract("Outside the court, Tomas Berg said the chairman would welcome a meeting with Mayor Ivo Dahl.")
    assert not any("Tomas Berg" in sides for sides in parties(record))


def test_a_speaker_telling_of_talks_with_no_one_else_named_is_still_a_party(extract):
    # negative: party.speaker still fires when the speaker's own words tell of the talks
    record = extract("“We are preparing for talks with President Ana Ruiz,” Chancellor Greta Lind said.")
    assert parties(record) == [{"Ana Ruiz", "Greta Lind"}]


def test_an_office_in_a_reported_clause_is_still_the_holder_named_before(extract):
    # negative: the mayor named with her office stays the mayor, the reporter or not
    record = extract(
        "Mayor Ann Holt opened the harbour fair on Friday. Carl Evans said on Monday that the mayor met Bill Jones "
        "at a restaurant."
    )
    assert parties(record) == [{"Ann Holt", "Bill Jones"}]


def test_an_office_no_one_holds_is_left_unnamed_not_given_to_the_reporter(extract):
    # speaker.not-its-reporter: the reporter, the person just named, is not "the mayor" he tells of
    record = extract("Carl Evans said on Monday that the mayor met Bill Jones at a restaurant.")
    assert not any("Carl Evans" in sides for sides in parties(record))


def test_he_reported_by_a_named_person_is_that_person(extract):
    # pronoun.reporters-own: "Osei said he had telephoned": Osei, not Kell who writes it
    record = extract(
        "Editor Tom Kell questioned the witness for an hour. Kell wrote that Mr. Kofi Osei said he had "
        "telephoned Senator Hana Brandt on Monday."
    )
    assert {"Kofi Osei", "Hana Brandt"} in parties(record)


def test_he_after_who_said_is_the_person_the_clause_is_about(extract):
    # pronoun.reporters-own: "Reed, a former director, who said he had met X": Reed
    record = extract(
        "Judge Mara Lenz opened the hearing on Monday. The court heard from Tom Reed, a former director of the "
        "port, who said he had met Ali Varga twice in Rome."
    )
    assert {"Tom Reed", "Ali Varga"} in parties(record)


def test_she_reported_by_a_man_stays_with_the_woman(extract):
    # negative: a reporter of the other gender is not "she"
    record = extract(
        "Foreign Minister Lena Moss flew to Oslo on Monday. Her aide, Mr Piet Brandt, said she had met Prime "
        "Minister Jonas Dahl there."
    )
    assert all("Piet Brandt" not in sides for sides in parties(record))
    assert any({"Lena Moss", "Jonas Dahl"} <= sides for sides in parties(record))
