"""Quote spans (session 67, helper SPN): a small clause on a reporting verb's object goes on with it (rule
quote.object-small-clause), "in order to" after the object does not (rule quote.in-order-to), an "if" or "unless"
clause hung on the verb right after an object is the condition of what was said (rule quote.condition-after, widened),
and a coordinated speech predicate with an object or an infinitive is the speaker's next quote (rule
quote.speech-predicate-after-content). On sentences written for these tests (names invented)."""

from __future__ import annotations

PUBLISHED = "2026-03-12"


def quotes(record: dict) -> list[tuple[str, str, str]]:
    """(cue, speaker, content) of every quote."""
    return [
        ((q.get("cue") or {}).get("text", ""), (q.get("speaker") or {}).get("text", ""), q["content"]["text"])
        for q in record["quotes"]
    ]


def contents(record: dict) -> list[str]:
    return [q["content"]["text"] for q in record["quotes"]]


def test_an_infinitive_after_a_prepositional_object_goes_on_with_it(extract):
    r = extract("The premier pushed for help from the Gulf states to rebuild the harbour.", published=PUBLISHED)
    assert contents(r) == ["help from the Gulf states to rebuild the harbour"]


def test_an_infinitive_after_an_as_phrase_goes_on_with_it(extract):
    r = extract("Analysts see Vella as a useful broker to reach the northern clans.", published=PUBLISHED)
    assert quotes(r) == [("see", "Analysts", "Vella as a useful broker to reach the northern clans")]


def test_in_order_to_after_the_object_is_the_speakers_purpose(extract):
    r = extract("The governor criticised the quota in order to calm the fishermen.", published=PUBLISHED)
    assert contents(r) == ["the quota"]


def test_a_clause_that_reports_words_of_its_own_stays_apart(extract):
    r = extract("Hale referred to the mayor's first advert talking about the pier.", published=PUBLISHED)
    assert quotes(r) == [("referred to", "Hale", "the mayor's first advert"), ("talking about", "Hale", "the pier")]


def test_an_if_clause_on_the_verb_is_the_condition_of_what_was_said(extract):
    r = extract("The mayor promised new tolls if the ferry company raised its fares.", published=PUBLISHED)
    assert contents(r) == ["new tolls if the ferry company raised its fares"]


def test_an_unless_clause_on_the_verb_is_the_condition_of_what_was_said(extract):
    r = extract("Ambassador Lind warned of reprisals unless Varnia freed the sailors.", published=PUBLISHED)
    assert contents(r) == ["reprisals unless Varnia freed the sailors"]


def test_even_if_after_a_comma_is_the_writers_concession(extract):
    r = extract("The envoy promised a ceasefire, even if the talks in Tarsa fail.", published=PUBLISHED)
    assert contents(r) == ["a ceasefire"]


def test_as_if_is_no_condition(extract):
    r = extract("Councillor Berg described the audit as if it were a trial.", published=PUBLISHED)
    assert all("as if" not in c for c in contents(r))


def test_an_accusation_after_the_reported_clause_is_the_next_quote(extract):
    r = extract(
        "The governor said the budget was balanced and accused the auditors of inventing a deficit.",
        published=PUBLISHED,
    )
    assert quotes(r) == [
        ("said", "The governor", "the budget was balanced"),
        ("accused", "The governor", "the auditors of inventing a deficit"),
    ]


def test_a_promise_after_the_reported_clause_is_the_next_quote(extract):
    r = extract(
        "Ministers said they regretted the delay and promised to publish the figures next month.", published=PUBLISHED
    )
    assert quotes(r) == [
        ("said", "Ministers", "they regretted the delay"),
        ("promised", "Ministers", "to publish the figures next month"),
    ]


def test_a_deed_after_the_reported_clause_goes_on_with_it(extract):
    r = extract(
        "The envoy said the delegation landed on Monday and met the prime minister that evening.", published=PUBLISHED
    )
    assert contents(r) == ["the delegation landed on Monday and met the prime minister that evening"]


def test_a_thought_after_the_reported_clause_goes_on_with_it(extract):
    r = extract("Moss said she made her decision in May and expected many voters to stay home.", published=PUBLISHED)
    assert contents(r)[0] == "she made her decision in May and expected many voters to stay home"


def test_a_speech_verb_in_the_clauses_past_perfect_goes_on_with_it(extract):
    r = extract(
        "Hale said the minister had ignored the warnings and had accused the inspectors of lying.", published=PUBLISHED
    )
    assert contents(r)[0] == "the minister had ignored the warnings and had accused the inspectors of lying"


def test_a_speech_verb_whose_doer_is_the_reported_subject_goes_on_with_it(extract):
    r = extract(
        "Hale said the harbour chief criticised the tolls and accused the council of lying.", published=PUBLISHED
    )
    assert contents(r) == ["the harbour chief criticised the tolls and accused the council of lying"]


def test_a_demand_by_the_reported_doers_goes_on_with_it(extract):
    r = extract(
        "The mayor said the smugglers raided the depot on Friday and demanded a ransom from the owners.",
        published=PUBLISHED,
    )
    assert contents(r) == ["the smugglers raided the depot on Friday and demanded a ransom from the owners"]


def test_a_threat_by_the_reported_state_goes_on_with_it(extract):
    r = extract(
        "The ministry said Varnia had broken the fishing pact and threatened its neighbours.", published=PUBLISHED
    )
    assert contents(r) == ["Varnia had broken the fishing pact and threatened its neighbours"]


def test_a_pronoun_for_others_keeps_their_demand_in_the_clause(extract):
    r = extract("The mayor said they raided the depot on Friday and demanded a ransom.", published=PUBLISHED)
    assert contents(r) == ["they raided the depot on Friday and demanded a ransom"]


def test_a_shared_past_perfect_keeps_the_promise_in_the_clause(extract):
    r = extract("The spokeswoman said Berg had met the strikers and promised them a pay rise.", published=PUBLISHED)
    assert contents(r) == ["Berg had met the strikers and promised them a pay rise"]


def test_criticism_of_the_reported_subject_is_the_speakers_next_quote(extract):
    r = extract("Hale said Berg was wrong about the pier and criticised him for his remarks.", published=PUBLISHED)
    assert contents(r) == ["Berg was wrong about the pier", "him for his remarks"]


def test_an_if_clause_on_a_future_act_is_no_part_of_what_is_said(extract):
    r = extract("Councillor Vale will discuss the pier dispute if the strikers return to work.", published=PUBLISHED)
    assert contents(r) == ["the pier dispute"]


def test_an_if_clause_after_an_announcement_is_no_part_of_it(extract):
    r = extract("The governor will announce the new budget if the assembly approves the loan.", published=PUBLISHED)
    assert contents(r) == ["the new budget"]


def test_a_finding_after_the_reported_clause_goes_on_with_it(extract):
    r = extract(
        "The agency said it had inspected the trawlers since May and found faults on three.", published=PUBLISHED
    )
    assert contents(r) == ["it had inspected the trawlers since May and found faults on three"]


def test_a_thing_that_took_place_does_not_speak_next(extract):
    r = extract("The ministry said no meeting took place in Tarsa and accused the paper of lying.", published=PUBLISHED)
    assert contents(r) == ["no meeting took place in Tarsa", "the paper of lying"]
