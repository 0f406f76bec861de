"""Calls with a purpose (session 69, helper VRB2): a call made to express or voice a stance that is no courtesy
("to express his concern at the shelling", "voiced concern ... in a phone call") is a consultation, typed CONSULT; a
call to express condolences, sorrow or thanks stays a courtesy (SUPPORT). On sentences written for these tests (names
invented); the article is dated Wednesday 3 October 2012."""

from tests.conftest import events_with

PUBLISHED = "2012-10-03"


def call_of(record: dict, *names: str) -> dict:
    found = [e for e in events_with(record, *names) if e["mode"] == "phone"]
    assert len(found) == 1, [(e["participants"], e["mode"]) for e in record["events"]]
    return found[0]


# contact.support-call: "express" carries a stance, and is a courtesy only when the stance is one


def test_a_call_to_express_concern_is_a_consultation(extract):
    r = extract(
        "Foreign Minister Ola Berg called President Ana Ruiz on Monday to express his government's deepest concern "
        "at the shelling of the border town.",
        published=PUBLISHED,
    )
    assert call_of(r, "Ola Berg", "Ana Ruiz")["type"] == "CONSULT"


def test_a_call_to_express_disappointment_is_a_consultation(extract):
    r = extract(
        "Prime Minister Tomas Varga phoned Chancellor Eva Brunner on Tuesday to express his disappointment over the "
        "tariff decision.",
        published=PUBLISHED,
    )
    assert call_of(r, "Tomas Varga", "Eva Brunner")["type"] == "CONSULT"


def test_a_concern_expressed_in_a_phone_call_is_a_consultation(extract):
    r = extract(
        "Foreign Minister Ola Berg expressed concern about the border closure in a phone call with President Ana Ruiz "
        "on Monday.",
        published=PUBLISHED,
    )
    assert call_of(r, "Ola Berg", "Ana Ruiz")["type"] == "CONSULT"


def test_a_concern_voiced_in_a_phone_call_is_a_consultation(extract):
    r = extract(
        "Foreign Minister Ola Berg voiced concern about the border closure in a phone call with President Ana Ruiz on "
        "Monday.",
        published=PUBLISHED,
    )
    assert call_of(r, "Ola Berg", "Ana Ruiz")["type"] == "CONSULT"


def test_a_call_to_express_sorrow_stays_a_courtesy(extract):
    r = extract(
        "Foreign Minister Ola Berg called President Ana Ruiz on Monday to express his deep sorrow at the loss of life "
        "in the floods.",
        published=PUBLISHED,
    )
    assert call_of(r, "Ola Berg", "Ana Ruiz")["type"] == "SUPPORT"


def test_a_call_to_express_condolences_stays_a_courtesy(extract):
    r = extract(
        "Foreign Minister Ola Berg called President Ana Ruiz on Monday to express his condolences over the floods.",
        published=PUBLISHED,
    )
    assert call_of(r, "Ola Berg", "Ana Ruiz")["type"] == "SUPPORT"


def test_support_voiced_in_a_phone_call_stays_a_courtesy(extract):
    r = extract(
        "Foreign Minister Ola Berg voiced his support for the reforms in a phone call with President Ana Ruiz on "
        "Monday.",
        published=PUBLISHED,
    )
    assert call_of(r, "Ola Berg", "Ana Ruiz")["type"] == "SUPPORT"


def test_a_call_to_congratulate_stays_a_courtesy(extract):
    r = extract(
        "Foreign Minister Ola Berg called President Ana Ruiz on Monday to congratulate her on her election victory.",
        published=PUBLISHED,
    )
    assert call_of(r, "Ola Berg", "Ana Ruiz")["type"] == "SUPPORT"


def test_a_call_to_express_thanks_stays_a_courtesy(extract):
    # review (REV2 M1): the tagger gives "thanks" the lemma "thank"
    r = extract(
        "President Ana Ruiz called Prime Minister Ola Berg on Monday to express her thanks for his hospitality.",
        published=PUBLISHED,
    )
    assert call_of(r, "Ana Ruiz", "Ola Berg")["type"] == "SUPPORT"
