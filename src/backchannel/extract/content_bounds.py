"""Where reported content begins and ends: the reported clause of a reporting verb, cut before a trailing
aside, a second predicate, a relayed source or narration, and the objects and adjuncts that complete or end
it."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from .contact_words import NOUN_MODES
from .lexicon import (
    ATTRIBUTION_VERBS,
    AUDIENCE_NOUNS,
    CHANNEL_NOUNS,
    OBJECT_CONTENT_VERBS,
    OCCASION_NOUNS,
    PUBLISHED_WORKS,
    SCENE_NOUNS,
    SPEECH_VERBS,
    URGING_VERBS,
)
from .light_verbs import absolute_with
from .quote_findings import (
    ADJUNCT_PREPS,
    AUX_DEPS,
    FINITE_TAGS,
    SETTING_ENTITIES,
    SPEECH_CUES,
    has_subject,
    is_adjunct,
    is_infinitive,
    marked_by,
    reporting_lemma,
    trimmed_chars,
)
from .remark_owner import PUBLISHED_NOUNS, remark_owner
from .second_predicates import second_predicate
from .speaker_spans import ADDRESSEE_VERBS, last_word, predicate_of_another_form, speaker_span
from .speakers import DOCUMENT_NOUNS
from .trace import fired

MIN_TRAILING_WORDS = 3


def fronted_clause(verb: Token, clause: Token, speaker: SpacySpan | None) -> tuple[int, int] | None:
    """ "If the pier closes, Moss said on Monday, the town will lose its ferry" (rule quote.fronted-clause): an
    adverbial clause with a conjunction of its own ("if", "when", "because"), set off by a comma right before the
    speaker of an attribution that commas set off, belongs to what is reported: it is its first part."""
    doc = verb.doc
    first = clause.left_edge.i
    if speaker is None or speaker.start >= verb.i or "," not in (doc[first].text, doc[first - 1].text):
        return None
    for fronted in verb.children:
        if fronted.i > speaker.start or not (_fronted_adverbial(fronted) or _fronted_subject(fronted, clause)):
            continue
        end = fronted.right_edge.i
        if end + 2 == speaker.start and doc[end + 1].text == ",":
            if fronted.dep_ == "dep":
                fired("quote.aside-in-subject")
            return trimmed_chars(doc, fronted.left_edge.i, end)
    return None


def subject_before_inverted(verb: Token, clause: Token, speaker: SpacySpan | None) -> tuple[int, int] | None:
    """ "The decision, said Agriculture Secretary Faith Njoroge, was final" (rule quote.aside-in-subject): with the
    speaker after the verb, the subject before the comma and the verb is the reported clause's, which has none."""
    doc = verb.doc
    if speaker is None or speaker.start <= verb.i or (has_subject(clause) and not _speaker_read_into(clause, speaker)):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "dep") and c.i < verb.i), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or doc[verb.i - 1].text != ",":
        return None
    end = subject.right_edge.i
    while end > subject.i and doc[end].is_punct:
        end -= 1  # the comma the parse hung on the subject
    if end + 2 != verb.i:
        return None
    return trimmed_chars(doc, subject.left_edge.i, end)


def _speaker_read_into(clause: Token, speaker: SpacySpan) -> bool:
    """Whether the clause's only subject is the speaker the parse read into it (rule
    quote.aside-read-into-clause): "The contrast, said Varga, would be clear"."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")]
    return len(subjects) == 1 and speaker.start <= subjects[0].i < speaker.end < clause.i


def after_read_in_speaker(clause: Token, span: tuple[int, int], speaker: SpacySpan | None) -> tuple[int, int] | None:
    """The reported clause without the speaker the parse read into it as its subject (rule
    quote.aside-read-into-clause): "would be clear", not "Varga and others, would be clear"."""
    if speaker is None or not _speaker_read_into(clause, speaker):
        return None
    rest = trimmed_chars(clause.doc, speaker.end, clause.right_edge.i)
    if rest is None:
        return None
    return (rest[0], span[1])


def _fronted_adverbial(fronted: Token) -> bool:
    """ "If the pier closes, Moss said …": an adverbial clause with a conjunction of its own, not a reporting one."""
    return (
        fronted.dep_ == "advcl"
        and reporting_lemma(fronted) not in SPEECH_CUES
        and any(c.dep_ == "mark" and c.lower_ != "as" for c in fronted.children)
    )


def _fronted_subject(fronted: Token, clause: Token) -> bool:
    """ "The cuts, the minister told parliament, were unavoidable", parsed with the reporting verb as the root
    (rule quote.aside-in-subject): the noun before the speaker is the subject the reported clause lacks."""
    return fronted.dep_ == "dep" and fronted.pos_ in ("NOUN", "PROPN", "PRON") and not has_subject(clause)


STORY_WORDS = {"report", "reports", "it", "this", "that", "them", "claim", "claims", "story", "account", "speculation"}


def only_the_story(objects: list[Token]) -> bool:
    """The object is the story or the contact itself: "the call", "the report", "it", "the meeting"."""
    return all(o.dep_ == "dobj" and (o.lower_ in STORY_WORDS or o.lemma_.lower() in NOUN_MODES) for o in objects)


PHRASE_AFTER_STOPS = frozenset(
    ADJUNCT_PREPS | {"by", "per", "through", "via", "toward", "towards", "under", "upon", "among", "outside", "near"}
)
"""Prepositions whose phrase after a content says when, where, how or by whom it was said (rule
quote.phrase-after)."""
ADDRESSEE_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})


def sets_scene(prep: Token) -> bool:
    """A phrase after a content that says when, where, through what or to whom it was said ("on the radio", "on
    condition of anonymity", "to the committee", "to Moss"), not more of what was said."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    if prep.lower_ in PHRASE_AFTER_STOPS or not objects:
        return True
    for g in objects:
        if g.ent_type_ in SETTING_ENTITIES or g.lemma_.lower() in OCCASION_NOUNS | CHANNEL_NOUNS | SCENE_NOUNS:
            return True
        if prep.lower_ == "to" and (g.ent_type_ in ADDRESSEE_ENTITIES or g.lemma_.lower() in AUDIENCE_NOUNS):
            return True
    return False


OBJECT_PHRASE_PREPS = frozenset({"in", "from", "within"})
"""Prepositions of a phrase that may say more of the object ("her stance in support of …") as well as where."""


def completes_object(child: Token) -> bool:
    """ "decried the council's calls to close the harbour", "announced a concert in support of the dockers" (rule
    quote.object-complement): an infinitive or an "in" or "from" phrase right after the object, which the parser
    hung on the verb as if it said what for or where, completes the object's noun; a phrase naming a time, a place
    or the occasion ("in an interview") still says where or when. An infinitive right after a prepositional
    object that is not itself a setting completes it too ("talked of reforms to protect the workers")."""
    doc = child.doc
    before = doc[child.left_edge.i - 1]
    if not any(
        c.right_edge.i == before.i
        and ((c.dep_ == "dobj" and c.pos_ == "NOUN") or (c.dep_ == "prep" and c.i > c.head.i and not is_adjunct(c)))
        for c in child.head.children
    ):
        return False
    if child.dep_ == "advcl":
        return child.tag_ == "VB" and child.left_edge.lower_ == "to" and not marked_by(child, "to")
    if child.dep_ != "prep" or child.lower_ not in OBJECT_PHRASE_PREPS:
        return False
    objects = [g for g in child.children if g.dep_ == "pobj"]
    completes = bool(objects) and not any(
        g.ent_type_ in SETTING_ENTITIES or g.lemma_.lower() in OCCASION_NOUNS | PUBLISHED_WORKS | DOCUMENT_NOUNS
        for g in objects
    )
    if completes and in_order_to(child):
        fired("quote.in-order-to")  # fired only where it keeps the phrase out
        return False
    return completes


def in_order_to(prep: Token) -> bool:
    """ "criticised the embargo in order to reassure farmers" (rule quote.in-order-to): "in order to" or "in order
    that" says why the speaker spoke, not more of the object."""
    doc, k = prep.doc, prep.i
    if prep.lower_ != "in" or k + 2 >= len(doc) or doc[k + 1].lower_ != "order":
        return False
    return doc[k + 2].lower_ in ("to", "that")


def nonverbal_clause(verb: Token) -> Token | None:
    """A reported clause whose head the tagger made no verb: "said the pier is best suited to small boats" (rule
    quote.adjectival-clause: an adjective after the verb, with a subject and a finite auxiliary of its own; "found
    himself alone" has none), "The closure of the pier signals “the end of an era” for the town, Moss said" (rule
    quote.noun-headed-clause: a noun or adjective heading the clause before a trailing attribution), "said the spate
    of shootings demands that …" (rule quote.verb-tagged-noun: a verb in "-s" the tagger read as a plural noun, with a
    subject before it and an object or a clause after it), "said that the ruling raises the need to …" parsed with
    "raises" a noun and "need" the head (rule quote.noun-tagged-clause: a noun with "that" and a subject before it),
    "said after the vote she would not run" (rule quote.unmarked-adverbial: the parser, misled by the phrase after
    the verb, made the clause an adverbial; one with no word to subordinate it, a subject and a finite verb of its
    own is what was said)."""
    for clause in verb.children:
        if (
            clause.dep_ == "advcl"
            and clause.i > verb.i
            and clause.pos_ in ("VERB", "AUX")
            and verb.doc[clause.left_edge.i - 1].text != ","
            and not any(c.dep_ == "mark" or (c.tag_.startswith("W") and c.i < clause.i) for c in clause.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i for c in clause.children)
            and (
                clause.tag_ in FINITE_TAGS
                or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS | {"MD"} for c in clause.children)
            )
        ):
            fired("quote.unmarked-adverbial")
            return clause
        if (
            clause.dep_ == "ccomp"
            and clause.pos_ == "ADJ"
            and clause.i > verb.i
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
            and any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS | {"MD"} for c in clause.children)
        ):
            fired("quote.adjectival-clause")
            return clause
        if (
            clause.dep_ == "ccomp"
            and clause.pos_ in ("NOUN", "PROPN", "ADJ")
            and clause.i < verb.i
            and verb.doc[clause.right_edge.i + 1].text == ","
            and any(c.dep_ == "nsubj" and clause.right_edge.i < c.i < verb.i for c in verb.children)
        ):
            fired("quote.noun-headed-clause")
            return clause
        if (
            clause.dep_ == "ccomp"
            and clause.pos_ == "NOUN"
            and clause.i > verb.i
            and any(c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i for c in clause.children)
            and any(c.dep_ == "nsubj" and c.i < clause.i for c in clause.children)
        ):
            fired("quote.noun-tagged-clause")
            return clause
        if (
            clause.dep_ == "ccomp"
            and clause.tag_ == "NNS"
            and clause.i > verb.i
            and any(c.dep_ == "nsubj" and c.i < clause.i for c in clause.children)
            and any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > clause.i for c in clause.children)
        ):
            fired("quote.verb-tagged-noun")
            return clause
    return None


