"""Speaker resolution rules (speakers.py, gender.py), each on sentences written for these tests."""

import pytest

from backchannel.extract.actors import find_actors
from backchannel.extract.gender import gender_of
from backchannel.extract.speakers import SpeakerResolver
from backchannel.records import Actor, ActorKind, Article
from tests.conftest import actor_of, quote_with, speaker_name


def test_gender_from_a_given_name_the_press_uses_for_one_gender():
    assert gender_of(Actor(id="p1", name="Margaret Olsen", kind=ActorKind.PERSON)) == "f"
    assert gender_of(Actor(id="p2", name="Thomas Brandt", kind=ActorKind.PERSON)) == "m"
    assert gender_of(Actor(id="p3", name="Quorra Valdemar", kind=ActorKind.PERSON)) is None


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Joaquín Ortega Salas", "m"), ("Mirlande Pierre-Louis", "f"), ("Kwabena Mensah", "m"), ("Zeynep Kaya", "f")],
)
def test_given_names_of_other_regions_tell_a_gender(name, gender):
    # gender.given-name: names of Latin America, the Caribbean, Africa and Turkey, not only of English-language news
    assert gender_of(Actor(id="p1", name=name, kind=ActorKind.PERSON)) == gender


def test_gender_words_outrank_the_given_name():
    actor = Actor(id="p1", name="Thomas Brandt", kind=ActorKind.PERSON, titles=["spokeswoman"])
    assert gender_of(actor) == "f"


def test_she_skips_a_man_named_since(extract):
    # pronoun.gender with gender.given-name: "she" is not the man the last sentence was about
    r = extract(
        "Columnist Margaret Olsen wrote about the mayor's plan on Sunday.\n\n"
        "The plan, which Thomas Brandt unveiled in May, would close two bridges.\n\n"
        "The closures would ruin the market district, she wrote."
    )
    assert speaker_name(r, quote_with(r, "would ruin the market district")) == "Margaret Olsen"


def test_he_skips_a_woman_named_as_someones_wife(extract):
    r = extract(
        "Governor Paul Ostrander toured the flooded valley on Friday. Some of his staff, including his wife, "
        "Helen, came with him. He said that the state would pay for the new levees."
    )
    assert speaker_name(r, quote_with(r, "the state would pay for the new levees")) == "Paul Ostrander"


def test_pronoun_prefers_the_main_clause_subject_over_one_inside_what_was_said(extract):
    # pronoun.role: "X said Y had …" makes X, not Y, the one a following "he said" goes back to
    r = extract(
        "Press secretary Dan Whitcombe said Governor Ray Tillis had kept in close touch with the mayors.\n\n"
        '"I expect that will matter in the spring," he said.'
    )
    assert speaker_name(r, quote_with(r, "I expect that will matter")) == "Dan Whitcombe"


def test_it_is_the_outlet_that_spoke_last(extract):
    # pronoun.it
    r = extract(
        "The Harbor Courier reported that the port authority had hired new pilots.\n\n"
        '"The pilots arrived this week," it added.'
    )
    assert speaker_name(r, quote_with(r, "The pilots arrived this week")) == "Harbor Courier"


def test_his_campaign_is_the_campaign_of_the_man_named(extract):
    # speaker.possessive-service
    r = extract(
        "Senator Walter Brisco lost the Ohio primary on Tuesday. "
        "His campaign said that it would stay in the race until June."
    )
    q = quote_with(r, "it would stay in the race")
    assert speaker_name(r, q) == "Walter Brisco's campaign"
    assert "Brisco's campaign" in next(a for a in r["actors"] if a["id"] == q["speaker_actor"])["aliases"]


def test_a_principals_spokesman_is_named_after_the_principal(extract):
    # speaker.possessive-spokesman
    r = extract(
        "Prime Minister Alan Forsyth met the union leaders on Monday.\n\n"
        "The talks went well, the prime minister's spokesman said."
    )
    assert speaker_name(r, quote_with(r, "The talks went well")) == "Alan Forsyth's spokesman"


