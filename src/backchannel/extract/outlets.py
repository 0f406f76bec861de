"""News outlets, told from their names and from how the text uses them ("reported", "told …", "said in an
editorial"), and their short names ("the Ledger")."""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..geo import gazetteer
from ..records import Actor, ActorKind, Article
from .actor_table import ActorTable
from .actor_words import doc_text, strip_possessive, without_article
from .lexicon import KNOWN_OUTLETS, NEWS_AGENCY_WORDS, ORGANIZATION_WORDS, OUTLET_NAME_WORDS, OUTLET_OPENING_WORDS
from .short_names import fold_into
from .trace import fired


def own_outlet(name: str, article: Article) -> bool:
    """ "told La Voz de Potosí afterwards", in an article La Voz de Potosí published: the paper itself (rule
    actor.outlet-by-usage)."""
    if bool(article.outlet) and strip_possessive(name).casefold() == strip_possessive(article.outlet or "").casefold():
        fired("actor.outlet-by-usage")
        return True
    return False


def paper_by_its_word(ent: SpacySpan) -> bool:
    """ "told the Herald", "the Courier reported": a paper's word alone after "the" is that paper, never a person
    (rule actor.outlet-by-usage)."""
    after_the = ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"
    if len(ent) == 1 and after_the and ent[0].lower_ in OUTLET_NAME_WORDS:
        fired("actor.outlet-by-usage")
        return True
    return False


def a_bodys_name(name: str) -> bool:
    """ "according to the New Zealand High Commission", "according to the Reserve Bank of India": a name holding a
    word for a body of state or an organisation, which is not a paper's, is no outlet however it is cited (rule
    actor.outlet-by-usage)."""
    words = name.casefold().split()
    if len(words) >= 2 and any(w in ORGANIZATION_WORDS - OUTLET_NAME_WORDS for w in words):
        fired("actor.outlet-by-usage")
        return True
    return False


def broadcaster_named_person(name: str) -> bool:
    """ "Radio Tavan Lao said …" tagged a person's name (rule actor.outlet-opening-word): a name of two words or
    more opening with a broadcaster's word is a broadcaster's, not a person's, whose family name would take in
    every later "Tavan Lao"."""
    words = strip_possessive(name).casefold().split()
    if len(words) >= 2 and words[0] in OUTLET_OPENING_WORDS:
        fired("actor.outlet-opening-word")
        return True
    return False


def is_outlet_name(name: str) -> bool:
    low = strip_possessive(name).casefold()
    if low in KNOWN_OUTLETS or f"the {low}" in KNOWN_OUTLETS:
        return True
    words = low.split()
    if len(words) >= 2 and words[-1] == "agency":  # "Xinhua News Agency", not "the European Space Agency"
        return words[-2] in NEWS_AGENCY_WORDS or " ".join(words[:-1]) in KNOWN_OUTLETS
    return len(words) >= 2 and words[-1] in OUTLET_NAME_WORDS


OUTLET_NOUN_BEFORE = (
    r"\b(?:newspaper|daily|weekly|(?:news|press|wire) agency|broadcaster|magazine|tabloid|channel|outlet|website|"
    r"station|paper)\s*$"
)
"""A word for a paper or a broadcaster right before a name makes the name an outlet's; "agency" only as a news
agency ("state news agency MENA", not "the environmental agency Ibama")."""


def words_before(span: SpacySpan, size: int = 3) -> str:
    """The last words before a name in its own sentence, in lower case, where a word for an outlet would stand
    ("the newspaper Aftenposten")."""
    doc = span.doc
    return doc[max(span.start - size, span[0].sent.start) : span.start].text.lower()


