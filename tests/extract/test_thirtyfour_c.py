"""Speakers from round thirty-four (helper c): the causes of wrong speakers on fresh articles, tested on
sentences written for these tests."""

from tests.extract.test_thirtyone import speakers


def test_both_halves_of_a_double_family_name_tagged_apart_are_the_person(extract):
    # actor.double-family-name: the tagger takes "Haufiku" and "Shilongo" for two places
    record = extract(
        "Harbour minister Tuyeni Haufiku-Shilongo returned on Thursday.\n\n"
        "Haufiku-Shilongo told reporters at Walvis Bay International Airport that the pier was unsafe."
    )
    assert speakers(record) == {"that the pier was unsafe": "Tuyeni Haufiku-Shilongo"}, speakers(record)
    assert [a["name"] for a in record["actors"] if a["kind"] == "person"] == ["Tuyeni Haufiku-Shilongo"]


def test_the_first_half_of_a_double_family_name_tagged_alone_is_no_outlet(extract):
    # "Urrutia" of "Urrutia-Bascuñán's own account" is tagged a place, and "according to" made it an outlet
    record = extract(
        "Tomás Urrutia-Bascuñán, the envoy, met the admiral in 1978. They did not agree, but, according to "
        "Urrutia-Bascuñán's own account, the talks “kept a line open.”"
    )
    assert set(speakers(record).values()) == {"Tomás Urrutia-Bascuñán"}, speakers(record)
    assert not [a for a in record["actors"] if a["kind"] == "outlet"], record["actors"]


def test_the_same_broadcast_is_the_station_that_spoke_in_a_broadcast_before(extract):
    # speaker.document-issuer, now for pieces put out (published_works): a broadcast is its station's
    record = extract(
        "Harbour Radio, in a broadcast heard in Lagos, said the talks had gone well. "
        "The same broadcast accused “foreign trawlers” of raiding the coast."
    )
    assert speakers(record)["“foreign trawlers” of raiding the coast"] == "Harbour Radio", speakers(record)


def test_the_report_is_whoever_was_reporting(extract):
    # speaker.issued-by-verb: "are reporting that …" then "According to the report, …"
    record = extract(
        "Estonian state media are reporting that the mayor took a call last night from the Finnish minister. "
        "According to the report, the minister “expressed concern” about the pier."
    )
    assert set(speakers(record).values()) == {"Estonian state media"}, speakers(record)


def test_the_post_and_it_are_the_account_that_posted(extract):
    # speaker.issued-by-verb and pronoun.it-account: an account named by its handle is "it", and its post speaks
    record = extract(
        "On Monday an anonymous account, @PortWatcher, posted a photograph it said showed the mayor with the "
        "smugglers. “Ask who he met on the pier,” the post read."
    )
    assert set(speakers(record).values()) == {"@PortWatcher"}, speakers(record)


def test_it_after_an_official_account_is_the_account(extract):
    # pronoun.it-account: the ministry's account, not the ministry and not no one
    record = extract(
        "The ministry's official account, @PortMinistry, replied within an hour. "
        "“Fake news. The minister met nobody,” it said."
    )
    assert set(speakers(record).values()) == {"@PortMinistry"}, speakers(record)


def test_its_report_is_the_channel_named_before(extract):
    # speaker.document-owner: "its" is an outlet, which owns its report as a body owns its statement
    record = extract(
        "The ministry denied a report by the opposition channel Kanal Sever that the mayor had met the smugglers.\n\n"
        "Kanal Sever, which cited two officials, stood by its story. "
        "Its report said the two men had discussed “a new pier” at the meeting."
    )
    said = speakers(record)["the two men had discussed “a new pier” at the meeting"]
    assert said == "Kanal Sever", speakers(record)


def test_posts_under_an_at_handle_and_a_colon_are_the_posters(extract):
    # quote.handle-labelled: not the last speaker's words continued
    record = extract(
        "Ada Moss, the harbour master, said the pier would close. “It is not safe,” Moss said.\n\n"
        "WHAT OUR READERS SAY\n\n"
        "@harbour_mum: “Close it and the town dies. We have lost enough already.”\n\n"
        "@PierWatch: “Nobody asked the fishermen. Again.”\n\n"
        "@kel_b (Kel Brandt): “Publish the survey before the vote.”"
    )
    said = speakers(record)
    assert said["“Close it and the town dies. We have lost enough already.”"] == "@harbour_mum", said
    assert said["“Nobody asked the fishermen. Again.”"] == "@PierWatch", said
    assert said["“Publish the survey before the vote.”"] == "Kel Brandt", said


def test_a_double_family_name_the_tagger_missed_is_a_mention_of_its_holder(extract):
    # actor.double-family-name: "Van Wijk-Smit" untagged at a sentence's start is hers, so "she" is not Peeters
    record = extract(
        "Jan Peeters, the mayor of Lommel, met Anneke van Wijk-Smit of Bergeijk.\n\n"
        "Van Wijk-Smit had prepared the ground the day before. "
        "On Monday she posted on Twitter: “Just had a good call with the minister.”"
    )
    assert speakers(record) == {"“Just had a good call with the minister.”": "Anneke van Wijk-Smit"}, speakers(record)


def test_he_after_a_title_as_subject_is_the_person_holding_it(extract):
    # pronoun.titled-subject: "The chairman was briefer" brings Rath in; not Brandt, who spoke before
    record = extract(
        "The harbour master, Kel Brandt, met the mayor, Ada Moss, and the port's chairman, Tom Rath. "
        "Brandt said the pier was unsafe. The chairman was briefer. “We are out of money,” he said."
    )
    assert speakers(record)["“We are out of money,”"] == "Tom Rath", speakers(record)


def test_a_title_inside_the_quote_is_not_the_pronoun_after_it(extract):
    # pronoun.titled-subject: "The mayor meets many people" is said of the mayor, by the spokeswoman
    record = extract(
        "The mayor, Tom Rath, met the harbour pilots. His spokeswoman, Ada Moss, would not say why. "
        "“The mayor meets many people in the course of his work,” she said."
    )
    assert speakers(record)["“The mayor meets many people in the course of his work,”"] == "Ada Moss", speakers(record)


def test_the_name_after_an_office_in_capitals_is_the_office_holders_not_the_spokesmans(extract):
    # speaker.name-of-the-principal: the spokesman speaks, unnamed, for the minister the name belongs to
    record = extract(
        "A spokesman for the Dutch Minister of Harbours, Joost van Rijswijk, confirmed the call, saying the "
        "minister had “great respect for small towns.”"
    )
    actors = {a["id"]: a for a in record["actors"]}
    quote = record["quotes"][0]
    speaker = actors[quote["speaker_actor"]]
    assert (speaker["kind"], speaker["name"]) == ("anonymous", "spokesman for the Dutch Minister of Harbours"), speaker
    assert actors[speaker["via"]]["name"] == "Joost van Rijswijk"
    assert "Dutch Minister of Harbours" in actors[speaker["via"]]["titles"]


def test_a_spokeswoman_for_a_lower_case_office_is_still_the_name_after_it(extract):
    record = extract("A spokeswoman for the president, Marta Ruiz, said the pier was unsafe.")
    assert speakers(record) == {"the pier was unsafe": "Marta Ruiz"}, speakers(record)
