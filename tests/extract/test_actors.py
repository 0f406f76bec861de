"""Actors: kinds, titles, countries and aliases, on sentences written for these tests."""

import pytest
from spacy.tokens import Span as SpacySpan

from backchannel.extract.actor_table import after_preposition
from backchannel.extract.actors import find_actors
from backchannel.extract.outlets import is_outlet_name
from backchannel.extract.untagged_people import of_aged, person_marked_names
from backchannel.pipeline import extract_article
from backchannel.readers.text import read_text
from backchannel.records import Article


def open_page(text, nlp):
    """Extract a pasted page as the text reader reads it (headline and furniture found)."""
    return extract_article(read_text(text, source="page.txt"), nlp).to_dict()


def find(record, name):
    return next(a for a in record["actors"] if a["name"] == name)


def test_titles_countries_and_aliases(extract):
    r = extract(
        "Russian Foreign Minister Sergey Lavrov spoke on Monday. Lavrov's aides said little. "
        "Kaja Kallas, the EU's foreign policy chief, disagreed."
    )
    lavrov = find(r, "Sergey Lavrov")
    assert lavrov["kind"] == "person" and lavrov["country"] == "RUS"
    assert "Russian Foreign Minister" in lavrov["titles"]
    assert "Lavrov" in lavrov["aliases"]
    assert any("foreign policy chief" in t for t in find(r, "Kaja Kallas")["titles"])


def test_context_corrects_the_tagger(extract):
    r = extract(
        "French diplomatic advisor Emmanuel Bonn flew to Moscow. Bonn's visit was brief. "
        "In an interview with RT, an official said nothing."
    )
    assert [a["kind"] for a in r["actors"] if a["name"] == "Emmanuel Bonn"] == ["person"]
    assert not any(a["name"] == "Bonn" for a in r["actors"])
    assert find(r, "RT")["kind"] == "outlet"


def test_organisation_country_from_its_possessor(extract):
    r = extract("China's Ministry of Commerce did not respond to a request for comment.")
    assert find(r, "Ministry of Commerce")["country"] == "CHN"


def test_dateline_and_navigation_are_not_actors(extract):
    r = extract("GENEVA — Envoys from Iran and France met on Monday, officials said.")
    assert not any(a["name"].isupper() for a in r["actors"])


def test_a_titled_name_tagged_as_an_organisation_is_a_person(nlp, extract):
    text = "He met the Kosovo foreign minister, Arben Krasniqi, in Brussels. The Kosovo Security Council met later."
    assert ("Arben Krasniqi", "ORG") in [(e.text, e.label_) for e in nlp(text).ents]  # the tagger's slip
    r = extract(text)
    krasniqi = find(r, "Arben Krasniqi")
    assert krasniqi["kind"] == "person"
    assert any("foreign minister" in t for t in krasniqi["titles"])
    assert not any(a["kind"] == "person" and "Council" in a["name"] for a in r["actors"])


def test_family_name_first_is_the_same_person(extract):
    r = extract(
        "South Korean Foreign Minister Park Ji-hoon met Chinese Vice Premier Liu Qiang on Monday. "
        "Park travelled on to Tokyo. Liu said the meeting went well."
    )
    people = [a["name"] for a in r["actors"] if a["kind"] == "person"]
    assert sorted(people) == ["Liu Qiang", "Park Ji-hoon"]


def test_the_leaders_of_a_country_name_the_country(extract):
    r = extract("A summit of the leaders of China, Japan and South Korea could take place in May.")
    assert {"China", "Japan", "South Korea"} <= {a["name"] for a in r["actors"] if a["kind"] == "country"}


def test_a_title_case_headline_is_not_an_organisation(extract):
    r = extract("Kremlin Silent on Report of Secret Finnish Channel\n\nThe Kremlin said nothing on Monday.")
    assert not any("Silent" in a["name"] for a in r["actors"])


def test_a_country_the_tagger_calls_an_organisation_is_a_country(nlp, extract):
    text = "Paraguay's foreign minister, Julio Benítez, denied the report."
    r = extract(text)
    assert find(r, "Paraguay")["kind"] == "country"


def test_a_title_before_a_name_even_when_the_parse_is_lost(extract):
    r = extract("Virtanen and Russian President Vladimir Putin have not spoken since 2022.")
    putin = find(r, "Vladimir Putin")
    assert putin["country"] == "RUS" and "Russian President" in putin["titles"]


def test_a_two_word_nationality_in_a_title(extract):
    r = extract("South Korean President Lee Jae-won will visit Tokyo in July.")
    assert find(r, "Lee Jae-won")["country"] == "KOR"


