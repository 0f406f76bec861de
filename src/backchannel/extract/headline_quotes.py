"""Quotes that stand outside the sentences around them: headlines that attribute ("Caddell: Voters
Worried"), round-up lines of a name and a quotation, and blocks set off after a colon."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..datelines import DATELINE, place_words
from ..geo import gazetteer
from ..records import QuoteKind
from .actor_words import doc_text
from .content_bounds import MIN_TRAILING_WORDS
from .lexicon import BYLINE_ROLES, QUESTION_ASKERS, SPEECH_VERBS, TITLE_NOUNS
from .nested_quotes import FIRST_PERSON
from .person_words import PEOPLE_NOUNS
from .quote_findings import (
    FINITE_TAGS,
    HEADLINE_SUMMARY,
    LONE_QUOTE_WORDS,
    Finding,
    cue_of,
    reporting_lemma,
    word_count,
)
from .quotemarks import DOUBLE_MARKS
from .speaker_spans import speaker_span
from .statement_lines import statement_lines
from .titles import title_case
from .trace import fired

BLOCK_AFTER_COLON = re.compile(r":[ \t]*\n\s*(?P<block>[^\s\"“‘'][^\n]*(?:\n(?!\s*\n)[^\n]+)*)")
"""A paragraph's closing colon, then the next paragraph (its lines up to a blank one), not opened by a quote mark."""
LIST_ITEM = re.compile(r"(?m)^\s*(?:[-•*–—]|\d+[.)])\s")


def _a_works_title(doc: Doc, start: int, end: int) -> bool:
    """Whether the quoted stretch from ``start`` to ``end`` (marks included) is written as a title and has no
    verb: the name of a film, a book or a song ("‘Squid Game’", "“The Long Strike”"), not words someone said."""
    inner = doc.char_span(start + 1, end - 1, alignment_mode="expand")
    return (
        inner is not None
        and title_case(doc_text(doc)[start + 1 : end - 1])
        and not any(t.pos_ in ("VERB", "AUX") for t in inner)
    )


def with_statement_lines(doc: Doc, text: str, findings: list[Finding]) -> list[Finding]:
    """Round-up lines of a name, a colon and a quotation (rule quote.statement-line, see ``statement_lines``) as
    that person's quotes, in place of the speakerless quotes found in them. The name must be one, a proper noun
    or the tagger's entity, with no verb ("Moss said: “…”" is a sentence the parse reads)."""
    lines = []
    for line in statement_lines(text):
        name = doc.char_span(*line.name, alignment_mode="expand")
        if name is None or any(t.pos_ in ("VERB", "AUX") for t in name):
            continue
        words = [t for t in name if t.is_alpha]
        named = len(words) >= 2 and any(t.pos_ == "PROPN" for t in words)
        if not (named or any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in words)):
            continue  # "Correction: “…”", "Read more: “…”": a label, not a name
        if NOT_A_SPEAKER.search(name.text):
            continue
        if any(f.speaker is not None and f.start < line.said[1] and line.said[0] < f.end for f in findings):
            continue
        if _a_works_title(doc, *line.said):
            continue  # "- Ana Ruiz, novelist: “The Long Strike”": a list of works
        lines.append(Finding(QuoteKind.DIRECT, [line.said], line.colon, name, rule="quote.statement-line"))
    if not lines:
        return findings
    kept = [f for f in findings if not any(f.start < g.end and g.start < f.end for g in lines)]
    return kept + lines


def blocks_after_colon(doc: Doc, text: str, findings: list[Finding]) -> list[Finding]:
    """ "In a speech last July, he said: ¶ Let no one be mistaken …" (rule quote.block-after-colon): a paragraph
    that ends on a reporting verb with its speaker and a colon introduces the next paragraph, set off without
    quote marks, as the speaker's words. The attributions inside the block stay as they are."""
    out = []
    for m in BLOCK_AFTER_COLON.finditer(text):
        colon = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
        if colon is None or any(f.start <= m.start() < f.end for f in findings):
            continue
        verb = colon.sent.root
        if verb.pos_ != "VERB" or reporting_lemma(verb) not in SPEECH_VERBS or verb.i > colon.start:
            continue
        if any(c.dep_ in ("ccomp", "dobj", "xcomp") and verb.i < c.i < colon.start for c in verb.children):
            continue  # "said the fares would rise:" reports something of its own
        speaker = speaker_span(verb)
        start, end = m.start("block"), _block_end(doc, text, m.start("block"), m.end("block"))
        if speaker is None or word_count(text, start, end) < LONE_QUOTE_WORDS or LIST_ITEM.search(text[start:end]):
            continue  # "What councillors said: ¶ - A said …": a list of reports, each with its own
        out.append(Finding(QuoteKind.DIRECT, [(start, end)], cue_of(verb), speaker, rule="quote.block-after-colon"))
    return out


