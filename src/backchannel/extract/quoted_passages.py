"""Who said a passage in quote marks: the reported clause around it, a cue beside it, a colon or a sentence
that introduces it, or the quote before it; and how quoted passages and parsed attributions are combined into
one set of findings."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..records import QuoteKind
from .actor_words import doc_text
from .content_bounds import (
    CONTRAST_MARKS,
    TRAILING_WORDS,
    aside_within,
    content_breaks,
    dashed_gloss,
    sets_scene,
    trailing_apposition,
    trailing_gloss,
)
from .content_lists import with_list_after, with_object_conjunct
from .lexicon import ATTRIBUTION_VERBS, NAMING_VERBS_QUOTED, PERSONAL_PRONOUNS, PUBLISHED_WORKS, SPEECH_VERBS
from .quote_findings import (
    ADJUNCT_PREPS,
    CONTINUATION_TOKENS,
    FINITE_TAGS,
    INTERRUPTION_TOKENS,
    LONE_QUOTE_WORDS,
    NOT_CONTENT_DEPS,
    OUTSIDE_WORDS,
    SCARE_QUOTE_WORDS,
    UNSAID,
    WRITTEN_VOICES,
    Finding,
    cue_of,
    is_infinitive,
    overlap_chars,
    reporting_lemma,
    trimmed_chars,
    word_count,
)
from .quotemarks import Quoted
from .reporting_verbs import inverted_intro
from .scare_quotes import apart_from_cue, titles_a_piece
from .second_predicates import told_news
from .speaker_spans import (
    ADDRESSEE_VERBS,
    BARE_ATTRIBUTION_VERBS,
    inverted_subject,
    last_word,
    names_someone,
    noun_phrase,
    speaker_span,
)
from .speakers import DOCUMENT_NOUNS
from .trace import collecting, fired


def combine(doc: Doc, text: str, quoted: list[Quoted], reported: list[Finding]) -> list[Finding]:
    findings: list[Finding] = []
    used: set[int] = set()
    for finding in reported:
        if len(finding.ranges) > 1:
            # "The RSF, she said, « stands ready »": a parenthetical attribution around a quote
            parts = [i for i, q in enumerate(quoted) for r in finding.ranges if overlap_chars((q.start, q.end), r) > 0]
            if parts:
                used.update(parts)
                finding.kind = QuoteKind.MIXED
                finding.ranges = [_covering(r, [quoted[i] for i in parts]) for r in finding.ranges]
            findings.append(finding)
            continue
        span, rule, shaped = finding.ranges[0], finding.rule, finding.shaped_by
        inside = [i for i, q in enumerate(quoted) if min(q.end, span[1]) - max(q.start, span[0]) > 0 and i not in used]
        if not inside:
            findings.append(finding)
            continue
        covered = sum(overlap_chars((quoted[i].start, quoted[i].end), span) for i in inside)
        outside = word_count(text, span[0], span[1]) - sum(
            word_count(text, quoted[i].start, quoted[i].end) for i in inside
        )
        if (
            covered >= 0.6 * (span[1] - span[0])
            and outside <= OUTSIDE_WORDS
            and not _subject_outside(doc, span, [quoted[i] for i in inside])
        ):
            # the clause is the quote: a direct quote with this cue and speaker
            group = _interrupted(doc, quoted, inside[0], finding, reported)
            used.update(group)
            ranges = [(quoted[i].start, quoted[i].end) for i in group]
            # "…, according to his daughter, “talking to the gulls”": quoted words the writer's sentence runs into
            partial = "quote.according-to-quoted" in shaped
            findings.append(
                Finding(
                    QuoteKind.MIXED if partial else QuoteKind.DIRECT,
                    ranges,
                    finding.cue,
                    finding.speaker,
                    rule=rule,
                    shaped_by=[*shaped, "quote.quote-marks"],
                )
            )
        elif (named := _named_in_quotes(doc, finding, [quoted[i] for i in inside])) is not None:
            used.update(inside)
            fired("quote.named-in-quotes")
            marked = [*shaped, "quote.quote-marks", "quote.named-in-quotes"]
            findings.append(Finding(QuoteKind.MIXED, [span], finding.cue, finding.speaker, rule=rule, shaped_by=marked))
            findings[-1].said = named
        else:
            used.update(inside)
            start = min(span[0], *(quoted[i].start for i in inside))
            end = max(span[1], *(quoted[i].end for i in inside))
            marked = [*shaped, "quote.quote-marks"]
            mixed = Finding(QuoteKind.MIXED, [(start, end)], finding.cue, finding.speaker, rule=rule, shaped_by=marked)
            findings.append(mixed)
    for i, _q in enumerate(quoted):
        if i in used:
            continue
        rules: list[str] = []
        with collecting(rules):
            finding = _attribute_quote(doc, text, quoted, i, findings)
        for rule in rules:
            fired(rule)  # to whoever collects around the whole search
        if finding is None:
            continue
        finding.shaped_by.extend(r for r in rules if r != finding.rule and r not in finding.shaped_by)
        used.update(range(i, i + len(finding.ranges)))
        findings.append(finding)
    bounded = [_with_phrase_after(doc, _without_trailing_aside(doc, f)) for f in findings]
    ends = [f.ranges[-1][1] for f in bounded]
    listed = [with_object_conjunct(doc, with_list_after(doc, f)) for f in bounded]
    return _dedupe(_cut_swallowed(doc, _outer_goes_on(listed, ends)))


def _outer_goes_on(findings: list[Finding], ends: list[int]) -> list[Finding]:
    """ "said she favours cutting the levy, ‖ hiring pilots and reopening the pier" (rules quote.list-goes-on,
    quote.object-conjunct): a content that ended where a content inside it ended, before that one went on to the
    end of its list or its second object, goes on with it (the report of the report takes in the whole list)."""
    for inner, old in zip(findings, ends, strict=True):
        new = inner.ranges[-1][1]
        if new == old:
            continue
        for outer in findings:
            start, end = outer.ranges[-1]
            if outer is not inner and end == old and start < inner.ranges[-1][0]:
                outer.ranges[-1] = (start, new)
                outer.shaped_by.extend(r for r in inner.shaped_by[-1:] if r not in outer.shaped_by)
    return findings


def _subject_outside(doc: Doc, span: tuple[int, int], inside: list[Quoted]) -> bool:
    """ "said Moss “had set out the town's position”", "says it's “disastrous”" (rule quote.subject-before-quote): a
    reported clause whose subject, a noun, a name or a personal pronoun, stands before its quote marks is a mixed
    quote that keeps the subject, however few words lie outside the marks; a bare "that" before them still leaves
    the quote alone."""
    words = doc.char_span(*span, alignment_mode="expand")
    if words is None:
        return False
    first = min(q.start for q in inside)
    if any(
        t.dep_ in ("nsubj", "nsubjpass")
        and (t.pos_ in ("NOUN", "PROPN") or t.tag_ == "PRP")
        and t.idx < first
        and t.head.i >= t.i
        for t in words
    ):
        fired("quote.subject-before-quote")
        return True
    return False


ASIDE_UNCUT_RULES = frozenset(
    {
        "quote.appearance",
        "quote.appearance-complement",
        "quote.raising",
        "quote.parenthetical-after-opener",
        "quote.content-first",
        "quote.seen-as",
        "quote.stance-adjective",
    }
)
"""Rules whose contents are made without ``cut_trailing``; a relative or apposed aside at their end is cut after."""


def _without_trailing_aside(doc: Doc, finding: Finding) -> Finding:
    """ "Moss appears to back the levy, which the board opposed": the relative clause, apposition or gloss that
    ends a content of these rules is the writer's, as it is after a reported clause (``cut_trailing``)."""
    if not ({finding.rule, *finding.shaped_by} & ASIDE_UNCUT_RULES):
        return finding
    span = doc.char_span(*finding.ranges[-1], alignment_mode="expand")
    if span is None or len(span) < 2:
        return finding
    start, end = span.start, span.end - 1
    rules: list[str] = []
    with collecting(rules):  # an aside kept inside the content (quote.aside-within) is shown too
        for k, closing in content_breaks(doc, start, end, span.root.i):
            t, nxt = doc[k], doc[k + 1]
            dashed = dashed_gloss(doc, k, end)
            if not (t.text == "," or closing or dashed):
                continue
            if (
                dashed
                or (nxt.lower_ in TRAILING_WORDS and not aside_within(nxt, end))
                or (t.text == "," and (trailing_apposition(doc, k, start, end) or trailing_gloss(doc, k, end)))
            ):
                last = doc[k if closing else k - 1]
                finding.ranges = [*finding.ranges[:-1], (finding.ranges[-1][0], last.idx + len(last))]
                rules.append("quote.trailing-aside")
                break
    finding.shaped_by.extend(r for r in rules if r not in finding.shaped_by)
    return finding