def test_someones_running_mate_is_not_that_someone(extract):
    # speaker.possessive-role
    r = extract(
        "Brian Oakes's running mate, Carl Mendes, praised the ticket in Denver on Friday.\n\n"
        'Senator Brian Oakes\'s running mate then said, "We will win Colorado."'
    )
    assert speaker_name(r, quote_with(r, "We will win Colorado")) == "Carl Mendes"
    r = extract(
        "Governor Carl Mendes praised the ticket in Denver on Friday.\n\n"
        'Senator Brian Oakes\'s running mate then said, "We will win Colorado."'
    )
    assert speaker_name(r, quote_with(r, "We will win Colorado")) not in ("Brian Oakes", "Carl Mendes")


def test_a_response_is_spoken_by_whoever_sent_it(extract):
    # speaker.document-sender
    r = extract("Mayor Ellen Park fired back a statement saying the audit was politically motivated.")
    assert speaker_name(r, quote_with(r, "the audit was politically motivated")) == "Ellen Park"


def test_the_company_is_the_company_named_before(extract):
    # speaker.definite-org
    r = extract(
        "Orvalis Foods will close its bakery in Toledo next year. The company says the plant lost money for six years."
    )
    assert speaker_name(r, quote_with(r, "the plant lost money")) == "Orvalis Foods"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Harvest Bridge, a Nairobi charity, has run feeding centres in Lodwar since May.\n\n"
            "The charity said it would need $2 million more to keep them open.",
            "it would need $2 million",
            "Harvest Bridge",
        ),
        (
            "The carmaker Veltra will move its exports to Gdansk. The carmaker said the port fees were too high.",
            "the port fees were too high",
            "Veltra",
        ),
    ],
)
def test_a_bare_charity_or_carmaker_is_the_body_named_before(extract, text, fragment, speaker):
    # speaker.definite-org: "the charity", "the carmaker" as "the company"
    r = extract(text)
    assert speaker_name(r, quote_with(r, fragment)) == speaker


def test_two_organisations_are_no_one_body(extract):
    r = extract("Harvest Bridge and Lifeboat Aid met in May. The two organisations said the camps were full.")
    assert speaker_name(r, quote_with(r, "the camps were full")) not in ("Harvest Bridge", "Lifeboat Aid")


def test_a_bare_campaign_is_the_campaign_a_possessive_named_before(extract):
    # speaker.definite-org
    r = extract(
        "The Gazette reported that Mara Linden's campaign had hired two pollsters. "
        '"We hire the best," the campaign said in an email.'
    )
    assert speaker_name(r, quote_with(r, "We hire the best")) == "Mara Linden's campaign"


def test_an_unnamed_individual_is_an_anonymous_speaker(extract):
    # speaker.unnamed-individual
    r = extract('Readers were divided. One woman wrote, "The bridge should never have been built."')
    q = quote_with(r, "The bridge should never have been built")
    actor = next(a for a in r["actors"] if a["id"] == q["speaker_actor"])
    assert (actor["name"], actor["kind"]) == ("One woman", "anonymous")


def test_a_description_is_the_person_just_talked_about(extract):
    # speaker.definite-description
    r = extract(
        "Vera Holmgren toured three factories in Michigan on Saturday.\n\n"
        "The Democratic frontrunner said the state would decide the election."
    )
    assert speaker_name(r, quote_with(r, "the state would decide the election")) == "Vera Holmgren"


def test_a_description_that_contradicts_the_title_is_not_that_person(extract):
    r = extract(
        "Finance Minister Omar Haddad toured the new port on Saturday.\n\n"
        "The ambassador said the port would bring jobs."
    )
    assert speaker_name(r, quote_with(r, "the port would bring jobs")) != "Omar Haddad"


def test_who_after_an_unnamed_source_is_that_source(extract):
    r = extract(
        '"It was a waste of an afternoon," said one lawmaker familiar with the hearing, who added that the '
        "committee would meet again in March."
    )
    q = quote_with(r, "the committee would meet again in March")
    actor = next(a for a in r["actors"] if a["id"] == q["speaker_actor"])
    # named without its leading "one" (speaker.name-quantifier), which stays an alias
    assert (actor["name"], actor["kind"]) == ("lawmaker familiar with the hearing", "anonymous")
    assert "one lawmaker familiar with the hearing" in actor["aliases"]
    first = quote_with(r, "It was a waste of an afternoon")
    assert first["speaker"]["text"] == "one lawmaker familiar with the hearing"  # the relative clause is cut off
    assert first["speaker_actor"] == q["speaker_actor"]


