"""Contacts and quotes from round twenty-seven: constructions found by black-box probes on articles written for
them; tested on sentences written for these tests."""

import pytest

from tests.conftest import actor_of


def contacts(record: dict) -> list[tuple[str | None, str, set[str]]]:
    """(mode, status, parties' names) of every event."""
    return [
        (e["mode"], e["status"], {actor_of(record, p)["name"] for p in e["participants"]}) for e in record["events"]
    ]


def dated(record: dict) -> dict[frozenset[str], str | None]:
    """Each event's parties' names with its date."""
    return {
        frozenset(actor_of(record, p)["name"] for p in e["participants"]): (e["date"] or {}).get("value")
        for e in record["events"]
    }


@pytest.mark.parametrize(
    ("follow_on", "day"),
    [
        ("Two days later, Berg called Petr Dvorak.", "2026-03-05"),
        ("The day before, Berg had called Petr Dvorak.", "2026-03-02"),
        ("The next morning Berg phoned Petr Dvorak.", "2026-03-04"),
        ("A week later Berg met Petr Dvorak in Prague.", "2026-03-10"),
        ("That evening Berg met Petr Dvorak at the embassy.", "2026-03-03"),
    ],
)
def test_a_day_told_from_the_storys_last_day_counts_from_it(extract, follow_on, day):
    # date.relative-to-story
    record = extract(
        f"Border talks.\n\nForeign Minister Anna Berg met Jan Nowak in Warsaw on March 3. {follow_on}\n",
        published="2026-03-12",
    )
    assert dated(record)[frozenset({"Anna Berg", "Petr Dvorak"})] == day, record["events"]


def test_days_told_one_from_another_count_on(extract):
    record = extract(
        "Border talks.\n\nForeign Minister Anna Berg met Jan Nowak in Warsaw on March 3. The next day she flew to "
        "Vilnius. Two days later, Berg called Petr Dvorak.\n",
        published="2026-03-12",
    )
    assert dated(record)[frozenset({"Anna Berg", "Petr Dvorak"})] == "2026-03-06"


@pytest.mark.parametrize(
    "before",
    [
        "Foreign Minister Anna Berg met Jan Nowak in Warsaw in March 2019.",  # the last date is no day
        "Foreign Minister Anna Berg met Jan Nowak in Warsaw.",  # there is none
    ],
)
def test_a_day_told_from_no_day_stays_undated(extract, before):
    record = extract(f"Border talks.\n\n{before} Two days later, Berg called Petr Dvorak.\n", published="2026-03-12")
    assert dated(record)[frozenset({"Anna Berg", "Petr Dvorak"})] is None


@pytest.mark.parametrize("callee", ["Museveni", "Paul Kagame"])
def test_one_called_by_name_is_telephoned_not_quoted(extract, callee):
    # contact.call.named-complement ("called Museveni": the parse makes the name a predicate), and
    # quote.call-without-name for a full name
    record = extract(
        f"Lake talks.\n\nPresident William Ruto met Abiy Ahmed in Nairobi on Tuesday. Two days later, William Ruto "
        f"called {callee}.\n",
        published="2026-03-12",
    )
    assert ("phone", "occurred", {"William Ruto", callee}) in contacts(record), record["events"]
    assert dated(record)[frozenset({"William Ruto", callee})] == "2026-03-12"
    assert not [q for q in record["quotes"] if callee in q["content"]["text"]]


def test_one_called_to_the_ministry_is_summoned_to_meet_there(extract):
    # contact.call.summoned; quote.call-without-name (a summons is no remark)
    record = extract(
        "Border row.\n\nForeign Minister Anna Berg on Thursday called the Indian ambassador, Ravi Menon, to the "
        "ministry and conveyed her concern.\n",
        published="2026-03-12",
    )
    assert contacts(record) == [("meeting", "occurred", {"Anna Berg", "Ravi Menon"})]
    assert not [q for q in record["quotes"] if "ambassador" in q["content"]["text"]]


def test_a_group_called_by_a_name_is_named_not_telephoned(extract):
    # contact.call.named-complement leaves "a committee called Forward Together" alone
    record = extract(
        "Ads.\n\nWithin two weeks, a committee called Forward Together, funded by Ada Moss, had bought airtime.\n"
    )
    assert record["events"] == []


