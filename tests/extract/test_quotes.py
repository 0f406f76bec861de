"""Attribution constructions, each on sentences written for these tests."""

import pytest

from tests.conftest import actor_of, quote_with, speaker_name


def test_direct_quote_with_trailing_cue(extract):
    r = extract('"We will not back down," Foreign Minister Lena Varga said on Monday.')
    q = quote_with(r, "We will not back down")
    assert q["kind"] == "direct"
    assert q["cue"]["text"] == "said"
    assert speaker_name(r, q) == "Lena Varga"


def test_inverted_attribution(extract):
    r = extract('"The door remains open," said Kremlin spokesman Oleg Rudin.')
    assert speaker_name(r, quote_with(r, "The door remains open")) == "Oleg Rudin"


def test_indirect_speech_with_that(extract):
    r = extract("Chancellor Maria Holm stated that the talks had reached a critical stage.")
    q = quote_with(r, "the talks had reached a critical stage")
    assert q["kind"] == "indirect"
    assert speaker_name(r, q) == "Maria Holm"


def test_trailing_attribution_after_content(extract):
    r = extract("Sources close to the negotiators said little. The talks may resume next week, the sources added.")
    q = quote_with(r, "The talks may resume next week")
    assert actor_of(r, q["speaker_actor"])["kind"] == "anonymous"


def test_inverted_trailing_attribution_with_title(extract):
    r = extract("The government will neither confirm nor deny the report, explained presidential spokesman Ivo Marek.")
    q = quote_with(r, "will neither confirm nor deny the report")
    assert speaker_name(r, q) == "Ivo Marek"


def test_according_to(extract):
    r = extract("According to Le Figaro, the envoy travelled to Algiers on Sunday.")
    q = quote_with(r, "the envoy travelled to Algiers")
    assert q["cue"]["text"] == "According to"
    speaker = actor_of(r, q["speaker_actor"])
    assert speaker["name"] == "Le Figaro" and speaker["kind"] == "outlet"


def test_told_reporters_and_told_outlet(extract):
    r = extract(
        "Defence Minister Karl Berg told reporters that no troops would be sent. "
        "A senior official told Reuters that the decision was final."
    )
    assert speaker_name(r, quote_with(r, "no troops would be sent")) == "Karl Berg"
    anonymous = actor_of(r, quote_with(r, "the decision was final")["speaker_actor"])
    assert anonymous["kind"] == "anonymous"


def test_pronoun_resolves_to_the_person_named_before(extract):
    r = extract('Foreign Minister Tomas Lind arrived in Riga on Monday.\n\n"We came to listen," he said.')
    assert speaker_name(r, quote_with(r, "We came to listen")) == "Tomas Lind"


def test_pronoun_with_two_possible_antecedents_takes_the_subject(extract):
    r = extract(
        "Prime Minister Ana Pires met opposition leader Rui Costa on Tuesday.\n\nShe said the meeting had been useful."
    )
    assert speaker_name(r, quote_with(r, "the meeting had been useful")) == "Ana Pires"


def test_description_resolves_to_the_titled_person(extract):
    r = extract(
        "Kremlin spokesman Oleg Rudin spoke to reporters on Friday.\n\nThe spokesman said no decision had been taken."
    )
    assert speaker_name(r, quote_with(r, "no decision had been taken")) == "Oleg Rudin"


def test_colon_introduction_then_quote_paragraph(extract):
    r = extract(
        "Minister Eva Lund explained her position in an interview:\n\n"
        '"We cannot accept a deal that ignores the victims."'
    )
    q = quote_with(r, "We cannot accept a deal")
    assert q["kind"] == "direct"
    assert speaker_name(r, q) == "Eva Lund"


def test_follow_on_quote_continues_the_last_speaker(extract):
    r = extract(
        '"The ceasefire must hold," said envoy Marta Kiss.\n\n'
        '"Without it, there is nothing to negotiate and nobody to negotiate with."'
    )
    assert speaker_name(r, quote_with(r, "nothing to negotiate")) == "Marta Kiss"


def test_partial_quote_inside_reported_speech_is_mixed(extract):
    r = extract('Minister Jan Horak said the proposal was "dead on arrival" and would be rejected.')
    q = quote_with(r, "dead on arrival")
    assert q["kind"] == "mixed"
    assert speaker_name(r, q) == "Jan Horak"


