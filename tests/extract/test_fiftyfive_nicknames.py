"""Round fifty-five: a nickname quoted right after a person's full name is that person's, and the nickname alone
later names the same person (rule actor.nickname); tested on sentences written for these tests (names
invented)."""

from tests.conftest import event_names, quote_with, speaker_name


def _person(record: dict, name: str) -> dict:
    return next(a for a in record["actors"] if a["name"] == name)


def test_a_nickname_in_curly_single_marks_after_the_name_is_an_alias_and_names_the_speaker_later(extract):
    record = extract(
        "Foreign Secretary Lena Brook on Monday met Prime Minister Ram Bahadur Thapa ‘Badal’ in Kathmandu. "
        "Badal said the talks on the new bridge were useful."
    )
    assert "Badal" in _person(record, "Ram Bahadur Thapa")["aliases"]
    assert not any(a["name"] == "Badal" for a in record["actors"])
    quote = quote_with(record, "the talks on the new bridge were useful")
    assert speaker_name(record, quote) == "Ram Bahadur Thapa"


def test_a_nickname_of_two_words_in_double_marks(extract):
    record = extract(
        'Mayor Carlos Vidal "El Tigre" met the fishermen in Vigo on Friday and said the port would stay open.'
    )
    assert "El Tigre" in _person(record, "Carlos Vidal")["aliases"]


def test_the_nickname_alone_is_a_party_to_a_later_meeting(extract):
    record = extract(
        "The rebel commander Tomas Okello ‘Chui’ led the delegation. Chui met Defence Minister Ada Wanjiru in "
        "Nairobi on Tuesday."
    )
    assert any(event_names(record, e) >= {"Tomas Okello", "Ada Wanjiru"} for e in record["events"])


def test_words_in_quote_marks_after_a_name_that_are_not_capitalised_are_no_nickname(extract):
    record = extract('Asked about the talks, Lena Brook "was not sure" they would resume. Brook said little else.')
    assert not any(a["aliases"] and "was not sure" in a["aliases"] for a in record["actors"])
    assert any(a["name"] == "Lena Brook" for a in record["actors"])


def test_a_name_the_parser_leaves_hanging_on_the_verb_after_its_quoted_nickname_is_the_one_met(extract):
    """The parser reads "Ghimire" with no label (dep) under "met": rule party.person-as-adverb takes it."""
    record = extract(
        "Foreign Secretary Vinod Kumar Mehra on February 13 met Nepal’s new Prime Minister Pushpa Lal Ghimire "
        "‘Pravin’ in Kathmandu."
    )
    assert any(event_names(record, e) >= {"Vinod Kumar Mehra", "Pushpa Lal Ghimire"} for e in record["events"])


def test_a_name_past_a_comma_after_a_call_is_no_party_to_it(extract):
    record = extract(
        "Mendoza on Monday spoke by phone with Japanese Prime Minister Kenji Mori, who promised him two more "
        "patrol boats, according to Palace Press Officer Lucia Santos-Reyes."
    )
    assert not any("Lucia Santos-Reyes" in event_names(record, e) for e in record["events"])


def test_a_family_name_after_the_nickname_the_tagger_left_out_is_the_persons(extract):
    record = extract("Luis Vidal “El Tigre” Moreno met Defence Minister Ana Ortiz on Monday. Moreno said little.")
    person = _person(record, "Luis Vidal Moreno")
    assert "El Tigre" in person["aliases"]
    assert not any(a["name"] == "Moreno" for a in record["actors"])
    assert any(event_names(record, e) >= {"Luis Vidal Moreno", "Ana Ortiz"} for e in record["events"])


def test_a_family_name_after_the_nickname_tagged_as_a_person_of_its_own_is_joined(extract):
    record = extract('The minister spoke after Luis Vidal "El Tigre" Moreno arrived.')
    assert "El Tigre" in _person(record, "Luis Vidal Moreno")["aliases"]
    assert not any(a["name"] == "Moreno" for a in record["actors"])


def test_a_verb_after_the_nickname_is_not_taken_into_the_name(extract):
    record = extract('Mayor Carlos Vidal "El Tigre" met the fishermen in Vigo on Friday.')
    assert _person(record, "Carlos Vidal")


def test_a_family_name_the_tagger_ran_the_nickname_into_or_called_an_organisation_is_joined(extract):
    record = extract(
        'The president Mr. Lennox "Bunny" Joseph met businessman Mr. Everton "Tiger" Holder at the offices.'
    )
    assert "Bunny" in _person(record, "Lennox Joseph")["aliases"]
    assert "Tiger" in _person(record, "Everton Holder")["aliases"]
    assert any(event_names(record, e) >= {"Lennox Joseph", "Everton Holder"} for e in record["events"])
