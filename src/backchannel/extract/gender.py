"""What an article lets us say of a person's gender, for resolving "he" and "she".

Two kinds of evidence, both facts about words rather than guesses about people:
the article's own words for the person ("spokeswoman", "Mr", "his wife, Jane")
and given names that the press almost always uses for one gender (the list in
``data/given_names.tsv`` leaves ambiguous names out). Anything else is unknown,
and an unknown person stays a candidate for either pronoun.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

from ..records import Actor
from .trace import fired

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
"""The gender each third-person pronoun of a person tells."""

FEMALE_WORDS = re.compile(
    r"(?i)\b(?:(?:spokes|chair|congress|council|business|states|assembly)woman|queen|empress|princess|duchess|mrs|ms|"
    r"miss|madam|madame|mme|frau|fru|señora|senhora|signora|woizero|sheikha|begum|mother|wife|sister|daughter|"
    r"lady|dame|widow|grandmother)\b"
)
MALE_WORDS = re.compile(
    r"(?i)\b(?:(?:spokes|chair|congress|council|business|states|assembly)man|king|emperor|prince|duke|mr|father|"
    r"husband|brother|son|lord|sir|widower|grandfather|herr|monsieur|señor|senhor|signor|ato)\b"
)
ROLE_MAN_WORDS = re.compile(r"(?i)\b(?:spokes|chair|congress|council|business|states|assembly)man\b")
"""The "-man" job words many papers still use for a woman ("a spokesman, Major Wanjiru Kamau"): a given name
that says otherwise outranks them (rule gender.name-over-job-word)."""

POSSESSOR = re.compile(r"^.*['\u2019]s\s+")
"""A name up to its last possessive: whose the described person is, not who they are."""


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Given name (case-folded) to "f" or "m"."""
    text = resources.files("backchannel.data").joinpath("given_names.tsv").read_text(encoding="utf-8")
    names: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, gender = line.split("\t")[:2]
            names[name.casefold()] = gender.strip()
    return names


def gender_of(actor: Actor) -> str | None:
    """ "f", "m" or None: from the person's titles and honorifics first (rule gender.words), then from a given
    name the press uses for one gender only (rule gender.given-name). Looking fires nothing; a caller that rules a
    candidate out by gender says so with :func:`ruled_out_by_gender`."""
    return _told(actor)[0]


def ruled_out_by_gender(actor: Actor) -> None:
    """Record the gender rule that told ``actor``'s gender, where that gender has just ruled the actor out."""
    rule = _told(actor)[1]
    if rule is not None:
        fired(rule)


def _told(actor: Actor) -> tuple[str | None, str | None]:
    """The gender of ``actor`` and the rule that told it. A name that is a description with a possessor ("Theresa
    May's spokesman") is read from its own words after the possessive (rule gender.possessor-not-own): the
    possessor's given name or title is someone else's."""
    full = _told_by(actor.titles, actor.aliases, actor.name)
    titles, aliases = [_own_words(t) for t in actor.titles], [_own_words(a) for a in actor.aliases]
    own = _told_by(titles, aliases, _own_words(actor.name))
    if own[0] != full[0]:
        return own[0], "gender.possessor-not-own"
    return full


def _own_words(name: str) -> str:
    """What follows the last possessive of ``name`` ("Theresa May's spokesman": "spokesman"); all of it if none."""
    return POSSESSOR.sub("", name)


def _told_by(titles: list[str], aliases: list[str], name: str) -> tuple[str | None, str | None]:
    """The gender these words tell and the rule that told it."""
    words = " ".join([*titles, *aliases, name])
    female, male = bool(FEMALE_WORDS.search(words)), bool(MALE_WORDS.search(words))
    if female != male:
        if male and _given_name_gender(name, aliases) == "f" and not MALE_WORDS.search(ROLE_MAN_WORDS.sub("", words)):
            return "f", "gender.name-over-job-word"
        return ("f" if female else "m"), "gender.words"
    given = _given_name_gender(name, aliases)
    return (given, "gender.given-name") if given is not None else (None, None)


def _given_name_gender(own_name: str, aliases: list[str]) -> str | None:
    """The gender a given name of a person named ``own_name`` (aliases ``aliases``) says (rule gender.given-name), if
    one does: the first word of a name, or in a name of three words or more the second, after a rank the tagger kept
    ("Major Wanjiru Kamau")."""
    names = given_names()
    for name in (own_name, *aliases):
        parts = [p.casefold() for p in re.split(r"\s+", name.replace(".", ". ").strip()) if p]
        if len(parts) >= 2 or name == own_name:
            found = (_gender_of_name(p, names) for p in parts[: 2 if len(parts) >= 3 else 1])
            given = next((g for g in found if g is not None), None)
            if given is not None:
                return given
    return None


def _gender_of_name(word: str, names: dict[str, str]) -> str | None:
    """The gender the list gives a given name, written with its accents or without ("Víctor", "Sofía", "Antônio"
    are "Victor", "Sofia", "Antonio")."""
    if word in names:
        return names[word]
    return names.get(without_accents(word))


def without_accents(text: str) -> str:
    """The text without its accents, as word lists and later mentions may spell a name ("Víctor" is "Victor")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