def test_interrupted_quote_is_one_quote_in_two_parts(extract):
    r = extract('"We are ready," Minister Ola Berg said, "but not at any price."')
    q = quote_with(r, "We are ready")
    assert len(q["content"]["parts"]) == 2
    assert "not at any price" in r["article"]["text"][q["content"]["parts"][1]["start"] :]


def test_anonymous_source_relayed_by_outlet(extract):
    r = extract("Bloomberg sources familiar with the matter indicated that the envoy carried a letter.")
    speaker = actor_of(r, quote_with(r, "the envoy carried a letter")["speaker_actor"])
    assert speaker["kind"] == "anonymous"
    assert actor_of(r, speaker["via"])["name"] == "Bloomberg"


def test_group_speaker(extract):
    r = extract("Several European leaders warned that sanctions would stay in place.")
    speaker = actor_of(r, quote_with(r, "sanctions would stay in place")["speaker_actor"])
    assert speaker["kind"] == "group"


def test_outlet_as_speaker_from_how_it_is_used(extract):
    r = extract("The Daily Sentinel reported that the two sides had exchanged letters.")
    speaker = actor_of(r, quote_with(r, "the two sides had exchanged letters")["speaker_actor"])
    assert speaker["kind"] == "outlet"


def test_scare_quotes_alone_are_not_attributions(extract):
    r = extract('The so-called "peace plan" was published on Monday.')
    assert r["quotes"] == []


def test_a_pronoun_with_no_antecedent_stays_unresolved(extract):
    r = extract('"We will see," he said.')
    q = quote_with(r, "We will see")
    assert q["speaker"]["text"] == "he"
    assert q["speaker_actor"] is None


def test_where_someone_spoke_is_not_what_they_said(extract):
    r = extract(
        "Speaking in Warsaw, Minister Jan Horak said the border would stay open. "
        "An official, who declined to be named, said talks would resume."
    )
    contents = [q["content"]["text"] for q in r["quotes"]]
    assert not any(c.startswith("in Warsaw") for c in contents)
    assert not any(c.startswith("to be named") for c in contents)
    assert any("the border would stay open" in c for c in contents)


def test_one_of_the_sources_is_the_source_named_before(extract):
    r = extract(
        "Two people familiar with the visit told Reuters that the envoy flew to Beijing. "
        "The talks focused on tariffs, according to one of the people."
    )
    first = quote_with(r, "the envoy flew to Beijing")
    second = quote_with(r, "The talks focused on tariffs")
    assert second["speaker_actor"] == first["speaker_actor"]
    assert actor_of(r, first["speaker_actor"])["kind"] == "anonymous"


def test_when_and_by_whom_are_not_what_was_said(extract):
    r = extract(
        "Governor Ines Mata spoke on Sunday. Officials tweeted during the debate. "
        "The plan was backed by most voters. Senator Paul Okafor praised the deal in a speech on Monday."
    )
    contents = [q["content"]["text"] for q in r["quotes"]]
    assert not any(c.startswith(("on Sunday", "during", "by most")) for c in contents), contents
    assert quote_with(r, "the deal")["content"]["text"] == "the deal"


def test_a_that_clause_hung_on_the_noun_before_it_is_still_the_content(extract):
    r = extract("Senator Paul Okafor wrote in a letter that taxes would rise.")
    q = quote_with(r, "taxes would rise")
    assert not q["content"]["text"].startswith("in a letter")
    assert q["cue"]["text"] == "wrote"
    assert speaker_name(r, q) == "Paul Okafor"


def test_a_cue_in_the_next_paragraph_is_not_the_quotes_cue(extract):
    r = extract(
        'Governor Ines Mata took questions for an hour.\n\n"We will rebuild the bridge"\n\n'
        "He said the money was already there, according to aides."
    )
    q = quote_with(r, "We will rebuild the bridge")
    assert q["cue"] is None or q["cue"]["text"] != "said"


def test_the_speaker_of_began_by_saying_and_likely_to_say(extract):
    r = extract(
        "Governor Ines Mata began by saying the budget was balanced. "
        "Most farmers are more likely to say the harvest was poor."
    )
    assert speaker_name(r, quote_with(r, "the budget was balanced")) == "Ines Mata"
    assert quote_with(r, "the harvest was poor")["speaker"]["text"] == "Most farmers"


