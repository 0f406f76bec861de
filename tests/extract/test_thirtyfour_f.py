"""Speakers from round thirty-four (helper f): descriptions and titles linked to the person they name, tested on
sentences written for these tests."""

from tests.extract.test_thirtyone import speakers


def test_a_description_before_anyone_is_named_is_the_holder_the_story_names_next(extract):
    # speaker.named-ahead: "the mediator" in the opening, "the Kenyan mediator, Brigadier Paul Otieno" after it
    record = extract(
        "Talks resumed on Monday, with the mediator describing the mood as “tense but serious.”\n\n"
        "Between them sits the Kenyan mediator, Brigadier Paul Otieno, who has chaired every session."
    )
    assert set(speakers(record).values()) == {"Paul Otieno"}, speakers(record)
    assert [a["name"] for a in record["actors"] if a["kind"] == "person"] == ["Paul Otieno"], record["actors"]


def test_a_description_after_someone_is_named_does_not_look_ahead(extract):
    # once a person is named, "the mediator" may be that person or someone untitled: not the one named next
    record = extract(
        "Ana Berg opened the talks on Monday, with the mediator describing the mood as “tense but serious.”\n\n"
        "Later the Kenyan mediator, Paul Otieno, arrived from Nairobi."
    )
    assert "Paul Otieno" not in speakers(record).values(), speakers(record)


def test_an_abbreviated_licentiate_before_a_name_is_no_person_of_its_own(extract):
    # title_abbreviations: "Lic." (licenciado) and "Ing." open a name, as "Hon." does; the stop ends no sentence
    record = extract(
        "Replying, the Minister-Secretary of Information, Lic. Mario Vargas Tito, said the "
        "report was false. Ing. Rosa Quispe Mamani said the road would be rebuilt."
    )
    persons = [a["name"] for a in record["actors"] if a["kind"] == "person"]
    assert persons == ["Mario Vargas Tito", "Rosa Quispe Mamani"], persons
    assert set(speakers(record).values()) == {"Mario Vargas Tito", "Rosa Quispe Mamani"}, speakers(record)


def test_the_prefect_is_the_person_titled_prefect_before(extract):
    # title_nouns: "prefect", the governor of a department or province
    record = extract(
        "The Prefect of the Department of Oruro, Mario Vargas Tito, met the miners on Monday. "
        "At the end, the Prefect said that “the dialogue is the only way.”"
    )
    assert set(speakers(record).values()) == {"Mario Vargas Tito"}, speakers(record)


def test_an_office_tagged_as_a_body_is_the_named_holders_title(extract):
    # actor.office-not-body: "Minister for International Development" names one person's office, not a body
    record = extract("Britain's Minister for International Development, Sarah Whitfield, said the money would come.")
    assert speakers(record) == {"the money would come": "Sarah Whitfield"}, speakers(record)
    assert not [a for a in record["actors"] if a["kind"] == "organization"], record["actors"]


def test_a_long_apposed_title_is_kept_up_to_its_noun(extract):
    # actor.long-title-cut: too long a title in apposition still gives its holder the office it opens with
    record = extract(
        "Li Wen, the Consul General of the People's Republic of China in Glasgow, was welcomed by the council. "
        "The Consul General said trade would grow."
    )
    assert speakers(record) == {"trade would grow": "Li Wen"}, speakers(record)
    holder = next(a for a in record["actors"] if a["name"] == "Li Wen")
    assert holder["titles"] == ["Consul General"], holder


def test_the_ministry_after_a_minister_is_that_ministers_not_the_last_listed(extract):
    # speaker.ministers-ministry: "Foreign Minister Ana Vela … the ministry" is the Foreign Ministry
    record = extract(
        "Below is what the Foreign Ministry, the Ministry of Mines and two embassies have announced.\n\n"
        "Foreign Minister Ana Vela will receive the envoy in La Paz on Monday, and the ministry described "
        "the encounter as “a conversation, not a negotiation”."
    )
    # the quoted name alone is the content (quote.named-in-quotes)
    assert speakers(record)["“a conversation, not a negotiation”"] == "Foreign Ministry", speakers(record)


def test_the_ministry_after_a_minister_of_a_ministry_the_story_never_named_is_made_from_the_title(extract):
    record = extract(
        "The Foreign Ministry said the talks would go ahead. The Minister of Local Government, Ravi Senanayake, "
        "will meet the mayor on Tuesday. The ministry said Senanayake had no objection to the visit."
    )
    assert speakers(record)["Senanayake had no objection to the visit"] == "Ministry of Local Government", speakers(
        record
    )


def test_a_ministry_named_after_the_minister_is_the_one_meant(extract):
    # not the minister's: "the Uzbek foreign ministry" stands nearer than the Kyrgyz foreign minister
    record = extract(
        "Kyrgyzstan's foreign minister, Azamat Toktogulov, was received in Tashkent on Wednesday.\n\n"
        "The two men held talks at the Uzbek foreign ministry, according to a statement from the ministry, "
        "which described the meeting as “constructive”."
    )
    assert "Foreign Ministry" not in speakers(record).values(), speakers(record)


def test_a_titles_brief_before_the_apposed_name_is_part_of_the_title(extract):
    # actor.title-brief: the name hangs on "Minister", and "of Fisheries" is still the title's
    record = extract("The Minister of Fisheries, Ravi Senanayake, will meet the mayor on Tuesday.")
    holder = next(a for a in record["actors"] if a["name"] == "Ravi Senanayake")
    assert holder["titles"] == ["Minister of Fisheries"], holder


def test_a_counted_part_of_a_group_with_at_least_speaks_as_that_part(extract):
    # speaker.plural-description, for "at least four of the nine council members": some of a group, unnamed
    record = extract("At least four of the nine harbour board members said they would vote against the plan.")
    assert speakers(record) == {
        "they would vote against the plan": "At least four of the nine harbour board members"
    }, speakers(record)
    assert [a["kind"] for a in record["actors"]] == ["group"], record["actors"]
