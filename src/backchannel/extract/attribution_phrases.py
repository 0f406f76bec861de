"""Attributions told by a phrase rather than a verb: "according to X", "in the poll, …", "by their account"
and "in X's view"."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..records import QuoteKind
from .lexicon import ATTRIBUTION_VERBS, FINDING_WORKS, SPEECH_VERBS, VIEW_NOUNS
from .light_verbs import takes_a_stand
from .quote_findings import CUE_WORDS, SPEECH_CUES, Finding, reporting_lemma, trimmed_chars
from .speaker_spans import RELATIVE_TAGS, noun_phrase
from .trace import fired

OPENING_MARKS = frozenset('"“')
CLOSING_MARKS = frozenset('"”')


def according_to(token: Token, sent: SpacySpan) -> Finding | None:
    doc = token.doc
    to = token.nbor()
    objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in token.children if c.dep_ == "pobj"]
    if not objs:
        return None
    source = noun_phrase(objs[0])
    prep_end = max(objs[0].right_edge.i, to.i)
    cue = (token.idx, to.idx + len(to))
    # "The mayor said X; according to the board, Y": "according to" right after a semicolon tells the clause
    # after it only (at the end of a clause, "A; B, according to X", it tells both)
    semicolon = token.i - 1 > sent.start and doc[token.i - 1].text == ";"
    if semicolon:
        fired("quote.semicolon-bounds")
    opening = _opening(doc, token.i if semicolon else sent.start, token.i)
    leading = opening == token.i
    comma = next((t.i for t in doc[to.i + 1 : sent.end] if t.text == ","), None)
    if leading and comma is not None and comma <= prep_end:
        # "According to a statement from the embassy in Tallinn, the flights …": the parse ran the source on
        # into the content; the comma ends it
        prep_end = comma - 1
        source = doc[objs[0].left_edge.i : comma]
    elif leading and _title_closed_after(doc, objs[0].left_edge.i, prep_end):
        # rule quote.according-to-source-comma: "According to the council's “Annual Review,” the pier …": the title's
        # comma and closing mark end the source, not the content's quote
        fired("quote.according-to-source-comma")
        prep_end += 2
        source = doc[objs[0].left_edge.i : prep_end + 1]
    elif leading and comma is not None and _source_runs_on(doc, prep_end, comma):
        # rule quote.according-to-source-comma: "According to Hart's “The Harbour Years” and other sources, …": the
        # parse broke the source at a title's quote marks or a coordinator; up to the comma it is all source
        fired("quote.according-to-source-comma")
        prep_end = comma - 1
        source = doc[objs[0].left_edge.i : comma]
    ranges: list[tuple[int, int] | None]
    if leading or doc[token.i - 1].text == ",":
        # leading ("According to X, …") or trailing ("…, according to X")
        if leading:
            ranges = [trimmed_chars(doc, prep_end + 1, sent.end - 1)]
        else:
            ranges = [trimmed_chars(doc, opening, token.i - 1)]
            after = trimmed_chars(doc, prep_end + 1, sent.end - 1)
            # not "…, according to DANE, the statistics office.": a phrase with no verb says who the source is
            clause = after is not None and any(t.pos_ in ("VERB", "AUX") for t in doc[prep_end + 1 : sent.end])
            # the comma closing the phrase, which the parse may hang on the source's noun
            clause = clause and (doc[prep_end].text == "," or doc[prep_end + 1 :].text[:1] == ",")
            if clause and doc[opening].lower_ in SUBORDINATORS:
                # "While most were marked confidential, according to an official, two were upgraded": what the
                # source tells is the main clause; the clause before sets it against something known
                ranges = [after]
                fired("quote.according-to-aside")
            elif clause and after is not None and _after_a_joint(token) and _quoted_through(doc, after, sent):
                # "…, who, according to the chamber, “opened more doors …”" (rule quote.according-to-quoted): the
                # source tells the quoted words after it, not the writer's words before
                ranges = [after]
                fired("quote.according-to-quoted")
            elif clause and ranges[0] is not None and _writer_goes_on(doc, prep_end):
                # "Demand will double, according to the firm's projections, and Ankara is buying more" (rule
                # quote.according-to-closes): the source closes what it tells; a new clause joined after it, or
                # one set by "as" or "while", is the writer's
                fired("quote.according-to-closes")
            elif clause and ranges[0] is not None:
                # "Now, according to the poll, some are swinging" (rule quote.according-to-aside): the words on
                # either side, not the source between them
                ranges.append(after)
                fired("quote.according-to-aside")
    else:
        ranges = [trimmed_chars(doc, opening, token.i - 1)]
    if ranges[0] is None:
        return None
    return Finding(
        QuoteKind.INDIRECT, [r for r in ranges if r is not None], cue, source, shaped_by=["quote.according-to"]
    )


def _writer_goes_on(doc: Doc, prep_end: int) -> bool:
    """Whether the words after "…, according to X," open with a coordinator or a subordinator ("and Ankara is
    buying", "as the dispute drags on"): the writer's next clause, not the rest of what X tells."""
    first = next((t for t in doc[prep_end + 1 :] if not t.is_punct), None)
    return first is not None and (first.pos_ == "CCONJ" or first.lower_ in SUBORDINATORS | {"as"})


def _title_closed_after(doc: Doc, start: int, end: int) -> bool:
    """Whether the source ``doc[start : end + 1]`` opens a title in quote marks that a comma and the closing mark
    right after it close ("the council's “Annual Review,”")."""
    return (
        end + 2 < len(doc)
        and doc[end + 1].text == ","
        and doc[end + 2].is_quote
        and any(t.is_quote for t in doc[start : end + 1])
    )


def _source_runs_on(doc: Doc, prep_end: int, comma: int) -> bool:
    """Whether the words between the end of the parsed source and the first comma after it are more of the source:
    no verb among them, so no clause of the content has begun ("According to the council's “Review” and press
    reports, …"). They must go on from the source with a coordinator, a mark or a possessive: in "According to police
    two men, both aged 30, were arrested" the content begins straight after the source, with no comma."""
    between = doc[prep_end + 1 : comma]
    joined = len(between) > 0 and (between[0].pos_ in ("CCONJ", "PUNCT") or between[0].tag_ == "POS")
    return joined and not any(t.pos_ in ("VERB", "AUX") for t in between)


def _after_a_joint(token: Token) -> bool:
    """Whether ", according to" follows a coordinator or a relative pronoun ("mending nets and, according to his
    daughter, …", "who, according to the chamber, …"), so that the words before it go on after it; after a whole
    clause ("X met Y on Monday, according to an aide, \"to clear the air\"") the source tells that clause too."""
    before = token.doc[token.i - 2] if token.i >= 2 else None
    return before is not None and (before.dep_ == "cc" or before.tag_ in RELATIVE_TAGS)


def _quoted_through(doc: Doc, span: tuple[int, int], sent: SpacySpan) -> bool:
    """Whether ``span`` is one passage in quotation marks, opening right where it starts and closing at the end of
    the sentence."""
    text = doc.text
    inner = text[span[0] + 1 : span[1] - 1]
    return (
        text[span[0]] in OPENING_MARKS
        and text[span[1] - 1] in CLOSING_MARKS
        and not any(c in OPENING_MARKS or c in CLOSING_MARKS for c in inner)
        and not text[span[1] : sent.end_char].strip(" .!?\n")
    )


def in_a_finding(prep: Token, sent: SpacySpan) -> Finding | None:
    """ "In the same poll, the mayor was winning pilots by 28 points" (rule quote.in-a-finding): a sentence opened
    by "in" a poll, a survey or a study (``finding_works``) tells that work's finding; a clause with a reporting
    verb of its own ("In the poll, 40 percent said …") is its speakers', and "leads in the polls" says where."""
    work = next((c for c in prep.children if c.dep_ == "pobj"), None)
    verb = prep.head
    if work is None or prep.dep_ != "prep":
        return None
    if prep.lower_ == "by":
        if work.lemma_.lower() == "account" and (owner := _view_holder(work)) is not None:
            return _by_their_account(prep, owner, sent)  # "by the harbour master's own account"
        return None
    holder, rule = (noun_phrase(work), "quote.in-a-finding") if work.lemma_.lower() in FINDING_WORKS else (None, None)
    if work.lemma_.lower() in VIEW_NOUNS and (owner := _view_holder(work)) is not None:
        holder, rule = owner, "quote.in-their-view"
    if holder is None:
        return None
    if (
        verb.pos_ not in ("VERB", "AUX")
        or reporting_lemma(verb) in ATTRIBUTION_VERBS
        or reporting_lemma(verb) in CUE_WORDS
    ):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    doc = prep.doc
    after = prep.right_edge.i + 1
    when = next((c for c in verb.children if c.dep_ == "npadvmod" and c.left_edge.i == after), None)
    if when is not None:
        after = when.right_edge.i + 1  # "In a Gazette poll last month, …": when the poll was taken
    fronted = _opening(doc, sent.start, prep.i) == prep.i and after < len(doc) and doc[after].text == ","
    if not fronted and rule == "quote.in-their-view" and (aside := _view_aside(prep, holder, sent)) is not None:
        return aside  # "The closure was, in the words of one pilot, a disgrace"
    if not fronted or verb.dep_ != "ROOT":
        return None  # "leads in the polls", "who has sagged in the polls": where, not whose words
    last = min(verb.right_edge.i, sent.end - 1)
    if any(reporting_lemma(t) in SPEECH_CUES and t.pos_ in ("VERB", "AUX") for t in doc[prep.i : last + 1]):
        return None
    span = trimmed_chars(doc, after, last)
    if span is None:
        return None
    cue = (prep.idx, prep.idx + len(prep))
    return Finding(QuoteKind.INDIRECT, [span], cue, holder, rule=rule)


def _by_their_account(prep: Token, holder: SpacySpan, sent: SpacySpan) -> Finding | None:
    """ "By the harbour master's own account, the pilots refused to sail" (rule quote.by-their-account): what the
    sentence tells is the owner's telling of it, wherever the phrase stands between commas."""
    doc = prep.doc
    after = prep.right_edge.i + 1
    if _opening(doc, sent.start, prep.i) == prep.i and after < sent.end and doc[after].text == ",":
        span = trimmed_chars(doc, after + 1, sent.end - 1)
        if span is None or not any(t.pos_ in ("VERB", "AUX") for t in doc[after + 1 : sent.end]):
            return None
        fired("quote.by-their-account")
        cue = (prep.idx, doc[prep.right_edge.i].idx + len(doc[prep.right_edge.i]))
        return Finding(QuoteKind.INDIRECT, [span], cue, holder, rule="quote.by-their-account")
    return _view_aside(prep, holder, sent, rule="quote.by-their-account")


def _view_aside(prep: Token, holder: SpacySpan, sent: SpacySpan, *, rule: str = "quote.view-aside") -> Finding | None:
    """ "The closure was, in the words of one pilot, a disgrace" (rule quote.view-aside; "The pier will close in May,
    by the mayor's account": ``rule`` quote.by-their-account): a phrase of whose words or telling it is, set off by
    commas inside or at the end of a sentence with a verb, attributes the sentence around it, without the phrase."""
    doc = prep.doc
    last = prep.right_edge.i
    comma = next((t.i for t in holder if t.text == "," and t.i > holder.root.i), None)
    if comma is not None:
        # "in the words of one pilot, a disgrace": the parse hung the rest on the holder
        holder, last = doc[holder.start : comma], comma - 1
    if prep.i - 1 <= sent.start or doc[prep.i - 1].text != ",":
        return None
    closing = last + 1 < sent.end and doc[last + 1].text == ","
    ending = all(t.is_punct or t.is_space for t in doc[last + 1 : sent.end])
    if not (closing or ending) or not any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start : sent.end]):
        return None
    if reporting_lemma(prep.head) in SPEECH_VERBS and any(c.dep_ in ("ccomp", "dobj") for c in prep.head.children):
        return None  # "…, he said, in his words, that …": the verb's own attribution has it
    ranges = [trimmed_chars(doc, sent.start, prep.i - 2)]
    if closing:
        ranges.append(trimmed_chars(doc, last + 2, sent.end - 1))
    kept = [r for r in ranges if r is not None]
    if not kept:
        return None
    fired(rule)
    cue = (prep.idx, doc[last].idx + len(doc[last]))
    return Finding(QuoteKind.INDIRECT, kept, cue, holder, rule=rule)


