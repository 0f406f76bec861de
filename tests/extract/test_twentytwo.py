"""Actors and speakers from round twenty-two of issue 13, on sentences written for these tests."""

import pytest

from backchannel.extract.actor_table import ActorTable
from backchannel.extract.short_names import fold_into
from backchannel.records import ActorKind, Article


def actor(record: dict, name: str) -> dict:
    return next(a for a in record["actors"] if a["name"] == name)


def quote_of(record: dict, content: str) -> dict:
    return next(q for q in record["quotes"] if q["content"]["text"] == content)


def test_a_name_after_a_paragraph_ending_in_an_initial_is_a_name_of_its_own(extract):
    record = extract(
        "Delegates arrive.\n\n“This is just theatre,” wrote one observer in a post on X.\n\n"
        "Nguyen Van Thanh, Vietnam's deputy foreign minister, also attended. Nguyen said little."
    )
    nguyen = actor(record, "Nguyen Van Thanh")
    assert nguyen["kind"] == "person" and nguyen["country"] == "VNM"
    assert not any("\n" in m["text"] for a in record["actors"] for m in a["mentions"])


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("A spokesman for President Luiz Matos said Brazil welcomed any dialogue.", "Luiz Matos", "President"),
        ("An aide to Prime Minister Ada Kell said the talks were welcome.", "Ada Kell", "Prime Minister"),
        ("A lawyer for Senator Ines Calloway said she had done nothing wrong.", "Ines Calloway", "Senator"),
    ],
)
def test_the_person_a_spokesman_speaks_for_is_an_actor(extract, sentence, name, title):
    # actor.principal-not-portfolio: "spokesman for President Luiz Matos" names a person, not a portfolio
    principal = actor(extract(f"Talks in Lima.\n\n{sentence}"), name)
    assert principal["kind"] == "person" and title in principal["titles"]


def test_a_portfolio_after_a_title_is_still_no_actor(extract):
    record = extract("Talks in Lima.\n\nThe Minister for Europe, Ada Kell, met Foreign Minister Ines Calloway.")
    assert not any(a["name"] == "Europe" for a in record["actors"])


@pytest.mark.parametrize(
    ("sentence", "speaker", "principal", "content"),
    [
        (
            "A spokesman for President Luiz Matos said on behalf of the president that Brazil welcomed any dialogue.",
            "spokesman for President Luiz Matos",
            "Luiz Matos",
            "that Brazil welcomed any dialogue",
        ),
        (
            "Speaking on behalf of Prime Minister Ada Kell, Tom Ebert said the talks would go on.",
            "Tom Ebert",
            "Ada Kell",
            "the talks would go on",
        ),
        (
            "Tom Ebert, who spoke on Ada Kell's behalf, said the talks would go on.",
            "Tom Ebert",
            "Ada Kell",
            "the talks would go on",
        ),
        (
            "An aide, Tom Ebert, told reporters on behalf of Ada Kell that the talks would go on.",
            "Tom Ebert",
            "Ada Kell",
            "that the talks would go on",
        ),
    ],
)
def test_a_speaker_on_behalf_of_someone_speaks_as_himself_via_them(extract, sentence, speaker, principal, content):
    # quote.on-behalf
    record = extract(f"Ada Kell is prime minister. Talks in Lima.\n\n{sentence}")
    quote = quote_of(record, content)
    spokesman = next(a for a in record["actors"] if a["id"] == quote["speaker_actor"])
    assert spokesman["name"] == speaker
    assert spokesman["via"] == actor(record, principal)["id"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Ebert said the money was raised on behalf of the flood victims.",
        "Tom Ebert, who campaigns on behalf of refugees, said the camp was full.",
        "Tom Ebert said on his own behalf that the camp was full.",
    ],
)
def test_on_behalf_elsewhere_makes_no_principal(extract, sentence):
    record = extract(f"Talks in Lima.\n\n{sentence}")
    assert record["quotes"] and actor(record, "Tom Ebert")["via"] is None


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Tom Ebert said, speaking on behalf of the mayor, that the pier would close.", "that the pier would close"),
        ("Ada Kell said, citing new figures, that fares would rise.", "that fares would rise"),
        ("The harbour master told reporters, standing on the pier, that it was unsafe.", "that it was unsafe"),
    ],
)
def test_a_participle_aside_before_that_is_no_part_of_the_content(extract, sentence, content):
    # quote.aside-before-that
    record = extract(f"Port news.\n\n{sentence}")
    assert content in [q["content"]["text"] for q in record["quotes"]]


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "The Harbour Ledger reported, citing two people who attended, that the ferry board had met in secret.",
            "The Harbour Ledger",
            "that the ferry board had met in secret",
        ),
        (
            "Ada Kell told the council, quoting the engineers' report, that the pier was unsafe.",
            "Ada Kell",
            "that the pier was unsafe",
        ),
    ],
)
def test_a_that_clause_after_a_participle_aside_is_reported(extract, sentence, speaker, content):
    # quote.that-adverbial: the parser hangs the that-clause on the verb as an adverbial
    record = extract(f"Port news.\n\n{sentence}")
    quote = quote_of(record, content)
    assert quote["speaker"]["text"] == speaker


