"""Who speaks, as the parse tells it: the subject of a reporting verb, with the repairs a news sentence needs
(a name read as an adverb, an apposed description, an inverted or reduced clause, a document for its issuer), and
the rule ids that say how the speaker span was found."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..trailing_speakers import MENDED as MENDED_SPEAKERS
from .grammar import is_passive
from .lexicon import (
    CHANNEL_NOUNS,
    DISPLAYED_NOUNS,
    ISSUING_VERBS,
    MESSAGE_NOUNS,
    MESSAGE_VERBS,
    OCCASION_NOUNS,
    PERSON_NOUNS,
    PUBLISHED_WORKS,
    REMARK_NOUNS,
    SAID_AMOUNT_WORDS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    TITLE_NOUNS,
    TOPIC_VERBS,
)
from .person_words import PEOPLE_NOUNS
from .place_runs import place_run_speaker
from .quote_findings import (
    AUX_DEPS,
    FINITE_TAGS,
    SETTING_ENTITIES,
    SPEECH_CUES,
    Finding,
    has_subject,
    is_adjunct,
    is_infinitive,
    reporting_lemma,
)
from .second_predicates import reporting_of_second
from .signed import HANDLE
from .speakers import DESCRIBED_SOURCES, DOCUMENT_NOUNS
from .trace import fired

RELATIVE_TAGS = frozenset({"WDT", "WP"})
PARTICIPLE_PREPS = frozenset(
    {"by", "before", "after", "upon", "on", "while", "without", "since", "in", "to", "despite", "besides"}
)
"""Prepositions whose participle ("before saying", "upon hearing") shares the subject of the verb they hang on."""


QUOTING_VERBS = frozenset({"quote", "report", "cite"})
"""Verbs that relay someone's words "as saying": "quoted Moss as saying", "Moss was reported as saying"."""


def as_saying(verb: Token) -> Token | None:
    """The reporting verb of "quoted … as saying": "saying" in "The Star quoted Moss as saying …", "said" in "Moss was
    quoted as having said …" (rule quote.quoted-as-having-said), "saying" in "Moss was reported by an agency as saying
    …" (rule quote.reported-as-saying)."""
    if reporting_lemma(verb) not in QUOTING_VERBS:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        said = next((g for g in prep.children if g.dep_ == "pcomp" and _as_saying_form(g)), None)
        if said is not None and reporting_lemma(said) in SPEECH_VERBS:
            return said
    return _quoted_to_say(verb)


def _quoted_to_say(verb: Token) -> Token | None:
    """The infinitive some write for "as saying" (rule quote.quoted-to-say): "stated" of "Agencies quoted officials
    to state that …", "said" of "Moss was quoted to have said …"; what follows is the words of the one quoted, not
    the quoter's purpose."""
    for child in verb.children:
        if (
            child.dep_ in ("xcomp", "advcl")
            and child.i > verb.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
            and (child.tag_ == "VB" or any(c.dep_ == "aux" and c.lower_ == "have" for c in child.children))
            and reporting_lemma(child) in QUOTED_TO_SAY_VERBS
        ):
            return child
    return None


QUOTED_TO_SAY_VERBS = frozenset({"say", "state", "add"})
"""Verbs that, as "quoted X to …", only tell what X said; "quoted the report to argue / to show …", or "quoted X to
tell the graduates that …", is the quoter's purpose, and the words after it are the quoter's own."""


def _as_saying_form(verb: Token) -> bool:
    """ "saying", or "having said" (a perfect participle)."""
    return verb.tag_ == "VBG" or (
        verb.tag_ in ("VBN", "VBD") and any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)
    )


def quoted_one(verb: Token) -> SpacySpan | None:
    """Who "quoted … as saying" quotes: the object ("quoted Moss as saying"), or the passive's subject ("Moss was
    quoted as saying")."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            return noun_phrase(child)
    return None


def _quoted_by_name(verb: Token) -> SpacySpan | None:
    """ "The state news agency quotes Ana Vela, speaking in Lima: “…”" (rule quote.quotes-name): the words are those
    of the person quoted by name (a name the tagger takes for a person's), not the quoter's own ("quoting
    witnesses" names a source, rule quote.citing)."""
    if reporting_lemma(verb) != "quote" or verb.tag_ not in ("VBZ", "VBD", "VBP"):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.ent_type_ != "PERSON":  # "quoted Article 5 of the treaty" names a text, not a speaker
        return None
    if any(c.dep_ in ("xcomp", "advcl") and is_infinitive(c) for c in verb.children):
        return None  # "quoted Jose Marti to tell the cadets that …": the quoter's purpose, the quoter's words
    fired("quote.quotes-name")
    return noun_phrase(obj)


def asked_aside(verb: Token) -> Token | None:
    """ "Kremlin spokesman Dmitry Peskov, asked about a ceasefire, told reporters that …", parsed as a clause "Peskov
    asked about a ceasefire" that the telling verb reports, or that reports the telling (rule quote.asked-aside): an
    aside set off by commas between the speaker and the verb, whose subject is the speaker and which is no part of
    what was told."""
    doc = verb.doc
    near = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if verb.dep_ == "ccomp" and verb.head.i < verb.i:
        near.append(verb.head)  # "…, asked whether …, said …" with "asked" as the root
    for clause in near:
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i]
        if (
            clause.lemma_.lower() == "ask"
            and clause.tag_ in ("VBD", "VBN")
            and subjects
            and doc[clause.i - 1].text == ","
            and doc[verb.i - 1].text == ","
            and max(t.i for t in clause.subtree if t.i < verb.i) >= verb.i - 2
        ):
            return clause
    return None


def told_after_aside(asked: Token) -> bool:
    """Whether ``asked`` is the aside before a telling verb (``asked_aside``)."""
    tellers = [asked.head] if asked.dep_ == "ccomp" else []
    tellers += [c for c in asked.children if c.dep_ == "ccomp" and c.i > asked.i]
    return any(asked_aside(t) == asked for t in tellers)


def _subject_of_participle(verb: Token) -> Token | None:
    """ "Senator Ana Ruiz also commenting on the bill noted that …", "one woman lining up for water said …" (rule
    speaker.subject-of-participle): a participle between the speaker and the verb of saying, which the parser made
    the verb's clausal subject with the speaker as its own; the speaker is that participle's subject, a noun or a
    name before it."""
    for clause in verb.children:
        if clause.dep_ != "csubj" or clause.tag_ != "VBG" or clause.i > verb.i:
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
            return subject
    return None


def speaker_span(verb: Token) -> SpacySpan | None:
    if as_saying(verb) is not None and (quoted := quoted_one(verb)) is not None:
        return quoted  # "“…,” Moss is quoted as saying in the Star" (rule quote.quoted-as-saying)
    if (quoted := _quoted_by_name(verb)) is not None:
        return quoted
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and (named := _as_name_put_it(verb)) is not None:
        fired("speaker.as-name-put-it")
        return named
    if not subjects and (participle := _subject_of_participle(verb)) is not None:
        fired("speaker.subject-of-participle")
        return noun_phrase(participle)
    if not subjects and (reduced := reduced_relative(verb)) is not None:
        return noun_phrase(next(c for c in reduced.children if c.dep_ in ("nsubj", "nsubjpass")))
    if len(subjects) == 2 and subjects[0].i < verb.i < subjects[1].i and verb.doc[verb.i - 1].text == ",":
        # "The decision, said Agriculture Secretary Faith Njoroge, was final" (rule quote.aside-in-subject): the
        # subject after the verb speaks; the one before is what the words are about
        return noun_phrase(subjects[1])
    if (aside := aside_read_into_clause(verb)) is not None:
        fired("quote.aside-read-into-clause")
        return aside
    if len(subjects) > 1 and subjects[0].tag_ in RELATIVE_TAGS and subjects[1].i < verb.i:
        # "the department, which he argued seeks …", "whom many believed was …": the relative pronoun is the
        # content's subject, the next subject the speaker's (rule quote.relative-aside)
        return noun_phrase(subjects[1])
    if subjects and (after_but := _subject_after_but(subjects, verb)) is not None:
        fired("speaker.subject-after-but")
        return noun_phrase(after_but)
    if len(subjects) > 1 and all(c.i < verb.i for c in subjects) and (split := _split_subject(subjects)) is not None:
        fired("quote.split-subject")
        return split
    if subjects:
        if (antecedent := _antecedent(subjects[0], verb)) is not None:
            return antecedent
        if verb.head.i < verb.i and (shown := _sign_holder(subjects[0], verb)) is not None:
            return shown  # "held up banners reading …" parsed with the banners as the subject of "reading"
        found = (
            _trailing_speaker(subjects[0], verb) or _author(subjects[0]) or _before_verb(noun_phrase(subjects[0]), verb)
        )
        if found is not None and subjects[0] in found and subjects[0].i in verb.doc.user_data.get(MENDED_SPEAKERS, ()):
            fired("quote.trailing-speaker-unjoined")  # "met A and B, a spokesman said" (``trailing_speakers``)
        return found
    if _writer_aside(verb):
        fired("speaker.writer-aside")
        return None
    if (run := place_run_speaker(verb)) is not None:
        return run  # "in Ankara Zarif told reporters …" (rule speaker.place-run-into-name)
    if (aside := asked_aside(verb)) is not None:
        fired("quote.asked-aside")
        return noun_phrase(next(c for c in aside.children if c.dep_ == "nsubj"))
    if (contracted := _contracted_has(verb)) is not None:
        return contracted
    if (handle := _handle(verb)) is not None:
        return handle
    for child in verb.children:  # passive with an agent: "was told by officials"; not "confirmed by telephone"
        if child.dep_ == "agent":
            objs = [g for g in child.children if g.dep_ == "pobj" and g.lower_ not in CHANNEL_NOUNS]
            if objs:
                return noun_phrase(objs[0])
    head = verb.head
    if (verb.dep_ == "conj" or (verb.dep_ == "dep" and head.i < verb.i)) and head.pos_ in ("VERB", "AUX"):
        # "Moss paused, then revealed why …" parsed as a loose dependent: the same subject
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return None  # "… and heavy rain was forecast": a passive with a subject of its own and no agent
        if (reporting := reporting_of_second(verb)) is not None:
            return speaker_span(reporting)
        if (governor := _coordinate_across_forms(verb)) is not None:
            fired("quote.coordinate-form")
            return speaker_span(governor)
        if (undergoer := _passive_conjunct_subject(verb)) is not None:
            fired("speaker.passive-conjunct")
            return undergoer
        if (taken := _subject_taken_as_conjunct(verb)) is not None:
            fired("speaker.subject-taken-as-conjunct")
            return taken
        return speaker_span(head)
    if (first := _first_conjunct_read_as_adverbial(verb)) is not None:
        fired("quote.first-conjunct")
        return speaker_span(first)
    if (apposed := _trailing_speaker_apposed(verb)) is not None:
        fired("quote.trailing-speaker-apposed")
        return apposed
    if (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "xcomp", "conj", "acl")
        and head.pos_ in ("VERB", "AUX")
        and head.i < verb.i
    ):
        if (seen := _seen_saying(verb)) is not None:
            return seen
        if (left := _left_doing(verb)) is not None:
            return left
        if (absolute := _with_subject(verb)) is not None:
            return absolute
        climbed = _reporting_head(verb) or _noun_clause_head(verb) or head
        # "…, Anderson said, adding that …"
        return speaker_span(climbed) or _inverted_before(climbed, verb) or _undergoer(climbed, verb)
    if _main_verb_read_as_modifier(verb):
        fired("quote.misread-main-verb")
        return speaker_span(head) if head.pos_ in ("VERB", "AUX") else noun_phrase(head)
    if verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN") and head.pos_ in ("NOUN", "PROPN") and head.i < verb.i:
        if verb.tag_ == "VBG" and (absolute := _with_subject(verb)) is not None:
            return absolute  # "anger over Moss saying …" hung on "anger"
        if (clause_verb := _adverbial_participle(verb)) is not None:
            return speaker_span(clause_verb)
        if verb.tag_ == "VBG" and (sender := _sender_to(head)) is not None:
            return sender
        if (issuer := _issuer(head)) is not None:
            return issuer
        if (shown := _sign_holder(head, verb)) is not None:
            return shown
        if not _may_speak(head) and (holder := _holder(head)) is not None:
            return holder  # "spent the evening at a rally blasting the fares" (rule quote.holder-of-thing)
        if verb.tag_ == "VBN" and head.dep_ != "ROOT":
            # "a ruling expected in weeks", "Moss, referred to as …": what is spoken of, not who speaks (but
            # "Oyelaran, who …, posted on X: …" parsed with the name as the root is the main verb misread)
            return None
        return noun_phrase(head)  # "emails showing that …", "a statement saying …"
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and head.i > verb.i:
        fired("quote.fronted-participle")
        found = speaker_span(head)  # "Declaring that he alone could win, the billionaire …"
        # not an aside after the subject the parse hung elsewhere: "In Lisbon, an official, speaking to reporters,
        # said …" (rule quote.subject-before-aside)
        return found if found is None or found.end > verb.i else None
    if _having_done(verb) and head.pos_ in ("VERB", "AUX") and head.i > verb.i:
        fired("speaker.having-done")
        return speaker_span(head)  # "Having announced that the pier would close, the mayor …"
    if (purpose := _purpose_subject(verb)) is not None:
        return purpose
    if is_extraposed(verb):
        fired("quote.extraposed-it")
        return None  # "it is hard to know …", "it is important to note …": no one
    if verb.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX") and head.i < verb.i:
        if (raised := _passive_raised(verb)) is not None:
            return raised
        obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is not None and obj.pos_ == "PRON" and obj.tag_ not in RELATIVE_TAGS and obj.lower_ in SAID_AMOUNT_WORDS:
            fired("speaker.amount-to-say")  # "a report from the institute had this to say: …": the report
            return speaker_span(head)
        if obj is not None and reporting_lemma(head) in CONTACTING_VERBS:
            fired("quote.purpose-of-contact")  # "telephoned Sidibe to ask whether …": the caller asked
            return speaker_span(head)
        if obj is not None and _may_speak(obj) and not _share_of_occasion(obj):
            return noun_phrase(obj)  # "urged critics to say"
        return speaker_span(head)  # "wants to say", "used his speech to call for …" (rule quote.instrument-object)
    if (relative := _infinitive_read_as_relative(verb)) is not None:
        return relative
    if verb.dep_ == "acl" and is_infinitive(verb) and head.pos_ in ("NOUN", "PROPN") and head.i < verb.i:
        # "the first senator to say …"; "had a rare chance to show …" (rule quote.holder-of-thing)
        if not _may_speak(head):
            return _holder(head)
        if names_someone(head.doc[head.i : head.i + 1]):
            return noun_phrase(head)
        return _controller(head)
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp" and head.head.i < verb.i:
        return speaker_span(head.head)  # "voters are more likely to say"
    if (
        verb.dep_ in ("xcomp", "advcl")
        and head.pos_ in ("ADJ", "ADV")
        and head.dep_ in ("advcl", "advmod")
        and head.head.pos_ in ("VERB", "AUX")
        and head.head.i < head.i
    ):
        # "detailed the plan, eager to show that …", "went so far as to say …" (rule quote.modifier-infinitive):
        # an infinitive on a word that modifies a verb speaks for that verb's subject
        # not "came out too late to say whether …": an idiom of timing, no one's stance
        too = any(c.lower_ == "too" for c in head.children)
        speaker = speaker_span(head.head) if is_infinitive(verb) and not too else None
        if speaker is None:
            return None
        fired("quote.modifier-infinitive")
        return speaker
    if (
        verb.dep_ == "pcomp"
        and head.dep_ == "prep"
        and head.lower_ in PARTICIPLE_PREPS
        and head.head.pos_ in ("VERB", "AUX")
    ):
        # "began by saying", "deflected questions before saying", "pivoted to arguing" (rule
        # quote.participle-after-preposition)
        return _surface_subject(verb, head.head)
    if verb.dep_ == "pcomp" and (clause_verb := _compound_preposition_verb(head)) is not None:
        return _surface_subject(verb, clause_verb)  # "In addition to stating that …, Moss has vowed …"
    return _subject_before(verb)