WRITERS_STAFF = BYLINE_ROLES & QUESTION_ASKERS
"""The paper's own who report, of whom its "our" speaks: "Our correspondent in Kyiv"."""


def _block_end(doc: Doc, text: str, start: int, end: int) -> int:
    """Where a block set off after a colon ends. In a text whose paragraphs are single lines (no blank line
    anywhere, as pages are often copied) a paragraph is a line: the block is the line after the colon and the
    lines after it that go on in the speaker's first person with no quote marks of their own ("Trump said: ¶
    There is no country … ¶ Prime Minister May and I have …"), up to the first that does not (rule
    quote.block-lines); a text with blank lines keeps its paragraph whole."""
    if "\n\n" in text or "\n" not in text[start:end]:
        return end
    line_end = text.index("\n", start)
    while line_end < end:
        following = text.find("\n", line_end + 1)
        following = end if following < 0 or following > end else following
        line = text[line_end + 1 : following]
        if not _in_first_person(doc, line_end + 1, following) or any(c in DOUBLE_MARKS for c in line):
            break
        fired("quote.block-lines")
        line_end = following
    return line_end


def _in_first_person(doc: Doc, start: int, end: int) -> bool:
    """Whether the line from ``start`` to ``end`` speaks in the first person: a pronoun "I", "we", "our" …, not the
    numeral of "World War I" or "Phase I", nor the writer's "Our correspondent" or "our reporter" (a paper's own
    staff who report)."""
    line = doc.char_span(start, end, alignment_mode="expand")
    return line is not None and any(
        t.lower_ in FIRST_PERSON
        and t.pos_ == "PRON"
        and not _numeral_one(t)
        and t.head.lemma_.lower() not in WRITERS_STAFF
        for t in line
    )


def _numeral_one(token: Token) -> bool:
    """ "World War I", "Phase I", "Elizabeth I": an "I" right after a capitalised word that does not open its
    sentence is the Roman numeral of a name, which the tagger takes for the pronoun."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.text == "I" and before is not None and before.is_title and not before.is_sent_start


HEADLINE_CLAIM = re.compile(r"^(?P<who>[A-Z][^:\n]{1,40}?):\s+(?P<what>\S.*?)\s*$")
NOT_A_SPEAKER = re.compile(
    r"(?i)^(the|a|an|report|exclusive|breaking|watch|video|live|update|analysis|opinion|factbox|explainer|timeline"
    r"|correction|clarification|note|editor's note|read more|related|see also)\b"
    r"|\b(update|daily|live|podcast|briefing|newsletter|roundup|round-up|explainer|factbox|timeline|editorial|review"
    r"|notebook|diary|journal|letter|dispatch|digest|column|postcard|memo|brief|bulletin|news|newscast|recap|wrap"
    r"|programme|transcript)$"
)
"""Section labels, a page's furniture and programme names before a colon: "Delegate Update: …", "Read more: …",
"News Daily: …", "Harbour Radio morning bulletin: …", "FACTBOX - Gulf shipping: …"."""
HEADLINE_CHARS = 200
SPEAKER_WORDS = 5


def _headline_line(text: str, boiler: list[tuple[int, int]]) -> re.Match[str] | None:
    """The text's first line, if it is short enough for a headline and no boilerplate."""
    line = re.search(r"[^\n]+", text)
    if line is None or len(line.group(0)) > HEADLINE_CHARS or any(s <= line.start() < e for s, e in boiler):
        return None
    return line


HEADLINE_LINES = 3
"""At most this many lines open a story as its headline and standfirst."""
PARAGRAPH_LINES = re.compile(r"[^\n]+(?:\n[^\n]+)*")


def headline_end(text: str, boiler: list[tuple[int, int]]) -> int:
    """Where the headline and the standfirst under it end: the text's opening paragraphs, boilerplate (a byline)
    passed over, that are one short line each and close on no full stop, colon or comma; 0 if none does."""
    end = lines = 0
    for para in PARAGRAPH_LINES.finditer(text):
        if any(s <= para.start() and para.end() <= e for s, e in boiler):
            continue
        line = para.group(0).rstrip()
        if "\n" in line or len(line) > HEADLINE_CHARS or lines >= HEADLINE_LINES or SENTENCE_LINE.search(line):
            break
        if _filed_from_a_city(line):
            break  # "KEMAMAN — Transport Minister Ada Moss says ferry fares will fall": the lede, full stop or not
        end, lines = para.end(), lines + 1
    return end


