"""Short names folded into the full names they stand for: a company's short name, an earlier short form, an
acronym spelled out."""

from __future__ import annotations

import re

from ..records import Actor, ActorKind
from .actor_table import ActorTable
from .actor_words import INITIALS_SKIPPED, initials_of
from .lexicon import FAMILY_NAMES_FIRST, TITLE_NOUNS
from .trace import fired

CORPORATE_WORDS = frozenset(
    {"partners", "group", "holdings", "inc", "ltd", "limited", "corp", "corporation", "company", "co", "llc", "plc"}
    | {"sa", "ag", "gmbh", "bhd", "pty", "industries", "enterprises", "associates"}
    | {"energy", "oil", "petroleum", "resources", "mining", "motors", "airlines", "airways", "shipping"}
    | {"technologies", "systems", "pharmaceuticals", "international"}
)
"""Words a company's name ends with that the press drops after first mention: "Sonoran Ridge Partners",
"Nordstrom Energy"."""


def fold_company_short_names(table: ActorTable) -> None:
    """ "Sonoran Ridge says …" after "Sonoran Ridge Partners" (rule actor.company-short-name): a name, the
    tagger's person's or organisation's, that is one company's name without its corporate words is that company."""
    companies = [a for a in table.actors if a.kind is ActorKind.ORGANIZATION]
    for short in [a for a in table.actors if a.kind in (ActorKind.PERSON, ActorKind.ORGANIZATION)]:
        words = short.name.split()
        full = [
            c
            for c in companies
            if c is not short
            and c.name.split()[: len(words)] == words
            and len(c.name.split()) > len(words)
            and all(w.lower().rstrip(".,") in CORPORATE_WORDS for w in c.name.split()[len(words) :])
        ]
        if len(full) == 1 and short.id in table.by_id and full[0].id in table.by_id:
            fired("actor.company-short-name")
            fold_into(table, short, full[0])


def fold_earlier_short_names(table: ActorTable) -> None:
    """ "Ó Catháin holds talks" heading the story of "Eoin Ó Catháin" (rule actor.family-name-words): a person
    named by a family name of two words, or a hyphenated one, before the one person whose full name ends with it,
    is that person (``named_in_full`` sees to it when the full name comes first)."""
    for short in table.persons():
        full = table.named_in_full(short.name)
        if full is not None and short.id in table.by_id and full.id in table.by_id:
            fired("actor.family-name-words")
            fold_into(table, short, full)


def fold_titled_family_names(table: ActorTable) -> None:
    """ "President Lin" or "Chairman Pak", then "Lin Wei" (rule actor.titled-family-name-first): a person named by
    one word only, and by it after a title of office, is the one person whose full name opens with that word, as
    Chinese, Korean and Vietnamese names put the family name first; the title shows the one word is a family name,
    not a given name ("his son Luc" names by the given name), and no one else's name has it past the first word. The
    word must be such a family name, as a Western name's first word is a given name ("President Jackson" is not the
    singer "Jackson Hale"), unless the text runs on from it into the rest of the full name, which the tagger left
    out for its case ("President Sauli niinistö")."""
    for short in [a for a in table.persons() if len(a.name.split()) == 1]:
        word = short.name
        full = [a for a in table.persons() if 2 <= len(a.name.split()) <= 3 and a.name.split()[0] == word]
        others = [a for a in table.persons() if a is not short and word in a.name.split()[1:]]
        if len(full) != 1 or others or not _titled_somewhere(table, short):
            continue
        if word.lower() not in FAMILY_NAMES_FIRST and not _runs_on_into(table, short, full[0]):
            continue
        if short.id in table.by_id and full[0].id in table.by_id:
            fired("actor.titled-family-name-first")
            fold_into(table, short, full[0])


def _runs_on_into(table: ActorTable, short: Actor, full: Actor) -> bool:
    """Whether some mention of ``short`` is followed by the rest of ``full``'s name, in any case: "Sauli" of
    "President Sauli niinistö", where the tagger stopped before the family name written in lower case."""
    rest = " ".join(full.name.split()[1:]).lower()
    text = table.doc.text
    return any(text[m.end : m.end + len(rest) + 1].lower() == f" {rest}" for m in short.mentions)