def test_a_headline_the_tagger_calls_a_person_is_not_one(extract):
    r = extract("Élysée Envoy Held Secret Talks in Tehran, Le Monde Reports\n\nThe envoy returned on Monday.")
    assert not any("Talks" in a["name"] for a in r["actors"])


def test_a_capitalised_common_word_in_a_headline_is_no_actor(nlp):
    page = (
        "Putin and Erdogan Discuss Black Sea Deal by Phone\n\nPublished: 2026-08-07\n\n"
        "ANKARA — Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan discussed the revival "
        "of the Black Sea grain deal in a telephone call on Thursday, both the Kremlin and the Turkish presidency "
        "said.\n"
    )
    assert "Phone" not in [a["name"] for a in open_page(page, nlp)["actors"]]


def test_secretary_of_state_and_lowercase_titles_give_names_and_countries(extract):
    r = extract(
        "Foreign Minister Sergei Orlov spoke with U.S. Secretary of State Mark Ellison. Chinese Foreign Minister "
        "Wang Lei later met his Russian counterpart Sergei Orlov. China's foreign ministry spokeswoman Hua Lin "
        "said she had no information."
    )
    people = {a["name"]: a for a in r["actors"] if a["kind"] == "person"}
    assert "State Mark Ellison" not in people
    assert people["Mark Ellison"]["country"] == "USA"
    assert people["Sergei Orlov"]["country"] == "RUS"
    assert people["Hua Lin"]["country"] == "CHN"


def test_a_headline_run_into_blank_lines_is_not_an_organisation(extract):
    r = extract("China's Top Diplomat Visits Moscow Ahead of Summit\n\n   \n\nThe minister arrived on Thursday.")
    assert not any("Visits" in a["name"] for a in r["actors"])


def test_a_family_name_the_tagger_calls_an_organisation_is_the_person(nlp):
    page = open_page(
        "China's Top Diplomat Visits Moscow Ahead of Summit\n\nPublished: 2026-04-10\n\n"
        "MOSCOW — Chinese Foreign Minister Wang Lei arrived in Moscow on Thursday for two days of talks with his "
        "Russian counterpart Sergei Orlov, the Russian foreign ministry said.\n\n"
        "Wang is also expected to be received by President Vladimir Putin on Friday, Kremlin spokesman Dmitry "
        "Peskov told reporters.\n",
        nlp,
    )
    assert "Wang" not in [a["name"] for a in page["actors"]]


def test_a_descriptor_before_a_name_is_a_title_not_part_of_the_name(extract):
    # actor.name-descriptor
    r = extract(
        "Billionaire Harold Voss bought the stadium on Monday. "
        'Speaker Nora Quill said the sale was legal. "We checked," Voss said.'
    )
    names = {a["name"] for a in r["actors"] if a["kind"] == "person"}
    assert {"Harold Voss", "Nora Quill"} <= names
    assert "Billionaire" in find(r, "Harold Voss")["titles"]


def test_surname_aliases_for_names_with_particles(extract):
    # actor.surname-particle
    r = extract(
        "UN envoy Tomas de Vallier met rebel negotiator Karim al-Nouri in Geneva on Tuesday. "
        "De Vallier said the talks were useful. Nouri said they were not."
    )
    vallier, nouri = find(r, "Tomas de Vallier"), find(r, "Karim al-Nouri")
    assert vallier["kind"] == "person" and "de Vallier" in vallier["aliases"]
    assert "Nouri" in nouri["aliases"]
    speakers = {q["content"]["text"]: q["speaker_actor"] for q in r["quotes"]}
    assert speakers["the talks were useful"] == vallier["id"]
    assert speakers["they were not"] == nouri["id"]


def test_a_surname_with_its_article_prefix_is_the_person(extract):
    # actor.surname-particle: "al-Qadiri" alone, which the tagger may read as an organisation
    r = extract(
        "The council's spokesman, Yusuf al-Qadiri, spoke after the vote. "
        '"We were not consulted," al-Qadiri said on behalf of the council.'
    )
    qadiri = find(r, "Yusuf al-Qadiri")
    assert {"al-Qadiri", "Qadiri"} <= set(qadiri["aliases"])
    assert [q["speaker_actor"] for q in r["quotes"]] == [qadiri["id"]]
    assert not [a for a in r["actors"] if a["name"] == "al-Qadiri"]


def test_a_name_cut_after_a_particle_runs_on(extract):
    r = extract("Greta von der Halden spoke on Monday; von der Halden said little.")
    assert find(r, "Greta von der Halden")["kind"] == "person"


