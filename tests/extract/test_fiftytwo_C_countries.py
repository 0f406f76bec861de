"""Round fifty-two (C): a person's country from context, for leaders and ministers the text titles only by their
office: the host of a visit told a few sentences before, the outlet's country-code domain, a title whose "of"
names a state set before the name; tested on sentences written for these tests (names invented)."""

from tests.conftest import actor_named, event_names

# actor.country-of-visit-host


def test_the_inviter_of_a_visit_told_before_is_of_the_state_visited(extract):
    record = extract(
        "Chancellor Anna Berg visited Peru on Wednesday, the state agency reported. According to a statement from "
        "the government, Berg's official visit is at the invitation of President Luis Carrasco.",
        published="2024-04-10",
    )
    assert actor_named(record, "Luis Carrasco")["country"] == "PER"


def test_the_host_of_a_dinner_paragraphs_after_the_arrival_is_of_the_state(extract):
    record = extract(
        "Prime Minister Tom Kerr arrived in Samoa last night for his first official visit.\n\n"
        "He will attend a fisheries meeting this week.\n\n"
        "Kerr was later hosted to a welcome dinner by Prime Minister, Ioane Leota at a hotel in the capital.",
        published="2024-04-10",
    )
    assert actor_named(record, "Ioane Leota")["country"] == "WSM"


def test_talks_on_a_state_visit_give_the_host_the_state_visited(extract):
    record = extract(
        "The Chilean president, on a three-day state visit to Norway that began on Sunday, held talks on Monday "
        "with Prime Minister Ola Rønning on salmon farming.",
        published="2024-04-10",
    )
    assert actor_named(record, "Ola Rønning")["country"] == "NOR"


def test_no_state_for_a_host_met_before_a_journey_on_or_one_only_called(extract):
    # the journey goes on after the talks; a call in a sentence that tells a visit elsewhere; a state one is only in
    record = extract(
        "The envoy held talks with Prime Minister Joe Natapei before flying on to Tonga. The solution is in "
        "Santiago, the diplomat said. Mr Vera spoke by telephone with his foreign minister, Pablo Quiroga, who "
        "said the envoy would be received on Friday by the king.",
        published="2024-04-10",
    )
    assert actor_named(record, "Joe Natapei")["country"] is None
    assert actor_named(record, "Pablo Quiroga")["country"] is None


def test_a_visit_to_two_states_gives_the_host_neither(extract):
    record = extract(
        "The minister flew to Peru and Chile last week. The visit was at the invitation of President Luis Carrasco.",
        published="2024-04-10",
    )
    assert actor_named(record, "Luis Carrasco")["country"] is None


# actor.country-of-outlet-domain


def test_a_leader_acting_in_the_home_press_is_of_the_domains_state(extract):
    record = extract(
        "President Grace Wanjiru told parliament on Tuesday that the budget would be cut. Ambassador Tom Reyes "
        "said the talks would go on.",
        published="2024-04-10",
        outlet="dailyreport.co.ke",
    )
    assert actor_named(record, "Grace Wanjiru")["country"] == "KEN"
    assert actor_named(record, "Tom Reyes")["country"] is None  # an ambassador there is as often a guest


def test_no_state_from_a_generic_domain_a_traveller_or_a_story_filed_abroad(extract):
    text = "President Grace Wanjiru told parliament on Tuesday that the budget would be cut."
    assert actor_named(extract(text, outlet="newswire.io"), "Grace Wanjiru")["country"] is None
    filed_abroad = extract("LIMA, April 9 - " + text, published="2024-04-10", outlet="dailyreport.co.ke")
    assert actor_named(filed_abroad, "Grace Wanjiru")["country"] is None
    traveller = extract(
        "President Grace Wanjiru flew to Lima on Monday. Wanjiru said the talks would go well.",
        published="2024-04-10",
        outlet="dailyreport.co.ke",
    )
    assert actor_named(traveller, "Grace Wanjiru")["country"] is None


# actor.country-in-title-before


def test_a_title_of_a_state_before_the_name_gives_its_state_and_title(extract):
    record = extract(
        "He spoke by phone with the Foreign Minister of Uzbekistan, Rustam Aliyev, on Monday. He later called "
        "the President of the Kyrgyz Republic, Aida Bekova.",
        published="2024-04-10",
    )
    assert actor_named(record, "Rustam Aliyev")["country"] == "UZB"
    assert actor_named(record, "Aida Bekova")["country"] == "KGZ"
    assert "President of the Kyrgyz Republic" in actor_named(record, "Aida Bekova")["titles"]


def test_a_president_elect_so_titled_hosts_a_leaders_visit(extract):
    # with her title and state, she is the visited state's one leader (party.visit-host-leader)
    record = extract(
        "The President-elect of the Republic of Moldova, Elena Rusu, said on Monday that the authorities would "
        "start preparations for Romanian President Andrei Popa's visit to Chisinau.",
        published="2024-04-10",
    )
    assert actor_named(record, "Elena Rusu")["country"] == "MDA"
    visit = next(e for e in record["events"] if e["mode"] == "visit")
    assert {"Elena Rusu", "Andrei Popa"} <= event_names(record, visit)


def test_a_title_of_no_named_state_gives_none(extract):
    record = extract(
        "He would meet the Prime Minister with the President of the Republic, Carmelo Vella, next week.",
        published="2024-04-10",
    )
    assert actor_named(record, "Carmelo Vella")["country"] is None