def _with_phrase_after(doc: Doc, finding: Finding) -> Finding:
    """ "urged the board to act ‖ on the ferry fares", "“…” ‖ for the harbour" (rule quote.phrase-after): a
    prepositional phrase right after a content that follows its cue, with no punctuation between, hung on the cue
    or on a word of the content, goes on with what was said, unless it says when, where, how or to whom
    (``sets_scene``). So does a condition right after it (``_condition_after``)."""
    if finding.cue is None or finding.cue[1] > finding.start:
        return finding
    start, end = finding.ranges[-1]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return finding
    prep = doc[span.end]
    if prep.idx != end + 1 or doc_text(doc)[end] != " ":
        return finding
    if (last := _condition_after(finding, prep)) is not None:
        finding.ranges = [*finding.ranges[:-1], (start, last.idx + len(last))]
        finding.shaped_by.append("quote.condition-after")
        return finding
    if prep.dep_ != "prep":
        return finding
    head = prep.head
    if not (finding.cue[0] <= head.idx < finding.cue[1] or span.start <= head.i < span.end) or sets_scene(prep):
        return finding
    last = doc[last_word(doc, prep.i, prep.right_edge.i)]
    finding.ranges = [*finding.ranges[:-1], (start, last.idx + len(last))]
    finding.shaped_by.append("quote.phrase-after")
    return finding


CONDITION_MARKS = frozenset({"if", "unless", "because"})
PROMISING_VERBS = frozenset({"promise", "pledge", "vow", "threaten", "warn", "offer"})
"""Verbs by which one binds oneself or another to a deed: what is promised or threatened may hang on a condition
("promised new tolls if the fares rise"), which is then part of what was said."""


def _condition_after(finding: Finding, mark: Token) -> Token | None:
    """ "threatened not to show up ‖ unless he is paid", "promised new tolls ‖ if the fares rise" (rule
    quote.condition-after): an "if", "unless" or "because" clause right after a reported clause or a quote, with
    no comma, that the parser hung on the reporting verb, is part of what was said; so is an "if" or "unless"
    clause after the object of a verb of promising or threatening (``_promise_on_condition``). The clause's last
    word, or None."""
    if mark.dep_ != "mark" or mark.lower_ not in CONDITION_MARKS:
        return None
    clause = mark.head
    cue = finding.cue
    if cue is None or clause.dep_ != "advcl" or clause.left_edge.i != mark.i:
        return None
    if "quote.object-content" in finding.shaped_by and not _promise_on_condition(clause.head, mark):
        return None  # "opposed the levy because …", "will discuss the dispute if …": the act's, not what was said
    content = mark.doc.char_span(*finding.ranges[-1], alignment_mode="expand")
    if mark.lower_ == "because" and content is not None and is_infinitive(content.root):
        return None  # "agreed to testify because he had nothing to hide": why the act, not what was said
    if not cue[0] <= clause.head.idx < cue[1]:
        return None
    return clause.doc[last_word(clause.doc, clause.i, clause.right_edge.i)]


