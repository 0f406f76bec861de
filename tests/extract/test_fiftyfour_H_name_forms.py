"""Round fifty-four (H): one person, one actor: a name is kept whole, not split or cut short, when a word of it is
written with a glottal stop or an elision mark inside ("Fa'amalu", "Ra’ed", "Ng’ang’a", rule
actor.marked-name-word), and a shorter form of a name, its middle names left out ("Maria Castillo" for "Maria Elena
Castillo", rule actor.middle-names-left-out) or its family name after a father's name ("Hamdan bin Saeed" for
"Hamdan bin Saeed Al Falasi"), is the person named in full; tested on sentences written for these tests (names
invented). A holder's name run into the place of the title keeps a middle initial ("Ambassador to Jordan Mary K.
Dawson", rule actor.name-after-office-place), and a trimmed entity keeps its label for that rule to read."""

from spacy.tokens import Span

from backchannel.extract.actor_table import trimmed_ent
from tests.conftest import events_with, quote_with, speaker_name


def _people(record: dict) -> set[str]:
    return {a["name"] for a in record["actors"] if a["kind"] == "person"}


def test_a_marked_word_after_a_name_ends_it(extract):
    record = extract(
        "Finance Minister Sefo Leota Fa'amalu met the Chinese ambassador on Tuesday.", published="2024-04-10"
    )
    assert "Sefo Leota Fa'amalu" in _people(record)
    assert events_with(record, "Sefo Leota Fa'amalu")


def test_a_marked_word_inside_a_name_does_not_split_it(extract):
    record = extract(
        "The delegation included Ali Hassan Al Suwaidi, Chairman of the authority; and Hamdan Mana’a Rashid Al "
        "Dhaheri, UAE’s Ambassador to Japan.",
        published="2024-04-10",
    )
    people = _people(record)
    assert "Hamdan Mana’a Rashid Al Dhaheri" in people
    assert "Hamdan" not in people


def test_a_marked_word_before_a_name_opens_it(extract):
    record = extract(
        "Advocate Na’ima Al Hosani, who defended the two men, argued in court that they had been at home.",
        published="2024-04-10",
    )
    assert speaker_name(record, quote_with(record, "at home")) == "Na’ima Al Hosani"


def test_an_apposed_name_with_a_marked_word_is_a_person(extract):
    record = extract(
        "Those present included the then Interior Minister, Samuel Ole Kaparo, and the Lands Minister, James "
        "Wetang’ombe.",
        published="2024-04-10",
    )
    people = _people(record)
    assert "James Wetang’ombe" in people
    assert "James" not in people


def test_names_without_a_marked_word_are_unchanged(extract):
    record = extract(
        "Finance Minister Sefo Leota met Patrick O'Brien in Nuku'alofa on Tuesday. Leota's office said the talks "
        "went well.",
        published="2024-04-10",
    )
    people = _people(record)
    assert "Sefo Leota" in people
    assert "Patrick O'Brien" in people
    assert not any("Nuku" in p for p in people)


def test_a_name_without_its_middle_name_is_the_person_named_in_full(extract):
    record = extract(
        'Maria Elena Castillo met the Peruvian envoy on Monday. "We agreed on much," Maria Castillo said afterwards.',
        published="2024-04-10",
    )
    assert speaker_name(record, quote_with(record, "agreed on much")) == "Maria Elena Castillo"
    assert "Maria Castillo" not in _people(record)


def test_the_shorter_form_first_is_the_person_named_in_full_after(extract):
    record = extract(
        "The quiet broker: how Salim Mwinyi carried the messages. That was Salim Juma Mwinyi, the man by the door. "
        "He met the Kenyan minister in Nairobi on Monday.",
        published="2024-04-10",
    )
    assert "Salim Juma Mwinyi" in _people(record)
    assert "Salim Mwinyi" not in _people(record)


def test_a_name_without_its_family_name_after_the_fathers_name(extract):
    record = extract(
        'Sheikh Hamdan bin Saeed Al Falasi met the envoy on Monday. "We want more trade," Sheikh Hamdan bin Saeed '
        "said.",
        published="2024-04-10",
    )
    assert speaker_name(record, quote_with(record, "more trade")) == "Hamdan bin Saeed Al Falasi"


def test_a_father_and_a_son_or_another_fathers_son_stay_apart(extract):
    record = extract(
        "Khalid bin Saeed Al Mansoori met Rashid bin Khalid bin Saeed Al Mansoori on Monday. Hamad bin Jassim bin "
        "Khalifa Al Thani met the envoy. Hamad bin Khalifa Al Thani said he was pleased.",
        published="2024-04-10",
    )
    people = _people(record)
    assert {"Khalid bin Saeed Al Mansoori", "Rashid bin Khalid bin Saeed Al Mansoori"} <= people
    assert {"Hamad bin Jassim bin Khalifa Al Thani", "Hamad bin Khalifa Al Thani"} <= people


def test_a_holders_name_after_the_place_of_the_title_keeps_its_middle_initial(extract):
    record = extract(
        "The meeting was attended by the palace chief Omar Haddad and US Ambassador to Jordan Mary K. Dawson.",
        published="2024-04-10",
    )
    people = _people(record)
    assert "Mary K. Dawson" in people
    assert "Jordan Mary K. Dawson" not in people


def test_a_person_entity_run_into_the_place_of_a_title_is_cut_at_the_place(nlp):
    doc = nlp("Putin is accompanied by Head of Republic of Buryatia Aldar Tsyrenov and others.")
    start = next(t.i for t in doc if t.text == "Buryatia")
    entity = Span(doc, start, start + 3, label="PERSON")
    assert trimmed_ent(entity).text == "Aldar Tsyrenov"
