"""Contacts told once with several listed on the other side that are one contact with each (session 63, helper L):
calls to the leaders of several states (rule contact.call-each), "met respectively with" (rule contact.separately),
plural contacts with a group told by its states (rule contact.group-of-listed-states), a name of such a list the
parse took for an adverb (rule party.person-as-adverb), and royals named by style and realm (rule
actor.royal-of-a-state); on sentences written for these tests (names invented)."""

from tests.conftest import actor_named, event_names, events_with

PUBLISHED = "2026-03-12"


def _pairs(record: dict, *names: str) -> list[set[str]]:
    """The participant sets of the record's events that take in any of ``names``."""
    return [event_names(record, e) for e in record["events"] if set(names) & event_names(record, e)]


def test_telephoned_leaders_of_two_states_is_a_call_with_each(extract):
    """ "telephoned Prime Minister Aldo Berri of Italy and President Ivan Petko of Ukraine": two calls."""
    r = extract(
        "President Lena Ostrom telephoned Prime Minister Aldo Berri of Italy and President Ivan Petko of Ukraine on "
        "Monday.",
        published=PUBLISHED,
    )
    assert events_with(r, "Lena Ostrom", "Aldo Berri")
    assert events_with(r, "Lena Ostrom", "Ivan Petko")
    assert not events_with(r, "Aldo Berri", "Ivan Petko")
    assert all(e["mode"] == "phone" for e in r["events"])


def test_spoke_by_telephone_with_two_leaders_is_a_call_with_each(extract):
    """ "spoke by telephone with the Japanese prime minister and the South Korean president": two calls."""
    r = extract(
        "Ostrom spoke by telephone on Wednesday with Japanese Prime Minister Kenji Arata and South Korean President "
        "Park Min-jae and stressed the need for a united response.",
        published=PUBLISHED,
    )
    assert events_with(r, "Kenji Arata")
    assert events_with(r, "Park Min-jae")
    assert not events_with(r, "Kenji Arata", "Park Min-jae")


def test_counterparts_in_two_states_are_each_a_call_and_no_place(extract):
    """ "had spoken with her counterparts in Uruguay and Jordan": a call with each state, had in neither."""
    r = extract(
        "Before the summit, President Lena Ostrom had spoken with her counterparts in Uruguay and Jordan.",
        published=PUBLISHED,
    )
    assert events_with(r, "Lena Ostrom", "Uruguay")
    assert events_with(r, "Lena Ostrom", "Jordan")
    assert not events_with(r, "Uruguay", "Jordan")
    assert all(e["place"] is None for e in r["events"])


def test_a_name_of_the_list_taken_for_an_adverb_is_called_too(extract):
    """ "telephoned King Faisal of Saudi Arabia, Turkish President Emre Kaya and …": the parse hangs Kaya on the verb
    apart from its object; he is called, as the others are (rule party.person-as-adverb)."""
    r = extract(
        "Secretary-General Lena Ostrom telephoned King Faisal of Saudi Arabia, Turkish President Emre Kaya and "
        "Palestinian President Sami Haddad over the weekend, reiterating international terms for solving the conflict.",
        published=PUBLISHED,
    )
    assert events_with(r, "Lena Ostrom", "Emre Kaya")
    assert events_with(r, "Lena Ostrom", "Sami Haddad")


def test_a_conference_call_with_two_leaders_is_one_call(extract):
    """ "spoke by conference call with X and Y": one call of the three."""
    r = extract(
        "President Lena Ostrom spoke by conference call with Prime Minister Aldo Berri of Italy and President Ivan "
        "Petko of Ukraine on Monday.",
        published=PUBLISHED,
    )
    assert events_with(r, "Lena Ostrom", "Aldo Berri", "Ivan Petko")


def test_calls_with_people_of_one_state_are_left_whole(extract):
    """ "spoke by phone with Governor X of Iowa and Governor Y of Kansas": states not known as different, perhaps one
    call; left as told."""
    r = extract(
        "Secretary Dale Whitcomb spoke by phone with Gov. Tom Reinholt of Iowa and Gov. Carla Vance of Kansas on "
        "Monday.",
        published=PUBLISHED,
    )
    assert events_with(r, "Dale Whitcomb", "Tom Reinholt", "Carla Vance")


def test_meeting_leaders_of_two_states_is_one_meeting(extract):
    """ "met X of Italy and Y of Ukraine in Geneva": a meeting of the three, as often as two; left whole."""
    r = extract(
        "President Lena Ostrom met Prime Minister Aldo Berri of Italy and President Ivan Petko of Ukraine in Geneva "
        "on Monday.",
        published=PUBLISHED,
    )
    assert events_with(r, "Lena Ostrom", "Aldo Berri", "Ivan Petko")


def test_met_respectively_with_two_is_a_meeting_with_each(extract):
    """ "met respectively with X of Italy and Y of Ukraine": two meetings (rule contact.separately)."""
    r = extract(
        "On Tuesday, Foreign Minister Chen Wei met respectively with Foreign Minister Aldo Berri of Italy and Foreign "
        "Minister Ivan Petko of Ukraine in Geneva.",
        published=PUBLISHED,
    )
    assert events_with(r, "Chen Wei", "Aldo Berri")
    assert events_with(r, "Chen Wei", "Ivan Petko")
    assert not events_with(r, "Aldo Berri", "Ivan Petko")