def test_a_fronted_participle_is_not_part_of_the_name_after_it(extract):
    # actor.leading-participle: the tagger reads "Meeting Lavrov" as one name
    r = extract("Meeting Lavrov in Geneva, Blinken pressed for a truce. Sterling Okafor, 61, said little.")
    names = {a["name"] for a in r["actors"] if a["kind"] == "person"}
    assert "Lavrov" in names and "Meeting Lavrov" not in names
    assert "Sterling Okafor" in names  # a given name in -ing stays


def test_the_medium_a_statement_went_out_on_is_no_party_to_it(extract):
    # actor.medium
    r = extract(
        "Senator Ada Moss said on Twitter that the ferry deal was a scandal. "
        "Her rival, Tomas Berg, said in an interview on Harbour Radio that he disagreed."
    )
    kinds = {a["name"]: a["kind"] for a in r["actors"]}
    assert kinds["Twitter"] == "outlet" and kinds["Harbour Radio"] == "outlet"
    r = extract('Critics were loud. "The new fares are a disaster," wrote @harbourwatch on Twitter.')
    assert {a["name"]: a["kind"] for a in r["actors"]}.get("Twitter") == "outlet"  # tagged as a person
    assert [q["speaker"]["text"] for q in r["quotes"]] == ["@harbourwatch"]
    r = extract("The ministry issued a statement on Hamas and its leaders on Monday.")
    assert {a["name"]: a["kind"] for a in r["actors"]}.get("Hamas") != "outlet"  # what it was about
    assert {kinds[speaker_name] for speaker_name in ("Ada Moss", "Tomas Berg")} == {"person"}


def test_an_outlet_and_its_short_name_are_one_outlet(extract):
    # actor.outlet-alias
    r = extract("The agency Sanwa News reported the talks. Sanwa said a Japanese diplomat attended.")
    outlets = [a for a in r["actors"] if a["kind"] == "outlet"]
    assert [(o["name"], o["aliases"]) for o in outlets] == [("Sanwa News", ["Sanwa"])]


def test_country_from_an_earlier_description_of_the_same_person(extract):
    # actor.country-from-context
    r = extract(
        "A senior Japanese diplomat flew to Seoul on Monday for talks.\n\n"
        "The diplomat, Keiko Arisawa, said the talks went well."
    )
    assert find(r, "Keiko Arisawa")["country"] == "JPN"


def test_country_from_the_officials_a_named_official_belongs_to(extract):
    r = extract("The envoy held talks with North Korean officials in Hanoi. He met Vice Foreign Minister Pak Song Il.")
    assert find(r, "Pak Song Il")["country"] == "PRK"


def test_a_papers_short_name_is_the_same_outlet(extract):
    # actor.outlet-alias, actor.outlet-by-usage
    r = extract(
        "The envoy met the foreign minister in Oslo on Monday, the Daily Ledger reported. "
        "The Ledger said the talks lasted two hours."
    )
    outlets = [a for a in r["actors"] if a["kind"] == "outlet"]
    assert [o["name"] for o in outlets] == ["Daily Ledger"]
    assert {q["speaker_actor"] for q in r["quotes"]} == {outlets[0]["id"]}


@pytest.mark.parametrize("speaker", ["The negotiator", "Okonkwo"])
def test_a_paper_that_reports_is_no_person_even_when_its_short_name_comes_back(extract, speaker):
    # actor.outlet-by-usage: "Daily Ledger", tagged as a title, and "the Ledger" again later (after a surname,
    # the name read as an untagged person's)
    r = extract(
        f'{speaker} said the talks were "useless," the Daily Ledger reported, and the Ledger added that no '
        "date was set."
    )
    ledger = find(r, "Daily Ledger")
    assert ledger["kind"] == "outlet" and "Ledger" in ledger["aliases"]


def test_a_paper_that_reports_is_an_outlet_whatever_the_tagger_said(extract):
    r = extract(
        "Officials met in Oslo, The Morning Clarion reported on Tuesday. According to the Clarion, it was tense."
    )
    clarion = find(r, "Morning Clarion")
    assert clarion["kind"] == "outlet" and "Clarion" in clarion["aliases"]