def test_the_editorial_is_the_newspaper_speaking(extract):
    r = extract(
        'The Valley Gazette published an editorial on Friday.\n\n"The council must resign," the editorial said.'
    )
    assert speaker_name(r, quote_with(r, "The council must resign")) == "Valley Gazette"


def test_a_newspaper_found_from_how_the_text_uses_it(extract):
    # actor.outlet-by-usage, then speaker.editorial and quote.document-read
    r = extract(
        "The mayor's plan angered the editors of The Lantern, who wrote about it on Friday.\n\n"
        '"The plan is a gift to developers," the editorial read.\n\n'
        "The newspaper said the council should vote it down."
    )
    assert any(a["name"] == "Lantern" and a["kind"] == "outlet" for a in r["actors"])
    assert speaker_name(r, quote_with(r, "The plan is a gift to developers")) == "Lantern"
    assert speaker_name(r, quote_with(r, "the council should vote it down")) == "Lantern"


def test_what_a_statement_reads_is_a_quote_with_read_as_its_cue(extract):
    # quote.document-read, and speaker.document-issuer: the statement is the board's, which issued it
    r = extract('The Orvalis Foods board issued a statement on Monday. "We regret the closure," the statement read.')
    q = quote_with(r, "We regret the closure")
    assert q["cue"]["text"] == "read"
    assert speaker_name(r, q) == "Orvalis Foods"


def test_the_statement_is_its_issuers_not_the_last_speakers(extract):
    # speaker.document-issuer
    r = extract(
        "Headline\n\nMayor Ines Calloway said the bridge would reopen in May.\n\n"
        "A statement from the Harbour Authority contradicted her. The statement said repairs would take a year."
    )
    assert speaker_name(r, quote_with(r, "repairs would take a year")) == "Harbour Authority"


def test_staff_of_an_organisation_speak_as_its_staff(extract):
    # speaker.staff-of-org
    r = extract("Executives for Orvalis Foods, which made a profit last year, say the bakery will close in June.")
    q = quote_with(r, "the bakery will close in June")
    actor = next(a for a in r["actors"] if a["id"] == q["speaker_actor"])
    assert (actor["name"], actor["kind"]) == ("Orvalis Foods executives", "group")


def test_national_media_are_a_group(extract):
    r = extract("Brazilian media reported that the minister would resign on Friday.")
    q = quote_with(r, "the minister would resign")
    actor = next(a for a in r["actors"] if a["id"] == q["speaker_actor"])
    assert (actor["name"], actor["kind"]) == ("Brazilian media", "group")


def test_a_subject_the_parse_hung_elsewhere_is_found_before_the_verb(extract):
    # quote.subject-by-position
    r = extract(
        "After a day of quarrels between two of the city’s best-known families, Council Speaker Ruth Amsel’s office "
        "announced Friday that the vote would go ahead."
    )
    q = quote_with(r, "the vote would go ahead")
    assert q["speaker"] is not None and "office" in q["speaker"]["text"]


def test_an_office_with_a_qualifier_is_not_whoever_was_just_named(extract):
    r = extract(
        "Vera Holmgren toured three factories in Michigan on Saturday.\n\n"
        "The Ohio governor said the plants would stay open."
    )
    assert speaker_name(r, quote_with(r, "the plants would stay open")) != "Vera Holmgren"


def test_an_abbreviated_title_names_the_office(extract):
    r = extract(
        "Ohio Gov. Ray Tillis met Vera Holmgren in Toledo on Saturday.\n\n"
        "Holmgren spoke first. The governor said the plants would stay open."
    )
    assert speaker_name(r, quote_with(r, "the plants would stay open")) == "Ray Tillis"


def test_it_in_it_is_worth_noting_is_no_one(extract):
    r = extract(
        "The Harbor Courier reported the vote on Monday.\n\n"
        "It is worth noting that the council had rejected the plan twice before."
    )
    q = quote_with(r, "the council had rejected the plan")
    assert speaker_name(r, q) != "Harbor Courier"


def test_people_described_in_the_plural_speak_as_a_group(extract):
    # speaker.plural-people
    r = extract(
        "Camps overflow\n\nIn the camps, aid workers said drinking water was running out. "
        "Local fishermen say the catch has halved."
    )
    for text, name in (("drinking water", "aid workers"), ("the catch", "Local fishermen")):
        quote = quote_with(r, text)
        actor = next(a for a in r["actors"] if a["id"] == quote["speaker_actor"])
        assert (actor["name"], actor["kind"]) == (name, "group")


