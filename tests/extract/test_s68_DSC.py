"""A description of an office whose words share none with the holder's title is the one named person who holds it
(session 68, helper DSC): a counterpart of a state (rule speaker.counterpart-holder), "the diplomat" (rule
speaker.diplomat-holder), a state's possessive before an office that also names a source (rule
speaker.state-possessed-office), and a state's possessive right before a name (rule actor.state-possessive-of-name).
Never a person of another state, nor one of two who fit. On sentences written for these tests (names invented)."""

from tests.conftest import actor_named, event_names, quote_with, speaker_name

PUBLISHED = "2026-03-12"


def names(record: dict) -> set[str]:
    return {a["name"] for a in record["actors"]}


def parties(record: dict) -> list[set[str]]:
    return [event_names(record, e) for e in record["events"]]


def test_a_counterpart_of_a_state_is_its_one_holder_of_the_office(extract):
    r = extract(
        "Prime Minister Tom Vale praised Australian Prime Minister Rob Gant on Monday. "
        "Vale said his Australian counterpart would visit Tarawa in May.",
        published=PUBLISHED,
    )
    assert any("Rob Gant" in p for p in parties(r))
    assert "his Australian counterpart" not in names(r)


def test_a_counterpart_named_only_later_is_that_holder(extract):
    r = extract(
        "Prime Minister Tom Vale said his Australian counterpart would visit Tarawa in May. "
        "Australian Prime Minister Rob Gant confirmed the trip on Tuesday.",
        published=PUBLISHED,
    )
    assert any("Rob Gant" in p for p in parties(r))
    assert "his Australian counterpart" not in names(r)


def test_a_counterpart_is_the_one_of_his_state_whose_office_the_story_never_gives(extract):
    r = extract(
        "Energy Minister Faisal Omar held talks with Iraq's Hayan Saleh and Libya's Omar Fathi in Riyadh. "
        "He and his Libyan counterpart discussed oil markets, the agency reported.",
        published=PUBLISHED,
    )
    assert "his Libyan counterpart" not in names(r)


def test_a_counterpart_is_no_untitled_person_of_his_state_told_apart(extract):
    r = extract(
        "Prime Minister Jon Eke will meet his Canadian counterpart in Ottawa on Friday. "
        "Canada's Lou Marsh, a dairy farmer from Quebec, said farmers hoped for a deal.",
        published=PUBLISHED,
    )
    assert "his Canadian counterpart" in names(r)
    assert not any("Lou Marsh" in p for p in parties(r))


def test_a_counterpart_of_a_state_no_one_is_named_of_stays_unnamed(extract):
    r = extract(
        "Prime Minister Tom Vale met President Ana Ruiz on Monday. "
        "Vale said his Australian counterpart would visit Tarawa in May.",
        published=PUBLISHED,
    )
    assert "his Australian counterpart" in names(r)
    assert not any("Ana Ruiz" in p and "Australia" in p for p in parties(r))


def test_a_counterpart_is_never_a_holder_of_another_state(extract):
    r = extract(
        "Prime Minister Tom Vale praised New Zealand Prime Minister Rob Gant on Monday. "
        "Vale said his Australian counterpart would visit Tarawa in May.",
        published=PUBLISHED,
    )
    assert "his Australian counterpart" in names(r)
    assert not any("Rob Gant" in p and "Australia" in p for p in parties(r))


def test_a_counterpart_two_of_the_state_may_be_stays_unnamed(extract):
    r = extract(
        "Minister Tom Vale met Australian Trade Minister Rob Gant and Australian Defence Minister Ian Holt. "
        "Vale said his Australian counterpart would visit Tarawa in May.",
        published=PUBLISHED,
    )
    assert "his Australian counterpart" in names(r)


def test_the_diplomat_is_the_one_foreign_service_post_holder(extract):
    r = extract(
        "Foreign Ministry Spokesman Aram Petrosyan wrote on Saturday that no meeting was planned.\n\n"
        'According to the diplomat, "the rumours are false."',
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "the rumours are false")) == "Aram Petrosyan"


def test_the_diplomat_of_two_post_holders_is_neither(extract):
    r = extract(
        "Ambassador Aram Petrosyan met Foreign Minister Lena Moss on Saturday.\n\n"
        'According to the diplomat, "the rumours are false."',
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "the rumours are false")) not in ("Aram Petrosyan", "Lena Moss")