def test_headline_colon_attribution_in_title_case(extract):
    r = extract("Obama: I'm Optimistic About the Economy\n\nThe former president spoke in Chicago.")
    assert speaker_name(r, quote_with(r, "Optimistic About the Economy")) == "Obama"


def test_a_section_label_before_a_colon_is_not_a_speaker(extract):
    for headline in ("Delegate Update: Mata Leads in Florida", "Morning News Daily: A World at War"):
        r = extract(headline + "\n\nThe count went on overnight.")
        assert not any(q["content"]["text"] in headline for q in r["quotes"]), headline


def test_an_object_pronoun_is_not_the_subject_of_its_own_clause(extract):
    r = extract(
        "Foreign Minister Ines Mata met Paul Okafor in Geneva on Tuesday. "
        "Mata said Okafor could travel to Lisbon for further talks with her before the summer."
    )
    visit = next(e for e in r["events"] if e["mode"] == "visit")
    assert "Ines Mata" in {actor_of(r, p)["name"] for p in visit["participants"]}


def test_a_headline_description_is_the_person_the_story_names(extract):
    r = extract(
        'EU Envoy Says Talks "Back on Track"\n\n'
        "The European Union's special envoy for the Western Balkans, Marta Kovac, said on Wednesday that talks "
        "had resumed."
    )
    assert speaker_name(r, quote_with(r, "Back on Track")) == "Marta Kovac"


def test_according_to_a_statement_from_an_embassy(extract):
    r = extract(
        'According to a statement from the Russian embassy in Tallinn, the flights "complied fully with '
        'international rules". Ambassador Pavel Orlov told the Interfax news agency that he had not been summoned.'
    )
    q = quote_with(r, "complied fully")
    assert q["cue"]["text"] == "According to"
    assert speaker_name(r, q) == "Russian embassy"


def test_a_statement_by_someone_is_theirs(extract):
    r = extract("A statement by the Kremlin said the talks were useful.")
    assert speaker_name(r, quote_with(r, "the talks were useful")) == "Kremlin"


def test_verdicts_on_the_story_and_refusals_are_not_quotes(extract):
    r = extract(
        "Foreign Minister Ines Mata spoke by phone with Paul Okafor on Monday.\n\n"
        "The ministry confirmed the call. Okafor's office declined to comment. The embassy denied the report.\n\n"
        'Asked whether a visit was planned, Mata told reporters: "Not yet."'
    )
    contents = [q["content"]["text"] for q in r["quotes"]]
    assert not any(c in ("the call", "to comment", "the report") or c.startswith("whether") for c in contents), contents
    assert quote_with(r, "Not yet")
    statuses = sorted(c["status"] for c in r["events"][0]["confirmations"])
    assert statuses == ["confirmed", "denied", "no_comment"]


def test_a_national_readout_speaks_for_its_state(extract):
    r = extract("The Turkish readout said the president had urged his counterpart to extend the corridor.")
    assert speaker_name(r, quote_with(r, "extend the corridor")) == "Turkey"


def test_the_speaker_after_the_last_comma_of_a_trailing_attribution(extract):
    r = extract(
        "Foreign Minister Wang Lei arrived in Moscow on Thursday for talks with his counterpart Sergei Orlov, "
        "the Russian foreign ministry said. Kremlin spokesman Dmitry Peskov, a close aide to the president, "
        "said the talks were useful."
    )
    assert speaker_name(r, quote_with(r, "arrived in Moscow")) == "Russian foreign ministry"
    assert speaker_name(r, quote_with(r, "the talks were useful")) == "Dmitry Peskov"


def test_who_is_talked_about_is_not_who_talks(extract):
    r = extract(
        "Envoy Thomas Keller said he had spoken with General Abdel Rahim Bashir by phone on Monday. "
        'Bashir, he said, was "open but cautious".'
    )
    assert speaker_name(r, quote_with(r, "open but cautious")) == "Thomas Keller"


def test_a_parenthetical_around_guillemets_is_one_mixed_quote_by_the_spokeswoman(extract):
    r = extract(
        "General Abdel Rahim Bashir was cautious. A spokeswoman for the Rapid Support Forces, Fatima Nour, "
        "welcomed the Swiss effort. The RSF, she said in a statement, « stands ready to engage in good faith »."
    )
    assert not any(a["kind"] == "anonymous" and "Fatima Nour" in a["name"] for a in r["actors"])
    found = [q for q in r["quotes"] if "stands ready" in q["content"]["text"]]
    assert len(found) == 1 and found[0]["kind"] == "mixed"
    assert speaker_name(r, found[0]) == "Fatima Nour"