def _as_name_put_it(verb: Token) -> SpacySpan | None:
    """ "As Ada Moss, professor of law at Kent and author of ''The Port,'' put it, …" parsed with the name as the
    object of "as" (rule speaker.as-name-put-it): the name after "as" put it, never the "it"."""
    if verb.lemma_.lower() != "put" or reporting_lemma(verb) != "say":
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i), None)
    named = next((c for c in mark.children if c.dep_ == "pobj"), None) if mark is not None else None
    if named is None or named.pos_ not in ("PROPN", "NOUN"):
        return None
    return noun_phrase(named)


def aside_read_into_clause(verb: Token) -> SpacySpan | None:
    """ "The contrast, said Varga and others, would be clear", "Any reading of it, said Lena Ostrova, an economist,
    would …" parsed with the phrase after "said" as the subject of the clause that follows (rule
    quote.aside-read-into-clause): a reporting verb set off by a comma after the subject of what it
    reports, with a phrase after it that a comma closes before that clause's verb, has that phrase as speaker."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," or reporting_lemma(verb) not in SPEECH_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if verb.tag_ not in ("VBD", "VBZ") or subject is None or not _spoken_of(subject, verb):
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        named = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if named is None or named.left_edge.i != verb.i + 1 or named.pos_ not in ("PROPN", "NOUN"):
            continue
        end = named.right_edge.i
        if doc[end].text != ",":
            end += 1  # the comma the parse left off the phrase
        if end >= clause.left_edge.i and end < clause.i and doc[end].text == "," and end > named.i:
            return doc[named.left_edge.i : end]
    return None


def _spoken_of(subject: Token, verb: Token) -> bool:
    """Whether the subject before "…, said" is a thing spoken of, a plain phrase ending right before the comma
    ("The contrast with the rival, said …"), not someone who says ("PLO sources in Tunis, Tunisia, said their
    delegation, led by …, would …", "A rival bidder, Northway Corp., said …", "Moss, who ran the port, said …")."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() in PERSON_NOUNS | SOURCE_NOUNS | PEOPLE_NOUNS:
        return False
    inside = subject.doc[subject.left_edge.i : verb.i - 1]
    return not any(t.text == "," for t in inside)


def _split_subject(subjects: list[Token]) -> SpacySpan | None:
    """A verb the parser gave two subjects (rule quote.split-subject): pieces of one phrase that meet across a
    comma, hyphen or "and" are that phrase ("His ex-wife", "45% of farmers, 28% of fishers"); a place or date
    before the subject, or a phrase set apart from it by a comma, gives way to the subject nearest the verb
    ("Speaking in Salem, New Hampshire, Moss went after Hale", "The day before, at a rally, Moss was just as
    blunt"). Two subjects that meet otherwise are a parse gone wrong deeper down: None."""
    first, last = subjects[0], subjects[-1]
    doc = last.doc
    end = first.right_edge.i
    while end > first.i and doc[end].text == "," and doc[last.left_edge.i].pos_ == "DET":
        end -= 1  # "…, Tomas Berg-Lund, the port authority said": the comma hung on the name parts the two
    if doc[end].text == ":":
        fired("quote.lead-in-colon")  # "Worth flagging: a Western diplomat here tells us …": the subject after it
        return noun_phrase(last)
    gap = doc[end + 1 : last.left_edge.i]
    listed = any(t.dep_ == "cc" for t in last.subtree)
    worded = first.text == "%" or any(ch.isalnum() for ch in first.text)  # not a dash taken for a noun
    if worded and first.ent_type_ not in SETTING_ENTITIES and all(_joins(t, listed) for t in gap):
        return _joined_pieces(first, last)
    if any(t.text == "," for t in doc[last.right_edge.i : last.head.i]):
        # "His widow, Mrs. Ada Berg, said": the name of the first, with it; "Ferry crews, many of them part-time,
        # said": an aside, not the subject
        return _joined_pieces(first, last) if last.pos_ == "PROPN" else None
    before = doc[last.left_edge.i - 1] if last.left_edge.i > 0 else None
    if before is not None and (before.text in (",", "―", "—") or before.is_quote):
        return noun_phrase(last)  # also a first "subject" inside the quote: "“My apologies,” Moss said"
    return None


def _joined_pieces(first: Token, last: Token) -> SpacySpan:
    """The phrase from the first piece of a split subject to the last, without a comma closing it."""
    doc = first.doc
    stop = last.right_edge.i
    while stop > last.i and doc[stop].text == ",":
        stop -= 1  # "Her ex-husband, a pilot, said": not the comma
    return doc[first.left_edge.i : stop + 1]


def _joins(token: Token, listed: bool) -> bool:
    """A word between two pieces of one phrase: "and", a hyphen inside a word, a comma of a list."""
    if token.dep_ == "cc":
        return True
    if token.text == "-":
        return not token.whitespace_
    return token.text == "," and listed


COMPOUND_PREPOSITIONS = frozenset(
    {("in", "addition", "to"), ("instead", "of"), ("rather", "than"), ("aside", "from"), ("apart", "from")}
)
"""Prepositions of more than one word before a participle: "in addition to stating", "instead of saying"."""


def _surface_subject(participle: Token, verb: Token) -> SpacySpan | None:
    """Who a participle after a preposition shares as subject: the verb's passive subject ("After saying the pier
    was unsafe, Moss was rushed to hospital": Moss said it, not the agent of "rushed by …"), else its subject. A
    passive participle ("After being told …") was said to that subject, not by it: None."""
    if is_passive(participle):
        return None
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if passive is None:
        return speaker_span(verb)
    if passive.tag_ in RELATIVE_TAGS or passive.lower_ in ("it", "this", "that"):
        return None
    return noun_phrase(passive)


def _compound_preposition_verb(prep: Token) -> Token | None:
    """The verb a participle after "in addition to" or "instead of" shares its subject with (rule
    quote.participle-after-preposition)."""
    doc = prep.doc
    for words in COMPOUND_PREPOSITIONS:
        first = prep.i - len(words) + 1
        if first < 0 or tuple(t.lower_ for t in doc[first : prep.i + 1]) != words:
            continue
        verbs = [a for a in prep.ancestors if a.pos_ in ("VERB", "AUX")]
        if not verbs:
            return None
        with_subject = next((v for v in verbs if has_subject(v) or v.tag_ in FINITE_TAGS), None)
        if with_subject is not None and with_subject != verbs[0] and not has_subject(verbs[0]):
            # "offered few ideas for cutting fares aside from stating …": the phrase hangs on a verb of no
            # clause of its own; the participle shares the subject of the clause it stands in (rule
            # speaker.preposition-past-gerund)
            fired("speaker.preposition-past-gerund")
            return with_subject
        return verbs[0]
    return None


def _inverted_before(reporting: Token, participle: Token) -> SpacySpan | None:
    """ "“The pier is safe,” said Skelly, explaining that …" with the name after "said" parsed as an adverb (rule
    speaker.inverted-before-participle): the participle shares the name after the reporting verb it hangs on."""
    if reporting_lemma(reporting) not in SPEECH_VERBS or reporting.i > participle.i or reporting.i == 0:
        return None
    before = reporting.doc[reporting.i - 1]
    if before.text != "," and not before.is_quote:
        return None  # "messages later deemed ''top secret,'' saying …": no inverted attribution
    speaker = inverted_subject(reporting)
    if speaker is None or speaker.start < reporting.i or speaker.end > participle.i:
        return None
    if not names_someone(speaker) and not speaker[0].is_title:  # the name the parse took for an adverb
        return None
    fired("speaker.inverted-before-participle")
    return speaker


def _having_done(verb: Token) -> bool:
    """ "Having announced that the pier would close, the mayor left" (rule speaker.having-done): a fronted perfect
    participle is the main clause subject's act, like "Declaring that …"; not a passive one ("Having been told
    that …", said to that subject)."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl":
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(c.lower_ == "having" for c in auxiliaries) and not any(c.dep_ == "auxpass" for c in auxiliaries)


AGENT_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
"""Entity types of a name that may act or speak (not a show's or a law's title)."""


def _passive_raised(verb: Token) -> SpacySpan | None:
    """ "The Tribune is expected to endorse …", "Moss was urged by the board to explain …" (rule
    speaker.passive-raised): an infinitive on a passive verb is said by that verb's subject, not by its agent;
    not by an "it" that only holds the place of a clause, nor when either verb is negated."""
    head = verb.head
    if not is_infinitive(verb) or not is_passive(head):
        return None
    if any(c.dep_ == "neg" for c in head.children) or any(c.dep_ == "neg" for c in verb.children):
        return None  # "because they were not authorised to discuss the matter": nothing was said
    subject = next((c for c in head.children if c.dep_ == "nsubjpass" and c.i < head.i), None)
    if subject is None or subject.lower_ in ("it", "this", "that"):
        return None
    phrase = noun_phrase(subject)
    if any(t.is_quote for t in phrase) or (subject.ent_type_ and subject.ent_type_ not in AGENT_ENTITIES):
        return None  # "The new “Unplugged” is meant to appeal to …": a title, not who acts
    fired("speaker.passive-raised")
    return phrase


def _share_of_occasion(obj: Token) -> bool:
    """ "used much of their time to criticize …", "used the rest of her speech to call for …" (rule
    speaker.share-of-occasion): a share of an occasion or means of a remark is no one who could speak, so the
    infinitive is the subject's; not a person picked out of a group ("urged one of the pilots to say …"). So is
    a remark itself ("used the comments to urge …", "seized on the report to claim …", rule
    speaker.remark-as-means)."""
    if obj.lemma_.lower() in REMARK_NOUNS:
        fired("speaker.remark-as-means")
        return True
    if names_someone(obj.doc[obj.i : obj.i + 1]):
        return False
    ofs = (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of")
    of = next((g for c in ofs for g in c.children if g.dep_ == "pobj"), None)
    if of is None or _may_speak(of):
        return False
    fired("speaker.share-of-occasion")
    return True


def is_extraposed(verb: Token) -> bool:
    """ "It is hard to know whether …", "it's important to note that …": an infinitive after "it" with a copula and
    an adjective is the writer's aside; "it" speaks for no one (rule quote.extraposed-it)."""
    if verb.dep_ != "xcomp" or not is_infinitive(verb):
        return False
    copula = verb.head.head if verb.head.dep_ == "acomp" else verb.head
    if copula.lemma_.lower() != "be" or not any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in copula.children):
        return False
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in copula.children)


