"""Quote speakers (session 68, helper SPK): the subject of a speech verb speaks in a clause "according to" passes on
(rule quote.channel-not-speaker); "cited X as saying" is X's (rule quote.cited-as-saying); a report's content ends
before a joined "quoted X as saying" (rule quote.quoting-conjunct); a "he" right after words a name the tagger took
for a body's said is that name (rule pronoun.name-taken-for-body); a name signing quoted words off is their writer
(rule speaker.signs-off); an app is never a person. On sentences written for these tests (names invented)."""

from __future__ import annotations

PUBLISHED = "2026-03-12"


def said(record: dict) -> list[tuple[str | None, str]]:
    """(speaker's actor name, content) of every quote."""
    names = {a["id"]: a["name"] for a in record["actors"]}
    return [(names.get(q.get("speaker_actor")), q["content"]["text"]) for q in record["quotes"]]


def speaker_of(record: dict, words: str) -> str | None:
    """The name of the actor who says the first quote whose content holds ``words``."""
    return next(name for name, content in said(record) if words in content)


def relayed_by(record: dict, words: str) -> str | None:
    names = {a["id"]: a["name"] for a in record["actors"]}
    quote = next(q for q in record["quotes"] if words in q["content"]["text"])
    return names.get(quote.get("relayed_by"))


# --- quote.channel-not-speaker ---------------------------------------------------------------------------------


def test_each_speech_verb_under_according_to_is_its_subjects(extract):
    r = extract(
        "President Tarik Vell said the talks were useful, and expressed hope for closer ties with Norland, "
        "according to his office.",
        published=PUBLISHED,
    )
    assert speaker_of(r, "the talks were useful") == "Tarik Vell"
    assert speaker_of(r, "hope for closer ties with Norland") == "Tarik Vell"


def test_a_person_named_as_the_channel_relays_the_subjects_words(extract):
    r = extract(
        "Envoy Mira Sato returned from Tarsa on Monday.\n\n"
        "In their first meeting, the Varnian leader Oren Kask said his country was ready to talk, according to Sato.",
        published=PUBLISHED,
    )
    assert speaker_of(r, "his country was ready to talk") == "Oren Kask"
    assert relayed_by(r, "his country was ready to talk") == "Mira Sato"


def test_a_leading_according_to_leaves_the_telling_to_its_subject(extract):
    r = extract(
        "In a telephone call, according to an aide, President Oren Kask told Premier Ada Lind that he had ordered an "
        "inquiry.",
        published=PUBLISHED,
    )
    assert speaker_of(r, "that he had ordered an inquiry") == "Oren Kask"


def test_an_agreement_under_according_to_stays_the_channels(extract):
    r = extract(
        "The two leaders agreed that trade would grow, according to the presidential office.", published=PUBLISHED
    )
    assert said(r) == [("presidential office", "The two leaders agreed that trade would grow")]


def test_according_to_with_no_comma_is_a_manner_not_a_channel(extract):
    r = extract("Mayor Ines Varga said the case would be dealt with according to the law.", published=PUBLISHED)
    assert said(r) == [("Ines Varga", "the case would be dealt with according to the law")]


def test_a_verb_of_someone_elses_relative_clause_is_not_the_subjects(extract):
    r = extract(
        'According to the statement, Envoy Lars Dahl was received by State Secretary Mia Holm, who "made clear that '
        'the tests must stop" and asked for a full explanation within a week.',
        published=PUBLISHED,
    )
    assert [name for name, _ in said(r)] == ["statement"]  # the statement tells it all; Lars Dahl says nothing


def test_words_in_the_channels_own_quote_marks_stay_the_channels(extract):
    r = extract(
        'According to Paul Reyes of the Tarsa Herald, "Harbour Watch revealed the firm has been moving migrants away '
        'from the border."',
        published=PUBLISHED,
    )
    assert said(r) == [
        ("Paul Reyes", '"Harbour Watch revealed the firm has been moving migrants away from the border."')
    ]


# --- quote.cited-as-saying, quote.quoting-conjunct --------------------------------------------------------------


def test_cited_as_saying_is_the_words_of_the_one_cited(extract):
    r = extract(
        "The Harbour Star cited two officials close to the mayor as saying that the ferry would run until May.",
        published=PUBLISHED,
    )
    assert said(r) == [("two officials close to the mayor", "that the ferry would run until May")]