def _promise_on_condition(verb: Token, mark: Token) -> bool:
    """Whether an "if" or "unless" clause after a verb's object is the condition of what is promised or threatened
    ("promised new tolls if …", "warned of reprisals unless …"), not of the act of speaking: only after a verb of
    promising (``PROMISING_VERBS``) told as done, not one still to come or a modal's ("will discuss the dispute
    if …", "would offer talks if …": the condition is of the act), and never a "because" (the writer's reason)."""
    if mark.lower_ == "because" or verb.lemma_.lower() not in PROMISING_VERBS:
        return False
    return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


CAST_IN_QUOTES = "quote.cast-in-quotes"


def _named_in_quotes(doc: Doc, finding: Finding, inside: list[Quoted]) -> tuple[int, int] | None:
    """ "described the talks as “frank”", "called the report “pure fiction”", "dismissed the claim as “a fairy
    tale”" (rule quote.named-in-quotes): the news named or judged before the quote marks, a contact or a story of
    one (``told_news``), is the writer's; the quoted name is all that was said: those words (from the first quote
    to the last), a partial quote, which the record keeps (``quotes.told``) after the events have read the whole."""
    if finding.cue is None or not ("quote.object-content" in finding.shaped_by or finding.rule == CAST_IN_QUOTES):
        return None
    cue = doc.char_span(*finding.cue, alignment_mode="expand")
    verb = cue.root if cue is not None else None
    if verb is None or verb.lemma_.lower() not in NAMING_VERBS_QUOTED:
        return None
    first, last = min(q.start for q in inside), max(q.end for q in inside)
    before = [t for t in doc[verb.i + 1 :] if finding.ranges[0][0] <= t.idx < first]
    named = [t for t in before if t.head == verb and t.dep_ in ("dobj", "oprd") and told_news(t)]
    if not named or any(t.pos_ in ("VERB", "AUX") for t in before):
        return None  # no news named before the quote ("called “a dialogue”", "called Moss “a bully”"), or a clause
    return first, last


def _covering(span: tuple[int, int], quotes: list[Quoted]) -> tuple[int, int]:
    """``span`` widened to take in whole the quotes it overlaps (their marks included)."""
    over = [q for q in quotes if overlap_chars((q.start, q.end), span) > 0]
    return min([span[0]] + [q.start for q in over]), max([span[1]] + [q.end for q in over])


LINKING_WORDS = frozenset("and but or while whereas as when after before since because even though although".split())
"""Words that join a second attribution onto the content before it ("accused X while experts warned …")."""
MIN_CONTENT_WORDS = 2


def _cut_swallowed(doc: Doc, findings: list[Finding]) -> list[Finding]:
    """ "told the board that the pier was unsafe while the engineers said it was sound" (rule
    quote.ends-before-inner): when the cue of another attribution set beside the content lies inside it, after
    some of it, the content ends before that attribution, which is reported on its own (PolNeAR never nests one
    attribution in another's content). An attribution at the very start of a content ("According to X, Y said
    …") is left for the relay rule."""
    # only an attribution whose own content follows its cue ("warned of Y"); cutting keeps every start and cue
    following = [(f, f.cue) for f in findings if f.cue is not None and f.start >= f.cue[0]]
    for outer in findings:
        for inner, cue in following:
            if inner is outer or (outer.cue is not None and overlap_chars(outer.cue, cue) > 0):
                continue
            n = next((n for n, r in enumerate(outer.ranges) if r[0] < cue[0] < r[1]), None)
            if n is None or not _joined_beside(doc, outer.ranges[n], cue):
                continue
            start = outer.ranges[n][0]
            begin = cue[0]
            if inner.speaker is not None and start <= inner.speaker.start_char < begin:
                begin = inner.speaker.start_char
            end = _end_before(doc, start, begin)
            if end is None:
                continue
            outer.ranges = [*outer.ranges[:n], (start, end)]
            outer.shaped_by.append("quote.ends-before-inner")
    return findings


SIBLING_DEPS = frozenset({"conj", "advcl", "parataxis"})


def _joined_beside(doc: Doc, content: tuple[int, int], cue: tuple[int, int]) -> bool:
    """Whether a reporting verb's clause stands beside the content rather than inside what it reports: on the
    way from the cue up to the content's edge there is an adverbial or coordinated clause with a subject of its
    own ("… while experts warned", "…, and the mayor said"), not the content's own clause ("insisted that he
    never said …") nor a second "that" clause of the same report ("said that A, but that B")."""
    span = doc.char_span(*cue, alignment_mode="expand")
    if span is None or reporting_lemma(span.root) not in SPEECH_VERBS:
        return False
    node = span.root
    while True:
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        if (
            node.dep_ in SIBLING_DEPS
            and (node.dep_ != "advcl" or marks & CONTRAST_MARKS)
            and "that" not in marks
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WP", "WDT", "DT") for c in node.children)
        ):
            return True
        if node.head.i == node.i or not content[0] <= node.head.idx < content[1]:
            return False
        node = node.head