def test_the_day_after_a_named_happening_is_not_counted_from_the_storys_last_day(extract):
    record = extract(
        "Border talks.\n\nForeign Minister Anna Berg met Jan Nowak in Warsaw on March 3. Berg met Petr Dvorak the "
        "day after the vote.\n",
        published="2026-03-12",
    )
    assert dated(record)[frozenset({"Anna Berg", "Petr Dvorak"})] is None


def test_the_day_something_was_said_is_not_the_day_counted_from(extract):
    record = extract(
        "Border talks.\n\nForeign Minister Anna Berg met Jan Nowak in Warsaw on Sunday, the ministry said on "
        "Tuesday.\n\nBerg also called Petr Dvorak the same day, according to state media.\n",
        published="2026-03-12",
    )
    assert dated(record)[frozenset({"Anna Berg", "Petr Dvorak"})] == "2026-03-08"


BRIEFING = (
    "Briefing transcript\n\nMR PIGOTT: Good afternoon. Deputy Secretary Ana Lopes met Saudi Ambassador Reema bint "
    "Bandar on Monday.\n\nQUESTION: Did they discuss Sudan?\n\nMR PIGOTT: They discussed Sudan and Yemen.\n\n"
    "QUESTION: There are reports that envoy Tom Reyes met Hamas official Khalil al-Hayya in Doha last Tuesday. Can "
    "you confirm?\n\nMR PIGOTT: I can neither confirm nor deny that.\n"
)


def test_a_briefings_spokesman_under_a_courtesy_title_speaks_his_turns(extract):
    # quote.transcript-titled-label; quote.transcript-question; a turn's "They discussed …" is the spokesman's
    record = extract(BRIEFING, published="2026-03-12")
    said = [((actor_of(record, q["speaker_actor"]) or {}).get("name"), q["content"]["text"]) for q in record["quotes"]]
    assert said == [
        ("Pigott", "Good afternoon. Deputy Secretary Ana Lopes met Saudi Ambassador Reema bint Bandar on Monday."),
        ("Pigott", "They discussed Sudan and Yemen."),
        # what the reports the question cites say is theirs, unnamed, not the asker's (quote.noun-cue)
        (None, "that envoy Tom Reyes met Hamas official Khalil al-Hayya in Doha last Tuesday"),
        ("Pigott", "I can neither confirm nor deny that."),
    ]


def test_a_briefings_spokesman_reports_and_answers_for_contacts(extract):
    record = extract(BRIEFING, published="2026-03-12")
    by_parties = {
        frozenset(actor_of(record, p)["name"] for p in e["participants"]): (
            [actor_of(record, r["source"])["name"] for r in e["reported_by"]],
            [(c["status"], actor_of(record, c["by"])["name"]) for c in e["confirmations"]],
        )
        for e in record["events"]
    }
    assert by_parties[frozenset({"Ana Lopes", "Reema bint Bandar"})][0] == ["Pigott"]
    assert by_parties[frozenset({"Tom Reyes", "Khalil al-Hayya"})][1] == [("neither_confirmed_nor_denied", "Pigott")]


def test_what_an_interviewers_question_reports_is_still_reported(extract):
    record = extract(
        "Briefing transcript\n\nMR PIGOTT: Good afternoon.\n\nQUESTION: The Courier reports today that envoy Tom "
        "Reyes met Khalil al-Hayya in Doha. Can you confirm that?\n\nMR PIGOTT: I can neither confirm nor deny "
        "that.\n",
        published="2026-03-12",
    )
    assert [actor_of(record, q["speaker_actor"])["name"] for q in record["quotes"]] == ["Pigott", "Courier", "Pigott"]


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("Chief Executive Li Wei", "Li Wei"),
        ("Chief Financial Officer Rachel Kim", "Rachel Kim"),
        ("Managing Director Ana Lopes", "Ana Lopes"),
    ],
)
def test_a_title_before_a_name_is_no_part_of_it(extract, mention, name):
    # actor.name-descriptor: job titles of business, and a title of two words
    record = extract(f"Results.\n\n{mention} said the company would appeal the ruling.\n")
    assert [actor_of(record, q["speaker_actor"])["name"] for q in record["quotes"]] == [name]


