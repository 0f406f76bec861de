"""Round fifty-two (lead): "the Chinese leader", "Mexico's leader" are the one person of that state the article
names with a head of state's or government's title, before or after (rule speaker.state-leader), for a quote's
speaker and a contact's party alike; and a long name with a family particle after three words is known by the
word before the particle ("Lula" of "Luiz Inacio Lula da Silva", rule actor.inner-surname); a guest written
"visiting X" after a verb of meeting or a preposition is the meeting's other side, not the object of a verb
"visiting" (the parse repair in backchannel.visiting_guests), and a call on such a guest was not paid in the guest's
capital (rule place.guest-not-home); subjects who engaged in or entered into talks took part (party.holder);
"the authority", "the university" are the body named before with that word (speaker.definite-org);
"called on Governor X" with "on" left alone by the parse is a visit (contact.call-on.bare-on), and "called Governor
X" a call, no name given (quote.call-without-name); "exchanged views with X" with the "with" on the views, a
sentence's opening "Visiting X called on Y", briefing a named person (contact.verb.brief), a meal hosted for a guest
(party.meal-for-guest), Burmese and military styles before a name (actor.honorific). Found from a battery of
passages in the world press's styles written and labelled blind by a helper (outside the repository).
Sentences written for these tests (names invented)."""

import pytest

from backchannel.extract.actor_countries import STATE_STYLE
from backchannel.extract.held_offices import office_words
from tests.conftest import events_with, quote_with, speaker_name

# speaker.state-leader


def test_the_states_leader_is_its_president_not_the_last_official_of_that_state(extract):
    record = extract(
        "Slovenian President Anton Melsk met Kenyan President Grace Wanjiru in Velgrad on Monday. Slovenian "
        "Foreign Minister Ivo Drazic said the visit was historic. The Slovenian leader said the two states were "
        "friends."
    )
    assert speaker_name(record, quote_with(record, "the two states were friends")) == "Anton Melsk"


def test_a_states_leader_by_possessive_is_its_named_president(extract):
    record = extract(
        "Chilean President Rosa Ibarra spoke with Argentine President Tomas Vidal on Friday. The call came a day "
        "after Chile's leader called off plans to meet Vidal in Buenos Aires next week."
    )
    assert len(events_with(record, "Rosa Ibarra", "Tomas Vidal")) >= 1
    assert not [a for a in record["actors"] if a["name"] == "Chile's leader"]


def test_the_states_leader_named_only_after(extract):
    record = extract(
        "Opposition candidate Lin Mei-hua said on Saturday she would be willing to meet the Slovenian leader if "
        "elected. Slovenian President Anton Melsk has made no comment."
    )
    assert events_with(record, "Lin Mei-hua", "Anton Melsk")


# actor.inner-surname, before a family particle


def test_a_long_name_is_known_by_the_word_before_its_particle(extract):
    record = extract(
        "Brazilian President Luiz Inacio Lula da Silva met Chilean President Gabriel Boric in Brasilia on Monday. "
        "Lula said the talks went well."
    )
    people = [a for a in record["actors"] if a["kind"] == "person"]
    assert {a["name"] for a in people} == {"Luiz Inacio Lula da Silva", "Gabriel Boric"}
    assert speaker_name(record, quote_with(record, "the talks went well")) == "Luiz Inacio Lula da Silva"


# visiting_guests (the parse): "met visiting X"; place.guest-not-home


@pytest.mark.parametrize(
    "text",
    [
        "President Rina Dewan met visiting Japanese Prime Minister Kenji Sato on Saturday.",
        "President Rina Dewan held talks with visiting Japanese Prime Minister Kenji Sato on Saturday.",
        "Opposition leader Rina Dewan paid a courtesy call on visiting Japanese Prime Minister Kenji Sato on Saturday.",
        "Foreign Minister Rina Dewan called on visiting Malaysian Prime Minister Amir Hashim at his hotel on Saturday.",
    ],
)
def test_a_guest_written_visiting_is_the_other_side(extract, text):
    record = extract(text)
    guest = "Kenji Sato" if "Sato" in text else "Amir Hashim"
    assert events_with(record, "Rina Dewan", guest)


