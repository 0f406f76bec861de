"""Quote constructions and speakers from round twenty-three of issue 13, on sentences written for these tests."""

import pytest


def quote_with(record: dict, words: str) -> dict:
    return next(q for q in record["quotes"] if words in q["content"]["text"])


def parts_of(text: str, quote: dict) -> list[str]:
    return [text[p["start"] : p["end"]] for p in quote["content"]["parts"]]


@pytest.mark.parametrize(
    ("sentence", "speaker", "parts"),
    [
        # hung on the subject before it as a clause of its own
        (
            "The difference now, he told me, is that the ferry runs at a loss.",
            "he",
            ["The difference now", "is that the ferry runs at a loss"],
        ),
        # hung on the subject as a relative clause with no relative word
        (
            "The real problem, Moss told reporters, is that the port is too small.",
            "Moss",
            ["The real problem", "is that the port is too small"],
        ),
        # the reporting verb parsed as the root, the subject hung on it
        (
            "The cuts, the minister told parliament on Tuesday, were unavoidable.",
            "the minister",
            ["The cuts", "were unavoidable"],
        ),
        # the root with two subjects, the speaker after it
        (
            "In Nairobi the decision, said the minister, was final.",
            "the minister",
            ["In Nairobi the decision", "was final"],
        ),
    ],
)
def test_an_attribution_inside_the_subject_reports_the_subject_and_its_predicate(extract, sentence, speaker, parts):
    # quote.aside-in-subject
    text = f"Port news.\n\n{sentence}"
    quote = quote_with(extract(text), parts[-1])
    assert quote["speaker"]["text"] == speaker
    assert parts_of(text, quote) == parts


@pytest.mark.parametrize(
    "sentence",
    ["The plan, which Moss told reporters about, is too costly.", "The plan Moss told reporters about is too costly."],
)
def test_a_relative_clause_on_the_subject_reports_nothing(extract, sentence):
    assert not extract(f"Port news.\n\n{sentence}")["quotes"]


def speaker_actor(record: dict, quote: dict) -> dict | None:
    return next((a for a in record["actors"] if a["id"] == quote["speaker_actor"]), None)


def test_an_agency_named_by_its_field_is_no_outlet(extract):
    # actors: "agency" before a name makes an outlet only as a news agency
    record = extract(
        "Fine issued.\n\nBrazil's environmental agency Ibama fined the meatpacker on Monday, state news agency "
        "Agencia Brasil reported."
    )
    kinds = {a["name"]: a["kind"] for a in record["actors"]}
    assert kinds["Ibama"] == "organization" and kinds["Agencia Brasil"] == "outlet"


def test_the_bank_is_the_lender_named_before(extract):
    # speaker.definite-org: "bank" is a body of no state, like "the company"
    record = extract("Bank cuts jobs.\n\nDanish lender Nordbank will cut 4,000 jobs, the bank said on Wednesday.")
    assert speaker_actor(record, quote_with(record, "4,000 jobs"))["name"] == "Nordbank"


def test_a_bare_noun_after_an_unnamed_one_is_that_one(extract):
    # speaker.definite-org: "A group of …" brings in a new one; "the group" is it, not a body named before
    record = extract(
        "Protest at the port.\n\nThe Sierra Club said the fine was overdue. A charity from Leeds sent volunteers. "
        "The charity said it would return."
    )
    assert speaker_actor(record, quote_with(record, "would return"))["name"] != "Sierra Club"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Maria Lopez, 62, said she would run for mayor. "I am ready," the 62-year-old said.', "Maria Lopez"),
        (
            "Tomas Reyes, a 58-year-old fisherman, met the mayor on Monday. Ana Ruiz, 41, joined them. "
            '"We were heard," the 58-year-old said.',
            "Tomas Reyes",
        ),
        (
            'Hendra Wijaya, a 74-year-old businessman, met President Budi Santoso on Monday. "I believe in this '
            'country," the 74-year-old tycoon told reporters.',
            "Hendra Wijaya",
        ),
    ],
)
def test_an_age_names_whom_the_story_gave_it(extract, text, speaker):
    # speaker.age-description, on "62-year-old" read as one word (nlp.ages_whole)
    record = extract(f"Port news.\n\n{text}")
    quote = next(q for q in record["quotes"] if "year-old" in (q["speaker"] or {}).get("text", ""))
    assert speaker_actor(record, quote)["name"] == speaker