def test_a_paper_the_tagger_named_without_its_article_is_an_outlet(extract):
    record = extract("The talks will resume in May, according to The Clarion.")
    clarion = [a for a in record["actors"] if a["name"].endswith("Clarion")]
    assert clarion and all(a["kind"] == "outlet" for a in clarion)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # left untagged by the small model in this sentence
        (
            '"This is not bad luck. This is a drain that has been blocked for years," Anand Prakash, president of '
            "the Sigatoka Chamber of Commerce, told a meeting on Wednesday.",
            "Anand Prakash",
        ),
        # tagged as an organisation
        (
            "The town's special administrator, Mereani Tuivaga, acknowledged that work had been delayed.",
            "Mereani Tuivaga",
        ),
        # a hyphenated surname, tagged as an organisation
        (
            "Ewa Zielińska-Nowak, an agricultural economist at the Institute for Rural Economy in Lublin, said the "
            "impact was likely to be modest.",
            "Ewa Zielińska-Nowak",
        ),
    ],
)
def test_a_name_the_tagger_missed_is_a_person_when_apposed_to_a_persons_noun(extract, text, name):
    # actor.person-by-apposition (each sentence gives no such person without the rule)
    r = extract("Headline about the town\n\n" + text)
    assert [a["kind"] for a in r["actors"] if a["name"] == name] == ["person"]


def test_an_age_after_a_name_makes_it_a_person(extract):
    r = extract("Headline\n\nSione Latu, 61, said the water had reached his roof within an hour.")
    assert find(r, "Sione Latu")["kind"] == "person"


def test_a_name_given_an_age_is_a_person_whatever_the_tagger_said(nlp):
    # actor.person-by-age: the tagger's organisations, as it read such names in feature stories
    doc = nlp('The shop of Sefo Tuala flooded at dawn. "We lost everything," said Tuala, 47, a cloth trader.')
    full = next(i for i, t in enumerate(doc) if t.text == "Sefo")
    alone = max(i for i, t in enumerate(doc) if t.text == "Tuala")
    ents = [SpacySpan(doc, full, full + 2, label="ORG"), SpacySpan(doc, alone, alone + 1, label="ORG")]
    aged = person_marked_names(ents)
    assert aged == {"Tuala"}
    assert of_aged(ents[0], aged)  # the full name that family name ends


def _org_spans(doc, *names):
    """The tagger's organisations over ``names`` (each a tuple of words), as it reads such names in some stories."""
    spans = []
    for words in names:
        start = next(i for i in range(len(doc)) if [t.text for t in doc[i : i + len(words)]] == list(words))
        spans.append(SpacySpan(doc, start, start + len(words), label="ORG"))
    return spans


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The board heard from Paolo Zanetti, who ran the agency until May.", ("Paolo", "Zanetti")),  # by-who
        ("Maria Okonjo, whose son was hurt in the crash, wrote to the council.", ("Maria", "Okonjo")),
    ],
)
def test_a_name_taking_who_is_a_person_whatever_the_tagger_said(nlp, text, name):
    # actor.person-by-who: only a person takes "who", or "whose" with a son or a wife
    doc = nlp(text)
    assert person_marked_names(_org_spans(doc, name)) == {" ".join(name)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Harlow Freight, whose shares fell on Monday, met the regulator.", ("Harlow", "Freight")),
        ("Harlow Freight, which owns the depot, met the regulator.", ("Harlow", "Freight")),
    ],
)
def test_an_organisation_taking_which_or_whose_shares_is_not_marked(nlp, text, name):
    assert person_marked_names(_org_spans(nlp(text), name)) == set()


def test_a_name_after_a_form_of_address_is_a_person_and_so_is_the_full_name(nlp):
    # actor.person-by-address: "Mr Dror" tagged as an organisation, as the full name before it
    doc = nlp("The envoy met Ilan Dror in Vienna on Friday. Mr Dror said little.")
    full, alone = _org_spans(doc, ("Ilan", "Dror"), ("Dror", "said"))
    alone = SpacySpan(doc, alone.start, alone.start + 1, label="ORG")
    marked = person_marked_names([full, alone])
    assert marked == {"Dror"}
    assert of_aged(full, marked)


def test_a_full_name_whose_family_name_is_a_person_alone_is_a_persons(extract):
    # actor.person-by-surname: the tagger reads "Ilan Dror" as an organisation and "Dror" as a person
    r = extract("Vienna talks\n\nThe envoy met Ilan Dror in Vienna on Friday. Mr Dror said little.")
    assert find(r, "Ilan Dror")["kind"] == "person"


def test_a_name_echoed_alone_as_a_subject_is_a_person(extract):
    r = extract(
        "Headline\n\nThe plan was shelved, Mosese Vaka said on Monday.\n\n"
        "Vaka, who drew up the plan in 2015, said it had never been funded."
    )
    assert find(r, "Mosese Vaka")["kind"] == "person"


def test_a_storm_is_not_a_person(extract):
    # actor.event-name
    r = extract("Headline\n\nThe bridge has been closed since Typhoon Lorena struck the coast, officials said.")
    assert not any("Lorena" in a["name"] for a in r["actors"])


