"""Round forty-nine (D): states as the press of their time named them (rule actor.former-state); tested on
sentences written for these tests (names invented)."""

from tests.conftest import event_names


def _countries(record):
    return {a["name"]: a["country"] for a in record["actors"] if a["kind"] == "country"}


def test_a_capital_in_an_old_article_is_the_state_of_its_time(extract):
    record = extract(
        "Trade Minister Olga Varnas of Norway flew to Moscow on Tuesday for talks on grain prices.",
        published="1979-04-11",
    )
    (event,) = record["events"]
    assert "Soviet Union" in event_names(record, event)
    assert _countries(record)["Soviet Union"] == "SUN"


def test_a_demonym_of_a_former_state_names_a_side(extract):
    record = extract(
        "Greek and Yugoslav officials will meet in Salonika next month to discuss the border.",
        published="1951-02-06",
    )
    (event,) = record["events"]
    assert {"Greece", "Yugoslavia"} <= event_names(record, event)


def test_people_of_a_former_state_take_its_code(extract):
    record = extract(
        "Soviet Deputy Foreign Minister Pavel Orekhov met Foreign Minister Ilse Brandtner in Vienna on Monday.",
        published="1983-11-17",
    )
    orekhov = next(a for a in record["actors"] if a["name"] == "Pavel Orekhov")
    assert orekhov["country"] == "SUN"


def test_the_former_name_in_a_recent_article_is_the_present_state(extract):
    # not the rule: "the USSR" read today is the state that continues it, under its present name
    record = extract(
        "Trade Minister Olga Varnas flew to Moscow on Tuesday, her first trip there since the USSR collapsed.",
        published="2024-03-12",
    )
    assert "Russia" in _countries(record) and "Soviet Union" not in _countries(record)


def test_a_state_named_only_by_its_present_name_keeps_it(extract):
    # not the rule: "Serbia" in 1995 is the republic the article names, not Yugoslavia
    record = extract(
        "Serbian and Croatian officials met in Pecs on Monday, Serbia's foreign ministry said.",
        published="1995-03-08",
    )
    assert "Serbia" in _countries(record) and "Yugoslavia" not in _countries(record)
