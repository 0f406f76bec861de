"""Session 62 (lead): one person under two spellings in one story (rule actor.spelling-variant).

Agency copy drops a letter from a transliterated family name or runs a name's parts together, and each spelling
became a person of its own: the quote went to one, the contact to the other. A letter changed, or a given name
that differs, still tells two people. Sentences written for these tests (names invented)."""

from tests.conftest import quote_with, speaker_name


def _persons(record: dict) -> list[str]:
    return [a["name"] for a in record["actors"] if a["kind"] == "person"]


def test_family_name_with_a_letter_dropped_is_one_person(extract):
    record = extract(
        "President Tesfaye Gebremariam received the envoy in Asmara on Monday. "
        "Later, Tesfaye Gebremarim said the talks had been useful."
    )
    assert [n for n in _persons(record) if n.startswith("Tesfaye")] == ["Tesfaye Gebremariam"]
    assert speaker_name(record, quote_with(record, "talks had been useful")) == "Tesfaye Gebremariam"


def test_name_run_together_is_one_person(extract):
    record = extract(
        "Rebel leader Abdul Karim al-Dhari met the envoy in Marib on Monday. "
        "Abdulkarim al-Dhari said the talks had been useful."
    )
    assert [n for n in _persons(record) if n.endswith("al-Dhari")] == ["Abdul Karim al-Dhari"]


def test_a_letter_changed_or_a_given_name_keeps_two_people(extract):
    # negative: "Halvorsen"/"Halvorson" a letter changed; "Dariusz"/"Dariusza" differ in the first word
    record = extract(
        "Mayor Eric Halvorsen met the trade delegation on Monday. "
        "Eric Halvorson, a local farmer, said prices were too low. "
        "Dariusz Wolny welcomed the guests. Dariusza Wolny, his cousin, said the dinner went well."
    )
    assert {"Eric Halvorsen", "Eric Halvorson", "Dariusz Wolny", "Dariusza Wolny"} <= set(_persons(record))


def test_two_spellings_in_one_sentence_stay_two_people(extract):
    # negative: a sentence that names both sets them side by side
    record = extract(
        "Tesfaye Gebremariam and Tesfaye Gebremarim, two delegates of the same name, met the envoy on Monday."
    )
    assert {"Tesfaye Gebremariam", "Tesfaye Gebremarim"} <= set(_persons(record))


def test_title_with_bracketed_initials_runs_on_to_the_name(extract):
    # actor.name-ends-title-initials: "High Commissioner (HC) to Pakistan Laura Whitfield" is she, not one more person
    record = extract(
        "LAHORE - Canadian High Commissioner (HC) to Pakistan Laura Whitfield on Thursday called on Punjab Chief "
        "Minister Omar Saleem Qureshi and discussed trade. Whitfield said the talks went well."
    )
    persons = _persons(record)
    assert "Laura Whitfield" in persons
    assert not [n for n in persons if n.endswith("Laura Whitfield") and n != "Laura Whitfield"]


def test_long_description_closing_on_a_name_is_that_person(extract):
    # actor.name-closes-title: the MP described at length before his name is the MP named
    record = extract(
        "Raising the matter, People's Alliance MP for the Kandy District W.M. Ruwan Herath said he had reliable "
        "information. Herath later met the minister."
    )
    assert speaker_name(record, quote_with(record, "reliable information")) == "Ruwan Herath"
    assert not [n for n in _persons(record) if n.endswith("Ruwan Herath") and n != "Ruwan Herath"]


def test_description_and_a_name_stay_two(extract):
    # negative: "The Labour leader and Ivan Petrov" is not Petrov alone
    record = extract(
        "Foreign Secretary Tom Hale met Ivan Petrov on Monday. "
        "The Labour leader and Ivan Petrov said in a joint statement that trade would grow."
    )
    assert speaker_name(record, quote_with(record, "trade would grow")) != "Ivan Petrov"