@pytest.mark.parametrize(
    ("told", "day"),
    [
        ("Kenyatta met Ruto on the 9th.", "2026-03-09"),
        ("Kenyatta met Ruto on the 15th.", "2026-02-15"),
        ("Kenyatta will meet Ruto on the 15th.", "2026-03-15"),
    ],
)
def test_a_day_of_the_month_alone_is_the_nearest_such_day(extract, told, day):
    # date.day-of-month: looking back for a contact held, ahead for a planned one
    record = extract(f"Talks.\n\nPresident Uhuru {told}\n", published="2026-03-12")
    assert [(e["date"] or {}).get("value") for e in record["events"]] == [day]


def test_declining_to_comment_on_reports_of_a_contact_is_no_comment_and_no_quote(extract):
    # quote.declined; confirm.no-comment on the contact the reports tell
    record = extract(
        "Talks.\n\nThe Foreign Ministry declined to comment on reports that Minister Ana Lopes met Tom Reyes in "
        "Geneva last week.\n",
        published="2026-03-12",
    )
    [event] = record["events"]
    assert [(c["status"], actor_of(record, c["by"])["name"]) for c in event["confirmations"]] == [
        ("no_comment", "Foreign Ministry")
    ]
    assert event["reported_by"] == []
    # the ministry said nothing; what the reports say is theirs, unnamed (quote.noun-cue)
    assert [(q["content"]["text"], q.get("speaker_actor")) for q in record["quotes"]] == [
        ("that Minister Ana Lopes met Tom Reyes in Geneva last week", None)
    ]


@pytest.mark.parametrize(
    ("source", "by", "kind", "country"),
    [
        (
            ", according to the New Zealand High Commission in Apia.",
            "New Zealand High Commission in Apia",
            "organization",
            "NZL",
        ),
        (", a New Zealand government spokesman said.", "New Zealand government spokesman", "anonymous", "NZL"),
    ],
)
def test_a_body_or_voice_of_a_sides_state_confirms_its_contact(extract, source, by, kind, country):
    # actor.outlet-by-usage no longer makes a body an outlet; a body's country before where it sits; an unnamed
    # spokesman of a side's state speaks for it (confirm.party-account)
    record = extract(
        "Talks.\n\nNew Zealand Prime Minister Chris Luxon spoke by phone with Samoan Prime Minister Fiame Mata'afa "
        f"on Tuesday{source}\n",
        published="2026-03-12",
    )
    [event] = record["events"]
    [confirmation] = event["confirmations"]
    actor = actor_of(record, confirmation["by"])
    assert (confirmation["status"], actor["name"], actor["kind"], actor["country"]) == ("confirmed", by, kind, country)


def test_a_name_apposed_past_an_of_phrase_is_who_the_description_is(extract):
    # speaker.apposed-name: the parse hangs "Friedrich Sommer" on the company's name; an earlier chief executive
    # is not the speaker
    record = extract(
        "Gas merger.\n\nKlaus Wendland, the chief executive of Nordgas, said the merger would go ahead.\n\nThe chief "
        "executive of rival Hansa Gasversorgung, Friedrich Sommer, said the deal would hurt smaller suppliers.\n"
    )
    assert [actor_of(record, q["speaker_actor"])["name"] for q in record["quotes"]] == [
        "Klaus Wendland",
        "Friedrich Sommer",
    ]


def test_words_a_body_passes_on_are_its_principals(extract):
    # quote.relay after "according to" a body, not only an outlet; the body is no outlet (actor.outlet-by-usage)
    record = extract(
        "Refugees.\n\nPresident Vytautas Jurgelionis spoke by phone with the German chancellor, Ursula Brandt. "
        "According to the President's Office, Jurgelionis said Lithuania was ready to accept the refugees.\n"
    )
    [quote] = record["quotes"]
    assert actor_of(record, quote["speaker_actor"])["name"] == "Vytautas Jurgelionis"
    assert quote["content"]["text"] == "Lithuania was ready to accept the refugees"
    assert actor_of(record, quote["relayed_by"])["kind"] == "organization"