def outlet_noun_before(span: SpacySpan, size: int = 3) -> bool:
    """Whether a word for an outlet stands in the last words before a name in its own sentence ("the newspaper
    Aftenposten"). A headline or standfirst with no full stop ("… over the Beagle Channel") is a sentence of its own:
    its last word does not make the name that opens the next paragraph a channel's (rule
    actor.outlet-noun-in-sentence)."""
    before = words_before(span, size)
    across = span.doc[max(span.start - size, 0) : span.start].text.lower()
    if across != before and re.search(OUTLET_NOUN_BEFORE, across) and not re.search(OUTLET_NOUN_BEFORE, before):
        fired("actor.outlet-noun-in-sentence")
    return bool(re.search(OUTLET_NOUN_BEFORE, before))


MEDIUM_VERBS = frozenset("say write post tweet announce declare claim state".split())
MEDIUM_NOUNS = frozenset("post posts message video interview broadcast show account".split())
"""Not "statement": "a statement on Hamas" names what it was about."""


def medium_context(span: SpacySpan) -> bool:
    """Named as the medium a statement went out on (rule actor.medium): a platform or a broadcaster, never a
    party to it: "said on Twitter", "in an interview on NTV", '"…," wrote @harbourwatch on Twitter'."""
    doc, start = span.doc, span.start
    if start >= 2 and doc[start - 1].lower_ == "on":
        before = doc[start - 2]
        if before.lemma_.lower() in MEDIUM_VERBS or (before.lower_ in MEDIUM_NOUNS and before.tag_.startswith("NN")):
            fired("actor.medium")
            return True
    on = span.root.head  # "on" hanging on the verb, past its subject
    if span.root.dep_ == "pobj" and on.lower_ == "on" and on.head.lemma_.lower() in MEDIUM_VERBS:
        fired("actor.medium")
        return True
    return False


def reporting_context(span: SpacySpan) -> bool:
    """Used the way a news outlet is: reports, is cited, is told or interviewed."""
    head = span.root
    doc = span.doc
    before = words_before(span)
    outlet_noun = outlet_noun_before(span)
    if re.search(
        r"(interview with|told|according to|told the|quoted by|published by|in an? (?:report|article) by)\s*$", before
    ):
        return True
    if outlet_noun:
        return True  # "the newspaper Aftenposten", "Spanish daily El País", "state news agency MENA"
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ in ("report", "publish", "cite", "learn", "broadcast"):
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in ("reported", "reports", "reporter", "correspondent", "sources", "source"):
        return True
    return nxt is not None and nxt.text == "," and span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "citing"


def reporting_titles(doc: Doc) -> list[SpacySpan]:
    """Titles the tagger read as a work's that report (rule actor.outlet-by-usage): "…, the Daily Ledger reported"
    is a paper's name; as an organisation's it becomes an outlet below."""
    titles = [
        SpacySpan(doc, e.start, e.end, label="ORG")
        for e in doc.ents
        if e.label_ == "WORK_OF_ART" and reporting_context(e) and any(t.is_title for t in e)
    ]
    if titles:
        fired("actor.outlet-by-usage")
    return titles


OUTLET_BY_USAGE = re.compile(
    r"\b(?:(?:editors?|editorial board|columnists?|reporters?|correspondents?|publisher|editor-in-chief)"
    r"\s+(?:of|at|for)"
    r"|(?:according to|told|wrote in|wrote for|writing for|published in|reported by|an editorial in|editorial in))"
    r"\s+(?P<name>The\s+[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3})"
)
"""A name used as a newspaper's (rule actor.outlet-by-usage): "the editors of The Advocate", "told The Ledger";
the capitalised "The" keeps out people and common nouns."""
OUTLET_REPORTING = re.compile(
    r"(?<![\w.])(?P<name>The\s+[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3})\s+"
    r"(?:reported|reports|has reported|had reported|said in an editorial|wrote in an editorial"
    r"|leads (?:on|with)|led (?:on|with)|devotes its|devoted its|splashes|splashed|quotes|quoted)\b"
)
"""The same, from "The Morning Clarion reported", and from a press review's "The Harbour Star leads on …",
"devotes its front page to …", "quotes an official as saying …"."""


