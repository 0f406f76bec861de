"""A broadcaster named by its country and a common noun speaks as itself, not as the country (rule
speaker.national-media), on sentences written for these tests (names invented)."""

from tests.conftest import actor_of, quote_with


def speaker_of(record, words):
    return actor_of(record, quote_with(record, words)["speaker_actor"])


def test_country_state_radio_is_the_outlet(extract):
    r = extract("Bolivia state radio said the envoy Tomas Arvelo had telephoned both ministers.")
    assert speaker_of(r, "telephoned both ministers")["name"] == "Bolivia state radio"


def test_possessive_state_television_is_the_outlet(extract):
    r = extract("Chile's state television said the envoy Tomas Arvelo had telephoned both ministers.")
    assert speaker_of(r, "telephoned both ministers")["name"] == "Chile's state television"


def test_inverted_report_by_state_radio(extract):
    r = extract("The envoy Tomas Arvelo telephoned both ministers, Peru state radio reported.")
    assert speaker_of(r, "telephoned both ministers")["name"] == "Peru state radio"


def test_country_alone_and_its_ministry_are_unchanged(extract):
    # not this rule: the country itself, and a ministry, keep their own speakers
    r = extract("Bolivia said the envoy Tomas Arvelo had telephoned both ministers.")
    assert speaker_of(r, "telephoned both ministers")["name"] == "Bolivia"
    r = extract("Chile's foreign ministry said the envoy Tomas Arvelo had telephoned both ministers.")
    assert speaker_of(r, "telephoned both ministers")["name"] == "Chile's foreign ministry"


def test_a_paper_with_a_name_of_its_own_keeps_it(extract):
    # not this rule: the paper's own name is in the phrase, and the rules for names read it
    r = extract("Peru's Andean Courier newspaper said the envoy Tomas Arvelo had telephoned both ministers.")
    speaker = speaker_of(r, "telephoned both ministers")
    assert "Andean Courier" in [speaker["name"], *speaker["aliases"]]
    assert speaker["name"] != "Peru's Andean Courier newspaper"
