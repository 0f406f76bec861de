"""Attributions read from a reporting verb: the verb's speaker and reported clause, in the active and the
passive, with the verb's special cases (asked, citing, quoted as saying, neither confirmed nor denied, a
question put, words set before the speaker)."""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import IDX
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..records import QuoteKind
from .actor_words import doc_text, entity_at
from .aside_subjects import subject_before_aside
from .closing_attributions import closing_attribution
from .contact_words import REQUEST_HEADS
from .content_bounds import (
    MIN_TRAILING_WORDS,
    PAIR_JOINS,
    after_read_in_speaker,
    clause_on_addressee,
    clause_span,
    completes_object,
    continued_clause,
    cut_trailing,
    fronted_clause,
    has_right_content,
    nonverbal_clause,
    only_the_story,
    reason_infinitive,
    report_of_another,
    resumed_content,
    set_off_predicate,
    stray_clause,
    subject_before_inverted,
    that_adverbial,
)
from .cue_findings import noun_cue
from .doc_index import doc_index
from .gender import given_names
from .grammar import PRESENT_TENSE_TAGS, is_passive, not_or_never
from .lexicon import (
    CHANNEL_NOUNS,
    CITED_SOURCES,
    DEED_PHRASAL_VERBS,
    EVIDENCE_VERBS,
    FINDING_WORKS,
    NO_ONE_WORDS,
    OBJECT_CONTENT_VERBS,
    OCCASION_NOUNS,
    ORGANIZATION_WORDS,
    PASSIVE_JUDGEMENTS,
    PERSONAL_PRONOUNS,
    PLATFORM_NAMES,
    QUESTION_TELLING_VERBS,
    QUESTION_WORDS,
    RACE_STANDING_VERBS,
    RACE_STANDING_WORDS,
    RECORD_NOUNS,
    REFUSING_MODALS,
    REMARK_NOUNS,
    SCENE_NOUNS,
    SILENCE_VERBS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    THANKING_VERBS,
    TITLE_ABBREVIATIONS,
    TITLE_NOUNS,
    TOPIC_VERBS,
    WANTING_VERBS,
)
from .light_verbs import is_a_share, takes_a_stand
from .person_words import COURTESY_TITLES, PEOPLE_NOUNS
from .questions import Asked, asked_at, put_to_you
from .quote_findings import (
    BARE_OBJECT,
    CLAUSE_DEPS,
    FINITE_TAGS,
    PLAN_INFINITIVE,
    QUESTION_IN_PASSING,
    SETTING_ENTITIES,
    SPEECH_CUES,
    UNSAID,
    WITHHELD,
    Finding,
    cue_of,
    has_subject,
    is_adjunct,
    marked_by,
    reporting_lemma,
    trimmed_chars,
    word_count,
)
from .quotemarks import DOUBLE_MARKS, OPENERS
from .second_predicates import reporting_of_second
from .speaker_spans import (
    RELATIVE_TAGS,
    as_saying,
    asked_aside,
    bare_attribution,
    inverted_subject,
    is_extraposed,
    is_purpose_infinitive,
    joined_by_cc,
    left_clause_is_not_content,
    noun_phrase,
    quoted_one,
    reduced_relative,
    shown_saying,
    speaker_span,
    told_after_aside,
)
from .speakers import DOCUMENT_NOUNS, NAMING_VERBS
from .summons import called_in
from .talk_topics import talk_topic
from .trace import fired


def _quoted_as_saying(verb: Token) -> Finding | None:
    """ "The Star quoted Ada Moss as saying the ferry would run", "Moss was quoted by the Star as saying …" (rule
    quote.quoted-as-saying): the words are the one quoted's, not the paper's, and what was said is the clause
    after "saying"."""
    said = as_saying(verb)
    speaker = quoted_one(verb) if said is not None else None
    clause = next((c for c in said.children if c.dep_ in CLAUSE_DEPS), None) if said is not None else None
    if said is None or speaker is None or clause is None:
        return None
    span, shaped = clause_span(said, clause)
    if span is None:
        return None
    if said.dep_ != "pcomp":
        shaped.append("quote.quoted-to-say")
    elif said.tag_ != "VBG":
        shaped.append("quote.quoted-as-having-said")
    if reporting_lemma(verb) == "report":
        shaped.append("quote.reported-as-saying")
    if reporting_lemma(verb) == "cite":
        shaped.append("quote.cited-as-saying")
    return Finding(QuoteKind.INDIRECT, [span], cue_of(verb), speaker, rule="quote.quoted-as-saying", shaped_by=shaped)


SOURCING = re.compile(
    r"\b(?:on (?:the )?condition (?:of|that)|to be (?:identified|named)|to remain anonymous|"
    r"because (?:they|he|she) (?:was|were|is|are) not authori[sz]ed|"
    r"not to (?:print|use|publish|give|reveal|disclose) (?:his|her|my) (?:sur|full |real |family )?name|"
    r"(?:his|her|my) (?:sur|full |real |family )?name (?:not )?be (?:used|printed|published|given|revealed|disclosed|"
    r"withheld))\b",
    re.IGNORECASE,
)
"""What a source says about being quoted is not what it said ("asked not to be named", "asked me not to print his
name", "asked that her surname not be used"); a body's request for others ("asked that their names not be
published") stays a request told."""


def speech_verb(verb: Token, sent: SpacySpan) -> Finding | None:
    lemma = reporting_lemma(verb)
    if _deed_particle(verb, lemma):
        fired("quote.deed-phrasal-verb")
        return None  # "showed up at the rally", "called off the strike": a deed, not a saying
    if lemma == "ask" and (asked := asked_at(verb)) is not None:
        return _asked_finding(verb, asked)  # "Asked whether a call was planned, X said …"
    if lemma == "ask" and (put := _question_put(verb)) is not None:
        return put
    if lemma == "ask" and told_after_aside(verb):
        return None  # "Peskov, asked about a ceasefire, told …": a question put to the speaker (quote.asked-aside)
    if put_to_you(verb):
        fired("quote.question-to-you")
        return None
    if lemma == "cite":
        return _quoted_as_saying(verb) or _citing(verb)  # "cited officials as saying …" (quote.cited-as-saying)
    if lemma == "quote" and _quoting_a_source(verb):
        return None
    if lemma in NAMING_VERBS and verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.i < verb.i:
        fired("quote.naming")
        return None  # "a party called Anti-Prom", "a class named Perception": a name, not a remark
    if lemma == "blame" and verb.head.lemma_.lower() == "be" and any(c.lower_ == "to" for c in verb.lefts):
        fired("quote.to-blame")
        return None  # "who is to blame for the closures": who is at fault, not what anyone said
    if _attributive_participle(verb):
        fired("quote.attributive-participle")
        return None
    if lemma == "say" and _concessive_said(verb):
        fired("quote.that-said")
        return None
    if lemma in FOUND_LEMMAS and _found_oneself(verb):
        fired("quote.found-oneself")
        return None
    if verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].lower_ in GERUND_QUANTIFIERS:
        fired("quote.gerund-noun")
        return None  # "had some explaining to do", "after much soul-searching": the doing, not words said
    if lemma in UNSAID:
        return None  # "declined to comment", "refused to say whom she met": nothing was said
    if _neither_confirmed_nor_denied(verb):
        fired("quote.neither-confirm-nor-deny")
        return None
    if verb.dep_ == "xcomp" and reporting_lemma(verb.head) in UNSAID and _on_what_others_said(verb):
        fired("quote.declined")  # "declined to comment on reports that X met Y": the reports', not the decliner's
        return None
    finding = speech_verb_finding(verb, sent) or closing_attribution(verb, sent)
    if finding is None:
        return None
    text = doc_text(verb.doc)
    if any(SOURCING.search(text[s:e]) for s, e in finding.ranges):
        return None
    if _withheld(verb, finding):
        finding.shaped_by.append(WITHHELD)
    elif topic := talk_topic(verb, finding):
        finding.shaped_by.append(topic)
    return finding


FOUND_LEMMAS = frozenset({"find"})
"""Verbs whose object with a predicate after it is what a poll or a study measured ("found the mayor ahead")."""


def _found_standing(verb: Token, speaker: SpacySpan | None) -> Finding | None:
    """ "A Gazette poll found the mayor well ahead in the east", "The survey found both men largely unknown" (rule
    quote.found-standing): what a poll, a study or a record (``finding_works``, ``record_nouns``) found is the
    object and the predicate said of it, though the parse makes no clause of them. A person's finding ("Moss found
    the keys", "found himself alone") is no telling."""
    if reporting_lemma(verb) not in FOUND_LEMMAS or speaker is None:
        return None
    if speaker.root.lemma_.lower() not in FINDING_WORKS | RECORD_NOUNS:
        return None
    doc = verb.doc
    small = next(
        (
            c
            for c in verb.children
            if c.dep_ == "ccomp" and c.pos_ == "ADJ" and any(g.dep_ == "nsubj" for g in c.children)
        ),
        None,
    )
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    said = [
        c
        for c in verb.children
        if obj is not None and c.i > obj.right_edge.i and c.dep_ in ("prep", "advmod", "acomp", "oprd", "conj", "xcomp")
    ]
    if small is not None:
        first, last = small.left_edge.i, small.right_edge.i
    elif obj is not None and said:
        first, last = obj.left_edge.i, max(c.right_edge.i for c in said)
    else:
        return None
    span = trimmed_chars(doc, first, last)
    if span is None:
        return None
    return Finding(QuoteKind.INDIRECT, [span], cue_of(verb), speaker, rule="quote.found-standing")