ASIDE_SUBJECTS = frozenset({"it", "this", "that"})
MEANING_FORMS = frozenset({"mean", "means", "meant"})
"""Forms of "mean" (the tagger may lemmatise "means" as the noun)."""


def _writer_aside(verb: Token) -> bool:
    """ "It's worth pointing out that …", "That's not to suggest that …", "It means admitting that …" (rule
    speaker.writer-aside): a gerund after "worth", an infinitive right on a copula, or a gerund after "mean", with
    "it", "this" or "that" for subject, is the writer's own aside or inference; the pronoun speaks for no one."""
    if verb.dep_ != "xcomp":
        return False
    head = verb.head
    if head.lower_ == "worth" and verb.tag_ == "VBG" and head.dep_ == "acomp":
        head = head.head  # "it's worth noting"
    elif head.lemma_.lower() == "be":
        if not is_infinitive(verb) or any(c.dep_ == "acomp" for c in head.children):
            return False  # "it is hard to know" is quote.extraposed-it's
    elif head.lower_ not in MEANING_FORMS or verb.tag_ != "VBG":
        return False
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ in ASIDE_SUBJECTS for c in head.children)


LEAD_IN_VERBS = frozenset({"proceed", "rush", "hasten", "hurry"})
"""Verbs an infinitive goes on from rather than serves ("rushed to praise the pilots", and "went on to …")."""


def is_purpose_infinitive(verb: Token) -> bool:
    """An infinitive of purpose ("met on Monday to discuss the levy"): with an object it says what someone set
    out to do, not what they said (rule quote.purpose-infinitive). Not after a verb it goes on from ("went on to
    criticize the board", "rushed to praise the pilots", rule quote.went-on-to)."""
    if not _adverbial_infinitive(verb):
        return False
    head = verb.head
    particle = next((c for c in head.children if c.dep_ == "prt" and c.i == head.i + 1), None)
    lead_in = (head.lemma_.lower() in LEAD_IN_VERBS and verb.left_edge.i == head.i + 1) or (
        head.lemma_.lower() == "go"
        and particle is not None
        and particle.lower_ == "on"
        and verb.left_edge.i == head.i + 2
    )
    if lead_in:  # right after it: "rushed to the hospital to thank the doctors" is a purpose
        fired("quote.went-on-to")
        return False
    return True


CONTACTING_VERBS = frozenset({"telephone", "phone", "call", "ring", "visit", "meet", "contact", "email", "text"})
"""Verbs of getting in touch whose object is whom the subject reached, not who acts next: an infinitive after
them is the subject's purpose ("telephoned Sidibe to ask …"), where after "urged critics to say" it is the
object's."""


def _purpose_subject(verb: Token) -> SpacySpan | None:
    """ "stood up at a town meeting to say …", "went out of her way to say …" (rule quote.purpose-infinitive), "went
    on to criticize …": an infinitive hung on a verb before it speaks for that verb's subject."""
    head = verb.head
    if not _adverbial_infinitive(verb) or head.i > verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    return speaker_span(head)


def _infinitive_read_as_relative(verb: Token) -> SpacySpan | None:
    """ "Lind had every reason to know that …" parsed as a relative clause on "reason" (rule
    quote.infinitive-read-as-relative): an infinitive with no subject or relative word of its own, on a noun that
    is a verb's object, is that noun's infinitive modifier and speaks for the verb's subject (as rule
    quote.object-infinitive reads it), when it reports a clause and that subject names someone; "is one of the
    reasons to oppose …", "the challenge is to find a way to acknowledge …" and "Congress has three ways to seek
    enforcement …" give no one."""
    head = verb.head
    if verb.dep_ != "relcl" or not is_infinitive(verb) or head.dep_ != "dobj" or head.i > verb.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") or c.tag_ in RELATIVE_TAGS for c in verb.children):
        return None
    if not any(c.dep_ == "ccomp" for c in verb.children):
        return None  # "has three ways to seek enforcement of …": an aim with an object, no words reported
    if any(c.dep_ == "dative" for c in head.head.children):
        return None  # "gave the pilots every reason to think that …": the pilots are to think it
    speaker = _holder_of_object(head)
    if speaker is None or not names_someone(speaker):
        return None
    fired("quote.infinitive-read-as-relative")
    return speaker


def _adverbial_infinitive(verb: Token) -> bool:
    return verb.dep_ == "advcl" and is_infinitive(verb)


def _controller(noun: Token) -> SpacySpan | None:
    """ "Firms are taking pains to say …", "they were under pressure to pledge …" (rule quote.object-infinitive): an
    infinitive on a noun that names no one, the object of a verb, speaks for that verb's subject."""
    speaker = _holder_of_object(noun)
    if speaker is not None:
        fired("quote.object-infinitive")
    return speaker


def _holder_of_object(noun: Token) -> SpacySpan | None:
    """The subject of the verb whose object ``noun`` is, when an infinitive on the noun is that subject's."""
    if noun.dep_ not in ("dobj", "pobj"):
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "no") for c in noun.children):
        return None  # "seized on her refusal to say …", "found no evidence to suggest …": not the holder's words
    if any(c.dep_ == "prep" and c.lower_ in ("on", "for") for c in noun.children):
        return None  # "stepped up pressure on the firm to say …": the firm is to say it
    return _holder(noun)


