"""Round fifty-six (helper D): a person the article knows only by a description is also known by its plain forms
(rule actor.description-forms): without the possessive word that ties the office to someone ("his Corvanian
counterpart" is "Corvanian counterpart") and with a state's possessive said as its adjective ("Thailand's prime
minister" is "Thai prime minister"). Not a named person, and not what is left with no state ("his new
counterpart" is not "new counterpart"). Sentences written for these tests (names invented)."""

from tests.conftest import actor_named


def test_counterpart_without_his(extract):
    # actor.description-forms: "his Iraqi counterpart" is also "Iraqi counterpart"
    record = extract("Interior Minister Ravi Dal met his Iraqi counterpart in Basra on Monday.")
    assert "Iraqi counterpart" in actor_named(record, "his Iraqi counterpart")["aliases"]


def test_counterpart_of_a_state_of_two_words_without_his(extract):
    # actor.description-forms: the state may take two words, "his North Korean counterpart"
    record = extract("Interior Minister Ravi Dal met his North Korean counterpart in Basra on Monday.")
    assert "North Korean counterpart" in actor_named(record, "his North Korean counterpart")["aliases"]


def test_state_possessive_said_as_its_adjective(extract):
    # actor.description-forms: "Thailand's prime minister" is also "Thai prime minister"
    record = extract("Thailand's prime minister met Prime Minister Joss Welby of Velmark in Bangkok on Tuesday.")
    assert "Thai prime minister" in actor_named(record, "Thailand's prime minister")["aliases"]


def test_named_person_gets_no_description_form(extract):
    # negative: a person with a name of their own keeps only the names the text gives
    record = extract("Interior Minister Ravi Dal met his Iraqi counterpart in Basra on Monday.")
    assert not any("counterpart" in alias for alias in actor_named(record, "Ravi Dal")["aliases"])


def test_one_word_left_is_no_form(extract):
    # negative: "his counterpart" said without "his" would be anyone's counterpart
    record = extract("Interior Minister Ravi Dal of Corvania met his counterpart in Basra on Monday.")
    assert actor_named(record, "his counterpart")["aliases"] == []


def test_words_left_with_no_state_are_no_form(extract):
    # negative: "his new counterpart", "his deputy foreign minister" said without "his" would be anyone's
    for text in (
        "Interior Minister Ravi Dal met his new counterpart in Basra on Monday.",
        "Interior Minister Ravi Dal met his deputy foreign minister in Basra on Monday.",
    ):
        record = extract(text)
        assert not any(
            alias in ("new counterpart", "deputy foreign minister") for a in record["actors"] for alias in a["aliases"]
        )