GERUND_QUANTIFIERS = frozenset({"some", "much", "more", "less", "little", "any", "no"})
"""Quantifiers that make the "-ing" word after them a noun ("some explaining to do")."""
REFLEXIVE_ENDINGS = ("self", "selves")


def _found_oneself(verb: Token) -> bool:
    """ "The mayor found himself embroiled in controversy", "found themselves targeted by challengers" (rule
    quote.found-oneself): finding oneself in a state tells where one stands, not anything one said or found out."""
    return any(
        (c.dep_ == "dobj" or (c.dep_ in ("ccomp", "xcomp", "oprd") and any(g.dep_ == "nsubj" for g in c.children)))
        and any(
            t.lower_.endswith(REFLEXIVE_ENDINGS) and t.tag_ == "PRP" and t.i == c.left_edge.i for t in (c, *c.children)
        )
        for c in verb.children
        if c.i > verb.i
    )


CONCESSIVE_OPENERS = frozenset({"that", "this"})
"""The word before "said," in the concessive idiom "That said, …"."""


def _concessive_said(verb: Token) -> bool:
    """ "That said, most farmers say …" (rule quote.that-said): the idiom grants what went before; no one is said to
    have said anything, and "that" is no speaker."""
    start = verb.sent.start
    return (
        verb.i == start + 1
        and verb.doc[start].lower_ in CONCESSIVE_OPENERS
        and verb.i + 1 < verb.sent.end
        and verb.doc[verb.i + 1].text == ","
    )


def _attributive_participle(verb: Token) -> bool:
    """ "leads by 271 pledged delegates according to a count by the AP" (rule quote.attributive-participle): a
    participle between a number, a determiner or a possessive and the noun it describes ("his reported income")
    is an adjective the parse took for a verb ("pledged" conjoined to "leads", "delegates" its object); it has no
    subject, and the number before it is not its own ("the three told reporters" keeps its subject)."""
    doc = verb.doc
    if verb.tag_ not in ("VBN", "VBD") or verb.i == 0 or verb.i + 1 >= len(doc):
        return False
    before, k = doc[verb.i - 1], verb.i + 1
    if not (before.pos_ in ("NUM", "DET") or before.tag_ in ("POS", "PRP$")) or before.head == verb:
        return False
    while k + 1 < len(doc) and doc[k].dep_ in ("amod", "compound") and doc[k].head.i > k:
        k += 1  # "Trump’s reported net worth": the noun's own modifiers come first
    after = doc[k]
    if after.pos_ != "NOUN" or after.head != verb or after.dep_ != "dobj":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


NO_ONE = NO_ONE_WORDS | {"none", "neither"}
"""Subjects that deny the act of all of them: "Nobody mentioned it", "Neither reported the call"."""


def _withheld(verb: Token, finding: Finding) -> bool:
    """ "He would not say whether the envoys met", "declined to say what was discussed", "The statement did not
    mention the visit", "Neither side mentioned a meeting" (rule quote.withheld): a refusal to answer a question,
    and what a text or a side leaves out, report nothing anyone said. A person's own silence ("Moss has not
    mentioned the levy") and a refusal of a thing ("refused to disclose her records") may be a stand and stay
    attributions, as may a that-clause ("did not deny that …") and quoted words. The finding is kept, marked,
    until the events have read it (``quotes.told``)."""
    if finding.kind is not QuoteKind.INDIRECT or len(finding.ranges) != 1:
        return False
    content = verb.doc.char_span(*finding.ranges[0], alignment_mode="expand")
    if content is None:
        return False
    lemma = reporting_lemma(verb)
    if _refused(verb) and _refusal_after_content(verb):
        return True
    if lemma in QUESTION_TELLING_VERBS and _refused(verb):
        return content[0].lower_ in QUESTION_WORDS
    if lemma in SILENCE_VERBS and negated(verb) and not _personal_subject(verb):
        heads = [t for t in content if not content.start <= t.head.i < content.end or t.head == t]
        return len(heads) == 1 and _bare_thing(heads[0])
    return False


def _refusal_after_content(verb: Token) -> bool:
    """ "confirmed that the two had met but would not discuss its content", "… but declined to discuss what was
    said" (rule quote.aside-after-content): the refusal that closes another statement of the same speaker tells
    nothing more, whatever it turns down."""
    predicate = verb.head if verb.dep_ == "xcomp" and reporting_lemma(verb.head) in UNSAID else verb
    return predicate.dep_ == "conj" and reporting_of_second(predicate) is not None


def _refused(verb: Token) -> bool:
    """ "declined to say", "refused to disclose", "would not say", "won't tell", "Neither would say": a telling
    turned down."""
    if verb.dep_ == "xcomp" and reporting_lemma(verb.head) in UNSAID:
        return True
    return negated(verb) and any(c.lower_ in REFUSING_MODALS for c in verb.children)


def negated(verb: Token) -> bool:
    """ "did not mention", "never reported", "Neither side mentioned", "Nobody reported": the act denied."""
    if not_or_never(verb):
        return True
    return any(
        s.lower_ in NO_ONE or any(d.dep_ in ("det", "preconj") and d.lower_ in ("neither", "no") for d in s.children)
        for s in verb.children
        if s.dep_ == "nsubj"
    )


def _personal_subject(verb: Token) -> bool:
    """Whether the verb's subject is a person or people: a pronoun, a name the tagger gives to no body, place or
    work ("Moss", untagged), or a noun for people."""
    return any(
        s.lower_ in PERSONAL_PRONOUNS
        or (s.pos_ == "PROPN" and s.ent_type_ in ("PERSON", ""))
        or s.lemma_.lower() in PEOPLE_NOUNS | TITLE_NOUNS
        for s in verb.children
        if s.dep_ == "nsubj"
    )


def _bare_thing(head: Token) -> bool:
    """A noun phrase or pronoun with no clause of its own: "the visit", "his role", "it" (not "a report that …")."""
    if head.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return False
    return not any(c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") for c in head.children)


QUESTION_VERBS = frozenset({"ask", "wonder", "inquire", "enquire", "query"})
"""Verbs whose "when"/"whether" clause is the question asked, not its occasion."""
OCCASION_WORDS = frozenset({"when", "while", "as", "after", "before", "because", "since", "until", "once"})
"""Words that open a clause telling when or why something was said, not what."""


def _quotation_before(verb: Token, sent: SpacySpan) -> bool:
    """Whether a quotation closes between the sentence's start and ``verb`` ("“…,” Marsh, the front-runner,
    said when …"): the quoted words are what the verb reports."""
    return any(t.is_quote for t in verb.doc[sent.start : verb.i]) and sent[0].is_quote


def _occasion_clause(verb: Token, clause: Token) -> bool:
    """ "“…,” Marsh said when a reporter asked her about the strike" (rule quote.occasion-not-content): after a
    quotation, a clause after the verb opened by "when", "after", "as" … tells the occasion; the parser may hang
    it on the verb as its complement."""
    if clause.i < verb.i or reporting_lemma(verb) in QUESTION_VERBS:
        return False
    if (
        clause.tag_ == "VBG"
        and clause.left_edge == clause
        and not has_subject(clause)
        and reporting_lemma(verb) not in OBJECT_CONTENT_VERBS  # "proposed repealing the levy": its object
    ):
        fired("quote.occasion-not-content")
        return True  # "“…,” Moss said answering a question at the town hall": how it was said
    first = clause.left_edge
    if first.lower_ not in OCCASION_WORDS or first.head != clause or first.dep_ not in ("advmod", "mark"):
        return False
    fired("quote.occasion-not-content")
    return True


def _speaker_read_into_quotation(verb: Token, clause: Token) -> bool:
    """ "“…,” William Daley, the president's former chief of staff, said.": a verb with no subject whose reported
    clause, a quotation before it, runs on past the closing mark to a name the parser apposed to the quoted
    words; the name is the speaker (rule quote.speaker-read-into-quotation)."""
    doc = verb.doc
    if clause.i > verb.i:
        return False
    closing = max((t.i for t in doc[clause.left_edge.i : verb.i] if t.is_quote), default=None)
    if closing is None or clause.right_edge.i <= closing:
        return False
    return any(t.dep_ == "appos" and t.pos_ in ("PROPN", "NOUN") for t in doc[closing + 1 : verb.i])


def _quotation_then_speaker(verb: Token, sent: SpacySpan) -> Finding | None:
    """ "“…,” Marsh, the front-runner, said when …" with the parse's subject inside the quotation: the
    quotation is the content and the words between its closing mark and the verb name the speaker."""
    doc = verb.doc
    closing = max(t.i for t in doc[sent.start : verb.i] if t.is_quote)
    if closing == sent.start or verb.i - closing > MAX_TRAILING_SPEAKER:
        return None
    content = trimmed_chars(doc, sent.start, closing)
    named = trimmed_chars(doc, closing + 1, verb.i - 1)
    if content is None or named is None:
        return None
    speaker = doc.char_span(*named, alignment_mode="expand")
    if speaker is None or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in speaker):
        return None
    return Finding(QuoteKind.INDIRECT, [content], cue_of(verb), speaker, shaped_by=["quote.reported-clause"])