URGED_TO_VERBS = URGING_VERBS | {"appeal"}
"""Verbs whose "to" or "on" names whom they urge ("appealed to voters to stay home"); "appeal" is no verb of urging
for ``quote.urged-for`` ("appealed for calm" is no stand)."""
URGED_PREPS = frozenset({"with", "for"})
"""Prepositions whose object is who or what an infinitive after it concerns: "pleaded with him to stay", "asked
for funds to fight the outbreak"; after a verb of urging also "to" and "on" ("called on voters to stay home")."""


def reason_infinitive(verb: Token, clause: Token) -> bool:
    """ "…, he said, on condition of anonymity to discuss the talks", "said on stage to justify his vote" (rule
    quote.phrase-infinitive): an infinitive the parser hung on a speech verb right after a prepositional phrase of
    the verb's says why it was said, not what; after "with" or "for" ("pleaded with him to stay"), or "to" or "on"
    after a verb of urging ("appealed to voters to stay home"), it is what was urged, as it is what someone was told
    ("told reporters at the pier to expect delays")."""
    before = clause.left_edge.i - 1
    lemma = reporting_lemma(verb)
    if clause.dep_ != "xcomp" or lemma not in SPEECH_CUES:
        return False
    if lemma in ADDRESSEE_VERBS and any(c.dep_ == "dobj" and c.i < clause.i for c in verb.children):
        return False  # "told reporters at the pier to expect delays": what they were told
    urged = URGED_PREPS | ({"to", "on", "upon"} if lemma in URGED_TO_VERBS else set())
    if not any(
        c.dep_ == "prep"
        and c.i > verb.i
        and c.right_edge.i == before
        and c.lower_ not in urged
        and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)  # "told them on Sunday to expect delays"
        for c in verb.children
    ):
        return False
    fired("quote.phrase-infinitive")
    return True