def test_a_colon_introduction_that_shares_the_quotes_sentence(extract):
    r = extract('Envoy Thomas Keller was more guarded about timing: "I will not give you a date. Dates kill talks."')
    q = quote_with(r, "I will not give you a date")
    assert speaker_name(r, q) == "Thomas Keller"
    assert "give" not in q["cue"]["text"]


def test_a_headline_nationality_and_title_is_the_official_of_that_country(extract):
    r = extract(
        "Swiss Mediator Says Sudan Talks Could Resume\n\n"
        "Switzerland's special envoy for Sudan, Thomas Keller, said on Wednesday that talks could resume."
    )
    assert speaker_name(r, quote_with(r, "Sudan Talks Could Resume")) == "Thomas Keller"
    assert not any(a["name"] == "Swiss Mediator" for a in r["actors"])


def test_she_is_the_spokeswoman_not_the_spokesman(extract):
    r = extract(
        "Kremlin spokesman Dmitry Peskov met EU spokeswoman Anna Lind on Monday. She said the talks were useful."
    )
    assert speaker_name(r, quote_with(r, "the talks were useful")) == "Anna Lind"


def test_an_outlet_that_relays_a_named_speaker_is_the_relay_not_the_speaker(extract):
    # quote.relay
    r = extract("According to the Harbor Courier, Mayor Ines Calloway said the ferry would run until May.")
    q = quote_with(r, "the ferry would run until May")
    assert speaker_name(r, q) == "Ines Calloway"
    assert actor_of(r, q["relayed_by"])["name"] == "Harbor Courier"


def test_an_outlet_reporting_a_contact_made_to_ask_something_relays_no_words(extract):
    # quote.relay: "ask" is the purpose of the call the paper reported, not words it passes on
    r = extract(
        "The Harbor Courier reported on Tuesday that Mayor Ines Calloway had also spoken by phone with the port "
        "director, Tom Varga, to ask the port to press the pilots on safety."
    )
    q = quote_with(r, "spoken by phone")
    assert speaker_name(r, q) == "Harbor Courier"


def test_as_an_outlet_reported_introduces_what_it_reported(extract):
    # quote.as-reported
    r = extract("As the Harbor Courier reported, the ferry company would then need a new licence.")
    q = quote_with(r, "the ferry company would then need a new licence")
    assert speaker_name(r, q) == "Harbor Courier"


def test_a_speaker_inside_the_quote_marks_is_not_the_speaker(extract):
    # quote.speaker-outside-quote
    r = extract(
        '"My verdict, that was shameful," Mayor Ada Brill\'s former campaign manager said in an interview with a '
        "local paper."
    )
    q = quote_with(r, "My verdict, that was shameful")
    assert q["speaker"]["text"] == "Mayor Ada Brill's former campaign manager"
    r = extract('"One of the finest judges in the entire state," said the governor of the colony.')
    assert quote_with(r, "One of the finest judges")["speaker"]["text"] == "the governor of the colony"


def test_an_outlet_reporting_a_contact_is_not_relaying_words(extract):
    r = extract("The Harbor Courier reported that Mayor Ines Calloway and Governor Tom Reyes discussed the ferry.")
    q = quote_with(r, "discussed the ferry")
    assert speaker_name(r, q) == "Harbor Courier"
    assert "relayed_by" not in q


def test_a_titled_name_the_tagger_missed_is_a_person(extract):
    # speaker.titled-name
    r = extract("According to the Harbor Courier, Mayor Ines Calloway said the ferry would run until May.")
    actor = actor_of(r, quote_with(r, "the ferry would run")["speaker_actor"])
    assert (actor["kind"], actor["titles"]) == ("person", ["Mayor"])


def test_a_nouns_that_clause_is_what_was_said(extract):
    # quote.noun-cue
    r = extract("Governor Ada Brill's claim that the bridge had been inspected twice drew laughter in the chamber.")
    q = quote_with(r, "the bridge had been inspected twice")
    assert q["cue"]["text"] == "claim"
    assert speaker_name(r, q) == "Ada Brill"


