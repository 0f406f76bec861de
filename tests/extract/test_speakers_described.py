"""Sources named as the text describes them (descriptions.py, speakers.py, actors.py), on sentences written for
these tests: an unnamed source by its full description, a brief reference back to it, an organisation with the
state it belongs to, a body of an organisation, and a name after a qualified title."""

from typing import Any

import pytest

from backchannel.extract.actors import find_actors
from backchannel.extract.speakers import SpeakerResolver
from backchannel.records import Article
from tests.conftest import actor_of, quote_with, speaker_name


def speaker_of(record: dict[str, Any], fragment: str) -> dict[str, Any]:
    actor = actor_of(record, quote_with(record, fragment)["speaker_actor"])
    assert actor is not None, f"no speaker for {fragment!r}"
    return actor


def names(actor: dict[str, Any]) -> list[str]:
    return [actor["name"], *actor["aliases"]]


def test_the_aides_are_the_aides_the_story_brought_in(extract):
    # speaker.definite-unnamed and speaker.description-in-full
    r = extract(
        "Mayor Lena Vostrikova will sign the budget on Friday, the Harbor Courier reported, citing two aides "
        "familiar with the negotiations.\n\n"
        "The aides said the council had dropped its demand for a new stadium."
    )
    actor = speaker_of(r, "the council had dropped its demand")
    assert "two aides familiar with the negotiations" in names(actor)
    assert actor["kind"] == "anonymous"


def test_the_treasury_official_is_the_one_travelling_with_the_minister(extract):
    # speaker.definite-unnamed: the description's words are all in the phrase that brought the official in
    r = extract(
        "The minister flew to Oslo on Sunday. A senior Treasury official travelling with the minister said the "
        "levy would be halved.\n\n"
        "The Treasury official said the cut would cost about $2 billion a year."
    )
    first = speaker_of(r, "the levy would be halved")
    second = speaker_of(r, "the cut would cost about")
    assert first["id"] == second["id"]
    assert "A senior Treasury official travelling with the minister" in names(second)


def test_a_definite_description_with_other_words_is_someone_else(extract):
    # speaker.definite-unnamed: "the Danish diplomat" is not "a Norwegian diplomat"
    r = extract(
        "A Norwegian diplomat said the talks had stalled.\n\nThe Danish diplomat said the talks would resume in March."
    )
    assert speaker_of(r, "the talks had stalled")["id"] != speaker_of(r, "the talks would resume")["id"]


def test_a_relative_clause_is_part_of_the_description_but_not_its_reason(extract):
    # speaker.description-in-full: the clause saying which diplomat, without "because …"
    r = extract('"The talks are stuck," said a Norwegian diplomat who attended the session because the envoy was ill.')
    aliases = names(speaker_of(r, "The talks are stuck"))
    assert "a Norwegian diplomat who attended the session" in aliases
    assert not any("because" in a for a in aliases)


def test_a_ministry_is_named_with_its_country(extract):
    # speaker.org-in-full
    r = extract("Peru's Foreign Ministry said on Monday that the ambassador had been recalled for consultations.")
    assert "Peru's Foreign Ministry" in names(speaker_of(r, "the ambassador had been recalled"))


def test_an_embassy_is_named_with_where_it_sits(extract):
    # speaker.org-in-full
    r = extract("The Japanese Embassy in Lima said the visa office would reopen on Thursday.")
    assert "Japanese Embassy in Lima" in names(speaker_of(r, "the visa office would reopen"))


def test_a_governments_press_office_is_not_the_government(extract):
    # speaker.possessive-body
    r = extract(
        "Talks between the Chilean government and the miners' union broke down on Monday.\n\n"
        "The Chilean government's press office said the minister would meet union leaders again on Friday."
    )
    actor = speaker_of(r, "the minister would meet union leaders")
    assert actor["name"] == "Chilean government's press office"
    assert actor["kind"] == "organization"


