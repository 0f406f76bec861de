"""A content cut off before the rest of a list or a second object it goes on with: "supported closing the pier,
‖ raising the fares and cutting the ferry service", "questioned Hale's “harbour values” ‖ and his readiness to
lead"."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Token

from ..records import QuoteKind
from .lexicon import ATTRIBUTION_VERBS, RESULT_PARTICIPLES
from .quote_findings import Finding, reporting_lemma
from .speaker_spans import last_word

LIST_JOINS = frozenset({"and", "or"})
LIST_ENDS = frozenset({".", ";", ":", "?", "!", "—", "–", "--"})
"""Punctuation that closes the clause a list runs in."""
NOUN_ITEM_STARTS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})


def with_list_after(doc: Doc, finding: Finding) -> Finding:
    """ "supported closing the pier, raising the fares and cutting the ferry service", "urged the board to cut
    the levy, hire pilots and open the pier", "took aim at the board, the ferry company and the union" (rule
    quote.list-goes-on): a content after its cue that stops at a comma before a list closed by "and" or "or",
    whose items are of the form of the content's last phrase (-ing words after an -ing word, bare verbs after a
    "to" infinitive, noun phrases with no verb after a noun), takes in the whole list: the cut fell on a list the
    parser read as a trailing participle, a second predicate or an apposition."""
    if finding.cue is None or finding.cue[1] > finding.start:
        return finding
    start, end = finding.ranges[-1]
    content = doc.char_span(start, end, alignment_mode="expand")
    if content is None or content.end + 1 >= len(doc) or doc[content.end].text != ",":
        return finding
    items = _list_items(doc, content.end + 1)
    if items is None or not _parallel([*content], items):
        return finding
    _extend(doc, finding, start, last_word(doc, content.end, items[-1][-1].i))
    finding.shaped_by.append("quote.list-goes-on")
    return finding


def _list_items(doc: Doc, first: int) -> list[list[Token]] | None:
    """The items of a list from ``first`` to the end of its clause, split at commas and at the "and" or "or"
    that closes it; None when no such word closes it or fewer than two items follow the content."""
    sentence_end = doc[first].sent.end
    items: list[list[Token]] = [[]]
    joined = False
    for token in doc[first:sentence_end]:
        if token.text in LIST_ENDS:
            break
        if token.text == "," or (token.lower_ in LIST_JOINS and token.dep_ == "cc"):
            joined = joined or token.lower_ in LIST_JOINS
            if items[-1]:
                items.append([])
            continue
        if not token.is_quote:
            items[-1].append(token)
    items = [item for item in items if item]
    return items if joined and len(items) >= 2 else None  # ", and …" alone joins a clause, not a list


def _parallel(content: list[Token], items: list[list[Token]]) -> bool:
    """Whether every item opens as the content's last phrase does: an -ing word (an adverb may come first), a
    bare verb after a "to" infinitive, or a noun phrase with no verb in the list at all."""
    firsts = [item[1] if item[0].pos_ == "ADV" and len(item) > 1 else item[0] for item in items]
    last = content[-1]
    if last.is_punct:
        return False  # a quote closed before the comma: what follows is the writer's
    # the phrases that run to the content's end: the last item of a list the content already began
    closing = [t for t in content if (t.right_edge.i >= last.i and t.i < last.i) or t == last]
    if any(_gerund_reported(t, content) for t in closing) and all(t.tag_ == "VBG" for t in firsts):
        return not any(_own_act(t) for t in firsts)
    if any(t.tag_ == "VB" and t.i > 0 and t.doc[t.i - 1].lower_ == "to" for t in closing):
        return all(t.tag_ == "VB" for t in firsts)
    if last.pos_ not in ("NOUN", "PROPN") or any(t.pos_ in ("VERB", "AUX") for item in items for t in item):
        return False
    if any(_gapped(item) or _ranked(item) for item in items):
        return False
    return all(t.pos_ in NOUN_ITEM_STARTS for t in firsts)


def _own_act(gerund: Token) -> bool:
    """ "opposed raising the fares, saying it would hurt families and promising a review", "backed closing the
    pier, prompting protests and sparking a lawsuit": an -ing word of saying (``ATTRIBUTION_VERBS``) or of what
    the act brought about (``RESULT_PARTICIPLES``) is the subject's own act or its outcome, not one more thing
    reported."""
    lemma = gerund.lemma_.lower()
    return reporting_lemma(gerund) in ATTRIBUTION_VERBS or lemma in ATTRIBUTION_VERBS or lemma in RESULT_PARTICIPLES


def _gapped(words: list[Token]) -> bool:
    """ "backed the levy, Hale the pier plan and Varga the ferry cuts": a name or noun followed at once by a
    determiner or a possessive is a clause whose verb was left out (a second subject and its object), not an
    object of the verb before."""
    return any(a.pos_ in ("PROPN", "NOUN") and (b.pos_ == "DET" or b.tag_ == "PRP$") for a, b in pairwise(words))


RANKING_WORDS = frozenset({"latest", "last", "first", "next"})


def _ranked(item: list[Token]) -> bool:
    """ "criticised the plan, the latest in a series of reforms and the costliest yet": an item that ranks
    ("the third this month", "the worst since 2019": an ordinal or a superlative after "the") glosses the noun
    before it, in the writer's words; it is no further object."""
    if len(item) < 2 or item[0].lower_ != "the":
        return False
    word = item[1]
    return word.tag_ in ("JJS", "RBS") or word.ent_type_ == "ORDINAL" or word.lower_ in RANKING_WORDS