def stray_clause(verb: Token) -> Token | None:
    """ "wrote in a letter that taxes would rise", "said in one of a series of messages that …": a that-clause the
    parser hung on a noun of the phrase before it."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        for noun in _objects_down(prep):
            for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")):
                first = clause.left_edge
                own_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in clause.children)
                phrase_end = max(t.i for t in noun.subtree if not clause.left_edge.i <= t.i <= clause.right_edge.i)
                if first.lower_ == "that" and first.i == phrase_end + 1 and own_subject:
                    return clause
    return None


def report_of_another(verb: Token, clause: Token) -> bool:
    """Whether a stray that-clause is what a published piece of someone else's says (rule
    quote.report-of-another): "pushed back on a report by the Tribune that he had met …" is the Tribune's report
    (rule quote.noun-cue), not the words of whoever pushed back; "said in a report that …" is the speaker's own.
    One piece only: "reports in Baku media" have no one maker to speak for them."""
    noun = clause.head
    prep = next((a for a in noun.ancestors if a.head == verb), None)
    if prep is None or prep.lower_ == "in" or noun.lemma_.lower() not in PUBLISHED_NOUNS or noun.tag_ != "NN":
        return False  # "responded to reports in Baku media that …": many pieces, the response's own account
    if remark_owner(noun, lambda _: None)[0] is None:
        return False
    fired("quote.report-of-another")
    return True


def clause_on_addressee(verb: Token) -> Token | None:
    """ "told the programme that ministers had ignored repeated warnings", "told a briefing that India had lodged
    a protest" (rule quote.clause-on-addressee): after a verb of telling, the parser may read the that-clause as a
    relative clause on whom it was told. It is what was told when "that" cannot be the clause's subject or object:
    the clause has a subject of its own, and an object or a clause of its own, or is a copula's."""
    if reporting_lemma(verb) not in ADDRESSEE_VERBS - {"ask"}:
        return None
    for noun in (c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i):
        for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")):
            first = clause.left_edge
            phrase_end = max(t.i for t in noun.subtree if not first.i <= t.i <= clause.right_edge.i)
            if first.i == phrase_end + 1 and _bare_told_clause(verb, noun, clause, first):
                fired("quote.bare-clause-on-addressee")
                return clause
            if first.lower_ != "that" or first.head != clause or first.i != phrase_end + 1:
                continue
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c != first for c in clause.children)
            # "that" cannot be the clause's object: it has one of its own, or it is a copula's ("… was unsafe"); not
            # "told a joke that the audience found offensive"
            other = any(c.dep_ in ("dobj", "ccomp") and c != first for c in clause.children)
            # "… that Britain aimed to attract $40 billion": the infinitive's object is there, so no gap for "that"
            other = other or any(
                c.dep_ == "xcomp" and any(g.dep_ in ("dobj", "ccomp") for g in c.children) for c in clause.children
            )
            copula = clause.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") for c in clause.children)
            # "told a news conference that the pier will close": the parser itself read "that" as a conjunction,
            # after whom words are said to (rule quote.that-marked-on-addressee); not "told a joke that …"
            marked = first.dep_ == "mark" and not (other or copula) and _listeners(noun)
            # "assured the delegation that the tariff would be reviewed": a clause the parser hung on the noun with
            # "that" as its conjunction (acl) is said to whom the verb's object names; after "told" only when the
            # object is an audience ("told the story that …" may give the story)
            marked = marked or (clause.dep_ == "acl" and first.dep_ == "mark" and reporting_lemma(verb) != "tell")
            if marked and own_subject:
                fired("quote.that-marked-on-addressee")
            if own_subject and (other or copula or marked):
                return clause
    return None


BARE_CLAUSE_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "it"})
"""Subject pronouns that open a reported clause with no "that" ("told the station he had spoken …")."""


def _bare_told_clause(verb: Token, noun: Token, clause: Token, first: Token) -> bool:
    """ "told the station he had spoken with the governor" (rule quote.bare-clause-on-addressee): with no "that",
    the parser may read the reported clause as a relative clause on whom it was told. It is what was told when it
    opens right after its listeners (``_listeners``) on a subject pronoun of its own, which a relative clause with
    no relative word would need an object gap for ("told the man he met …"): so the verb of telling has no other
    clause or object after it, and the clause's verb has an object, a clause, a prepositional phrase or a
    complement of its own."""
    if first.lower_ not in BARE_CLAUSE_SUBJECTS or first.dep_ != "nsubj" or first.head != clause:
        return False
    if not _listeners(noun) or clause.dep_ != "relcl":
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "dative") and c.i > noun.i for c in verb.children):
        return False
    if _gapped(clause):
        return False  # "briefed the committee she had set up in March": the committee is what she set up
    return any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "acomp", "attr", "oprd") for c in clause.children)


def _gapped(clause: Token) -> bool:
    """Whether a clause's verb lacks the object its particle or preposition asks for ("she had set up", "she had
    spoken to"): the gap of a relative clause."""
    children = list(clause.children)
    if any(c.dep_ == "prt" for c in children) and not any(c.dep_ in ("dobj", "ccomp") for c in children):
        return True
    return any(c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children) for c in children)


def _listeners(noun: Token) -> bool:
    """Whom words are told to: people or a body by name, an audience ("reporters", "the committee") or an
    occasion ("a news conference", "the briefing")."""
    return noun.ent_type_ in ADDRESSEE_ENTITIES or noun.lemma_.lower() in AUDIENCE_NOUNS | OCCASION_NOUNS


def that_adverbial(verb: Token) -> Token | None:
    """ "reported, citing three people familiar with the matter, that Canada was preparing sanctions" (rule
    quote.that-adverbial): a that-clause with a subject of its own, after a participle aside, that the parser hung
    on the reporting verb as an adverbial, or on the aside's participle as its object ("citing two people who
    attended, that …": the comma closes the aside). "so that", "now that" open no such clause: the word before
    "that" must be the aside's comma."""
    # "citing …", and "seen by The Associated Press" (a participle with its agent)
    asides = [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.i > verb.i
        and (c.tag_ == "VBG" or (c.tag_ == "VBN" and any(g.dep_ == "agent" for g in c.children)))
    ]
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and c.pos_ in ("VERB", "AUX")):
        if _comma_that(clause) is not None and _aside_before_that(clause, clause.left_edge.i) is not None:
            return clause
    for aside in asides:
        for clause in (c for c in aside.children if c.dep_ == "ccomp" and c.i > aside.i):
            mark = _comma_that(clause)
            # the aside has its own object before the comma: "saying, apparently for the first time, that …" is
            # the participle's own report
            if (
                mark is not None
                and clause.left_edge == mark
                and any(c.dep_ in ("dobj", "agent") and c.i < mark.i for c in aside.children)
            ):
                return clause
    return _that_after_gloss(verb)


def _that_after_gloss(verb: Token) -> Token | None:
    """ "wrote on X, formerly Twitter, that the talks had failed" (rule quote.that-adverbial): a gloss between
    commas after the verb's phrase, which the parser made a noun of its own with the that-clause as its relative
    clause; a restrictive "that" never follows a comma, so the clause is what was written."""
    for noun in (c for c in verb.children if c.i > verb.i and c.dep_ in ("npadvmod", "appos", "advmod")):
        for clause in (c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i):
            if (mark := _comma_that(clause)) is not None and clause.left_edge == mark:
                return clause
    return None


def _that_mark(clause: Token) -> Token | None:
    """The "that" that marks ``clause`` as reported."""
    return next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)


def _comma_that(clause: Token) -> Token | None:
    """The "that" opening ``clause`` right after a comma, when the clause has a subject of its own after it."""
    mark = _that_mark(clause)
    if mark is None or mark.i < 2 or clause.doc[mark.i - 1].text != ",":
        return None
    return mark if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > mark.i for c in clause.children) else None


def _objects_down(prep: Token, depth: int = 3) -> Iterator[Token]:
    """The objects of a preposition and of the prepositions hung on them: "in one of a series of messages"."""
    for noun in (g for g in prep.children if g.dep_ == "pobj"):
        yield noun
        if depth > 1:
            for inner in (c for c in noun.children if c.dep_ == "prep"):
                yield from _objects_down(inner, depth - 1)


def has_right_content(verb: Token, speaker: SpacySpan | None) -> bool:
    """Whether the verb has content of its own after it (the inverted speaker does not count, nor whom a telling
    verb addresses: "…, Carter told a Senate panel")."""
    addressee = "dobj" if reporting_lemma(verb) in ADDRESSEE_VERBS else None
    return any(
        c.i > verb.i
        and c.dep_ in ("ccomp", "dobj", "xcomp")
        and c.dep_ != addressee
        and (speaker is None or c not in speaker)
        and not reason_infinitive(verb, c)
        for c in verb.children
    )