def test_a_name_after_a_provinces_title_is_a_person(extract):
    # actor.name-after-title: "Bavaria Premier Markus Lindqvist" tagged as one organisation
    r = extract("Bavaria Premier Markus Lindqvist said the state supported the federal position.")
    actor = speaker_of(r, "the state supported the federal position")
    assert (actor["name"], actor["kind"]) == ("Markus Lindqvist", "person")


def test_a_name_with_an_initial_after_a_title_is_a_person(extract):
    # speaker.titled-name: a capitalised word before the title, an initial in the name
    r = extract(
        "The strike entered its third day on Monday. Union spokesperson J. Okonkwo said the walkout would go on."
    )
    actor = speaker_of(r, "the walkout would go on")
    assert (actor["name"], actor["kind"]) == ("J. Okonkwo", "person")


def test_one_of_a_group_apposed_to_a_name_is_that_person(extract):
    # speaker.apposed-name
    r = extract(
        "Four fishermen were released on Sunday. One of the released men, Tomas Reyes, told the Harbor Courier "
        "that the guards had taken their nets."
    )
    actor = speaker_of(r, "the guards had taken their nets")
    assert (actor["name"], actor["kind"]) == ("Tomas Reyes", "person")


def test_a_name_the_tagger_missed_after_a_title_is_the_person_named_later_by_family_name(extract):
    # speaker.apposed-name: "Per" is read as a preposition; "Ek" alone as a person
    r = extract(
        'Dock strike\n\nThe union\'s leader, Per Ek, called the offer "an insult". Ek added that the docks would '
        "stay shut."
    )
    first, later = speaker_of(r, "an insult"), speaker_of(r, "the docks would stay shut")
    assert (first["name"], first["kind"], first["titles"]) == ("Per Ek", "person", ["union's leader"])
    assert later["id"] == first["id"]


def test_an_outlet_the_text_calls_a_newspaper_is_an_outlet(extract):
    # speaker.outlet-by-noun
    r = extract("On Friday, the Harbor Ledger newspaper reported that the mayor had met the union leaders in secret.")
    actor = speaker_of(r, "the mayor had met the union leaders")
    assert (actor["name"], actor["kind"]) == ("Harbor Ledger", "outlet")


def test_the_premier_is_the_prime_minister_named_before(extract):
    # speaker.same-office
    r = extract(
        "Prime Minister Anna Lindqvist met Finance Minister Jonas Berg on Monday.\n\n"
        "The premier said the pension reform would go ahead in June."
    )
    assert speaker_of(r, "the pension reform would go ahead")["name"] == "Anna Lindqvist"


def resolved_untagged(nlp, text: str, speaker: str) -> dict[str, Any]:
    """The actor the speaker phrase at the start of ``text`` resolves to when the tagger found no names in it."""
    doc = nlp(text)
    doc.ents = []
    table = find_actors(doc, Article(text=text))
    span = doc.char_span(0, len(speaker))
    actor = table.get(SpeakerResolver(doc, table).resolve(span))
    assert actor is not None
    return actor.to_dict()


def test_a_company_is_named_without_what_is_apposed_to_it(nlp):
    # speaker.name-before-apposition
    speaker = "Mwangaza Pipes Ltd, the Nairobi firm that won the tender"
    actor = resolved_untagged(nlp, speaker + ", said the pipes had arrived.", speaker)
    assert (actor["name"], actor["kind"]) == ("Mwangaza Pipes Ltd", "organization")


def test_a_name_apposed_to_a_persons_noun_is_a_person(nlp):
    # speaker.name-before-apposition: the apposed noun says it is a person
    speaker = "Lemalu Tavita Fa'asalele, the regional governor whose powers will pass to the council"
    actor = resolved_untagged(nlp, speaker + ", tweeted that the handover would be orderly.", speaker)
    assert (actor["name"], actor["kind"]) == ("Lemalu Tavita Fa'asalele", "person")
    assert actor["titles"] == ["regional governor"]


def test_a_councillor_is_a_title_not_part_of_the_name(extract):
    # actor.name-descriptor with "councillor" among the title nouns
    r = extract("Councillor Yusuf Adebayo (Ward 4) said the tower would block the light.")
    actor = speaker_of(r, "the tower would block the light")
    assert (actor["name"], actor["kind"]) == ("Yusuf Adebayo", "person")