def test_an_age_is_one_word_to_the_parser(nlp):
    doc = nlp("The 58-year-old told reporters he would appeal.")
    assert "58-year-old" in [t.text for t in doc]
    assert next(t for t in doc if t.text == "told").dep_ == "ROOT"


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Taoiseach", "Ciaran Lynch"),
        ("Administrator", "Luis Ortega"),
        ("Headteacher", "Ruth Okoye"),
        ("Pensioner", "Doreen Fell"),
        ("Cllr", "Janet Bower"),
        ("Tech mogul", "Brandon Kline"),
        ("Nobel laureate", "Amara Diallo"),
    ],
)
def test_a_title_or_role_before_a_name_is_no_part_of_it(extract, title, name):
    record = extract(f"Plan criticised.\n\n{title} {name} said the plan was wrong.")
    person = speaker_actor(record, quote_with(record, "plan was wrong"))
    assert (person["name"], person["kind"]) == (name, "person")


def test_a_peer_is_a_person(extract):
    record = extract("Plan criticised.\n\nLord Hamish Crichton said the plan was wrong.")
    person = speaker_actor(record, quote_with(record, "plan was wrong"))
    assert (person["name"], person["kind"]) == ("Lord Hamish Crichton", "person")


def test_a_name_the_tagger_took_for_an_adverb_after_a_quote_speaks(extract):
    # quote.subject-by-position
    record = extract(
        "Storm aid.\n\nFEMA Administrator Luis Ortega said the agency had sent 400 staff.\n\n"
        "In a Facebook post, Valdosta Mayor Jim Tolliver thanked the crews.\n\n"
        '"Politics can wait. People can\'t," Tolliver wrote.'
    )
    quote = quote_with(record, "Politics can wait")
    assert quote["speaker"]["text"] == "Tolliver"
    assert speaker_actor(record, quote)["name"] == "Jim Tolliver"


def events_of(record: dict) -> list[tuple[str, list[str]]]:
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [(e["mode"], sorted(names[p] for p in e["participants"])) for e in record["events"]]


def test_a_counterpart_named_after_a_comma_is_that_person_not_the_state(extract):
    # party.named-next
    record = extract(
        "Security talks.\n\nNational security adviser Cho Tae-yong held a phone call with his U.S. counterpart, "
        "Samuel Okafor, on Monday."
    )
    assert events_of(record) == [("phone", ["Cho Tae-yong", "Samuel Okafor"])]


@pytest.mark.parametrize("pair", ["The two last met", "The pair last met"])
def test_the_two_or_the_pair_are_the_two_named_before(extract, pair):
    # party.the-two: "last" read as the subject with "two" on it; "the pair" as "the two"
    record = extract(
        f"Talks in Oslo.\n\nPrime Minister Jens Holt met President Ana Vera in Oslo on Monday. {pair} in Bergen "
        "in 2019."
    )
    assert events_of(record) == [("meeting", ["Ana Vera", "Jens Holt"])] * 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Branvik FC will meet Oslund United in the cup final next month.",
        "The Harambee Lions will meet Vallis in a World Cup qualifier in Nairobi on Saturday.",
    ],
)
def test_teams_meeting_in_a_game_is_no_contact(extract, sentence):
    # contact.meet.fixture
    assert not extract(f"Sport.\n\n{sentence}")["events"]


def test_officials_meeting_after_a_match_still_meet(extract):
    record = extract("Talks.\n\nPresident Ana Vera will meet Prime Minister Jens Holt in Oslo after the match.")
    assert events_of(record) == [("meeting", ["Ana Vera", "Jens Holt"])]