def test_a_building_with_its_own_in_phrase_places_the_contact_there(extract):
    # place.venue-in-city
    record = extract(
        "Talks.\n\nForeign Minister Ana Lopes met Tom Reyes at the African Union headquarters in Addis Ababa on "
        "Monday.\n"
    )
    assert [(e["place"] or {}).get("name") for e in record["events"]] == ["Addis Ababa"]


@pytest.mark.parametrize(
    "sentence",
    [
        "If Kabila agrees to let the force deploy, he would meet rebel leader Corneille Nangaa in Doha.",
        "President Paul Kagame would meet President Felix Tshisekedi only if Rwanda withdrew its troops.",
        "President Paul Kagame will meet President Felix Tshisekedi unless the talks collapse.",
        "Prime Minister Shinzo Abe said he would like to meet President Xi Jinping in Bali next month.",
    ],
)
def test_a_contact_on_a_condition_or_a_wish_is_hypothetical(extract, sentence):
    # status.conditional; "would like" among the wishing heads (status.offered)
    record = extract(f"Talks.\n\n{sentence}\n")
    assert [e["status"] for e in record["events"]] == ["hypothetical"]


def test_a_condition_on_another_clause_leaves_a_contact_named_in_its_phrase_alone(extract):
    record = extract(
        "Talks.\n\nThe thaw, if that is what it is, comes days before a new round of negotiations between Morocco "
        "and the Polisario Front, due to open on Sunday in Manhasset.\n",
        published="2008-03-13",
    )
    assert [e["status"] for e in record["events"]] == ["planned"]


@pytest.mark.parametrize(
    ("sentence", "parties", "day"),
    [
        (
            "Russian Foreign Minister Sergei Lavrov is expected in Ankara next week.",
            {"Sergei Lavrov", "Turkey"},
            "2026-03",
        ),
        ("Foreign Minister Anna Berg is due in Nairobi on Friday.", {"Anna Berg", "Kenya"}, "2026-03-13"),
    ],
)
def test_one_expected_in_a_foreign_place_is_to_visit_it(extract, sentence, parties, day):
    # contact.expected-in
    record = extract(f"Travel.\n\n{sentence}\n", published="2026-03-12")
    assert contacts(record) == [("visit", "planned", parties)]
    assert [e["date"]["value"] for e in record["events"]] == [day]


def test_one_expected_at_home_visits_no_one(extract):
    record = extract("Travel.\n\nKenyan President William Ruto is expected in Nairobi on Friday.\n")
    assert record["events"] == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Foreign Minister Lin Chen called in the Korean ambassador, Park Min, on Saturday to protest.",
            ("meeting", "occurred", {"Lin Chen", "Park Min"}),
        ),
        (
            "Foreign Minister Lee Sang was scheduled to call on Premier Wu Tao in Beijing on Tuesday.",
            ("visit", "planned", {"Lee Sang", "Wu Tao"}),
        ),
        (
            "President Ana Costa will greet Prime Minister Luc Martin at the airport on Friday.",
            ("visit", "planned", {"Ana Costa", "Luc Martin"}),
        ),
    ],
)
def test_summoning_calling_on_and_greeting_are_contacts(extract, sentence, found):
    # contact.call.summoned ("called in"), contact.call-on.visit with "on" a particle, "greet" a host verb
    assert contacts(extract(f"Talks.\n\n{sentence}\n")) == [found]