def test_a_citys_newspaper_is_not_an_outlet_named_after_the_city(extract):
    # speaker.outlet-by-noun: "a Baton Rouge newspaper" names where the paper is, not which paper
    r = extract("A Baton Rouge newspaper urged Governor Dale Whitcomb to visit the flooded parishes.")
    assert not any(a["kind"] == "outlet" and a["name"] == "Baton Rouge" for a in r["actors"])
    # speaker.described-source: the paper speaks as the unnamed outlet it is described as
    assert speaker_name(r, quote_with(r, "flooded parishes")) == "Baton Rouge newspaper"


def test_she_added_is_the_spokeswoman_speaking_not_the_minister_she_spoke_of(extract):
    # pronoun.last-speaker: the subject inside what she said is not who "she" is
    r = extract(
        "The ministry confirmed the call in a brief statement. Its spokeswoman, Lena Marsh, said Minister Ndaba "
        "Kgosi had raised the fishing dispute.\n\n"
        "She said Kgosi would travel to Vienna next month to chair the talks. The trip had been planned before the "
        "dispute and remained on schedule, she added."
    )
    assert speaker_of(r, "The trip had been planned")["name"] == "Lena Marsh"


def test_two_countries_foreign_ministries_are_two_speakers(extract):
    # actor.org-per-country, with speaker.org-in-full naming each with its country
    r = extract(
        "China's Foreign Ministry said the talks had been useful. Japan's Foreign Ministry said the talks had "
        "failed.\n\nThe Foreign Ministry added that no new date had been set."
    )
    china = speaker_of(r, "the talks had been useful")
    japan = speaker_of(r, "the talks had failed")
    assert china["id"] != japan["id"]
    assert "China's Foreign Ministry" in names(china) and "Japan's Foreign Ministry" in names(japan)
    assert speaker_of(r, "no new date had been set")["id"] == japan["id"]


def test_an_organisations_initials_are_the_organisation(extract):
    # actor.acronym: initials of the name, skipping "of" and "for"
    r = extract(
        "Officials from the Bureau of Coastal Fisheries met the trawler owners on Monday.\n\n"
        "The BCF said the quota would not be raised this year."
    )
    actor = speaker_of(r, "the quota would not be raised")
    assert actor["name"] == "Bureau of Coastal Fisheries"
    assert "BCF" in actor["aliases"]


def test_initials_are_the_organisation_named_in_full_inside_a_longer_phrase(extract):
    # actor.acronym-spelled-out: the full name stood only inside a longer run of capitals
    r = extract(
        "Headline\n\nCoach Dara Kim was named technical director of the Pacific Sailing Union on Friday.\n\n"
        "The PSU said the appointment would run for four years."
    )
    actor = speaker_of(r, "the appointment would run for four years")
    assert (actor["name"], actor["aliases"]) == ("Pacific Sailing Union", ["PSU"])


def test_initials_the_tagger_missed_are_the_organisation_named_in_full(extract):
    # actor.acronym: "PPSU" is no name to the tagger; it becomes an actor only when it speaks, and is then the
    # union named in full
    r = extract(
        "The Papua Pacific Sailing Union will send two judges to Suva next month.\n\n"
        "The judges will arrive on December 2, the PPSU said in a statement."
    )
    actor = speaker_of(r, "The judges will arrive")
    assert (actor["name"], actor["aliases"]) == ("Papua Pacific Sailing Union", ["PPSU"])


def test_letters_in_brackets_after_a_name_are_the_organisation(extract):
    # actor.acronym: the letters the text gives in brackets, whatever language they come from
    r = extract(
        "The Federation of Harbour Pilots (VLH) called the strike on Monday.\n\n"
        "The VLH said pilots would return to work on Thursday."
    )
    assert speaker_of(r, "pilots would return to work")["name"] == "Federation of Harbour Pilots"