MAX_TRAILING_SPEAKER = 16
"""Tokens a speaker after a quotation may take before its verb, a description in apposition included."""


def _neither_confirmed_nor_denied(verb: Token) -> bool:
    """ "would neither confirm nor deny that the envoys had met", "would not confirm or deny it": the pair says
    nothing of the clause; the events keep it as a confirmation status, not a quote."""
    first = verb.head if verb.dep_ == "conj" else verb
    pair = {first.lemma_.lower()} | {c.lemma_.lower() for c in first.children if c.dep_ == "conj"}
    if pair != {"confirm", "deny"}:
        return False
    return any(c.lower_ == "neither" or c.dep_ == "neg" for c in first.children)


QUESTION_MARKS = frozenset({"if", "whether"})


def _question_put(verb: Token) -> Finding | None:
    """ "He asked the workers if they planned to vote" (rule quote.asked-if): the parser hangs an if- or
    whether-clause after the person asked on the verb as an adverbial; it is the question, not the person."""
    clause = next(
        (
            c
            for c in verb.children
            if c.dep_ == "advcl"
            and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ in QUESTION_MARKS for m in c.children)
        ),
        None,
    )
    if clause is None or not any(c.dep_ == "dobj" and c.i < clause.i for c in verb.children):
        return None
    span = trimmed_chars(verb.doc, clause.left_edge.i, clause.right_edge.i)
    if span is None:
        return None
    return Finding(QuoteKind.INDIRECT, [span], cue_of(verb), speaker_span(verb), rule="quote.asked-if")


def _asked_finding(verb: Token, asked: Asked) -> Finding | None:
    """ "Asked by Moss whether a call was planned, …" (rule quote.asked): the question, attributed to its asker
    if "by" names one (``quotes._apart_from_questions`` decides whether it is kept). Put in passing, by a participle
    before or after the one who answers, it is marked no quote (rule quote.question-in-passing)."""
    doc = verb.doc
    span = trimmed_chars(doc, *asked.content)
    if span is None:
        return None
    first, last = doc[asked.cue[0]], doc[asked.cue[1]]
    finding = Finding(QuoteKind.INDIRECT, [span], (first.idx, last.idx + len(last)), asked.asker, rule="quote.asked")
    if asked.asker is not None and not any(c.dep_ == "auxpass" for c in verb.children):
        fired(QUESTION_IN_PASSING)
        finding.shaped_by.append(QUESTION_IN_PASSING)
    return finding


def _citing(verb: Token) -> Finding | None:
    """ "…, he said, citing the plant closures" (rule quote.citing): what is cited is the speaker's ground,
    attributed to whoever cites it; citing a source ("citing officials") names the source and attributes
    nothing of its own."""
    doc = verb.doc
    speaker = speaker_span(verb)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if speaker is None or obj is None or _a_source(obj):
        return None
    end = max([obj.right_edge.i] + [c.right_edge.i for c in verb.children if c.i > obj.i and c.dep_ == "prep"])
    span = trimmed_chars(doc, obj.left_edge.i, cut_trailing(doc, obj.left_edge.i, end, obj.i))
    if span is None:
        return None
    return Finding(QuoteKind.INDIRECT, [span], cue_of(verb), speaker, rule="quote.citing")


def titled_person(obj: Token) -> bool:
    """Whether the phrase ``obj`` heads names a person by title and name, however the parse hung the name: "Foreign
    Minister Ana Ruiz" (the title a compound of the name), "the president's chief of staff, Jan Kowalczyk" (the
    name apposed after a comma, or left hanging on the verb)."""
    if obj.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lemma_.lower() in TITLE_NOUNS for c in obj.subtree):
        return True
    return obj.lemma_.lower() in PEOPLE_NOUNS and apposed_name(obj) is not None


def _a_name(token: Token) -> bool:
    """A proper name the tagger took for a person's, or for a body's (it takes many a foreign name for one); a
    noun for a person apposed to it makes it a person's."""
    return token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "ORG")


def apposed_name(obj: Token) -> SpacySpan | None:
    """The person's name set off by a comma right after the phrase ``obj`` heads ("the president's chief of staff,
    Jan Kowalczyk"), however the parse hung it: the whole of the tagger's name."""
    doc = obj.doc
    apposed = next((c for c in obj.children if c.dep_ == "appos" and _a_name(c)), None)
    if apposed is not None:
        return doc[apposed.left_edge.i : apposed.right_edge.i + 1]
    comma = obj.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != "," or doc[comma + 1].ent_iob_ != "B":
        return None
    if not _a_name(doc[comma + 1]):
        return None
    stop = comma + 2
    while stop < len(doc) and doc[stop].ent_iob_ == "I":
        stop += 1
    return doc[comma + 1 : stop]


def _a_source(obj: Token, *, documents: bool = True) -> bool:
    """Whether what is cited or quoted is a source, not a ground: a person or a body ("citing officials", "quoting
    witnesses"), or, with ``documents``, a document or data ("citing a report")."""
    if obj.ent_type_ in ("PERSON", "ORG", "NORP") or obj.lower_ in SOURCE_NOUNS:
        return True
    if titled_person(obj):
        return True  # "citing Foreign Minister Ana Ruiz", "citing the president's chief of staff, Jan Kowalczyk"
    return documents and (obj.lower_ in CITED_SOURCES or obj.lemma_.lower() in DOCUMENT_NOUNS | CITED_SOURCES)


def _quoting_a_source(verb: Token) -> bool:
    """ "…, quoting witnesses, …" (rule quote.citing): a participle that names who the words come from, a person
    or people, as "citing" does, quotes nothing of its own; "quoting the minister's statement" quotes it."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if verb.tag_ != "VBG" or obj is None or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    return _a_source(obj, documents=False)


def _plan_infinitive(verb: Token, lemma: str, clause: Token) -> bool:
    """ "wants to hold talks", "sought to narrow the gap", "has asked to see the report" (rule
    quote.plan-infinitive): the infinitive of a verb of wanting, or of asking with no one asked, is what the
    subject means to do, not words of theirs, so no quote (``quotes.told``), though the finding still bounds the
    contents around it and tells the events who acts. Whom someone asks ("asked Moss to stay") stays told."""
    return (
        clause.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        and lemma in PLAN_VERBS
        and not any(c.dep_ in ("dobj", "dative") for c in verb.children)
    )


def _relative_read_as_clause(clause: Token) -> bool:
    """ "was announced by the ministry, whose spokeswoman, X, said …" (rule quote.relative-read-as-clause): a clause
    whose subject is owned by "whose" is a relative clause the parser hung on the verb as what it reports; it
    reports words of its own."""
    whose = [g for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for g in c.children if g.lower_ == "whose"]
    if whose:
        fired("quote.relative-read-as-clause")
    return bool(whose)


NEWS_BREAKS = frozenset({",", ";", "-", "–", "—"})
BACKSHIFTED_AUX = frozenset({"would", "could", "might", "should", "had"})
"""Auxiliaries a reported clause takes from its reporting verb's past ("said … it would", "said … they had")."""
PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re", "'m", "do", "does"}) | frozenset(
    {"may", "can", "must", "will", "'ll", "shall"}
)
"""Auxiliaries of the present ("is", "does", "may", "will"): a clause they lead is told in the present, as a speaker's
words kept in their own tense are; "has" and "have" (the present perfect, which a writer's news takes) are not here."""


def _news_of_its_own(verb: Token, clause: Token) -> bool:
    """ "Moss said the plan was fair, and the council voted for it" (rule quote.news-of-its-own): a clause
    hung on the reporting verb after the reported one, set off by a comma and "and" or "but", with a subject of its
    own and no "that" to mark it as reported, is the writer's news beside the report, not more of it; outside
    quotation marks, where the parse alone must tell. "…, but that the fares would rise" goes on with the report,
    and so does a clause whose verb reports ("…, and I suspect …"), left to the rule that kept it before."""
    doc = verb.doc
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i <= clause.right_edge.i or not has_subject(conj):
            continue
        if any(c.dep_ == "mark" for c in conj.children) or reporting_lemma(conj) in SPEECH_CUES:
            continue  # "…, and I suspect …" would be a report of its own, which the writer may not be making
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in BACKSHIFTED_AUX for c in conj.children):
            continue  # "…, and it would be put to a vote": the tense of reported speech, still the speaker's
        first = conj.left_edge.i + (doc[conj.left_edge.i].dep_ == "cc")  # the parser may hang "but" on either
        between = doc[clause.right_edge.i + 1 : first]
        if len(between) != 2 or between[0].text not in NEWS_BREAKS or between[1].lower_ not in PAIR_JOINS:
            continue
        if any(t.is_quote for t in doc[clause.left_edge.i : conj.right_edge.i + 1]):
            continue
        if verb.tag_ == "VBD" and reporting_lemma(verb) not in EVIDENCE_VERBS and _in_the_present(conj):
            fired("quote.present-after-past")
            continue
        fired("quote.news-of-its-own")
        return True
    return False