def test_a_call_on_a_visiting_guest_is_not_placed_in_the_guests_capital(extract):
    record = extract(
        "Opposition leader Rina Dewan paid a courtesy call on visiting Japanese Prime Minister Kenji Sato on Saturday."
    )
    (event,) = events_with(record, "Rina Dewan", "Kenji Sato")
    assert (event["place"] or {}).get("name") != "Tokyo"


def test_visiting_after_a_time_word_stays_a_verb(nlp):
    # the parse repair keeps to verbs of meeting and prepositions of company: "after visiting X" is a visit made
    guest = nlp("President Rina Dewan met visiting Japanese Prime Minister Kenji Sato on Saturday.")
    made = nlp("President Rina Dewan met reporters on Saturday after visiting Japanese Prime Minister Kenji Sato.")
    assert next(t for t in guest if t.lower_ == "visiting").dep_ == "amod"
    assert next(t for t in made if t.lower_ == "visiting").dep_ != "amod"


# party.holder: "engaged in talks", "entered into negotiations"; contact.noun.circumstance-with: "a luncheon with"


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo engaged in talks on the border last year.",
        "Ghana and Togo were engaged in negotiations over the border last year.",
        "Ghana and Togo entered into talks on the border last year.",
    ],
)
def test_two_states_engaged_in_talks_met(extract, text):
    assert events_with(extract(text), "Ghana", "Togo")


def test_a_luncheon_with_someone_is_a_meeting_with_them(extract):
    record = extract(
        "Speaking at a luncheon with Ghanaian cocoa traders on Monday, Prime Minister Lena Moss said prices would rise."
    )
    assert events_with(record, "Lena Moss")


# speaker.definite-org: "the authority", "the university" named before


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Kisumu Revenue Authority raided the offices on Monday. The authority said it had found nothing.",
            "Kisumu Revenue Authority",
        ),
        (
            "Students protested at the University of Lagos on Monday. The university said classes would resume.",
            "University of Lagos",
        ),
    ],
)
def test_a_bodys_word_after_the_is_the_body_named_with_it(extract, text, body):
    record = extract(text)
    assert speaker_name(record, record["quotes"][-1]) == body


# contact.call-on.bare-on; quote.call-without-name: a titled name called is a call, not a name given


def test_called_on_a_titled_person_the_parse_left_on_alone_is_a_visit(extract):
    record = extract("President William Ruto called on Governor Amos Ndlovu on Monday.")
    assert [e["mode"] for e in events_with(record, "William Ruto", "Amos Ndlovu")] == ["visit"]


def test_calling_a_titled_person_is_a_call_and_no_quote(extract):
    record = extract("President William Ruto called Governor Amos Ndlovu on Monday.")
    assert record["quotes"] == []
    assert [e["mode"] for e in events_with(record, "William Ruto", "Amos Ndlovu")] == ["phone"]


def test_calling_a_titled_person_a_name_is_still_reported(extract):
    record = extract("Port news.\n\nRuto called Governor Ndlovu a coward.")
    assert "a coward" in record["quotes"][0]["content"]["text"]


# contact.verb.exchange-views ("with" on the views), the sentence-opening "Visiting", contact.verb.brief,
# party.meal-for-guest, honorifics ("Daw", "U", "Lt Gen")


@pytest.mark.parametrize(
    ("text", "sides", "mode"),
    [
        (
            "Chinese State Councilor Yang Jinhua exchanged views with Kazakh Foreign Minister Daulet Seitkali on "
            "regional issues on Thursday.",
            ("Yang Jinhua", "Daulet Seitkali"),
            "meeting",
        ),
        (
            "Visiting Afghan Foreign Minister Zalmai Hakimi called on Prime Minister Vinod Deshmukh in New Delhi on "
            "Monday.",
            ("Zalmai Hakimi", "Vinod Deshmukh"),
            "visit",
        ),
        (
            "Defence Secretary Grace Ngumi briefed President Samuel Kariuki on the security situation on Tuesday.",
            ("Grace Ngumi", "Samuel Kariuki"),
            "meeting",
        ),
        (
            "President Arif Hussain Mirza was briefed by army chief Khalid Nawaz Awan on the operation on Monday.",
            ("Arif Hussain Mirza", "Khalid Nawaz Awan"),
            "meeting",
        ),
        (
            "Defence Minister Andres Molina briefed President Eduardo Santamaria by telephone on Wednesday night.",
            ("Andres Molina", "Eduardo Santamaria"),
            "phone",
        ),
        (
            "Australian High Commissioner Penelope Ward hosted a luncheon for Opposition Leader Josaia Vosarogo in "
            "Suva on Tuesday.",
            ("Penelope Ward", "Josaia Vosarogo"),
            "meeting",
        ),
    ],
)
def test_constructions_of_the_worlds_press_tell_the_contact(extract, text, sides, mode):
    assert [e["mode"] for e in events_with(extract(text), *sides)] == [mode]


