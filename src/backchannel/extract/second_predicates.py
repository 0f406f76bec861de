"""Whether a predicate after the reported clause goes on with what was said or is the speaker's next act
("denies that the talks failed and goes on to blame …"): told by its tense and by what it reports."""

from __future__ import annotations

from spacy.tokens import Token

from .contact_words import ALLEGATION_NOUNS, NOUN_MODES, REPORT_NOUNS
from .lexicon import (
    BODY_KIND_NOUNS,
    EVIDENCE_VERBS,
    GROUP_NOUNS,
    NAMING_VERBS_QUOTED,
    ORGANIZATION_WORDS,
    REFUSING_MODALS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    TOLD_PRONOUNS,
    UNABLE_MODALS,
    WITHHELD_TELLING_VERBS,
)
from .person_words import PEOPLE_NOUNS
from .quote_findings import FINITE_TAGS, SPEECH_CUES, UNSAID, is_infinitive, marked_by, reporting_lemma
from .trace import fired


def _tense(clause: Token) -> str:
    """The tag of a clause's finite verb: its auxiliary's ("had met", "would go": past), else its own."""
    aux = next((c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i < clause.i), None)
    if aux is None:
        return clause.tag_
    return "VBD" if aux.tag_ == "MD" and aux.lower_ in PAST_MODALS else aux.tag_


PAST_MODALS = frozenset({"would", "could", "might", "should"})
INFLECTED_TAGS = frozenset({"VBD", "VBZ"})
"""Finite forms the tagger cannot take for an infinitive's ("celebrated", "refuses"; "protect" may be either)."""


def second_predicate(verb: Token, clause: Token) -> int | None:
    """ "denies that the killings were a genocide and goes to great lengths to …" (rule
    quote.second-predicate): a predicate with no subject, joined to the reported clause by "and" or "but" but
    in the reporting verb's tense, not the clause's, is the speaker's next act; the content ends before it. So is
    an inflected predicate after a reported infinitive ("vowed to fight the closure and accused the board …"),
    which cannot go on with the infinitive. An alternative ("either … or") is never the next act."""
    tense = _tense(verb)
    infinitive = is_infinitive(clause)
    if tense not in FINITE_TAGS or not (infinitive or any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)):
        return None
    shifts = _tense(clause) != tense
    for conj in (c for c in clause.children if c.dep_ == "conj" and c.i > clause.i):
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children):
            continue
        if not _reports_again(conj) and not _goes_apart(conj, tense, shifts, infinitive) and not _speaker_aside(conj):
            continue
        if _alternative(clause, conj):
            continue
        k = conj.left_edge.i - 1
        while k > clause.i and (verb.doc[k].is_punct or verb.doc[k].dep_ == "cc"):
            k -= 1
        if k >= clause.i and verb.doc[k + 1].dep_ in ("cc", "punct"):
            return k
    return None


def told_contact(noun: Token) -> bool:
    """Whether a noun is a contact ("the talks", "the call") or a pronoun for the one just told ("it")."""
    return noun.lower_ in NOUN_MODES or noun.lemma_.lower() in NOUN_MODES or noun.lower_ in TOLD_PRONOUNS


def told_news(noun: Token) -> bool:
    """Whether a noun is a contact (``told_contact``) or a story of one ("the report", "the claim", "the rumours"):
    the news the writer tells, whose name or verdict is all a speaker adds to it."""
    return told_contact(noun) or noun.lower_ in REPORT_NOUNS | ALLEGATION_NOUNS


def _speaker_aside(predicate: Token) -> bool:
    """ "confirmed that the call had taken place but would not discuss its content", "… but declined to say what
    was agreed", "… and described it as “cordial”" (rule quote.aside-after-content): a refusal to tell more, or a
    name given to the contact just told, is the speaker's own next act whatever the tenses; the reported clause's
    subject neither refuses the speaker's questions nor names its own news."""
    lemma = predicate.lemma_.lower()
    if lemma in UNSAID:  # "declined to say …", not "refused to drop the gun"
        aside = any(c.dep_ == "xcomp" and c.lemma_.lower() in WITHHELD_TELLING_VERBS for c in predicate.children)
    elif lemma in WITHHELD_TELLING_VERBS:
        aside = any(c.dep_ == "neg" for c in predicate.children) and any(
            c.lower_ in REFUSING_MODALS | UNABLE_MODALS for c in predicate.children
        )
    else:  # "… and described it as “cordial”", not "… and dismissed those reports as …", a verdict of its own
        aside = (
            lemma in NAMING_VERBS_QUOTED
            and predicate.tag_ in INFLECTED_TAGS
            and any(c.dep_ == "dobj" and told_contact(c) for c in predicate.children)
            and any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in predicate.children)
            and any(t.is_quote for t in predicate.subtree)  # the name in quote marks, not "called it a cold"
        )
    if aside:
        fired("quote.aside-after-content")
    return aside


