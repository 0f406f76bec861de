"""Speaker spans the parse led astray: an attribution between commas after the subject of what it reports whose
speaker the parser read as the subject of the clause after it (rule quote.aside-read-into-clause); "As NAME, …,
put it" with the name read as the object of "as" (rule speaker.as-name-put-it); and "had this to say", where the
pronoun is what is said, not who says it (rule speaker.amount-to-say)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from backchannel.pipeline import extract_article
from backchannel.records import Article


def _quotes(text: str, nlp: Language) -> list[tuple[str | None, str]]:
    """(speaker span text, content text) of each quote found."""
    record = extract_article(Article(id="t", text=text, published="2026-03-12"), nlp)
    out = []
    for q in record.quotes:
        speaker = q.speaker.text if q.speaker is not None else None
        out.append((speaker, q.content.text))
    return out


@pytest.mark.parametrize(
    ("text", "speaker", "subject"),
    [
        (
            "The contrast with the rival, said Varga and others, would be clear since the rival has no allies.",
            "Varga and others",
            "The contrast with the rival",
        ),
        (
            "Any honest reading of the budget, said Lena Ostrova, an economist at the Harlow Institute in Leeds, "
            "would read this as a retreat from the port.",
            "Lena Ostrova, an economist at the Harlow Institute in Leeds",
            "Any honest reading of the budget",
        ),
    ],
)
def test_aside_read_into_clause(text: str, speaker: str, subject: str, nlp: Language) -> None:
    (found,) = _quotes(text, nlp)
    assert found[0] == speaker
    assert found[1].startswith(subject)


def test_aside_read_into_clause_leaves_plain_aside(nlp: Language) -> None:
    assert _quotes("The plan, said Mayor Tom Varga, would cost millions.", nlp)[0][0] == "Mayor Tom Varga"


def test_as_name_put_it(nlp: Language) -> None:
    text = (
        "As Anna Pell, professor of law at Kent and author of ''The Open Port,'' put it, ''Councils should "
        "remember that a deal today may be far better for them than a fight.''"
    )
    (found,) = _quotes(text, nlp)
    assert found[0] is not None and found[0].startswith("Anna Pell")


def test_amount_to_say(nlp: Language) -> None:
    text = (
        "Likewise, a report from the left-leaning Harlow Institute had this to say about his harbour plan: "
        '"Families at the top would gain the most."'
    )
    (found,) = _quotes(text, nlp)
    assert found[0] == "a report from the left-leaning Harlow Institute"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The union pressed the dockers to say whether the strike would end.", "the dockers"),
        ("The union pressed them to say whether the strike would end.", "them"),
    ],
)
def test_object_pressed_to_say_still_speaks(text: str, speaker: str, nlp: Language) -> None:
    """Not a pronoun for what is said: the one pressed to speak is the speaker (rule speaker.amount-to-say
    does not fire)."""
    assert [s for s, _ in _quotes(text, nlp)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Dock sources in Hull, England, said their delegation, led by Ada Moss, a close aide, would meet "
            "the minister in Oslo.",
            "Dock sources in Hull, England",
        ),
        (
            "A rival bidder, Northway Ferries of Leeds, said its chief, Walter Brand, had asked for a meeting.",
            "A rival bidder, Northway Ferries of Leeds",
        ),
    ],
)
def test_speaker_before_said_keeps_the_words(text: str, speaker: str, nlp: Language) -> None:
    """A speaker set off by commas before "said" is not an aside's subject (rule quote.aside-read-into-clause does
    not fire): the phrase after "said" is what they said."""
    assert _quotes(text, nlp)[0][0] == speaker
