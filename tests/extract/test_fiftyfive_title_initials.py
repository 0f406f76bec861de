"""Round fifty-five: an office written out with its initials in brackets before a name is the person's title (rule
actor.title-before-initials), and the bracket ends no sentence; tested on sentences written for these tests (names
invented)."""

from tests.conftest import event_names


def _titles(record: dict, name: str) -> list[str]:
    return next(a["titles"] for a in record["actors"] if a["name"] == name)


def test_an_office_with_its_initials_before_a_rank_and_a_name_is_the_persons_title(extract):
    record = extract(
        "Chief of Army Staff (COAS) General Omar Khalid Rana on Thursday met the visiting commander at the "
        "headquarters. The army chief later met Defence Minister Ada Lind."
    )
    assert "Chief of Army Staff" in _titles(record, "Omar Khalid Rana")
    assert any(event_names(record, e) == {"Omar Khalid Rana", "Ada Lind"} for e in record["events"])


def test_an_office_with_its_initials_before_another_rank(extract):
    record = extract("Director General of Customs (DGC) Colonel Kofi Mensah met the traders in Accra on Monday.")
    assert "Director General of Customs" in _titles(record, "Kofi Mensah")


def test_a_bodys_name_before_its_initials_is_no_title(extract):
    record = extract("Harbour Workers Union (HWU) Executive Chairman Tomas Berg met the port authority on Monday.")
    assert "Harbour Workers Union" not in _titles(record, "Tomas Berg")