def test_so_that_after_an_aside_is_no_report(extract):
    record = extract("Port news.\n\nThe mayor spoke slowly, choosing her words, so that no one could misread her.")
    assert record["quotes"] == []


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        ("A senior Chilean diplomat said the talks were near.", "senior Chilean diplomat", "CHL"),
        ("Two U.S. officials said the plan was dead.", "Two U.S. officials", "USA"),
        ("A Kremlin aide said nothing had been agreed.", "Kremlin aide", "RUS"),
        ("Norwegian fishermen say the quota hurts them.", "Norwegian fishermen", "NOR"),
    ],
)
def test_an_unnamed_source_takes_the_country_its_words_give(extract, sentence, name, country):
    # speaker.unnamed-country
    assert actor(extract(f"Talks in Lima.\n\n{sentence}"), name)["country"] == country


def test_an_unnamed_source_with_no_country_word_has_none(extract):
    record = extract("Talks in Lima.\n\nSources close to the talks said they would fail.")
    assert actor(record, "Sources close to the talks")["country"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Moss talked more about fares than she has in past meetings, saying, apparently for the first time, that the "
        "pier would close.",
        "Moss complained about the fares, adding, to nobody's surprise, that the pier would close.",
    ],
)
def test_a_participle_of_saying_keeps_its_own_that_clause(extract, sentence):
    # quote.that-adverbial takes a clause from an aside only when the aside has its own object before the comma
    quote = quote_of(extract(f"Port news.\n\n{sentence}"), "that the pier would close")
    assert quote["cue"]["text"] in ("saying", "adding")


def test_an_outlet_by_its_initials_is_the_outlet_named_in_full(extract):
    # actor.acronym, for outlets: "AP" was a second outlet beside "The Associated Press"
    record = extract(
        "Port news.\n\nThe Associated Press reported that the mayor met the pilots. AP said it counted 85 meetings. "
        "The Agence France-Presse (AFP) news agency said the talks ended. AFP later said they would resume."
    )
    outlets = [a for a in record["actors"] if a["kind"] == "outlet"]
    assert sorted(a["name"] for a in outlets) == ["Agence France-Presse", "Associated Press"]
    ids = [a["id"] for a in record["actors"]]
    assert len(ids) == len(set(ids))
    speakers = {q["speaker"]["text"]: q["speaker_actor"] for q in record["quotes"]}
    assert speakers["AP"] == speakers["The Associated Press"]
    assert speakers["AFP"] == speakers["The Agence France-Presse (AFP) news agency"]


def test_an_actor_added_after_a_fold_gets_a_number_of_its_own(nlp):
    text = "Port news."
    table = ActorTable(nlp(text), Article(text=text))
    first = table.add(ActorKind.ORGANIZATION, "Harbour Board")
    second = table.add(ActorKind.ORGANIZATION, "Pilots Union")
    fold_into(table, first, second)
    third = table.add(ActorKind.ORGANIZATION, "Ferry Company")
    assert third.id != second.id and [a.id for a in table.actors] == [second.id, third.id]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Ada Kell told the programme that ministers had ignored repeated warnings from the harbour master.",
            "that ministers had ignored repeated warnings from the harbour master",
        ),
        ("Tom Ebert told a briefing that the port had lodged a complaint.", "that the port had lodged a complaint"),
    ],
)
def test_a_that_clause_read_as_relative_on_whom_it_was_told_is_what_was_told(extract, sentence, content):
    # quote.clause-on-addressee
    assert content in [q["content"]["text"] for q in extract(f"Port news.\n\n{sentence}")["quotes"]]