def test_a_contact_denied_beside_one_held_is_its_own(extract):
    # merge.denied-with-another
    record = extract(
        "Peru trip.\n\nForeign Minister Yuki Ikeda visited Lima and met President Alberto Ruiz, but he did not meet "
        "the rebels.\n"
    )
    assert contacts(record) == [
        # Ruiz, met on the visit to Lima, is Peruvian (actor.country-of-visit-host): Peru is no party beside him
        ("visit", "occurred", {"Yuki Ikeda", "Alberto Ruiz"}),
        ("meeting", "denied", {"Yuki Ikeda", "rebels"}),
    ]


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        (
            "Foreign Minister Anna Berg held talks with Jan Nowak on Monday and with Petr Dvorak on Tuesday.",
            ("meeting", "occurred", {"Anna Berg", "Petr Dvorak"}),
        ),
        (
            "Foreign Minister Anna Berg arrived in Vienna on Sunday and held talks with Jan Nowak and then with Petr "
            "Dvorak.",
            # held where she had arrived (place.travelled-and): a visit too
            ("visit", "occurred", {"Anna Berg", "Petr Dvorak"}),
        ),
    ],
)
def test_talks_held_with_one_and_then_with_another_are_two_contacts(extract, sentence, second):
    # contact.again-with, for a contact noun held and a "with" the parse joined to the verb
    found = contacts(extract(f"Talks.\n\n{sentence}\n", published="2026-03-12"))
    assert second in found and len(found) == 2, found


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Rebel fighters said they had regained control of the town.", ("Rebel fighters", "group")),
        ("Two cosmetics brands said they would pull their advertising.", ("Two cosmetics brands", "group")),
        # a measure or a report speaks as itself, never as a group (speaker.as-described)
        ("Figures released on Monday showed that exports fell.", ("Figures", "anonymous")),
        (
            "A party agent in Kano, who asked not to be named, said soldiers took a ballot box.",
            ("party agent in Kano", "anonymous"),
        ),
        ('One of her followers replied: "We will never forget this."', ("One of her followers", "anonymous")),
        ("The couple say they are followed by police most nights.", ("couple", "group")),
        ("A report released on Monday said exports fell.", ("report", "anonymous")),
    ],
)
def test_a_description_no_other_rule_names_speaks_as_a_group_or_one_unnamed(extract, sentence, speaker):
    # speaker.plural-description, for many and for one; a measure or a report is no group
    record = extract(f"News.\n\n{sentence}\n")
    [quote] = record["quotes"]
    actor = actor_of(record, quote["speaker_actor"])
    assert ((actor["name"], actor["kind"]) if actor else None) == speaker


def test_the_dutchman_is_the_dutch_person_just_named(extract):
    # speaker.demonym, though the tagger takes "Dutchman" for an organisation
    record = extract(
        'Football.\n\nMarco van der Berg was asked about Ferreira. "He is happy here," the Dutchman said.\n'
    )
    assert [actor_of(record, q["speaker_actor"])["name"] for q in record["quotes"]] == ["Marco van der Berg"]


def test_the_dutchman_is_not_a_person_of_another_country(extract):
    record = extract(
        "Football.\n\nFrench Foreign Minister Luc Martin was asked about Ferreira. "
        '"He is happy here," the Dutchman said.\n'
    )
    assert [actor_of(record, q["speaker_actor"])["name"] for q in record["quotes"]] != ["Luc Martin"]


def test_a_denial_of_talks_with_others_is_no_denial_of_the_contact_before(extract):
    # a contact noun with its own "with" phrase is not a word referring back
    record = extract(
        "Gaza.\n\nPrime Minister Mohammad Mustafa met US envoy Steve Witkoff in Ramallah on Sunday, the WAFA news "
        "agency reported. Hamas spokesman Hazem Qassem denied that the movement had held talks with Israeli "
        "mediators in Cairo.\n",
        published="2026-03-12",
    )
    # "the movement" is Hamas (speaker.described-body): its own denied talks are a contact of their own
    assert [e["confirmations"] for e in record["events"] if e["status"] != "denied"] == [[]]


def test_an_answer_to_a_question_about_something_else_says_nothing_of_the_contact(extract):
    # confirm.asked-of-else; "the Indian foreign ministry spokesman" in a text with no headline is no one named later
    record = extract(
        "Indian Prime Minister Narendra Modi telephoned Bangladesh's Muhammad Yunus on Saturday, the Indian foreign "
        "ministry spokesman confirmed. Asked whether Pakistani Prime Minister Shehbaz Sharif had invited Modi to "
        "Islamabad, a Pakistani spokesman said he could neither confirm nor deny it.\n",
        published="2026-03-12",
    )
    event = next(e for e in record["events"] if e["mode"] == "phone")  # the invitation asked about is possible
    assert [(c["status"], actor_of(record, c["by"])["name"]) for c in event["confirmations"]] == [
        ("confirmed", "Indian foreign ministry spokesman")
    ]


