"""Round fifty-four (Y): actors of the kind the text gives them. A person's name the tagger reads now as a person's,
now as an organisation's, is one person when the text marks it as a person's (a title, "said he", rule
actor.person-by-evidence); a one-word name after a form of address the tagger missed is that person (rule
actor.addressed-one-word); a name opening with a given name that "she" or "he" takes up is a person's (rule
actor.person-by-pronoun); a name before a company's noun ("the state-owned X corporation") is the company's (rule
actor.company-by-noun); a name ending in a hyphenated family name the tagger took alone for a person's is a person's
(rule actor.person-by-surname). Sentences written for these tests, names invented."""


def _kinds(record: dict, name: str) -> set[str]:
    return {a["kind"] for a in record["actors"] if a["name"] == name}


def _actor(record: dict, name: str) -> dict:
    return next(a for a in record["actors"] if a["name"] == name and a["kind"] == "person")


def test_a_titled_name_read_as_a_body_elsewhere_is_one_person(extract):
    record = extract(
        "Chairman Kiplagat received the ambassador on Monday. The meeting at Kiplagat's residence lasted two hours. "
        "Kiplagat said he would not go to the palace again.",
        published="2024-04-10",
    )
    assert _kinds(record, "Kiplagat") == {"person"}
    assert len(_actor(record, "Kiplagat")["mentions"]) == 3


def test_a_president_named_again_by_the_family_name_is_that_person(extract):
    record = extract(
        "President Banda met the envoy on Monday. Banda's aides said the talks went well, and Banda said he would "
        "travel to Lusaka.",
        published="2024-04-10",
    )
    assert _kinds(record, "Banda") == {"person"}


def test_a_one_word_name_after_a_form_of_address_is_the_person(extract):
    record = extract(
        "Rumours spread that Mr Dube claimed that Mr Shabangu blackmailed him. When the rumours started, Mr "
        "Shabangu, in discussion with me, set up a meeting with Mr Dube, as Mr Dube, also in his discussions with "
        "Mr Shabangu, wanted to know the truth, Sipho said.",
        published="2024-04-10",
    )
    assert not _kinds(record, "Mr Shabangu")
    assert len(_actor(record, "Shabangu")["mentions"]) == 3


def test_a_name_taken_up_as_she_is_a_person(extract):
    record = extract(
        "MOMBASA - Grace Mwale has a list of names, and her mother is on it. She walks to the camp office every "
        "morning.",
        published="2024-04-10",
    )
    assert _kinds(record, "Grace Mwale") == {"person"}


def test_a_name_taken_up_as_it_keeps_its_kind(extract):
    record = extract(
        "LONDON - Morgan Stanley said it would cut jobs. Morgan Stanley met the regulator on Monday.",
        published="2024-04-10",
    )
    assert _kinds(record, "Morgan Stanley") == {"organization"}


def test_a_name_before_a_company_noun_is_the_company(extract):
    record = extract(
        "On Monday the general met Pavel Orlov, the director general of the state-owned Kazatom corporation, and "
        "discussed energy cooperation. Kazatom’s communications department in Singapore told reporters that the two "
        "sides signed an agreement. The company said the deal would lay a foundation for more work.",
        published="2024-04-10",
    )
    assert _kinds(record, "Kazatom") == {"organization"}


def test_a_name_ending_in_a_hyphenated_family_name_said_alone_is_a_person(extract):
    record = extract(
        "The two chief negotiators, Serbia's Jelena Petrović-Kovač and Kosovo's Besnik Gashi-Rama, spent Tuesday in "
        "Brussels with the EU envoy. Petrović-Kovač told reporters afterwards that Pristina had come with demands.",
        published="2024-04-10",
    )
    assert _kinds(record, "Jelena Petrović-Kovač") == {"person"}
    assert not _kinds(record, "Petrović-Kovač")
