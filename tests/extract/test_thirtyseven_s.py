"""Speakers from round thirty-seven (helper s): the general causes of wrong speakers across the whole gate, tested
on sentences written for these tests."""


def actor_of(record: dict, words: str) -> dict | None:
    """The actor the quote that starts with ``words`` is attributed to."""
    by_id = {a["id"]: a for a in record["actors"]}
    quote = next(q for q in record["quotes"] if q["content"]["text"].startswith(words))
    return by_id.get(quote.get("speaker_actor"))


def test_an_office_is_named_with_s_and_known_by_its_other_forms(extract):
    # speaker.service-name-forms: "Burgess's office", also "Burgess' office" and "Office of Ada Burgess"
    record = extract("Senator Ada Burgess opposed the new fares. Her office said the ferry must stay public.")
    office = actor_of(record, "the ferry")
    assert office is not None and office["name"] == "Ada Burgess's office", office
    assert {"Ada Burgess' office", "Office of Ada Burgess", "Burgess's office"} <= set(office["aliases"]), office


def test_a_report_by_a_paper_is_the_papers_not_the_deniers(extract):
    # quote.report-of-another: the that-clause on "a report by X" is X's, though the parse hung it on the verb
    record = extract(
        "The senator's campaign pushed back on a report by the Valley Tribune that he had met privately with "
        "lobbyists in March."
    )
    outlet = actor_of(record, "that he had met")
    assert outlet is not None and outlet["name"] == "Valley Tribune", outlet


def test_said_in_a_report_stays_the_speakers_own(extract):
    record = extract("The harbour minister said in a report that the pier would close in May.")
    speaker = actor_of(record, "that the pier")
    assert speaker is not None and speaker["name"] == "harbour minister", speaker


def test_a_woman_called_a_spokesman_is_still_she(extract):
    # gender.name-over-job-word: "spokesman" with a woman's given name (after a rank) does not make him a man
    record = extract(
        "Farah met the commanders in Kismayo. A spokesman for the army, Major Wanjiru Kamau, denied that any such "
        "meeting had been held. \u201cThere was no meeting of the kind described,\u201d she said."
    )
    speaker = actor_of(record, "\u201cThere was no meeting")
    assert speaker is not None and speaker["name"].endswith("Wanjiru Kamau"), speaker


def test_a_spokesman_with_a_mans_name_is_not_she(extract):
    record = extract(
        "Farah met the commanders in Kismayo. A spokesman for the army, Major Peter Kamau, denied that any such "
        "meeting had been held. Farah's aide, Amina Odhiambo, was blunter. \u201cThey met,\u201d she said."
    )
    speaker = actor_of(record, "\u201cThey met")
    assert speaker is not None and speaker["name"] == "Amina Odhiambo", speaker


def test_the_agency_is_the_agency_just_named_not_a_paper(extract):
    # speaker.body-by-its-noun: "the agency" after "the Forum Fisheries Agency", no outlet named since
    record = extract(
        "The minister called the director of the Forum Fisheries Agency on Tuesday. The agency said the call was brief."
    )
    body = actor_of(record, "the call was brief")
    assert body is not None and body["name"] == "Forum Fisheries Agency", body