def test_calling_on_someone_to_phone_another_is_a_demand_not_a_visit(extract):
    record = extract(
        "Crisis.\n\nThe opposition called on the Prime Minister, Anthony Harlow, to phone President Siti Rahayu "
        "directly."
    )
    assert not record["events"]


def test_a_side_named_only_in_a_title_case_headline_is_no_side(extract):
    # merge.headline: the body tells who met
    headline = "Candidate's Dinner With Foreign Leader Raises Questions"
    record = extract(
        f"{headline}\n\nFormer Gov. Richard Voss had dinner with Prime Minister Dora Kovac at his estate in Palm "
        "Harbor, Florida, on Saturday night.",
        title=headline,
    )
    assert events_of(record) == [("meeting", ["Dora Kovac", "Richard Voss"])]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # a gloss between commas the parser made a noun with the clause as its relative clause
        ("The minister wrote on X, formerly Twitter, that the talks had failed.", "that the talks had failed"),
        # a participle with its agent between commas
        (
            'The minister said in an email to staff, seen by The Associated Press, that he was "confident we will be '
            'vindicated."',
            'that he was "confident we will be vindicated."',
        ),
    ],
)
def test_a_that_clause_after_an_aside_is_what_was_said(extract, sentence, content):
    # quote.that-adverbial
    record = extract(f"Talks fail.\n\n{sentence}")
    assert [(q["speaker"]["text"], q["content"]["text"]) for q in record["quotes"]] == [("The minister", content)]


def test_a_platform_is_never_a_person(extract):
    record = extract("Talks fail.\n\nThe minister wrote on X, formerly Twitter, that the talks had failed.")
    assert not any(a["name"] == "Twitter" and a["kind"] == "person" for a in record["actors"])


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        (
            "The loan will be approved next week, Finance Minister Ahmed Saleh said, according to the state news "
            "agency.",
            "state news agency",
        ),
        ("The talks were useful, President Omar Bashir said on Monday, according to Reuters.", "Reuters"),
    ],
)
def test_according_to_an_outlet_after_an_attribution_relays_it(extract, sentence, outlet):
    # quote.relay: one quote, the speaker's, relayed by the outlet; nothing credited to the outlet itself
    record = extract(f"Loan news.\n\n{sentence}")
    [quote] = record["quotes"]
    names = {a["id"]: a for a in record["actors"]}
    assert names[quote["speaker_actor"]]["kind"] == "person"
    assert (names[quote["relayed_by"]]["name"], names[quote["relayed_by"]]["kind"]) == (outlet, "outlet")


def test_according_to_a_body_after_a_clause_is_still_its_words(extract):
    record = extract("Ferry news.\n\nThe ferry will run again, according to the port authority.")
    assert [q["speaker"]["text"] for q in record["quotes"]] == ["the port authority"]


def test_a_document_an_outlet_reported_is_not_the_outlets(extract):
    record = extract(
        'Memo.\n\nThe memo, first reported by The Guardian, said the department had "lost track" of 4,000 cases.'
    )
    quote = quote_with(record, "lost track")
    names = {a["id"]: a["name"] for a in record["actors"]}
    # the memo speaks as itself (speaker.as-described), never as the paper that reported it
    assert quote["speaker"]["text"] == "The memo" and names.get(quote["speaker_actor"]) == "memo"


def test_one_of_a_group_just_named_speaks_as_that_group(extract):
    # speaker.one-of-group
    record = extract(
        "Staff shake-up.\n\nTwo senior Democrats briefed on the changes described a campaign in turmoil. One said "
        'the governor had been "furious" after the debate.'
    )
    quote = quote_with(record, "governor had been")
    assert speaker_actor(record, quote)["name"] == "Two senior Democrats"


