"""An attribution while it is being read (``Finding``), and the word tests every reading of one shares: the
reporting lemma of a verb, a cue's span, a token range trimmed of edge punctuation."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..records import QuoteKind
from .actor_table import ActorTable
from .lexicon import (
    APPEARANCE_VERBS,
    ATTRIBUTION_VERBS,
    BESIDE_QUOTES_ONLY,
    FELT_STANCE_NOUNS,
    LEMMA_FIXES,
    MADE_REMARK_NOUNS,
    PHRASAL_SPEECH_VERBS,
    RAISING_VERBS,
    REGARDING_VERBS,
    REMARK_NOUNS,
    STANCE_ADJECTIVES,
    STANCE_NOUNS,
    STANCE_TAKING_NOUNS,
    URGING_VERBS,
    mended_lemma,
)
from .speakers import DOCUMENT_NOUNS, EDITORIAL_NOUNS
from .stance import APPEARANCE_FORMS
from .trace import fired

WRITTEN_VOICES = DOCUMENT_NOUNS | EDITORIAL_NOUNS | {"it", "sign", "caption", "headline", "banner", "message"}

CLAUSE_DEPS = {"ccomp", "xcomp"}
AUX_DEPS = {"aux", "auxpass", "neg", "prt"}
NOT_CONTENT_DEPS = {"nsubj", "nsubjpass", "punct", "cc", "conj", "advmod", "npadvmod", "agent"}
"""Arcs from a reporting verb to words that are never what it reports: its subject, its agent, marks, adverbs."""
SCARE_QUOTE_WORDS = 3
"""Quoted stretches this short, with no attribution around them, are scare quotes or titles."""
OUTSIDE_WORDS = 1
"""A reported clause with more words than this outside its quote marks is a mixed quote, not a direct one."""
LONE_QUOTE_WORDS = 6
"""An unattributed quote this long or longer is still reported, with no speaker."""
INTERRUPTION_TOKENS = 10
"""At most this many tokens between two quoted parts for "“A,” he said, “B.”"."""
CONTINUATION_TOKENS = 40
"""A longer attribution ending its sentence ("“A,” he told reporters on Monday. “B.”") still joins B."""


@dataclass
class Finding:
    """An attribution before it becomes a ``Quote``."""

    kind: QuoteKind
    ranges: list[tuple[int, int]]
    cue: tuple[int, int] | None
    speaker: SpacySpan | None
    speaker_actor: str | None = None
    nested: Finding | None = None
    """An attribution inside this one's content ("According to X, Y said …": Y said …)."""
    relayed_by: str | None = None
    signed: bool = False
    """A reader's comment or post with its signature (rule quote.signed): listed first of those at its start."""
    rule: str | None = None
    """The registered rule (data/rules/quote.toml) that made this finding, if it has one."""
    shaped_by: list[str] = field(default_factory=list)
    """Rules that found the finding on the core paths (quote.reported-clause, quote.quote-marks, …) or changed its
    bounds after it was made (quote.ends-before-inner): for ``explain``. The core ids are kept here, not in
    ``rule``, because ``quoted_passages._dedupe`` ranks a finding with no ``rule`` (a reporting reading) first."""
    said: tuple[int, int] | None = None
    """The quoted words alone when the content takes in the thing they name (rule quote.named-in-quotes): the
    record keeps these, the events read the whole content."""
    label: tuple[int, int] | None = None
    """The mention the record shows as the speaker when it is not the phrase resolved: a transcript's label, which
    the parse has no tokens of (``analysable_text`` blanks labels out), or a relative "that" whose antecedent was
    resolved."""

    @property
    def start(self) -> int:
        return self.ranges[0][0]

    @property
    def end(self) -> int:
        return self.ranges[-1][1]


PHRASAL_HEADS = frozenset(phrase.split()[0] for phrase in PHRASAL_SPEECH_VERBS)
"""Verbs that, with a particle, report what the two words mean ("fired back", "called out"): see ``reporting_lemma``."""
SPEECH_CUES = ATTRIBUTION_VERBS - BESIDE_QUOTES_ONLY
"""Verbs that cue an attribution wherever they stand (the others only beside quote marks)."""
CUE_WORDS = (
    (SPEECH_CUES | frozenset(LEMMA_FIXES) | REMARK_NOUNS | RAISING_VERBS | STANCE_ADJECTIVES | APPEARANCE_VERBS)
    | STANCE_TAKING_NOUNS
    | MADE_REMARK_NOUNS
    | {"clear"}
    | REGARDING_VERBS
    | STANCE_NOUNS
    | URGING_VERBS
    | APPEARANCE_FORMS
    | FELT_STANCE_NOUNS
    | {"according", "as", "in", "by", "put"}
    | PHRASAL_HEADS
)
"""Every word, by lemma or form, that ``quotes._reported_at`` can find an attribution at."""