def _gerund_reported(word: Token, content: list[Token]) -> bool:
    """An -ing word that heads what is reported ("supported closing the pier"), not a verb in a progressive
    tense ("said the town was running out of time, citing …") nor a participle inside the content ("said he
    spent the day fixing the pier, citing …"): the participles after those are the speaker's own acts."""
    return (
        word.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in word.children) and word.head not in content
    )


OBJECT_RULES = frozenset({"quote.object-content", "quote.prepositional-object"})


def with_object_conjunct(doc: Doc, finding: Finding) -> Finding:
    """ "questioned Hale's “harbour values” and his readiness to lead", "blasted the ferry “Albatross” and the
    old pier for being too costly" (rule quote.object-conjunct): a noun joined by "and" or "or" right after an
    object content, which the parser hung on the reporting verb as a conjunct of its own (a verb has no noun
    for a conjunct), is a second object of that verb: the content goes on to its end."""
    if finding.cue is None or not ({finding.rule, *finding.shaped_by} & OBJECT_RULES):
        return finding
    start, end = finding.ranges[-1]
    content = doc.char_span(start, end, alignment_mode="expand")
    cue = doc.char_span(*finding.cue, alignment_mode="expand")
    if content is None or cue is None or cue.end > content.start:
        return finding
    k = content.end
    while k < len(doc) and doc[k].is_quote:
        k += 1
    if k >= len(doc) or doc[k].lower_ not in LIST_JOINS or doc[k].head != cue.root:
        return finding
    conjunct = next((c for c in cue.root.children if c.dep_ == "conj" and c.i > k), None)
    if conjunct is None or conjunct.pos_ not in ("NOUN", "PROPN") or _gapped([*doc[k + 1 : conjunct.right_edge.i + 1]]):
        return finding  # not "welcomed the ruling and Senator Hale the new ferry": Hale welcomed the ferry
    first = next((c for c in cue.root.children if c.dep_ == "dobj" and content.start <= c.i < k), None)
    if first is not None and cue.end <= first.left_edge.i < content.start:
        start = first.left_edge.idx  # "Hale's" before the quoted words the content had been cut to
    _extend(doc, finding, start, last_word(doc, k, conjunct.right_edge.i))
    finding.shaped_by.append("quote.object-conjunct")
    return finding


def _extend(doc: Doc, finding: Finding, start: int, last: int) -> None:
    """The finding's last range from ``start`` to the token ``last``, with the mark that closes a quote opened in it;
    quoted words with words of the writer's after them are a mixed quote."""
    span = doc.char_span(start, doc[last].idx + len(doc[last]), alignment_mode="expand")
    if span is not None and sum(t.is_quote for t in span) % 2:
        mark = next((t for t in doc[last + 1 : last + 3] if t.is_quote or not t.is_punct), None)
        if mark is not None and mark.is_quote:
            last = mark.i  # '… too “costly,”': the comma inside the marks too
    finding.ranges = [*finding.ranges[:-1], (start, doc[last].idx + len(doc[last]))]
    if finding.kind == QuoteKind.DIRECT:
        finding.kind = QuoteKind.MIXED