SIGNED_PAGE = """Readers react to the stadium vote.

FACEBOOK.

The council should never have approved this. Taxpayers will pay for decades.

Margaret Olsen.

I think the stadium will bring jobs. He is right to back it.

Thomas Brandt.

TWITTER.

A waste of public money. Again.

@harbor_watcher.
"""


def test_signed_comments_belong_to_their_signers(extract):
    # quote.signed
    r = extract(SIGNED_PAGE)
    assert speaker_name(r, quote_with(r, "Taxpayers will pay for decades")) == "Margaret Olsen"
    assert speaker_name(r, quote_with(r, "the stadium will bring jobs")) == "Thomas Brandt"
    assert speaker_name(r, quote_with(r, "A waste of public money")) == "@harbor_watcher"


DASH_SIGNED_PAGE = """Readers wrote in about the ferry fares.

“Fares went up twice this year and the boats are still late.” ― Dana Whitfield
“The harbour needs a second pier before it needs new boats.”― Zorbek Quaillot.
“Nobody asked the islanders.” — @harbour_cat
“Run a night boat in summer.” ―\xa0Priya Olumide-Sandberg
“Keep the old timetable.” ― Tomas Ferreira
"""


def test_quotations_signed_after_a_dash_are_their_signers(extract):
    # quote.dash-signed: on the quotation's own line; a name the tagger misses once two lines are signed
    r = extract(DASH_SIGNED_PAGE)
    quote = quote_with(r, "Fares went up twice")
    assert speaker_name(r, quote) == "Dana Whitfield"
    assert quote["cue"]["text"] == "―"
    assert speaker_name(r, quote_with(r, "a second pier")) == "Zorbek Quaillot"
    assert speaker_name(r, quote_with(r, "Nobody asked the islanders")) == "@harbour_cat"
    # a no-break space after the dash, as pages often have, is a space
    assert speaker_name(r, quote_with(r, "Run a night boat")) == "Priya Olumide-Sandberg"


def test_a_dash_inside_a_sentence_signs_nothing(extract):
    r = extract("The mayor called the plan “a bridge too far” — Ellen Marsh, his rival, agreed on Monday.")
    assert all(speaker_name(r, q) != "Ellen Marsh" or q["cue"]["text"] != "—" for q in r["quotes"])


def test_a_lone_name_line_is_no_signature(extract):
    r = extract("The council met on Monday.\n\nIt approved the stadium plan, 7 to 2.\n\nMargaret Olsen.\n")
    assert not r["quotes"]


def test_names_heading_sections_are_not_signatures(extract):
    r = extract(
        "How each candidate could win.\n\nAda Brill\n\nShe must carry the suburbs and hold the rural vote.\n\n"
        "Tom Reyes\n\nHe needs the cities and a strong turnout among young voters.\n"
    )
    assert not any(q["speaker_actor"] and "suburbs" in q["content"]["text"] for q in r["quotes"])


def test_a_stance_adjective_attributes_its_complement(extract):
    # quote.stance-adjective
    r = extract("Several harbour councillors are wary of extending the ferry contract beyond May.")
    q = quote_with(r, "extending the ferry contract beyond May")
    assert q["cue"]["text"] == "are wary of"
    assert q["speaker"]["text"] == "Several harbour councillors"
    r = extract("Governor Tom Reyes is confident that the bridge will open in June.")
    assert speaker_name(r, quote_with(r, "the bridge will open in June")) == "Tom Reyes"


def test_a_stance_adjective_without_a_complement_attributes_nothing(extract):
    r = extract("The councillors were wary. The ferry left at noon.")
    assert r["quotes"] == []


def test_a_raised_subject_and_its_infinitive_are_what_is_expected(extract):
    # quote.raising
    r = extract("The ferry company is expected to announce a new timetable next week.")
    q = quote_with(r, "to announce a new timetable")
    assert q["cue"]["text"] == "is expected"
    assert q["content"]["text"].startswith("The ferry company")
    text = "The ferry company is expected to announce a new timetable next week."
    parts = [text[p["start"] : p["end"]] for p in q["content"]["parts"]]
    assert parts == ["The ferry company", "to announce a new timetable next week"]
    assert q["speaker"] is None