def _filed_from_a_city(line: str) -> bool:
    """Whether a line opens with a dateline, as a story's first paragraph does: of a town the gazetteer knows, or
    one followed by a sentence ("KEMAMAN — Transport Minister Ada Moss says ferry fares will fall"); not a heading
    set off the same way ("PRESS RELEASE — Department of the Marine", "FACTBOX - Gulf shipping: who …")."""
    filed = DATELINE.match(line)
    if filed is None:
        return False
    words = place_words(filed)
    if words is None or gazetteer().locate(words.split(",")[0].strip(" .-’'").title()) is not None:
        return True  # "BOGOTÁ/QUITO, March 16 —", "(Jan. 11, 2025 / JNS) —": a dateline of two places or none
    words = line[filed.end() :].split()
    lower = [w for w in words[1:] if w[0].islower()]
    return len(words) >= LEDE_WORDS and ":" not in line and 2 * len(lower) >= len(words) - 1


LEDE_WORDS = 6
"""At least this many words follow a dateline of a town the gazetteer does not know in a story's first sentence."""


SENTENCE_LINE = re.compile(r"[.:,;]['’\"”)]*$|[.!?]['’\"”)]*\s+['‘\"“]?[A-Z]")
"""A line that ends as a sentence does (also inside its quote marks: 'the council,” Moss said. “It will not.”') or
holds the end of one: a story's opening paragraph, not a headline."""


def headline_summaries(findings: list[Finding], text: str, boiler: list[tuple[int, int]]) -> None:
    """ "Seoul denies Shenyang contact", "Ghana and Togo agree to reopen border", "Technical teams to meet next
    month; ministry rejects senator's claim" (rule quote.headline-summary): a reporting verb read in a headline or
    its standfirst, with no quoted words, sums up what the story goes on to tell; it is no quote of its own. The
    finding is marked, for the events to read all the same. Quoted words in a headline ("Minister says sport
    “builds bridges”", "Museum Will Tell of 'Suffering and Delight'") and the headline readings of this module
    ("Moss: Ferry Deal Is Dead") stay quotes, and so does a headline in Title Case ("Swiss Mediator Says Sudan
    Talks Could Resume"), the wire's style, whose attributions are counted as the story's."""
    end = headline_end(text, boiler)
    for f in findings:
        if f.kind is not QuoteKind.INDIRECT or f.cue is None or f.cue[0] >= end or f.start >= end:
            continue
        stop = text.find("\n", f.cue[0])
        line = text[text.rfind("\n", 0, f.cue[0]) + 1 : stop if stop >= 0 else len(text)]
        if title_case(line, longest=len(line)) and not line.isupper():
            continue  # "Swiss Mediator Says Sudan Talks Could Resume": a wire headline's attribution, read as one
        if not any(QUOTED_WORDS.search(text, s, e) for s, e in f.ranges):
            f.shaped_by.append(HEADLINE_SUMMARY)


QUOTED_WORDS = re.compile(r"[\"“”«»‘]|(?<!\w)'|['’](?!\w)")
"""A quote mark, single ones told from apostrophes: "Museum Will Tell of 'Suffering and Delight'" quotes words,
"Oman's oil minister" does not."""


