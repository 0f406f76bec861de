"""Where and when a contact took place (session 68, helper PLDT): a contact told as held just before a saying takes
the saying's day and place; a journey set out "for" a place; a place in what is discussed is no place; a town named by
a settlement noun; an occasion's own "held in"; the place that hosts; a place set at the front of a sentence; a date
of another happening; a count of weeks ahead; the day of a past journey read back; "later that day"; "held talks
here"; the "where" clause of a noun; a participle of being somewhere. On sentences written for these tests (names
invented); the article is dated Thursday 12 March 2026."""

from tests.conftest import events_with

PUBLISHED = "2026-03-12"
FILLER = "Aid is short. Prices rose again. The dam is full. The roads are shut. "
"""Sentences that put a contact past the story's opening, where a contact told in the past is not news by itself."""


def event_of(record: dict, *names: str) -> dict:
    found = events_with(record, *names)
    assert len(found) == 1, [e["participants"] for e in record["events"]]
    return found[0]


def place(event: dict) -> str | None:
    return (event.get("place") or {}).get("name")


def date(event: dict) -> str | None:
    return (event.get("date") or {}).get("value")


# date.said-after, date.news-said-after, place.said-there


def test_a_contact_just_before_a_dated_saying_is_of_its_day_and_place(extract):
    r = extract(
        FILLER + '"The airlift is not enough," Ana Berg said on Wednesday in Lisbon, after meeting President Tomas '
        "Varga.",
        published=PUBLISHED,
    )
    event = event_of(r, "Ana Berg", "Tomas Varga")
    assert (date(event), place(event)) == ("2026-03-11", "Lisbon")


def test_a_contact_just_before_a_saying_is_news_wherever_it_is_told(extract):
    r = extract(
        FILLER + "Ana Berg told the daily Diario following her meeting with Tomas Varga that she has high hopes.",
        published=PUBLISHED,
    )
    assert date(event_of(r, "Ana Berg", "Tomas Varga")) == "2026-03"


def test_a_contact_just_before_speaking_from_a_city_was_held_there(extract):
    r = extract(
        FILLER + "President Ana Berg, speaking from Lisbon after meeting with Prime Minister Tomas Varga, dismissed "
        "the plan.",
        published=PUBLISHED,
    )
    assert place(event_of(r, "Ana Berg", "Tomas Varga")) == "Lisbon"


def test_a_call_before_a_saying_takes_no_place_from_it(extract):
    r = extract(
        FILLER + "Ana Berg said in Lisbon after a phone call with President Tomas Varga that aid would come.",
        published=PUBLISHED,
    )
    assert place(event_of(r, "Ana Berg", "Tomas Varga")) is None


def test_a_contact_before_a_saying_told_as_had_is_not_news(extract):
    r = extract(FILLER + "Ana Berg had said after talks with President Tomas Varga that aid would come.")
    assert date(event_of(r, "Ana Berg", "Tomas Varga")) is None


# place.left-for


def test_a_contact_a_journey_set_out_for_is_held_where_it_went(extract):
    r = extract(
        "JAKARTA — Foreign Minister Ali Alatas left for New York yesterday to discuss the autonomy plan with his "
        "Portuguese counterpart Jaime Gama.",
        published=PUBLISHED,
    )
    assert place(event_of(r, "Ali Alatas", "Jaime Gama")) == "New York"


def test_the_place_left_is_not_where_the_contact_went(extract):
    r = extract("President Ana Berg left Oslo on Monday for talks with President Tomas Varga.", published=PUBLISHED)
    assert place(event_of(r, "Ana Berg", "Tomas Varga")) is None


# place.topic-not-where


def test_a_place_in_what_was_discussed_is_not_where(extract):
    r = extract(
        "Red Cross president Peter Maurer arrived in Moscow on Wednesday to hold discussions on the humanitarian "
        "crisis in Ukraine with Foreign Minister Sergei Lavrov.",
        published=PUBLISHED,
    )
    assert place(event_of(r, "Peter Maurer", "Sergei Lavrov")) == "Moscow"


def test_a_place_in_a_topic_on_a_verb_is_not_where(extract):
    r = extract(
        "King Omar Fadel held talks yesterday with Egyptian President Hosni Mahrous on the situation in Iraq and "
        "Palestine.",
        published=PUBLISHED,
    )
    assert place(event_of(r, "Omar Fadel", "Hosni Mahrous")) is None


def test_the_sidelines_of_a_summit_still_place_a_contact(extract):
    r = extract("Minister Ana Berg met Tomas Varga on the sidelines of the summit in Rome.", published=PUBLISHED)
    assert place(event_of(r, "Ana Berg", "Tomas Varga")) == "Rome"


def test_a_time_after_on_does_not_hide_the_place(extract):
    r = extract(
        "Minister Lena Hofer met Foreign Minister Wang Lichun on Monday evening in Brussels.", published=PUBLISHED
    )
    assert place(event_of(r, "Lena Hofer", "Wang Lichun")) == "Brussels"


