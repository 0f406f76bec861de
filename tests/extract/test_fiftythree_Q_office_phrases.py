"""Round fifty-three (helper Q): an office named by a phrase instead of its title (rule speaker.office-periphrasis).
"The head of state said", "the top diplomat added": the person the story titled with that office. Sentences written
for these tests (names invented)."""

import pytest


def speakers(record: dict) -> list[str | None]:
    """The name of each quote's speaker, in order."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [names.get(q.get("speaker_actor")) for q in record["quotes"]]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "President Lena Vartan received a trade delegation led by Minister Paul Okoro on Monday.\n\n"
            '"We have always paid our debts," the Head of State said.',
            "Lena Vartan",
        ),
        (
            "Freedonian Prime Minister Rufus Dale met Mayor Ana Ruiz on Monday.\n\n"
            "The head of government said the port would reopen in May.",
            "Rufus Dale",
        ),
        (
            "Foreign Minister Jon Holm hosted Trade Minister Ana Ruiz on Friday.\n\n"
            "The Norwegian top diplomat said the talks had been frank.",
            "Jon Holm",
        ),
        (
            "Minister Adoum Sale received Ambassador Kenji Mori on Tuesday.\n\n"
            "According to the chief of diplomatic mission, the visit prepares a loan for schools.",
            "Kenji Mori",
        ),
    ],
)
def test_an_office_named_by_a_phrase_is_its_titled_holder(extract, text, holder):
    assert speakers(extract(text)) == [holder]


@pytest.mark.parametrize(
    "text",
    [
        # a vice president holds no head of state's office
        "Vice President Tom Hale met the miners on Monday.\n\nThe head of state said the mines would stay open.",
        # the president of a senate heads no state
        "Senate President Rita Moss met the miners on Monday.\n\nThe head of state said the mines would stay open.",
        # a trade minister is no top diplomat
        "Trade Minister Ana Ruiz met the miners on Monday.\n\nThe top diplomat said the mines would stay open.",
    ],
)
def test_a_phrase_is_not_an_office_the_title_does_not_hold(extract, text):
    assert speakers(extract(text))[0] not in ("Tom Hale", "Rita Moss", "Ana Ruiz")


def test_a_phrase_a_description_relates_its_person_to_is_not_the_holder(extract):
    record = extract(
        "President Lena Vartan met the miners on Monday.\n\n"
        "The head of state's spokesman said the mines would stay open.\n\n"
        "The head of state said the talks were long."
    )
    assert speakers(record) == ["head of state's spokesman", "Lena Vartan"]