def _in_the_present(clause: Token) -> bool:
    """ "Horgan said he has met the chiefs, but there need to be conditions", "said there would be a pause, and
    there may be another meeting" (rule quote.present-after-past): after a saying told in the simple past, a joined
    clause in the present is no news the writer tells in the story's past; it is the speaker's words kept in their
    own tense. A clause in the present perfect ("…, but the council has not voted") may be the writer's, and stays
    apart; so does any after a finding of evidence ("polls showed …, but polls are no vote"), which keeps no tense
    of its own."""
    aux = next((c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i < clause.i), None)
    if aux is not None:
        perfect = aux.i + 1 < len(clause.doc) and clause.doc[aux.i + 1].lower_ == "been"  # "it's been"
        return aux.lower_.replace("’", "'") in PRESENT_AUX and not perfect
    return clause.tag_ in PRESENT_TENSE_TAGS


def speech_verb_finding(verb: Token, sent: SpacySpan) -> Finding | None:
    doc = verb.doc
    lemma = reporting_lemma(verb)
    if reason_infinitive(verb.head, verb):
        return None  # "…, said on condition of anonymity to discuss the talks": why the name is withheld
    if (quoted := _quoted_as_saying(verb)) is not None:
        return quoted
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and as_saying(verb.head.head) == verb:
        return None  # "quoted Moss as saying …": the finding of "quoted"
    if verb.dep_ in ("xcomp", "advcl") and as_saying(verb.head) == verb:
        return None  # "quoted Moss to say …" (quote.quoted-to-say): the finding of "quoted"
    speaker = speaker_span(verb) or inverted_intro(verb)
    if (as_reported := _as_reported(verb, sent, speaker)) is not None:
        return as_reported
    aside = asked_aside(verb)
    clauses = [
        c
        for c in verb.children
        if c.dep_ in CLAUSE_DEPS
        and c != aside
        and c.pos_ in ("VERB", "AUX")
        and not reason_infinitive(verb, c)
        and not (c.dep_ == "xcomp" and lemma in LEARNING_VERBS)  # "learn to sail": a skill, not a belief
        and not _relative_read_as_clause(c)
    ]
    if (reduced := reduced_relative(verb)) is not None:
        clauses = [c for c in clauses if c != reduced]
    if not clauses and (predicate := set_off_predicate(verb)) is not None:
        clauses = [predicate]  # "said Moss, along with two aides, went …" (rule quote.subject-set-off)
    if clauses and _quotation_before(verb, sent):
        kept = [c for c in clauses if not _occasion_clause(verb, c)]
        if not kept and len(clauses) == 1:
            return _quotation_then_speaker(verb, sent)
        if speaker is None and len(kept) == 1 and _speaker_read_into_quotation(verb, kept[0]):
            fired("quote.speaker-read-into-quotation")
            return _quotation_then_speaker(verb, sent)
        clauses = kept
    if not clauses and (found := _found_standing(verb, speaker)) is not None:
        return found
    if not clauses and (nonverbal := nonverbal_clause(verb)) is not None:
        clauses = [nonverbal]
    if not clauses and (stray := stray_clause(verb)) is not None:
        if report_of_another(verb, stray):
            return None  # the report's own words, found on its noun
        clauses = [stray]
    if not clauses and (told := clause_on_addressee(verb)) is not None:
        clauses = [told]
        fired("quote.clause-on-addressee")
    if not clauses and (adverbial := that_adverbial(verb)) is not None:
        clauses = [adverbial]
        fired("quote.that-adverbial")
    right = [c for c in clauses if c.i > verb.i]
    left = [c for c in clauses if c.i < verb.i]
    if speaker is None and left and right and (named := subject_before_aside(verb, left[0], right[0])) is not None:
        speaker = named  # "Dr. Ostrova, whose ministry …, said the match would …" (rule quote.subject-read-as-clause)
    # "…paying off: He said he's raised …": the clause after a verb whose subject precedes it
    clause = right[0] if right and speaker is not None and speaker.start < verb.i else next(iter(clauses), None)
    if clause is not None and clause.i < verb.i and left_clause_is_not_content(verb, clause, speaker):
        fired("quote.own-object")
        clause = None
    if clause is not None and clause.dep_ == "xcomp" and speaker is None:
        clause = None
    if clause is not None and shown_saying(verb, clause):
        return None
    if clause is not None:
        if clause.i < verb.i and speaker is None:
            speaker = inverted_subject(verb)
        span, shaped = clause_span(verb, clause)
        if span is None:
            return None
        if (
            clause.i > verb.i
            and (more := continued_clause(verb, clause)) is not None
            and not _news_of_its_own(verb, clause)
        ):
            span = (span[0], more)
        ranges = [span]
        if clause.i > verb.i and (fronted := fronted_clause(verb, clause, speaker)) is not None:
            ranges.insert(0, fronted)
            shaped.append("quote.fronted-clause")
        elif clause.i > verb.i and (subject := subject_before_inverted(verb, clause, speaker)) is not None:
            if (rest := after_read_in_speaker(clause, span, speaker)) is not None:
                ranges = [rest]
            ranges.insert(0, subject)
            shaped.append("quote.aside-in-subject")
        if _plan_infinitive(verb, lemma, clause):
            shaped.append(PLAN_INFINITIVE)
        return Finding(QuoteKind.INDIRECT, ranges, cue_of(verb), speaker, shaped_by=["quote.reported-clause", *shaped])
    head = verb.head
    if (
        verb.dep_ in ("parataxis", "ccomp", "conj", "advcl")
        and head.i < verb.i
        and head.pos_ in ("VERB", "AUX")
        and verb.tag_ not in ("VBG", "VB")
        and not any(c.dep_ == "mark" for c in verb.children)  # "…, X said that he spoke …": a complement
        and not any(c.tag_ == "WRB" and c.i < verb.i for c in verb.children)  # "…, said when Moss asked him"
        and not (verb.dep_ == "ccomp" and reporting_lemma(head) in SPEECH_CUES)  # "…, said the two men had agreed"
    ):
        # content first, attribution after: "Talks may resume, the sources added."
        if any(doc[i].text == "," or doc[i].is_quote for i in range(max(verb.left_edge.i - 2, sent.start), verb.i)):
            own = next((noun_phrase(c) for c in verb.children if c.dep_ == "nsubj"), None)
            # a coordinated predicate ("…, but admitted X") shares its head's subject: X is not a speaker
            coordinated = verb.dep_ == "conj" and (doc[verb.i - 1].dep_ == "cc" or joined_by_cc(verb))
            if coordinated and own is not None and (bare := bare_attribution(verb, own)) is not None:
                coordinated, own = False, bare  # "… between A, and his counterpart, B, the army said in a statement"
            own_speaker = None if coordinated else own or inverted_subject(verb)
            # "…, but Moss learned from it", "…, and neither side has briefed journalists": a clause joined by a
            # conjunction tells of something else, never of the words before it
            if own_speaker is not None and not has_right_content(verb, own_speaker):
                span = trimmed_chars(doc, max(head.left_edge.i, sent.start), verb.left_edge.i - 1)
                if span is not None:
                    resumed = resumed_content(verb, sent)
                    ranges = [span] if resumed is None else [span, resumed]
                    rule = None if resumed is None else "quote.resumed-content"
                    return Finding(
                        QuoteKind.INDIRECT,
                        ranges,
                        cue_of(verb),
                        own_speaker,
                        rule=rule,
                        shaped_by=["quote.content-first"],
                    )
    if finding := _parenthetical(verb, sent, speaker):
        return finding
    if speaker is not None and (told := _told_of(verb, lemma, speaker)) is not None:
        return told
    if speaker is not None and lemma not in OBJECT_CONTENT_VERBS and (said := _said_object(verb, speaker)) is not None:
        return said
    if speaker is None and (passive := _agentless_passive(verb)) is not None:
        return passive
    if (passive := _agent_passive(verb)) is not None:
        return passive
    if (
        lemma in OBJECT_CONTENT_VERBS
        and (speaker is not None or is_extraposed(verb))
        and not is_purpose_infinitive(verb)
    ):
        right = [
            c
            for c in verb.children
            if c.i > verb.i
            and c.dep_ not in ("punct", "cc", "conj", "advmod", "npadvmod")
            and (not is_adjunct(c) or completes_object(c))
            and not _relative_read_as_clause(c)
        ]
        right = [c for c in right if not _speaker_after_quote(verb, c)]
        if lemma in ADDRESSING_VERBS | {"call"}:  # "spoke to reporters about …", "called on Congress to …"
            right = [c for c in right if not (c.dep_ == "prep" and c.lower_ in ("to", "on"))]
        if lemma in WRITING_VERBS:  # not "tweeted a link to a story": that "to" belongs to the object
            objects_at = [c.i for c in right if c.dep_ == "dobj"]
            written = [c for c in right if not (_written_where(c) and c.i < min(objects_at, default=len(doc)))]
            if len(written) < len(right):
                fired("quote.written-where")
            right = written
        right = _without_setting_after(right)
        topics = TOPIC_PREPS if lemma in ADDRESSING_VERBS else TOPIC_PREPS | {"to"}  # "referred to", not "spoke to"
        if lemma in TOPIC_VERBS and not any(c.dep_ == "dobj" or c.lower_ in topics for c in right):
            return None  # "speaking in Warsaw" says where, not what
        if lemma in ADDRESSING_VERBS and any(c.dep_ == "dobj" and _a_language(c) for c in right):
            fired("quote.language-spoken")
            return None  # "who speaks fluent English", "speaks three languages": a skill, not a remark
        if lemma == "affirm" and _a_ruling_upheld(verb, right):
            fired("quote.ruling-affirmed")
            return None  # "the appeals court affirmed the ruling": a court upholding a ruling, not a remark
        if right and lemma in VERDICT_VERBS and only_the_story(right):
            # "confirmed the call", "denied reports that he had spoken to X": a verdict on a story, which the
            # events keep as a confirmation; what the reports said is not the speaker's
            return None
        if right and all(c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children) for c in right):
            fired("quote.stranded-preposition")
            return None  # "a fight they never asked for": a preposition with nothing after it reports nothing
        if lemma in THANKING_VERBS and not _thanked_for(verb, right):
            fired("quote.thanks-without-reason")
            return None  # "thanked the rescuers", "appreciates the risks", "has only himself to thank"
        predicates = _object_predicates(verb, right)
        if lemma == "call" and not predicates and (_called_not_named(right) or called_in(verb)):
            fired("quote.call-without-name")
            return None  # "Moss called Hale": a phone call, no name given
        if right:
            first, last = right[0].left_edge.i, max(c.right_edge.i for c in right + predicates)
            cue = cue_of(verb)
            prep = right[0] if right[0].lower_ in CUE_PREPS else None
            objects = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")] if prep is not None else []
            between = doc[verb.i + 1 : right[0].i]
            if objects and (
                doc[verb.i + 1].dep_ == "prt" or all(t.head == verb and t.dep_ in ("prt", "advmod") for t in between)
            ):
                # "referred to the plan", "railed against the deal", "wrote recently about the fares": the
                # preposition is part of the cue (rule quote.prepositional-object)
                first, cue = objects[0].left_edge.i, (cue[0], right[0].idx + len(right[0]))
            last = _second_act_before(verb, first, last)
            span = trimmed_chars(doc, first, cut_trailing(doc, first, last, right[0].i))
            if span is not None:
                rule = "quote.prepositional-object" if first != right[0].left_edge.i else None
                object_end = doc[max(c.right_edge.i for c in right)]
                if predicates and span[1] > object_end.idx + len(object_end):  # characters, not tokens
                    rule = "quote.object-predicative"
                shaped = ["quote.object-content"]
                if lemma in VOUCHING_VERBS and not predicates and _a_bare_thing(doc, span, right):
                    shaped.append(BARE_OBJECT)  # no quote, though the events still read it (quotes.told)
                if any(is_adjunct(c) and c.left_edge.idx < span[1] for c in right):
                    shaped.append("quote.object-complement")
                if any(_plan_infinitive(verb, lemma, c) for c in right):
                    shaped.append(PLAN_INFINITIVE)  # "wants to cut levies, reopen the mines …", however parsed
                return Finding(QuoteKind.INDIRECT, [span], cue, speaker, rule=rule, shaped_by=shaped)
    return trailing_attribution(verb, sent, speaker)