RESUMED_ADJUNCT_DEPS = frozenset({"prep", "npadvmod", "cc", "punct"})
"""What may follow a parenthetical attribution without being reported: when, where, how."""


def resumed_content(verb: Token, sent: SpacySpan) -> tuple[int, int] | None:
    """ "The treaty was, she said, the hardest thing she had negotiated" (rule quote.resumed-content): an
    attribution set between commas inside what it reports, which the parser hung on the words before it: what the
    sentence says after the closing comma is reported too, unless only when, where or how ("…, he said, on
    condition of anonymity") or a clause of its own joined by "and" or "but"."""
    doc = verb.doc
    close = verb.right_edge.i if doc[verb.right_edge.i].text == "," else verb.right_edge.i + 1
    if close + 1 >= sent.end or doc[close].text != ",":
        return None
    head = verb.head
    rest = [c for c in head.children if c.i > close]
    if doc[close + 1].dep_ == "cc" or all(c.dep_ in RESUMED_ADJUNCT_DEPS for c in rest):
        return None  # "…, she said, and it would be …": a clause of its own
    return trimmed_chars(doc, close + 1, min(head.right_edge.i, sent.end - 1))


def continued_clause(verb: Token, clause: Token) -> int | None:
    """ "stated that A, and B were ongoing": B, hung on the verb by the parser, is reported too; not after a
    reported infinitive or another clause with no subject of its own ("agreed to pay the fee, and he put …"),
    which a clause with its own subject cannot go on with (rule quote.second-predicate). A predicate in the past
    perfect with no subject goes on with the clause too (``_backshifted``)."""
    if not has_subject(clause):
        return None
    for conj in [*verb.children, *_pair_on_the_first_verb(verb, clause)]:
        if _semicolon_before_source(verb.doc, clause.right_edge.i, conj.right_edge.i) is not None:
            fired("quote.semicolon-bounds")
            continue  # "…; according to the board, it will stop in March": another source's clause
        if (
            (
                conj.dep_ in ("conj", "ccomp")
                and conj.i > clause.right_edge.i
                and _not_a_new_report(conj)
                and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children)  # "and there was …"
                and not any(c.dep_ == "nsubj" and c.lower_ in ("that", "this") for c in conj.children)  # "and that's …"
                and sum(not t.is_quote for t in verb.doc[clause.right_edge.i + 1 : conj.left_edge.i]) <= 2
            )
            or _backshifted(verb, clause, conj)
        ):
            span = trimmed_chars(verb.doc, conj.left_edge.i, conj.right_edge.i)
            return span[1] if span else None
    return None


def _not_a_new_report(conj: Token) -> bool:
    """ "said A, but that no meeting had been requested" (rule quote.second-that-clause): a clause opened by
    "that" is a second reported clause, though its verb be one of speech; "…, and added that …" is a new report."""
    if conj.lemma_.lower() not in SPEECH_VERBS:
        return True
    if _opened_by_that(conj):
        fired("quote.second-that-clause")
        return True
    return False


def _opened_by_that(conj: Token) -> bool:
    """Whether a clause opens with "that", also where the parser read it as its subject's determiner after "and" or
    "but" ("…, and that strike action will continue": no "that strike action" was told before)."""
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in conj.children):
        return True
    first = conj.left_edge
    subject = first.head
    return (
        first.lower_ == "that"
        and first.dep_ == "det"
        and subject.dep_ in ("nsubj", "nsubjpass")
        and subject.head.i == conj.i
        and first.i > 0
        and first.doc[first.i - 1].lower_ in PAIR_JOINS
    )


def _pair_on_the_first_verb(verb: Token, clause: Token) -> list[Token]:
    """ "confirmed the approach and said it was willing to listen, but that no meeting had been held" (rule
    quote.second-that-clause): the parser hangs the second "that"-clause of the second verb of a coordinated
    pair on the first verb; it goes on with the second verb's clause when nothing but a comma and the conjunction
    stand between them."""
    if verb.dep_ != "conj" or verb.head.i > verb.i:
        return []
    found = [
        c
        for c in verb.head.children
        if c.dep_ == "conj" and c.i > clause.right_edge.i and c.left_edge.i > verb.i and _opened_by_that(c)
    ]
    if found:
        fired("quote.second-that-clause")
    return found


BACKSHIFTED_MODALS = frozenset({"would", "could"})
"""The modals a reported "will" and "can" take from a reporting verb in the past (rule quote.backshifted-modal)."""


def _backshifted(verb: Token, clause: Token, conj: Token) -> bool:
    """ "said they were superficial and had been sealed within weeks" (rule quote.backshifted-predicate): a
    predicate in the past perfect with no subject of its own, hung by the parser on a reporting verb in the past
    right after the reported clause (as its conjunct or as a second clause of the verb's), goes on with that
    clause, as reported speech shifts its tenses back; the speaker's own next act would be told in the simple
    past. So does one with "would" or "could", a reported "will" or "can" shifted back ("said the plan was
    fair and would face a vote", rule quote.backshifted-modal), unless its verb is one of speech ("…, but would not
    comment"): the speaker's refusal is a report of its own."""
    if verb.tag_ != "VBD" or conj.dep_ not in ("conj", "ccomp") or conj.i <= clause.right_edge.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children):
        return False
    if sum(not t.is_punct for t in verb.doc[clause.right_edge.i + 1 : conj.left_edge.i]) > 2:
        return False
    if conj.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in conj.children):
        fired("quote.backshifted-predicate")
        return True
    if conj.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in BACKSHIFTED_MODALS for c in conj.children):
        if conj.dep_ != "conj" or verb.doc[conj.left_edge.i - 1].lower_ not in PAIR_JOINS:
            return False  # joined by "and" or "but" as a predicate of the clause's, not another clause read into it
        if conj.lemma_.lower() in SPEECH_VERBS:
            return False  # "…, but would not comment on the details": a refusal of the speaker's, a report of its own
        fired("quote.backshifted-modal")  # "said the plan was fair and would be put to a vote"
        return True
    return False