def _titled_somewhere(table: ActorTable, actor: Actor) -> bool:
    """Whether some mention of ``actor`` stands right after a capitalised title of office: "President Lin"."""
    doc = table.doc
    for mention in actor.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.start > 0:
            before = doc[span.start - 1]
            if before.is_title and before.lower_ in TITLE_NOUNS:
                return True
    return False


BRACKETED_LETTERS = re.compile(r"[ \t]*\([ \t]*([A-Z][A-Za-z]*[A-Z][A-Za-z]*)[ \t]*\)")
"""Letters in brackets with two capitals or more: "(IGAD)", "(COCOBOD)", "(SICA)"."""
BRACKETED_WORD = re.compile(r"[ \t]*\([ \t]*([A-Z][a-z]+)[ \t]*\)")
"""A short name written as a word in brackets: "(Pims)", "(Unicef)"; the name's initials only."""
SWALLOWED_LETTERS = re.compile(r"[ \t]*\([ \t]*([A-Z][A-Za-z]*[A-Z][A-Za-z]*)[ \t]*\)?$")
"""The same letters run into a name by the tagger: "Intergovernmental Authority on Development (IGAD"."""


def take_bracketed_acronyms(table: ActorTable) -> None:
    """ "Foreign ministers of the Intergovernmental Authority on Development (IGAD) met": the letters the text puts
    in brackets right after an organisation's name of two words or more are its short name, an alias whether or not
    it goes by them again (rule actor.bracketed-acronym); a name the tagger ran on into the brackets ends before
    them."""
    text = table.article.text
    for org in [a for a in table.actors if a.kind is ActorKind.ORGANIZATION]:
        swallowed = SWALLOWED_LETTERS.search(org.name)
        if swallowed is not None and len(org.name[: swallowed.start()].split()) >= 2:
            org.name = org.name[: swallowed.start()]
            table.by_key.setdefault((org.kind.value, org.name.casefold()), org.id)
            letters = swallowed.group(1)
        elif len(org.name.split()) >= 2:
            found = (
                BRACKETED_LETTERS.match(text, m.end) or _initials_word(text, m.end, org.name) for m in org.mentions
            )
            letters = next((f.group(1) for f in found if f is not None), None)
        else:
            continue
        if letters is not None and letters not in org.aliases:
            fired("actor.bracketed-acronym")
            org.aliases.append(letters)


def _initials_word(text: str, at: int, name: str) -> re.Match[str] | None:
    """ "(Pims)" after "Pakistan Institute of Medical Sciences": a word in brackets spelling the name's initials."""
    found = BRACKETED_WORD.match(text, at)
    return found if found is not None and found.group(1).upper() == initials_of(name) else None


def fold_acronyms(table: ActorTable) -> None:
    """ "the BCF" after "the Bureau of Coastal Fisheries", "the NRA" after "the National Rail Authority", "the
    VLH" after "the Federation of Harbour Pilots (VLH)" (rule actor.acronym): an organisation named by its
    initials, or by the letters the text put in brackets after its name, is the organisation named in full. So
    is an outlet: "AP" after "The Associated Press", "AFP" after "Agence France-Presse"."""
    text = table.article.text
    orgs = [a for a in table.actors if a.kind in (ActorKind.ORGANIZATION, ActorKind.OUTLET)]
    for short in orgs:
        if not (2 <= len(short.name) <= 6 and short.name.isalpha() and short.name.isupper()):
            continue
        bracketed = re.compile(rf"\s*\(\s*{re.escape(short.name)}\s*\)")
        full = next(
            (
                a
                for a in orgs
                if a is not short
                and len(a.name.split()) >= 2
                and (
                    initials_of(a.name) == short.name
                    or short.name in a.aliases
                    or any(bracketed.match(text, m.end) for m in a.mentions)
                )
            ),
            None,
        )
        if full is not None and full.id in table.by_id:
            fired("actor.acronym")
            fold_into(table, short, full)
        elif full is None and len(short.name) >= 3 and (spelled := _spelled_out(text, short)) is not None:
            fired("actor.acronym-spelled-out")  # "the Pacific Sailing Union"
            short.aliases.append(short.name)
            short.name = spelled  # named in full only inside a longer phrase the tagger read otherwise


CAPITALISED_RUN = re.compile(r"[A-Z][\w’'-]*(?:[ \t]+(?:(?:of|and|for|on|the)[ \t]+)*[A-Z][\w’'-]*)+")
"""Capitalised words in a row, with the small words names of bodies hold: "Pacific Sailing Union"."""


