"""Round forty-seven (helper G): denials that speak for a side. A person apposed to a noun for one who speaks for
another ("Her lawyer, X,", "Y's campaign manager, X,"), to a title the parse hung beside the name ("In Lusaka, the
government spokesman, X, said") or to a title whose phrase names a body ("A spokesman for the Department of Trade,
X,") holds that title, so a denial of theirs counts as a side's; a denial that names a place "or anywhere else"
denies the contact told before wherever it was held; and "is due in Dakar for three days of talks" is a plan.
Sentences written for these tests (names invented)."""

import pytest


def _titles(record: dict, name: str) -> list[str]:
    (actor,) = [a for a in record["actors"] if a["name"] == name]
    return actor["titles"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Her lawyer, Helge Vatne, said the contract was void.", "Helge Vatne", "lawyer"),
        (
            "Moss's campaign manager, Dan Yarrow, said the call had lasted an hour.",
            "Dan Yarrow",
            "Moss's campaign manager",
        ),
        (
            "UPDATE 2: In Addis Ababa, the government spokesman, Ato Mulugeta Alemu, said Ethiopia would attend.",
            "Mulugeta Alemu",
            "government spokesman",
        ),
        (
            "A spokesman for the Department of Commerce, Luis Ortega Sanz, denied it.",
            "Luis Ortega Sanz",
            "spokesman for the Department of Commerce",
        ),
    ],
)
def test_the_apposed_voice_holds_its_title(extract, text, name, title):
    assert title in _titles(extract(text, published="2024-05-10"), name)


def test_a_lawyer_of_no_one_named_is_no_title(extract):
    record = extract("The lawyer, Helge Vatne, said the contract was void.", published="2024-05-10")
    assert "lawyer" not in _titles(record, "Helge Vatne")


def test_the_spokesman_for_a_person_is_left_alone(extract):
    # "a spokesman for the governor, X": X may be the governor, so the spokesman's title is not X's
    record = extract("A spokesman for the governor, Luis Ortega Sanz, denied it.", published="2024-05-10")
    assert not any(t.startswith("spokesman") for t in _titles(record, "Luis Ortega Sanz"))


def test_no_meeting_anywhere_else_denies_the_one_told(extract):
    text = (
        "According to the cable, Mr Okello said he had met the Kenyan defence minister alone in early March. "
        '"No meeting of this kind took place, in Nairobi or anywhere else," the foreign ministry spokesman said on '
        "Thursday."
    )
    record = extract(text, published="2024-03-22")
    (event,) = record["events"]
    assert event["status"] == "denied"
    assert [c["status"] for c in event["confirmations"]] == ["denied"]


def test_no_meeting_in_another_place_denies_nothing(extract):
    text = (
        "The Coast Herald reported that Mr Okello met the Kenyan defence minister in Nairobi on Monday. "
        '"No meeting took place in Mombasa," the foreign ministry spokesman said.'
    )
    record = extract(text, published="2024-03-22")
    (event,) = record["events"]
    assert event["status"] == "occurred"


def test_due_for_days_of_talks_is_planned(extract):
    text = (
        "Mali's foreign minister, Ama Diarra, is due in Dakar for three days of talks with her Senegalese "
        "counterpart, Awa Ndiaye."
    )
    (event,) = extract(text, published="2024-03-22")["events"]
    assert event["status"] == "planned"


def test_was_due_for_talks_called_off_is_not_held(extract):
    # "was due … but the trip was called off": the plan called off is no contact held
    text = (
        "Mali's foreign minister, Ama Diarra, was due in Dakar for three days of talks with her Senegalese "
        "counterpart, Awa Ndiaye, but the trip was called off."
    )
    (event,) = extract(text, published="2024-03-22")["events"]
    assert event["status"] != "occurred"