def _may_speak(noun: Token) -> bool:
    """Anything but the occasion, means or time of a remark ("his speech", "a rally", "a crude word", "$5,000")."""
    return noun.lemma_.lower() not in OCCASION_NOUNS and noun.ent_type_ not in ("MONEY", "DATE", "TIME")


def _holder(thing: Token) -> SpacySpan | None:
    """Who acts through a thing that cannot speak (rule quote.holder-of-thing): the subject of the nearest verb
    the thing hangs on ("Moss spent the evening at a rally blasting the fares": Moss)."""
    for ancestor in thing.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return speaker_span(ancestor)
    return None


def _sender_to(addressee: Token) -> SpacySpan | None:
    """Who sent the message a participle gives, hung by the parser on the one it went to (rule
    speaker.addressee-of-message): "sent a text message to supporters saying …", "in a memo to employees explaining
    …", "is making a pitch to voters saying …", "has written to his counterpart proposing …", "emailed supporters
    saying …". The one written to does not say the message's words; the sender does, else the message itself ("The
    letter was sent to members saying …"). Not the one spoken to ("spoke to protesters chanting …": they chant),
    where no message is named."""
    if _message(addressee):
        return None  # "in response to reports claiming …": the reports speak for themselves
    carrier = addressee.head
    if addressee.dep_ == "pobj" and carrier.lower_ == "to" and carrier.dep_ in ("prep", "dative"):
        carrier = carrier.head
    elif addressee.dep_ not in ("dobj", "dative") or carrier.lemma_.lower() not in MESSAGE_VERBS:
        return None
    if any(c.dep_ == "prt" for c in carrier.children):
        return None  # "wrote off critics claiming …": a phrasal verb, no message sent to them
    sender: SpacySpan | None
    if carrier.pos_ in ("NOUN", "PROPN") and _message(carrier):
        message: Token | None = carrier
        possessor = next((c for c in carrier.children if c.dep_ == "poss"), None)
        sender = noun_phrase(possessor) if possessor is not None else _holder(carrier)
    elif carrier.pos_ in ("VERB", "AUX"):
        message = next((c for c in carrier.children if c.dep_ in ("dobj", "nsubjpass") and _message(c)), None)
        if message is None and carrier.lemma_.lower() not in MESSAGE_VERBS:
            return None
        sender = speaker_span(carrier)
    else:
        return None
    if sender is None or _message(sender.root) or sender.start <= addressee.i < sender.end:
        sender = noun_phrase(message) if message is not None else None
    if sender is not None:
        fired("speaker.addressee-of-message")
    return sender


def _message(noun: Token) -> bool:
    """A message, a document or a piece someone puts out: what a sender sends."""
    lemma = noun.lemma_.lower()
    return lemma in MESSAGE_NOUNS or lemma in DOCUMENT_NOUNS or lemma in PUBLISHED_WORKS


def _sign_holder(sign: Token, participle: Token) -> SpacySpan | None:
    """ "Marchers carried placards reading “…”", "held up banners saying …" (rule speaker.sign-holder): the words
    on a sign, a banner or a T-shirt that a participle gives are those of whoever holds it up or wears it, the
    subject of the verb above, also when the parse made the sign the participle's subject; "a banner read …"
    names no holder and stays the banner's."""
    if sign.lemma_.lower() not in DISPLAYED_NOUNS or participle.tag_ != "VBG":
        return None
    above = next((a for a in sign.ancestors if a.pos_ in ("VERB", "AUX") and a != participle), None)
    holder = speaker_span(above) if above is not None else None
    if holder is None or holder.start <= sign.i < holder.end:
        return None
    fired("speaker.sign-holder")
    return holder


def _coordinate_across_forms(verb: Token) -> Token | None:
    """ "Putin backpedaled on his prediction that Russia would pull out, and blamed the oil price": a finite verb
    the parser joined to a plain form under a modal or "to" cannot share its clause (the forms differ), so it goes
    on with the nearest verb above of its own form, whose subject acts (rule quote.coordinate-form)."""
    head = verb.head
    if verb.tag_ not in FINITE_TAGS or head.tag_ != "VB":
        return None
    if not any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in head.children):
        return None
    governor = head.head
    while governor.i != governor.head.i and governor.tag_ != verb.tag_:
        governor = governor.head
    if governor.tag_ != verb.tag_ or governor.i > head.i or governor.pos_ not in ("VERB", "AUX"):
        return None
    return governor


