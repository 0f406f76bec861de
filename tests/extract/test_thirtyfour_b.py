"""Round thirty-four (b): contacts that were dropped: a contact noun in a background phrase that names whom it
was with and its own place or date, a contact named by a free relative, a visit to a foreign town or one told as
an invitation, and a month or a place told from the story ("that July", "there"); tested on sentences written for
these tests."""

from tests.extract.test_twentynine import parties


def _event(record: dict, *names: str) -> dict:
    """The one event whose participants include every name."""
    actors = {a["id"]: a["name"] for a in record["actors"]}
    hits = [e for e in record["events"] if set(names) <= {actors[p] for p in e["participants"]}]
    assert len(hits) == 1, record["events"]
    return hits[0]


def test_a_contact_set_in_a_background_phrase(extract):
    # contact.noun.set-in-phrase: whom with, and where or when, told in the phrase itself
    record = extract(
        "Ghana's trade minister, Kofi Mensah, dropped the tariff after a meeting in Lome on Monday with the Togolese "
        "premier, Ama Dogbe.",
        published="2024-05-10",
    )
    event = _event(record, "Kofi Mensah", "Ama Dogbe")
    # the Ghanaian went to Lome for it: a visit (rule mode.talks-in-the-hosts-country)
    assert (event["mode"], event["status"], event["place"]["name"]) == ("visit", "occurred", "Lome")
    record = extract(
        "Kofi Mensah told reporters he had changed his mind after a long phone call with Anna Berg last week.",
        published="2024-05-10",
    )
    assert _event(record, "Kofi Mensah", "Anna Berg")["mode"] == "phone"


def test_a_contact_told_before_is_still_background(extract):
    # "after the call with X" retells a contact; with no place or date of its own it tells none
    record = extract(
        "Kofi Mensah told reporters he had changed his mind after the phone call with Anna Berg.",
        published="2024-05-10",
    )
    assert record["events"] == []


def test_a_contact_named_by_a_free_relative(extract):
    # contact.noun.described-as-held: "held what X described as talks" holds the talks
    record = extract(
        'Kofi Mensah held what aides described as "long talks" with Anna Berg in Accra on Friday.',
        published="2024-05-10",
    )
    event = _event(record, "Kofi Mensah", "Anna Berg")
    assert (event["mode"], event["place"]["name"]) == ("meeting", "Accra")
    record = extract(
        "On Monday Karl Osei and Lars Nilsson began what both sides call detailed negotiations.",
        published="2024-05-10",
    )
    assert _event(record, "Karl Osei", "Lars Nilsson")["mode"] == "meeting"  # the naming "call" is no phone call


def test_a_visit_to_a_foreign_town_is_hosted_by_its_state(extract):
    # party.town-state; a minister's visit to a town at home visits no one
    record = extract(
        "Norway's foreign minister, Anna Berg, will pay a visit to Mombasa next week.", published="2024-05-10"
    )
    assert {"Anna Berg", "Kenya"} in parties(record), record["events"]
    record = extract(
        "Norway's foreign minister, Anna Berg, will pay a visit to Bergen next week.", published="2024-05-10"
    )
    assert all("Norway" not in p for p in parties(record)), record["events"]


def test_the_inviter_hosts_the_visit(extract):
    # party.inviter-hosts
    record = extract(
        "Governor Karl Osei invited Mayor Jan Nowak to visit Kumasi in the spring.", published="2024-05-10"
    )
    assert _event(record, "Jan Nowak", "Karl Osei")["mode"] == "visit"


def test_that_july_is_july_of_the_storys_year(extract):
    # date.that-month; the year a biography came out is not the story's
    record = extract(
        "Karl Osei was posted to Muscat in 1986. A 2009 biography states that Osei met Jan Nowak secretly in Muscat "
        "that July.",
        published="2024-05-10",
    )
    assert _event(record, "Karl Osei", "Jan Nowak")["date"]["value"] == "1986-07"


def test_there_and_that_night_are_where_the_story_was(extract):
    # place.told-before
    record = extract(
        "The talks opened in Oslo on Monday. That night Karl Osei spent nine hours with his Swedish counterpart, "
        "Lars Nilsson.",
        published="2024-05-10",
    )
    assert _event(record, "Karl Osei", "Lars Nilsson")["place"]["name"] == "Oslo"
    record = extract(
        "The final was played at the national stadium in Bangkok on Saturday. There, Deputy Foreign Minister Karl "
        "Osei sat down with Lars Nilsson.",
        published="2024-05-10",
    )
    assert _event(record, "Karl Osei", "Lars Nilsson")["place"]["name"] == "Bangkok"


def test_talks_before_a_done_act_took_place(extract):
    # status.before-a-done-act: the agreeing plans a reopening, not the talks that came before it
    record = extract(
        "Ghana and Togo agreed on Friday to reopen the border, after two days of talks here between Foreign Minister "
        "Kofi Mensah and his counterpart, Ama Dogbe.",
        published="2024-05-10",
    )
    assert _event(record, "Kofi Mensah", "Ama Dogbe")["status"] == "occurred"