def test_a_city_used_as_a_place_is_not_a_person(extract):
    # actor.city-not-person: the tagger reads some cities as people; used as a place they are not actors
    r = extract("Headline\n\nThousands fled Mingora on Sunday, and a news conference was held in Belo Horizonte.")
    assert not any(a["name"] in ("Mingora", "Belo Horizonte") for a in r["actors"])


def test_a_city_tagged_as_a_building_is_a_place(nlp):
    # actor.city-not-building: the tagger reads some cities as buildings ("in Luang Prabang")
    text = "The minister met farmers' leaders in Chiang Rai at the weekend."
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == "Chiang")
    doc.ents = [SpacySpan(doc, start, start + 2, label="FAC")]
    table = find_actors(doc, Article(text=text))
    assert not any(a.name == "Chiang Rai" for a in table.actors)


def test_a_name_cut_one_word_short_runs_on(extract):
    # actor.name-run-on
    r = extract("Headline\n\nIn a long ruling, Judge Helena Guimarães Prado wrote that the firm had ignored the risk.")
    assert find(r, "Helena Guimarães Prado")["kind"] == "person"


def test_a_three_word_name_is_found_again_by_its_middle_word(extract):
    # actor.inner-surname
    r = extract(
        "Headline\n\nHis sister, Lucía Ferreyra Soto, spoke outside the court.\n\n"
        "Ferreyra said the family would appeal."
    )
    lucia = find(r, "Lucía Ferreyra Soto")
    quote = next(q for q in r["quotes"] if "would appeal" in q["content"]["text"])
    assert quote["speaker_actor"] == lucia["id"]


def test_a_persons_own_description_outranks_the_officials_beside_them(extract):
    # actor.country-from-context: the officials met give their country to an official met next to them only
    r = extract(
        "Headline\n\nA senior Kenyan diplomat flew to Addis Ababa for talks with Ethiopian officials, "
        "the paper said.\n\n"
        "The diplomat, Director-General Wanjiru Otieno, met Deputy Foreign Minister Tesfaye Alemu on Monday.\n\n"
        "The talks covered water rights.\n\n"
        "Cabinet Secretary Baraka Mwangi said he could not confirm the report."
    )
    assert find(r, "Wanjiru Otieno")["country"] == "KEN"
    assert find(r, "Tesfaye Alemu")["country"] == "ETH"
    assert find(r, "Baraka Mwangi")["country"] is None


def test_the_other_side_of_a_meeting_gives_no_country(extract):
    # actor.country-not-counterpart: the Chilean envoy is who Varga met, not one of Varga's officials
    r = extract("Headline\n\nThe Chilean envoy met Deputy Foreign Minister Tomas Varga in Lima on Thursday.")
    assert find(r, "Tomas Varga")["country"] is None
    r = extract(
        "Headline\n\nThe Chilean envoy held talks with Peruvian officials on Wednesday. "
        "The Chilean envoy met Deputy Foreign Minister Tomas Varga on Thursday."
    )
    assert find(r, "Tomas Varga")["country"] == "PER"


def test_a_name_apposed_to_a_title_with_a_phrase_is_a_titled_person(extract):
    # actor.apposed-through-phrase: the parse hangs the name on "Yemen", the end of the title's phrase
    r = extract(
        "Headline\n\nThe UN special envoy for Yemen, Hanna Lindqvist, arrived in Aden on Monday. "
        "Lindqvist said the truce was holding."
    )
    envoy = find(r, "Hanna Lindqvist")
    assert envoy["kind"] == "person"
    assert any("envoy for Yemen" in title for title in envoy["titles"])
    assert envoy["country"] != "YEM"  # actor.country-from-title: where she is posted, not her country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("President Lucia Marr of Argentina spoke by phone with the prime minister.", "Lucia Marr", "ARG"),
        ("Prime Minister Tomas Hale of the United Kingdom met the envoy on Monday.", "Tomas Hale", "GBR"),
        ("Governor Dana Pruitt of Texas met the envoy on Monday.", "Dana Pruitt", None),
    ],
)
def test_a_country_after_a_name_is_the_persons(extract, text, name, country):
    # actor.country-after-name; a state is not a country
    assert find(extract("Headline\n\n" + text), name)["country"] == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # actor.name-run-on: the tagger leaves the second syllable of a Korean given name out
        (
            "President Han Ji-woo and Prime Minister Kenji Sato spoke by phone. Han said the call went well.",
            "Han Ji-woo",
        ),
        # actor.name-run-on: the tagger leaves the second half of a double family name out
        (
            "Prime Minister Andrei Cojocaru-Vieru said he was ready to meet Pavel Krivoruchko. Cojocaru-Vieru added "
            "that he was hopeful.",
            "Andrei Cojocaru-Vieru",
        ),
        # actor.family-name-words: given name and first family name for the full name
        (
            "Foreign Minister Julián Ortega Salinas met the envoy. Later, Julián Ortega said he was hopeful. Ortega "
            "added that talks would go on.",
            "Julián Ortega Salinas",
        ),
    ],
)
def test_later_and_partial_forms_of_a_name_are_one_person(extract, text, name):
    people = [a for a in extract("Headline\n\n" + text)["actors"] if a["kind"] == "person"]
    assert [p["name"] for p in people if name.split()[0] in p["name"]] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A delegation of clerics led by Sheikh Usman Garba Dikko met the governor on Saturday.", "Usman Garba Dikko"),
        ("The talks were led by Sheikh Usman Dikko and Imam Musa Lawal.", "Usman Dikko"),
        ("Malaysian Foreign Minister Tan Sri Musa Hamid met Thai officials in Bangkok on Monday.", "Musa Hamid"),
        ("Pastor Peter Kila met Rev. John Mba in Port Moresby on Friday.", "John Mba"),
    ],
)
def test_an_honorific_is_no_part_of_the_name(extract, text, name):
    """actor.honorific: the tagger takes the honorific in, often as an organisation's name."""
    people = [a["name"] for a in extract("Headline\n\n" + text)["actors"] if a["kind"] == "person"]
    assert name in people