def clause_span(verb: Token, clause: Token) -> tuple[tuple[int, int] | None, list[str]]:
    """The reported clause's span, and the ids of the rules that cut it short."""
    doc = verb.doc
    start, end = clause.left_edge.i, clause.right_edge.i
    shaped: list[str] = []
    if clause.i < verb.i:
        end = min(end, verb.i - 1)
        subject = speaker_span(verb)
        if subject is not None and subject.start > clause.i:
            end = min(end, subject.start - 1)
            if (reach := _reported_up_to_comma(clause, end, subject)) is not None:
                end = reach
                shaped.append("quote.reported-up-to-comma")
    else:
        # take in the dative of "told reporters that": content starts at the clause
        start = max(start, verb.i + 1)
        if (aside := _aside_before_that(clause, start)) is not None:
            start = aside
            shaped.append("quote.aside-before-that")
        elif (told_when := _day_of_saying(verb, clause, start)) is not None:
            start = told_when
            shaped.append("quote.day-of-saying")
        elif clause.dep_ == "advcl":  # "said after the vote she would not run": the phrase tells when it was said
            start = min((c.left_edge.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), default=start)
        if (detached := _detached_subject(verb, clause)) is not None:
            start = detached
            shaped.append("quote.detached-subject")
        elif (region := _region_taken_for_subject(verb, clause)) is not None:
            start = region
            shaped.append("quote.town-region-subject")
        elif (asked := _asked_party(verb, clause)) is not None:
            start = asked
            shaped.append("quote.asked-party")
        if (listed := infinitive_list_end(verb, clause, end)) is not None:
            end = listed
            shaped.append("quote.infinitive-list")
        if (predicate := _split_off_predicate(verb, end, clause)) is not None:
            end = predicate.right_edge.i
            shaped.append("quote.split-predicate")
        if (named := _name_hung_outside(doc, start, end)) is not None:
            end = named
        end = cut_trailing(doc, start, end, clause.i)
        if (second := second_predicate(verb, clause)) is not None:
            end = min(end, second)
            shaped.append("quote.second-predicate")
        if (own := predicate_of_another_form(doc, start, end)) is not None:
            end = own
            shaped.append("quote.coordinate-form")
        if (relayed := _relayed_end(doc, start, end, clause.i)) is not None:
            end = relayed
            shaped.append("quote.relayed-by")
        if (bound := _semicolon_before_source(doc, start, end)) is not None:
            end = bound
            shaped.append("quote.semicolon-bounds")
    return trimmed_chars(doc, start, end), shaped


def _semicolon_before_source(doc: Doc, start: int, end: int) -> int | None:
    """ "said the ferry would run until May; according to the board, it will stop in March" (rule
    quote.semicolon-bounds): the clause after the semicolon is another source's."""
    for t in doc[start : end + 1]:
        if t.text == ";" and t.i + 2 <= end and doc[t.i + 1].lower_ == "according" and doc[t.i + 2].lower_ == "to":
            return t.i - 1
    return None


def _reported_up_to_comma(clause: Token, end: int, subject: SpacySpan) -> int | None:
    """ "The plan could win rural, though mostly poor, counties in the north, she said" (rule
    quote.reported-up-to-comma): what comes before ", she said" is what she said, up to that comma, even where
    the parse hung its last words elsewhere; words that are a clause of their own or open a quotation stay out."""
    doc = clause.doc
    comma = subject.start - 1
    if end >= comma - 1 or doc[comma].text != "," or clause.left_edge.i > end:
        return None
    gap = doc[end + 1 : comma]
    if any(t.is_quote or t.dep_ in ("nsubj", "nsubjpass", "expl") or t.text in (";", ":") for t in gap):
        return None
    return comma - 1


def _aside_before_that(clause: Token, start: int) -> int | None:
    """ "said, speaking on behalf of the minister, that talks were welcome" (rule quote.aside-before-that): a
    participle phrase between commas that the parser hung on the reported clause, before its "that", tells how
    the words were said; the content starts at "that"."""
    mark = _that_mark(clause)
    if mark is None:
        return None
    doc = clause.doc
    for child in clause.children:
        if (
            child.dep_ == "advcl"
            and child.tag_ == "VBG"
            and child.left_edge.i == start
            and doc[mark.i - 1].text == ","
            and child.right_edge.i in (mark.i - 2, mark.i - 1)  # the comma the phrase's or the clause's
        ):
            return mark.i
    return None


def _day_of_saying(verb: Token, clause: Token, start: int) -> int | None:
    """ "said on Wednesday he would host both sides", "said Tuesday the talks had failed" (rule
    quote.day-of-saying): a date right after the reporting verb, before the subject of a reported clause with no
    "that", tells when the words were said, though the parser hung it on the clause; the content starts at the
    subject. Not a date after "that" ("said that on Friday he would …"), which is reported."""
    if start != verb.i + 1 or _that_mark(clause) is not None:
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > start), None)
    if subject is None:
        return None
    doc = verb.doc
    phrase = [t for t in doc[start : subject.left_edge.i] if not t.is_punct]
    if not phrase or not all(t.ent_type_ in ("DATE", "TIME") or t.lower_ in ("on", "at") for t in phrase):
        return None
    if not any(t.ent_type_ in ("DATE", "TIME") for t in phrase):
        return None
    return subject.left_edge.i


def _split_off_predicate(verb: Token, end: int, clause: Token) -> Token | None:
    """ "hope the technology developed in Israel can aid the border effort" (rule quote.split-predicate): a
    predicate with no subject that the parser hung on the reporting verb right after the content, with nothing
    between, is the rest of the reported clause; its subject is the content so far. After a comma too, when what
    the parser took for the clause is a participle with no auxiliary ("said that he and his colleague, newly elected
    Ada Lind, would not …": "elected" is no clause's verb)."""
    doc = verb.doc
    participle = clause.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    start = end + 1  # where the predicate must begin
    if participle and start < len(doc) and doc[start].text == "," and not doc[end].is_punct:
        start += 1  # the comma closing the apposition, hung on the reporting verb
    elif doc[end].is_punct and not (participle and doc[end].text == ","):
        return None
    if start >= len(doc):
        return None
    word = doc[start]
    predicate = word.head if word.dep_ in ("aux", "auxpass", "neg") else word
    if predicate.head != verb or predicate.dep_ not in ("ccomp", "advcl") or predicate.i <= end:
        return None
    if not predicate.tag_.startswith("VB") or predicate.left_edge.i != start:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in predicate.children):
        return None
    return predicate


def infinitive_list_end(verb: Token, clause: Token, end: int) -> int | None:
    """ "pledged to cut fares, restore the night service and rebuild the wall" (rule quote.infinitive-list): the
    parser hangs the later infinitives of a list on the finite reporting verb, where a plain form (or a present
    one, after a past or third-person verb) cannot go on; the content runs through them. The new end, or None."""
    if not is_infinitive(clause) or verb.tag_ not in FINITE_TAGS | {"VBN"}:
        return None
    doc, last = verb.doc, end
    for conj in sorted((c for c in verb.children if c.dep_ == "conj" and c.i > clause.i), key=lambda c: c.i):
        plain = conj.tag_ == "VB" or (conj.tag_ == "VBP" and verb.tag_ != "VBP")  # "has promised to …, hire"
        if not plain or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in conj.children):
            break
        if any(not (doc[k].is_punct or doc[k].dep_ == "cc") for k in range(last + 1, conj.left_edge.i)):
            break
        last = conj.right_edge.i
    last = last_word(doc, end, last)
    return last if last > end else None


def _detached_subject(verb: Token, clause: Token) -> int | None:
    """ "Moss said the days when the port had a ferry are gone" (rule quote.detached-subject): a finite reported
    clause with no subject of its own, whose subject the parser hung on the reporting verb as a noun phrase right
    before the clause, starts at that noun phrase; a modal makes the clause finite ("promised the town would get
    …"). Not a bare date ("said Tuesday") nor whom it was told to. The noun phrase may be set off from the clause
    by an aside between commas (rule quote.subject-set-off, ``_set_off_before``)."""
    if has_subject(clause) or not _finite(clause):
        return None
    for noun in verb.children:
        if (
            noun.dep_ not in ("npadvmod", "dobj")
            or not verb.i < noun.i < clause.i
            or noun.pos_ not in ("NOUN", "PROPN")
            or (noun.ent_type_ in ("DATE", "TIME") and not any(g.dep_ in ("relcl", "acl") for g in noun.children))
        ):
            continue
        if noun.right_edge.i + 1 == clause.left_edge.i:
            return None if reporting_lemma(verb) in ADDRESSEE_VERBS else noun.left_edge.i
        if _set_off_before(verb, noun, clause):
            fired("quote.subject-set-off")
            return noun.left_edge.i
    return None