def test_a_name_after_a_daily_is_an_outlet(nlp):
    # speaker.outlet-by-noun: the name right after the noun, when the tagger found no name there
    speaker = "The Lisbon daily Gazeta Atlântica"
    actor = resolved_untagged(nlp, speaker + " reported on Tuesday that the ministers had met in Porto.", speaker)
    assert (actor["name"], actor["kind"]) == ("Gazeta Atlântica", "outlet")


def test_a_title_and_the_name_after_its_comma_parsed_as_two_subjects_is_the_name(extract):
    # speaker.apposed-name: "said the guild's secretary-general, Lin Mei-hua" with the name read as a second subject
    r = extract(
        'The Harbour Pilots Guild said it would strike. "Every ship waits," said the guild’s secretary-general, '
        "Lin Mei-hua."
    )
    actor = speaker_of(r, "Every ship waits")
    assert (actor["name"], actor["kind"]) == ("Lin Mei-hua", "person")


def test_a_headlines_chief_is_the_chief_executive_the_story_names(extract):
    # actor.compound-title: "chief executive of …" after a name is a title, which the headline's "chief" finds
    r = extract(
        "'This harvest is lost,' says growers' chief\n\n"
        "DUBBO — The drought has cut the wheat crop by half, farm groups said on Monday.\n\n"
        '"This harvest is lost. We are asking for help before the planting season," said Tom Hadley, chief '
        "executive of the Grain Growers Council."
    )
    hadley = next(a for a in r["actors"] if a["name"] == "Tom Hadley")
    assert any("chief executive" in t for t in hadley["titles"])
    assert speaker_of(r, "This harvest is lost")["name"] == "Tom Hadley"


def test_he_after_a_person_brought_in_by_description_is_that_person(extract):
    # pronoun.described-subject, speaker.the-same
    r = extract(
        'Grain deal\n\nThe Danish trade minister, Lars Holm, said in a statement that the deal was "a fair start." '
        "A senior trader at one of the big Hamburg grain houses, who asked not to be named, was less kind. "
        '"They have priced a crop they cannot store," he said.\n\nThe same trader said two exporters had already '
        "held private talks with the ministry."
    )
    trader = speaker_of(r, "They have priced a crop")
    assert (trader["name"], trader["kind"]) == ("senior trader at one of the big Hamburg grain houses", "anonymous")
    assert speaker_of(r, "two exporters had already held")["id"] == trader["id"]


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (  # the unnamed source the story goes on about, not the man named in the report it denies
            'An airline official in Lima said the flights would resume on Friday. "The runway is safe," the official '
            "said.\n\nThe official also denied a report that Captain Rui Duarte had met the minister on Monday. "
            '"That meeting never took place," he said.',
            "That meeting never took place",
            "airline official in Lima",
        ),
        (  # the sentences of the quote before "he said" are skipped on the way back to the story's subject
            "Prime Minister Sione Latu was invited but did not come.\n\nA spokesman for the port authority denied "
            'the report. "Nobody from the board met the mayor. That is simply untrue," he said.',
            "That is simply untrue",
            "spokesman for the port authority",
        ),
        (  # "Another, a …": the description apposed to the subject
            "Interior Minister Pablo Reyes called the talks useful. Another, a European diplomat in Doha, was more "
            'cautious. "Nobody should read too much into one dinner," he said.',
            "Nobody should read too much",
            "European diplomat in Doha",
        ),
    ],
)
def test_he_after_a_quote_is_the_unnamed_source_the_story_just_spoke_of(extract, text, fragment, speaker):
    # pronoun.described-subject, for a quote's speaker
    r = extract(text)
    assert speaker_of(r, fragment)["name"] == speaker


def test_he_inside_what_a_described_source_said_is_not_that_source(extract):
    r = extract(
        "Walter Brandt, the union's founder, died on Sunday. A federation spokesman said he had been due to meet "
        "the new president, Ray Dufour, next month."
    )
    sides = [{a["name"] for a in r["actors"] if a["id"] in e["participants"]} for e in r["events"]]
    assert all("federation spokesman" not in side for side in sides)