def test_the_ruling_speaks_for_the_judge_who_wrote_it(extract):
    # speaker.document-sender: a court's decision, ruling or verdict is its author's, the judge just quoted
    r = extract(
        "Headline\n\nJudge Marisol Quevedo wrote that the council had acted unlawfully.\n\n"
        '"No authority may ignore its own rules," the ruling said.'
    )
    assert speaker_name(r, quote_with(r, "No authority may ignore")) == "Marisol Quevedo"


def test_a_subject_the_parse_left_as_the_sentences_root_is_still_the_subject(extract):
    # pronoun.role: "Mardones, who …, conceded" parsed as a noun phrase with "conceded" hung on the name
    r = extract(
        "Headline\n\nTurnout was 19.6 percent, the electoral service said.\n\n"
        "Mardones, who had campaigned alongside Senator Patricio Ilabaca throughout the final week, conceded "
        "shortly before 10 p.m. He said he had telephoned the winner to congratulate her.\n\n"
        "Ernesto Mardones had led the first round."
    )
    assert speaker_name(r, quote_with(r, "telephoned the winner")) == "Ernesto Mardones"


def test_a_nationality_and_an_office_noun_name_the_person_of_that_country(extract):
    # speaker.national-description: "the Russian diplomat" is the Russian just named with a title; "a Russian
    # diplomat" is someone new
    body = (
        "Talks in Hanoi\n\nRussian Foreign Minister Pavel Orlov met President Tran Van Minh in Hanoi on Friday. "
        '{} diplomat said the talks were "useful".'
    )
    record = extract(body.format("The Russian"))
    assert actor_of(record, record["quotes"][0]["speaker_actor"])["name"] == "Pavel Orlov"
    record = extract(body.format("A Russian"))
    assert actor_of(record, record["quotes"][0]["speaker_actor"])["name"] != "Pavel Orlov"


def test_an_account_speaks_as_its_handle(extract):
    # quote.handle: the parser takes the handle after "wrote" for an object, or before it for anything but a subject
    record = extract(
        "Ferry timetable draws complaints\n\n"
        '"The new timetable is a mess," wrote @harbour_watch on X.\n\n'
        '@ferry_fan wrote that the changes were "long overdue".'
    )
    speakers = [actor_of(record, q["speaker_actor"]) for q in record["quotes"]]
    assert [(s["name"], s["kind"]) for s in speakers] == [("@harbour_watch", "person"), ("@ferry_fan", "person")]


def test_the_statement_speaks_for_whoever_said_it_even_where_the_parse_made_them_an_apposition(extract):
    # speaker.document-issuer: the parse takes "Egypt's presidency" for an apposition of the name before it
    record = extract(
        "Headline\n\nThe talks come a day after the army chief, General Abdel-Rahim Osman Hamid, flew to Cairo on "
        "Saturday for talks with Egyptian President Hisham Abdel-Latif, Egypt's presidency said in a statement. The "
        'statement said Abdel-Latif had stressed "the need to preserve the unity of Sudan."'
    )
    # the statement's quote holds Abdel-Latif's words (rule quote.nested lists his own quote of them first)
    quote = next(q for q in record["quotes"] if "had stressed" in q["content"]["text"])
    assert actor_of(record, quote["speaker_actor"])["name"] == "Egypt's presidency"


@pytest.mark.parametrize(
    ("text", "said", "name"),
    [
        (
            'The ambassador met the Grand Mufti, Sheikh Omar Hadid, on Friday. The mufti said the young "must be '
            'heard."',
            "must be heard",
            "Omar Hadid",
        ),
        (
            'The rector of the university, Anna Vogel, opened the session. The rector said the talks were "a '
            'beginning."',
            "a beginning",
            "Anna Vogel",
        ),
    ],
)
def test_the_office_a_person_was_given_speaks_for_that_person(extract, text, said, name):
    """Offices beyond government ones are titles too (lexicon title_nouns): "the mufti", "the rector"."""
    record = extract("Headline\n\n" + text)
    quote = next(q for q in record["quotes"] if said in q["content"]["text"])
    assert actor_of(record, quote["speaker_actor"])["name"] == name