def test_a_trip_said_not_to_happen_is_no_denial_of_talks_held(extract):
    # merge.trip-not-talks
    record = extract(
        "Energy talks.\n\nChancellor Friedrich Haller spoke with President Magnus Eide on Wednesday about energy "
        "prices. A trip by Haller to Valgrad is not on the agenda, his spokesman said."
    )
    [event] = [e for e in record["events"] if e["status"] == "occurred"]
    # not the trip's visit; two leaders who "spoke" with no place spoke by phone (session 68, mode.leaders-spoke)
    assert event["mode"] != "visit" and event["place"] is None and not event["confirmations"]


def test_a_past_visit_denied_still_denies_the_meeting(extract):
    record = extract(
        "Bribery trial.\n\nGiorgio Ferrante told the court he first met Renato Bianchi at the official's office in "
        "Milan in March 1990. Bianchi said he had never received Ferrante in his office."
    )
    [event] = record["events"]
    # the one who says they met confirms it (confirm.party-account); the other denies it
    said = {
        (c["status"], next(a["name"] for a in record["actors"] if a["id"] == c["by"])) for c in event["confirmations"]
    }
    assert said == {("confirmed", "Giorgio Ferrante"), ("denied", "Renato Bianchi")}


def test_where_the_people_met_stood_is_no_side(extract):
    # party.not-the-setting
    record = extract(
        "Farmers protest.\n\nPrime Minister Somchai Rattana met protesting rice farmers outside Government House "
        "on Tuesday."
    )
    assert events_of(record) == [("meeting", ["Somchai Rattana", "protesting rice farmers"])]


def test_the_government_is_not_a_building_named_for_it(extract):
    # speaker.definite-org
    record = extract(
        "Farmers protest.\n\nFarmers gathered outside Government House on Tuesday. The government said it would "
        "review the price of rice."
    )
    quote = quote_with(record, "review the price")
    assert speaker_actor(record, quote)["name"] != "Government House"


def test_initials_no_gazetteer_knows_are_no_summit_place(extract):
    record = extract("Summit.\n\nMinisters will attend the government's AI safety summit in London next month.")
    assert [e["place"]["name"] for e in record["events"]] == ["London"]


# Guards from a review of this session's change on sentences of the reviewer's own


def test_a_headline_names_the_sides_the_body_only_describes(extract):
    record = extract(
        "Ruto meets Museveni\n\nThe two leaders met at State House on Thursday.", title="Ruto meets Museveni"
    )
    [event] = record["events"]
    names = {a["id"]: a["name"] for a in record["actors"]}
    assert {"Ruto", "Museveni"} <= {names[p] for p in event["participants"]}


@pytest.mark.parametrize(
    "setting", ["in a friendly atmosphere", "in a final attempt to save the deal", "in the final round of talks"]
)
def test_leaders_meeting_in_a_final_or_friendly_setting_still_meet(extract, setting):
    record = extract(f"Leaders meet.\n\nChancellor Olaf Brandt and President Louis Marchand met {setting}.")
    assert events_of(record) == [("meeting", ["Louis Marchand", "Olaf Brandt"])]


@pytest.mark.parametrize(
    "text",
    [
        "Inspector Ann Walsh said a 62-year-old woman had been arrested. The 62-year-old said she was innocent.",
        "Health Minister Tom Byrne, 54, rejected the claims. The 62-year-old said she would go to court.",
    ],
)
def test_an_age_given_to_someone_else_names_no_one_named(extract, text):
    # speaker.age-description: an unnamed person of that age, or a named one of another age, is not the speaker
    record = extract(f"Arrest.\n\n{text}")
    assert quote_with(record, "she")["speaker_actor"] is None


def test_a_firm_apposed_to_a_role_speaks(extract):
    record = extract("Firm collapses.\n\nThe administrator, KPMG, said all staff would be paid.")
    actor = speaker_actor(record, quote_with(record, "staff would be paid"))
    assert (actor["name"], actor["kind"]) == ("KPMG", "organization")