@pytest.mark.parametrize(
    "sentence", ["Tom Ebert told a story that everyone had heard before.", "Tom Ebert told a joke that nobody liked."]
)
def test_a_relative_clause_on_what_was_told_is_no_report(extract, sentence):
    assert extract(f"Port news.\n\n{sentence}")["quotes"] == []


BODY = "\n\nHarbour Minister Ada Kell said on Monday the navy would patrol the strait."


@pytest.mark.parametrize(
    ("headline", "content", "speaker"),
    [
        ("'We will not yield': Minister vows to defend the strait", "'We will not yield'", "Minister"),
        ("‘Not at war’: Kell rejects drone claims", "‘Not at war’", "Kell"),
        ('Harbour minister: "We are not at war" over drones', '"We are not at war"', "Harbour minister"),
    ],
)
def test_a_headline_quote_is_the_words_of_the_one_it_names(extract, headline, content, speaker):
    # quote.headline-quote-first, quote.headline-described
    record = extract(headline + BODY)
    quote = quote_of(record, content)
    assert quote["speaker"]["text"] == speaker
    assert quote["speaker_actor"] == actor(record, "Ada Kell")["id"]


@pytest.mark.parametrize(
    "headline", ["'Sea of troubles': Why the strait matters", '"A historic day": Talks end at the harbour']
)
def test_a_headline_quote_before_no_one_is_no_ones(extract, headline):
    assert not any(q["content"]["start"] == 0 for q in extract(headline + BODY)["quotes"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Several capitals voiced objections at a summit in Lisbon.",
        "The pilots raised concerns at a meeting in Bergen.",
    ],
)
def test_where_a_stand_was_voiced_is_not_what_it_is_about(extract, sentence):
    # quote.voiced-stance: an occasion or a place after "at", "in", "during" is where, not what
    record = extract(f"Port news.\n\n{sentence}")
    assert not any(q["content"]["text"] in ("a summit in Lisbon", "a meeting in Bergen") for q in record["quotes"])


def test_a_title_case_claim_opening_with_a_quote_is_kept_whole(extract):
    record = extract("Ada Kell: ‘Of Course’ Tom Ebert Is Qualified To Lead\n\nKell spoke to reporters.")
    assert quote_of(record, "‘Of Course’ Tom Ebert Is Qualified To Lead")["speaker"]["text"] == "Ada Kell"


def test_an_agency_of_state_is_no_news_agency(extract):
    # actor kinds: "Agency" makes an outlet only after "News", "Press" … or a known outlet's name
    record = extract(
        "Port news.\n\nThe International Maritime Safety Agency said it had not been given access. "
        "The Harbour News Agency reported the visit. The Anadolu Agency said the talks ended."
    )
    kinds = {a["name"]: a["kind"] for a in record["actors"]}
    assert kinds["International Maritime Safety Agency"] == "organization"
    assert kinds["Harbour News Agency"] == "outlet" and kinds["Anadolu Agency"] == "outlet"


def test_a_body_named_in_apposition_to_a_noun_for_it_speaks(extract):
    # speaker.apposed-name, for bodies
    record = extract(
        "Vote news.\n\nOpposition leader Ruth Kamau lost the vote. "
        "Her party, the Lakeside Democratic Alliance, said it would challenge the result."
    )
    quote = quote_of(record, "it would challenge the result")
    assert quote["speaker_actor"] == actor(record, "Lakeside Democratic Alliance")["id"]
    assert not any(a["name"].startswith("Her party") for a in record["actors"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ferris Petroleum signed a deal with the port. Ferris said drilling would start in May.", "Ferris Petroleum"),
        ("Lund Airways cut its routes. Lund said fuel costs had doubled.", "Lund Airways"),
    ],
)
def test_a_company_by_its_name_without_its_trade_is_the_company(extract, text, name):
    # actor.company-short-name
    record = extract(f"Port news.\n\n{text}")
    company = actor(record, name)
    assert company["kind"] == "organization"
    assert record["quotes"][0]["speaker_actor"] == company["id"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Moss's company Tervik said it would keep working with the port.", "Tervik"),
        ("Its subsidiary Halvorsen said nothing about the fares.", "Halvorsen"),
    ],
)
def test_a_name_after_a_noun_for_a_company_is_the_companys(extract, sentence, name):
    # actor.company-by-noun
    record = extract(f"Port news.\n\n{sentence}")
    assert actor(record, name)["kind"] == "organization"