@pytest.mark.parametrize(
    ("text", "content", "issuer"),
    [
        (  # speaker.document-issued-by, then speaker.document-issuer for "The communique"
            "Officials of both countries signed the water accord, according to a communique released by the "
            "Jordanian foreign ministry. The communique, which state television read out, said the deal would be "
            "reviewed every year.",
            "the deal would be reviewed every year",
            "Jordanian foreign ministry",
        ),
        (  # speaker.document-issued-by
            "A memo circulated by the Chancellor's Office on Sunday said the chancellor had \"urged calm on both "
            'sides".',
            "urged calm on both sides",
            "Chancellor's Office",
        ),
        (  # speaker.document-compound
            "The Bolivian national police said on Sunday that the border post had reopened. "
            '"Traffic is moving normally," a police statement added.',
            "Traffic is moving normally",
            "Bolivian national police",
        ),
    ],
)
def test_a_document_speaks_for_whoever_issued_it(extract, text, content, issuer):
    r = extract(text)
    assert speaker_name(r, quote_with(r, content)) == issuer


def test_the_witness_is_the_person_giving_evidence(extract):
    # speaker.trial-role
    r = extract(
        "Tribunal hears of altered ledgers\n\n"
        "Nadia Kerr, a former harbour clerk, told the tribunal on Wednesday that she had seen the ledgers altered.\n\n"
        '"The totals changed overnight," the witness said.'
    )
    assert speaker_name(r, quote_with(r, "The totals changed overnight")) == "Nadia Kerr"


def test_an_unnamed_witness_stays_unnamed(extract):
    r = extract(
        "Shots near the market\n\n"
        "A witness said the gunman fled on foot. Police chief Ana Lopes said officers were searching the area.\n\n"
        '"He ran towards the river," the witness said.'
    )
    assert speaker_name(r, quote_with(r, "He ran towards the river")) != "Ana Lopes"


def test_a_person_described_first_and_named_in_the_next_paragraph(extract):
    # speaker.delayed-lede
    r = extract(
        "Bribes paid at the border, court hears\n\n"
        "A former customs director told the court on Tuesday that bribes were paid at the Kasumbalesa crossing.\n\n"
        "Paul Okonjo, 64, customs director from 2001 to 2019, spoke for two hours."
    )
    assert speaker_name(r, quote_with(r, "bribes were paid at the Kasumbalesa crossing")) == "Paul Okonjo"


DELAYED_LEDES = (
    "Envoy meets junta chief\n\nCONAKRY — A West African mediator held two hours of talks with the head of the "
    "military council on Wednesday and said afterwards that the soldiers had agreed to publish an election "
    "calendar.\n\nMusa Kanté Diallo, a former Malian foreign minister who leads the mediation for the regional "
    "bloc, was received at the palace.\n---\n"
    "Witness tells court of mountain meeting\n\nDAVAO CITY — A former rebel fighter told a regional trial court "
    "on Wednesday that the governor met a commander in a mountain hut in 2004.\n\nRafael Domingo Santos, 41, who "
    "surrendered to the army in 2005, testified that he personally drove the governor to the hut."
).split("\n---\n")


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (DELAYED_LEDES[0], "the soldiers had agreed", "Musa Kanté Diallo"),  # "mediator", "mediation"
        (DELAYED_LEDES[1], "the governor met a commander", "Rafael Domingo Santos"),  # introduced with an age
    ],
)
def test_a_person_described_first_is_named_by_the_same_stem_or_an_introduction(extract, text, words, name):
    # speaker.delayed-lede
    r = extract(text)
    assert speaker_name(r, quote_with(r, words)) == name


def test_an_unnamed_source_in_the_lede_is_not_the_next_person_introduced(extract):
    r = extract(
        "Minister under pressure\n\nA senior official said on Monday that the minister would resign within "
        "days.\n\nRafael Domingo Santos, 41, the minister's chief of staff, denied that any resignation was planned."
    )
    assert speaker_name(r, quote_with(r, "the minister would resign")) != "Rafael Domingo Santos"