def test_an_honorific_before_a_family_name_named_in_full_is_that_person(extract):
    # actor.honorific: "Bishop Crăciun", "Father Arhip", which the tagger may take for organisations
    record = extract(
        "Headline\n\nThe minister chose Bishop Iustin Crăciun over Father Nicolae Arhip in April. She said she had "
        "received both Bishop Crăciun and Father Arhip together at the ministry on May 8."
    )
    people = {a["name"]: a for a in record["actors"] if a["kind"] == "person"}
    assert {"Iustin Crăciun", "Nicolae Arhip"} <= set(people)
    assert not [a for a in record["actors"] if a["name"].startswith(("Bishop", "Father"))]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # actor.after-the-brief: the tagger takes the end of the brief into the name
        (
            "Minister of Natural Resources and Environment Nguyen Van Hung received the Thai ambassador in Hanoi.",
            "Nguyen Van Hung",
            None,
        ),
        (
            "Minister of Foreign Affairs and International Cooperation Naledi Dlamini met Kenyan officials.",
            "Naledi Dlamini",
            "Minister of Foreign Affairs and International Cooperation",
        ),
        # a plural title before two names is no part of the first
        ("Governors Martha Lopez-Diaz and Carlos Soto met growers in Nogales on Friday.", "Martha Lopez-Diaz", None),
        # a nationality, a title and its brief before a name the tagger did not tag
        (
            "— Cambodian Minister of Water Resources Sok Chenda Vannak and Mr Khoa met in Phnom Penh in 2014.",
            "Sok Chenda Vannak",
            "Cambodian Minister of Water Resources",
        ),
    ],
)
def test_a_title_before_a_name_is_no_part_of_it(extract, text, name, title):
    people = {a["name"]: a for a in extract("Headline here\n\n" + text)["actors"] if a["kind"] == "person"}
    assert name in people
    if title:
        assert title in people[name]["titles"]


def test_a_person_the_tagger_ran_into_a_place_is_cut_out(nlp):
    # actor.split-at-preposition
    doc = nlp("The talks at Government House with Helena Marsh went on past midnight.")
    start = next(i for i, t in enumerate(doc) if t.text == "Government")
    end = next(i for i, t in enumerate(doc) if t.text == "Marsh") + 1
    assert after_preposition(SpacySpan(doc, start, end, label="ORG")).text == "Helena Marsh"
    assert after_preposition(SpacySpan(doc, start, start + 2, label="ORG")) is None  # "Government House" alone


def test_a_one_word_name_under_a_title_runs_on_to_the_family_name(nlp):
    # actor.name-run-on: the tagger took only the given name of a name it does not know
    text = "Harbour Minister Somchai Rattanawong and the mayor inspected the pier on Monday."
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == "Somchai")
    doc.ents = [SpacySpan(doc, start, start + 1, label="PERSON")]
    table = find_actors(doc, Article(text=text))
    assert [a.name for a in table.persons()] == ["Somchai Rattanawong"]


def test_an_untagged_name_after_a_title_is_a_person(nlp):
    # actor.person-by-apposition: a title before a name the tagger left out
    text = "Harbour Board Secretary-General Rosli Hamzah said the pier would close in May."
    doc = nlp(text)
    doc.ents = [SpacySpan(doc, 0, 2, label="ORG")]
    table = find_actors(doc, Article(text=text))
    assert [a.name for a in table.persons()] == ["Rosli Hamzah"]