def add_outlets_by_usage(table: ActorTable, doc: Doc) -> None:
    """Outlets the tagger did not see as names, found from how the text uses them."""
    text = doc_text(doc)
    for m in [*OUTLET_BY_USAGE.finditer(text), *OUTLET_REPORTING.finditer(text)]:
        end = m.end("name") - m.group("name").endswith(".")  # "according to The Clarion." ends a sentence
        span = doc.char_span(m.start("name"), end, alignment_mode="contract")
        if span is None or not len(span):
            continue
        name = strip_possessive(span.text)
        known = {a.id: a for t in span if (a := table.actor_at(t)) is not None}
        if len(known) == 1 and (org := next(iter(known.values()))).kind is ActorKind.ORGANIZATION:
            if without_article(org.name) == without_article(name):  # "The Clarion" is the tagger's "Clarion"
                fired("actor.outlet-by-usage")
                org.kind = ActorKind.OUTLET  # "the editors of The Lantern": the tagger's organisation is a paper
                table.by_key[(ActorKind.OUTLET.value, name.casefold())] = org.id
            continue
        if known:
            continue
        if gazetteer().country_of(name):
            continue
        fired("actor.outlet-by-usage")
        outlet = add_outlet(table, name, span)
        for other in re.finditer(rf"\b{re.escape(span.text)}\b", text):  # its other mentions, as whole words
            again = doc.char_span(other.start(), other.end(), alignment_mode="contract")
            if again is not None and len(again) and not any(t.i in table.token_actor for t in again):
                table.add_mention(outlet, again)
    _add_short_outlet_names(table, doc)


def _add_short_outlet_names(table: ActorTable, doc: Doc) -> None:
    """ "the Ledger" after "the Daily Ledger", "the Clarion" after "The Morning Clarion" (rule actor.outlet-alias):
    the paper's last name word after "the", whether the tagger made it an organisation or nothing at all."""
    text = doc_text(doc)
    for outlet in [a for a in table.actors if a.kind is ActorKind.OUTLET]:
        words = outlet.name.split()
        last = words[-1] if words else ""
        if len(words) < 2 or not last[:1].isupper() or last.lower() in OUTLET_GENERIC_WORDS:
            continue
        for m in re.finditer(rf"\b[Tt]he ({re.escape(last)})\b(?!\s+[A-Z])", text):
            span = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
            if span is None or not len(span):
                continue
            held = table.actor_at(span[0])
            if held is None:
                fired("actor.outlet-alias")
                table.add_mention(outlet, span)
            elif held.kind is ActorKind.ORGANIZATION and held.name.casefold() == last.casefold():
                fired("actor.outlet-alias")
                fold_into(table, held, outlet)


def add_outlet(table: ActorTable, name: str, mention: SpacySpan) -> Actor:
    """An outlet, merged with one named before under a longer or shorter form (rule actor.outlet-alias): "Kyodo
    News" and "Kyodo", "The Daily Ledger" and "the Ledger", "The Washington Post" and "the Post"."""
    short = _outlet_core(name)
    matches = [
        a
        for a in table.actors
        if a.kind is ActorKind.OUTLET
        and (core := _outlet_core(a.name))
        and short
        and (core == short or core.endswith(" " + short) or short.endswith(" " + core))
    ]
    if len(matches) == 1:
        fired("actor.outlet-alias")
        outlet = matches[0]
        table.add_mention(outlet, mention)
    else:
        outlet = table.add(ActorKind.OUTLET, name, mention=mention)
    for form in (name, " ".join(w for w in name.split() if w.lower() not in OUTLET_GENERIC_WORDS)):
        if form and form != outlet.name and form not in outlet.aliases:
            outlet.aliases.append(form)
    return outlet


OUTLET_GENERIC_WORDS = frozenset("the news agency daily newspaper wire service online".split())


def _outlet_core(name: str) -> str:
    return " ".join(w for w in name.casefold().split() if w not in OUTLET_GENERIC_WORDS)
