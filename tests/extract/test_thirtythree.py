"""Speakers from round thirty-three: forms of address kept for telling "he" from "she", and the pronoun and
gender rules named where they decide; tested on sentences written for these tests."""

import dataclasses

from backchannel.pipeline import analysable_text, explained
from backchannel.readers.text import read_text
from tests.extract.test_thirtyone import speakers


def explain_quotes(nlp, text: str) -> dict[str, list[str]]:
    article = dataclasses.replace(read_text(text, source="t"), published="2026-03-12")
    record = explained(article, nlp(analysable_text(article)))
    return {q["content"]["text"]: record["explain"]["quotes"][q["id"]] for q in record["quotes"]}


def test_a_form_of_address_left_out_of_the_name_still_tells_she_from_he(extract):
    # "Mr" is no part of the name "Ardon", but kept in the alias "Mr Ardon": he is not "she"
    record = extract("Mr Ardon met the pilots' union leader, Rosa Lind, on Monday. She said the pier was unsafe.")
    assert speakers(record) == {"the pier was unsafe": "Rosa Lind"}, speakers(record)
    ardon = next(a for a in record["actors"] if a["name"] == "Ardon")
    assert ardon["aliases"] == ["Mr Ardon"]


def test_a_foreign_form_of_address_before_a_surname_makes_a_person_and_a_she(extract):
    # actor.honorific: "Fru" is a form of address only (courtesy_forms), so "Fru Haugen" is a person, not a body
    record = extract("Fru Haugen met the pilots' union leader, Kel Aune, in Bergen. “We agreed on the dates,” he said.")
    assert speakers(record) == {"“We agreed on the dates,”": "Kel Aune"}, speakers(record)
    haugen = next(a for a in record["actors"] if a["name"] == "Haugen")
    assert (haugen["kind"], haugen["aliases"]) == ("person", ["Fru Haugen"])


def test_a_spanish_form_of_address_tells_he_from_she(extract):
    record = extract("Señora Ibarra met the pilots' union leader, Kel Quill, on Monday. He said the talks went well.")
    assert speakers(record) == {"the talks went well": "Kel Quill"}, speakers(record)


def test_explain_names_the_gender_rule_only_where_it_passes_someone_over(nlp):
    rules = explain_quotes(nlp, "The port's spokesman, Kel Ardon, met Tilde Ranstad on Monday. She said it was safe.")
    assert {"pronoun.gender", "gender.words"} <= set(rules["it was safe"]), rules
    rules = explain_quotes(nlp, "Tilde Ranstad, the port's spokeswoman, met pilots on Monday. She said it was safe.")
    assert not any(r.startswith(("gender.", "pronoun.gender")) for r in rules["it was safe"]), rules


def test_explain_names_the_pronoun_rule_that_passed_a_nearer_name(nlp):
    # pronoun.role: the subject of the main clause, not the object nearer the pronoun
    rules = explain_quotes(nlp, "Harbour master Ivo Brandt met Sergei Volk on Monday. “The pier is closed,” he said.")
    assert "pronoun.role" in rules["“The pier is closed,”"], rules


def quotes_by_speaker_span(record: dict) -> dict[str, str | None]:
    return {q["content"]["text"]: (q.get("speaker") or {}).get("text") for q in record["quotes"]}


def test_by_someones_account_attributes_the_sentence_around_it(extract):
    # quote.by-their-account: fronted, between commas and at the end alike
    fronted = extract("Harbour news.\n\nBy the harbour master's own account, the pilots refused to sail on Monday.")
    assert quotes_by_speaker_span(fronted) == {"the pilots refused to sail on Monday": "the harbour master"}, (
        quotes_by_speaker_span(fronted)
    )
    after = extract("Harbour news.\n\nThe ferry will stop in May, by the mayor's account.")
    assert quotes_by_speaker_span(after) == {"The ferry will stop in May": "the mayor"}, quotes_by_speaker_span(after)


def test_in_the_words_of_someone_between_commas_leaves_the_phrase_out(extract):
    # quote.view-aside: the content is the sentence on either side of the phrase, in two parts
    record = extract("Harbour news.\n\nThe closure was, in the words of one pilot, a disgrace for the whole coast.")
    [quote] = record["quotes"]
    parts = [record["article"]["text"][p["start"] : p["end"]] for p in quote["content"]["parts"]]
    assert parts == ["The closure was", "a disgrace for the whole coast"], parts
    assert quote["speaker"]["text"] == "one pilot"


