"""Round fifty-eight, helper T: a person known first only by a state's office ("The Foreign Minister of Portugal",
"Norway's new ambassador") whom the next sentences name is that person, though the story named others before
(rule speaker.state-office-ahead); a title of the office's noun alone fits it ("Minister Ana Velkova", rule
speaker.bare-title-ahead), and an envoy to a capital is the ambassador (rule speaker.same-office). Tested on
sentences written for these tests (names invented)."""

from tests.conftest import event_names, quote_with, speaker_name


def names_of(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"]]


def test_a_states_minister_is_the_minister_named_next(extract):
    record = extract(
        "Talks on the border opened in Lisbon. Tomas Oberlin (C) smiled.\n\n"
        "The Foreign Minister of Portugal met with President Tomas Oberlin on Wednesday to discuss trade. "
        "Minister Ana Velkova of Portugal also raised smuggling.\n"
    )
    assert {"Ana Velkova", "Tomas Oberlin"} in names_of(record), record["events"]


def test_a_bare_title_of_no_known_state_is_not_another_states_office(extract):
    # negative (the reviewer's mend): "Minister X" of no known state, in a story of two states, is not taken for
    # the other state's foreign minister
    record = extract(
        "Lusitanian President Tomas Oberlin received Veronan Senate President Ivo Marek in Lisbon on Monday. "
        "Verona's foreign minister told reporters the talks were useful. Minister Ana Velkova said Lisbon would "
        "reopen the border crossing.\n"
    )
    assert speaker_name(record, quote_with(record, "talks were useful")) != "Ana Velkova"


def test_a_states_new_ambassador_is_the_envoy_named_next(extract):
    record = extract(
        "Premier Tomas Oberlin says it would be wrong to meet with Norway's new ambassador while the freeze lasts.\n\n"
        "The new envoy to Lisbon, Ivo Marek, has struck a friendlier tone. "
        "The new ambassador met with Foreign Minister Ana Velkova last week.\n"
    )
    assert {"Ivo Marek", "Ana Velkova"} in names_of(record), record["events"]


def test_a_minister_of_another_portfolio_is_not_the_foreign_minister(extract):
    record = extract(
        "Premier Tomas Oberlin spoke on Monday. The Foreign Minister of Portugal met him on Wednesday. "
        "Finance Minister Ana Velkova also raised smuggling.\n"
    )
    assert all("Ana Velkova" not in names for names in names_of(record)), record["events"]


def test_a_minister_of_another_state_is_not_the_states_minister(extract):
    record = extract(
        "Premier Tomas Oberlin spoke on Monday. The Foreign Minister of Portugal met him on Wednesday. "
        "Spain's Minister Ana Velkova also raised smuggling.\n"
    )
    assert all("Ana Velkova" not in names for names in names_of(record)), record["events"]


def test_a_special_envoy_is_not_the_ambassador(extract):
    record = extract(
        "Premier Tomas Oberlin says it would be wrong to meet with Norway's new ambassador while the freeze lasts.\n\n"
        "The special envoy to Lisbon, Ivo Marek, has struck a friendlier tone.\n"
    )
    assert all("Ivo Marek" not in names for names in names_of(record)), record["events"]


def test_a_minister_titled_before_is_not_another_states_minister_ahead(extract):
    record = extract(
        "Foreign Affairs Minister Marc Oberlin has not left Ottawa since March.\n\n"
        "A visit to Ottawa by Japan's foreign minister, planned for May, has been called off. "
        "Oberlin said he would keep working from a laptop.\n"
    )
    assert all("Marc Oberlin" not in names for names in names_of(record)), record["events"]


def test_the_consul_general_is_not_the_deputy_consul_general(extract):
    record = extract(
        "Correction: we reported that council leader Ian Corrie met the Consul General of China in July. "
        "In fact, Mr Corrie met the Deputy Consul General, Ms Lin Wei, in Forfar.\n"
    )
    met = [names for names in names_of(record) if "Ian Corrie" in names]
    assert met, record["events"]
    assert sum("Lin Wei" in names for names in met) <= 1, record["events"]


def test_the_envoy_is_the_ambassador_named_before(extract):
    record = extract(
        "The regional body has named Ambassador Pavel Drozd as its mediator. "
        "Foreign Minister Ana Velkova met the envoy in Lisbon on Tuesday.\n"
    )
    assert {"Pavel Drozd", "Ana Velkova"} in names_of(record), record["events"]


def test_the_other_side_in_the_same_sentence_is_not_the_holder(extract):
    record = extract(
        "Premier Tomas Oberlin spoke on Monday.\n\n"
        "Norway's foreign minister met Foreign Minister Ana Velkova of Ruritania in Oslo on Tuesday. "
        "Velkova said the talks went well.\n"
    )
    assert all(names != {"Ana Velkova"} for names in names_of(record)), record["events"]
    assert any("Ana Velkova" in names and len(names) > 1 for names in names_of(record)), record["events"]