def test_the_description_of_an_unnamed_source_who_just_spoke_is_that_source(extract):
    # speaker.the-same: "the scholar" right after the unnamed scholar spoke, not the minister named before
    r = extract(
        "Trade talks\n\nAsked whether the summit would go ahead, Foreign Minister Lin Qiao said only that the "
        "question would be studied.\n\nA European scholar who advises the government on trade, and who spoke on "
        'condition that he not be named, said Brussels wanted guarantees first. "A summit is a prize, not a first '
        'step," the scholar said.'
    )
    assert speaker_of(r, "A summit is a prize")["name"] == "European scholar"


def test_he_after_a_named_subject_is_still_the_named_person(extract):
    r = extract(
        "Grain deal\n\nA trader at the port watched the ships leave. The Danish trade minister, Lars Holm, was "
        'less worried. "The crop will keep," he said.'
    )
    assert speaker_of(r, "The crop will keep")["name"] == "Lars Holm"


def test_a_press_review_names_its_papers_by_what_they_do(extract):
    # actor.outlet-by-usage ("The Kemaman Star leads on …"), speaker.editorial ("An editorial in the same paper")
    r = extract(
        "PRESS REVIEW\n\nThe Kemaman Star leads on the mayor's meeting with the pilots. The paper reports that the "
        "two discussed the winter timetable.\n\nAn editorial in the same paper is less warm, arguing that the "
        'board\'s money "always comes with conditions".'
    )
    assert speaker_name(r, quote_with(r, "winter timetable")) == "Kemaman Star"
    assert speaker_name(r, quote_with(r, "always comes")) == "Kemaman Star"


@pytest.mark.parametrize(
    ("sentence", "name"),  # speaker.titled-name: "MP" is a title; a particle inside the name
    [
        (
            "Opposition MP Joost Borgh alleged during the debate that embassy officials had visited the ministry.",
            "Joost Borgh",
        ),
        (
            "Opposition MP Joost ter Borgh alleged during the debate that embassy officials had visited the ministry.",
            "Joost ter Borgh",
        ),
    ],
)
def test_a_name_with_a_particle_after_a_title_is_a_person(extract, sentence, name):
    actor = speaker_of(extract(sentence), "embassy officials had visited the ministry")
    assert (actor["name"], actor["kind"]) == (name, "person")


def test_the_prime_minister_is_not_the_deputy_nor_another_minister(extract):
    # speaker.title-fits: the title words of the description must be in the title, and no lesser rank added
    record = extract(
        "Prime Minister Ana Lindqvist opened the new pier on Monday. Transport Minister Per Holm and Deputy Prime "
        "Minister Ola Berg stood beside her.\n\n"
        "The Prime Minister said the ferry would run all winter."
    )
    assert speaker_of(record, "the ferry would run")["name"] == "Ana Lindqvist"
    record = extract(
        "Prime Minister Ana Lindqvist opened the new pier on Monday. Transport Minister Per Holm stood beside her.\n\n"
        "The prime minister said the ferry would run all winter."
    )
    assert speaker_of(record, "the ferry would run")["name"] == "Ana Lindqvist"


def test_a_military_grade_is_still_called_by_its_rank(extract):
    record = extract("Vice Admiral Ola Berg toured the harbour on Monday.\n\nThe admiral said the navy would help.")
    assert speaker_of(record, "the navy would help")["name"] == "Ola Berg"


def test_a_prime_minister_named_nowhere_is_not_the_deputy(extract):
    record = extract(
        "Deputy Prime Minister Ola Berg visited the harbour on Monday.\n\n"
        "The Prime Minister said the pier would reopen."
    )
    assert speaker_of(record, "the pier would reopen")["name"] != "Ola Berg"


def test_a_foreign_minister_is_not_the_prime_minister_and_is_named_without_the_comma_after_it(extract):
    record = extract(
        "Harbour news\n\nPrime Minister Josaia Rabuka flew over the harbour on Monday.\n\n"
        "The New Zealand foreign minister, who spoke with Rabuka by telephone on Wednesday, has offered a team of "
        "engineers, a spokeswoman for the ministry said."
    )
    minister = [a for a in record["actors"] if "foreign minister" in a["name"]]
    assert [a["name"] for a in minister] == ["New Zealand foreign minister"]