def _deed_particle(verb: Token, lemma: str) -> bool:
    """Whether a particle right after the verb makes it a deed: "showed up", "called off" (``DEED_PHRASAL_VERBS``);
    not "polls show Clinton up by ten points"."""
    return any(
        c.dep_ == "prt" and c.i == verb.i + 1 and f"{lemma} {c.lower_}" in DEED_PHRASAL_VERBS for c in verb.children
    )


def _speaker_after_quote(verb: Token, child: Token) -> bool:
    """ "“Why now?” asked Senator Ada Moss", "“…!” wrote Pete Varga" (rule quote.speaker-not-object): a name right
    after a verb that follows a closing quote mark is who spoke, inverted, not the verb's object."""
    doc = verb.doc
    before = verb.i - 1
    while before >= 0 and doc[before].is_punct and not doc[before].is_quote:
        before -= 1
    if before < 0 or not doc[before].is_quote or before < verb.i - 2 or verb.tag_ not in FINITE_TAGS:
        return False  # not "“…,” blaming Ada Moss": a participle's object is what it reports
    if child.i <= verb.i or child.dep_ not in ("nsubj", "dobj", "attr", "npadvmod") or child.pos_ != "PROPN":
        return False
    fired("quote.speaker-not-object")
    return True


SETTING_PREPS_NOT = frozenset({"of", "for", "about", "against", "as", "to", "into", "over"})
"""Prepositions whose phrase after a verb's object says more of what was said ("accused Moss of lying", "praised
the crew for its speed"), whatever its noun."""


def _without_setting_after(right: list[Token]) -> list[Token]:
    """ "attacked the levy from the Senate floor", "praised the crews on the campaign trail" (rule
    quote.setting-after-object): prepositional phrases the parser hung on the verb after its object, at the end,
    whose nouns all name a time, a place, an occasion or a channel, say where, when or how, not what."""
    objects_at = [c.i for c in right if c.dep_ == "dobj"]
    kept = list(right)
    while (
        objects_at
        and len(kept) > 1
        and kept[-1].dep_ == "prep"
        and kept[-1].i > objects_at[0]
        and kept[-1].lower_ not in SETTING_PREPS_NOT
        and _names_a_setting(kept[-1])
    ):
        kept.pop()
    if len(kept) < len(right):
        fired("quote.setting-after-object")
    return kept