def _passive_conjunct_subject(verb: Token) -> SpacySpan | None:
    """ "The mayor was criticised by the unions and said the fares would rise" (rule speaker.passive-conjunct): an
    active verb joined to a passive one shares its subject, the one it happened to, never its "by" agent; the chain
    of conjuncts is climbed to the first that has a subject ("she was booed; was denounced by X; and declared …")."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    head = verb.head
    while True:
        if any(c.dep_ == "nsubj" for c in head.children):
            return None
        passive = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if passive is not None:
            return noun_phrase(passive) if passive.i < head.i else None
        if head.dep_ != "conj" or head.head.pos_ not in ("VERB", "AUX") or not is_passive(head):
            return None
        head = head.head


SUBJECT_PREPS = frozenset({"with", "about", "over", "of"})
"""Prepositions whose object a participle right after may take for its subject: "with Hale calling for …",
"asked about Moss calling the plan a sham", "anger over Varga saying …"."""


def _with_subject(participle: Token) -> SpacySpan | None:
    """ "…, with Hale, Moss and Varga all calling for a fare rule", "interviewed about Moss calling the plan a sham"
    (rule speaker.with-subject): a participle right after "with", "about", "over" or "of" and a noun phrase naming
    someone has that phrase for its subject, however the parse hung it."""
    doc = participle.doc
    before = doc[participle.left_edge.i - 1] if participle.left_edge.i > 0 else None
    if before is None:
        return None
    prep = next((a for a in [before, *before.ancestors] if a.dep_ == "prep" and a.lower_ in SUBJECT_PREPS), None)
    if prep is None or prep.right_edge.i != before.i or prep.i < participle.sent.start:
        return None
    one = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if one is None or not names_someone(doc[one.i : one.i + 1]):
        return None
    fired("speaker.with-subject")
    return noun_phrase(one)


def _undergoer(clause: Token, participle: Token) -> SpacySpan | None:
    """ "A lawsuit was filed in 2012, alleging that …", "she's tacked to the left, calling for …" (with "'s" read
    as a passive's) (rule speaker.passive-participle): a participle on a passive with no agent and no subject of
    its own is its subject's act."""
    if participle.tag_ != "VBG" or not is_passive(clause) or any(c.dep_ == "agent" for c in clause.children):
        return None
    undergoer = next((c for c in clause.children if c.dep_ == "nsubjpass" and c.i < clause.i), None)
    if undergoer is None or undergoer.lower_ in ASIDE_SUBJECTS:
        return None
    fired("speaker.passive-participle")
    return noun_phrase(undergoer)


def predicate_of_another_form(doc: Doc, start: int, end: int) -> int | None:
    """The end of reported words before a finite predicate the parser joined to their plain verb ("pledged that
    the council would cut fares, and blamed the unions"): that predicate is the speaker's next act, not theirs."""
    for t in doc[start : end + 1]:
        if (
            t.dep_ == "conj"
            and start <= t.head.i
            and reporting_lemma(t) in SPEECH_VERBS
            and not has_subject(t)
            and (governor := _coordinate_across_forms(t)) is not None
            and governor.i < start
        ):
            return t.left_edge.i - 1
    return None


def _trailing_speaker_apposed(verb: Token) -> SpacySpan | None:
    """ "The delegation will fly on to Osaka, Peru's embassy in Tokyo said.": a reporting verb that ends the
    sentence with no subject of its own, right after a phrase the parse apposed to the reported clause's last
    place: that phrase is who said it (rule quote.trailing-speaker-apposed)."""
    doc = verb.doc
    if reporting_lemma(verb) not in SPEECH_VERBS or verb.i == 0 or has_subject(verb):
        return None
    if any(not t.is_punct and not t.is_space for t in doc[verb.i + 1 : verb.sent.end]):
        return None
    head = doc[verb.i - 1]
    while head.head.i != head.i and head.head.i < verb.i and head.dep_ not in ("appos", "conj"):
        head = head.head
    head = _outer_apposition(head)
    if head.dep_ != "appos" or head.left_edge.i < 1 or doc[head.left_edge.i - 1].text != ",":
        return None
    if head.right_edge.i != verb.i - 1 or head.pos_ not in ("NOUN", "PROPN"):
        return None
    return doc[head.left_edge.i : verb.i]


def _outer_apposition(appos: Token) -> Token:
    """ "…, the newspaper Diario Norte reported": a name apposed to the description the parse apposed to the place
    before it; the description, set off by the comma, is the apposition that names the speaker (rule
    quote.trailing-speaker-apposed)."""
    doc = appos.doc
    while (
        appos.dep_ == "appos"
        and appos.head.dep_ == "appos"
        and appos.head.i < appos.i
        and appos.left_edge.i > 0
        and doc[appos.left_edge.i - 1].text != ","
    ):
        appos = appos.head
    return appos


def _subject_taken_as_conjunct(verb: Token) -> SpacySpan | None:
    """ "The two states have long tried to agree on the border and Petrov told reporters that …" (rule
    speaker.subject-taken-as-conjunct): the parser joined the name after "and" to the object before it and left the
    verb of saying, a conjunct of the first verb, with no subject; the name just before the verb is its subject,
    not the first clause's."""
    doc = verb.doc
    before = verb.i - 1
    while before > 0 and doc[before].head == verb and doc[before].dep_ in ("advmod", "aux"):
        before -= 1  # "and Petrov also told", "and Petrov has told"
    name = doc[before]
    if name.dep_ != "conj" or name.pos_ != "PROPN" or name.head.i >= name.i or name.ent_type_ in SETTING_ENTITIES:
        return None
    if name.head.dep_ in ("nsubj", "nsubjpass") or not joined_by_cc(name):
        return None  # "Norland and Petrov told …": the whole subject speaks
    phrase = noun_phrase(name)
    return phrase if phrase.end == before + 1 else None


def _first_conjunct_read_as_adverbial(verb: Token) -> Token | None:
    """ "Trump summed up Clinton as terrible, denounced her record and said …": with no subject of its own, a verb
    after a comma takes the subject of a finite clause before it that has no conjunction ("when", "if") of its
    own, the first of a list of predicates the parser hung on the second as an adverbial or as its object (rule
    quote.first-conjunct)."""
    if has_subject(verb) or verb.tag_ not in FINITE_TAGS:
        return None
    for clause in verb.children:
        if (
            (clause.dep_ == "advcl" or (clause.dep_ == "ccomp" and _object_read_in_a_list(clause, verb)))
            and clause.i < verb.i
            and clause.tag_ in FINITE_TAGS
            and any(c.dep_ == "nsubj" for c in clause.children)
            and not any(c.dep_ == "mark" or c.tag_ == "WRB" for c in clause.children)
            and any(t.text == "," for t in verb.doc[clause.right_edge.i : verb.i])
        ):
            return clause
    return None


def _object_read_in_a_list(clause: Token, verb: Token) -> bool:
    """A clause before a verb with no subject is the first of a list of predicates, not the words of a speaker
    named after the verb ("“…,” said a spokesman, …" parsed wrong), when it is not opened by a quote mark and
    the verb either reports nothing or goes on to a further predicate ("…, thanked the staff and said …")."""
    start = clause.left_edge.i
    if clause.doc[start].is_quote or (start > 0 and clause.doc[start - 1].is_quote):
        return False
    return reporting_lemma(verb) not in SPEECH_CUES or any(c.dep_ == "conj" for c in verb.children)


TIME_MARKS = frozenset({"while", "whilst", "when", "after", "before"})
"""Subordinators of time a participle after a comma may carry (", while emphasizing …")."""


def _reporting_head(participle: Token) -> Token | None:
    """ "Starr said the case reminds him of a book, explaining, …", "Trump asked why the mother did not speak,
    implying that …" (rule quote.participle-climbs): a participle after a comma that hangs on the verb of a
    reported clause goes with the reporting verb, whose subject speaks."""
    head = participle.head
    doc = participle.doc
    before = participle.i - 1
    mark = doc[before] if before > 0 else None
    if mark is not None and mark.dep_ == "mark" and mark.head == participle and mark.lower_ in TIME_MARKS:
        before -= 1  # "…said they would back Moss, while emphasizing …" (rule speaker.participle-after-mark)
        marked = True
    else:
        marked = False
    while before > 0 and doc[before].is_quote:  # "…has “widened the party,” claiming …"
        before -= 1
    while head.dep_ == "conj" and head.head.i < head.i and not has_subject(head):
        head = head.head  # "…said her father has been … and would do …, saying"; not "… and the pilots left, saying"
    if before < 1 or doc[before].text != "," or head.dep_ not in ("ccomp", "advcl"):
        return None
    reporting = head.head
    if reporting.pos_ not in ("VERB", "AUX") or reporting.i > head.i or reporting_lemma(reporting) not in SPEECH_CUES:
        return None
    if marked:
        fired("speaker.participle-after-mark")
    return reporting


PERCEPTION_VERBS = frozenset(
    {
        "hear",
        "overhear",
        "see",
        "catch",
        "capture",
        "film",
        "record",
        "tape",
        "videotape",
        "spot",
        "watch",
        "show",
        "find",
    }
)
"""Verbs of catching someone in the act, whose participle is what the one caught did: "was heard saying"."""


def shown_saying(verb: Token, clause: Token) -> bool:
    """ "A video shows Hale telling reporters that …" (rule quote.shown-saying): what a verb of catching someone in
    the act reports is a speech act with its own subject, who is the speaker; the participle's own attribution
    carries it, and the video only shows it."""
    if (
        reporting_lemma(verb) not in PERCEPTION_VERBS
        or clause.tag_ != "VBG"
        or reporting_lemma(clause) not in SPEECH_VERBS | TOPIC_VERBS
    ):
        return False
    if not any(c.dep_ == "nsubj" and names_someone(noun_phrase(c)) for c in clause.children):
        return False
    said = any(c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") for c in clause.children) or (
        reporting_lemma(clause) in TOPIC_VERBS
        and any(c.dep_ == "prep" and c.lower_ in ("about", "of", "on") for c in clause.children)
    )
    if not said:
        return False  # "Polls show Moss declining among young voters": no words of Moss's to report
    fired("quote.shown-saying")
    return True


def _seen_saying(participle: Token) -> SpacySpan | None:
    """ "Moss can be heard telling the officers that …", "Hale was caught on tape saying …" (rule
    quote.seen-saying): the participle of a verb of hearing or seeing is said by the one heard or seen, the
    passive's subject or the object right before it, not by who heard or saw."""
    head = participle.head
    if reporting_lemma(head) not in PERCEPTION_VERBS or participle.dep_ not in ("xcomp", "advcl"):
        return None
    if participle.doc[participle.i - 1].text == ",":
        return None  # "Moss watched the vote, saying …": Moss's own remark
    caught = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if caught is not None and caught.pos_ == "NOUN":
        fired("quote.seen-saying")
        return noun_phrase(caught)  # "a reporter can be heard asking …": whoever is heard, a noun for anyone
    if caught is None:
        caught = next((c for c in head.children if c.dep_ == "dobj" and c.right_edge.i == participle.i - 1), None)
    if caught is None or not names_someone(noun_phrase(caught)):
        return None
    fired("quote.seen-saying")
    return noun_phrase(caught)


LEAVING_VERBS = frozenset({"leave"})
"""Verbs whose object is left in a state the participle after it tells: "left voters wondering whether …"."""


def _left_doing(participle: Token) -> SpacySpan | None:
    """ "The killings have left 62 percent of voters saying …", "his equivocation has left many Republicans
    wondering what …" (rule quote.left-doing): after "leave", the participle is what its object does, so the
    object (people, a group, a number of them) speaks, not the subject that left them so; "he left the room
    saying …" keeps its subject, a room being no one."""
    head = participle.head
    if reporting_lemma(head) not in LEAVING_VERBS or head.i > participle.i:
        return None
    left = next((c for c in head.children if c.dep_ == "dobj" and c.i < participle.i), None)
    if left is None or not _left_someone(left):
        return None
    fired("quote.left-doing")
    return noun_phrase(left)


def _left_someone(noun: Token) -> bool:
    """People or a group: a person's name, a pronoun or a person noun, a plural noun ("nations", "members"), or a
    number or share of people ("62 percent of voters"); not a place or a body's building."""
    if noun.lower_ in ("it", "this", "that") or noun.ent_type_ in ("GPE", "LOC", "FAC", "ORG"):
        return False  # "you could leave it thinking …", "left Halifax Town Hall saying …": a place or thing left
    if noun.pos_ == "PRON" or noun.ent_type_ in ("PERSON", "NORP") or noun.lemma_.lower() in PEOPLE_NOUNS:
        return True
    if noun.tag_ in ("NNS", "NNPS") and _may_speak(noun):
        return True
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return whole is not None and _left_someone(whole)


def _noun_clause_head(participle: Token) -> Token | None:
    """ "Hale denied the notion that a shake-up is coming, explaining that …" (rule quote.participle-climbs): a
    participle after a comma hung on the that-clause of a noun goes with the verb the noun is the object of."""
    clause = participle.head
    noun = clause.head
    if participle.doc[participle.i - 1].text != "," or clause.dep_ != "acl" or noun.dep_ not in ("dobj", "pobj"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i < noun.i else None


def _adverbial_participle(participle: Token) -> Token | None:
    """ "Clinton was the first candidate to weigh in, tweeting her thanks", "Trump made a third attempt to deflect
    the criticism, writing on Twitter that …": a participle after a comma that the parser hung on a common noun
    (not a piece someone put out) goes with the verb of that noun's clause (rule quote.adverbial-participle)."""
    doc = participle.doc
    noun = participle.head
    if participle.tag_ != "VBG" or doc[participle.i - 1].text != "," or noun.pos_ != "NOUN":
        return None
    lemma = noun.lemma_.lower()
    if lemma in DOCUMENT_NOUNS | PUBLISHED_WORKS:
        return None  # "a statement, saying …": the statement speaks
    if lemma in PERSON_NOUNS | SOURCE_NOUNS | TITLE_NOUNS and noun.dep_ != "attr":
        return None  # "officials, saying …"; but "X was the first candidate to weigh in, tweeting …" is X
    for ancestor in noun.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
    return None


CONTRACTED_HAS = frozenset({"'s", "’s"})


def _contracted_has(verb: Token) -> SpacySpan | None:
    """ "He's said he will run": the parser reads "'s" as a passive "is"; with a clause or object after the
    verb it is "has", and the passive subject is the speaker (rule quote.contracted-has). "He's said to be
    angry" stays a passive."""
    if verb.tag_ not in ("VBN", "VBD") or not any(
        c.dep_ == "auxpass" and c.lower_ in CONTRACTED_HAS for c in verb.children
    ):
        return None
    if not any(c.dep_ in ("ccomp", "dobj") and c.i > verb.i for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    return noun_phrase(subject) if subject is not None else None


def speaker_rules(doc: Doc, finding: Finding) -> list[str]:
    """The rules that chose a finding's speaker span, for explain."""
    cue = doc.char_span(*finding.cue, alignment_mode="expand") if finding.cue else None
    if cue is None or finding.speaker is None:
        return []
    subjects = [c for c in cue.root.children if c.dep_ == "nsubj"]
    pronoun = subjects[0] if subjects else None
    if len(subjects) > 1 and pronoun.tag_ in RELATIVE_TAGS and subjects[1] in finding.speaker:
        return ["quote.relative-aside"]
    if pronoun is not None and pronoun not in finding.speaker and _antecedent(pronoun, cue.root) is not None:
        return ["quote.relative-antecedent"]
    if _contracted_has(cue.root) is not None:
        return ["quote.contracted-has"]
    if _handle(cue.root) is not None and not any(c.dep_ == "nsubj" for c in cue.root.children):
        return ["quote.handle"]
    if apposed_before(cue.root) == finding.speaker:
        return ["quote.apposed-subject"]
    if _share_before(cue.root) == finding.speaker:
        return ["quote.share-subject"]
    if cue.root.tag_ == "VBG" and _reporting_head(cue.root) is not None:
        return ["quote.participle-climbs"]
    if cue.root.dep_ == "acl" and _adverbial_participle(cue.root) is not None:
        return ["quote.adverbial-participle"]
    if cue.root.dep_ == "pcomp" and (
        cue.root.head.lower_ in PARTICIPLE_PREPS - {"by"} or _compound_preposition_verb(cue.root.head) is not None
    ):
        return ["quote.participle-after-preposition"]
    if cue.root.dep_ in ("acl", "relcl") and _issued_work(cue.root.head) == finding.speaker:
        return ["quote.issued-work"]
    if _purpose_subject(cue.root) == finding.speaker:
        return ["quote.purpose-infinitive"]
    head = cue.root.head
    if cue.root.dep_ == "acl" and not _may_speak(head) and _holder(head) == finding.speaker:
        return ["quote.holder-of-thing"]
    if cue.root.dep_ == "xcomp" and any(c.dep_ == "dobj" and not _may_speak(c) for c in head.children):
        return ["quote.instrument-object"]
    return []


def _handle(verb: Token) -> SpacySpan | None:
    """ "“…,” wrote @delta_watcher on X", "@delta_watcher wrote that …" (rule quote.handle): the parser gives a
    handle next to a reporting verb any role but the subject's; the account is the speaker."""
    for child in verb.children:
        if HANDLE.fullmatch(child.text) and child.dep_ != "pobj":
            return verb.doc[child.i : child.i + 1]
    if verb.i > 0 and HANDLE.fullmatch(verb.doc[verb.i - 1].text):
        return verb.doc[verb.i - 1 : verb.i]  # a paragraph's first word, which the parser made a sentence alone
    return None


def _antecedent(pronoun: Token, verb: Token) -> SpacySpan | None:
    """ "a super PAC that backed Rubio", "a video that accuses Cruz" (rule quote.relative-antecedent): the
    relative "that" speaks for the noun phrase it hangs on, or for whoever issued the document it names. "who"
    and "which" stay as written, as PolNeAR marks them."""
    if pronoun.lower_ != "that" or pronoun.tag_ != "WDT" or verb.dep_ != "relcl":
        return None
    head = verb.head
    if head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i:
        return None
    if head.dep_ == "attr" and (named := _predicated_of(head)) is not None:
        return named  # "Moss was the first official that criticised the plan": Moss
    return _issuer(head) or noun_phrase(head)


def _predicated_of(noun: Token) -> SpacySpan | None:
    """The subject a predicate noun is said of ("Moss was the first official …", "The Harbour Trust is a charity
    …"), when a noun or a name: the one the relative clause on the predicate speaks for."""
    subject = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.i > noun.i:
        return None
    return noun_phrase(subject)


def relative_mention(doc: Doc, finding: Finding) -> tuple[int, int] | None:
    """Where the text names the speaker of "a poll that shows …", "a group that backed the levy": the relative
    "that" itself, as with "who" and "which", while the phrase it hangs on is the one resolved (rule
    quote.relative-antecedent); not when the speaker is whoever issued the document ("released a video that
    accuses …" names its maker)."""
    cue = doc.char_span(*finding.cue, alignment_mode="expand") if finding.cue else None
    if cue is None or finding.speaker is None:
        return None
    pronoun = next((c for c in cue.root.children if c.dep_ == "nsubj"), None)
    if pronoun is None or pronoun in finding.speaker or _antecedent(pronoun, cue.root) is None:
        return None
    if _issuer(cue.root.head) is not None:
        return None
    return pronoun.idx, pronoun.idx + len(pronoun)


def _issuer(document: Token) -> SpacySpan | None:
    """ "Trump released a statement saying …": the statement speaks for whoever issued it, the subject of the
    verb it is the object of; an ad, an article or a video likewise when that verb puts it out (rule
    quote.issued-work)."""
    if (issued := _issued_work(document)) is not None:
        return issued
    if document.lemma_.lower() not in DOCUMENT_NOUNS or document.dep_ != "dobj" or document.head.pos_ != "VERB":
        return None
    issuer = next((c for c in document.head.children if c.dep_ == "nsubj"), None)
    return noun_phrase(issuer) if issuer is not None else None


WORK_PREPS = frozenset({"in", "with", "through", "via"})
"""Prepositions by which a verb's subject speaks through a piece: "shot back in an article stating …"."""


def _author(work: Token) -> SpacySpan | None:
    """ "An article written by Ada Moss accuses …", "a fundraising email sent out by the campaign warned …" (rule
    quote.issued-work): a piece that speaks, with the one who put it out named by "by", speaks for that one."""
    if work.lemma_.lower() not in DOCUMENT_NOUNS | PUBLISHED_WORKS:
        return None
    for put_out in (c for c in work.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        if put_out.lemma_.lower() in ISSUING_VERBS | {"sign"}:
            agents = (g for a in put_out.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj")
            agent = next(agents, None)
            if agent is not None and _may_author(agent):
                fired("quote.issued-work")
                phrase = noun_phrase(agent)
                when = [c.i for c in agent.children if c.dep_ == "prep" and c.i > agent.i and _tells_when(c)]
                return phrase.doc[phrase.start : min([*when, phrase.end])]  # not "the campaign on Tuesday"
    return None


def _may_author(agent: Token) -> bool:
    """Someone or some body that can put a piece out: "by Ada Moss", "by the campaign"; not "by hand"."""
    return names_someone(agent.doc[agent.i : agent.i + 1]) or agent.lemma_.lower() in DESCRIBED_SOURCES


def _tells_when(prep: Token) -> bool:
    return any(g.ent_type_ in ("DATE", "TIME") for g in prep.children if g.dep_ == "pobj")


def _issued_work(work: Token) -> SpacySpan | None:
    """Who put out the piece (rule quote.issued-work): "POLITICO published a story detailing …", "the group
    helped draft a report defending …" (the object of an issuing verb), "Forbes shot back in an article stating
    …", "responded with a note on the story saying …" (a piece the verb's subject speaks in or through)."""
    if work.lemma_.lower() not in DOCUMENT_NOUNS | PUBLISHED_WORKS:
        return None
    head = work.head
    if work.dep_ == "pobj" and head.lower_ == "on" and head.head.pos_ == "NOUN" and head.head.i < work.i:
        return _issued_work(head.head)  # "a note on the story saying": the note's author
    if work.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in ISSUING_VERBS:
        verb = head
    elif work.dep_ == "pobj" and head.lower_ in WORK_PREPS and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
    else:
        return None
    subject = speaker_span(verb)
    if subject is None or work in subject or subject.root.lemma_.lower() in DOCUMENT_NOUNS | PUBLISHED_WORKS:
        return None  # "the ad was released", "the report ran a story": no one who put it out
    return subject


SUBJECT_PHRASE_DEPS = {"compound", "poss", "case", "amod", "det", "nummod", "punct"}


def _main_verb_read_as_modifier(verb: Token) -> bool:
    """ "One of the pilots, Ada Moss, confirmed by telephone that she had met him", "The harbour master, reached
    on Friday, confirmed that …" (rule quote.misread-main-verb): the parser took the sentence's reporting verb,
    after a comma closing its subject, for a modifier of that subject or of the aside before it; a that-clause
    after it shows it reports (a passive "told that" is left alone). Also "Protesters marching through the streets
    chanted …": the participle that modifies the subject taken for the main verb, and the finite verb, with no
    subject or conjunction of its own, for a clause hung on it. And "The news website Pamir Daily reported on
    Friday that …" parsed with the noun as the root: a finite reporting verb hung on it as a modifier."""
    head = verb.head
    if (
        verb.dep_ == "advcl"
        and verb.tag_ in ("VBD", "VBZ")
        and head.tag_ == "VBG"
        and head.dep_ == "ROOT"
        and head.i < verb.i
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "advmod") and c.i < verb.i for c in verb.children)
        and any(c.dep_ == "nsubj" and c.i < head.i for c in head.children)
        and not any(t.dep_ == "aux" for t in head.children)
    ):
        return True
    if (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBZ")
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < verb.i
        and reporting_lemma(verb) in SPEECH_VERBS
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)
        and any(c.dep_ == "ccomp" for c in verb.children)
    ):
        # "The Kyrgyz news website Ala-Too Today reported on Tuesday that …": a finite verb is no modifier of the
        # noun before it, which the parser took for the sentence's root
        return True
    return (
        verb.dep_ in ("acl", "advcl")
        and verb.tag_ != "VBG"  # "…rejected the notion that …, saying that …": a participle, not the main verb
        and head.i < verb.i
        and verb.doc[verb.i - 1].text == ","
        and reporting_lemma(verb) in SPEECH_VERBS
        and reporting_lemma(verb) not in ADDRESSEE_VERBS
        and any(
            c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children if m.dep_ == "mark") for c in verb.children
        )
    )


def _name_read_as_adverb(token: Token) -> bool:
    """ "“…,” Tolliver wrote": a capitalised word the tagger took for an adverb, right after a closing quote mark
    and right before the reporting verb, is the speaker's name (rule quote.subject-by-position)."""
    doc = token.doc
    return (
        token.pos_ == "ADV"
        and token.is_title
        and not token.is_stop
        and not token.lower_.endswith("ly")
        and token.i + 1 < len(doc)
        and doc[token.i + 1].pos_ == "VERB"
        and token.i > 0
        and doc[token.i - 1].tag_ == "''"
    )


def _subject_before(verb: Token) -> SpacySpan | None:
    """ "…, House Speaker Paul Ryan's office announced Friday that …" parsed with no subject (the noun phrase
    hung on something earlier): the noun phrase right before a main reporting verb is its subject (rule
    quote.subject-by-position)."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    if (apposed := apposed_before(verb)) is not None:
        return apposed
    if (share := _share_before(verb)) is not None:
        return share
    if (before_aside := _person_before_aside(verb)) is not None:
        return before_aside
    end = verb.i - 1
    while (
        end > verb.sent.start
        and doc[end].pos_ == "ADV"
        and doc[end].head == verb
        and not _name_read_as_adverb(doc[end])
    ):
        end -= 1  # "…, 62-year-old Ada Moss also railed against …"
    last = doc[end]
    if (last.pos_ not in ("NOUN", "PROPN") and not _name_read_as_adverb(last)) or last.ent_type_ in ("DATE", "TIME"):
        return None
    start = last.i
    while (
        start > 0
        and doc[start - 1].dep_ in SUBJECT_PHRASE_DEPS
        and doc[start - 1].text not in (",", "—", "(")
        and not doc[start - 1].is_quote
    ):
        start -= 1
    if start > last.left_edge.i > verb.sent.start and doc[last.left_edge.i - 1].text == ",":
        start = last.left_edge.i  # "…, 62-year-old Ada Moss also railed …": the whole phrase of the name
    if (
        start == 0
        or doc[start - 1].text in (",", "\n", "\n\n")
        or doc[start - 1].is_space
        or doc[start - 1].tag_ == "''"
    ):
        fired("quote.subject-by-position")
        return doc[start : last.i + 1]
    person = _person_phrase_before(verb)
    if person is not None:
        fired("quote.subject-by-position")
    return person


def _person_phrase_before(verb: Token) -> SpacySpan | None:
    """ "At the town hall, a young woman who had studied in Oslo asked the mayor …" parsed with the woman hung on
    the place before her: a phrase for a person that opens after a comma and ends right before the verb is its
    subject (rule quote.subject-by-position)."""
    doc = verb.doc
    for noun in doc[verb.sent.start : verb.i]:
        if noun.right_edge.i != verb.i - 1 or noun.pos_ != "NOUN" or noun.lemma_.lower() not in PERSON_NOUNS_ALL:
            continue
        start = noun.left_edge.i
        if start > verb.sent.start and doc[start - 1].text == ",":
            return noun_phrase(noun)
    return None


def _person_before_aside(verb: Token) -> SpacySpan | None:
    """ "In Lisbon, a senior official in the ministry, speaking on condition of anonymity, said …" parsed with no
    subject (the official hung on the place or clause before, the aside on anything): a phrase for a person that
    opens after a comma (or opens the sentence) and ends right before an aside set off by commas before the verb,
    a participle's or a "who" clause, is its subject (rule quote.subject-before-aside)."""
    doc = verb.doc
    if verb.i - verb.sent.start < 4 or doc[verb.i - 1].text != "," or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # a finite verb after the aside, never the aside's own participle
    opening = next((i for i in range(verb.i - 2, verb.sent.start, -1) if doc[i].text == ","), None)
    if opening is None or not (doc[opening + 1].tag_ in ("VBG", "VBN") or doc[opening + 1].lower_ == "who"):
        return None
    for noun in doc[verb.sent.start : opening]:
        if noun.right_edge.i != opening - 1 or noun.pos_ != "NOUN" or noun.lemma_.lower() not in PERSON_NOUNS_ALL:
            continue
        start = noun.left_edge.i
        if start == verb.sent.start or doc[start - 1].text == ",":
            fired("quote.subject-before-aside")
            return doc[start:opening]
    return None


PERSON_NOUNS_ALL = PEOPLE_NOUNS | SOURCE_NOUNS | TITLE_NOUNS | PERSON_NOUNS
"""Nouns for a person or people, whoever they are."""
SHARE_WORDS = frozenset({"half", "third", "thirds", "quarter", "quarters", "majority", "majorities", "percent"})
"""Nouns for a share of a group polled: "Less than a third agreed", "About 4 in 10 say"."""


def _share_before(verb: Token) -> SpacySpan | None:
    """ "About 4 in 10 say …", "Less than a third agreed …" parsed with no subject (the number hung on the verb as
    a modifier): the share that opens the sentence, with nothing else and no comma before the verb, is the
    speaker (rule quote.share-subject)."""
    doc = verb.doc
    words = [t for t in doc[verb.sent.start : verb.i] if not t.is_space]
    if not words or any(t.is_punct and t.text != "-" for t in words):
        return None
    if any(t.head.i >= verb.i and t.head != verb for t in words):
        return None
    if not any(t.like_num or t.lower_ in SHARE_WORDS for t in words if t.dep_ in ("nummod", "npadvmod", "quantmod")):
        return None
    return doc[words[0].i : words[-1].i + 1]


APPOSITION_INNER_DEPS = frozenset({"conj", "pobj", "prep"})
"""Links from the last word of an apposition up to its head: a second noun, a place after "in"."""


def apposed_before(verb: Token) -> SpacySpan | None:
    """ "Alarmed by the unrest, Senator Ada Moss, the minority leader, said …" parsed with no subject (the name
    hung on the phrase before it): a name with its apposition between commas right before the verb is its
    subject (rule quote.apposed-subject)."""
    doc = verb.doc
    end = verb.i - 1
    while end > 0 and (doc[end].pos_ == "ADV" or (doc[end].head == verb and doc[end].dep_ in ("aux", "neg"))):
        end -= 1  # "…, bluntly suggested", "…, have said"
    if end < 2 or doc[end].text != ",":
        return None
    appos = doc[end - 1]
    while appos.dep_ != "appos" and appos.dep_ in APPOSITION_INNER_DEPS and appos.head.i < appos.i:
        # "Ada Moss, the club's president and general manager, said", "Col. Ada Moss, a spokeswoman in Tromsø,
        # said": up from the last word to the apposition it ends (rule quote.apposed-subject)
        appos = appos.head
    name = appos.head
    if _described_name(appos):
        start = name.left_edge.i  # "her senior adviser, Tom Hale, said" (rule quote.apposed-subject)
        # also right after a closing quote mark: '"…," its director-general, Tedros Adhanom Ghebreyesus, said'
        opens = doc[start - 1].text in (",", "\n", "\n\n") or doc[start - 1].is_space or doc[start - 1].tag_ == "''"
        if start == 0 or opens:
            return doc[start:end]
        return None
    if appos.dep_ != "appos" or name.pos_ != "PROPN" or not (appos.left_edge.i > name.i) or name.ent_type_ != "PERSON":
        if (described := _description_and_name(doc, end)) is not None:
            return described
        name = _name_before_relative(doc, end)
        if name is None:
            return None
    start = name.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == name.i:
        start -= 1
    if start == 0 or (doc[start - 1].text not in (",", "\n", "\n\n") and not doc[start - 1].is_space):
        return _apposition_alone(appos, end)
    return doc[start:end]


def _apposition_alone(appos: Token, end: int) -> SpacySpan | None:
    """ "In addition to Mr. Lund, two members of the council, Ada Moss and Piet Tolland, have said …": the name
    before the comma sits in a phrase of its own, so the people hung on it as an apposition are the subject (rule
    quote.apposed-subject)."""
    doc = appos.doc
    start = appos.left_edge.i
    if appos.dep_ != "appos" or doc[start - 1].text != "," or appos.head.dep_ != "pobj":
        return None
    phrase = doc[start:end]
    if appos.lemma_.lower() not in PERSON_NOUNS_ALL and not any(t.ent_type_ == "PERSON" for t in phrase):
        return None
    return phrase


def _description_and_name(doc: Doc, end: int) -> SpacySpan | None:
    """ "…on 9 April, a spokeswoman for the port, Ingrid Bakker, said": a noun for a person and the name after it,
    each between commas, which the parse hung on the clause before as two appositions (rule
    quote.apposed-subject)."""
    start = end - 1
    if doc[start].ent_type_ != "PERSON":
        return None
    while start > 0 and doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    if start < 3 or doc[start - 1].text != ",":
        return None
    noun = next((t for t in (doc[start - 2], *doc[start - 2].ancestors) if t.lemma_.lower() in PERSON_NOUNS_ALL), None)
    if noun is None or noun.pos_ != "NOUN" or noun.right_edge.i != start - 2:
        return None
    first = noun.left_edge.i
    return doc[first:end] if first > 0 and doc[first - 1].text == "," else None


def _described_name(appos: Token) -> bool:
    """A person's name in apposition after a noun for people ("her senior policy adviser, Tom Hale")."""
    noun = appos.head
    return (
        appos.dep_ == "appos"
        and appos.pos_ == "PROPN"
        and appos.ent_type_ == "PERSON"
        # "its director-general, Tedros …": the tagger may take a hyphenated title's last part for an adjective
        and (noun.pos_ == "NOUN" or (noun.pos_ == "ADJ" and noun.i > 0 and noun.doc[noun.i - 1].text == "-"))
        and noun.i < appos.i
        and noun.lemma_.lower() in PEOPLE_NOUNS
    )


def _name_before_relative(doc: Doc, end: int) -> Token | None:
    """ "Ada Moss, whose company runs the ferries, said …": the name before a "who"/"whose" clause that closes
    with the comma at ``end`` (rule quote.apposed-subject)."""
    sent_start = doc[end].sent.start
    for k in range(end - 2, sent_start, -1):
        if doc[k].text == "," and doc[k + 1].lower_ in ("who", "whose"):
            name = doc[k - 1]
            return name if name.pos_ == "PROPN" and name.ent_type_ == "PERSON" else None
    return None


def _trailing_speaker(subject: Token, verb: Token) -> SpacySpan | None:
    """ "… talks with his counterpart Sergei Orlov, the Russian foreign ministry said": the parser made the name
    at the end of the content the subject and the ministry its apposition; the speaker is the ministry."""
    for appos in (c for c in subject.children if c.dep_ == "appos" and c.right_edge.i == verb.i - 1):
        if subject.i < verb.i and verb.doc[appos.left_edge.i - 1].text == "," and subject.left_edge.i > 0:
            if verb.doc[subject.left_edge.i - 1].pos_ in ("ADP", "NOUN", "ADJ", "PRON"):
                return verb.doc[appos.left_edge.i : appos.right_edge.i + 1]
    return None


def _subject_after_but(subjects: list[Token], verb: Token) -> Token | None:
    """ "Fighting died down when the rainy season set in but witnesses said …": the parse made the clause before
    "but" part of the verb's subject (its verb hung on the noun) and the true subject a conjunct of that noun or a
    second subject of the verb; "but" does not join two subjects of one verb, so the one after it speaks."""
    subject = subjects[0]
    folded = [c for c in subject.children if c.dep_ in ("acl", "relcl") and subject.i < c.i < verb.i]
    cues = [c for c in subject.children if c.dep_ == "cc" and c.lower_ in ("but", "yet") and c.i < verb.i]
    if not folded or not cues:
        return None
    conjuncts = [c for c in subject.children if c.dep_ == "conj"]
    after = [c for c in conjuncts + subjects[1:] if cues[0].i < c.i < verb.i]
    return after[0] if after and after[0].pos_ in ("NOUN", "PROPN", "PRON") else None


def _before_verb(phrase: SpacySpan, verb: Token) -> SpacySpan:
    """A subject before its verb that the parse let run past it ("The pilots are wary of X, a plan the board
    dropped", with "a plan" in apposition to "pilots") ends before the verb and its auxiliaries."""
    if not phrase.start < verb.i < phrase.end:
        return phrase
    doc = verb.doc
    end = min([verb.i] + [c.i for c in verb.children if c.dep_ in AUX_DEPS and phrase.start < c.i < verb.i]) - 1
    return doc[phrase.start : last_word(doc, phrase.start, end) + 1]


def last_word(doc: Doc, floor: int, end: int) -> int:
    """The index of the last token from ``end`` back that is not punctuation or space, but not below ``floor``."""
    while end > floor and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return end


def noun_phrase(head: Token) -> SpacySpan:
    """The noun phrase under ``head`` without relative clauses hanging off it."""
    doc = head.doc
    cut = [c for c in head.children if c.dep_ in ("relcl", "acl") and c.i > head.i]
    end = (min(c.left_edge.i for c in cut) - 1) if cut else head.right_edge.i
    start = head.left_edge.i
    for c in head.lefts:  # "Footage captured Hale telling …" misread as a modifier: a clause of its own before the noun
        if c.dep_ == "amod" and any(g.dep_ == "nsubj" for g in c.children):
            fired("quote.misread-modifier")
            start = c.right_edge.i + 1
    # "one Democrat familiar with the talks, who added …", "Shadow minister Ada Moss, speaking after the talks, …"
    # (rule speaker.participle-aside), whatever the clause hangs on
    end = next((k - 1 for k in range(start + 1, end) if doc[k].text == "," and _sets_off_clause(doc[k + 1])), end)
    end = last_word(doc, start, end)
    if end + 1 < len(doc) and doc[end + 1].text == ")" and _opens_bracket(doc[start : end + 1]):
        end += 1  # "Sen. Ada Moss (D-Wash.)": the bracket the name opened is closed with it
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1  # (a live blog's time stamp is blanked before parsing: pipeline.TIME_STAMP)
    return doc[start : end + 1]


def _sets_off_clause(word: Token) -> bool:
    """Whether ``word``, after a comma inside a noun phrase, opens a clause set off from it: a relative pronoun, or a
    participle heading a clause on a word of the phrase ("…, speaking after the talks,")."""
    if word.tag_ in ("WP", "WDT"):
        return True
    if word.tag_ == "VBG" and word.dep_ in ("acl", "advcl"):
        fired("speaker.participle-aside")
        return True
    return False


def _opens_bracket(span: SpacySpan) -> bool:
    """Whether ``span`` opens a round bracket that it does not close."""
    return sum(t.text == "(" for t in span) > sum(t.text == ")" for t in span)


ADDRESSEE_VERBS = frozenset(
    {"tell", "inform", "assure", "reassure", "remind", "warn", "advise", "brief", "notify", "caution", "ask"}
)
"""Reporting verbs whose object is whom they address ("…, Moss told reporters"), not what was said."""


def left_clause_is_not_content(verb: Token, clause: Token, speaker: SpacySpan | None) -> bool:
    """ "…hemmed in by her record: She and her husband supported NAFTA" (rule quote.own-object): a clause before
    the verb is not what it reports when the verb has an object of its own after it (other than whom it
    addresses), or when a colon or a semicolon closes the clause ("Moss said the pier would close; the pilots have not
    responded": the parse may hang the first clause on the second's verb)."""
    doc = verb.doc
    # "…, explained press secretary Dmitry Peskov" parsed as an object: the speaker, not what is explained
    inverted = inverted_subject(verb) if speaker is None else None
    own = speaker or (inverted if inverted is not None and names_someone(inverted) else None)
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and (own is None or c not in own)]
    if objects and reporting_lemma(verb) not in ADDRESSEE_VERBS:
        return True
    return any(doc[k].text in (":", ";") for k in range(clause.right_edge.i + 1, verb.i))


