"""Quotes and contacts from round thirty: constructions found by error analysis (the blind29 articles once held
out, PolNeAR train); tested on sentences written for these tests."""

import pytest

from tests.extract.test_twentynine import modes, parties


def places(record: dict) -> list[str | None]:
    return [(e.get("place") or {}).get("name") for e in record["events"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Caribbean foreign ministers will meet in Kingston next Thursday.",
        "The defence ministers of the four countries are due to meet in Tbilisi in March.",
    ],
)
def test_officials_of_a_grouping_meeting_alone_are_no_contact(extract, sentence):
    # mode.grouping-gathers, party.gathering-venue: the city's state is no party, so the grouping is left alone, and
    # (inverted in round 62; a gathering before) a gathering of one party is no contact (party.gathering-of-one):
    # labellers record a gathering with the parties that attend; such matched a labelled contact 2 times in 38
    assert extract(sentence, published="2024-05-10")["events"] == []


def test_officials_of_a_grouping_meeting_with_their_body_are_a_gathering(extract):
    # mode.grouping-gathers: multilateral, and the city's state is no party (the grouping's officials and its body
    # are two parties, so the gathering stays)
    record = extract(
        "ECOWAS trade ministers will meet in Accra next Monday to agree on a common tariff.", published="2024-05-10"
    )
    assert modes(record) == ["multilateral"], record["events"]
    assert all("Ghana" not in p for p in parties(record))


@pytest.mark.parametrize(
    "sentence",
    [
        "The fisheries commission met in Reykjavik on Monday.",
        "The city council meets in Leeds on Monday.",
        "The Security Council met in New York on Monday.",
    ],
)
def test_a_bodys_own_sitting_is_no_contact(extract, sentence):
    assert extract(sentence, published="2024-05-10")["events"] == []


def test_officials_of_two_countries_are_no_gathering(extract):
    record = extract(
        "Minister Ana Lopes met her Chilean counterpart, Pablo Reyes, in Lima on Monday. The customs chiefs of the "
        "two countries will meet in Arica next month.",
        published="2024-05-10",
    )
    assert "multilateral" not in modes(record), record["events"]


def test_a_gathering_of_many_states_is_not_the_pair_named_before(extract):
    record = extract(
        "Foreign Minister Ana Lopes met her Chilean counterpart, Pablo Reyes, in Lima on Monday. The foreign "
        "ministers of the five Andean states are due to meet in Quito in June with President Luis Mora of Panama.",
        published="2024-05-10",
    )
    # round 62: with a guest, as the ministers meeting alone are no contact now (party.gathering-of-one); so the test
    # looks at the meeting in Quito, not at a multilateral one
    quito = [p for p, place in zip(parties(record), places(record), strict=True) if place == "Quito"]
    assert len(quito) == 1 and "Luis Mora" in quito[0], record["events"]
    assert not {"Ana Lopes", "Pablo Reyes"} & quito[0]


@pytest.mark.parametrize(
    ("sentence", "broker"),
    [
        (
            "Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Jeddah on Monday in a meeting "
            "hosted by the Saudi king.",
            "Saudi king",
        ),
        (
            "Foreign Minister Oleg Sarbu and Vadim Krasnov held talks for three hours, in a meeting facilitated by "
            "the head of the OSCE mission, Kirsten Holm.",
            "Kirsten Holm",
        ),
        (
            "Interior Minister Ana Lopes met the rebel commander Tomas Ruiz in Oslo in March at talks chaired by the "
            "UN envoy, Karl Berg.",
            "Karl Berg",
        ),
    ],
)
def test_whoever_chaired_or_hosted_a_meeting_is_a_go_between(extract, sentence, broker):
    # party.brokered-by
    record = extract(sentence, published="2024-05-10")
    assert modes(record) == ["third-party"], record["events"]
    assert broker in parties(record)[0]


def test_a_meeting_hosted_by_a_sides_own_ministry_stays_a_meeting(extract):
    record = extract(
        "Russian Foreign Minister Sergei Lavrov met the Chinese foreign minister, Wang Yi, in Moscow at a dinner "
        "hosted by the Russian foreign ministry.",
        published="2024-05-10",
    )
    assert modes(record) == ["meeting"], record["events"]


def speaker_of(record: dict, fragment: str) -> str | None:
    names = {a["id"]: a["name"] for a in record["actors"]}
    return next(names.get(q.get("speaker_actor")) for q in record["quotes"] if fragment in q["content"]["text"])


@pytest.mark.parametrize("title", ["Col.", "Capt.", "Hon.", "Cde.", "Insp."])
def test_an_abbreviated_title_ends_no_sentence(nlp, title):
    doc = nlp(f"The harbour master, {title} Ruth Odede, said on Monday that the port would stay shut.")
    assert len(list(doc.sents)) == 1
    assert title in [t.text for t in doc]


def test_a_comrade_is_the_person_named_in_full(extract):
    record = extract(
        "The general secretary of the dockers' union, Comrade Tendai Moyo, is to meet the labour minister on "
        "Friday. Comrade Moyo told reporters that the strike would go on."
    )
    assert speaker_of(record, "the strike would go on") == "Tendai Moyo"


