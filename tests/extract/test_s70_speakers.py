"""Speakers (session 70, mends of the review of session 69's speaker rules): an unnamed office holder is the "he" or
"she" that follows only when the office's words allow that gender (rule pronoun.unnamed-office-holder), and the rule
shows in ``explain`` only for the quotes it decides; a "<Place>-based organisation" is a body of that place (rule
speaker.described-organisation); "the general" is the Chief of the General Staff, whose "General Staff" is an organ
and no office of another (rule speaker.office-of-another). On sentences written for these tests (names invented)."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from backchannel.pipeline import analysable_text, explained
from backchannel.records import Article
from tests.conftest import quote_with, speaker_name

PUBLISHED = "2005-06-14"


def explained_record(nlp: Language, text: str) -> dict[str, Any]:
    article = Article(text=text, published=PUBLISHED)
    return explained(article, nlp(analysable_text(article)))


def quote_rules(record: dict[str, Any], fragment: str) -> list[str]:
    return record["explain"]["quotes"][quote_with(record, fragment)["id"]]


def actor_names(record: dict[str, Any]) -> set[str]:
    return {a["name"] for a in record["actors"]}


# pronoun.unnamed-office-holder: the office's words tell the holder's gender


def test_he_is_not_an_unnamed_office_held_by_a_woman(nlp: Language):
    r = explained_record(
        nlp,
        "The Empress toured the burnt market on Tuesday with her nephew. He said the stalls would be rebuilt by "
        "spring.",
    )
    assert speaker_name(r, quote_with(r, "stalls would be rebuilt")) is None
    assert "pronoun.unnamed-office-holder" not in quote_rules(r, "stalls would be rebuilt")
    assert "Empress" not in actor_names(r)  # no holder made and left behind


def test_she_is_not_an_unnamed_office_held_by_a_man(extract):
    r = extract(
        "The Chairman opened the inquiry on Tuesday with a warning to the insurers. She said the inquiry would last "
        "a month.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "inquiry would last")) is None


def test_she_is_an_unnamed_office_held_by_a_woman(nlp: Language):
    r = explained_record(
        nlp,
        "The Chairwoman opened the inquiry on Tuesday with a warning to the insurers. She said the inquiry would "
        "last a month.",
    )
    assert speaker_name(r, quote_with(r, "inquiry would last")) == "Chairwoman"
    assert "pronoun.unnamed-office-holder" in quote_rules(r, "inquiry would last")


def test_he_is_an_unnamed_office_held_by_a_man(extract):
    r = extract(
        "The King inspected the damaged harbour in Tromso on Friday. He said the fishermen would be paid for their "
        "losses.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "fishermen would be paid")) == "King"


# pronoun.unnamed-office-holder: fired, and its holder made, only when its answer is the one taken


def test_an_unnamed_holder_not_taken_is_not_in_the_explanation_nor_the_actors(nlp: Language):
    r = explained_record(
        nlp,
        "The Governor opened the new clinic on Tuesday with Ana Ruiz, a nurse. She said the clinic was short of staff.",
    )
    assert speaker_name(r, quote_with(r, "clinic was short")) == "Ana Ruiz"
    assert "pronoun.unnamed-office-holder" not in quote_rules(r, "clinic was short")
    assert "Governor" not in actor_names(r)


def test_an_unnamed_holder_not_taken_leaves_the_person_named_after_it(nlp: Language):
    r = explained_record(
        nlp,
        "The Chancellor toured the dockyard on Thursday with Tom Vik, a welder. He said the yard needed new orders.",
    )
    assert speaker_name(r, quote_with(r, "yard needed new orders")) == "Tom Vik"
    assert "pronoun.unnamed-office-holder" not in quote_rules(r, "yard needed new orders")
    assert "Chancellor" not in actor_names(r)


# speaker.described-organisation: the place of "<Place>-based" says which body


def test_a_place_based_organisation_is_not_a_body_of_another_country(extract):
    r = extract(
        "Human Rights Watch said the elections were flawed. The Danish Refugee Council said aid had stalled. The "
        "London-based organisation added that the vote should be rerun.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "vote should be rerun")) == "London based organisation"


def test_a_place_based_organisation_is_the_body_of_that_country_though_another_is_nearer(nlp: Language):
    r = explained_record(
        nlp,
        "The Danish Refugee Council said aid had stalled. Human Rights Watch said the elections were flawed. The "
        "Copenhagen-based organisation added that the convoys were blocked.",
    )
    assert speaker_name(r, quote_with(r, "convoys were blocked")) == "Danish Refugee Council"
    assert "speaker.described-organisation" in quote_rules(r, "convoys were blocked")


def test_a_place_based_organisation_is_the_one_body_named_when_its_place_is_unknown(extract):
    r = extract(
        "Human Rights Watch said the elections were flawed. The Geneva-based organisation added that the vote should "
        "be rerun.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "vote should be rerun")) == "Human Rights Watch"


def test_a_place_based_organisation_is_not_the_one_body_named_when_its_country_is_another(extract):
    r = extract(
        "The Danish Refugee Council said aid had stalled. The Geneva-based organisation added that the convoys were "
        "blocked.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "convoys were blocked")) == "Geneva based organisation"


# speaker.office-of-another: only an office of a person is another's office, not an organ


def test_the_general_is_the_chief_of_the_general_staff(extract):
    r = extract(
        "Kai Holm, the Chief of the General Staff, spoke in Riga on Tuesday. The general said the border was calm.",
        published=PUBLISHED,
    )
    assert speaker_name(r, quote_with(r, "border was calm")) == "Kai Holm"


def test_the_prime_minister_is_not_the_chief_of_staff_to_the_prime_minister(nlp: Language):
    r = explained_record(
        nlp,
        "Mia Sand, the deputy chief of staff to the Prime Minister, spoke to reporters. The Prime Minister said the "
        "budget would pass.",
    )
    assert speaker_name(r, quote_with(r, "budget would pass")) == "Prime Minister"
    assert "speaker.office-of-another" in quote_rules(r, "budget would pass")