@pytest.mark.parametrize(
    "text",
    [
        "The minister briefed reporters on the plan on Monday.",
        "The mayor hosted a dinner for 200 guests on Friday.",
    ],
)
def test_briefing_reporters_or_feeding_guests_is_no_contact(extract, text):
    assert extract(text)["events"] == []


def test_burmese_and_military_styles_are_no_part_of_the_name(extract):
    record = extract(
        "Opposition leader Daw Khin Myat Noe met President U Kyaw Zeya Lwin and army chief Lt Gen Aung Min Tun on "
        "Monday."
    )
    people = {a["name"] for a in record["actors"] if a["kind"] == "person"}
    assert {"Khin Myat Noe", "Kyaw Zeya Lwin", "Aung Min Tun"} <= people


@pytest.mark.parametrize(
    ("text", "sides", "mode"),
    [
        (
            "Jailed former president Carlos Ruiz was visited in prison on Tuesday by Vice President Sofia Lara.",
            ("Sofia Lara", "Carlos Ruiz"),
            "visit",
        ),
        (
            "Nigerian President Musa Bello was called by his Ghanaian counterpart Kwame Mensah on Sunday.",
            ("Musa Bello", "Kwame Mensah"),
            "phone",
        ),
        (
            "Sultan Azlan Idris of Perak granted an audience to Chinese Ambassador Bai Tianyu at the palace on Monday.",
            ("Azlan Idris", "Bai Tianyu"),
            "meeting",
        ),
    ],
)
def test_passives_and_audiences_tell_the_contact(extract, text, sides, mode):
    # contact.visit.passive-by, contact.call.passive-by, party.audience-granted-to
    (event,) = events_with(extract(text), *sides)
    assert event["mode"] == mode


def test_the_visitor_by_whom_one_was_visited_is_the_actor(extract):
    record = extract(
        "Jailed former president Carlos Ruiz was visited in prison on Tuesday by Vice President Sofia Lara."
    )
    (event,) = events_with(record, "Sofia Lara", "Carlos Ruiz")
    visitor = next(a for a in record["actors"] if a["name"] == "Sofia Lara")
    assert event["actor"] == [visitor["id"]]


@pytest.mark.parametrize(
    "text", ["The village was visited by floods in 2010.", "The court granted bail to the suspect."]
)
def test_floods_and_bail_are_no_contact(extract, text):
    assert extract(text)["events"] == []


def test_a_given_name_before_a_particle_after_one_other_is_no_short_name(extract):
    # actor.inner-surname: "Alberto" of "Carlos Alberto da Silva" is a given name, no short form of him
    record = extract(
        "Foreign Minister Carlos Alberto da Silva met the envoy on Monday. Later Alberto Gomez, a trader, said "
        "prices were rising. Alberto said so again."
    )
    minister = next(a for a in record["actors"] if a["name"] == "Carlos Alberto da Silva")
    assert "Alberto" not in minister["aliases"]


def test_a_field_of_several_words_is_not_turned_round():
    # party.counterpart-named: "Minister of Foreign Affairs" is a foreign minister; "Minister of Higher Education"
    # stays as written, never "Higher Minister Education"
    assert office_words("Minister of Foreign Affairs") == "Foreign Minister"
    assert office_words("Minister of Higher Education") == "Minister of Higher Education"


def test_a_bodys_style_names_no_state():
    # actor.country-in-title-before: "the Football Federation of Peru" is a body's name, "the Republic of Moldova" and
    # "the Democratic Republic of the Congo" a state's
    assert STATE_STYLE.match("the Football Federation of Peru").group(1) != "Peru"
    assert STATE_STYLE.match("the Republic of Moldova").group(1) == "Moldova"
    assert STATE_STYLE.match("the Democratic Republic of the Congo").group(1) == "Congo"