def test_an_account_that_is_no_ones_telling_attributes_nothing(extract):
    record = extract(
        "Harbour news.\n\nThe ferry was sold by the owner's account manager on Monday. By all accounts, it sank."
    )
    assert record["quotes"] == [], quotes_by_speaker_span(record)


def test_a_programme_or_factbox_label_before_a_headlines_colon_speaks_for_no_one(extract):
    for label in ("Harbour Radio morning bulletin", "FACTBOX - Ferry routes"):
        record = extract(f"{label}: pilots threaten strike\n\nThe pilots said on Monday that they would strike.")
        found = quotes_by_speaker_span(record)
        assert found == {"that they would strike": "The pilots"}, found


def test_a_consulate_or_a_junta_speaks_as_a_body(extract):
    for body in ("The Danish consulate", "The ruling junta"):
        record = extract(f"Harbour news.\n\n{body} said it would not comment on the visit.")
        [quote] = record["quotes"]
        actor = next(a for a in record["actors"] if a["id"] == quote["speaker_actor"])
        assert actor["kind"] == "organization", actor


def test_a_document_with_an_owner_speaks_as_its_owner(extract):
    # speaker.document-owner
    record = extract("News.\n\nThe EU's readout called the talks constructive. Ada Moss's letter says it is unsafe.")
    assert speakers(record) == {"the talks constructive": "EU", "it is unsafe": "Ada Moss"}, speakers(record)


def test_a_clause_before_a_semicolon_is_not_what_the_next_clause_reports(extract):
    # quote.own-object: the parse hung "The mayor said …" on "responded" across the semicolon
    record = extract("News.\n\nThe mayor said the pier would close in May; the pilots have not responded.")
    found = quotes_by_speaker_span(record)
    assert found == {"the pier would close in May": "The mayor"}, found


def test_a_refusal_to_say_keeps_the_refusal_in_its_cue(extract):
    # not "declined to discuss the closure": a topic refused is no quote (rule quote.topic-refused)
    record = extract("News.\n\nThe harbour master declined to criticise the closure.")
    assert [q["cue"]["text"] for q in record["quotes"]] == ["declined to criticise"], record["quotes"]


def test_a_relative_clause_that_denies_the_report_denies_the_contact(extract):
    for tail in ("which her office denied", "a claim her office denied"):
        record = extract(f"News.\n\nA weekly claimed that Anna Berg had met Omar Haddad in Geneva in May, {tail}.")
        [event] = record["events"]
        assert event["status"] == "denied", (tail, event)
        assert [c["status"] for c in event["confirmations"]] == ["denied"], (tail, event["confirmations"])


def test_a_contact_only_talked_of_may_happen(extract):
    # status.speculated
    for text in (
        "There is talk, too, of a meeting between Anna Berg and Omar Haddad before the summit closes.",
        "There has been speculation about a meeting between Anna Berg and Omar Haddad.",
    ):
        [event] = extract(f"News.\n\n{text}")["events"]
        assert event["status"] == "hypothetical", (text, event)


def test_their_ministers_meet_for_the_states_just_named(extract):
    # party.their-officials
    for text, states in (
        ("Ghana and Togo signed an accord on Monday. Their foreign ministers will meet in Lome.", {"Ghana", "Togo"}),
        (
            "Malawi's President Chikondi Mwale and Tanzania's President Hamisi Mbwambo agreed that their foreign "
            "ministers would meet in Maputo in August.",
            {"Malawi", "Tanzania"},
        ),
    ):
        record = extract(f"News.\n\n{text}")
        [event] = record["events"]
        names = {a["name"] for a in record["actors"] if a["id"] in event["participants"] and a["kind"] == "country"}
        assert names == states, (text, names)


def test_the_former_president_may_be_one_titled_president_in_the_past(extract):
    # speaker.title-standing lets a past standing said of a plain holder fit
    record = extract(
        "News.\n\nIn 1998 President Ivo Brandt opened the harbour. On Monday he visited it again.\n\n"
        "“The pier has held up well,” the former president told reporters."
    )
    assert speakers(record) == {"“The pier has held up well,”": "Ivo Brandt"}, speakers(record)
