"""Speakers and descriptions on real-text constructions (session 69, helper SPKB): a title only one state has ("the
Taoiseach") is that state's named holder (rule speaker.national-office); "quoted X to state that …" gives X's words
(rule quote.quoted-to-say); a fronted place run into the name after it ("in Astana President N stressed") leaves
the name as the speaker (rule speaker.place-run-into-name); "X's trade czar" is a person of X's, not X. On sentences
written for these tests (names invented)."""

from tests.conftest import event_names, quote_with, speaker_name

PUBLISHED = "2026-03-12"


def parties(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"]]


def names(record: dict) -> set[str]:
    return {a["name"] for a in record["actors"]}


def test_the_taoiseach_is_the_irish_premier_named(extract):
    r = extract(
        "Prime Minister Keir Lane met Irish premier Niamh Doyle in Dublin. "
        "The Taoiseach said the talks had been very warm.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "very warm")) == "Niamh Doyle"
    assert "Taoiseach" not in names(r)


def test_the_taoiseach_as_host_is_the_irish_premier(extract):
    r = extract(
        "Prime Minister Keir Lane met Irish premier Niamh Doyle in Dublin. "
        "The Taoiseach welcomed Lane for a bilateral meeting at Government Buildings.",
        published=PUBLISHED,
    )
    assert {"Keir Lane", "Niamh Doyle"} in parties(r)
    assert not any("Taoiseach" in p for p in parties(r))


def test_the_taoiseach_is_no_prime_minister_of_another_state(extract):
    r = extract(
        "Prime Minister Keir Lane visited Dublin on Monday. The Taoiseach said the talks had been very warm.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "very warm")) != "Keir Lane"


def test_the_taoiseach_with_two_irish_premiers_named_is_neither(extract):
    r = extract(
        "Prime Minister Keir Lane met Irish premier Niamh Doyle in Dublin. Irish premier Sean Moran had met Lane "
        "in May. The Taoiseach said the talks had been very warm.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "very warm")) not in ("Niamh Doyle", "Sean Moran")


def test_quoted_officials_to_state_that_gives_the_officials(extract):
    r = extract(
        "Agencies had quoted Norlandic officials on Saturday to state that the ferry would run until May.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "ferry would run")) == "Norlandic officials"


def test_quoted_to_have_said_gives_the_one_quoted(extract):
    r = extract("Ada Moss was quoted to have said that the ferry would run until May.", published=PUBLISHED)
    assert speaker_name(r, quote_with(r, "ferry would run")) == "Ada Moss"


def test_quoted_a_report_to_argue_is_the_quoters_purpose(extract):
    r = extract("The Harbour Star quoted the audit to argue that the ferry would run until May.", published=PUBLISHED)
    assert speaker_name(r, quote_with(r, "ferry would run")) != "audit"


def test_quoted_a_hero_to_tell_an_audience_is_the_quoters_purpose(extract):
    # negative of quote.quoted-to-say and quote.quotes-name: "to tell the cadets" is why the governor quoted him
    r = extract("Governor Lena Ward quoted Jose Marti to tell the cadets that liberty has a cost.", published=PUBLISHED)
    assert speaker_name(r, quote_with(r, "liberty has a cost")) == "Lena Ward"


def test_a_place_run_into_a_titled_name_leaves_the_speaker(extract):
    r = extract(
        "President Ivan Abenov hosted the talks. At the meeting with Prime Minister Tom Vale on Monday in Astana "
        "President Abenov stressed that the pipeline would be built.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "pipeline would be built")) == "Ivan Abenov"


def test_a_place_run_into_a_bare_name_leaves_the_speaker(extract):
    r = extract(
        "Foreign Minister Javad Vazir flew to Turkey on Monday. Upon arrival in Ankara Vazir told reporters "
        "that the talks would go on.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "talks would go on")) == "Javad Vazir"


def test_a_place_alone_names_no_speaker(extract):
    r = extract(
        "The envoys met on Monday. Upon arrival in New York City officials told reporters that the talks would go on.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "talks would go on")) != "York City"


def test_a_leaders_trade_czar_is_not_the_leader(extract):
    r = extract(
        "Minister Ana Ruiz met with President Leo Vance's trade czar on Monday.",
        published=PUBLISHED,
    )
    assert {"Ana Ruiz", "Leo Vance"} not in parties(r)
    assert any("Ana Ruiz" in p for p in parties(r))


def test_a_place_run_into_a_name_makes_no_actor_of_its_own(extract):
    r = extract(
        "Foreign Minister Javad Nouri flew to Turkey on Monday. After the talks in Ankara Nouri met President Ali "
        "Demir.",
        published=PUBLISHED,
    )
    assert "Ankara Nouri" not in names(r)
    assert any({"Javad Nouri", "Ali Demir"} <= p for p in parties(r))


def test_one_place_of_two_words_stays_a_place(extract):
    r = extract(
        "Mayor Ana City met the envoys in Mexico City on Monday. In Mexico City officials said the talks went well.",
        published=PUBLISHED,
    )
    assert "City" not in {a["name"] for a in r["actors"] if a["kind"] == "person"} - {"Ana City"}