def _end_before(doc: Doc, start: int, begin: int) -> int | None:
    """Where a content from ``start`` ends when an attribution begins at character ``begin``: before the commas,
    dashes and linking words between them; None when too little of the content is left."""
    first = doc.char_span(start, begin, alignment_mode="expand")
    if first is None:
        return None
    k = first.end - 1
    while k >= first.start and doc[k].idx >= begin:
        k -= 1
    while k >= first.start and (
        doc[k].is_space or (doc[k].is_punct and not doc[k].is_quote) or doc[k].lower_ in LINKING_WORDS
    ):
        k -= 1
    if k < first.start:
        return None
    end = doc[k].idx + len(doc[k])
    if word_count(doc_text(doc), start, end) < MIN_CONTENT_WORDS:
        return None
    return end


def _interrupted(doc: Doc, quoted: list[Quoted], first: int, finding: Finding, others: list[Finding]) -> list[int]:
    """Indexes of the quoted parts one attribution covers: "“A,” he said, “B.”"; not a quote that another
    attribution of the text takes in (``_reported_apart``)."""
    group = [first]
    cue = finding.cue
    nxt = first + 1
    if cue and nxt < len(quoted) and quoted[first].end <= cue[0] and cue[1] <= quoted[nxt].start:
        between = doc.char_span(quoted[first].end, quoted[nxt].start, alignment_mode="expand")
        if (
            between is not None
            and "\n" not in between.text
            and not any(_own_attribution(t, cue, quoted[nxt].start) for t in between)
            and not _cued_after(doc, quoted[nxt])
            and not _inside_next_sentence(between)
            and not _reported_apart(quoted[nxt], finding, others)
            and (
                len(between) <= INTERRUPTION_TOKENS
                or (len(between) <= CONTINUATION_TOKENS and between.text.rstrip(" \t'\"‘’“”").endswith((".", ":")))
            )
        ):
            group.append(nxt)
    return group


def _inside_next_sentence(between: SpacySpan) -> bool:
    """ "“We do not go there,” she said. She blamed the closure on a “careless board,” …" (rule
    quote.inside-next-sentence): a quote that stands inside a later sentence, after words of that sentence, is no
    continuation of the quote before."""
    last = between.doc[last_word(between.doc, between.start, between[-1].i)]
    sent = last.sent
    if sent.start <= between.start or not any(t.is_alpha for t in between.doc[sent.start : last.i + 1]):
        return False
    fired("quote.inside-next-sentence")
    return True


def _reported_apart(q: Quoted, finding: Finding, others: list[Finding]) -> bool:
    """ "“A,” she said. “B” to please the board, she said." (rule quote.reported-apart): a quote that another
    reporting clause's content takes in is told by that clause, not continued from the quote before."""
    if not any(
        other.cue != finding.cue and any(overlap_chars((q.start, q.end), r) > 0 for r in other.ranges)
        for other in others
    ):
        return False
    fired("quote.reported-apart")
    return True


OWN_CUE_TOKENS = 4
"""How near after a quote its own reporting verb stands ("“B,” he added", "“B,” said the mayor's aide")."""


def _cued_after(doc: Doc, q: Quoted) -> bool:
    """ "“A,” said Moss. “B,” she added." (rule quote.own-cue-after): a quote closed by a comma, "!" or "?" and
    followed at once by a reporting verb with a speaker of its own is told by that verb, not by the one before."""
    if doc_text(doc)[q.end - 2 : q.end - 1] not in (",", "!", "?"):
        return False
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    for token in doc[span.end : min(span.end + OWN_CUE_TOKENS, len(doc))]:
        if "\n" in token.text or token.is_quote or token.text in ".!?":
            return False
        if token.pos_ in ("VERB", "AUX") and reporting_lemma(token) in SPEECH_VERBS:
            speaker = speaker_span(token) or inverted_subject(token)
            if speaker is not None and speaker.start >= span.end:
                fired("quote.own-cue-after")
                return True
            return False
    return False


def _own_attribution(t: Token, cue: tuple[int, int], nxt_start: int) -> bool:
    """A reporting verb between two quotes that is not their cue and reports the second ("he asked, …")."""
    if cue[0] <= t.idx < cue[1] or t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in ATTRIBUTION_VERBS:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) or t.right_edge.idx >= nxt_start:
        return True
    # "she said, then referred to …", "he said before adding: …", "… before asking her, “B”": a second
    # reporting predicate, or one whose words end where the quote begins
    after = t.doc[t.right_edge.i + 1 : t.right_edge.i + 2]
    if after.text in (",", ":") and after.end < len(t.doc) and t.doc[after.end].idx >= nxt_start:
        fired("quote.asks-before-quote")
        return True
    return (t.dep_ == "conj" and cue[0] <= t.head.idx < cue[1]) or after.text == ":"


def _attribute_quote(doc: Doc, text: str, quoted: list[Quoted], i: int, findings: list[Finding]) -> Finding | None:
    q = quoted[i]
    # a quote inside an attribution's content is part of it
    for f in findings:
        if f.start <= q.start and q.end <= f.end:
            if f.kind is QuoteKind.INDIRECT:
                f.kind = QuoteKind.MIXED
            return None
    words = word_count(text, q.start, q.end)
    if titles_a_piece(text, q.start, q.end):
        return None
    near = _label_intro(doc, q) or _near_cue(doc, q, quoted, words) or _colon_intro(doc, q) or _sentence_intro(doc, q)
    if (joined := _goes_on_with(text, q, near[0] if near is not None else None, findings)) is not None:
        # "told reporters that she would meet him “if the talks are public.”" (rule quote.goes-on-in-quote)
        joined.ranges[-1] = (joined.ranges[-1][0], q.end)
        joined.kind = QuoteKind.MIXED
        joined.shaped_by.append("quote.goes-on-in-quote")
        return None
    if near is not None:
        ranges = [(q.start, q.end)]
        if i + 1 < len(quoted) and near[0] is not None:
            probe = Finding(QuoteKind.DIRECT, ranges, near[0], near[1])
            ranges = [(quoted[j].start, quoted[j].end) for j in _interrupted(doc, quoted, i, probe, findings)]
        if len(ranges) == 1 and near[0] is not None and (wider := _complement(doc, text, q, near[0])) is not None:
            return Finding(QuoteKind.MIXED, [wider], near[0], near[1], shaped_by=["quote.quote-marks"])
        return Finding(QuoteKind.DIRECT, ranges, near[0], near[1], shaped_by=["quote.quote-marks"])
    if words <= SCARE_QUOTE_WORDS:
        return None
    if words >= LONE_QUOTE_WORDS or _opens_paragraph(text, q.start):
        if (holder := _quoting_clause(doc, quoted, q)) is not None:
            return Finding(QuoteKind.DIRECT, [(q.start, q.end)], *holder, rule="quote.quoting-clause")
        return Finding(QuoteKind.DIRECT, [(q.start, q.end)], None, None, shaped_by=["quote.lone-quote"])
    return None