def _alternative(clause: Token, conj: Token) -> bool:
    """ "say they would either stay home or are undecided": a predicate offered as an alternative ("or", "nor",
    "either … or") goes on with the reported clause; a speaker's next act is told with "and" or "but"."""
    doc = clause.doc
    between = doc[clause.i + 1 : conj.left_edge.i]
    joined = {t.lower_ for t in between if t.dep_ == "cc" and t.head in (clause, conj)}
    return bool(joined & {"or", "nor"}) or any(c.dep_ == "preconj" for c in clause.children)


def _goes_apart(conj: Token, tense: str, shifts: bool, infinitive: bool) -> bool:
    """Whether a predicate joined to the reported clause is in the reporting verb's tense, not the clause's, or
    inflected after a reported infinitive (``second_predicate``)."""
    if infinitive:
        return conj.tag_ in INFLECTED_TAGS
    return shifts and (_own_tense(conj) == tense or (tense == "VBP" and _reports_a_clause(conj)))


def _reports_again(predicate: Token) -> bool:
    """ "said that the ferry was late and added that the pier would close": a finite reporting verb (or one made
    finite by its auxiliary: "but did not suggest …") with a clause of its own to report (``_reported_anew``) and no
    subject cannot go on with the reported clause; it is the speaker's next statement, whatever the tenses."""
    return (
        (predicate.tag_ in FINITE_TAGS or _tense(predicate) in FINITE_TAGS)
        and reporting_lemma(predicate) in SPEECH_CUES
        and (
            any(c.dep_ == "ccomp" and _reported_anew(predicate, c) for c in predicate.children)
            or _urges_someone(predicate)
            or _speaks_of_something(predicate)
        )
    )


def _speaks_of_something(predicate: Token) -> bool:
    """ "said the treaty was dead and accused the White House of misleading its allies", "… and promised to publish
    the report" (rule quote.speech-predicate-after-content): a verb of speaking (not of thinking: "… and thought
    many would stay home" may still be the reported clause's subject's) with an object or an infinitive of its own
    tells what the speaker said next, not more of the reported clause, when the reported clause's subject cannot
    be the one who speaks again (``_others_subject``); not in the clause's past perfect ("had ignored X and had
    accused Y"), nor a verb of evidence ("… and found irregularities": what was turned up, not said)."""
    lemma = reporting_lemma(predicate)
    if lemma not in SPEECH_VERBS - UNSAID - EVIDENCE_VERBS or _had(predicate):
        return False
    if not any(c.dep_ == "dobj" or (c.dep_ == "xcomp" and is_infinitive(c)) for c in predicate.children):
        return False
    if _others_subject(predicate):
        return False
    fired("quote.speech-predicate-after-content")
    return True


AGENT_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
AGENT_NOUNS = PEOPLE_NOUNS | SOURCE_NOUNS | GROUP_NOUNS | ORGANIZATION_WORDS | BODY_KIND_NOUNS
"""Nouns for those who may speak or act: people, groups of them, bodies ("the rebels", "the ministry")."""
PLURAL_SUBJECT_PRONOUNS = frozenset({"they", "we"})
"""Subject pronouns for more than one."""
OTHERS_OBJECT_PRONOUNS = {"him": False, "her": False, "them": True}
"""Object pronouns that cannot stand for their own verb's subject, and whether each is plural."""


def _others_subject(predicate: Token) -> bool:
    """Whether the reported clause's subject may itself be the one who speaks in ``predicate`` ("said the
    opposition leader criticised the budget and accused the government …", "said Iran had violated the deal and
    threatened its neighbours"): a name, a person, a group or a body, a doer (``_does_a_deed``), or a pronoun that
    is not the speaker's own by number ("the minister said they attacked the town and demanded …"). Not a thing
    ("the budget was balanced"), not "it", not the speaker's own pronoun ("ministers said they regretted …"), and
    not one that ``predicate``'s own object pronoun stands for ("said Moss was wrong and criticised her …": "her"
    is not the one who criticised)."""
    clause = predicate.head
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:  # a reported infinitive: the speaker's own
        return False
    plural = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in PLURAL_SUBJECT_PRONOUNS or _joined(subject)
    if any(c.dep_ == "dobj" and OTHERS_OBJECT_PRONOUNS.get(c.lower_) == plural for c in predicate.children):
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ != "it" and plural != _speaker_plural(clause.head)
    return (
        subject.pos_ == "PROPN"
        or subject.ent_type_ in AGENT_ENTITIES
        or subject.lower_ in AGENT_NOUNS
        or subject.lemma_.lower() in AGENT_NOUNS
        or _does_a_deed(clause, subject)
    )


