"""Session 65 (WM): the side a contact noun leaves unsaid, and named gatherings someone attends."""


def _names(record: dict, ids: list[str]) -> list[str]:
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [names[i] for i in ids]


def _events(record: dict) -> list[tuple[str, set[str]]]:
    return [(e["mode"], set(_names(record, e["participants"]))) for e in record["events"]]


def test_a_meeting_after_which_an_announcement_was_made_is_the_announcers(extract):
    record = extract(
        "Governor Ines Calloway announced a new ferry line on Friday. The announcement was made after a meeting "
        "with Peru's Ambassador Tomas Ybarra on Thursday.",
        published="2021-03-12",
    )
    assert ("meeting", {"Ines Calloway", "Tomas Ybarra"}) in _events(record)


def test_a_scheduled_meeting_with_no_one_for_subject_is_the_one_told_of_before(extract):
    record = extract(
        "Minister Karl Otten had hoped to settle the dispute in person. A meeting with the Latvian trade minister, "
        "Juris Kalns, had been scheduled in Riga for next month.",
        published="2021-03-12",
    )
    events = record["events"]
    assert [(e["mode"], e["status"], set(_names(record, e["participants"]))) for e in events] == [
        ("meeting", "planned", {"Karl Otten", "Juris Kalns"})
    ]


def test_the_next_item_on_an_agenda_is_its_owners_meeting(extract):
    record = extract(
        "Senator Ada Kuhl arrived in Vilnius on Monday. The next item on her agenda is a meeting with the speaker of "
        "the Seimas, Rasa Petraitis, in the course of which trade will be discussed.",
        published="2021-03-12",
    )
    assert any(names >= {"Ada Kuhl", "Rasa Petraitis"} for _, names in _events(record))
    record = extract(
        "On Tuesday, Kuhl's agenda features talks with President Jonas Varnas. The next item is a meeting with the "
        "speaker of the Seimas, Rasa Petraitis. Senator Ada Kuhl flies home on Friday.",
        published="2021-03-12",
    )
    assert any(names == {"Ada Kuhl", "Rasa Petraitis"} for _, names in _events(record))


def test_a_meeting_with_no_one_named_takes_no_one_from_before(extract):
    # negative: the press and an unnamed group are no side; a definite meeting was told before; a thing before
    for text in (
        "Governor Ines Calloway announced a new ferry line. The announcement was made after a meeting with reporters "
        "on Thursday.",
        "Governor Ines Calloway announced a new ferry line. The announcement was made after a meeting with her "
        "lawyers on Thursday.",
        "Governor Ines Calloway announced a new ferry line. The announcement was made after the meeting with Peru's "
        "Ambassador Tomas Ybarra on Thursday.",
        "The ferry line opened on Friday. The announcement was made after a meeting with Peru's Ambassador Tomas "
        "Ybarra on Thursday.",
    ):
        record = extract(text, published="2021-03-12")
        assert not any("Ines Calloway" in names for _, names in _events(record)), text
        assert not any(len(names) >= 2 for _, names in _events(record)), text


def test_one_met_in_the_sentence_before_is_not_who_met_next(extract):
    # negative: the sentence before is about one the minister met; the minister, named most, is the one the text
    # is about, and the rule does not guess against her
    record = extract(
        "Minister Lena Holm opened the forum in Oslo. Holm spoke first. Later Holm met the chair of the council, "
        "Ruth Ames. Ms Ames welcomed the support. A planned meeting with the Danish ambassador, Per Lund, could not "
        "take place.",
        published="2021-03-12",
    )
    assert not any("Ruth Ames" in names and names - {"Ruth Ames", "Lena Holm"} for _, names in _events(record))


def test_a_named_conference_attended_is_a_party_not_its_host_state(extract):
    record = extract(
        "In Estonia, Senator Ada Kuhl will attend the 12th Tallinn Conference on Digital Policy next month.",
        published="2021-03-12",
    )
    ((mode, names),) = _events(record)
    assert mode == "multilateral"
    assert names == {"Ada Kuhl", "Tallinn Conference on Digital Policy"}
    record = extract("Minister Ines Calloway attended the Lisbon Summit on Ocean Policy.", published="2021-03-12")
    ((mode, names),) = _events(record)
    assert (mode, names) == ("multilateral", {"Ines Calloway", "Lisbon Summit on Ocean Policy"})


def test_an_unnamed_or_unattended_gathering_keeps_its_host(extract):
    # negative: "the summit in Riga" names no gathering; "skipped" attends none
    record = extract("Minister Ines Calloway will attend the summit in Riga next week.", published="2021-03-12")
    ((_mode, names),) = _events(record)
    assert names == {"Ines Calloway", "Latvia"}
    record = extract(
        "Minister Ines Calloway did not attend the Tallinn Conference on Digital Policy.", published="2021-03-12"
    )
    assert not any("Tallinn Conference on Digital Policy" in names for _, names in _events(record))
