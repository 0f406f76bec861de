"""Contact nouns that set the scene and yet tell a contact of their own (session 69, helper NOUNB): "after talks",
"following a meeting" whose sides are the clause's joined subject (rule contact.noun.their-setting, three or more of
them one gathering: mode.joined-sides-gathered); "at the meeting with X on <day> in <city>", a definite noun with its
own setting (contact.noun.definite-set-here); "a meeting behind closed doors with X", the sides hung on the noun's own
phrase (party.hung-on-its-phrase). On sentences written for these tests (names invented)."""

from tests.conftest import event_names

PUBLISHED = "2024-05-08"


def _events_of(record, *names):
    return [e for e in record["events"] if set(names) <= event_names(record, e)]


def _place(event):
    return (event.get("place") or {}).get("name")


def _date(event):
    return (event.get("date") or {}).get("value")


def test_a_meeting_before_a_joined_subjects_agreement_was_theirs(extract):
    r = extract(
        "Prime Minister Ana Ruiz and President Tomas Berg agreed to set up a joint energy council following a "
        "meeting on Monday.",
        published=PUBLISHED,
    )
    met = _events_of(r, "Ana Ruiz", "Tomas Berg")
    assert met and met[0]["status"] == "occurred" and _date(met[0]) == "2024-05-06"


def test_they_of_a_reported_clause_takes_the_joined_subject_that_reports_it(extract):
    r = extract(
        "Prime Minister Ana Ruiz and President Tomas Berg said they would set up a joint energy council following a "
        "meeting on Monday.",
        published=PUBLISHED,
    )
    met = _events_of(r, "Ana Ruiz", "Tomas Berg")
    assert met and _date(met[0]) == "2024-05-06"


def test_counted_talks_before_an_accord_of_three_are_one_gathering(extract):
    r = extract(
        "After two days of talks, President Ana Ruiz of Peru, President Luis Soto of Chile and President Eva Mendes "
        "of Bolivia signed a border accord.",
        published=PUBLISHED,
    )
    met = _events_of(r, "Ana Ruiz", "Luis Soto", "Eva Mendes")
    assert len(met) == 1 and met[0]["mode"] == "multilateral" and met[0]["status"] == "occurred"


def test_counted_talks_before_an_accord_of_two_are_their_meeting(extract):
    r = extract(
        "After two days of talks, President Ana Ruiz of Peru and President Luis Soto of Chile signed a border accord.",
        published=PUBLISHED,
    )
    met = _events_of(r, "Ana Ruiz", "Luis Soto")
    assert met and met[0]["mode"] == "meeting"


def test_talks_told_before_set_no_new_contact(extract):
    r = extract(
        "President Ana Ruiz and President Tomas Berg met in Lima on Monday. After the talks, Ruiz and Berg flew home.",
        published=PUBLISHED,
    )
    assert len(r["events"]) == 1


def test_a_single_subject_after_talks_names_no_sides(extract):
    r = extract("After two days of talks, President Ana Ruiz thanked the staff.", published=PUBLISHED)
    assert not r["events"]


def test_a_meeting_of_a_body_is_no_contact_of_the_joined_subject(extract):
    r = extract(
        "Senators Ana Ruiz and Tomas Berg said after a meeting of the budget committee on Monday that taxes would "
        "rise.",
        published=PUBLISHED,
    )
    assert not _events_of(r, "Ana Ruiz", "Tomas Berg")


def test_a_definite_meeting_with_its_own_day_and_city_is_told_there(extract):
    r = extract(
        "At the meeting with Prime Minister Ana Ruiz on March 3 in Lima, President Luis Soto said trade would grow.",
        published=PUBLISHED,
    )
    met = _events_of(r, "Luis Soto", "Ana Ruiz")
    assert met and met[0]["status"] == "occurred" and _date(met[0]) == "2024-03-03" and _place(met[0]) == "Lima"


def test_a_definite_meeting_retold_with_its_day_merges_into_the_one_told(extract):
    r = extract(
        "Foreign Minister Lena Ostrova met Chancellor Paul Reiter in Vienna on Monday. At the meeting with Reiter on "
        "Monday in Vienna, Ostrova said trade would grow.",
        published=PUBLISHED,
    )
    assert len(r["events"]) == 1


def test_a_definite_meeting_with_no_setting_of_its_own_stays_background(extract):
    r = extract(
        "Foreign Minister Lena Ostrova spoke to reporters after the meeting with Chancellor Paul Reiter.",
        published=PUBLISHED,
    )
    assert not r["events"]


def test_the_meeting_with_reporters_is_no_contact(extract):
    r = extract("Senator Ana Ruiz spoke at the meeting with reporters in Lima on Monday.", published=PUBLISHED)
    assert not r["events"]


def test_a_meeting_behind_closed_doors_with_someone_names_that_side(extract):
    r = extract(
        "Foreign Minister Lena Ostrova spoke to reporters after her first one-on-one meeting behind closed doors "
        "with Chancellor Paul Reiter in Vienna.",
        published=PUBLISHED,
    )
    met = _events_of(r, "Lena Ostrova", "Paul Reiter")
    assert met and _place(met[0]) == "Vienna"


def test_a_session_behind_closed_doors_names_no_side_but_a_party(extract):
    r = extract(
        "Lena Ostrova spoke to reporters after her first session behind closed doors with great fanfare in Vienna.",
        published=PUBLISHED,
    )
    assert not r["events"]


def test_a_joined_subject_that_only_leaves_after_a_meeting_held_no_meeting(extract):
    r = extract(
        "After two days of talks, Prime Minister Marta Silva and President Hugo Benitez flew home without a deal.",
        published=PUBLISHED,
    )
    assert not _events_of(r, "Marta Silva", "Hugo Benitez")


def test_a_kin_joined_to_the_subject_after_a_meeting_is_no_side_of_it(extract):
    r = extract(
        "After a meeting on Tuesday, Governor Marta Silva and her husband Pablo Silva left for Quito.",
        published=PUBLISHED,
    )
    assert not _events_of(r, "Marta Silva", "Pablo Silva")


def test_an_aide_joined_to_the_subject_of_a_joint_act_is_no_side_of_the_meeting(extract):
    r = extract(
        "Following a meeting on Tuesday, Governor Marta Silva and her deputy Pablo Ortiz announced a new budget.",
        published=PUBLISHED,
    )
    assert not _events_of(r, "Marta Silva", "Pablo Ortiz")


def test_states_that_restored_relations_after_talks_held_those_talks(extract):
    r = extract(
        "When Chile and Bolivia restored diplomatic relations after talks in Geneva in March 1998, the ministry sent "
        "an observer.",
        published=PUBLISHED,
    )
    met = _events_of(r, "Chile", "Bolivia")
    assert met and _place(met[0]) == "Geneva"
