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
        "ECOWAS trade ministers will meet in Accra next Monday to agree on a common tariff.",
        "The defence ministers of the four countries are due to meet in Tbilisi in March.",
    ],
)
def test_officials_of_a_grouping_meeting_alone_are_a_gathering(extract, sentence):
    # mode.grouping-gathers: multilateral, and the city's state is no party
    record = extract(sentence, published="2024-05-10")
    assert modes(record) == ["multilateral"], record["events"]
    assert all("Jamaica" not in p and "Ghana" not in p and "Georgia" not in p for p in parties(record))


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
        "ministers of the five Andean states are due to meet in Quito in June.",
        published="2024-05-10",
    )
    gathering = [p for p, m in zip(parties(record), modes(record), strict=True) if m == "multilateral"]
    assert gathering and all("Ana Lopes" not in p for p in gathering), record["events"]
    assert places(record).count("Quito") == 1


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