def test_a_person_after_a_noun_for_a_company_stays_a_person(extract):
    record = extract("Port news.\n\nThe company Ada Moss founded said it would close the pier.")
    assert actor(record, "Ada Moss")["kind"] == "person"


ROUND_UP = (
    "Harbour deal welcomed\n\nLeaders welcomed the harbour deal on Friday. Here is what they said:\n\n"
    '- Anton Veldt, the port authority chairman: "Now the real work begins."\n'
    '- Mira Solberg, Norway\'s fisheries minister: "A good day for the coast."\n'
    "• Kenji Ota (Japan): “We stand ready to help.”\n\nOthers were more cautious."
)


def test_a_round_up_line_of_a_name_a_colon_and_a_quote_is_that_persons_quote(extract):
    # quote.statement-line
    record = extract(ROUND_UP)
    names = {a["id"]: a["name"] for a in record["actors"]}
    said = {q["content"]["text"]: names.get(q["speaker_actor"]) for q in record["quotes"]}
    assert said['"Now the real work begins."'] == "Anton Veldt"
    assert said['"A good day for the coast."'] == "Mira Solberg"
    assert said["“We stand ready to help.”"] == "Kenji Ota"


def test_a_pages_label_before_a_quoted_title_is_no_speaker(extract):
    record = extract(
        'Harbour deal welcomed\n\nThe deal was signed.\n\nCorrection: "The minister met the envoy on Monday."\n'
        'Read more: "How the harbour talks failed"'
    )
    assert all(q["speaker"] is None for q in record["quotes"])


def test_the_country_of_the_other_side_of_a_meeting_is_not_taken(extract):
    # actor.country-before-title: "Argentina met" stands before "Prime Minister", it is not joined to it
    record = extract(
        "Talks in Haifa\n\nPresident Elena Marquez of Argentina met Prime Minister David Levin in Haifa on Monday."
    )
    assert actor(record, "Elena Marquez")["country"] == "ARG"
    assert actor(record, "David Levin")["country"] is None


def test_a_country_joined_to_a_title_by_a_possessive_is_the_persons(extract):
    record = extract(
        "Talks in Nairobi\n\nJapan's Prime Minister Sato Hiroshi met Kenya's Foreign Minister Ruth Wanjiru."
    )
    assert actor(record, "Sato Hiroshi")["country"] == "JPN"
    assert actor(record, "Ruth Wanjiru")["country"] == "KEN"


def test_initials_before_a_title_are_a_bodys(extract):
    # actor.initials-before-title, actor.body-title
    record = extract(
        "Summit news\n\nWAPEC President Omar Touray said the bloc would send a delegation. "
        "IGAD envoy Ana Moss met the delegates in Djibouti."
    )
    kinds = {a["name"]: a["kind"] for a in record["actors"]}
    assert kinds.get("WAPEC") == "organization" and kinds.get("IGAD") == "organization"
    assert "WAPEC President" in actor(record, "Omar Touray")["titles"]
    assert "IGAD envoy" in actor(record, "Ana Moss")["titles"]


def test_a_countrys_initials_before_a_title_stay_the_countrys(extract):
    record = extract("Summit news\n\nUK Foreign Secretary Edward Pelham said the talks would go on.")
    assert actor(record, "Edward Pelham")["country"] == "GBR"
    assert not any(a["name"] == "UK" and a["kind"] == "organization" for a in record["actors"])