def _quoting_clause(doc: Doc, quoted: list[Quoted], q: Quoted) -> tuple[tuple[int, int], SpacySpan] | None:
    """ "Varga offered “my thoughts to every family that lost a boat.”" (rule quote.quoting-clause): a quote with no
    reporting verb beside it, inside a clause whose verb and subject come before it in its sentence, is in the
    words of that subject, not of whoever spoke last, when the subject names someone (not "it"), is a document
    ("Its editorial called for “…”") or is a piece put out whose verb reports ("The ad accuses the mayor of
    “…”"; not "The motion passed with a “…”"). Of the verbs above the quote, a reporting one speaks for the
    clause it reports ("said she hoped for a crowd, which “…”")."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    first = next((t for t in span if not (t.is_quote or t.is_punct or t.is_space)), None) if span else None
    if span is None or first is None:
        return None
    verbs = [
        a
        for a in first.ancestors
        if a.pos_ in ("VERB", "AUX") and a.i < span.start and a.sent == first.sent and not _in_quotes(a, quoted)
    ]
    if not verbs:  # "Varga issued a statement, “Our harbour lost a pier.”": the parser hung the clause on the quote
        inside = range(span.start, span.end)
        top = next((t for t in span if not t.is_punct and (t.head == t or t.head.i not in inside)), first)
        verbs = [c for c in top.children if c.pos_ in ("VERB", "AUX") and c.i < span.start]
    reporting = [v for v in verbs if reporting_lemma(v) in ATTRIBUTION_VERBS]
    verb = reporting[-1] if reporting else next(iter(verbs), None)
    speaker = speaker_span(verb) if verb is not None else None
    if speaker is None or speaker.end > span.start or speaker.sent != first.sent or _in_quotes(speaker.root, quoted):
        return None
    root = speaker.root
    if root.pos_ == "PRON" and root.lower_ not in PERSONAL_PRONOUNS:
        return None  # "It was a “structural failure …”": no one
    lemma = root.lemma_.lower()
    written = lemma in QUOTING_DOCUMENTS or (lemma in PUBLISHED_WORKS and reporting_lemma(verb) in ATTRIBUTION_VERBS)
    if not (names_someone(speaker) or written):
        return None
    return cue_of(verb), speaker


QUOTING_DOCUMENTS = WRITTEN_VOICES - {"it"}


def _in_quotes(token: Token, quoted: list[Quoted]) -> bool:
    return any(q.start <= token.idx < q.end for q in quoted)


def _goes_on_with(text: str, q: Quoted, cue: tuple[int, int] | None, findings: list[Finding]) -> Finding | None:
    """The reported clause (not a quote) that ends right before the quote, with nothing but spaces between, and has
    the quote's own cue if it has one: the quote goes on with what that clause reports."""
    for f in findings:
        if (
            f.kind in (QuoteKind.INDIRECT, QuoteKind.MIXED)
            and f.cue is not None
            and cue in (None, f.cue)
            and f.end <= q.start
            and not text[f.end : q.start].strip(" ")
        ):
            return f
    return None


def _near_cue(doc: Doc, q: Quoted, quoted: list[Quoted], words: int) -> tuple[tuple[int, int], SpacySpan | None] | None:
    """The reporting verb beside the quote, unless the quote is a few words that verb does not govern: a scare
    quote or a name in quotes (``apart_from_cue``), which then goes with no one."""
    near = _adjacent_cue(doc, q, quoted)
    if near is None or words > SCARE_QUOTE_WORDS:
        return near
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    return None if span is not None and apart_from_cue(doc, span, near[0]) else near


CUE_WINDOW = 12
"""How many tokens either side of a quote are searched for its reporting verb."""