def _region_taken_for_subject(verb: Token, clause: Token) -> int | None:
    """ "said most of the homes in Marle Bay, Norland suffered damage" (rule quote.town-region-subject): the region
    after a town's comma taken for the reported clause's subject, and the real subject hung on the verb as its
    object, right after it: the clause starts at that object. Only when the object's last word is a place's name
    and the "subject" a bare proper name right after the comma; not a verb of telling, whose object is whom it
    addresses."""
    if reporting_lemma(verb) in ADDRESSEE_VERBS:
        return None
    doc = verb.doc
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "PROPN" or subject.left_edge.i != subject.i or subject.i < 2:
        return None
    comma, town = doc[subject.i - 1], doc[subject.i - 2]
    if comma.text != "," or town.pos_ != "PROPN" or town.ent_type_ not in ("GPE", "LOC", "FAC"):
        return None
    for noun in verb.children:
        if (
            noun.dep_ == "dobj"
            and noun.left_edge.i == verb.i + 1
            and noun.right_edge.i == town.i
            and noun.ent_type_ not in ("PERSON", "DATE", "TIME")
        ):
            return noun.left_edge.i
    return None


def _finite(clause: Token) -> bool:
    """Whether a clause's verb, or its auxiliary, is finite: in a tense ("are gone", "had met") or a modal
    ("would get")."""
    return clause.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ in FINITE_TAGS or c.tag_ == "MD") for c in clause.children
    )


def _set_off_before(verb: Token, noun: Token, clause: Token) -> bool:
    """ "said the rally in Tbilisi, which the organisers claimed drew thousands, is under control", "said Moss,
    along with two aides, went to the embassy" (rule quote.subject-set-off): a noun phrase the parser hung on a
    verb of saying as its object, then an aside between commas (a relative clause or an apposition of its own, or a
    phrase the parser hung on the verb), then a predicate with no subject: the noun phrase is the predicate's
    subject. Not with a verb whose object is whom it addresses ("Alleyne, he told the court, brought …") or is
    itself what was said ("rejected the outcome, suspended the constitution …")."""
    lemma = reporting_lemma(verb)
    if lemma in ADDRESSEE_VERBS or lemma in OBJECT_CONTENT_VERBS or noun.left_edge.i != verb.i + 1:
        return False
    doc = verb.doc
    gap = doc[noun.right_edge.i + 1 : clause.left_edge.i]
    if not len(gap) or gap[-1].text != ",":
        return False
    aside = gap[:-1]
    if not len(aside):  # the aside is the noun phrase's own: "the rally in Tbilisi, which …, is"
        return any(t.text == "," for t in doc[noun.i : noun.right_edge.i])
    opened = doc[noun.right_edge.i].text == ","  # the parser may hang the opening comma on the noun
    if aside[0].text == ",":
        aside, opened = aside[1:], True
    if not opened or not len(aside):
        return False
    phrase = aside[0]
    return phrase.head == verb and phrase.dep_ == "prep" and phrase.right_edge.i == aside.end - 1


def set_off_predicate(verb: Token) -> Token | None:
    """ "said Moss, along with two aides, went to the embassy" (rule quote.subject-set-off): the predicate the
    parser joined to a verb of saying as a second one or as an adverbial clause with no conjunction, with no
    subject, after the noun phrase it took for the verb's object and an aside between commas, is the reported
    clause. Not one of a series of acts ("…, suspended the constitution and ruled by decree")."""
    for predicate in verb.children:
        if (
            predicate.dep_ in ("conj", "advcl")
            and not any(c.dep_ == "mark" for c in predicate.children)
            and predicate.i > verb.i
            and not has_subject(predicate)
            and _finite(predicate)
            and not any(c.dep_ in ("conj", "cc") for c in predicate.children)
            and not any(c.dep_ == "cc" and verb.i < c.i < predicate.i for c in verb.children)
            and any(
                noun.dep_ == "dobj" and noun.pos_ in ("NOUN", "PROPN") and _set_off_before(verb, noun, predicate)
                for noun in verb.children
            )
        ):
            return predicate
    return None


INFORMING_VERBS = ADDRESSEE_VERBS - {"ask"}
"""Verbs whose object before an infinitive is only whom they address ("told reporters to expect delays")."""


def _asked_party(verb: Token, clause: Token) -> int | None:
    """ "urged the board to reopen the pier", "asked the court to intervene" (rule quote.asked-party): the object
    of a verb of asking or urging right before its reported infinitive is who is to act, the infinitive's own
    subject; what was asked starts at it. Not whom a telling verb informs ("told reporters to expect delays"),
    nor a bare date ("urged Tuesday to …")."""
    if not is_infinitive(clause) or clause.i < verb.i or reporting_lemma(verb) in INFORMING_VERBS:
        return None
    party = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("dobj", "dative")
            and verb.i < c.i < clause.i
            and c.right_edge.i + 1 == clause.left_edge.i
            and c.pos_ in ("NOUN", "PROPN", "PRON")
            and c.ent_type_ not in ("DATE", "TIME")
        ),
        None,
    )
    return party.left_edge.i if party is not None else None


DASHES = ("—", "–", "-", "--")
TRAILING_WORDS = ("which", "who", "where", "despite", "although", "though")
"""Words that open an aside after a content (and "while", "whereas" but for ``_contrast_in_content``)."""
EVEN_MARKS = ("though", "as")
"""Words that after "even" open a concession the writer sets beside a content ("…, even as the board voted …")."""


def _narration_after(doc: Doc, closing: int, start: int) -> bool:
    """ "Moss said: “We never closed the pier,” but in fact the board closed it twice" (rule
    quote.narration-after-quote): after a content that opens with a quote, a clause with a subject of its own that
    "and" or "but" joins to the closing mark is the writer's, not the speaker's."""
    opening = start if doc[start].tag_ == "``" else start - 1
    if opening < 0 or doc[opening].tag_ != "``" or any(doc[k].tag_ == "''" for k in range(opening + 1, closing)):
        return False
    k = closing + 1
    while k < len(doc) and doc[k].text == ",":
        k += 1
    if k >= len(doc) or doc[k].dep_ != "cc":
        return False
    joined = next((c for c in doc[k].head.children if c.dep_ == "conj" and c.i > k), None)
    return joined is not None and has_subject(joined)


def _contrast_in_content(mark: Token) -> bool:
    """ "found that 28 percent backed Moss, while 23 percent favoured Varga" (rule quote.contrast-in-content): a
    "while" or "whereas" clause with a subject and a finite verb of its own, not a reporting one, sets a contrast
    inside what was said; "while saying …" or "while critics argued …" stands beside it."""
    clause = mark.head
    if mark.dep_ != "mark" or clause.pos_ not in ("VERB", "AUX") or not has_subject(clause):
        return False
    if reporting_lemma(clause) in ATTRIBUTION_VERBS:
        return False
    finite = FINITE_TAGS | {"MD"}
    if clause.tag_ not in FINITE_TAGS and not any(c.dep_ in AUX_DEPS and c.tag_ in finite for c in clause.children):
        return False
    fired("quote.contrast-in-content")
    return True


