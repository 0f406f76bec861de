"""Courtesy calls (session 70, review of session 69's rules, findings 1 and 2). A condolence or a word of solidarity
voiced in a phone call stays a courtesy (SUPPORT) when a "saying …" or "adding …" clause follows: what was said is
no business done (rule contact.support-call.offer counts only a "to"-infinitive deed). A call to express a stance
reads every stance joined by "and": shock, regret, hope, sympathy and the like are courtesies; concern or protest
make the call a consultation (CONSULT). On sentences written for these tests (names invented); the article is dated
Wednesday 3 October 2012."""

from tests.conftest import events_with

PUBLISHED = "2012-10-03"


def call_type(text: str, extract, *names: str) -> str:
    record = extract(text, published=PUBLISHED)
    found = [e for e in events_with(record, *names) if e["mode"] == "phone"]
    assert len(found) == 1, [(e["participants"], e["mode"]) for e in record["events"]]
    return found[0]["type"]


# finding 1: a "saying …" / "adding …" clause tells what was said, not a deed done in the call


def test_condolences_in_a_call_then_saying_stay_a_courtesy(extract):
    text = (
        "Defence Minister Karl Holm expressed his condolences in a telephone call with Prime Minister Lena Dahl on "
        "Tuesday, saying Sweden was ready to send help."
    )
    assert call_type(text, extract, "Karl Holm", "Lena Dahl") == "SUPPORT"


def test_solidarity_voiced_in_a_call_then_adding_stays_a_courtesy(extract):
    text = (
        "Interior Minister Jan Novak voiced his solidarity in a phone call with President Maria Costa on Friday, "
        "adding that the Czech Republic would send rescue teams."
    )
    assert call_type(text, extract, "Jan Novak", "Maria Costa") == "SUPPORT"


def test_condolences_offered_in_a_call_then_stressing_stay_a_courtesy(extract):
    text = (
        "Prime Minister Hiro Tanaka offered his condolences in a phone call with President Amina Diallo on Sunday, "
        "stressing that Japan stood with the people of Mali."
    )
    assert call_type(text, extract, "Hiro Tanaka", "Amina Diallo") == "SUPPORT"


def test_an_offer_to_host_talks_in_a_call_is_a_consultation(extract):
    text = (
        "President Amina Diallo offered in a phone call with Prime Minister Hiro Tanaka on Sunday to host the next "
        "round of talks."
    )
    assert call_type(text, extract, "Amina Diallo", "Hiro Tanaka") == "CONSULT"


def test_concern_voiced_in_a_call_then_saying_is_a_consultation(extract):
    text = (
        "Interior Minister Jan Novak voiced concern about the refugee quotas in a phone call with President Maria "
        "Costa on Friday, saying the plan would not work."
    )
    assert call_type(text, extract, "Jan Novak", "Maria Costa") == "CONSULT"


# finding 2: every stance a call expresses is read, conjuncts too, and the everyday courtesies are courtesies


def test_a_call_to_express_shock_and_sadness_stays_a_courtesy(extract):
    text = (
        "Foreign Minister Pablo Ortega phoned President Nadia Haddad on Thursday to express his shock and sadness at "
        "the bombing of the market."
    )
    assert call_type(text, extract, "Pablo Ortega", "Nadia Haddad") == "SUPPORT"


def test_a_call_to_express_hope_for_a_recovery_stays_a_courtesy(extract):
    text = "Chancellor Eva Brunner called Prime Minister Tomas Varga on Tuesday to express hope for his quick recovery."
    assert call_type(text, extract, "Eva Brunner", "Tomas Varga") == "SUPPORT"


def test_a_call_to_express_regret_stays_a_courtesy(extract):
    text = (
        "President Lars Eklund telephoned Prime Minister Sanna Virtanen on Monday to express his regret over the "
        "shooting at the frontier post."
    )
    assert call_type(text, extract, "Lars Eklund", "Sanna Virtanen") == "SUPPORT"


def test_a_call_to_express_joy_and_admiration_stays_a_courtesy(extract):
    text = (
        "King Olav Strand called President Rosa Mendes on Sunday to express his joy and admiration at the team's "
        "victory in the final."
    )
    assert call_type(text, extract, "Olav Strand", "Rosa Mendes") == "SUPPORT"


def test_a_call_to_express_concern_over_troops_is_a_consultation(extract):
    text = (
        "Foreign Minister Pablo Ortega called President Nadia Haddad on Thursday to express concern over the troop "
        "build-up on the border."
    )
    assert call_type(text, extract, "Pablo Ortega", "Nadia Haddad") == "CONSULT"


def test_a_call_to_express_sympathy_and_concern_is_a_consultation(extract):
    text = (
        "Chancellor Eva Brunner called Prime Minister Tomas Varga on Tuesday to express her sympathy and her concern "
        "over the new tariffs."
    )
    assert call_type(text, extract, "Eva Brunner", "Tomas Varga") == "CONSULT"


def test_a_call_to_express_protest_is_a_consultation(extract):
    text = (
        "President Lars Eklund telephoned Prime Minister Sanna Virtanen on Monday to express his protest at the "
        "detention of the fishermen."
    )
    assert call_type(text, extract, "Lars Eklund", "Sanna Virtanen") == "CONSULT"