def _adjacent_cue(doc: Doc, q: Quoted, quoted: list[Quoted]) -> tuple[tuple[int, int], SpacySpan | None] | None:
    """The reporting verb just after ("…,” Peskov said") or before ("He said, “…”") a quote."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    inside = lambda t: any(o.start <= t.idx < o.end for o in quoted)  # noqa: E731
    after = list(doc[span.end : min(span.end + CUE_WINDOW, len(doc))])
    stop = next(
        (n for n, t in enumerate(after) if "\n" in t.text or t.is_quote or t.text == "." or (t.text in "!?" and n > 0)),
        len(after),
    )
    if _ends_a_sentence(doc, q, after):
        stop = 0
    before = doc[max(span.start - CUE_WINDOW, 0) : span.start]
    start_before = next(
        (n for n in range(len(before) - 1, -1, -1) if "\n" in before[n].text or before[n].text in ".!?"), -1
    )
    far = _verb_after_long_subject(doc, span, after[:stop])
    for token in [*after[:stop], *far, *reversed(list(before)[start_before + 1 :])]:
        if token.lower_ == "read" and token.pos_ == "NOUN" and doc[token.i - 1].lower_ in WRITTEN_VOICES:
            # the tagger's slip on "the editorial read": "editorial" an adjective, "read" a noun
            first = token.i - 2 if doc[token.i - 2].lower_ in ("the", "its", "their") else token.i - 1
            return (token.idx, token.idx + len(token)), doc[first : token.i]
        if (read_by := _read_after(token, span)) is not None:
            return cue_of(token), read_by
        if (
            token.pos_ in ("VERB", "AUX")
            and _reports(token)
            and not inside(token)
            and reporting_lemma(token) not in UNSAID
        ):
            speaker = speaker_span(token) or inverted_subject(token)
            if speaker is not None and inside(speaker.root):
                return cue_of(token), _outside_speaker(doc, token, span)
            if speaker is not None:
                return cue_of(token), speaker
    # "“…,” Trump shot back": any verb with a named or pronoun subject right after a quote closed by , ! ?
    if doc_text(doc)[q.end - 2 : q.end - 1] in (",", "!", "?"):
        for token in after[: min(stop, 4)]:
            if token.pos_ == "VERB" and not inside(token):
                speaker = speaker_span(token) or inverted_subject(token)
                if speaker is not None and speaker.root.pos_ in ("PROPN", "PRON") and speaker.start >= span.end:
                    return cue_of(token), speaker
                break
    return _verb_before_comma(doc, span, after)


def _verb_after_long_subject(doc: Doc, quote: SpacySpan, after: list[Token]) -> list[Token]:
    """ "“…,” Eric Woolson, an Iowa strategist and former adviser to the governor, said of Cruz." (rule
    quote.long-subject-after): a subject that opens right after a quote closed by a comma, "?" or "!" and runs
    past the window a cue is looked for in (a name and its description) still has its verb after it in the same
    sentence; that verb is looked at too. Nothing when the window already ends the sentence."""
    if len(after) < CUE_WINDOW or doc_text(doc)[quote.end_char - 2 : quote.end_char - 1] not in (",", "?", "!"):
        return []
    subject = next((t for t in after if t.dep_ == "nsubj" and t.left_edge.i == quote.end), None)
    if subject is None or subject.head.i <= after[-1].i or subject.head.pos_ != "VERB" or not _reports(subject.head):
        return []
    if any("\n" in t.text or t.is_quote or t.text in ".!?" for t in doc[after[-1].i : subject.head.i]):
        return []
    fired("quote.long-subject-after")
    return [subject.head]


def _verb_before_comma(doc: Doc, quote: SpacySpan, after: list[Token]) -> tuple[tuple[int, int], SpacySpan] | None:
    """ "Grandi reacted sharply to the deal, “I am concerned about …”" (rule quote.verb-before-quote): a quote that
    ends its sentence after a comma that closes a clause whose verb has a named subject is that subject's words."""
    if quote.start < 2 or doc[quote.start - 1].text != "," or (after and not after[0].is_sent_start):
        return None
    verbs = [t for t in (doc[quote.start - 1].head, doc[quote.start - 2].sent.root) if t.i < quote.start]
    verb = next((t for t in verbs if t.pos_ == "VERB" and t.tag_ in FINITE_TAGS), None)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ != "PERSON":
        return None
    fired("quote.verb-before-quote")
    return cue_of(verb), noun_phrase(subject)


def _ends_a_sentence(doc: Doc, q: Quoted, after: list[Token]) -> bool:
    """ "The mayor called the ferry “a triumph.” The board said …" (rule quote.full-stop-inside): a quote that
    closes on a full stop inside its marks, followed by a capitalised word, ends its sentence; the reporting verb
    of the next sentence is not its cue."""
    if not after or doc_text(doc)[q.end - 2 : q.end - 1] != "." or not after[0].text[:1].isupper():
        return False
    if _opens_its_sentence(doc, q) and _reporting_only(after):
        return False
    fired("quote.full-stop-inside")
    return True


def _opens_its_sentence(doc: Doc, q: Quoted) -> bool:
    """Whether the quote stands first in its sentence ("“…” Moss said."), not after a cue of its own ("Hale's
    letter ended: “…” Moss wrote back.")."""
    before = doc_text(doc)[: q.start].rstrip(" \t\xa0")
    return not before or before[-1] in '.!?\n"”’'


def _says_where_or_when(word: Token) -> bool:
    """A word after a bare reporting verb that only says where, when, how or to whom: "Moss said on Monday", "in
    a statement", "on Facebook", "later", "told reporters"; not "so", "back" or a preposition with something else
    to report."""
    if word.is_punct or word.dep_ in ("npadvmod", "advcl"):
        return True
    if word.dep_ in ("dobj", "dative") and reporting_lemma(word.head) in ADDRESSEE_VERBS:
        return True  # "Moss told reporters": whom it was said to
    if word.dep_ == "advmod":
        return word.lower_ not in ("so", "otherwise", "back", "too")
    if word.dep_ != "prep":
        return False
    objects = [c for c in word.children if c.dep_ == "pobj"]
    return word.lower_ in ADJUNCT_PREPS or any(
        o.ent_type_ in ("DATE", "TIME") or (word.lower_ == "on" and o.pos_ == "PROPN") for o in objects
    )


def _reporting_only(after: list[Token]) -> bool:
    """ "“… We need it.” Moss said." (rule quote.attribution-after-full-stop): a sentence that is only a subject and a
    reporting verb, reporting nothing of its own, attributes the quote before it, whatever the full stop."""
    end = next((n for n, t in enumerate(after) if t.text in (".", "!", "?") or "\n" in t.text), None)
    if end is None:
        return False
    verb = next(
        (t for t in after[:end] if t.pos_ in ("VERB", "AUX") and reporting_lemma(t) in BARE_ATTRIBUTION_VERBS), None
    )
    if verb is None or any(c.i > verb.i and not _says_where_or_when(c) for c in verb.children):
        return False  # "Moss wrote for the Herald until 2019", "Hale insisted on a recount": more than an attribution
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.left_edge.i != after[0].i or subject.pos_ not in ("PROPN", "PRON"):
        return False
    fired("quote.attribution-after-full-stop")
    return True