def test_a_description_is_not_the_next_person_named_unless_the_text_says_so(extract):
    r = extract(
        "Bribes paid at the border, court hears\n\n"
        "A former customs director told the court on Tuesday that bribes were paid at the Kasumbalesa crossing.\n\n"
        "Judge Alice Mendes adjourned the hearing until Friday."
    )
    assert speaker_name(r, quote_with(r, "bribes were paid at the Kasumbalesa crossing")) != "Alice Mendes"


def test_a_name_inside_a_quote_is_not_who_the_next_pronoun_is(extract):
    # pronoun.not-quoted
    record = extract(
        "Speaking to the Gazette on his return, Mr Varga said the two men had agreed to open a second berth.\n\n"
        '"We are not rivals, we are neighbours," he said. "Piet has the same problem on his side that I have on '
        'mine."\n\nHe added that the talks had stayed practical.'
    )
    assert speaker_name(record, quote_with(record, "stayed practical")) == "Varga"


def test_a_pronoun_after_a_quote_is_its_speaker_not_who_she_talked_about(extract):
    # pronoun.last-speaker: "Tom Vale" is named in her words, then "she said" closes a quote of two sentences
    record = extract(
        "Harbour chair Tomas Vale and Mayor Edwin Kato agreed that their deputies would meet in Kemaman on Aug. 10, "
        "according to a joint statement issued on Wednesday by the two councils.\n\n"
        "Speaking on local radio on Wednesday morning, the port's director, Grace Banda, said the call had gone "
        '"better than we dared hope". She added that the port would not give up its claim.\n\n'
        'Asked whether the two men would meet face to face, she said Vale "would be willing to sail to Kemaman '
        'tomorrow" if a deal was ready to sign. "We are not there yet. But the door is open," she said.'
    )
    assert speaker_name(record, quote_with(record, "door is open")) == "Grace Banda"


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Minister Tom Varga is due in Kemaman on Friday. A ministry spokeswoman said Mr Varga had spoken to "
        'the mayor by telephone to arrange the visit.\n\n"The minister does not comment on the mayor\'s diary," she '
        "said.",
        "On Wednesday, the harbour minister, Tom Varga, held a video call with the pilots' leader, Ada Moss, "
        'according to a ministry spokeswoman. She said the two had agreed that "the minister does not comment on the '
        "mayor's diary\".",
    ],
)
def test_she_after_an_unnamed_spokeswoman_is_the_spokeswoman(extract, text):
    record = extract(text)
    assert speaker_name(record, quote_with(record, "does not comment")) == "ministry spokeswoman"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # speaker.described-source
        ("The ferry resumed on Monday. City hall said the timetable had been changed at short notice.", "City hall"),
        ("Local businesses say they cannot wait much longer for the ferry.", "Local businesses"),
        ("The border guard said 1,150 lorries were waiting at the pier on Wednesday.", "border guard"),
        # a body of a named organisation, not that organisation, nor an outlet named before
        (
            "Reuters reported that the pier would close. The UN refugee agency said 300 families were living near it.",
            "UN refugee agency",
        ),
        # people named by what they do, and a newsletter as an outlet (vocabularies person_nouns, OUTLET_NOUNS)
        ("Investigators say the ferry's log was altered after the crash.", "Investigators"),
        ("Some proprietors said they would close their shops on Friday.", "proprietors"),
        ("A Tallinn trade newsletter reported that the two ministers had met in Riga.", "Tallinn trade newsletter"),
        # initials the tagger read as a common noun
        ("ECOWAS has urged the junta to free the ministers.", "ECOWAS"),
    ],
)
def test_a_body_or_group_named_by_what_it_is_speaks_as_itself(extract, text, name):
    record = extract(text)
    assert speaker_name(record, record["quotes"][-1]) == name


def test_a_body_named_by_what_it_is_speaks_as_an_organisation(extract):
    # speaker.described-source: an organisation's word (vocabulary organization_words) makes a body, not a person
    record = extract("The bishop will visit Kisii in May, according to the diocese.")
    actor = actor_of(record, quote_with(record, "The bishop will visit")["speaker_actor"])
    assert (actor["name"], actor["kind"]) == ("diocese", "organization")


def test_a_nationality_in_a_description_is_no_office_of_its_own(extract):
    # speaker.definite-description: "the retired Scottish judge" is the woman just named (nothing says otherwise)
    record = extract(
        "KEMAMAN — Ada Moss keeps two radios on the table in front of her, one for each side.\n\n"
        '"I never mix them up," the retired Scottish appeal court judge says, laughing.'
    )
    assert speaker_name(record, quote_with(record, "mix them up")) == "Ada Moss"


