"""Speakers from round thirty-five (helper a): the causes of wrong speakers on the blind34 articles, tested on
sentences written for these tests."""

from tests.extract.test_thirtyone import speakers


def test_a_title_and_a_family_name_taken_for_a_body_are_the_person(extract):
    # actor.title-before-family-name: the tagger reads "General Brannock" as a body, like "General Motors"
    record = extract(
        "Lt. Gen. Harlan Brannock led the team to the talks on Monday. "
        "Returning to the camp, General Brannock told reporters only: “We met. We will meet again.”"
    )
    assert set(speakers(record).values()) == {"Harlan Brannock"}, speakers(record)
    assert not [a for a in record["actors"] if a["kind"] in ("organization", "outlet")], record["actors"]


def test_an_account_called_by_its_handle_is_what_it_claims_and_posts(extract):
    # speaker.account-called: "it" and "the post" after "An account called @X posted …" are @X's
    record = extract(
        "An account called @HarbourEye posted a photograph that, it claimed, showed the mayor “laughing” with the "
        "developer. “So much for the inquiry,” the post said."
    )
    assert set(speakers(record).values()) == {"@HarbourEye"}, speakers(record)


def test_an_adverb_before_the_description_is_no_part_of_the_speaker(extract):
    # speaker.leading-adverb: the parse hangs "Afterwards" on "minister", so "the" no longer opens the phrase
    record = extract(
        "Mr. Omar Haddad of Tunisia met the envoy at the villa for two hours. "
        "Afterwards the Tunisian minister, who looked tired, said their talk had been “long and useful.”"
    )
    assert set(speakers(record).values()) == {"Omar Haddad"}, speakers(record)


def test_a_lead_in_before_a_colon_is_no_part_of_the_speaker(extract):
    # quote.lead-in-colon: "Worth flagging" and "a Western diplomat" were read as two pieces of one subject
    record = extract("Worth flagging: a Western diplomat here tells us that the envoy has carried messages since May.")
    assert speakers(record) == {"that the envoy has carried messages since May": "Western diplomat here"}, speakers(
        record
    )


def test_a_description_with_a_nationality_is_the_person_of_that_country(extract):
    # speaker.national-antecedent: not the nearer guest, whose country the article never gave
    record = extract(
        "Around the table sit Mr. Karim Bensaid of Morocco and Mr. Omar Haddad of Tunisia. This morning "
        "Mr. Benali had breakfast with Mr. Haddad at the villa. The two men talked for two hours. Then the "
        "Tunisian minister said their talk had been “long and useful.”"
    )
    assert set(speakers(record).values()) == {"Omar Haddad"}, speakers(record)


def test_the_chamber_is_the_chamber_of_commerce_named_before(extract):
    # speaker.definite-org, now for "the chamber"
    record = extract(
        "The trade mission of the Harbour Chamber of Commerce returned on Tuesday. Not everyone is pleased. "
        "The chamber said in a statement that the offers were “an opportunity, not a threat.”"
    )
    assert set(speakers(record).values()) == {"Harbour Chamber of Commerce"}, speakers(record)


def test_a_joint_text_speaks_as_itself(extract):
    # speaker.document-itself: the story names no one who issued it
    record = extract(
        "The four leaders met in the capital on Monday. The joint declaration says they “reject every attempt to "
        "present violence as obedience.” The presidents met again in Niamey and, according to a joint communiqué, "
        "agreed to “accelerate the common framework.”"
    )
    said = speakers(record)
    assert said["they “reject every attempt to present violence as obedience.”"] == "joint declaration", said
    assert "joint communiqué" in said.values(), said


def test_his_officials_are_the_officials_of_the_man_just_named(extract):
    # speaker.possessive-staff: a group known by the minister's name as well as by "His officials"
    record = extract(
        "The fisheries minister, Alfred Koli, cancelled the appointment an hour beforehand. His officials said the "
        "minister would not sit down with the delegation “while our officers are called pirates.”"
    )
    assert set(speakers(record).values()) == {"Alfred Koli's officials"}, speakers(record)
    staff = next(a for a in record["actors"] if a["kind"] == "group")
    assert "His officials" in staff["aliases"], staff


def test_a_name_set_off_by_commas_after_according_to_a_title_is_the_source(extract):
    # speaker.apposed-name: the parse hung the name on the main verb, not on "press secretary"
    record = extract(
        "The meeting was hosted by the Chief Mufti. It was, according to the Mufti’s press secretary, Daulet "
        "Nurpeisov, the first time the four had sat at one table."
    )
    assert set(speakers(record).values()) == {"Daulet Nurpeisov"}, speakers(record)


def test_she_after_an_unnamed_source_who_just_spoke_is_that_source(extract):
    # pronoun.described-subject, now also when the described source's own words came after the description
    record = extract(
        "In his last chapter Kõrvits says he would like to meet Surovtsev once more. A former colleague at the "
        "ministry, who asked not to be named, said she doubted the invitation would be accepted. “Vadim never "
        "forgave him for keeping the receipt,” she said."
    )
    said = speakers(record)
    assert said["“Vadim never forgave him for keeping the receipt,”"] == "former colleague at the ministry", said


def test_papers_named_without_the_are_outlets_by_what_they_are_called_after(extract):
    # actor.outlet-by-pronoun, pronoun.it-new-subject, speaker.document-owner for a front page
    record = extract(
        "Kvarnerski Tjednik will have none of it. Its correspondent in Rijeka writes that the mayor “shook hands "
        "with everyone and talked to no one.” The paper’s editorial argues that the summit achieved “nothing.”\n\n"
        "Dalmatinski Vjesnik is more interested in a telephone call. The mayor, it reports, spoke on Tuesday with "
        "the Austrian consul to brief him on the summit. Its front page announces that the six mayors will meet "
        "again in Split in May."
    )
    outlets = {a["name"] for a in record["actors"] if a["kind"] == "outlet"}
    assert {"Kvarnerski Tjednik", "Dalmatinski Vjesnik"} <= outlets, record["actors"]
    said = speakers(record)
    assert said["that the summit achieved “nothing.”"] == "Kvarnerski Tjednik", said
    assert said["that the six mayors will meet again in Split in May"] == "Dalmatinski Vjesnik", said
    assert [s for c, s in said.items() if "spoke on Tuesday" in c] == ["Dalmatinski Vjesnik"], said