def test_the_pair_of_some_people_is_not_the_pair_named_before(extract):
    record = extract("Truce.\n\nThe two sides agreed a ceasefire. The pair of ministers then met reporters in Doha.")
    assert not record["events"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('Another, posting as HartsideMum, said: "My kids use this bus to get to school."', "HartsideMum"),
        ('One reader, posting as Blue1982, wrote: "He is a great player."', "Blue1982"),
    ],
)
def test_a_commenter_speaks_by_the_name_they_post_as(extract, sentence, name):
    # speaker.pseudonym
    record = extract(f"Bus axed.\n\nThe council cut the route on Monday.\n\n{sentence}")
    actor = speaker_actor(record, record["quotes"][-1])
    assert (actor["name"], actor["kind"]) == (name, "anonymous")


@pytest.mark.parametrize(("verb", "week"), [("will meet", "2024-W39"), ("met", "2024-W38")])
def test_the_weekend_of_a_planned_contact_is_the_coming_one(extract, verb, week):
    # date.weekend.ahead: published on Wednesday 25 September 2024
    record = extract(
        f"Talks.\n\nPresident Ana Vera {verb} Prime Minister Jens Holt at the weekend.", published="2024-09-25"
    )
    assert [e["date"]["week"] for e in record["events"]] == [week]


def test_british_single_quotes_are_quotes(extract):
    text = (
        "Deal talk.\n\n'We are close to a deal,' she told LBC. 'I want a deal.'\n\nThe minister said: 'It's not over.'"
    )
    record = extract(text)
    assert [(q["speaker"]["text"], parts_or_text(text, q)) for q in record["quotes"]] == [
        ("she", ["'We are close to a deal,'", "'I want a deal.'"]),
        ("The minister", ["'It's not over.'"]),
    ]


def parts_or_text(text: str, quote: dict) -> list[str]:
    return parts_of(text, quote) if quote["content"].get("parts") else [quote["content"]["text"]]


@pytest.mark.parametrize(
    "text",
    [
        "Rock 'n' roll is back, the leaders' spokesman said.",
        "The leaders' talks ended late. The ministers' aides left early.",
    ],
)
def test_apostrophes_open_no_single_quote(text):
    from backchannel.extract.quotemarks import find_quoted

    assert find_quoted(text) == []


def test_wire_copy_with_two_apostrophes_keeps_its_reading():
    from backchannel.extract.quotemarks import find_quoted

    text = "He said, ''We will stay,'' and left. Aides called it 'a gesture'."
    assert [text[q.start : q.end] for q in find_quoted(text)] == ["''We will stay,''"]


def test_a_live_blog_time_stamp_is_no_part_of_the_speaker(extract):
    record = extract("Live.\n\n09:47 Residents in Lindehaven say the power has been out since midnight.")
    assert quote_with(record, "power has been out")["speaker"]["text"] == "Residents in Lindehaven"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("'I back the doctors' strike,' said the MP.", ["'I back the doctors' strike,'"]),
        ("'We're goin' nowhere,' said the protester.", ["'We're goin' nowhere,'"]),
        ("'We're ready,' said the captain. 'The lads' form is good.'", ["'We're ready,'", "'The lads' form is good.'"]),
        ("He called it 'dead in the water' and left.", ["'dead in the water'"]),
        ("Dwayne 'The Rock' Johnson said he would not run for president.", []),
    ],
)
def test_a_straight_single_quote_closes_at_its_own_mark(text, quoted):
    # a possessive or a dropped g inside goes on; a nickname between two names is no quote
    from backchannel.extract.quotemarks import find_quoted

    assert [text[q.start : q.end] for q in find_quoted(text)] == quoted


def test_a_regulator_is_no_bank(extract):
    record = extract(
        "Lender fined.\n\nThe Financial Conduct Authority fined Barclays £40m. The bank said it had improved."
    )
    actor = speaker_actor(record, quote_with(record, "improved"))
    assert actor is None or actor["name"] != "Financial Conduct Authority"


def test_two_people_of_the_same_age_resolve_no_speaker(extract):
    record = extract(
        "Charged.\n\nPeter Hall, 62, and James Hall, 62, were charged. The 62-year-old said he was innocent."
    )
    assert quote_with(record, "innocent")["speaker_actor"] is None