def _reports(verb: Token) -> bool:
    """A reporting verb; "read" only for a text that speaks ("the editorial read", "it read": rule
    quote.document-read)."""
    lemma = reporting_lemma(verb)
    if lemma in SPEECH_VERBS:
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return lemma == "read" and subject is not None and subject.lemma_.lower() in WRITTEN_VOICES


def _read_after(verb: Token, quote: SpacySpan) -> SpacySpan | None:
    """ "“…,” read the statement", "“…,” reads the letter" (rule quote.read-inverted): "read" right after a quote,
    with no subject before it and a text that speaks after it, has that text as its speaker."""
    doc = verb.doc
    if (
        reporting_lemma(verb) != "read"
        or verb.i < quote.end
        or any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
    ):
        return None
    if any(not (t.is_punct or t.is_space) for t in doc[quote.end : verb.i]):
        return None
    text = next((c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "nsubj", "attr", "npadvmod")), None)
    if text is None or text.lemma_.lower() not in WRITTEN_VOICES - {"it"}:
        return None
    fired("quote.read-inverted")
    return noun_phrase(text)


def _outside_speaker(doc: Doc, verb: Token, quote: SpacySpan) -> SpacySpan | None:
    """The parse took words inside the quote marks for the cue's subject ("“My reaction, that was outrageous,”
    a former strategist said"); the speaker is what stands outside them (rule quote.speaker-outside-quote):
    between the quote and a following verb, or after the verb ("…,” said Rep. Ada Moss)."""
    if verb.i >= quote.end:
        between = [t for t in doc[quote.end : verb.i] if not (t.is_punct or t.is_space)]
        if between:
            fired("quote.speaker-outside-quote")
            return doc[between[0].i : between[-1].i + 1]
    after = inverted_subject(verb)
    if after is None or after.start < quote.end:
        return None
    fired("quote.speaker-outside-quote")
    return after


def _complement(doc: Doc, text: str, q: Quoted, cue: tuple[int, int]) -> tuple[int, int] | None:
    """ "said Sanders has energized “a lot of people”": a partial quote inside the cue verb's complement is
    reported with the whole complement (a mixed quote)."""
    verbs = [
        t for t in doc.char_span(cue[0], cue[1], alignment_mode="expand") or [] if t.lemma_.lower() in SPEECH_VERBS
    ]
    if not verbs or verbs[0].idx > q.start:
        return None
    verb = verbs[0]
    for child in verb.children:
        if child.i <= verb.i or child.dep_ in NOT_CONTENT_DEPS:
            continue
        # the quote overlaps the child's words (its opening mark may hang on the verb: admitted “two cases” …)
        if child.left_edge.idx < q.end and q.start < child.right_edge.idx + len(child.right_edge):
            span = trimmed_chars(doc, child.left_edge.i, child.right_edge.i)
            if span is None:
                return None
            span = (min(span[0], q.start), max(span[1], q.end))
            if word_count(text, *span) - word_count(text, q.start, q.end) <= OUTSIDE_WORDS:
                return None
            return span
    return None


def _opens_paragraph(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] == "\n"


def _colon_before(doc: Doc, q: Quoted) -> int | None:
    """The colon right before a quote (across spaces and line breaks), as a token index."""
    first = doc.char_span(q.start, q.end, alignment_mode="expand")
    if first is None or first.start == 0:
        return None
    i = first.start - 1
    while i >= 0 and (doc[i].is_space or doc[i].text in ("\n",)):
        i -= 1
    return i if i >= 0 and doc[i].text == ":" else None


def _label_intro(doc: Doc, q: Quoted) -> tuple[tuple[int, int], SpacySpan] | None:
    """A name that labels the quote with a colon (rule quote.name-label) comes before any verb of the headline or
    line it stands in: in "Media shares blame in poll overhype - HuffPollster: “…”" the words are HuffPollster's."""
    i = _colon_before(doc, q)
    if i is None or (label := _name_label(doc, i)) is None:
        return None
    return (doc[i].idx, doc[i].idx + 1), label


def _colon_intro(doc: Doc, q: Quoted) -> tuple[tuple[int, int] | None, SpacySpan | None] | None:
    """ "Lavrov said:" at the end of the sentence before the quote."""
    i = _colon_before(doc, q)
    if i is None:
        return None
    sent = doc[i].sent
    intro = [t for t in sent if t.i < i]  # the quote may share the colon's sentence: never look inside it
    for token in reversed(intro):
        if token.pos_ in ("VERB", "AUX") and reporting_lemma(token) in SPEECH_VERBS:
            return cue_of(token), speaker_span(token) or inverted_intro(token)
    # "President Clinton released the following statement:", "Keller was more guarded about timing:"
    for root in (sent.root, doc[i].head):
        if root.i < i and root.pos_ in ("VERB", "AUX"):
            passive = next((c for c in root.children if c.dep_ == "nsubjpass"), None)  # "X was guarded:"
            speaker = speaker_span(root) or (noun_phrase(passive) if passive is not None else None)
            if speaker is None and root.lemma_.lower() in ATTRIBUTION_VERBS:
                speaker = inverted_intro(root)
            if speaker is not None:
                return cue_of(root), speaker
    return None