def headline_claim(doc: Doc, text: str, boiler: list[tuple[int, int]]) -> Finding | None:
    """ "Caddell: Voters Worried About Health": a headline that attributes with a colon."""
    if (line := _headline_line(text, boiler)) is None:
        return None
    m = HEADLINE_CLAIM.match(line.group(0))
    if m is None:
        return None
    who_start = m.start("who") + (label.end() if (label := HEADLINE_LABEL.match(m["who"])) else 0)
    who = line.group(0)[who_start : m.end("who")]
    if who.isupper() or NOT_A_SPEAKER.search(who):
        return None
    base = line.start()
    speaker = doc.char_span(base + who_start, base + m.end("who"), alignment_mode="expand")
    if speaker is None:
        return None
    # a name and nothing else: not "Kravchenko in Vilnius: …", "Pak Khone dam row: …", "Letter from Nusa Dua: …",
    # "Radio Harbour, “Morning Line”: …", a headline's topic or a column's title before its colon
    # (rule quote.headline-named)
    # "Obama on Climate Change: …" is the name's say on a topic: the words before "on" are the name
    named_part = next((speaker[: t.i - speaker.start] for t in speaker[1:] if t.lower_ == "on"), speaker)
    addressed = _addressed_name(speaker)
    if addressed is not None:
        speaker = named_part = addressed
    if len(named_part) > SPEAKER_WORDS or (named_part is not speaker and NOT_A_SPEAKER.search(named_part.text)):
        return None
    if any(t.pos_ == "VERB" for t in named_part):
        return None  # "Ada Moss said: “…”" opening the text is a sentence, not a headline's "Moss: …"
    names = [t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP") for t in named_part if not t.is_punct]
    named = addressed is not None or (any(names) and all(names) and not any(t.text == "," for t in named_part))
    later = not named and _named_later(doc, text, named_part.text, line.end())
    described = not named and not later and _described_speaker(speaker)
    if not named and not later and not described and not _capitalised_in_sentence_case(who, m["what"]):
        return None
    end = base + m.end("what")
    if (quoted := HEADLINE_QUOTED.match(m["what"])) is not None:
        end = base + m.start("what") + quoted.end()  # 'Defence minister: "We are not at war" over drones'
    while end > base + m.start("what") and text[end - 1] == ".":
        end -= 1
    colon = base + m.end("who")
    if end <= base + m.start("what"):
        return None
    rule = (
        None
        if named
        else "quote.headline-named-later"
        if later
        else "quote.headline-described"
        if described
        else "quote.headline-capitals"
    )
    shaped = ([] if rule else ["quote.headline-named"]) + (["quote.headline-addressed"] if addressed else [])
    return Finding(
        QuoteKind.DIRECT, [(base + m.start("what"), end)], (colon, colon + 1), speaker, rule=rule, shaped_by=shaped
    )


HEADLINE_LABEL = re.compile(r"(?i)(?:exclusive|breaking|watch|video|update|live)\s*[-–—|]\s*(?=[A-Z])")
"""A page's label before the name, set off by a dash: "EXCLUSIVE – Ada Moss: …"."""
ADDRESSING_PREPS = frozenset({"to", "at"})
"""Prepositions after a headline's name that say to whom or where it spoke ("Moss to Pilots: …")."""


def _addressed_name(speaker: SpacySpan) -> SpacySpan | None:
    """ "Moss to Harbour Board: The pier must close", "Former Minister Ada Moss at Rally: …" (rule
    quote.headline-addressed): a name, then "to" or "at" whom or where it spoke, before a headline's colon: the
    name is the speaker. It must hold a person's or a body's name, so that "Guide to Kemi: …" speaks for no one."""
    cut = next((t for t in speaker[1:] if t.lower_ in ADDRESSING_PREPS), None)
    if cut is None:
        return None
    name = speaker[: cut.i - speaker.start]
    if not any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in name):
        return None
    if not all(t.pos_ == "PROPN" or t.ent_type_ or t.is_title for t in name if not t.is_punct):
        return None
    return name


def _described_speaker(speaker: SpacySpan) -> bool:
    """ "Defence minister: …", "EU officials: …" (rule quote.headline-described): a description ending in a
    title or a noun for people, written in a headline's sentence case, speaks; the story names whom it means."""
    words = [t for t in speaker if t.is_alpha]
    last = words[-1] if words else None
    return last is not None and last.lower_ == last.text and (last.lemma_ in TITLE_NOUNS or last.lemma_ in PEOPLE_NOUNS)


HEADLINE_QUOTED = re.compile(
    r"['‘\"“][^'‘’\"“”]+['’\"”](?=\s+(?i:over|on|about|amid|after|as|at|in|for|with|against|despite|during)\b)"
)
"""A quoted stretch opening what a headline attributes, with a phrase of the headline's own after it that says
what it is about ("… over drones"); a stretch that the words after it go on ("‘Of Course’ Moss Is Qualified")
is part of a claim, not the whole quote."""
HEADLINE_QUOTE_FIRST = re.compile(r"^(?P<what>['‘\"“][^\n]+?['’\"”]):\s+(?P<rest>\S[^\n]*)$")
"""A headline that opens with the quote: "'We will not yield': Minister vows to defend waters"."""