@pytest.mark.parametrize(
    ("sentence", "first", "speaker", "second"),
    [
        (
            "Oslo expressed concern, with Harbour Secretary Tom Ebert saying the port was closely watching the ships.",
            "concern",
            "Harbour Secretary Tom Ebert",
            "the port was closely watching the ships",
        ),
        (
            "The ministry rejected the report, with spokesman Tom Ebert saying it was false.",
            "the report",
            "spokesman Tom Ebert",
            "it was false",
        ),
    ],
)
def test_with_and_a_participle_with_its_own_subject_is_another_speakers(extract, sentence, first, speaker, second):
    # quote.trailing-cut: "…, with X saying …" ends the content before it and is X's
    record = extract(f"Port news.\n\n{sentence}")
    contents = [q["content"]["text"] for q in record["quotes"]]
    assert first in contents
    assert quote_of(record, second)["speaker"]["text"] == speaker


def test_with_and_a_participle_of_no_saying_goes_on_with_the_content(extract):
    record = extract("Poll news.\n\nThe survey showed a dead heat, with 13 percent backing neither candidate.")
    assert "a dead heat, with 13 percent backing neither candidate" in [q["content"]["text"] for q in record["quotes"]]


def test_with_a_share_saying_goes_on_with_what_a_poll_showed(extract):
    record = extract("Poll news.\n\nThe survey showed Moss ahead, with 56 percent of islanders saying they trust her.")
    assert "Moss ahead, with 56 percent of islanders saying they trust her" in [
        q["content"]["text"] for q in record["quotes"]
    ]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "'The Lighthouse': Streaming star Ada Kell joins cast of new drama\n\nAda Kell will appear in the series.",
            ["'The Lighthouse'"],
        ),
        ("'Harbour Lights': Director Tom Ebert wins top award\n\nEbert thanked the jury.", ["'Harbour Lights'"]),
        (
            'Book awards\n\n- Ana Ruiz, novelist: "The Long Strike"\n- Tom Ebert, historian: "Empire of Salt"',
            ['"The Long Strike"', '"Empire of Salt"'],
        ),
    ],
)
def test_the_title_of_a_work_is_no_quote(extract, text, titles):
    # quote.headline-quote-first, quote.statement-line: a quoted stretch in title case with no verb is a title
    record = extract(text)
    assert not any(q["content"]["text"] in titles and q["speaker"] is not None for q in record["quotes"])


def test_a_relative_clause_whose_object_is_that_is_no_report(extract):
    # quote.clause-on-addressee: "that" is what the audience found offensive
    assert extract("Port news.\n\nThe minister told a joke that the audience found offensive.")["quotes"] == []


def test_a_person_named_like_a_company_stays_a_person(extract):
    # actor.company-by-noun: a given name first, or a noun for a person apposed
    record = extract("Oil news.\n\nJack Petroleum, a geologist, said the oil field was vast.")
    assert actor(record, "Jack Petroleum")["kind"] == "person"


def test_quoting_a_source_quotes_nothing_of_its_own(extract):
    # quote.citing, for "quoting"
    record = extract("Police news.\n\nPolice said, quoting witnesses, that the gunman had fled on foot.")
    assert [q["content"]["text"] for q in record["quotes"]] == ["that the gunman had fled on foot"]


def test_initials_in_a_bodys_name_before_a_title_are_no_portfolio(extract):
    record = extract("Ceasefire news\n\nAU Commission Chairman Moussa Faki said the ceasefire must hold.")
    assert actor(record, "AU Commission")["kind"] == "organization"


def test_quoting_a_statement_quotes_it(extract):
    record = extract("Port news.\n\nThe mayor hit back on Monday, quoting the harbour board's statement.")
    assert "the harbour board's statement" in [q["content"]["text"] for q in record["quotes"]]


def test_a_speaker_may_speak_on_behalf_of_a_group(extract):
    # quote.on-behalf: the principal may be people named by what they are
    record = extract("Pier news.\n\nSpeaking on behalf of the harbour pilots, Tom Ebert said the pier was unsafe.")
    ebert = actor(record, "Tom Ebert")
    principal = next(a for a in record["actors"] if a["id"] == ebert["via"])
    assert principal["name"] == "harbour pilots"