def names_someone(span: SpacySpan) -> bool:
    """A name, a pronoun or a noun for a person or a source ("the spokesman", "officials")."""
    root = span.root
    if root.pos_ in ("PROPN", "PRON") or root.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    return root.lemma_.lower() in PERSON_NOUNS | SOURCE_NOUNS | TITLE_NOUNS


BARE_ATTRIBUTION_VERBS = frozenset(
    {"say", "add", "report", "write", "note", "state", "announce", "confirm", "claim", "insist"}
)
"""Verbs that stand alone after what they report: "…, the army said in a statement"."""


def bare_attribution(verb: Token, subject: SpacySpan) -> SpacySpan | None:
    """ "Hale resigned on Monday, and his deputy, Ada Moss, said in a statement", "…, or so the operator claimed"
    (rule quote.content-first): a verb that only attributes, with nothing after it but where or how, reports the
    words before it though joined to them by a conjunction; its subject speaks. When the parser also took a name
    inside those words for the subject ("… between A, and his counterpart, B, the army said"), the phrase after
    the last comma before the verb speaks."""
    doc = verb.doc
    if reporting_lemma(verb) not in BARE_ATTRIBUTION_VERBS or subject.end > verb.i:
        return None
    if not all(t.is_punct or (t.head == verb and t.dep_ in ("aux", "advmod")) for t in doc[subject.end : verb.i]):
        return None  # only "has", "also" or a comma between the subject and the verb
    if not all(c.i < verb.i or c.dep_ in ("punct", "advmod") or is_adjunct(c) for c in verb.children):
        return None
    commas = [t.i for t in subject if t.text == ","]
    if not commas or doc[verb.i - 1].text == ",":
        return subject  # "and his deputy, Ada Moss, said": the whole phrase
    phrase = doc[commas[-1] + 1 : verb.i]
    return phrase if names_someone(phrase) else None