def test_a_visit_due_at_the_end_of_the_month_and_the_meeting_there(extract):
    # contact.expected-in, date.relative.part ("the end of the month"), party.person-as-adverb past a country
    record = extract(
        "Pacific.\n\nAustralia's Foreign Minister Penny Wong is due in Honiara at the end of the month, a "
        "spokesperson said. She will meet Solomon Islands Prime Minister Jeremiah Manele there.\n",
        published="2026-03-12",
    )
    assert contacts(record) == [("visit", "planned", {"Penny Wong", "Solomon Islands", "Jeremiah Manele"})]
    assert [(e["date"]["value"], e["date"].get("modifier")) for e in record["events"]] == [("2026-03", "end")]


def test_a_speaker_label_is_no_one_a_pronoun_stands_for(extract):
    # labels printed in capitals for two turns are blanked before the parse, as known speakers' labels are
    record = extract(
        "Briefing.\n\nMANN: President Barroso will receive the Tunisian Prime Minister, Beji Caid Essebsi, in "
        "Brussels next week.\n\nQUESTION: Is the High Representative planning to go to Benghazi?\n\nMANN: Not at "
        "this stage. She has said she would be ready to meet the Council's leaders in Benghazi.\n",
        published="2026-03-12",
    )
    names = {actor_of(record, p)["name"] for e in record["events"] for p in e["participants"]}
    assert not names & {"MANN", "QUESTION"}, names


def test_the_chancellor_and_a_titled_president_are_two_people(extract):
    # party.two-titles holds only for titles of one name, not a description beside another titled person
    record = extract(
        "Moscow.\n\nThe chancellor and President Mikhail Gorbachev held talks in the Kremlin on Sunday, after "
        "Chancellor Helmut Kohl flew in.\n",
        published="1990-07-17",
    )
    names = {actor_of(record, p)["name"] for e in record["events"] for p in e["participants"]}
    assert {"Helmut Kohl", "Mikhail Gorbachev"} <= names, names


def test_going_home_is_no_visit_and_the_same_day_keeps_the_month(extract):
    # a country's name right before a title is the titled person's (actor country); date.relative-to-story with a
    # month told
    record = extract(
        "Pacific.\n\nSolomon Islands Prime Minister Jeremiah Manele met Chinese President Xi Jinping in Beijing "
        "earlier this month. Manele also held talks with Premier Li Qiang the same day. Manele returned to Honiara "
        "on Wednesday.\n",
        published="2026-03-12",
    )
    # Manele went to Beijing to meet Xi: a visit (rule mode.talks-in-the-hosts-country); returning home is none
    assert contacts(record) == [
        ("visit", "occurred", {"Jeremiah Manele", "Xi Jinping"}),
        ("meeting", "occurred", {"Jeremiah Manele", "Li Qiang"}),
    ]
    assert [e["date"]["value"] for e in record["events"]] == ["2026-03", "2026-03"]


def test_a_name_in_capitals_heading_two_turns_is_a_persons(extract):
    # quote.transcript-titled-label for a repeated label; "UPDATE:" is no one
    record = extract(
        "Interview.\n\nUPDATE: This transcript was corrected.\n\nWALLACE: Let us start with the debate.\n\nPENCE: "
        "We are ready for it.\n\nWALLACE: Will the governor attend?\n\nPENCE: He will be there on Monday.\n"
    )
    said = {actor_of(record, q["speaker_actor"])["name"] for q in record["quotes"] if q["speaker_actor"]}
    assert said == {"Wallace", "Pence"}, said


def test_a_day_before_counts_from_a_day_told_earlier_in_its_own_sentence(extract):
    # date.relative-to-story: the day counted from may stand in the same sentence, before the phrase (the tagger may
    # cut the phrase short, "The day" of "The day before", which must still be found there)
    record = extract(
        "Border talks.\n\nForeign Minister Anna Berg, who met Jan Nowak in Warsaw on March 3, had called Petr "
        "Dvorak the day before.\n",
        published="2026-03-12",
    )
    assert dated(record).get(frozenset({"Anna Berg", "Petr Dvorak"})) == "2026-03-02", record["events"]