def test_citing_a_ground_is_still_the_citers(extract):
    r = extract("The mayor said the talks failed, citing rising costs.", published=PUBLISHED)
    assert said(r) == [("mayor", "the talks failed"), ("mayor", "rising costs")]


def test_a_report_ends_before_a_joined_quoting_verb(extract):
    r = extract(
        "The Harbour Star also reported that Norland and Varnia were expected to meet last week in the Tarsa region, "
        'but quoted a second source as saying, "It is unclear whether the talks took place."',
        published=PUBLISHED,
    )
    assert said(r) == [
        ("Harbour Star", "that Norland and Varnia were expected to meet last week in the Tarsa region"),
        ("second source", '"It is unclear whether the talks took place."'),
    ]


def test_a_report_ends_before_a_joined_quoting_verb_without_quote_marks(extract):
    r = extract(
        "The paper reported that Norland and Varnia were expected to meet last week in Tarsa, and quoted a second "
        "source as saying the talks had been put off.",
        published=PUBLISHED,
    )
    assert speaker_of(r, "the talks had been put off") == "second source"
    assert said(r)[0] == ("paper", "that Norland and Varnia were expected to meet last week in Tarsa")


# --- pronoun.name-taken-for-body ----------------------------------------------------------------------------------

TAMM = (
    "RIGA - Trade will grow, Novak Tamm said.\n\n"
    "Tamm and Jonas Berg, a commissioner for trade, visited Riga on Monday.\n\n"
    '"We will help Latvia," Tamm wrote.\n\n'
)


def test_he_after_words_of_a_name_tagged_as_a_body_is_that_name(extract):
    r = extract(TAMM + "He stressed that the bank is open to all.", published=PUBLISHED)
    assert speaker_of(r, "the bank is open to all") == "Tamm"


def test_he_after_another_sentence_is_left_to_the_usual_reading(extract):
    r = extract(TAMM + "Berg agreed. He stressed that the bank is open to all.", published=PUBLISHED)
    assert speaker_of(r, "the bank is open to all") == "Jonas Berg"


def test_he_after_a_named_persons_quote_stays_with_that_person(extract):
    r = extract(
        'Mora and Kessler visited Riga on Monday.\n\n"We are pleased," Mora said. Kessler agreed. He said trade '
        "would grow.",
        published=PUBLISHED,
    )
    assert speaker_of(r, "trade would grow") == "Kessler"


# --- speaker.signs-off, platform names ----------------------------------------------------------------------------

RUIZ = "Senator Ana Ruiz and Congressman Tom Vale left Lima on Wednesday.\n\n"


def test_a_name_after_a_closing_word_signs_the_words_off(extract):
    r = extract(
        RUIZ + 'In messages to this paper, she wrote:\n\n"We hoped to meet the president. Maybe next time. '
        'Sincerely, Ana"',
        published=PUBLISHED,
    )
    assert speaker_of(r, "We hoped to meet the president") == "Ana Ruiz"


def test_a_name_after_best_wishes_signs_the_words_off(extract):
    r = extract(
        RUIZ + 'In messages to this paper, she wrote:\n\n"We hoped to meet the president. Maybe next time. '
        'Best wishes, Ana"',
        published=PUBLISHED,
    )
    assert speaker_of(r, "We hoped to meet the president") == "Ana Ruiz"


def test_a_name_alone_in_brackets_at_the_end_signs_the_words_off(extract):
    r = extract(
        RUIZ + 'In messages to this paper, she wrote:\n\n"We hoped to meet the president. Maybe next time. (Ana)"',
        published=PUBLISHED,
    )
    assert speaker_of(r, "We hoped to meet the president") == "Ana Ruiz"


def test_a_name_talked_about_in_the_words_is_not_their_speaker(extract):
    r = extract(
        RUIZ + 'Later she wrote:\n\n"Vale was tired. Sincerely, the staff"',
        published=PUBLISHED,
    )
    assert speaker_of(r, "Vale was tired") == "Ana Ruiz"


def test_an_app_messages_came_through_is_no_person(extract):
    r = extract(RUIZ + 'In messages via Messenger, she wrote: "It was a good trip."', published=PUBLISHED)
    assert not any(a["name"] == "Messenger" and a["kind"] == "person" for a in r["actors"])
    assert speaker_of(r, "It was a good trip.") == "Ana Ruiz"
