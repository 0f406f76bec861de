"""Round fifty-five: faults a reader of the round's change proved, mended; tested on sentences written for these
tests (names invented)."""

from tests.conftest import event_names, quote_with, speaker_name


def _titles(record: dict, name: str) -> list[str]:
    return next(a["titles"] for a in record["actors"] if a["name"] == name)


def test_a_counted_group_meeting_one_person_is_no_gathering_of_three_sides(extract):
    record = extract("The three service chiefs met President Ana Ruiz on Monday.")
    assert [e["mode"] for e in record["events"]] == ["meeting"]


def test_a_possessive_after_another_persons_noun_gives_the_subject_no_gender(extract):
    record = extract(
        "Mayor Tarn Velloso met the prime minister and his wife on Monday. Later she told reporters the talks had "
        "gone well."
    )
    quote = quote_with(record, "the talks had gone well")
    assert speaker_name(record, quote) == "Tarn Velloso"


def test_a_sentences_adverb_is_no_part_of_an_office_before_its_initials(extract):
    record = extract("Meanwhile Chief of Army Staff (COAS) General Omar Rana met the visiting commander.")
    assert "Chief of Army Staff" in _titles(record, "Omar Rana")
    assert not any("Meanwhile" in t for t in _titles(record, "Omar Rana"))
    assert all(event_names(record, e) == {"Omar Rana", "visiting commander"} for e in record["events"])


def test_a_bodys_name_before_its_initials_is_no_office(extract):
    record = extract(
        "Office of the Prime Minister (OPM) Spokesman Omar Diaz met the visiting envoy on Monday. "
        '"It went well," the prime minister told reporters.'
    )
    assert "Office of the Prime Minister" not in _titles(record, "Omar Diaz")
    quote = quote_with(record, "It went well")
    assert speaker_name(record, quote) != "Omar Diaz"


def test_a_relative_clause_with_its_particle_left_hanging_is_not_what_was_told(extract):
    record = extract("Ana Ruiz briefed the committee she had set up in March on her talks with Omar Diaz.")
    assert not any("she had set up" in q["content"]["text"] for q in record["quotes"])


def test_an_ellipsis_inside_a_quotation_in_single_marks_splits_nothing(extract):
    record = extract(
        "‘We met Omar Diaz and discussed the … Russian proposal with him on Monday,’ Ana Ruiz said.",
        published="2024-05-10",
    )
    assert any(e["date"] and e["date"]["value"] == "2024-05-06" for e in record["events"])