def test_a_town_hung_on_a_topic_is_still_where(extract):
    r = extract(
        "India and Sri Lanka have agreed to hold a meeting of their working group on fisheries in New Delhi next "
        "month.",
        published=PUBLISHED,
    )
    assert place(event_of(r, "India", "Sri Lanka")) == "New Delhi"


# place.named-settlement


def test_a_village_named_after_its_noun_is_the_place(extract):
    r = extract(
        "President Ana Berg and Chairman Tomas Varga held their first summit at the border village of Panmunjom on "
        "April 27.",
        published=PUBLISHED,
    )
    assert place(event_of(r, "Ana Berg", "Tomas Varga")) == "Panmunjom"


def test_a_city_named_after_its_noun_is_the_place_not_the_country(extract):
    r = extract(
        "Minister Aiko Tanabe made the comments after separate talks with President Ruben Toala in the country's most "
        "populous city Koror.",
        published=PUBLISHED,
    )
    assert place(event_of(r, "Aiko Tanabe", "Ruben Toala")) == "Koror"


# place.occasion-held-in


def test_a_contact_at_a_summit_held_in_a_city_was_there(extract):
    r = extract(
        "President Ilham Rahimov had a brief meeting with Prime Minister Nikol Avetyan at the summit dedicated to the "
        "tenth anniversary of the Eastern Partnership held in Brussels on Tuesday.",
        published=PUBLISHED,
    )
    assert place(event_of(r, "Ilham Rahimov", "Nikol Avetyan")) == "Brussels"


def test_a_meeting_on_the_sidelines_of_a_conference_that_took_place_in_a_city(extract):
    r = extract(
        "Foreign Minister Susana Lind spoke after her meeting with Foreign Secretary Boris Moss on the sidelines of "
        "the Security Conference which took place in Munich.",
        published=PUBLISHED,
    )
    assert place(event_of(r, "Susana Lind", "Boris Moss")) == "Munich"


def test_an_occasion_held_in_high_regard_has_no_place(extract):
    r = extract(
        "Minister Ana Berg met President Tomas Varga at the summit, which diplomats held in high regard.",
        published=PUBLISHED,
    )
    assert place(event_of(r, "Ana Berg", "Tomas Varga")) is None


# place.hosting-place


def test_a_city_hosting_talks_is_where_they_are_held(extract):
    r = extract(
        "Newspapers say that Doha will host indirect talks between Iran and the United States before the end of the "
        "month.",
        published=PUBLISHED,
    )
    assert place(event_of(r, "Iran", "United States")) == "Doha"


def test_a_person_hosting_talks_places_them_nowhere(extract):
    r = extract("President Ana Berg will host talks between Iran and the United States next week.", published=PUBLISHED)
    assert place(event_of(r, "Iran", "United States")) is None


# place.fronted-scene


def test_a_place_at_the_front_of_a_sentence_places_its_contacts(extract):
    r = extract(
        "In France, Elon Mosk will speak at the Viva Tech conference and is expected to meet French President "
        "Emmanuel Macron.",
        published=PUBLISHED,
    )
    assert place(event_of(r, "Elon Mosk", "Emmanuel Macron")) == "France"


def test_a_place_at_the_front_does_not_place_what_is_said_there(extract):
    r = extract("In Oslo, Ana Berg said she had met President Tomas Varga last year.", published=PUBLISHED)
    assert place(event_of(r, "Ana Berg", "Tomas Varga")) is None


def test_talks_called_for_at_the_front_place_are_not_placed_there(extract):
    r = extract(
        "In Washington, senators have called for the talks between Ana Berg and Tomas Varga to be wound up.",
        published=PUBLISHED,
    )
    assert place(event_of(r, "Ana Berg", "Tomas Varga")) is None


# date.of-another-happening


def test_the_day_of_an_election_is_not_the_meeting_after_it(extract):
    r = extract(
        "President Ana Berg met Prime Minister Tomas Varga in Sochi, following a contested election on February 9.",
        published=PUBLISHED,
    )
    assert date(event_of(r, "Ana Berg", "Tomas Varga")) != "2026-02-09"


def test_the_year_of_strikes_is_not_the_meeting_since_them(extract):
    r = extract(
        "President Arturo Lira received the leaders of the Workers Confederation at the palace last night, their "
        "first meeting since the strikes of 2019.",
        published=PUBLISHED,
    )
    assert date(event_of(r, "Arturo Lira", "Workers Confederation")) == "2026-03-11"


def test_the_day_of_an_arrival_still_dates_the_meeting_after_it(extract):
    r = extract("President Ana Berg met Prime Minister Tomas Varga after his arrival on Monday.", published=PUBLISHED)
    assert date(event_of(r, "Ana Berg", "Tomas Varga")) == "2026-03-09"


# date.counted-ahead


def test_a_meeting_in_two_weeks_is_dated_that_far_ahead(extract):
    r = extract(
        "Foreign Minister Ana Berg said she would meet Envoy Tomas Varga again in two weeks.", published=PUBLISHED
    )
    assert event_of(r, "Ana Berg", "Tomas Varga")["date"]["week"] == "2026-W13"


