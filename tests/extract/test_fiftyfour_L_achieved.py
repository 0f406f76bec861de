"""Round fifty-four (lead): a contact in the infinitive of a verb of achieving told in the past ("managed to meet",
"was able to meet", "got to meet") took place, and its date is the last such day before the story (rule
status.achieved); one in the infinitive of a verb of failing did not (status.failed); ability now, a must, or one
still to come keep their old statuses. A contact told as met twice, or as had been managed, is not dated to the
news month. Sentences written for these tests (names invented)."""

import pytest


def _event(record: dict) -> dict:
    (event,) = record["events"]
    return event


@pytest.mark.parametrize(
    "text",
    [
        "After weeks of trying, Foreign Minister Anna Berg was able to meet Jan Nowak in Almaty on March 3.",
        "Foreign Minister Anna Berg finally managed to meet Jan Nowak in Almaty on March 3.",
        "Foreign Minister Anna Berg got to meet Jan Nowak in Almaty on March 3.",
        "Foreign Minister Anna Berg happened to meet Jan Nowak in Almaty on March 3.",
        "After the ceremony on March 3, Foreign Minister Anna Berg proceeded to meet Jan Nowak in Almaty.",
    ],
)
def test_a_contact_achieved_in_the_past_took_place_on_the_last_such_day(extract, text):
    event = _event(extract(text, published="2024-06-20"))
    assert event["status"] == "occurred"
    assert event["date"]["value"] == "2024-03-03"


def test_a_contact_failed_did_not_take_place(extract):
    event = _event(extract("The envoy Tomas Rieck failed to meet President Karl Moen before the truce ran out."))
    assert event["status"] == "denied"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Foreign Minister Anna Berg will be able to meet Jan Nowak in Almaty on March 3.", "planned"),
        ("Foreign Minister Anna Berg is able to meet Jan Nowak whenever she asks.", "planned"),
        ("Foreign Minister Anna Berg has got to meet Jan Nowak soon.", "planned"),
        ("Foreign Minister Anna Berg will proceed to meet Jan Nowak in Almaty on March 3.", "planned"),
        ("Foreign Minister Anna Berg hopes to be able to meet Jan Nowak in Almaty.", "hypothetical"),
    ],
)
def test_ability_now_a_must_or_a_hope_is_not_a_contact_held(extract, text, status):
    assert _event(extract(text, published="2024-06-20"))["status"] == status


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg had been able to meet Jan Nowak in Almaty.",
        "Anna Berg met Jan Nowak twice in Almaty.",
    ],
)
def test_a_contact_told_as_long_done_or_repeated_is_not_dated_to_the_news_month(extract, text):
    event = _event(extract(text, published="2024-06-20"))
    assert event["status"] == "occurred"
    assert (event["date"] or {}).get("modifier") != "approx"


@pytest.mark.parametrize(
    "text",
    [
        "It was an honour to meet Foreign Minister Anna Berg in Oslo, Karl Moen wrote.",
        "Karl Moen was pleased to meet Foreign Minister Anna Berg in Oslo.",
        "Great to meet Foreign Minister Anna Berg in Oslo today, Karl Moen wrote.",
        "Karl Moen said he was proud to receive Anna Berg in Oslo.",
    ],
)
def test_a_contact_had_with_pleasure_took_place(extract, text):
    assert _event(extract(text, published="2024-06-20"))["status"] == "occurred"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("It will be an honour to meet Anna Berg in Oslo next week, Karl Moen wrote.", "planned"),
        ("Karl Moen would be pleased to meet Anna Berg.", "hypothetical"),
        ("Karl Moen is happy to meet Anna Berg whenever she wants.", "hypothetical"),
    ],
)
def test_pleasure_to_come_or_readiness_is_not_a_contact_had(extract, text, status):
    assert _event(extract(text, published="2024-06-20"))["status"] == status