def content_breaks(doc: Doc, start: int, end: int, head: int) -> Iterator[tuple[int, bool]]:
    """Where a content may break off: each token after its head and outside quote marks with a token after it
    in the content, and whether it is a closing mark after a comma ("… a “distortion,” describing …")."""
    # a content that starts right after an opening mark the parse hung elsewhere (said, “We …) starts inside it
    marks = 1 if start > 0 and doc[start - 1].tag_ == "``" else 0
    for k in range(start, end + 1):
        t = doc[k]
        if t.is_quote and t.text not in ("'", "’", "‘"):
            marks += 1
        if k <= max(head, start) or marks % 2 or k + 1 > end:
            continue
        yield k, t.is_quote and doc[k - 1].text == ","


def cut_trailing(doc: Doc, start: int, end: int, head: int) -> int:
    """ "that it is a “distortion,” describing the team as …": a trailing participle, relative or dashed
    aside after the content's head, outside quote marks, is not part of what was said."""
    for k, closing in content_breaks(doc, start, end, head):
        t, nxt = doc[k], doc[k + 1]
        if (t.text == "," or closing) and (
            (nxt.tag_ == "VBG" and nxt.dep_ in ("advcl", "xcomp", "conj", "acl") and not _listed_modifier(nxt))
            or (nxt.lower_ in TRAILING_WORDS and not aside_within(nxt, end))
            or (nxt.lower_ in CONTRAST_MARKS and not _contrast_in_content(nxt))
            or _even_concession(doc, k + 1, end)
            or (nxt.lower_ == "with" and absolute_with(nxt))
        ):
            fired("quote.trailing-cut")
            return k if closing else k - 1
        if t.is_quote and nxt.text in DASHES and nxt.whitespace_:
            fired("quote.trailing-cut")
            return k
        if t.is_quote and _narration_after(doc, k, start):
            fired("quote.narration-after-quote")
            return k
        if t.text == "," and trailing_apposition(doc, k, start, end):
            fired("quote.trailing-apposition")
            return k - 1
        if t.text == "," and trailing_gloss(doc, k, end):
            fired("quote.trailing-gloss")
            return k - 1
        if dashed_gloss(doc, k, end):
            fired("quote.dashed-gloss")
            return k - 1
    return end


def _even_concession(doc: Doc, even: int, end: int) -> bool:
    """ "said the pier would close, even though the board had promised …" (rule quote.trailing-cut): "even" and
    a concessive mark open the writer's aside, as "though" alone does."""
    if doc[even].lower_ != "even" or even + 1 > end:
        return False
    mark = doc[even + 1]
    return mark.lower_ in EVEN_MARKS and mark.dep_ == "mark" and has_subject(mark.head)


def dashed_gloss(doc: Doc, dash: int, end: int) -> bool:
    """ "…called for a ban on night fishing — a measure the dockers oppose", "… — one of the biggest projects in
    its history" (rule quote.dashed-gloss): an indefinite noun phrase after a spaced dash, running to the
    content's end, is the writer's comment on what was said. Not a subject ("— a panel had checked it"), a list
    spelling out a counted noun ("three things — a pier, a ferry and …"), nor a phrase another dash closes."""
    t = doc[dash]
    if t.text not in DASHES or not t.whitespace_ or not doc[dash - 1].whitespace_ or dash + 2 > end:
        return False
    first = doc[dash + 1]
    if first.lower_ in GLOSS_DETERMINERS and first.dep_ == "det":
        noun = first.head
    elif first.lower_ == "one" and doc[dash + 2].lower_ == "of":
        noun = first
    else:
        return False
    if noun.i < first.i or noun.left_edge.i != first.i or noun.pos_ not in ("NOUN", "NUM", "PRON"):
        return False
    if noun.dep_ in ("nsubj", "nsubjpass") or any(c.dep_ == "conj" for c in noun.children):
        return False
    before = doc[dash - 1]
    if any(c.dep_ == "nummod" for c in before.children):
        return False
    return noun.right_edge.i >= last_word(doc, dash, end)


def aside_within(word: Token, end: int) -> bool:
    """ "to form a task force, which would include the army, to crack down on …": a relative clause closed by a
    comma with the content going on after it is an aside inside the content, not a trailing one."""
    if word.lower_ not in ("which", "who"):
        return False
    clause = word.head
    if clause.dep_ != "relcl":  # "…, which residents doubted," on a whole clause is the writer's
        return False
    after = clause.right_edge.i + 1
    doc = word.doc
    if after + 1 <= end and (  # what follows the aside is itself trailing
        doc[after + 1].tag_ == "VBG" or doc[after + 1].lower_ in (*TRAILING_WORDS, *CONTRAST_MARKS, "according")
    ):
        return False
    if after < end and doc[after].text == "," and any(not t.is_punct for t in doc[after + 1 : end + 1]):
        fired("quote.aside-within")
        return True
    return False


NOUN_MODIFIER_DEPS = frozenset({"amod", "nmod", "compound"})


def _listed_modifier(participle: Token) -> bool:
    """ "called him a kind, loving and caring man": an -ing word in a list of a noun's modifiers describes the
    noun; it does not open a trailing participle."""
    head = participle.head
    if participle.dep_ == "conj" and head.pos_ in ("ADJ", "NOUN") and head.dep_ in NOUN_MODIFIER_DEPS:
        fired("quote.listed-modifier")
        return True
    return False


GLOSS_DETERMINERS = frozenset({"a", "an", "another"})


def trailing_gloss(doc: Doc, comma: int, end: int) -> bool:
    """ "…would pay “slightly more” in taxes, an acknowledgment that aides quickly trumpeted" (rule
    quote.trailing-gloss): an indefinite noun phrase after a comma, with a clause of its own and running to the
    content's end, is the writer's comment on what was said, however the parser hung it."""
    first = doc[comma + 1]
    noun = first.head
    if first.lower_ not in GLOSS_DETERMINERS or first.dep_ != "det" or noun.pos_ != "NOUN" or noun.i <= first.i:
        return False
    if noun.left_edge.i != first.i or not any(c.dep_ in ("relcl", "acl") and c.i > noun.i for c in noun.children):
        return False
    return noun.right_edge.i >= last_word(doc, comma, end)


def trailing_apposition(doc: Doc, comma: int, start: int, end: int) -> bool:
    """ "…his proposal to ban Muslims, a plan he has since modified" (rule quote.trailing-apposition): a noun
    phrase after a comma that stands in apposition to a noun of the content and runs to its end is the
    writer's gloss, not what was said."""
    first = doc[comma + 1]
    appos = next((a for a in (first, *first.ancestors) if a.dep_ == "appos" and a.left_edge.i == first.i), None)
    if appos is None or not start <= appos.head.i < comma or appos.pos_ not in ("NOUN", "PROPN"):
        return False  # "a different firm, one that …" restates the content
    if any(c.dep_ in ("cc", "conj") for c in (*appos.children, *appos.head.children)):
        return False  # "Mr. Ping, his aides and advisers": a list the parser took for an apposition
    return appos.right_edge.i >= last_word(doc, comma, end) and not _named_apposition(appos)


