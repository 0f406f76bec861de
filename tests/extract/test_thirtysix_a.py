"""Speakers from round thirty-six (helper a): the causes of wrong speakers on the blind35 articles (c354-c365),
tested on sentences written for these tests."""

from tests.extract.test_thirtyone import speakers


def kinds(record: dict) -> dict[str, str | None]:
    by_id = {a["id"]: a["kind"] for a in record["actors"]}
    return {q["content"]["text"]: by_id.get(q.get("speaker_actor")) for q in record["quotes"]}


def test_his_ministry_is_the_ministry_the_minister_heads(extract):
    # speaker.possessive-ministry: not a body called "his ministry"
    record = extract(
        "Chile's Minister of Energy, Rodrigo Fuentes, met the Bolivian envoy on Monday. "
        "He will fly to La Paz next month for further talks, his ministry said."
    )
    assert speakers(record) == {"He will fly to La Paz next month for further talks": "Ministry of Energy"}, speakers(
        record
    )


def test_her_ministry_is_the_one_the_story_named(extract):
    record = extract(
        "The talks were hosted by Peru's Ministry of Foreign Affairs. Peru's Foreign Minister, Rosa Vidal, met the "
        "Bolivian envoy on Monday. She will fly to La Paz next month for further talks, her ministry said."
    )
    assert set(speakers(record).values()) == {"Ministry of Foreign Affairs"}, speakers(record)


def test_both_governments_speak_as_a_group(extract):
    # speaker.both-bodies: two bodies, never one organisation called "both governments"
    record = extract(
        "Chile and Peru held talks in Lima on Monday. The two sides agreed to meet again in May, both governments "
        "said. Nothing was signed, both ministries said."
    )
    assert set(kinds(record).values()) == {"group"}, kinds(record)


def test_a_member_of_it_is_a_member_of_the_body_just_named(extract):
    # speaker.member-of-pronoun: "it" is the delegation, not some earlier speaker
    record = extract(
        "The Kenyan delegation has not replied to the offer, a member of it said on Monday, because "
        '"the moment is wrong".'
    )
    names = set(speakers(record).values())
    assert names == {"member of the Kenyan delegation"}, speakers(record)


def test_one_of_them_is_one_of_the_people_a_source_phrase_named(extract):
    # speaker.member-of-pronoun: "them" are the people the account came from, not the last body or state named
    record = extract(
        "The spokesman for the Office of the President declined to comment. By the account of two people who were "
        'with him, Mr Okafor spent two hours on the telephone to Mr Bello. "He read every line aloud," said one of '
        "them."
    )
    assert set(speakers(record).values()) == {"one of two people who were with him"}, speakers(record)
    record = extract(
        "Ghana sent a mediator in March. A meeting was set for May at a well near Gao. It was called off hours "
        "before, according to two people involved, when a drone was seen over the area. "
        '"The colonel thought he had been betrayed," one of them said.'
    )
    assert set(speakers(record).values()) == {"two people"}, speakers(record)


def test_the_person_an_agency_quotes_by_name_speaks(extract):
    # quote.quotes-name: the words are the minister's, not the agency's
    record = extract(
        "Finally, the state news agency quotes Foreign Minister Ana Vela herself, speaking to reporters in Lima: "
        '"We parted as friends."'
    )
    assert set(speakers(record).values()) == {"Ana Vela"}, speakers(record)


def test_the_pronoun_of_an_aside_is_not_the_name_it_breaks_into(extract):
    # pronoun.aside-subject: in "Mr. Ashby, he later recalled, “…”" the one recalling is not Ashby
    record = extract(
        "Luis Ferro, the Chilean envoy who spent twenty years arguing over the Andes passes, died on Monday in "
        'Valparaiso. He was 80.\n\n"I was a clerk with a pen," he wrote in his memoir.\n\nAfter the war he was sent '
        "to London, where in 1951 he called on the Minister of State for Latin American affairs, Geoffrey R. Ashby, "
        'to press for a loan for the port. Mr. Ashby, he later recalled, "listened kindly and gave us nothing, which '
        'was more than the French had offered."'
    )
    said = speakers(record)
    recalled = next(text for text in said if text.startswith('"listened kindly'))
    assert said[recalled] == "Luis Ferro", said


def test_who_was_told_is_not_the_teller(extract):
    # quote.apposed-teller: the parse hangs the minister on the content and leaves "told" no subject
    record = extract(
        'The Government has held "useful but unfinished" talks with Norway on the rights of fishermen in the '
        "Skagerrak, the Deputy Minister of Fisheries, Mr. Anders Lindqvist, told the National Assembly at question "
        "time yesterday."
    )
    assert set(speakers(record).values()) == {"Anders Lindqvist"}, speakers(record)


def test_it_in_a_press_review_is_the_next_paper_named(extract):
    # pronoun.it-new-paper: a paper the tagger took for nothing, after another paper spoke
    record = extract(
        "WHAT THE PAPERS SAY\n\nThe Madrid daily El Heraldo gives the meeting its front page. It says the two "
        "ministers spent 'five cordial hours' at the palace.\n\nO Tempo Novo, in Lisbon, is more cautious. 'No date "
        "has been set for the visit,' it warns."
    )
    said = speakers(record)
    assert said.get("'No date has been set for the visit,'") == "O Tempo Novo", said


def test_a_paper_described_before_its_name_is_a_paper_by_what_it_claims(extract):
    # actor.outlet-by-pronoun: "The monarchist Gaceta del Norte" is parsed as apposed; "it claims" shows a paper
    record = extract(
        "The monarchist Gaceta del Norte, of Bilbao, goes further than anyone. It claims that the minister "
        "received the French consul at his home on Friday."
    )
    assert set(speakers(record).values()) == {"Gaceta del Norte"}, speakers(record)
    assert {a["name"]: a["kind"] for a in record["actors"]}["Gaceta del Norte"] == "outlet"


def test_a_parliamentary_record_prints_members_by_title_and_capitals(extract):
    # quote.transcript-titled-label: "Mr. NYGAARD:" heads a turn as "MR NYGAARD:" does
    record = extract(
        "MINISTER TELLS HOUSE OF TALKS\n\nThe Government has held useful talks with Norway on fishing in the "
        "Skagerrak, the Deputy Minister of Fisheries, Mr. Anders Lindqvist, told the Assembly yesterday.\n\n"
        "Mr. NYGAARD: Will the Deputy Minister tell the House whether the fishermen were consulted?\n\n"
        "Mr. LINDQVIST: The fishermen's unions were kept informed.\n\nMr. NYGAARD: Informed after the event."
    )
    said = speakers(record)
    assert said.get("The fishermen's unions were kept informed.") == "Anders Lindqvist", said
    assert said.get("Informed after the event.") == "Nygaard", said


def test_both_of_them_is_not_one_of_them(extract):
    record = extract(
        'Two diplomats sat in the room for the talks. "We left without a text," both of them said afterwards.'
    )
    assert not any("member of" in (name or "") for name in speakers(record).values()), speakers(record)


def test_a_text_quoted_by_name_does_not_speak(extract):
    record = extract('Senator Ines Hale quoted Article 5 of the treaty: "An attack on one is an attack on all."')
    assert set(speakers(record).values()) == {"Ines Hale"}, speakers(record)