def _names_a_setting(prep: Token) -> bool:
    """Whether every object of ``prep`` names a time, a place, an occasion, a channel or a scene."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objects) and all(
        g.ent_type_ in SETTING_ENTITIES or g.lemma_.lower() in OCCASION_NOUNS | CHANNEL_NOUNS | SCENE_NOUNS
        for g in objects
    )


def _on_what_others_said(verb: Token) -> bool:
    """ "comment on reports that …", "respond to claims that …": the that-clause tells what the reports claim."""
    return any(
        prep.dep_ == "prep" and noun.dep_ == "pobj" and any(c.dep_ in ("acl", "ccomp") for c in noun.children)
        for prep in verb.children
        for noun in prep.children
    )


def _second_act_before(verb: Token, first: int, last: int) -> int:
    """ "touting her record upstate and pounding him on guns downstate" (rule quote.second-act): a verb in the
    reporting verb's own form, joined by "and" or "but" to a noun of what the parser made its object, is the
    speaker's next act; the content ends before it. The content's new last token."""
    doc = verb.doc
    for t in doc[first : last + 1]:
        if t.dep_ != "conj" or t.pos_ != "VERB" or t.tag_ != verb.tag_ or t.head.pos_ in ("VERB", "AUX"):
            continue  # "projects like installing panels and giving credits": a list of acts inside the content
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            continue
        k = t.left_edge.i - 1
        if k <= first or doc[k].dep_ != "cc":
            continue
        while k > first and (doc[k].dep_ == "cc" or doc[k].is_punct):
            k -= 1
        fired("quote.second-act")
        return k
    return last


PASSIVE_COMPLEMENT_PREPS = frozenset({"as", "for", "of"})
NOT_AGENT_PASSIVE = frozenset(
    {"attack", "blast", "call", "quote", "show", "seek", "want", "write", "post", "publish", "email", "tweet"}
    | {"retweet", "pen", "issue", "ask", "explain", "highlight", "demonstrate", "announce"}
)
"""Verbs whose passive with "by" tells of a deed, of authorship, of a cause or of news given out ("was attacked by
gunmen", "a letter written by the mayor", "is explained by the rules", "dates will be announced by the office"),
or asks (questions are their own rule), not of a stand the agent took on the subject."""


def _agent_passive(verb: Token) -> Finding | None:
    """ "The timetable was criticized by the pilots' union", "the mayor, endorsed by the ferry union, …", "the plan,
    which was praised by the harbour master" (rule quote.agent-passive): a reporting verb whose object says what was
    said or the stand taken, in the passive with "by" someone: the agent said it of the subject (with an "as" or
    "for" phrase after the verb). Not a share ("backed by 60 percent of voters"), a channel ("by telephone"), "by
    it", nor a deed or authorship (``NOT_AGENT_PASSIVE``)."""
    if verb.tag_ != "VBN" or reporting_lemma(verb) not in AGENT_PASSIVE_VERBS:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    holders = [g for g in agent.children if g.dep_ == "pobj"] if agent is not None else []
    if (
        not holders
        or holders[0].lower_ in CHANNEL_NOUNS
        or (holders[0].pos_ == "PRON" and not takes_a_stand(holders[0]))
    ):
        return None
    if is_a_share(list(holders[0].subtree)):
        return None  # "backed by 60 percent of voters": a share polled
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subject is not None and subject.lemma_.lower() in REMARK_NOUNS and noun_cue(subject) is not None:
        return None  # "his claim that no ransom was paid was echoed by …": the claim is its maker's (quote.noun-cue)
    if subject is not None and subject.tag_ not in RELATIVE_TAGS:
        said = noun_phrase(subject)
    elif verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        said = noun_phrase(verb.head)  # "the plan, (which was) praised by …": the noun the clause describes
    else:
        return None
    if said[0].pos_ == "PRON" and len(said) == 1:
        return None  # "it was praised by …": only a pronoun
    if reporting_lemma(verb) == "welcome" and takes_a_stand(said.root):
        return None  # "the consul was welcomed by the provost": a visitor received, which the events keep
    head = trimmed_chars(doc, said.start, said.end - 1)
    if head is None:
        return None
    ranges = [head]
    complement = next(
        (c for c in verb.children if c.i > agent.i and c.dep_ == "prep" and c.lower_ in ("as", "for")), None
    )
    if complement is not None and (rest := trimmed_chars(doc, complement.i, complement.right_edge.i)) is not None:
        ranges.append(rest)
    return Finding(QuoteKind.INDIRECT, ranges, cue_of(verb), noun_phrase(holders[0]), rule="quote.agent-passive")


def _agentless_passive(verb: Token) -> Finding | None:
    """ "The levy has been widely criticized as a tax on fishing", "the pilot was accused of sinking the ferry" (rule
    quote.agentless-passive): a judging or disclosing verb in the passive with no agent attributes its subject,
    with the "as", "for" or "of" phrase or predicate after the verb, to no one named."""
    if verb.tag_ != "VBN" or reporting_lemma(verb) not in PASSIVE_JUDGEMENTS or verb.dep_ in ("acl", "relcl", "amod"):
        return None
    if not is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subject is None or subject.tag_ in RELATIVE_TAGS:
        return None
    doc = verb.doc
    head = trimmed_chars(doc, subject.left_edge.i, subject.right_edge.i)
    if head is None:
        return None
    ranges = [head]
    complement = next(
        (
            c
            for c in verb.children
            if c.i > verb.i
            and (c.dep_ in ("oprd", "xcomp", "attr") or (c.dep_ == "prep" and c.lower_ in PASSIVE_COMPLEMENT_PREPS))
        ),
        None,
    )
    if complement is not None:
        first = complement.i + 1 if complement.dep_ == "prep" else complement.left_edge.i
        if (rest := trimmed_chars(doc, first, complement.right_edge.i)) is not None:
            ranges.append(rest)
    cue_start = min(c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i)
    cue_end = complement.i if complement is not None and complement.dep_ == "prep" else verb.i
    first_tok, last_tok = doc[cue_start], doc[cue_end]
    cue = (first_tok.idx, last_tok.idx + len(last_tok))
    return Finding(QuoteKind.INDIRECT, ranges, cue, None, rule="quote.agentless-passive")


WRITING_VERBS = frozenset({"write", "email", "tweet"})
"""Verbs of writing, whose "to", "with" and "on Twitter" say to whom, with whom and where, not what."""


def _written_where(child: Token) -> bool:
    """ "wrote to investors", "wrote with Ada Berg", "wrote on Twitter" (rule quote.written-where): whom a piece
    was written to, the name of who wrote it with, or the site it went out on (``PLATFORM_NAMES``), is not what
    it said."""
    if child.dep_ not in ("prep", "dative"):
        return False
    if child.lower_ == "to":
        return True
    objects = [g for g in child.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    if child.lower_ == "with":  # "wrote with Ada Berg"; not "tweeted with “Not us!”"
        return bool(objects)
    # "wrote on Twitter"; not "wrote on Brexit", "has written on China": a topic
    return child.lower_ == "on" and any(g.lower_ in PLATFORM_NAMES for g in objects)


NAME_GIVING_DEPS = frozenset({"appos", "oprd", "attr", "npadvmod", "conj", "dobj", "acomp"})
"""Links inside an object that may carry the name given to it ("called the senator “the next Washington”")."""


def _called_not_named(right: list[Token]) -> bool:
    """ "Moss called Hale on Tuesday", "called Mr. Lund", "called him" (rule quote.call-without-name): "call" with
    one name or a pronoun as its only object, and nothing that could be a name given to it, is a telephone call,
    not a remark. ("called a referendum" stays: a decision announced; so does "called Moss Pocahontas", which may
    give a nickname.)"""
    if len(right) == 2 and _given_then_family(*right):
        return True  # "called Governor Amos Ndlovu", the parse taking the family name for a name given
    if len(right) != 1 or right[0].dep_ not in ("dobj", "oprd"):  # "called Museveni": the parse may say oprd
        return False
    obj = right[0]
    # "called Col. Ana Ruiz, the former commander, …": who the person called is, not a name given
    described = {
        t.i
        for c in obj.children
        if c.dep_ == "appos" and c.i > obj.i and c.lemma_.lower() in PEOPLE_NOUNS | TITLE_NOUNS
        for t in c.subtree
    }
    words = [t for t in obj.subtree if not t.is_punct and t.i not in described]
    if any(t.is_quote or (t.dep_ in NAME_GIVING_DEPS and t != obj) for t in obj.subtree if t.i not in described):
        return False
    if obj.pos_ == "PRON":
        return True
    # one name, after a courtesy title at most: "called Moss Pocahontas" may be a nickname given
    titled = len(words) == 2 and words[0].lower_.rstrip(".") in COURTESY_TITLES
    if words and words[0].lower_ in TITLE_ABBREVIATIONS:
        words = words[1:]  # "called Col. Ana Ruiz"
    while len(words) > 1 and words[0].pos_ == "PROPN" and words[0].lemma_.lower() in TITLE_NOUNS:
        words = words[1:]  # "called Governor Ndlovu": a title before the one name
    # a full name the tagger holds as one person's, "called Paul Kagame", or one opening on a given name
    full_name = len(words) in (2, 3) and all(t.pos_ == "PROPN" for t in words)
    full_name = full_name and (
        (all(t.ent_type_ == "PERSON" for t in words) and _one_entity(words)) or words[0].lower_ in given_names()
    )
    return obj.pos_ == "PROPN" and (len(words) == 1 or titled or full_name)


def _given_then_family(first: Token, second: Token) -> bool:
    """ "called Governor Amos | Ndlovu": an object that is a given name, or a name after a title, and a lone name right
    after it, which the parse took for a name given to the one called, is one person's name (rule
    quote.call-without-name)."""
    return (
        first.dep_ == "dobj"
        and second.dep_ == "oprd"
        and second.i == first.i + 1
        and first.pos_ == second.pos_ == "PROPN"
        and not list(second.children)
        and (
            first.lower_ in given_names()
            or any(c.dep_ == "compound" and c.lemma_.lower() in TITLE_NOUNS for c in first.children)
        )
    )


def _one_entity(words: list[Token]) -> bool:
    first = entity_at(words[0])
    return first is not None and all(entity_at(t) == first for t in words)


VOUCHING_VERBS = frozenset({"confirm", "welcome"})
"""Verbs whose bare object is the thing vouched for or greeted, not what was said ("confirmed the date", "welcomed
the announcement"; rule quote.bare-object). Verbs of talking about a thing ("discussed the plan") stay out unless
the talking was between parties (``talk_topics``): PARC-style corpora (PolNeAR) take a speaker's topic as content."""
QUOTE_MARKS = frozenset(DOUBLE_MARKS + OPENERS)
"""Marks that open or close quoted words; a straight single mark, also an apostrophe, is left to ``is_quote``."""


def _a_bare_thing(doc: Doc, span: tuple[int, int], right: list[Token]) -> bool:
    """ "confirmed the date", "could not confirm the plan" (rule quote.bare-object): the one object of a verb of
    vouching for a thing (``VOUCHING_VERBS``), a noun phrase with no words set in quote marks and no verb of
    its own, names the thing vouched for, not what was said; labelled articles take none of them as quotes. An
    object with a clause, an "as" complement ("confirmed the call as routine") or quoted words, even with their
    marks left outside the parse's phrase ('confirmed "a dialogue"'), stays the content."""
    if len(right) != 1 or right[0].dep_ not in ("dobj", "prep") or right[0].lower_ == "as":
        return False
    start, end = span
    # the tokens starting from two characters before the phrase to one after it (a mark right before or after),
    # found in the document's token offsets, read once: not a walk over the whole document for each object
    offsets = doc_index(doc).column(IDX)
    first, stop = np.searchsorted(offsets, [start - 2, end + 1])
    words = [doc[i] for i in range(first, stop)]
    return not any(
        t.is_quote or t.text in QUOTE_MARKS or t.pos_ in ("VERB", "AUX") or (t.lower_ == "as" and t.dep_ == "prep")
        for t in words
    )


def _object_predicates(verb: Token, right: list[Token]) -> list[Token]:
    """ "described the ferry as beset by problems", "a survey shows the mayor at 40 percent" (rule
    quote.object-predicative): what the verb predicates of its object after it, which the parse hangs on the verb
    as if it said when or how, is part of what is reported: an "as" clause with no subject of its own, a phrase
    that places the object on a scale (a number or a share), or after a verb of showing one that places it in a
    race ("ahead of Hale", "in the lead")."""
    obj = next((c for c in right if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ == "PRON":
        return []
    return [
        child
        for child in verb.children
        if child.i > obj.right_edge.i
        and child not in right
        and (
            (child.dep_ == "advcl" and marked_by(child, "as") and not has_subject(child))
            or (child.dep_ == "prep" and any(_a_figure(g) for g in child.children if g.dep_ == "pobj"))
            or (verb.lemma_.lower() in RACE_STANDING_VERBS and _a_standing(child) and _a_finding_places(verb))
        )
    ]


def _a_finding_places(verb: Token) -> bool:
    """Whether the verb's subject is a poll, a count or another finding (``FINDING_WORKS``, ``RECORD_NOUNS``), as
    "a poll shows Moss ahead", "a survey that has Moss in the lead": only a finding places someone in a race;
    "Moss showed the plan to voters ahead of the vote" says when."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        subject = verb.head  # "a poll that shows …"
    return subject is not None and subject.lemma_.lower() in FINDING_WORKS | RECORD_NOUNS


STANDING_MEASURES = frozenset({"point", "margin", "distance"})


def _a_standing(child: Token) -> bool:
    """ "a poll shows Moss 16 points ahead of Hale", "has Moss in the lead", "puts Moss within two points of Hale"
    (rule quote.object-predicative): a phrase that places the object in a race."""
    objects = [g for g in child.children if g.dep_ == "pobj"]
    if child.dep_ == "advmod":
        return child.lower_ in RACE_STANDING_WORDS
    if child.dep_ != "prep":
        return False
    if child.lower_ == "within":
        return any(g.lemma_.lower() in STANDING_MEASURES for g in objects)
    return child.lower_ == "in" and any(g.lemma_.lower() in RACE_STANDING_WORDS for g in objects)


def _a_language(noun: Token) -> bool:
    """A language or languages: "English", "fluent Arabic", "three languages"."""
    return noun.lemma_.lower() == "language" or noun.ent_type_ in ("LANGUAGE", "NORP")


def _a_figure(noun: Token) -> bool:
    """A share or an amount ("40 percent", "$2 million"), not a count of things ("two meetings")."""
    return noun.ent_type_ in ("PERCENT", "MONEY", "QUANTITY")


TRAILING_TAIL_DEPS = frozenset({"npadvmod", "prep", "advmod", "punct", "agent"})
"""What may follow a closing attribution: when, where, how ("…, he said on Monday in an interview.")."""
SAID_WORDS = frozenset({"so", "enough", "yes", "no", "otherwise", "nothing", "little", "much"})
"""What a trailing "said" may take as its own words: "Mexico said enough"."""


def trailing_attribution(verb: Token, sent: SpacySpan, speaker: SpacySpan | None) -> Finding | None:
    """ "Pilots who take on heavy debt struggle, even with a “good” boat, he said." (rule
    quote.trailing-attribution): a sentence that closes with a comma, a subject and a finite reporting verb (and
    at most when, where or how) reports all that comes before the comma, however the parser hung it."""
    doc = verb.doc
    if (
        speaker is None
        or verb.dep_ != "ROOT"
        or verb.tag_ not in FINITE_TAGS
        or reporting_lemma(verb) not in SPEECH_VERBS
    ):
        return None
    if speaker.start <= sent.start + 1 or doc[speaker.start - 1].text != "," or speaker.end > verb.i:
        return None
    end = sent.end
    while end > verb.i + 1 and doc[end - 1].is_space:
        end -= 1  # the paragraph break a sentence ends with
    if doc[end - 1].text not in (".", "!", "?"):
        return None  # "In a televised address, Moss said:" introduces what follows
    for t in doc[verb.i + 1 : end]:
        while t.head != verb and t.head != t:
            t = t.head
        if t.head != verb or t.dep_ not in TRAILING_TAIL_DEPS or t.lower_ in SAID_WORDS:
            return None  # the verb has words of its own after it: "Then, last week, Moss called the plan …"
    span = trimmed_chars(doc, sent.start, speaker.start - 2)
    if span is None or word_count(doc_text(doc), *span) < MIN_TRAILING_WORDS:
        return None
    before = doc.char_span(*span, alignment_mode="expand") or doc[0:0]
    if not any(t.tag_ in FINITE_TAGS | {"MD"} for t in before):
        return None  # "After the vote, he said.", "Speaking to students, Moss said.": no finite clause before it
    opener = next((t for t in before if t.dep_ != "cc"), None)
    if opener is not None and opener.dep_ in ("mark", "advmod") and opener.head.dep_ == "advcl":
        if opener.head.right_edge.i >= before.end - 1:
            return None  # "But when Congress cut the funds, Mexico said enough.": a clause of when, not what
    return Finding(QuoteKind.INDIRECT, [span], cue_of(verb), speaker, rule="quote.trailing-attribution")


def _said_object(verb: Token, speaker: SpacySpan) -> Finding | None:
    """ "Most voters say the same of the mayor", "everyone but Moss said yes" (rule quote.say-object): the object
    of "say" after it, unless a pronoun, is what was said, with what the parser hung on the verb after it (not
    when or where: "said on Monday", "said in a statement", nor "said to reporters"). Also the subject of a clause
    the parser read as the object ("says the rise in fares that Varga decries makes the ferry less popular")."""
    if verb.lemma_.lower() != "say" or speaker.start > verb.i:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c not in speaker), None)
    if obj is None or obj.pos_ == "PRON":
        return None  # "said it", "won't say anything": what was said is elsewhere, or nothing
    doc = verb.doc
    if doc[obj.left_edge.i - 1].text == "," or _quotation_before(verb, doc[obj.i].sent):
        return None  # "“…,” Maddow said, another nod to the film": an aside on the quotation, not what was said
    last = max(
        [obj.right_edge.i]
        + [
            c.right_edge.i
            for c in verb.children
            if c.i > obj.i and c.dep_ in ("prep", "ccomp", "xcomp", "advcl") and not is_adjunct(c) and c.lower_ != "to"
        ]
    )
    span = trimmed_chars(doc, obj.left_edge.i, cut_trailing(doc, obj.left_edge.i, last, obj.i))
    if span is None:
        return None
    return Finding(QuoteKind.INDIRECT, [span], cue_of(verb), speaker, rule="quote.say-object")


TOPIC_PREPS = frozenset({"about", "of", "on"})
CUE_PREPS = frozenset({"about", "to", "for", "against", "of", "with", "at"})
"""Prepositions that join a reporting verb's cue ("talked about", "called for", "railed against")."""
ADDRESSING_VERBS = frozenset({"speak", "talk"})
"""Topic verbs whose "to" names the one spoken to, not the topic."""


def _as_reported(verb: Token, sent: SpacySpan, speaker: SpacySpan | None) -> Finding | None:
    """ "As the Post reported, the mayor would then need …" (rule quote.as-reported): the clause the "as"
    clause opens is what was reported."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    if verb.head.i < verb.i:
        return _as_reported_after(verb, sent, speaker)
    if speaker is None:
        return None
    end = verb.head.right_edge.i
    last = verb.right_edge
    if end <= last.i or (last.text != "," and verb.doc[last.i + 1 : last.i + 2].text != ","):
        return None  # "as X reported" must end at a comma
    span = trimmed_chars(verb.doc, verb.right_edge.i + 1, min(end, sent.end - 1))
    if span is None:
        return None
    return Finding(QuoteKind.INDIRECT, [span], cue_of(verb), speaker, shaped_by=["quote.as-reported"])


REPORT_SETTING_PREPS = frozenset({"in", "on", "at", "during", "after", "before", "since", "last"})
"""Prepositions that set a report in a place, a time or a medium ("as Moss noted in The Review")."""


def _as_reported_after(verb: Token, sent: SpacySpan, speaker: SpacySpan | None) -> Finding | None:
    """ "…is a scare tactic, as Ada Moss noted in The Review.", "…, as first reported by the Gazette." (rule
    quote.as-reported-after): an "as" clause with a speaker (or a "by" agent) and no object of its own, after a
    comma and closing the sentence, reports the clause before it. One with an object ("…, as the board reported
    losses") tells when or why, and "as expected" names no one."""
    doc = verb.doc
    if speaker is None:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        by = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        speaker = noun_phrase(by) if by is not None else None
    if speaker is None or reporting_lemma(verb.head) in SPEECH_CUES:
        return None
    own = (
        ("ccomp", "xcomp", "attr", "oprd", "dative")
        if verb.lemma_ == "tell"
        else ("dobj", "ccomp", "xcomp", "attr", "oprd", "dative")
    )
    if any(c.dep_ in own or (c.dep_ == "prep" and c.lower_ not in REPORT_SETTING_PREPS) for c in verb.children):
        return None  # "as the board reported losses", "as voters responded to the plan": when or why
    opening = verb.left_edge.i
    if opening - 1 <= sent.start or doc[opening - 1].text != "," or doc[opening].lower_ != "as":
        return None
    rest = [t for t in doc[verb.right_edge.i + 1 : sent.end] if not t.is_space and not t.is_quote]
    if rest and (rest[0].text not in (".", "!", "?") or len(rest) > 1):
        return None  # "…, as the website notes: “…”" introduces what follows
    span = trimmed_chars(doc, max(sent.start, verb.head.left_edge.i), opening - 1)
    if span is None:
        return None
    return Finding(QuoteKind.INDIRECT, [span], cue_of(verb), speaker, rule="quote.as-reported-after")


RULING_NOUNS = frozenset({"ruling", "verdict", "decision", "judgment", "judgement", "sentence", "conviction", "order"})
"""What a higher court "affirms" when it upholds a lower one's finding."""
COURT_NOUNS = frozenset({"court", "tribunal", "judge", "justice", "bench"})
"""Those whose "affirmed" is a ruling upheld, not a stand taken."""


def _a_ruling_upheld(verb: Token, right: list[Token]) -> bool:
    """Whether "affirmed" with an object upholds a ruling, in its legal sense: "the appeals court affirmed the
    ruling against X", "affirmed his conviction", "the judge affirmed the sentence"; not "affirmed his support for
    the deal", a stand taken."""
    if any(c.dep_ == "dobj" and c.lemma_.lower() in RULING_NOUNS for c in right):
        return True
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in COURT_NOUNS for c in verb.children)


VERDICT_VERBS = {"confirm", "deny", "acknowledge", "dismiss", "reject", "refute", "dispute", "comment"}
AGENT_PASSIVE_VERBS = (OBJECT_CONTENT_VERBS | PASSIVE_JUDGEMENTS) - NOT_AGENT_PASSIVE - VERDICT_VERBS
"""Verbs whose passive with "by" is the agent's stand (rule quote.agent-passive); not a verdict ("the meeting was
confirmed by the ministry": the events keep it as a confirmation)."""


TOLD_OF_VERBS = frozenset({"tell", "inform", "brief", "warn", "notify"})
"""Verbs of telling whose "of"/"about" phrase after the one told is what was told ("told the envoy of his plan")."""


TOLD_THINGS = frozenset({"story", "tale", "account", "history", "anecdote", "joke", "legend", "saga"})
"""What is told rather than whom: "told the story of her visit" reports no words, its "of" is the story's."""
MEMBER_NOUNS = frozenset(
    {"member", "elder", "resident", "citizen", "people", "inhabitant", "villager", "leader", "representative", "head"}
)
"""People told by the body or place they belong to: "briefed members of his cabinet", "the elders of her village"."""
TOLD_OF_PLACES = frozenset(
    {"village", "town", "city", "country", "region", "district", "province", "community", "family", "tribe", "clan"}
)
"""Places and communities an "of" after the one told names, not words told."""


def _body_or_place(word: Token) -> bool:
    """Whether the object of "of" is a body or a place ("his cabinet", "her village", "Moscow"), never what was told."""
    lemma = word.lemma_.lower()
    return word.ent_type_ in ("ORG", "GPE", "LOC", "FAC", "NORP") or lemma in ORGANIZATION_WORDS | TOLD_OF_PLACES


def _told_of(verb: Token, lemma: str, speaker: SpacySpan) -> Finding | None:
    """ "The president told the envoy of his decision to cut spending", "informed the council about the delay"
    (rule quote.told-of): with no clause of its own, what a verb of telling's "of" or "about" phrase after the one
    told holds is what was said. Not a story told ("told the story of her visit"), nor a body or place after "of"
    ("briefed members of his cabinet"), nor with the "of" hung on members of a body."""
    if lemma not in TOLD_OF_VERBS or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    told = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
    if told is None:
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "about") and c.i > told.i), None)
    if prep is None:
        # "told Lind of his plan", hung on the one told: not "told the people of Vela", whose "of" is theirs
        prep = next((c for c in told.children if c.dep_ == "prep" and c.lower_ in ("of", "about")), None)
    said = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if said is None or said.i in range(speaker.start, speaker.end) or said.pos_ == "PROPN":
        return None
    if told.lemma_.lower() in TOLD_THINGS or _body_or_place(said):
        return None  # "told the story of her visit", "briefed members of his cabinet": no words reported
    if prep.head == told and not (
        told.ent_type_ == "PERSON"
        or told.pos_ == "PRON"
        or (told.lemma_.lower() not in MEMBER_NOUNS and any(c.dep_ == "poss" for c in said.children))
    ):
        return None
    span = trimmed_chars(verb.doc, said.left_edge.i, said.right_edge.i)
    if span is None:
        return None
    cue = cue_of(verb)
    return Finding(
        QuoteKind.INDIRECT, [span], (cue[0], prep.idx + len(prep)), speaker, rule="quote.told-of", shaped_by=[]
    )


def _parenthetical(verb: Token, sent: SpacySpan, speaker: SpacySpan | None) -> Finding | None:
    """ "In his state, the governor said, offenders go to treatment": the cue sits inside its content."""
    doc = verb.doc
    head = _clause_around(verb) if speaker is not None else None
    if head is None or head.pos_ not in ("VERB", "AUX") or has_right_content(verb, speaker):
        return None
    high = max([verb.i] + [t.right_edge.i for t in verb.rights if not t.is_punct])
    low = min(speaker.start, verb.i)
    # "On some evenings, aides said, the talks ran late": the parser hung what opens the sentence on a short aside
    opener = low - 1 >= sent.start and doc[low - 1].text == "," and high - verb.i <= MAX_ASIDE_TAIL
    if not opener:
        low = min([low] + [t.i for t in verb.lefts if not t.is_punct])
    if low - 1 < sent.start or doc[low - 1].text != "," or high + 1 >= sent.end or doc[high + 1].text != ",":
        return None
    before = trimmed_chars(doc, max(head.left_edge.i, sent.start), low - 1)
    after = trimmed_chars(doc, high + 1, min(head.right_edge.i, sent.end - 1))
    if after is None:
        return None
    rule = "quote.parenthetical-after-opener" if opener and any(t.i < low - 1 for t in verb.lefts) else None
    # the reporting reading keeps no ``rule``, so that ``quoted_passages._dedupe`` ranks it first: its id goes
    # with the shaping ones
    shaped = [] if rule else ["quote.parenthetical"]
    return Finding(
        QuoteKind.INDIRECT, [r for r in (before, after) if r], cue_of(verb), speaker, rule=rule, shaped_by=shaped
    )


def _clause_around(verb: Token) -> Token | None:
    """The verb of the clause an attribution set between commas sits inside. "The closure was, she said, the
    hardest decision": hung on a noun after it, the attribution is inside that noun's verb's clause. "The real
    problem, Moss told reporters, is that …" (rule quote.aside-in-subject): hung on the subject before it, as a
    clause of its own or a relative clause with no relative word, it sits between the subject and its verb."""
    head = verb.head
    if verb.dep_ in ("parataxis", "ccomp", "advcl") and head.i > verb.i:
        return head if head.pos_ in ("VERB", "AUX") else head.head
    if verb.dep_ not in ("parataxis", "relcl") or head.i > verb.i or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if any(c.tag_ in RELATIVE_TAGS or c.tag_ == "WP$" or c.dep_ == "mark" for c in verb.children):
        return None  # "The plan, which Moss told reporters about, is …": a relative clause
    clause = head.head
    first = min([verb.i] + [t.left_edge.i for t in verb.lefts if not t.is_punct])
    if clause.i <= verb.right_edge.i or verb.doc[first - 1].text != ",":
        return None
    fired("quote.aside-in-subject")
    return clause


MAX_ASIDE_TAIL = 4
"""Words an attribution set between commas may have after its verb ("…, Moss told The Washington Post, …")."""
LEARNING_VERBS = frozenset({"learn"})
"""Verbs of coming to know whose infinitive is a skill learnt ("learn to sail"), not something held true."""
PLAN_VERBS = WANTING_VERBS | REQUEST_HEADS
"""Verbs whose infinitive is what the subject means to do (rule quote.plan-infinitive)."""


INTRO_NAME_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "DT", "JJ", "POS", "PRP$"})


def inverted_intro(verb: Token) -> SpacySpan | None:
    """ "Added the mayor: “…”", "Continued Stone: “…”" (rule quote.inverted-colon): a reporting verb opening
    the sentence, then a noun phrase and the colon: the noun phrase is the speaker."""
    doc = verb.doc
    if verb.i != verb.sent.start:
        return None
    colon = next((t.i for t in doc[verb.i + 1 : min(verb.i + 8, verb.sent.end)] if t.text == ":"), None)
    if colon is None or colon - verb.i < 2:
        return None
    phrase = doc[verb.i + 1 : colon]
    if not all(t.tag_ in INTRO_NAME_TAGS for t in phrase) or phrase[-1].pos_ not in ("PROPN", "NOUN"):
        return None
    fired("quote.inverted-colon")
    return phrase


def _thanked_for(verb: Token, right: list[Token]) -> bool:
    """ "thanked Berlin for its help": thanks report words when they say what for, and come from someone who gave
    them, not "has only himself to thank for the defeat" (rule quote.thanks-without-reason)."""
    to_infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return not to_infinitive and any(c.dep_ == "prep" and c.lower_ == "for" for c in right)