LABEL_TOKENS = 6
"""The longest name that labels a quote with a colon ("Mark Blumenthal and Jon Cohen:")."""
LABEL_OPENERS = frozenset({"-", "—", "–", "from", ".", "!", "?"})
"""What stands before a name that labels a quote: a dash after a headline, "More from", a sentence's end."""
NOT_LABELS = DOCUMENT_NOUNS | {"update", "source", "sources", "photo", "video", "correction", "clarification", "watch"}
"""Capitalised words before a colon that head a page's parts, not a speaker ("Transcript:", "Update:")."""


def _name_label(doc: Doc, colon: int) -> SpacySpan | None:
    """ "IOWA POLLS TOO EARLY - Mark Blumenthal and Jon Cohen: “…”", "More from Jones: “…”", "Clinton: “…”" (rule
    quote.name-label): a name alone before the colon that opens a quote, after a dash, "More from", a sentence's
    end, a line's start or the quote before, labels whose words follow; no verb there says anything else. A place
    ("… from Karasjok:") labels nothing."""
    start = colon
    while start > 0 and colon - start < LABEL_TOKENS:
        token = doc[start - 1]
        if _opens_label(token):
            break
        if not (token.is_title or token.is_upper or token.lower_ in ("and", "of")) or token.pos_ in ("VERB", "AUX"):
            return None
        start -= 1
    if start == colon or (start > 0 and not _opens_label(doc[start - 1])):
        return None
    label = doc[start:colon]
    if label[0].lower_ in ("and", "of") or label[-1].lower_ in ("and", "of") or label[-1].lower_ in NOT_LABELS:
        return None
    named = any(t.ent_type_ in ("PERSON", "ORG") or (t.pos_ == "PROPN" and not t.is_upper) for t in label)
    if not named or any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for t in label):
        return None
    fired("quote.name-label")
    return label


def _opens_label(token: Token) -> bool:
    """A line's start, a dash, "More from", a sentence's end or the close of the quote before ("“…” Bush: “…”");
    not "put it to me on the phone from Karasjok:", where "from" tells where."""
    if token.lower_ == "from":
        return token.i > 0 and token.doc[token.i - 1].lower_.endswith("more")  # also "-More from"
    return "\n" in token.text or token.lower_ in LABEL_OPENERS or token.is_quote


INTRO_SENTENCE_TOKENS = 12
"""The longest sentence read as a bare introduction ("Port historian Lena Varga agreed.")."""


def _sentence_intro(doc: Doc, q: Quoted) -> tuple[tuple[int, int], SpacySpan] | None:
    """ "Port historian Lena Varga agreed. “The owners are running out of time.”" (rule quote.intro-sentence): a
    short sentence of a subject and a reporting verb with nothing reported of its own, right before a quote in the
    same paragraph, is that quote's attribution."""
    first = doc.char_span(q.start, q.end, alignment_mode="expand")
    if first is None or first.start == 0:
        return None
    end = doc[first.start - 1]
    if end.text != "." or end.sent.end > first.start + 1:
        return None
    verb = end.sent.root
    if verb.pos_ != "VERB" or reporting_lemma(verb) not in SPEECH_VERBS or verb.tag_ not in FINITE_TAGS:
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "advcl") for c in verb.children) or "\n" in end.sent.text:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        return None
    # the subject's own description does not count: "Lena Marsh, the party's chair, said in a statement."
    if len(end.sent) - len(list(subject.subtree)) > INTRO_SENTENCE_TOKENS:
        return None
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if any(not _setting_of_saying(c) for c in preps):
        return None  # "Moss spoke about the pier.": what she spoke of, not an introduction
    fired("quote.intro-sentence-setting" if preps else "quote.intro-sentence")
    return cue_of(verb), noun_phrase(subject)


SAYING_SETTINGS = frozenset({"in", "on", "at", "to", "during", "after", "before", "via", "through", "from"})
"""Prepositions that place a saying ("in a statement", "on Monday", "to reporters", "at the rally") rather than
give its topic ("about", "of")."""


def _setting_of_saying(prep: Token) -> bool:
    """A phrase that says where, when or to whom something was said, with no clause of its own."""
    return prep.lower_ in SAYING_SETTINGS and not any(
        t.pos_ in ("VERB", "AUX") for c in prep.children for t in c.subtree
    )


def _same_cue(one: Finding, other: Finding) -> bool:
    return one.cue is not None and other.cue is not None and one.cue[0] < other.cue[1] and other.cue[0] < one.cue[1]


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """Keep one finding per content: the direct or mixed one over a bare clause."""
    rank = {QuoteKind.DIRECT: 0, QuoteKind.MIXED: 1, QuoteKind.PARTIAL: 2, QuoteKind.INDIRECT: 3}
    kept: list[Finding] = []
    # a kept finding covers its parts: the words between the parts of "“A,” X said, referring to …. “B.”" are the
    # attribution's, and another attribution there ("referring to …") is no duplicate; a reading of the same cue
    # there ("“A,” she said, a hint of anger in her voice, …") is
    # a stance rule's reading gives way to a reporting one of the same words ("X is expected to go, aides said")
    for f in sorted(findings, key=lambda f: (rank[f.kind], f.rule is not None, f.start)):
        start, end = f.start, f.end
        share = 0.8 * (end - start)
        covering = next(
            (
                k
                for k in kept
                if sum(max(0, min(end, e) - max(start, s)) for s, e in k.ranges) >= share
                or (max(0, min(end, k.end) - max(start, k.start)) >= share and _same_cue(f, k))
            ),
            None,
        )
        if covering is None:
            kept.append(f)
        elif f.cue and f.speaker is not None and covering.start <= f.cue[0] < covering.end and covering.nested is None:
            covering.nested = f  # "According to X, Y said …": Y's attribution, kept for the relay rule
    return kept