def _spelled_out(text: str, short: Actor) -> str | None:
    """The capitalised phrase before an organisation's first mention by its initials whose initials they are: any
    stretch of a run of capitalised words on one line ("named director of the Pacific Sailing Union on Friday")."""
    first = min((m.start for m in short.mentions), default=len(text))
    for run in CAPITALISED_RUN.finditer(text, 0, first):
        words = run.group().split()
        for n in range(len(words) - 1):
            for m in range(len(words), n + 1, -1):
                phrase = words[n:m]
                if phrase[0].lower() in INITIALS_SKIPPED or phrase[-1].lower() in INITIALS_SKIPPED:
                    continue
                if initials_of(" ".join(phrase)) == short.name:
                    return " ".join(phrase)
    return None


HANDLE_START = re.compile(r"@\w{2,30}")
"""An account's handle at the start of a name: "@JaneDoe" of "@JaneDoe of", as the tagger may run it on."""
FAMILY_IN_HANDLE = 5
"""The fewest letters of a family name that make a handle of it alone ("@VellaMT") that person's."""


def fold_handles(table: ActorTable) -> None:
    """ "a call with @TomasVella", "President @TomasVellaMT of Malta" (rule actor.handle-of-named): an account's
    handle, in an embedded post or a story quoting one, that spells the full name or holds the family name of the
    one person the story names in full is that person, known also by the handle; not a person of its own."""
    for account in [a for a in table.persons() if a.name.startswith("@")]:
        handle = HANDLE_START.match(account.name)
        owner = handle_owner(table, handle.group()) if handle is not None else None
        if owner is None or handle is None or account.id not in table.by_id:
            continue
        fold_into(table, account, owner)
        if account.name in owner.aliases and account.name != handle.group():
            owner.aliases.remove(account.name)
        if handle.group() not in owner.aliases:
            owner.aliases.append(handle.group())


def handle_owner(table: ActorTable, handle: str) -> Actor | None:
    """The one person named in full whose name the handle is (``_handle_of``; rule
    actor.handle-of-named): "@TomasVella", "@VellaMT" for Tomas Vella; None if no one, or more than one."""
    key = re.sub(r"[^a-z]", "", handle.lower())
    named = [p for p in table.persons() if not p.name.startswith("@") and len(p.name.split()) >= 2]
    owners = [p for p in named if _handle_of(key, p.name)]
    if len(owners) != 1:
        return None
    fired("actor.handle-of-named")
    return owners[0]


HANDLE_PREFIX = 2
"""Letters a handle may put before the name: a title's or a form of address's initials ("@DrVella", "@PMVella")."""
HANDLE_SUFFIX = 3
"""Letters a handle may put after the name: a country's or an office's code ("@VellaMT", "@TomasVellaPM"); digits
are no letters."""


def _handle_of(key: str, name: str) -> bool:
    """Whether a handle's letters ``key`` are the person's name, given names and family name either way round or
    the family name alone, with at most a short code before or after it: "@TomasVella", "@VellaMT", not
    "@VellaFanClub" or "@FriendsOfVella", which only hold it."""
    words = [re.sub(r"[^a-z]", "", w) for w in name.lower().split()]
    family, given = words[-1], "".join(words[:-1])
    names = [given + family, family + given] + ([family] if len(family) >= FAMILY_IN_HANDLE else [])
    for spelled in names:
        at = key.find(spelled)
        if 0 <= at <= HANDLE_PREFIX and len(key) - at - len(spelled) <= HANDLE_SUFFIX:
            return True
    return False


def fold_into(table: ActorTable, old: Actor, new: Actor) -> None:
    """Make every mention of ``old`` one of ``new`` and drop ``old`` (found before anything refers to it)."""
    for token, actor_id in list(table.token_actor.items()):
        if actor_id == old.id:
            table.token_actor[token] = new.id
    for mention in old.mentions:
        if mention not in new.mentions:
            new.mentions.append(mention)
    new.mentions.sort(key=lambda m: m.start)
    if old.name not in new.aliases and old.name != new.name:
        new.aliases.append(old.name)
    table.actors.remove(old)
    del table.by_id[old.id]
    table.by_key = {k: v for k, v in table.by_key.items() if v != old.id}
