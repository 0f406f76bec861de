"""Round fifty-seven: rules found on a fresh set of world press (names invented)."""

from tests.conftest import event_names, quote_with, speaker_name


def test_spoke_on_the_phone_with_is_a_call_with_the_one_named(extract):
    record = extract(
        "Chancellor Lena Kessler was surprised by the call.\n\nKessler on Friday spoke on the phone with Russian "
        "President Pavel Orlov for about an hour."
    )  # the parse hangs "with" on the phone
    calls = [e for e in record["events"] if event_names(record, e) == {"Lena Kessler", "Pavel Orlov"}]
    assert calls and calls[0]["mode"] == "phone"


def test_spoke_on_the_phone_alone_is_no_contact(extract):
    assert not extract("Chancellor Ilse Brandt spoke on the phone for about an hour.")["events"]


def test_he_added_is_the_last_speaker_not_a_nearer_man_who_said_nothing(extract):
    record = extract(
        "Foreign Minister Abdul Karim said Ambassador Peter Lund met him on Monday. Lund left the place immediately "
        'due to security concerns. "He was very disappointed by this incident," he added.'
    )
    assert speaker_name(record, quote_with(record, "He was very disappointed")) == "Abdul Karim"


def test_he_said_after_a_nearer_man_stays_with_him(extract):
    record = extract(
        "Foreign Minister Abdul Karim said Ambassador Peter Lund met him on Monday. Lund left the place immediately "
        'due to security concerns. "I was very disappointed by this incident," he said.'
    )
    assert speaker_name(record, quote_with(record, "I was very disappointed")) == "Peter Lund"


def test_he_added_after_a_man_who_spoke_himself_stays_with_him(extract):
    record = extract(
        'Foreign Minister Abdul Karim said the talks would go on. Ambassador Peter Lund said he was "hopeful". '
        '"We expect a text by Friday," he added.'
    )
    assert speaker_name(record, quote_with(record, "We expect a text by Friday")) == "Peter Lund"


HELD_THEN_ASKED_ABOUT = (
    "Premier Ana Holm met the developer Ivo Brandt last week.\n\nAsked on Wednesday about Holm's recent meeting "
    "with Brandt, her spokesman Tomas Reyes said he did not know about the nature of the meeting.\n\n"
    '"No. I have no indications of what those meetings were; probably a courtesy call," Reyes told reporters.'
)


def test_a_meeting_asked_about_is_the_one_told_and_not_dated_to_the_question(extract):
    record = extract(HELD_THEN_ASKED_ABOUT, published="2026-03-12")
    met = [e for e in record["events"] if event_names(record, e) == {"Ana Holm", "Ivo Brandt"}]
    assert len(met) == 1
    assert met[0]["date"]["value"] != "2026-03-11"  # the Wednesday Reyes was asked


def test_no_indication_of_what_the_meetings_were_denies_nothing(extract):
    record = extract(HELD_THEN_ASKED_ABOUT, published="2026-03-12")
    met = [e for e in record["events"] if event_names(record, e) == {"Ana Holm", "Ivo Brandt"}]
    assert [e["status"] for e in met] == ["occurred"]


def test_a_meeting_denied_outright_is_still_denied(extract):
    record = extract("Premier Ana Holm's spokesman said she did not meet the developer Ivo Brandt last week.")
    assert [e["status"] for e in record["events"]] == ["denied"]


def test_a_palace_the_opposition_met_in_is_no_party(extract):
    record = extract(
        "Council President Jan Vos mediated talks between the ruling party and the opposition in the Presidential "
        "Palace in Lunport on Monday."
    )
    names = set().union(*(event_names(record, e) for e in record["events"]))
    assert "opposition" in names
    assert not any("Palace" in n for n in names)


def test_he_said_after_a_stance_told_in_the_passive_is_its_agent(extract):
    record = extract(
        'Governor Ana Ruiz met Senator Mark Ode and Mayor Tom Bell on Monday. "We will wait," Bell said.\n\n'
        'The plan was rejected by Mr Ode.\n\n"Other options are on the table," he said.'
    )
    assert speaker_name(record, quote_with(record, "Other options")) == "Mark Ode"


def test_he_said_after_a_deed_told_in_the_passive_is_not_its_agent(extract):
    record = extract(
        "Minister Tom Bell met Prime Minister Eva Berg in Oslo on Monday. The meeting was arranged by Mark Ode, a "
        "retired diplomat. He said he would return in May to meet Berg again."
    )
    assert speaker_name(record, quote_with(record, "return in May")) == "Tom Bell"


def test_a_government_meeting_by_itself_in_headline_and_story_is_no_contact(extract):
    record = extract(
        "Latvian government meets on Monday over the port strike\n\nOn Monday morning, the Latvian government held "
        "an extraordinary cabinet meeting, during which ministers were briefed on the port strike.\n\n"
        '"I can assure you that there is no threat to the harbour," said Prime Minister Anna Holm.',
        published="2026-03-12",
        title="Latvian government meets on Monday over the port strike",
        outlet="Harbour News",
    )
    assert not record["events"]


def test_two_governments_meeting_are_still_two_sides(extract):
    record = extract(
        "Latvian government meets Estonian government on Monday\n\nOn Monday morning, the Latvian government held "
        "talks with the Estonian government in Riga.",
        published="2026-03-12",
        outlet="Harbour News",
    )
    assert record["events"]