def test_a_raising_verb_names_its_agent_as_the_speaker(extract):
    r = extract("Mayor Ines Calloway is believed by her aides to favour a later deadline.")
    q = quote_with(r, "to favour a later deadline")
    assert q["speaker"]["text"] == "her aides"


def test_what_is_cited_is_the_citing_speakers(extract):
    # quote.citing
    r = extract("Fares will rise in May, the harbour master said, citing the cost of fuel.")
    q = quote_with(r, "the cost of fuel")
    assert q["cue"]["text"] == "citing"
    assert q["speaker"]["text"] == "the harbour master"
    assert quote_with(r, "Fares will rise in May")["speaker"]["text"] == "the harbour master"


def test_citing_a_source_attributes_nothing_to_the_citer(extract):
    for source in ("officials", "a senior diplomat", "internal documents"):
        r = extract(f"The talks have failed, the Harbor Courier reported, citing {source}.")
        assert not [q for q in r["quotes"] if q["cue"] and q["cue"]["text"] == "citing"], source


def test_a_raised_subject_inside_reported_words_stays_with_their_speaker(extract):
    r = extract("The envoy is expected to travel to Lisbon next week, a ministry spokeswoman said.")
    q = quote_with(r, "to travel to Lisbon")
    assert q["speaker"]["text"] == "a ministry spokeswoman"
    assert q["cue"]["text"] == "said"


def test_a_quote_going_on_with_the_last_speaker_takes_that_attribution(extract):
    # quote.continued
    r = extract(
        '"The ferry will run until May," said harbour master Ada Moss.\n\n'
        '"After that, the bridge takes over and we will all see how it goes."'
    )
    q = quote_with(r, "After that, the bridge takes over")
    assert (q["speaker"]["text"], q["cue"]["text"]) == ("harbour master Ada Moss", "said")
    assert speaker_name(r, q) == "Ada Moss"


def test_a_lone_quote_after_another_speaker_far_away_takes_no_attribution(extract):
    r = extract(
        '"The ferry will run until May," said harbour master Ada Moss.\n\n'
        + "The council met on Tuesday to discuss the budget for the coming year and the state of the roads. " * 20
        + '\n\n"Nobody asked us about any of this, not once in all these years of talk."'
    )
    q = quote_with(r, "Nobody asked us")
    assert q["speaker"] is None and q["cue"] is None


def test_a_statement_saying_speaks_for_its_issuer(extract):
    # quote.issuer
    r = extract("Mayor Ines Calloway released a statement saying the ferry would run until May.")
    q = quote_with(r, "the ferry would run until May")
    assert q["speaker"]["text"] == "Mayor Ines Calloway"
    r = extract("A statement saying the ferry would run until May was posted at the pier.")
    assert quote_with(r, "the ferry would run until May")["speaker"]["text"] == "A statement"


def test_a_fronted_participle_is_said_by_the_main_clauses_subject(extract):
    # quote.fronted-participle
    r = extract("Declaring that the ferry would run until May, Mayor Ines Calloway left the hall.")
    q = quote_with(r, "the ferry would run until May")
    assert speaker_name(r, q) == "Ines Calloway"


def test_weak_readings_of_reporting_verbs_are_not_attributions(extract):
    r = extract(
        "Ferry fares continued to rise in May. Voters cast their ballots early. "
        "The harbour master found himself alone on the pier. "
        "An official spoke on the condition of anonymity about the contract."
    )
    assert r["quotes"] == []


def test_continued_still_reports_next_to_quote_marks(extract):
    r = extract('Ada Moss took questions. "The ferry stays until May and then the bridge opens," she continued.')
    assert quote_with(r, "The ferry stays until May")["cue"]["text"] == "continued"


def test_a_prepositions_object_is_the_content_and_the_preposition_joins_the_cue(extract):
    # quote.prepositional-object
    r = extract("Senator Ada Moss railed against the new ferry fares on Monday.")
    q = quote_with(r, "the new ferry fares")
    assert (q["cue"]["text"], q["content"]["text"]) == ("railed against", "the new ferry fares")
    r = extract("Moss referred to the ferry contract as a scandal.")
    assert quote_with(r, "the ferry contract as a scandal")["cue"]["text"] == "referred to"


def test_who_is_spoken_to_is_not_what_is_said(extract):
    r = extract("Moss spoke to reporters about the ferry.")
    q = quote_with(r, "the ferry")
    assert "reporters" not in q["content"]["text"]