def joined_by_cc(conj: Token) -> bool:
    """ "McCain backed it and Moss, as in the past, opposed the measure": an "and"/"but" between the conjunct and
    the one before it, however far (not the "nor" of "will neither confirm nor deny …, explained X")."""
    head = conj.head
    before = max([head.i] + [c.i for c in head.children if c.dep_ == "conj" and c.i < conj.i])
    return any(c.dep_ == "cc" and before < c.i < conj.i for c in head.children)


def inverted_subject(verb: Token) -> SpacySpan | None:
    """ "…, explained presidential press secretary Dmitry Peskov": the name after the verb."""
    if reporting_lemma(verb) == "tell" and (teller := _apposed_teller(verb)) is not None:
        return teller
    for child in verb.children:
        if (
            child.i > verb.i
            and child.dep_ in ("nsubj", "dobj", "attr", "npadvmod")
            and child.pos_ in ("PROPN", "NOUN", "PRON")
        ):
            return noun_phrase(child)
    return _subject_of_next_clause(verb) or _name_run_after_quote(verb)


def _apposed_teller(verb: Token) -> SpacySpan | None:
    """ "Talks were useful, the Deputy Minister, Mr. Anders Lindqvist, told the National Assembly" (rule
    quote.apposed-teller): the parser hung the speaker on the content as an apposition and left "told" with no
    subject; the phrase set off just before the verb tells, and the object after it is who was told."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != "," or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    top = doc[verb.i - 2]
    while top.dep_ == "appos" and top.head.dep_ == "appos" and top.head.i < top.i:
        top = top.head  # "the Deputy Minister, Mr. Lindqvist": the first of the apposed pair
    if top.dep_ != "appos" or top.right_edge.i != verb.i - 2 or top.head.i > top.i:
        return None
    fired("quote.apposed-teller")
    return doc[top.left_edge.i : top.right_edge.i + 1]


def _subject_of_next_clause(verb: Token) -> SpacySpan | None:
    """ "“…,” said surveyor Ada Moss, asked about her claims …" (rule quote.inverted-misparsed): the parser made
    the name right after the verb the subject of the participle after the comma; it is the verb's inverted
    speaker."""
    doc = verb.doc
    for clause in verb.children:
        if clause.i <= verb.i or clause.dep_ not in ("ccomp", "advcl", "conj"):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
        if subject is None or subject.left_edge.i != verb.i + 1 or subject.pos_ not in ("PROPN", "NOUN"):
            continue
        phrase = noun_phrase(subject)
        if phrase.end < len(doc) and doc[phrase.end].text == ",":
            fired("quote.inverted-misparsed")
            return phrase
    return None


NAME_RUN_TOKENS = 8
"""How long a name with its title may run after an inverted verb ("Pentagon spokesman Navy Capt. Jeff Davis")."""
NAME_RUN_STOPS = frozenset({",", ".", "(", ";", ":", "—", "–", "--"})
"""Marks that end the name after an inverted verb: its apposition, its bracket or its sentence begins."""
NAME_RUN_JOINS = frozenset({"of", "for", "and", "'s", "’s"})
"""Small words a title holds ("Secretary of State John Kerry", "the Minister for Ports Ada Moss")."""


def _name_run_after_quote(verb: Token) -> SpacySpan | None:
    """ "“…,” said Skelly, explaining …", "“…,” said Oversight ranking Democrat Elijah Cummings (D-Md.)": right
    after a quote closed by a comma, "?" or "!", the parser hung the name after the verb elsewhere (a name read
    as an adverb, a title word read as a verb, the name as the subject of the next clause). The words after the
    verb up to a comma, bracket or full stop are its inverted speaker when they start and end with a capitalised
    word that is no date (rule quote.inverted-name-run); "said in a statement" and "said Tuesday" name no one."""
    doc = verb.doc
    if verb.i < 2 or not doc[verb.i - 1].is_quote or doc[verb.i - 2].text not in (",", "?", "!"):
        return None
    end = verb.i + 1
    while end < len(doc) and end - verb.i <= NAME_RUN_TOKENS and doc[end].text not in NAME_RUN_STOPS:
        token = doc[end]
        if (
            token.is_space
            or token.is_quote
            or (
                not token.is_title
                and not token.is_upper
                and token.lower_ not in NAME_RUN_JOINS
                and token.pos_ in ("ADP", "DET", "PRON", "AUX", "SCONJ")
            )
        ):
            return None
        end += 1
    if end == verb.i + 1 or end - verb.i > NAME_RUN_TOKENS:
        return None
    run = doc[verb.i + 1 : end]
    first, last = run[0], run[-1]
    if not (first.is_title or first.is_upper) or not last.is_title or last.ent_type_ in ("DATE", "TIME"):
        return None
    if not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" or t.pos_ == "ADV" for t in run):
        return None
    fired("quote.inverted-name-run")
    return run


def reduced_relative(verb: Token) -> Token | None:
    """ "Mr Haddad, now retired in Beirut, told the Tribune that …" (rule quote.reduced-relative): the parser reads
    "Haddad … retired" as a clause the verb reports; a participle set off by commas between a noun and the verb
    describes the noun, which is the verb's subject. The participle's clause, or None."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or any(c.dep_ == "nsubj" for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if clause is None or clause.right_edge.i not in (verb.i - 2, verb.i - 1):
        return None
    if clause.tag_ != "VBN" and (clause.tag_ != "VBD" or any(c.dep_ in ("dobj", "ccomp") for c in clause.children)):
        return None  # "Moss, the harbour master, met Hale on Monday, …": a clause of its own
    if reporting_lemma(clause) == "ask":
        return None  # "Peskov, asked about a ceasefire, told …": a question put to him (quote.asked-aside)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
    if subject is None or not any(t.text == "," for t in doc[subject.i + 1 : clause.i]):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return None  # "Moss, who has retired, …" is no participle; "The pier has closed, Moss said" is content
    fired("quote.reduced-relative")
    return clause