def dates(record: dict) -> list[str | None]:
    return [(e.get("date") or {}).get("value") for e in record["events"]]


def test_hours_of_talks_are_the_talks(extract):
    # counting nouns: "three hours of talks" counts the talks
    record = extract(
        "Foreign Minister Ana Lopes held about three hours of talks in Lome on Monday with her Togolese "
        "counterpart, Kodjo Mensah.",
        published="2024-05-10",
    )
    assert parties(record) == [{"Ana Lopes", "Kodjo Mensah"}]
    assert places(record) == ["Lome"]


def test_last_night_is_the_day_before(extract):
    record = extract(
        "Peru's foreign minister, Ana Lopes, spoke to Bolivia's foreign minister, Jorge Quispe, by phone last night.",
        published="2024-05-10",
    )
    assert dates(record) == ["2024-05-09"]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday Ana Silva spent seven hours with her Danish counterpart, Lars Holm, on the budget.",
        "Ana Silva spent most of the day with her Indian counterpart, Ravi Kumar.",
        "Foreign Minister Ana Silva sat for an hour with Ravi Kumar on Monday.",
    ],
)
def test_time_spent_or_sat_with_someone_named_is_a_meeting(extract, sentence):
    # contact.verb.spend-time-with, contact.verb.sat-with
    record = extract(sentence, published="2024-05-10")
    assert modes(record) == ["meeting"], record["events"]


@pytest.mark.parametrize(
    "sentence", ["Ana Silva spent most of the day with her family.", "The decision sat well with Ravi Kumar."]
)
def test_time_with_no_one_named_or_a_figure_of_speech_is_no_meeting(extract, sentence):
    assert extract(sentence, published="2024-05-10")["events"] == []


def test_calling_a_titled_witness_reports_nothing(extract):
    record = extract(
        "The defence also called Col. Ana Ruiz, the former commander of the garrison. Ruiz testified that she had "
        "never met the mayor."
    )
    assert [q["content"]["text"] for q in record["quotes"]] == ["that she had never met the mayor"]
    assert "Ana Ruiz" in {a["name"] for a in record["actors"]}


def test_a_conference_of_a_groupings_ministers_is_a_gathering(extract):
    # contact.conference.of-a-grouping
    record = extract(
        "Ecuador's trade minister, Lucia Fernandez, was in Quito in July for the conference of trade ministers of "
        "the Andean Community.",
        published="2024-05-10",
    )
    assert modes(record) == ["multilateral"], record["events"]
    assert any("Andean Community" in p for p in parties(record))


def test_a_conference_of_others_is_no_gathering(extract):
    record = extract(
        "Ecuador's trade minister, Lucia Fernandez, was in Quito in July for the conference of the bakers' guild.",
        published="2024-05-10",
    )
    assert record["events"] == []


def test_a_place_whose_name_holds_of_is_one_place(extract):
    # "Port of Spain" is neither Spain nor a port of it
    record = extract(
        "Foreign Minister Ana Lopes met Trinidad's prime minister, Keith Rowley, in Port of Spain on Monday. An "
        "opposition MP said a Port of Spain shipping firm had hired her brother.",
        published="2024-05-10",
    )
    assert places(record) == ["Port of Spain"]
    assert "Spain" not in {a["name"] for a in record["actors"]}


def test_a_port_of_a_city_is_the_city(extract):
    record = extract(
        "Foreign Minister Ana Lopes met King Abdullah in the Red Sea port of Aqaba on Monday.", published="2024-05-10"
    )
    assert places(record) == ["Aqaba"]


def test_a_given_name_like_an_abbreviation_stays_in_the_name(extract):
    # only "Maj." with its stop is a rank
    record = extract("Maj Britt Theorin, the Swedish disarmament envoy, said the talks would resume in May.")
    assert speaker_of(record, "the talks would resume in May") == "Maj Britt Theorin"


def test_a_document_speaks_for_its_stated_author_after_another_speaker(extract):
    # speaker.document-issuer: "the memo, written by X", not the spokesman quoted in between
    record = extract(
        "The memo, written by Ruth Kane, the deputy minister, was leaked on Monday. The memo says the port will "
        "close. “We never comment on leaks,” said Ola Vik, a spokesman for the ministry. The memo adds that the "
        "governor has offered to help."
    )
    assert speaker_of(record, "the governor has offered to help") == "Ruth Kane"


def test_a_question_an_outlet_puts_in_a_transcript_is_no_quote(extract):
    # an outlet in the question's label names no reporter: the question is the interviewer's, left out
    record = extract(
        "The spokeswoman, Ines Dahl, took questions in Bergen.\n\n"
        "Q (HARBOUR RADIO): Is the minister's trip to Riga still on?\n\n"
        "DAHL: It is, and she will meet her Latvian counterpart.\n\n"
        "Q (COAST NEWS): When?\n\n"
        "DAHL: On Friday."
    )
    assert [q["content"]["text"] for q in record["quotes"]] == [
        "It is, and she will meet her Latvian counterpart.",
        "On Friday.",
    ]
    assert "HARBOUR RADIO" not in {a["name"] for a in record["actors"] if a["kind"] == "person"}