def _contents(r):
    return {q["cue"]["text"] if q["cue"] else None: q["content"]["text"] for q in r["quotes"]}


def test_a_content_ends_before_an_attribution_set_beside_it(extract):
    # quote.ends-before-inner
    r = extract("The pilots told the board that the pier was unsafe while the engineers said it was sound.")
    contents = _contents(r)
    assert contents["told"] == "that the pier was unsafe"
    assert contents["said"] == "it was sound"
    r = extract(
        "Councillor Ada Moss accuses the harbour board of subjecting her to a “shameful smear” about the pier "
        "repairs while the engineers suggest the cracks are older."
    )
    contents = _contents(r)
    assert contents["accuses"] == "the harbour board of subjecting her to a “shameful smear” about the pier repairs"
    assert contents["suggest"] == "the cracks are older"


def test_a_report_inside_what_is_reported_stays_in_it(extract):
    # not quote.ends-before-inner: "said" is inside what Moss insisted, and "after" dates it
    r = extract("Ada Moss insisted that she never said the ferry would stop.")
    assert _contents(r)["insisted"] == "that she never said the ferry would stop"
    r = extract("The pilots say the pier was closed after the harbour master warned of cracks.")
    assert _contents(r)["say"] == "the pier was closed after the harbour master warned of cracks"


def test_a_second_predicate_in_the_reporting_verbs_tense_ends_the_content(extract):
    # quote.second-predicate
    r = extract("The harbour master denied that the pier is unsafe and blamed the storm for the cracks.")
    assert _contents(r)["denied"] == "that the pier is unsafe"
    r = extract("The mayor proposed that more guards be posted at the pier, and pushed to close the ferry dock.")
    assert _contents(r)["proposed"] == "that more guards be posted at the pier"


def test_a_predicate_in_the_clauses_own_tense_stays_in_the_content(extract):
    # not quote.second-predicate: "met" shares the clause's subject and tense
    r = extract("The mayor said that he visited the pier and met the engineers.")
    assert _contents(r)["said"] == "that he visited the pier and met the engineers"


def test_a_partial_quote_whose_opening_mark_hangs_on_the_verb_is_reported_with_its_phrase(extract):
    r = extract(
        "She defended the harbour board against the mayor, but admitted “two or three cases” where the repair "
        "money may have “gone astray.”"
    )
    q = quote_with(r, "two or three cases")
    assert q["kind"] == "mixed"
    assert q["content"]["text"].endswith("where the repair money may have “gone astray.”")  # both marks kept


def test_a_paper_reporting_a_request_relays_no_words(extract):
    # quote.relay: "had asked the navy to prepare …" is an act the paper reports, not words it passes on
    r = extract(
        "The Harbor Courier reported that the mayor had asked the pilots to prepare plans for a winter timetable."
    )
    assert speaker_name(r, quote_with(r, "prepare plans")) == "Harbor Courier"


@pytest.mark.parametrize(
    "text",
    [
        "The new coach speaks French and some Arabic.",
        "The harbour master, who speaks fluent Portuguese, met the crews.",
    ],
)
def test_speaking_a_language_is_no_remark(extract, text):
    # quote.language-spoken
    assert extract(text)["quotes"] == []


def test_a_title_case_headline_ending_with_its_attribution(extract):
    # quote.headline-told, and actor.headline-verb: "Tells" is no part of the name before it
    r = extract(
        "Ferry Fares Are 'A Tax On Islanders,' Ada Moss Tells Harbour Board\n\n"
        "Ada Moss, the harbour master, spoke to the board on Monday about the ferry."
    )
    quote = quote_with(r, "Ferry Fares Are")
    assert (quote["content"]["text"], quote["cue"]["text"]) == ("Ferry Fares Are 'A Tax On Islanders", "Tells")
    assert speaker_name(r, quote) == "Ada Moss"
    assert not any(a["name"].endswith("Tells") for a in r["actors"])


def test_a_phrase_before_a_headlines_attribution_is_no_claim(extract):
    r = extract("Railing Against Fares, Ada Moss Vows To Cut Them\n\nAda Moss spoke to the board on Monday.")
    assert not any(q["content"]["text"].startswith("Railing") for q in r["quotes"])