def _named_apposition(appos: Token) -> bool:
    """ "had met the port's director, Ilse Marr" (rule quote.named-apposition): a person's name set after the
    office or role that the content names identifies whom it speaks of; it is part of what was said, not the
    writer's gloss."""
    if appos.pos_ != "PROPN" or appos.ent_type_ != "PERSON" or appos.head.ent_type_ == "PERSON":
        return False
    fired("quote.named-apposition")
    return True


def _name_hung_outside(doc: Doc, start: int, end: int) -> int | None:
    """ "had spoken with the island's high commissioner in London, Mr. Peter Alcindor." (rule
    quote.named-apposition): a person's name right after a comma that closes the content on a noun, which the
    parser hung outside the reported clause (on the reporting verb), names the one the content speaks of; the
    content runs to the name's end. Not a name with a verb of its own after it ("…, Ana Ruiz said"), nor a lone
    surname."""
    if end + 2 >= len(doc) or doc[end + 1].text != "," or doc[end].pos_ not in ("NOUN", "PROPN"):
        return None
    k = end + 2
    while k < len(doc) and doc[k].pos_ == "PROPN" and not doc[k].ent_type_ and k - end <= 4:
        k += 1  # a title before the name ("Mr.", "Colonel")
    name = next((e for e in doc.ents if e.start == k and e.label_ == "PERSON"), None)
    if name is None or len(name) < 2 or not all(t.pos_ == "PROPN" for t in name):
        return None  # a full name: a lone surname after a comma may be anything
    if start <= name.root.head.i <= end or name.root.head.i in range(end + 2, name.end):
        return None  # hung inside the content: trailing_apposition's case
    if name.end < len(doc) and not doc[name.end].is_punct:
        return None
    fired("quote.named-apposition")
    return name.end - 1


def _relayed_end(doc: Doc, start: int, end: int, head: int) -> int | None:
    """Rule quote.relayed-by: "…, the Daily Ledger reported": a clause of a subject and a reporting verb, after a
    comma outside quote marks and before the next punctuation, says who passed the content on, not what was
    said. The content's new end, or None."""
    for k, closing in content_breaks(doc, start, end, head):
        if doc[k].text == "," or closing:
            if any(_relays(token, k + 1, end) for token in doc[k + 1 : end + 1]) or _as_relayed(doc, k + 1, end):
                return k if closing else k - 1
    return None


def _as_relayed(doc: Doc, word: int, end: int) -> bool:
    """ "…, as the Daily Ledger reported on Tuesday" (rule quote.relayed-by): "as" and a clause of a subject and a
    reporting verb in the past, with nothing after the verb but when or where, run to the content's end."""
    if doc[word].lower_ != "as" or word + 2 > end:
        return False
    verb = doc[word].head
    if verb.tag_ != "VBD" or verb.lemma_.lower() not in SPEECH_CUES or not word < verb.i <= end:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.left_edge.i != word + 1:
        return False
    after = [c for c in verb.children if c.i > verb.i and not c.is_punct]
    return all(is_adjunct(c) or c.dep_ == "npadvmod" for c in after) and verb.right_edge.i >= last_word(doc, word, end)


def _relays(subject: Token, start: int, end: int) -> bool:
    """``subject`` opens at ``start`` a clause whose finite reporting verb closes it within ``end``."""
    verb = subject.head
    return (
        subject.dep_ in ("nsubj", "nsubjpass")
        and subject.left_edge.i == start
        and subject.i < verb.i <= end
        and verb.lemma_.lower() in SPEECH_CUES
        and verb.tag_ in FINITE_TAGS
        and (verb.i + 1 >= len(subject.doc) or subject.doc[verb.i + 1].is_punct)
    )


CONTRAST_MARKS = frozenset({"while", "whereas"})
"""An adverbial clause so marked stands beside the content; "after", "when", "if" clauses are part of it."""


PAIR_JOINS = frozenset({"and", "but"})
"""The conjunctions that join a second reported "that"-clause to the first ("…, and that …", "… but that …"), and the
writer's own news to a reported clause ("…, and the council voted for it")."""


def that_clause_pieces(doc: Doc, span: tuple[int, int], quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "said the talks had been useful and that a date would be set" (rule quote.that-clause-pair): each clause
    of a reported pair joined by "and that" or "but that" is a statement of its own, which a reader may take
    apart; the content keeps both, as parts, cut before the joint (which the second keeps, so that the parts
    still cover the whole). Only the reporting verb's own pair: not a pair inside a relative clause or a noun's
    ("the report, which claimed that A and that B, was false"), nor one whose joint stands inside the
    ``quoted`` passages (character ranges), which are someone's words as they were said."""
    tokens = doc.char_span(*span, alignment_mode="expand")
    if tokens is None:
        return [span]
    pieces: list[tuple[int, int]] = []
    first = tokens.start
    for mark in tokens[1:]:
        if not _second_that(mark, tokens) or mark.i - 1 <= first:
            continue
        if any(s <= doc[mark.i - 1].idx < e for s, e in quoted):
            continue
        head = trimmed_chars(doc, first, mark.i - 2)
        if head is None:
            continue
        pieces.append(head)
        first = mark.i - 1  # the joint goes with the second: the parts still cover the whole
    last = trimmed_chars(doc, first, tokens.end - 1) if pieces else None
    return [span] if last is None else [*pieces, last]


def _second_that(mark: Token, content: SpacySpan) -> bool:
    """ "that" opening a clause the parser joined with "and" or "but" right before it to a reported clause (the
    parse often hangs it on the last verb before it rather than on the first clause's own), not inside a clause
    of the content's that closes before the content ends, nor in a noun's clause."""
    doc = mark.doc
    if mark.lower_ != "that" or mark.dep_ != "mark" or mark.head.dep_ != "conj" or mark.i == 0:
        return False
    first = mark.head.head
    if _in_a_closed_clause(first, content):
        return False
    joint = doc[mark.i - 1]
    return joint.lower_ in PAIR_JOINS and joint.dep_ == "cc" and joint.head.i in (first.i, mark.head.i)


def _in_a_closed_clause(first: Token, content: SpacySpan) -> bool:
    """Whether the clause ``first`` stands in a relative or noun clause that the ``content`` goes on after ("the
    report, which claimed that A and that B, was false"), or the content is a noun's clause, not a verb's ("the
    claim that A and that B was false"). A relative clause that runs to the content's end ("…, to whom he passed
    the petitions, and that the minister agreed") is where the parse hung a pair of the verb's own."""
    node = first
    while node.head.i != node.i and content.start <= node.head.i < content.end:
        if node.dep_ in ("relcl", "acl") and _goes_on_after(node, content):
            return True
        node = node.head
    return node.head.i != node.i and node.head.pos_ in ("NOUN", "PROPN")


def _goes_on_after(clause: Token, content: SpacySpan) -> bool:
    """Whether the content has words after the clause's last one."""
    return any(not t.is_punct for t in content.doc[clause.right_edge.i + 1 : content.end])