def test_bilateral_meetings_with_a_group_of_two_states_are_one_with_each(extract):
    """ "held bilateral meetings with Latvian and Finnish officials": a meeting with Latvia and one with Finland,
    the group no side besides them (rule contact.group-of-listed-states)."""
    r = extract(
        "Foreign Minister Aldo Berri held bilateral meetings with Latvian and Finnish officials on Friday.",
        published=PUBLISHED,
    )
    assert sorted(map(sorted, _pairs(r, "Latvia", "Finland"))) == [["Aldo Berri", "Finland"], ["Aldo Berri", "Latvia"]]


def test_one_meeting_with_a_group_of_two_states_is_left_whole(extract):
    """ "held a meeting with Latvian and Finnish officials": one meeting, the states both its sides."""
    r = extract(
        "Foreign Minister Aldo Berri held a meeting with Latvian and Finnish officials on Friday.", published=PUBLISHED
    )
    assert events_with(r, "Aldo Berri", "Latvia", "Finland")


def test_a_king_of_a_realm_of_two_words_is_named_without_of(extract):
    """ "King Faisal of Saudi Arabia": the tagger takes "of" into the name; the king is Faisal, of Saudi Arabia."""
    r = extract("President Lena Ostrom telephoned King Faisal of Saudi Arabia on Monday.", published=PUBLISHED)
    king = actor_named(r, "Faisal")
    assert king["country"] == "SAU"
    assert not any(a["name"].endswith(" of") for a in r["actors"])
    assert events_with(r, "Lena Ostrom", "Faisal")


def test_a_king_the_tagger_misses_is_named_by_style_and_realm(extract):
    """ "King Omar of Saudi Arabia": the tagger leaves "Omar" untagged; he is a person, of Saudi Arabia, and the
    one called (rule actor.royal-of-a-state)."""
    r = extract("President Lena Ostrom telephoned King Omar of Saudi Arabia on Monday.", published=PUBLISHED)
    assert actor_named(r, "Omar")["country"] == "SAU"
    assert events_with(r, "Lena Ostrom", "Omar")


def test_a_place_named_after_a_king_is_no_royal(extract):
    """ "King Abdullah Economic City of Saudi Arabia": more than a name between the style and the realm."""
    r = extract("The delegation toured King Abdullah Economic City of Saudi Arabia on Monday.", published=PUBLISHED)
    assert not any(a["kind"] == "person" and "Economic" in a["name"] for a in r["actors"])


LISTED_AFTER_SHORT_FORM = (
    "On November 15, Chinese Foreign Minister Chen Wei, who was attending the ministerial meeting in Busan, met "
    "respectively with Minister of Foreign Affairs and Trade of the Republic of Korea (ROK) Kim Do-yun, Foreign "
    "Minister of Singapore Tan Boon Keat and Foreign Minister of New Zealand Grant Haddon."
)


def test_no_sentence_starts_after_a_bracketed_short_form(nlp):
    """ "the Republic of Korea (ROK) Kim Do-yun": the parser ended the sentence at the bracket and lost the list of
    those met; the name goes on in the sentence (nlp component names_after_titles)."""
    doc = nlp(LISTED_AFTER_SHORT_FORM)
    after = next(t for t in doc if t.text == ")").i + 1
    assert not doc[after].is_sent_start


def test_met_respectively_past_a_short_form_is_a_meeting_with_each(extract):
    """The whole list past "(ROK)" is met, each apart."""
    r = extract(LISTED_AFTER_SHORT_FORM, published=PUBLISHED)
    assert events_with(r, "Chen Wei", "Kim Do-yun")
    assert events_with(r, "Chen Wei", "Tan Boon Keat")
    assert events_with(r, "Chen Wei", "Grant Haddon")
    assert not events_with(r, "Kim Do-yun", "Tan Boon Keat")


def test_an_agency_in_brackets_after_a_place_is_no_short_form(nlp):
    """ "in Geneva (AFP) Aldo Berri said": the agency's letters are not the place's; the sentence the parser starts
    after it stays."""
    doc = nlp("Talks resumed in Geneva (AFP) Aldo Berri said on Monday.")
    after = next(t for t in doc if t.text == ")").i + 1
    assert doc[after].is_sent_start


def test_a_talk_told_where_it_was_had_is_left_whole(extract):
    """ "spoke with X of Italy and Y of Ukraine in Vienna": a talk where they were, perhaps of all three; left
    whole."""
    r = extract(
        "President Lena Ostrom spoke with Prime Minister Aldo Berri of Italy and President Ivan Petko of Ukraine in "
        "Vienna on Monday.",
        published=PUBLISHED,
    )
    assert events_with(r, "Lena Ostrom", "Aldo Berri", "Ivan Petko")


def test_a_three_way_call_with_a_list_stays_one_call(extract):
    # review: "three-way" is three tokens; the call told as many-sided is one call of them all
    record = extract(
        "President Ana Ruiz telephoned Chinese President Li Wen and Japanese Prime Minister Ken Sato in a three-way "
        "call on Monday.",
        published="2019-03-06",
    )
    calls = [e for e in record["events"] if e["mode"] == "phone"]
    assert len(calls) == 1