def test_a_meeting_within_ten_days_is_dated_by_its_last_day(extract):
    r = extract("Officials said Ana Berg and Tomas Varga would meet in Oslo within ten days.", published=PUBLISHED)
    event = event_of(r, "Ana Berg", "Tomas Varga")
    assert (date(event), event["date"].get("modifier")) == ("2026-03-22", "before")


def test_the_first_meeting_in_two_weeks_is_not_dated_ahead(extract):
    r = extract(
        "Ana Berg met Tomas Varga on Monday, their first meeting in two weeks.",
        published=PUBLISHED,
    )
    assert date(event_of(r, "Ana Berg", "Tomas Varga")) == "2026-03-09"


def test_a_second_time_in_two_months_is_no_time_ahead(extract):
    r = extract(
        "A meeting between Minister Ana Berg and Minister Tomas Varga that was to open on Monday has been postponed "
        "for the second time in two months.",
        published=PUBLISHED,
    )
    assert "two months" not in (event_of(r, "Ana Berg", "Tomas Varga")["date"] or {}).get("text", "")


# date.day-of-a-past-verb


def test_the_day_of_a_journey_told_in_the_past_is_read_back(extract):
    r = extract(
        "Prime Minister Ralph Tomas left the state on Monday for Caracas to hold talks with President Nicolas Varga.",
        published=PUBLISHED,
    )
    assert date(event_of(r, "Ralph Tomas", "Nicolas Varga")) == "2026-03-09"


def test_the_day_of_a_journey_to_come_is_read_ahead(extract):
    r = extract(
        "Prime Minister Ralph Tomas will leave on Monday for Caracas to hold talks with President Nicolas Varga.",
        published=PUBLISHED,
    )
    assert date(event_of(r, "Ralph Tomas", "Nicolas Varga")) == "2026-03-16"


# date.relative-to-story: "later that day"


def test_later_that_day_is_the_day_the_story_told(extract):
    r = extract(
        "Minister Ana Berg met President Tomas Varga in Tashkent on February 18. Minister Lena Moss had discussed the "
        "agenda with Varga later that day.",
        published=PUBLISHED,
    )
    assert date(event_of(r, "Lena Moss", "Tomas Varga")) == "2026-02-18"


# place.here-story-city on a contact noun


def test_talks_held_here_are_in_the_dateline_city(extract):
    r = extract(
        "RIYADH — Egyptian Foreign Minister Hosni Mahrous and Jordanian Foreign Minister Omar Fadel held talks here "
        "on the water crisis.",
        published=PUBLISHED,
    )
    assert place(event_of(r, "Omar Fadel", "Hosni Mahrous")) == "Riyadh"


# place.where-clause and date.where-clause on a contact noun


def test_a_meeting_held_in_a_where_clause_is_there_and_then(extract):
    r = extract(
        "The long-awaited resumption of dialogue took place on Tuesday in Brussels, where Aleksandar Vukic and Albin "
        "Kuqi had their first official meeting.",
        published=PUBLISHED,
    )
    event = event_of(r, "Aleksandar Vukic", "Albin Kuqi")
    assert (date(event), place(event)) == ("2026-03-10", "Brussels")


# place.being-there, date.being-there


def test_a_participle_of_being_in_a_city_meets_there_and_then(extract):
    r = extract(
        "Latvian President Raimonds Vejonis was in Tallinn on Wednesday, meeting with his Estonian counterpart Kersti "
        "Kalda.",
        published=PUBLISHED,
    )
    event = event_of(r, "Raimonds Vejonis", "Kersti Kalda")
    assert (date(event), place(event)) == ("2026-03-11", "Tallinn")


def test_a_participle_of_being_glad_is_held_nowhere(extract):
    r = extract(
        "Latvian President Raimonds Vejonis was glad on Wednesday, meeting with his Estonian counterpart Kersti Kalda.",
        published=PUBLISHED,
    )
    assert place(event_of(r, "Raimonds Vejonis", "Kersti Kalda")) is None


def test_the_day_of_a_dinner_still_dates_the_talk_after_it(extract):
    r = extract(
        "President Ana Berg talked with President Tomas Varga for a full hour after Monday's dinner at the lakeside "
        "residence.",
        published=PUBLISHED,
    )
    assert date(event_of(r, "Ana Berg", "Tomas Varga")) == "2026-03-09"


def test_the_day_of_an_earlier_stopover_is_not_the_visit_after_it(extract):
    r = extract(
        "Minister Ana Berg, following a March 9 stopover in Berlin, visited Warsaw March 10 for talks with President "
        "Tomas Varga.",
        published=PUBLISHED,
    )
    assert date(event_of(r, "Ana Berg", "Tomas Varga")) == "2026-03-10"


# place.national-capital of a nationality of two words


def test_the_capital_named_by_a_two_word_nationality_is_the_place(extract):
    r = extract(
        "Foreign Minister Ana Ruiz of Chile met President Kim Dae-won in the South Korean capital on Monday.",
        published=PUBLISHED,
    )
    assert place(event_of(r, "Ana Ruiz", "Kim Dae-won")) == "Seoul"