def test_she_after_an_unnamed_source_is_not_someone_named_before_she_spoke(extract):
    # pronoun.last-speaker: the spokeswoman spoke after the community leader's place was named
    record = extract(
        '"They want to send us home," said Nur Alam, a community leader in Teluk Batik.\n\n'
        "On Wednesday evening, the harbour minister, Tom Varga, held a video call with the pilots' leader, Ada Moss, "
        'according to a ministry spokeswoman in Kemaman. She said the two had agreed that the ferry "should run, '
        'even if it runs late".'
    )
    assert speaker_name(record, quote_with(record, "should run")) == "ministry spokeswoman in Kemaman"


def test_she_after_a_question_from_someone_unnamed_is_who_was_asked(extract):
    # pronoun.last-speaker takes an unnamed source (a spokeswoman, an official), not any unnamed asker
    record = extract(
        "Ada Moss spent the day campaigning on the coast.\n\nEarlier in the day, she took part in a phone-in "
        "programme on local radio. Asked by one caller whether she would seek talks with the harbour board after "
        'the vote, she said she was "always open to dialogue".'
    )
    assert speaker_name(record, quote_with(record, "open to dialogue")) == "Ada Moss"


def test_he_said_of_the_one_who_just_spoke_is_him(extract):
    # "Bashir, he said, was cautious" is not Bashir's; but the man who just spoke goes on speaking of himself
    record = extract(
        "The Tongan fisheries minister, Lord Sione Vake, who was in Kemaman last month for talks on a fisheries "
        "pact, pledged money for rebuilding the pier.\n\nThe fishermen's union has asked for talks with the port, "
        "and its secretary, Tomas Prado, says most of its letters have gone unanswered. Prado did meet the harbour "
        'minister in Kemaman on February 24, he said, but came away with "promises and a cup of tea".'
    )
    assert speaker_name(record, quote_with(record, "Prado did meet")) == "Tomas Prado"


def test_a_body_named_later_in_full_is_one_body(extract):
    # speaker.org-in-full: "the Dutch embassy" and then "the Dutch embassy in Kemaman"
    record = extract(
        "The Dutch ambassador met the harbour master on Tuesday, the Dutch embassy said. Later the Dutch embassy in "
        "Kemaman denied that any other meeting had taken place."
    )
    speakers = {speaker_name(record, q) for q in record["quotes"]}
    assert speakers == {"Dutch embassy in Kemaman"}


def test_a_bare_spokesman_after_a_body_spoke_is_its_spokesman(extract):
    # speaker.spokesman-of-body
    record = extract(
        'The Dutch embassy in Kemaman denied that any such meeting had taken place. "All contact went through our '
        'friends in the port," a spokesman said.'
    )
    quote = quote_with(record, "All contact")
    speaker = actor_of(record, quote["speaker_actor"])
    assert speaker["name"] == "spokesman for the Dutch embassy in Kemaman"
    assert actor_of(record, speaker["via"])["name"] == "Dutch embassy in Kemaman"


def test_a_spokesman_after_a_person_spoke_is_just_a_spokesman(extract):
    record = extract('Ada Moss said the report was false. "We do not comment on rumours," a spokesman said.')
    assert speaker_name(record, quote_with(record, "rumours")) == "spokesman"


def test_a_name_no_rule_knew_shaped_like_a_papers_is_an_outlet(nlp):
    # speaker.name-before-apposition: "The Sun Herald, for its part, says …", the tagger having found no name
    text = "The Sun Herald, for its part, says it stands by its story."
    doc = nlp(text)
    doc.ents = []
    table = find_actors(doc, Article(text=text))
    actor = table.get(SpeakerResolver(doc, table).resolve(doc[0:3], speaking=True))
    assert actor is not None and actor.kind is ActorKind.OUTLET and actor.name == "Sun Herald"


def test_a_description_with_a_handle_apposed_is_the_account(extract):
    # quote.handle
    r = extract(
        "The race was moved to Friday. A popular fan account, @RiftRunners, claimed on Sunday that the coach had "
        "met an agent in Eldoret."
    )
    assert speaker_name(r, quote_with(r, "the coach had met an agent")) == "@RiftRunners"