def _does_a_deed(clause: Token, subject: Token) -> bool:
    """Whether the reported clause's subject does something to someone or something ("the smugglers raided the
    depot"): the active subject of a verb with a direct object is a doer, who may do the next act too, whatever its
    noun; a thing is told of with a verb of being or happening ("the budget was balanced", "the talks failed")."""
    if subject.dep_ != "nsubj" or clause.pos_ != "VERB":
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() not in IDIOM_OBJECTS for c in clause.children)


IDIOM_OBJECTS = frozenset({"place"})
"""Objects that make an idiom of happening with their verb, no deed done to anything: "the meeting took place"."""


def _joined(noun: Token) -> bool:
    """Whether a noun has another joined to it by "and": "Ruiz and Soto"."""
    return any(c.dep_ == "conj" for c in noun.children)


def _speaker_plural(verb: Token) -> bool:
    """Whether the one who speaks by ``verb`` is more than one ("ministers", "they", "Ruiz and Soto"); a relative
    pronoun ("…, which said") is its head noun's number."""
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return False
    if speaker.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        speaker = verb.head
    return speaker.tag_ in ("NNS", "NNPS") or speaker.lower_ in PLURAL_SUBJECT_PRONOUNS or _joined(speaker)


def _urges_someone(predicate: Token) -> bool:
    """ "said the test was a provocation and warned the North to refrain from …" (rule quote.urges-after-content):
    a verb of saying with a person told and what they are told to do ("warned X to", "urged X to") tells the
    speaker's next act, an appeal of its own, not more of the reported clause."""
    if _had(predicate) and _had(predicate.head):
        return False  # "said the minister had ignored X and had warned Y to …": the minister's, in its past perfect
    told = any(c.dep_ == "dobj" for c in predicate.children)
    if told and any(c.dep_ == "xcomp" and is_infinitive(c) for c in predicate.children):
        fired("quote.urges-after-content")
        return True
    return False


def _had(verb: Token) -> bool:
    """Whether a verb is in the past perfect: "had warned"."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _reported_anew(predicate: Token, clause: Token) -> bool:
    """Whether ``clause`` is what ``predicate`` reports of its own: a that-clause, or after a verb of saying a finite
    clause without "that" ("… but did not suggest it would be soon", "… and said any delay would cost jobs"); not
    the infinitive a verb of wanting or expecting takes ("… and expected the board to act")."""
    return marked_by(clause, "that") or (reporting_lemma(predicate) in SPEECH_VERBS and not is_infinitive(clause))


def reporting_of_second(predicate: Token) -> Token | None:
    """The reporting verb whose speaker acts again in ``predicate``, a second predicate after its reported clause
    ("fear that A and warn that B": the fearful warn, not A's subject)."""
    clause = predicate.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.pos_ not in ("VERB", "AUX") or reporting_lemma(verb) not in SPEECH_CUES:
        return None
    end = second_predicate(verb, clause)
    return verb if end is not None and predicate.i > end else None


def _own_tense(predicate: Token) -> str:
    """A predicate's tense when it tells an act of its own: a finite form ("blamed") or a perfect ("has warned");
    a passive or a modal ("had been told", "would follow") may as well go on with the reported clause's subject."""
    if predicate.tag_ in FINITE_TAGS:
        return predicate.tag_
    if any(c.dep_ in ("auxpass", "nsubjpass") or c.tag_ == "MD" for c in predicate.children):
        return predicate.tag_
    return _tense(predicate)


def _reports_a_clause(predicate: Token) -> bool:
    """ "fear that A and warn that B": a bare reporting verb with a that-clause of its own, in the present, where
    the tagger gives the plain form (VB) rather than the present's (VBP)."""
    return (
        predicate.tag_ == "VB"
        and reporting_lemma(predicate) in SPEECH_CUES
        and any(c.dep_ == "ccomp" and marked_by(c, "that") for c in predicate.children)
    )