def _puts_it(verb: Token) -> bool:
    """ "As the harbour master put it, …", "as Ada Moss put it: “…”", "She put it bluntly: …" (rule quote.put-it):
    "put it" with "as", or with only a manner word before a colon, is "said"; not "put it on the table"."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ != "it" or doc[verb.i + 1].head != verb:
        return False
    if any(c.dep_ in ("prep", "dative", "prt") for c in verb.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return True
    after = verb.i + 2
    while after < len(doc) and doc[after].pos_ == "ADV" and doc[after].head == verb:
        after += 1
    return after < len(doc) and doc[after].text == ":"


def reporting_lemma(token: Token) -> str:
    """The token's lemma, mended ("hoping"), or, for a verb with a particle, the reporting verb the two mean:
    "fired back" is "retort", "weighed in" is "comment" (rule quote.phrasal-verb, fired by ``quotes._reported_at``)."""
    lemma = mended_lemma(token)
    if lemma == "put" and _puts_it(token):
        return "say"
    if lemma in PHRASAL_HEADS and token.pos_ == "VERB":
        for child in token.children:
            if (child.dep_ == "prt" or (child.dep_ == "advmod" and child.i == token.i + 1)) and (
                meaning := PHRASAL_SPEECH_VERBS.get(f"{lemma} {child.lower_}")
            ) is not None:
                return meaning
    return lemma


def cue_of(verb: Token) -> tuple[int, int]:
    tokens = [verb] + [c for c in verb.children if c.dep_ in AUX_DEPS and abs(c.i - verb.i) <= 3]
    head = verb.head
    if verb.dep_ == "xcomp" and reporting_lemma(head) in UNSAID and 0 < verb.i - head.i <= 3:
        # "declined to discuss the closure": the refusal is part of how it was told
        tokens += [head] + [c for c in head.children if c.dep_ in AUX_DEPS and abs(c.i - head.i) <= 3]
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


DANGLING_WORDS = frozenset({"and", "but", "or", "nor"})
"""Conjunctions left at a content's end where it was cut before the clause they join ("… trustworthy, and")."""


def trimmed_chars(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Token range [start, end] as characters, without edge punctuation (quote marks kept, but for a mark that
    opens the next sentence) or a conjunction left dangling at its end."""
    while start <= end and (doc[start].is_space or (doc[start].is_punct and not doc[start].is_quote)):
        start += 1
    while end >= start and (
        doc[end].is_space
        or (doc[end].is_punct and not doc[end].is_quote)
        or doc[end].lower_ in DANGLING_WORDS
        or _opening_next(doc, start, end)
    ):
        if doc[end].text == ")" and _opened(doc, start, end):
            break
        end -= 1
    if end < start or not any(t.is_alpha for t in doc[start : end + 1]):
        return None
    return doc[start].idx, doc[end].idx + len(doc[end])


def _opening_next(doc: Doc, start: int, end: int) -> bool:
    """ "…was simple. ''Just pay it,'' he said" (rule quote.opening-mark-apart): a quote mark set apart from the
    sentence end before it opens the next sentence's quote, which the parse may hang on this one; a content
    does not end on it."""
    if not doc[end].is_quote or end <= start or not doc[end - 1].whitespace_ or doc[end - 1].text not in ".?!":
        return False
    fired("quote.opening-mark-apart")
    return True


def _opened(doc: Doc, start: int, end: int) -> bool:
    """Whether a parenthesis opened in tokens [start, end) is still open: its closing one stays ("Ryan (R-Wis.)")."""
    depth = 0
    for t in doc[start:end]:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0


def is_infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in verb.children)


UNSAID = frozenset({"decline", "refuse"})
"""Reporting verbs that say nothing was said: "declined to comment", "refused donations"."""
HEADLINE_SUMMARY = "quote.headline-summary"
"""The rule that marks an attribution read in the words of a headline or its standfirst ("Seoul denies contact",
"Negotiators say a deal is unlikely"): no quote, though the events still read it (``quotes.told``)."""
BARE_OBJECT = "quote.bare-object"
"""The rule that marks a reporting verb's bare object ("confirmed the date", "could not confirm the plan"): the
thing vouched for, not what was said, so no quote, though the events still read who spoke of it and later pronouns go to
that speaker (``quotes.told``)."""
PLAN_INFINITIVE = "quote.plan-infinitive"
"""The rule that marks what someone wants, seeks or asks to do ("wants to reopen the border"): a plan, not words,
so no quote, though the finding still bounds the contents around it and the events read it (``quotes.told``)."""
QUESTION_IN_PASSING = "quote.question-in-passing"
"""The rule that marks a question put in passing to the one who answers ("Asked by the judge whether …, the
witness said"): the setting of the answer, not an attribution of its own, though the events still read it
(``quotes.told``). A question told in a clause of its own ("She was asked by Moss whether …") stays one."""
WITHHELD = "quote.withheld"
"""The rule that marks a telling denied or refused ("would not say whether …"): no quote, though it still tells
the events who was asked about a contact and who spoke last (``quotes.told``)."""


def marked_by(clause: Token, word: str) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == word for c in clause.children)


def has_subject(clause: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children)


ADJUNCT_PREPS = set("during at in after before since until amid following ahead throughout within from".split())


def is_adjunct(child: Token) -> bool:
    """When, where or by whom rather than what: "spoke on Sunday", "tweeted during the debate", "backed by most"."""
    if child.dep_ in ("agent", "advcl", "prt"):
        return True
    if child.dep_ != "prep":
        return False
    objects = [g for g in child.children if g.dep_ == "pobj"]
    return child.lower_ in ADJUNCT_PREPS or any(g.ent_type_ in ("DATE", "TIME") for g in objects)


SETTING_ENTITIES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "EVENT"})


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def word_count(text: str, start: int, end: int) -> int:
    return sum(1 for w in text[start:end].split() if any(c.isalnum() for c in w))


def overlap_chars(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def inside_ranges(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the characters ``start``..``end`` lie wholly inside one of ``ranges`` (a cue or a speaker inside
    another quote's words, or inside quote marks)."""
    return any(s <= start and end <= e for s, e in ranges)


def actors_in(doc: Doc, table: ActorTable, ranges: list[tuple[int, int]]) -> set[str]:
    """The actors named in a quote's words: who is talked about there, whom its speaker is not ("Bashir, he
    said, was cautious")."""
    parts = [doc.char_span(s, e, alignment_mode="expand") for s, e in ranges]
    return {a.id for part in parts if part is not None for t in part if (a := table.actor_at_index(t.i)) is not None}