def headline_quote_first(doc: Doc, text: str, boiler: list[tuple[int, int]]) -> Finding | None:
    """ "'We will not yield': Minister vows to defend waters", "‘Not at war’: Ruiz rejects drone claims" (rule
    quote.headline-quote-first): the quote before the colon is in the words of the subject of the clause after
    it, when that subject is someone: a name (one the tagger read as a common noun when the story goes on to use
    it as a name), or a noun for a person or people."""
    if (line := _headline_line(text, boiler)) is None:
        return None
    m = HEADLINE_QUOTE_FIRST.match(line.group(0))
    if m is None:
        return None
    base = line.start()
    rest = doc.char_span(base + m.start("rest"), base + m.end("rest"), alignment_mode="expand")
    if rest is None:
        return None
    subject = next((t for t in rest if t.dep_ in ("nsubj", "nsubjpass") and t.head in rest), None)
    if subject is None or subject.left_edge.i != rest.start:
        return None  # the subject opens the clause: "Ruiz rejects …", not "Why Ruiz rejects …"
    someone = subject.pos_ == "PROPN" or subject.lemma_.lower() in TITLE_NOUNS | PEOPLE_NOUNS
    if not someone and not (subject.is_title and _named_later(doc, text, subject.text, line.end())):
        return None
    start, end = base + m.start("what"), base + m.end("what")
    if _a_works_title(doc, start, end):
        return None  # "'The Crown': Netflix star joins cast"
    colon = end
    speaker = doc[subject.left_edge.i : subject.i + 1]
    return Finding(QuoteKind.DIRECT, [(start, end)], (colon, colon + 1), speaker, rule="quote.headline-quote-first")


QUOTE_EDGES = " '\"‘’“”,"
"""What a headline's words are cut from at either end."""
HEADLINE_TOLD = re.compile(
    r"^(?P<what>[^\n]+?)[,’'\"”]*,[’'\"”]?\s+(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
    r"(?P<verb>Says|Tells|Warns|Claims|Insists|Admits|Urges|Vows|Predicts|Argues)\b"
)
"""A title-case headline that ends with its attribution: "Fares Are 'A Tax On Islanders,' Ada Moss Tells Board"."""


def headline_told(doc: Doc, text: str, boiler: list[tuple[int, int]]) -> Finding | None:
    """ "Fares Are 'A Tax On Islanders,' Ada Moss Tells Board" (rule quote.headline-told): in a headline in title
    case, what comes before the comma is what the capitalised name after it says, tells or warns."""
    if (line := _headline_line(text, boiler)) is None:
        return None
    m = HEADLINE_TOLD.match(line.group(0))
    if m is None or NOT_A_SPEAKER.search(m["who"]):
        return None
    base = line.start()
    speaker = doc.char_span(base + m.start("who"), base + m.end("who"), alignment_mode="expand")
    start, end = base + m.start("what"), base + m.end("what")
    while end > start and text[end - 1] in QUOTE_EDGES:
        end -= 1
    if text[start] in QUOTE_EDGES and not any(c in "’'\"”" for c in text[start + 1 : end]):
        start += 1  # a mark opening the whole headline, not one closed inside it ("‘ISIS Truther’ Trump Is …")
    words = doc.char_span(start, end, alignment_mode="expand")
    if speaker is None or words is None or word_count(text, start, end) < MIN_TRAILING_WORDS:
        return None
    if not any(t.tag_ in FINITE_TAGS | {"MD"} for t in words):
        return None  # "Railing Against Trump, Sanders Vows …": a phrase, not a claim
    cue = (base + m.start("verb"), base + m.end("verb"))
    return Finding(QuoteKind.DIRECT, [(start, end)], cue, speaker, rule="quote.headline-told")


LATER_MENTIONS = 3
"""Mentions after the headline looked at to see whether its word before the colon is a name."""


def _named_later(doc: Doc, text: str, who: str, after: int) -> bool:
    """ "Varga: Ferry Deal Is Dead" in title case, the tagger reading "Varga" as a common noun: the words before
    the colon are a name when the story goes on to use them as one (rule quote.headline-named-later)."""
    if not re.fullmatch(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*", who):
        return False
    for k, hit in enumerate(re.finditer(r"\b" + re.escape(who) + r"\b", text[after:])):
        if k >= LATER_MENTIONS:
            break
        span = doc.char_span(after + hit.start(), after + hit.end(), alignment_mode="expand")
        if span is not None and all(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP") for t in span):
            return True
    return False


def _capitalised_in_sentence_case(who: str, what: str) -> bool:
    """ "Trump: 'We are going to win'", "Insiders: Trump will rebound": in a headline written in sentence case
    (some word after the colon in lower case), capitals before the colon name someone, whatever the tagger
    made of them (rule quote.headline-capitals)."""
    words = re.findall(r"[A-Za-z][\w'’.-]*", who)
    later = re.findall(r"[A-Za-z][\w'’-]*", what)[1:]
    return bool(words) and all(w[0].isupper() for w in words) and any(w[0].islower() and len(w) > 3 for w in later)