def _view_holder(view: Token) -> SpacySpan | None:
    """Whose view or words "In the mayor's view, …", "In the eyes of the pilots, …" tell (rule quote.in-their-view):
    the owner, or the object of "of"."""
    owner = next((c for c in view.children if c.dep_ == "poss"), None)
    if owner is not None:
        return view.doc[owner.left_edge.i : owner.i + 1]
    if not any(c.dep_ == "det" for c in view.children):
        return None  # "In view of the delays, …": because of them
    of = next((c for c in view.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > view.i), None)
    holder = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return noun_phrase(holder) if holder is not None and takes_a_stand(holder) else None


SUBORDINATORS = frozenset(
    {"while", "although", "though", "whereas", "because", "since", "if", "when", "after", "before"}
)
OPENING_WORDS = frozenset({"and", "but", "yet", "so", "now", "still", "however", "meanwhile", "indeed", "also"})
"""Words that may open a sentence before "according to" without being part of what the source tells."""


def _opening(doc: Doc, start: int, according: int) -> int:
    """Where the words "according to" bears on start: after a colon in the sentence before it ("It has not gone
    unnoticed: according to polls, …"), or at "according" itself when only a joining word or two comes before it
    ("But, according to the poll, …", rule quote.according-to-aside)."""
    colon = next((t.i for t in reversed(doc[start:according]) if t.text == ":"), None)
    if colon is not None and not doc[colon + 1].is_quote:  # 'said: “…”, according to …' is all the source's
        start = colon + 1
    words = [t for t in doc[start:according] if not (t.is_punct or t.is_space)]
    if all(t.lower_ in OPENING_WORDS for t in words):
        return according
    return words[0].i