def test_a_title_with_of_after_it_is_no_name(nlp):
    text = "Later the Chief Harbour Officer of Kemaman told the pilots to wait."
    doc = nlp(text)
    doc.ents = []
    table = find_actors(doc, Article(text=text))
    assert not table.persons()


def test_a_source_after_a_name_is_no_title_of_it(extract):
    # "…, U Kyaw Lwin, a port official said": the official is the subject of "said", not apposed to the name
    r = extract(
        "Headline\n\nThe harbour minister met Burma's transport minister, U Kyaw Lwin, a port official said on Friday."
    )
    assert "port official" not in find(r, "Kyaw Lwin")["titles"]  # "U", a Burmese style, no part of the name


def test_where_a_person_named_by_a_noun_lives_is_a_place(extract):
    # actor.city-not-person: "a community leader in Teluk Batik", whatever the tagger said
    r = extract('Headline\n\n"They want to send us home," said Nur Alam, a community leader in Teluk Batik.')
    assert not any(a["name"] == "Teluk Batik" for a in r["actors"])


@pytest.mark.parametrize("name", ["The Kemaman Star", "Harbour Courier", "The Coastal Sentinel", "Island Dispatch"])
def test_a_name_ending_in_a_papers_word_is_an_outlets(name):
    assert is_outlet_name(name)


def test_a_papers_word_after_the_is_that_paper_not_a_person(extract):
    # actor.outlet-by-usage: the tagger reads "Herald" as a person's name
    record = extract(
        "Minister of Sports Tuala Sione Ah Chong told the Herald he would chair a meeting. "
        '"My job is to keep both of them at the table," he said.'
    )
    kinds = {a["name"]: a["kind"] for a in record["actors"]}
    assert kinds.get("Herald") == "outlet"


def test_the_articles_own_outlet_named_in_its_text_is_that_outlet(extract):
    # actor.outlet-by-usage: "told La Voz del Sur", which the tagger reads as a person's name
    record = extract(
        "Union president Marta Quispe Limachi told La Voz del Sur afterwards that the minister had promised to "
        'review the fees. "The Church only opens doors," the bishop said.',
        outlet="La Voz del Sur",
    )
    kinds = {a["name"]: a["kind"] for a in record["actors"]}
    assert kinds.get("La Voz del Sur") == "outlet"


def test_a_name_with_binti_is_one_person_called_by_the_given_name(extract):
    # actor.surname-particle: "Hasnah" and "Omar" tagged apart around "binti"; "Hasnah" is how the press shortens it
    record = extract(
        "Malaysian Deputy Minister Datuk Hasnah binti Omar said on Tuesday that the talks were useful. "
        '"There was no dinner," Hasnah said.'
    )
    people = [a for a in record["actors"] if a["kind"] == "person"]
    assert [(a["name"], a["aliases"]) for a in people] == [("Hasnah binti Omar", ["Datuk Hasnah binti Omar", "Hasnah"])]
    assert {q["speaker_actor"] for q in record["quotes"]} == {people[0]["id"]}


def test_a_title_before_a_form_of_address_is_the_persons(extract):
    # actor.honorific: "Malaysian Foreign Minister" is Musa Hamid's title, across "Tan Sri"
    record = extract("Malaysian Foreign Minister Tan Sri Musa Hamid met Thai officials in Bangkok on Monday.")
    person = next(a for a in record["actors"] if a["kind"] == "person")
    assert (person["name"], person["titles"], person["country"]) == (
        "Musa Hamid",
        ["Malaysian Foreign Minister"],
        "MYS",
    )


def test_a_form_of_address_that_is_a_title_stays_a_title(extract):
    # actor.honorific: "Bishop" leaves the name but stays among its titles
    record = extract(
        "Bishop Renato Ilagan Cruz met the mayor twice in Tagum. The mayor thanked him, the bishop said on Monday."
    )
    person = next(a for a in record["actors"] if a["name"] == "Renato Ilagan Cruz")
    assert "Bishop" in person["titles"]