def test_the_diplomat_the_story_brought_in_unnamed_stays_unnamed(extract):
    r = extract(
        "Ambassador Aram Petrosyan arrived in Oslo on Saturday, a Western diplomat said.\n\n"
        '"The talks will be hard," the diplomat said.',
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "The talks will be hard")) != "Aram Petrosyan"


def test_the_diplomat_is_no_holder_of_a_post_of_another_field(extract):
    r = extract(
        "Health Minister Aram Petrosyan wrote on Saturday that no meeting was planned.\n\n"
        'According to the diplomat, "the rumours are false."',
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "the rumours are false")) != "Aram Petrosyan"


def test_a_states_top_diplomat_is_its_foreign_minister_named(extract):
    r = extract(
        "President Ana Ruiz met Russian Foreign Minister Oleg Vasin in Lima on Monday. "
        "Ruiz greeted Russia's top diplomat warmly.",
        published=PUBLISHED,
    )
    assert "Russia's top diplomat" not in names(r)


def test_a_states_top_diplomat_is_no_foreign_minister_of_another_state(extract):
    r = extract(
        "President Ana Ruiz met Russian Foreign Minister Oleg Vasin in Lima on Monday. "
        "Peru's top diplomat said the talks went well.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "the talks went well")) != "Oleg Vasin"


def test_a_states_possessive_before_a_name_gives_the_state(extract):
    r = extract(
        "The minister held talks with Iraq's Hayan Saleh and Libya's Omar Fathi in Riyadh.", published=PUBLISHED
    )
    assert actor_named(r, "Omar Fathi")["country"] == "LBY"


def test_a_possessive_of_no_state_before_a_name_gives_none(extract):
    r = extract(
        "The minister held talks with Iraq's Hayan Saleh and Tomas's Omar Fathi in Riyadh.", published=PUBLISHED
    )
    assert actor_named(r, "Omar Fathi")["country"] != "LBY"


def test_a_counterpart_is_no_holder_of_another_office_of_the_state(extract):
    r = extract(
        "Foreign Minister Ali Rahimi met a senior Saudi intelligence official, Khalid Nasser, in Muscat. "
        "Rahimi said he would be willing to meet his Saudi counterpart in Baghdad.",
        published=PUBLISHED,
    )
    assert not any({"Ali Rahimi", "Khalid Nasser"} <= p and len(p) == 2 for p in parties(r)[1:])
    assert "his Saudi counterpart" in names(r)


def test_a_leaders_counterpart_is_the_one_leader_of_the_state(extract):
    r = extract(
        "Kosovo Prime Minister Agim Berisha met Serbian President Marko Ilic in Brussels on Tuesday. "
        "His Serbian counterpart said the meeting was a failure.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "the meeting was a failure")) == "Marko Ilic"


def test_a_ministers_counterpart_is_no_leader_of_the_state(extract):
    r = extract(
        "Trade Minister Agim Berisha met Serbian President Marko Ilic in Brussels on Tuesday. "
        "His Serbian counterpart said the meeting was a failure.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "the meeting was a failure")) != "Marko Ilic"


def test_a_national_description_of_an_introduced_source_is_that_source(extract):
    r = extract(
        "Foreign Minister Ana Ruiz of Chile arrived in La Paz on Monday. A Chilean official travelling with Ruiz "
        "said the talks would be long. Later the Chilean official said the talks had stalled.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "the talks had stalled")) == "Chilean official"


def test_a_description_by_a_states_body_of_an_introduced_source_is_that_source(extract):
    r = extract(
        "U.S. Secretary of State Ana Ruiz arrived in La Paz on Monday. A State Department official travelling with "
        "Ruiz said the talks would be long. Later the State Department official said the talks had stalled.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "the talks had stalled")) == "State Department official"


def test_a_national_description_with_no_source_introduced_is_the_titled_person(extract):
    r = extract(
        "Foreign Minister Ana Ruiz of Chile arrived in La Paz on Monday. "
        "Later the Chilean official said the talks had stalled.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "the talks had stalled")) == "Ana Ruiz"


def test_a_national_description_of_a_party_brought_in_unnamed_may_be_the_person_named_next(extract):
    r = extract(
        "Prime Minister Hwang Soo and a visiting top Chinese official from Yunnan Province agreed on Wednesday to "
        "work together.\n\nChen Min, the party secretary of China's southwestern province, arrived in Seoul on "
        "Tuesday.\n\nEarlier in the day, the Chinese official held talks with Trade Minister Joo Hyun.",
        published="2016-04-20",
    )
    assert any({"Chen Min", "Joo Hyun"} <= p for p in parties(r))