def test_a_family_name_inside_a_hyphenated_one_is_not_that_family_members(extract):
    # a bare family name the tagger missed joins its person, but "Faleolo" of "Mele Faleolo-Schmidt" is hers
    text = (
        "Pilot dies\n\nHarbour pilot Tavita Leota Sione Faleolo died on Sunday at 78.\n\n"
        '"He guided every ship in," his eldest daughter, Mele Faleolo-Schmidt, told the Harbour Herald.\n\n'
        'Faleolo joined the pilots in 1966.\n\n"He gave his whole life to the harbour," Mele Faleolo-Schmidt said.'
    )
    record = extract(text)
    quote = next(q for q in record["quotes"] if "whole life" in q["content"]["text"])
    speaker = next(a for a in record["actors"] if a["id"] == quote["speaker_actor"])
    assert speaker["name"] == "Mele Faleolo-Schmidt"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "The council gave the contract to Harbourline Partners in May.\n\n"
            "Harbourline says the fares will not rise before 2027.",
            "Harbourline Partners",
        ),
        (
            "The council gave the contract to Kestrel Marine Holdings in May, after talks with Mayor Ada Moss.\n\n"
            "Kestrel Marine said the fares would not rise before 2027.",
            "Kestrel Marine Holdings",
        ),
    ],
)
def test_a_company_named_without_its_corporate_word_is_that_company(extract, text, company):
    # actor.company-short-name
    record = extract("Ferry contract\n\n" + text)
    quote = next(q for q in record["quotes"] if "fares" in q["content"]["text"])
    speaker = next(a for a in record["actors"] if a["id"] == quote["speaker_actor"])
    assert (speaker["name"], speaker["kind"]) == (company, "organization")


def test_a_place_name_right_after_a_name_is_its_second_family_name(extract):
    # actor.name-run-on: "Valdivia" (a Chilean city, to the tagger) ends "Ximena Soto Valdivia"
    record = extract(
        "Mine strike\n\nThe company's chief executive, Martin Keller, spoke by telephone on Tuesday with Labour "
        "Minister Ximena Soto Valdivia, according to two people familiar with the call.",
        published="2026-03-12",
    )
    names = {a["name"] for a in record["actors"]}
    assert "Ximena Soto Valdivia" in names and "Ximena Soto" not in names
    (event,) = record["events"]
    assert {a["name"] for a in record["actors"] if a["id"] in event["participants"]} == {
        "Martin Keller",
        "Ximena Soto Valdivia",
    }


def test_a_form_of_address_and_a_family_name_tagged_as_a_body_is_the_person(extract):
    # actor.addressed-given-name: "Ms Sapolu", tagged an organisation, is Rosa Sapolu, named in full before
    record = extract(
        "Court report\n\nUnder cross-examination by Ms Rosa Sapolu, counsel for the company, the director agreed "
        "that he had not attended the board meetings since 2006.\n\nThe judge asked both sides whether they would "
        "accept a mediator. Ms Sapolu said her client was willing to take part; the other side said it would seek "
        "instructions."
    )
    quote = next(q for q in record["quotes"] if "willing" in q["content"]["text"])
    speaker = next(a for a in record["actors"] if a["id"] == quote["speaker_actor"])
    assert (speaker["name"], speaker["kind"]) == ("Rosa Sapolu", "person")


def test_a_family_name_of_two_words_in_the_headline_is_the_person_named_in_full_after(extract):
    # actor.family-name-words: "Ó Dálaigh" before "Seán Ó Dálaigh" is one person
    record = extract(
        "Ó Dálaigh holds talks with Spanish fisheries chief\n\n"
        "The Minister for the Marine, Mr. Seán Ó Dálaigh, held talks in Dublin yesterday with the Secretary "
        "General for Maritime Fisheries of Spain, Mr. Pablo Ruiz Otero.",
        published="1994-11-09",
    )
    people = [a for a in record["actors"] if a["kind"] == "person" and "Dálaigh" in a["name"]]
    assert [p["name"] for p in people] == ["Seán Ó Dálaigh"]


def test_a_title_joined_before_the_title_next_to_the_name_is_also_the_persons(extract):
    # actor.joined-title
    r = extract("Deputy Prime Minister and Foreign Minister Ola Berg met the harbour pilots on Monday.")
    assert {"Deputy Prime Minister", "Foreign Minister"} <= set(find(r, "Ola Berg")["titles"])


def test_a_title_with_an_article_joined_before_another_is_someone_elses(extract):
    r = extract(
        "The President and Foreign Minister Ola Berg met the pilots. "
        "The transport minister and Foreign Minister Ada Lind spoke."
    )
    assert find(r, "Ola Berg")["titles"] == ["Foreign Minister"]
    assert find(r, "Ada Lind")["titles"] == ["Foreign Minister"]


def test_an_apposed_title_with_a_relative_clause_is_the_names_title_not_another_person(extract):
    r = extract("News\n\n“We need the ferry,” said Tom Rath, a veteran harbour leader who had endorsed Ada Moss.")
    assert "veteran harbour leader" in find(r, "Tom Rath")["titles"]
    assert not any(a["name"] == "veteran harbour leader" for a in r["actors"])
    assert all(q["speaker_actor"] == find(r, "Tom Rath")["id"] for q in r["quotes"])
