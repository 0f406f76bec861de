"""Confirmations: what parties said about whether a contact happened.

A statement confirms, denies, neither confirms nor denies, declines to comment
on, or could not confirm a contact; it attaches to the event it names or
refers back to ("the report", "this"), or to the one just told when it is a
bare "declined to comment", and is stated by its subject or by the speaker of
the quote around it. A statement about something else (a topic discussed, a
report of another matter, another fact) attaches to nothing. A party quoted
saying the contact did not happen denies it; a side telling of its own contact
as fact, in a statement of its own, confirms it.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..geo import gazetteer
from ..records import Actor, ActorKind, Article, Confirmation, ConfirmationStatus, EventStatus, Quote, QuoteKind, Span
from .actor_table import ActorTable
from .actor_words import doc_sents, doc_text, place_name, sentence_index, singular
from .circumstances import characterized, degree_denied
from .contact_verbs import CONTACT_VERBS
from .contact_words import (
    ACCUSING_VERBS,
    ADMITTING_VERBS,
    ALLEGATION_NOUNS,
    ANSWERING_VERBS,
    ASKING_NOUNS,
    CHARACTERIZING_VERBS,
    DISMISSING_VERBS,
    FALSITY_WORDS,
    FUTURE_AUX,
    GOVERNMENT_BODIES,
    HYPOTHETICAL_AUX,
    MEET_VERBS,
    NOT_KNOWING_NOUNS,
    NOUN_MODES,
    OCCURRING_VERBS,
    PHONE_VERBS,
    REFERRING_WORDS,
    REPORT_NOUNS,
    STATE_VOICES,
    TRAVEL_VERBS,
    VOICE_TITLES,
    WHETHER_WORDS,
)
from .doc_index import doc_index
from .lexicon import (
    ARTICLES,
    BOTH_SIDES_WORDS,
    COMMENT_GIVING_VERBS,
    FICTION_WORDS,
    HEAD_OF_STATE_TITLES,
    HEADS_OFFICE_WORDS,
    JOINT_DOCUMENTS,
    MADE_UP_VERBS,
    MISSION_WORDS,
    NEWS_AGENCY_WORDS,
    NO_ONE_WORDS,
    NON_STATE_VOICES,
    NOTHING_MORE_VERBS,
    QUESTION_TELLING_VERBS,
    REFUSING_MODALS,
    SILENCE_EMPHASES,
    STATE_MEDIA_WORDS,
    SUB_BODY_HEADS,
    TOLD_PRONOUNS,
    UNABLE_MODALS,
    VOICE_BODIES,
)
from .mentions import Mention, else_after
from .merging import Draft
from .parties import apposition_end
from .reports import quotes_over, unquoted_teller
from .speakers import PERSON_PRONOUNS, SpeakerResolver
from .trace import collecting, fired

FALSE_TELLINGS = FALSITY_WORDS | FICTION_WORDS | MADE_UP_VERBS
"""What a denial calls a report: false ("baseless", "untrue") or made up ("pure fiction", "a fantasy", "invented")."""
BACK_POINTERS = frozenset({"it", "that", "this", "these", "those", "them"})
"""Pronouns by which a verdict on what was just told names it: "called it a fabrication", "called that false"."""
REPORTS = REPORT_NOUNS | ALLEGATION_NOUNS
"""What a denial can call false or turn down: "dismissed the report", "rejected the allegations"."""
CLAIM_NOUNS = ALLEGATION_NOUNS | {"claim", "claims"}
"""What someone, not only a paper, is said to claim: "rejected the claim", "said the allegation was false"."""
STATEMENT_LEMMAS = (
    frozenset({"confirm", "deny", "comment", "aware", "unaware", "discuss", "draw", "know", "true", *FALSE_TELLINGS})
    | {"dismissive"}
    | QUESTION_TELLING_VERBS
    | NOTHING_MORE_VERBS
    | DISMISSING_VERBS
    | ADMITTING_VERBS
    | NOT_KNOWING_NOUNS
    | ANSWERING_VERBS
)
"""The lemmas ``_confirmation_status`` can give a status to; it gives none to any other word."""


def _confirmation_status(verb: Token) -> ConfirmationStatus | None:
    lemma = verb.lemma_.lower()
    children = {c.lower_ for c in verb.children}
    deps = {c.dep_ for c in verb.children}
    head = verb.head
    if lemma == "confirm":
        if "neither" in children or (verb.dep_ == "conj" and head.lemma_.lower() == "deny"):
            return ConfirmationStatus.NEITHER
        either = [c for c in verb.children if c.lemma_.lower() == "deny" and c.dep_ == "conj"]
        if any(c.lower_ in ("nor", "or") for d in either for c in [*d.children, *verb.children]):
            return ConfirmationStatus.NEITHER  # "refused to confirm or deny"; not "confirmed …, but denied …"
        if any(d.lower_ in ("neither", "no") for c in verb.children if c.dep_ == "nsubj" for d in c.children):
            return None  # "Neither delegation confirmed the meeting"
        if "neg" in deps or head.lemma_.lower() in ("unable", "decline", "refuse") or _negated_above(verb):
            return ConfirmationStatus.UNCONFIRMED
        return ConfirmationStatus.CONFIRMED
    if lemma == "deny":
        if "nor" in children or (verb.dep_ == "conj" and head.lemma_.lower() == "confirm"):
            return None  # counted once, on "confirm"
        if "neg" in deps or head.lemma_.lower() in ("decline", "refuse"):
            return None  # "did not deny the meeting" denies nothing, and confirms nothing either
        return ConfirmationStatus.DENIED
    if lemma in ADMITTING_VERBS and "neg" not in deps:
        return ConfirmationStatus.CONFIRMED
    if lemma in DISMISSING_VERBS and "neg" not in deps and _reported_object(verb):
        return ConfirmationStatus.DENIED
    if lemma == "dismissive" and _dismissive_of_a_report(verb):
        return ConfirmationStatus.DENIED  # "was dismissive of a report that Daher had met Emirati officials"
    if lemma in FALSE_TELLINGS and _report_called_false(verb):
        return ConfirmationStatus.DENIED  # "called the report pure invention", "These reports are baseless"
    if lemma == "true" and verb.dep_ == "acomp" and _not_true_that(head):
        return ConfirmationStatus.DENIED  # "said it was not true that Aliyev had spoken with Sokolov"
    if lemma == "comment" and (head.lemma_.lower() in ("decline", "refuse") or "neg" in deps):
        return ConfirmationStatus.NO_COMMENT
    if lemma == "comment" and verb.pos_ == "NOUN" and "no" in children and head.lemma_.lower() in COMMENT_GIVING_VERBS:
        return ConfirmationStatus.NO_COMMENT  # "had no (immediate) comment", "have made no comment"
    if lemma in QUESTION_TELLING_VERBS and _not_telling_whether(verb):
        return ConfirmationStatus.NEITHER  # "declined to say whether the two had met", "has not said whether"
    if _nothing_to_tell(verb) or _said_nothing(verb):
        return ConfirmationStatus.NO_COMMENT  # "had nothing to say about the report", "had nothing to add"
    if lemma == "draw" and "auxpass" in deps and head.lemma_.lower() in ("decline", "refuse"):
        return ConfirmationStatus.NEITHER  # "refused to be drawn on whether the meeting took place"
    if lemma in NOT_KNOWING_NOUNS and _had_none(verb):
        return ConfirmationStatus.UNCONFIRMED  # "said it had no information about such a meeting"
    if lemma == "unaware" or (lemma == "know" and _knows_of_none(verb)):
        return ConfirmationStatus.UNCONFIRMED  # "was unaware of it", "knew of no such meeting"
    if _unanswered(verb):
        return ConfirmationStatus.NO_COMMENT  # "did not respond to a request for comment", "declined to discuss it"
    if lemma == "aware" and "neg" in {c.dep_ for c in head.children}:
        return ConfirmationStatus.UNCONFIRMED
    return None


def _nothing_to_tell(verb: Token) -> bool:
    """ "had nothing to say about the report", "said it had 'nothing to add'", "nothing to announce": having nothing
    to tell is no comment, when the nothing is had ("had", "there was"): not "said nothing to add to the tension" nor
    "did nothing to add to it", where the nothing is told or done."""
    nothing = verb.head
    return (
        verb.lemma_.lower() in NOTHING_MORE_VERBS
        and nothing.lower_ == "nothing"
        and verb.dep_ in ("relcl", "acl")
        and nothing.head.lemma_.lower() in ("have", "be")
    )


def _knows_of_none(verb: Token) -> bool:
    """ "knew of no such meeting", "knew nothing of any meeting", "did not know about any talks": knowing of none of
    what is asked about, as being unaware of it."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    nothing = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "nothing"]
    for prep in (c for t in [verb, *nothing] for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "about")):
        for known in (g for g in prep.children if g.dep_ == "pobj"):
            determiners = {d.lower_ for d in known.children if d.dep_ == "det"}
            if "no" in determiners or (determiners & {"any", "such"} and (negated or nothing)):
                return True
    return False


def _said_nothing(verb: Token) -> bool:
    """ "Bolivia's foreign ministry has said nothing", "said nothing about the report" (rule confirm.said-nothing):
    saying nothing is no comment; not "said nothing to suggest …" nor "said nothing had changed", which tell, nor
    "said almost nothing", a measure."""
    if verb.lemma_.lower() != "say" or any(c.dep_ in ("ccomp", "neg") for c in verb.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and not _speaks_as_itself(c) for c in verb.children):
        return False  # "Lopez's opponent said nothing": one of a side's, not the side nor one speaking for it
    return any(
        c.dep_ == "dobj"
        and c.lower_ == "nothing"
        and not any(g.dep_ in ("acl", "relcl", "amod", "advmod") and not _stresses(g) for g in c.children)
        and all(_of_the_contact_told(p) for t in (verb, c) for p in t.children if p.dep_ == "prep")
        for c in verb.children
    )


def _stresses(word: Token) -> bool:
    """ "nothing at all", "nothing whatsoever", "absolutely nothing" (rule confirm.said-nothing-at-all): a word that
    stresses a silence, which it leaves a silence; "all" only with its "at" (not "almost nothing", a measure)."""
    if word.lower_ == "all":
        return any(c.lower_ == "at" for c in word.children)
    return word.lower_ in SILENCE_EMPHASES


def _stressed_silence(verb: Token) -> bool:
    """The "nothing" said is stressed: "Beijing has said nothing at all"."""
    return any(c.lower_ == "nothing" and any(_stresses(g) for g in c.children) for c in verb.children)


SILENT_ON = frozenset({"about", "on", "of", "regarding", "concerning"})
"""Prepositions naming what a silence is on: "said nothing about the meeting"."""
SPEAKING_FOR = VOICE_TITLES | GOVERNMENT_BODIES | VOICE_BODIES | SUB_BODY_HEADS
"""What one of a side's may be and still speak for it: "Berg's office", "Berg's spokesman"."""


def _speaks_as_itself(subject: Token) -> bool:
    """A subject that is a side or speaks for one: not "Lopez's opponent" nor "Berg's rival", a person named by their
    tie to a side (its appositive name, "Lopez's opponent, Per Dahl", is no side either)."""
    whose = [c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    return not whose or subject.lemma_.lower() in SPEAKING_FOR or subject.pos_ == "PROPN"


def _of_the_contact_told(prep: Token) -> bool:
    """A silence's topic that is the contact (rule confirm.said-nothing): none ("said nothing"), a word pointing back
    ("about it"), a contact word ("about the meeting") or a report of one; not "about the tax case", nor a prepositional
    phrase of time or place ("in the plenary", "on Monday")."""
    if prep.lower_ not in SILENT_ON:
        return True  # "said nothing in the plenary", "said nothing on Monday": no topic
    topics = [g for g in prep.children if g.dep_ == "pobj"]
    return all(
        t.lower_ in BACK_POINTERS
        or t.lower_ in NOUN_MODES
        or t.lemma_.lower() in NOUN_MODES
        or (t.lower_ in REPORTS and not any(g.dep_ == "compound" for g in t.children))
        or t.ent_type_ == "DATE"
        for t in topics
    )


def _asked(word: Token) -> bool:
    """ "Can you confirm that meeting?", "Do you deny meeting him?": the word is in a question (the first stop after
    it is a question mark), which asks for a confirmation and gives none."""
    stop = next((t for t in word.sent if t.i > word.i and t.text in (".", "?", "!")), None)
    return stop is not None and stop.text == "?"


def _not_telling_whether(verb: Token) -> bool:
    """ "declined to say whether X had met Y", "would not say if …", "has not disclosed whether …": a question of
    whether left open, neither confirmed nor denied (the clause must tell of a contact to attach to one)."""
    declined = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("decline", "refuse")
    negated = any(c.dep_ == "neg" for c in verb.children)
    asked = any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)
        for c in verb.children
    )
    return (declined or negated) and asked


def _not_true_that(copula: Token) -> bool:
    """ "it was not true that …": a negated "be" holding a that-clause."""
    children = list(copula.children)
    return any(c.dep_ == "neg" for c in children) and any(c.dep_ == "ccomp" for c in children)


def _negated_above(verb: Token) -> bool:
    """ "is not in a position to confirm", "was not able to confirm": the negation sits on a word above."""
    node = verb
    for _ in range(4):
        if node.dep_ not in ("xcomp", "acl", "relcl", "pobj", "prep", "acomp") or node.head.i == node.i:
            return False
        node = node.head
        if any(c.dep_ == "neg" for c in node.children):
            return True
    return False


def _reported_object(verb: Token) -> bool:
    """ "dismissed the report", "rejected reports of secret talks", "rejected as baseless reports that …": a report
    is what is turned down (rejecting talks themselves is refusing them, not denying they happened). "Dismissed
    as fabricated a report that …" is often parsed with the report as the object of "fabricated"."""
    held = [
        g for c in verb.children if c.dep_ == "advcl" and any(m.lower_ == "as" for m in c.children) for g in c.children
    ]
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in REPORTS for c in [*verb.children, *held])


def _dismissive_of_a_report(word: Token) -> bool:
    """ "was dismissive of a report that …", "dismissive of the claims": a report is what one is dismissive of (not
    "dismissive of the talks", which says what one thinks of talks held)."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.lower_ in REPORTS for g in c.children)
        for c in word.children
    )


def _report_called_false(word: Token) -> bool:
    """A report called false: "called the reports false", "These reports are completely baseless", "called the
    report pure invention" (often parsed with the report hung on the word), "described the report as false"."""
    if any(c.dep_ == "nmod" and c.lower_ in REPORTS for c in word.children):
        return True
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head  # "said the report was 'a provocation and a lie'": what the first of the pair is said of
    if word.dep_ in ("pobj", "amod") and word.head.lower_ == "as" and word.head.dep_ == "prep":
        # "described the report as a fabrication", "the report was described as false" (rule confirm.dismissed)
        return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in REPORTS for c in word.head.head.children)
    if word.dep_ == "acl" and word.head.lower_ in REPORTS and word.head.dep_ in ("dobj", "nsubjpass"):
        # "called the report 'invented'": the participle parsed as a clause on the report (confirm.called-made-up)
        return word.head.head.lemma_.lower() in CHARACTERIZING_VERBS
    if word.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in word.children):
        return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in REPORTS for c in word.head.children)  # "as invented"
    if word.dep_ not in ("oprd", "acomp", "attr"):
        return False
    if any(_named_false(c) for c in [*word.children, *word.head.children]):
        return True  # "called it 'a fabrication'", "called that 'simply false'" (rule confirm.called-it-false)
    return any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lower_ in REPORTS for c in word.head.children)


def _named_false(pronoun: Token) -> bool:
    """ "called it 'a fabrication'", "called that 'simply false'" (its "that" often parsed as the verdict's mark): a
    pronoun naming what was just told, given a verdict of falsity by a characterizing verb."""
    if pronoun.lower_ not in BACK_POINTERS:
        return False
    if pronoun.dep_ == "dobj":
        verdicts = [c for c in pronoun.head.children if c.dep_ == "oprd"]
    else:
        verdicts = [pronoun.head] if pronoun.dep_ in ("mark", "nsubj") and pronoun.head.dep_ == "oprd" else []
    return any(
        v.lemma_.lower() in FALSE_TELLINGS
        and v.head.lemma_.lower() in CHARACTERIZING_VERBS
        and not any(g.dep_ in ("prep", "acl", "relcl") for g in v.children)  # not "a fabrication of evidence by …"
        for v in verdicts
    ) and _nearest_told(pronoun)


def _nearest_told(pronoun: Token) -> bool:
    """Whether the pronoun may stand for the contact just told (rule confirm.called-it-false): no noun phrase comes
    between, in its own sentence, but one of the contact or a report of it ("asked about the report, she called it
    …"); not "asked about the tax allegations, Lopez called them false", nor "a rival's claim that Lopez had taken
    bribes was false, Berg said, calling it a fairy tale". The caller's own subject ("Berg's spokesman") is no
    antecedent."""
    caller = pronoun.head if pronoun.dep_ == "dobj" else pronoun.head.head
    subjects = [t for c in caller.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
    excluded = {t.i for t in subjects}
    nouns = [t for t in pronoun.sent if t.i < pronoun.i and t.pos_ == "NOUN" and t.i not in excluded]
    if not nouns:
        return True
    nearest = nouns[-1]
    if nearest.lower_ in NOUN_MODES or nearest.lemma_.lower() in NOUN_MODES:
        return True
    return nearest.lower_ in REPORTS and not any(g.dep_ in ("compound", "acl", "relcl") for g in nearest.children)


def _called_false_in_quotes(word: Token, quotes: list[Quote]) -> bool:
    """A quoted statement that is only a verdict of falsity on what was told: “Pure fabrication,” “That is
    false,” “This is fake news,” “That is simply not true.” (the word heads the sentence, or is what "this",
    "that" or "it" is)."""
    false = word.lemma_.lower() in FALSE_TELLINGS or _not_true(word)
    if not false or not any(q.kind is not QuoteKind.INDIRECT for q in quotes_over(word, quotes)):
        return False
    if (
        word.dep_ in ("ROOT", "ccomp", "dep")
        and word.pos_ in ("NOUN", "ADJ")
        and not any(c.dep_ == "nsubj" for c in word.children)
    ):
        return True  # a verdict standing alone, the parse hanging it on "said" or not
    holder = word.head if word.dep_ in ("acomp", "attr") else word.head.head if word.head.dep_ == "attr" else None
    return holder is not None and any(
        c.dep_ == "nsubj" and c.lower_ in ("this", "that", "it", "these") for c in holder.children
    )


def _not_true(word: Token) -> bool:
    """ "That is not true", "It is simply not true": "true" said of something, with the saying negated (not "not
    true that they met", which ``_not_true_that`` reads)."""
    if word.lemma_.lower() != "true" or word.dep_ != "acomp":
        return False
    if any(c.dep_ == "ccomp" for c in word.head.children):
        return False
    return any(c.dep_ == "neg" for c in word.head.children)


def _had_none(noun: Token) -> bool:
    """ "had no information", "did not have any knowledge": the noun is had, by no one."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() != "have":
        return False
    return any(c.lower_ == "no" for c in noun.children) or any(c.dep_ == "neg" for c in verb.children)


HABIT_AUXILIARIES = frozenset({"do", "does"})
"""The present "do" of a habit: "the ministry does not discuss its officials' movements" (not the past "did")."""


def _will_not_discuss(verb: Token) -> bool:
    """ "would not discuss the visit", "cannot discuss it", "We do not discuss the movements of our officials" (rule
    confirm.will-not-discuss): refusing, or having a habit of refusing, to discuss what was told is no comment on it.
    What the refusal is about is the contact told: no object, a word pointing back, a contact noun or a report, or,
    for a habit, a whole class of things (a plural). Not "did not discuss theology", a part of an account of the
    contact, nor "would not discuss the figures", a topic."""
    if verb.lemma_.lower() != "discuss" or not any(c.dep_ == "neg" for c in verb.children):
        return False
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    habit = bool(auxiliaries & HABIT_AUXILIARIES) and verb.tag_ == "VB"
    if not habit and not auxiliaries & (REFUSING_MODALS | UNABLE_MODALS):
        return False
    asked = [*verb.subtree, *(t for t in verb.sent if t.i < verb.i)]
    if any(t.lower_ in ("what", "how") for t in asked):
        return False  # "what was said I will not discuss", "would not discuss how long it lasted": a topic
    return all(
        o.lower_ in BACK_POINTERS
        or o.lower_ in NOUN_MODES
        or o.lower_ in REPORTS
        or (habit and o.tag_ in ("NNS", "NNPS"))
        for o in verb.children
        if o.dep_ in ("dobj", "ccomp")
    )


def _unanswered(verb: Token) -> bool:
    """Not answering the press: "did not respond to requests for comment", "did not return calls seeking
    comment", "declined to discuss the call"."""
    lemma = verb.lemma_.lower()
    if lemma == "discuss" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("decline", "refuse"):
        return True
    if _will_not_discuss(verb):
        return True
    if lemma not in ANSWERING_VERBS or not any(c.dep_ == "neg" for c in verb.children):
        return False
    return any(t.lower_ in ASKING_NOUNS for t in verb.subtree if t.i != verb.i)


WORDING_RULES = {
    **dict.fromkeys(ADMITTING_VERBS, "confirm.acknowledged"),
    **dict.fromkeys(DISMISSING_VERBS | FALSITY_WORDS | {"true"}, "confirm.dismissed"),
    **dict.fromkeys(FICTION_WORDS, "confirm.called-fiction"),
    **dict.fromkeys(MADE_UP_VERBS, "confirm.called-made-up"),
    "dismissive": "confirm.dismissive",
    **dict.fromkeys(NOT_KNOWING_NOUNS | {"unaware", "know"}, "confirm.not-known"),
    "say": "confirm.nothing-to-say",
    **dict.fromkeys(NOTHING_MORE_VERBS - {"say"}, "confirm.nothing-to-add"),
    "draw": "confirm.not-drawn",
}
"""Rules for the wordings beyond "confirm", "deny" and "comment", fired with the status's own rule."""

SIDES_ONLY = frozenset(
    {"confirm.not-known", "confirm.nothing-to-say", "confirm.said-nothing", "confirm.said-nothing-at-all"}
)
"""Wordings that answer for a contact only from a side: anyone may be "unaware" of talks between others. Having
"nothing to add" (confirm.nothing-to-add) answers one asked about it, as "declined to comment" does."""

CONFIRMATION_RULES = {
    ConfirmationStatus.CONFIRMED: "confirm.confirmed",
    ConfirmationStatus.DENIED: "confirm.denied",
    ConfirmationStatus.NEITHER: "confirm.neither",
    ConfirmationStatus.NO_COMMENT: "confirm.no-comment",
    ConfirmationStatus.UNCONFIRMED: "confirm.unconfirmed",
}


def confirmations(
    doc: Doc, drafts: list[Draft], quotes: list[Quote], table: ActorTable, resolver: SpeakerResolver, article: Article
) -> None:
    if not drafts:
        return
    trigger_draft = {m.trigger.i: d for d in drafts for m in d.mentions}
    retold = _told_by_others(drafts, quotes)
    for token in doc_index(doc).with_lemma(STATEMENT_LEMMAS):
        status = _confirmation_status(token)
        chosen_by: list[str] = []  # the rules that chose the event a statement is about, recorded with it
        if status is None and _called_false_in_quotes(token, quotes):
            # “Pure fabrication,” the ministry said; “That is false,” Hill said (a dismissal, confirm.dismissed)
            status, draft = ConfirmationStatus.DENIED, _last_told(token, drafts)
            if draft is not None and _not_true(token) and not _just_told(draft, token):
                continue  # “It is not true,” said of something else three sentences on
        elif status is None:
            continue
        else:
            speakers = _stated_by(_stating_verb(token), quotes, resolver)
            with collecting(chosen_by):
                draft = _about(token, status, trigger_draft, drafts, retold, (speakers, table))
        if draft is None:
            for rule in chosen_by:
                fired(rule)  # what turned the statement from every contact ("asked of something else") is no event's
            continue
        if _asked(token):
            draft.rules.append("confirm.asked-not-told")  # "Can you confirm that meeting?" confirms nothing
            continue
        by = _stated_by(_stating_verb(token), quotes, resolver)
        sent = token.sent
        evidence = Span.of(article.text, sent.start_char, sent.end_char)
        wording = WORDING_RULES.get(token.lemma_.lower())
        if _not_true(token):
            wording = "confirm.not-true"  # “That is simply not true,” the spokesman said
        if token.lemma_.lower() in QUESTION_TELLING_VERBS and _not_telling_whether(token):
            wording = "confirm.not-told-whether"  # anyone asked may leave it open
        if _will_not_discuss(token):
            wording = "confirm.will-not-discuss"  # "would not discuss the visit"
        if _said_nothing(token):
            if quotes_over(token, quotes):
                continue  # "he said nothing in the plenary," a diplomat said: a silence someone else tells of
            wording = "confirm.said-nothing-at-all" if _stressed_silence(token) else "confirm.said-nothing"
        if any(_named_false(c) for c in [*token.children, *token.head.children]):
            if not _just_told(draft, token):
                continue  # "called it a fabrication" of what was just told, not of a contact told far before
            wording = "confirm.called-it-false"
        for actor_id in by:
            if wording in SIDES_ONLY and not on_a_side(actor_id, draft, table, states=True):
                continue  # a third country "unaware of any meeting" between others says nothing of it
            confirmation = Confirmation(status=status, by=actor_id, evidence=evidence)
            if all((c.status, c.by) != (status, actor_id) for c in draft.confirmations):
                draft.rules.append(CONFIRMATION_RULES[status])
                if wording is not None:
                    draft.rules.append(wording)
                draft.rules.extend(chosen_by)
                draft.confirmations.append(confirmation)
    # a party quoted saying the contact did not happen denies it
    for draft in drafts:
        told_denied = draft.first.status is EventStatus.DENIED
        for m in draft.mentions if told_denied else draft.mentions[1:]:
            if m.status is not EventStatus.DENIED or _unknowing(m) or _a_topic(m.trigger):
                continue
            if _left_undescribed(m.trigger):
                fired("confirm.undescribed-not-denied")
                continue
            for q in quotes_over(m.trigger, quotes):
                if q.speaker_actor and all(
                    c.by != q.speaker_actor or c.status is not ConfirmationStatus.DENIED for c in draft.confirmations
                ):
                    sent = m.trigger.sent
                    draft.rules.append("confirm.quoted-denial")
                    draft.confirmations.append(
                        Confirmation(
                            ConfirmationStatus.DENIED,
                            q.speaker_actor,
                            Span.of(article.text, sent.start_char, sent.end_char),
                        )
                    )
    for draft in drafts:
        _told_by_a_party(draft, quotes, table, article)
        _told_unquoted_by_a_side(draft, quotes, resolver, article)
    _none_held(doc, drafts, quotes, resolver, article)
    _met_none_of_them(doc, drafts, quotes, table, resolver, article, retold)
    _described_by_a_side(doc, drafts, quotes, resolver, article)
    _accounted_by_a_side(doc, drafts, quotes, table, article)
    _said_afterwards(doc, drafts, quotes, table, article)
    _side_quoted_next(doc, drafts, quotes, table, article)
    _said_it_was(doc, drafts, quotes, resolver, article)
    _held_not_planned(doc, drafts, table)
    for draft in drafts:
        _each_of_both_sides(draft, table)


def _held_not_planned(doc: Doc, drafts: list[Draft], table: ActorTable) -> None:
    """ "X and Y met on Monday. They will meet again in May. 'The talks were frank,' Y's spokesman said" (rule
    confirm.held-not-planned): a confirmation that tells of a contact as held, in the past ("the talks were frank",
    "said the meeting had been businesslike"), confirms the contact held, not only a plan of the same parties told
    just before it: it goes to the last contact told as held before it that has all the plan's parties. It stays
    with the plan too when its sentence also tells the plan ("… had been businesslike and that the two would sit
    down again")."""
    for draft in drafts:
        if draft.first.status is not EventStatus.PLANNED:
            continue
        for confirmation in list(draft.confirmations):
            if confirmation.status is not ConfirmationStatus.CONFIRMED:
                continue
            sentence = doc.char_span(confirmation.evidence.start, confirmation.evidence.end, alignment_mode="expand")
            if sentence is None or not _held_in_the_past(sentence, draft, table):
                continue
            held = [
                d
                for d in drafts
                if d is not draft
                and d.participants() >= draft.participants()
                and d.first.status is EventStatus.OCCURRED
                and d.first.trigger.i < sentence.start
            ]
            if not held:
                continue
            auxiliaries = {t.lower_ for t in sentence if t.dep_ == "aux"}
            if not auxiliaries & (FUTURE_AUX | HYPOTHETICAL_AUX | UNABLE_MODALS):  # tells no plan too ("ca" of "can't")
                draft.confirmations.remove(confirmation)
            if all((c.status, c.by) != (confirmation.status, confirmation.by) for c in held[-1].confirmations):
                held[-1].confirmations.append(confirmation)
                held[-1].rules.extend([CONFIRMATION_RULES[confirmation.status], "confirm.held-not-planned"])


def _held_in_the_past(sentence: SpacySpan, draft: Draft, table: ActorTable) -> bool:
    """A sentence that tells, in the past, what a contact was or what its parties did: a contact noun the subject of
    a past verb ("the talks were frank", "the meeting had been businesslike") or a party so ("Morales had pressed
    Elvir hard")."""
    parties = draft.participants()
    for subject in (t for t in sentence if t.dep_ in ("nsubj", "nsubjpass")):
        if not told_in_the_past(subject.head):
            continue
        if subject.lower_ in NOUN_MODES or subject.lemma_.lower() in NOUN_MODES:
            return True
        if (actor := table.actor_at(subject)) is not None and actor.id in parties:
            return True
    return False


MEETING_LEMMAS = frozenset({"meet", "see", "talk", "speak"})
"""Verbs by which a side says whom it did not meet: "did not meet any official from that embassy"."""
NO_ONE = NO_ONE_WORDS | {"anyone", "anybody"}


def _met_none_of_them(
    doc: Doc,
    drafts: list[Draft],
    quotes: list[Quote],
    table: ActorTable,
    resolver: SpeakerResolver,
    article: Article,
    retold: frozenset[int],
) -> None:
    """ "A radio station reported that Berg met officials of the embassy. “She did not meet any official from that
    embassy,” a spokeswoman said.": a side of a contact told before, said not to have met anyone of a kind (a
    negated meeting with "any", "no" or "anyone"), is denied it by whoever says so, or by that side (rule
    confirm.met-none-of-them). The saying itself is no contact (contact.habit.everyone)."""
    for verb in doc_index(doc).with_lemma(MEETING_LEMMAS):
        rule = _whom_none_met(verb)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if rule is None or subject is None:
            continue
        claims = drafts
        if rule == "confirm.met-no-one":  # only a claim is answered so: "met no club owners" after a report
            claims = [d for d in drafts if any(m.trigger.i in retold or _in_a_report(m.trigger) for m in d.mentions)]
        speakers = [q.speaker_actor for q in quotes_over(verb, quotes) if q.speaker_actor]
        if subject.lower_ == "i" and speakers:
            side: str | None = speakers[0]  # “I have met no developer,” Baptiste said
        else:
            side = resolver.resolve(doc[subject.left_edge.i : subject.right_edge.i + 1])
        draft = _last_told(verb, [d for d in claims if side in {p for m in d.mentions for p in m.participants}])
        if side is None or draft is None or draft.first.status is EventStatus.DENIED:
            continue
        sent = verb.sent
        for by in speakers or [side]:
            if not on_a_side(by, draft, table, states=True) or any(c.by == by for c in draft.confirmations):
                continue
            fired(rule)
            draft.rules.append(rule)
            evidence = Span.of(article.text, sent.start_char, sent.end_char)
            draft.confirmations.append(Confirmation(ConfirmationStatus.DENIED, by, evidence))


def _whom_none_met(verb: Token) -> str | None:
    """The rule by which a meeting verb says its subject met no one of a kind: "did not meet any official"
    (confirm.met-none-of-them), "met no club owners" (confirm.met-no-one); None if it does not."""
    met = [c for c in verb.children if c.dep_ == "dobj"]
    met += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "to") for g in c.children]
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
        return "confirm.met-none-of-them" if any(_anyone(t) for t in met) else None
    if verb.lemma_.lower() == "see":
        return None  # "I see no reason to doubt it"
    return "confirm.met-no-one" if any(_no_one(t) for t in met) else None


def _anyone(met: Token) -> bool:
    """ "anyone", "any official", "no member of the council"; not "any other rebel", "anyone else": those leave
    out the one met."""
    return _none_of_a_kind(met, NO_ONE, ("any", "no"))


def _no_one(met: Token) -> bool:
    """ "met no club owners", "spoke to nobody": whom a side met is no one of a kind, the verb itself unnegated;
    not "no other official", "nobody else", which leave out the one met."""
    return _none_of_a_kind(met, NO_ONE_WORDS, ("no",))


def _none_of_a_kind(met: Token, pronouns: frozenset[str], determiners: tuple[str, ...]) -> bool:
    """``met`` is one of ``pronouns`` or a noun under one of ``determiners``, and nothing ("other", "else") leaves
    out the one met."""
    if any(c.lower_ == "other" for c in met.children) or else_after(met):
        return False
    return met.lower_ in pronouns or any(c.dep_ == "det" and c.lower_ in determiners for c in met.children)


def _left_undescribed(trigger: Token) -> bool:
    """ "declined to characterize the talks": a contact its side would not describe, which it does not deny (rule
    confirm.undescribed-not-denied)."""
    return trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in CHARACTERIZING_VERBS


def _unknowing(m: Mention) -> bool:
    """ "I am not aware of such a meeting" says one does not know of it, which is no denial."""
    node = m.trigger
    for _ in range(3):
        node = node.head
        if node.lemma_.lower() in ("aware", "know", "sure", "confirm", "recall"):
            return True
    return False


def _about(
    token: Token,
    status: ConfirmationStatus,
    trigger_draft: dict[int, Draft],
    drafts: list[Draft],
    retold: frozenset[int],
    answering: tuple[list[str], ActorTable],
) -> Draft | None:
    """The event a confirmation statement is about: one it names or refers back to ("the report", "this").

    "Declined to comment" and a bare "would neither confirm nor deny" answer the contact their words or their
    speakers (``answering``: who states it, and the table of actors) point to, else the story told last;
    "confirmed two arrests" is about something else and attaches to nothing.
    """
    verb = _stating_verb(token)
    about_else = False
    for t in verb.subtree:
        if t.i in trigger_draft:
            if not _what_it_did(t, verb, token):
                return trigger_draft[t.i]
            about_else = True  # "confirmed it, adding that the two had discussed policing": only "it" refers
            break
    if _asked_of_something_else(verb, trigger_draft):
        fired("confirm.asked-of-else")
        return None  # "Asked whether Sharif had invited Modi, a spokesman would neither confirm nor deny it"
    words = [c for c in verb.children if c.dep_ == "dobj"] if about_else else list(verb.subtree)
    referring = [t for t in words if t.i != token.i and _refers(t)]
    if verb.dep_ == "relcl" and not about_else and verb.head.lemma_.lower() in REPORTS:
        if _claim_of_no_contact(verb):
            fired("confirm.claim-of-its-sentence")
            return None
        referring.append(verb.head)  # "…, a claim her office denied": the report the relative clause is about
    if about_else and not referring:
        return None
    if referring or _whether_a_contact(verb):
        claimed = retold if any(t.lower_ in CLAIM_NOUNS for t in referring) else frozenset()
        reported = any(t.lower_ in REPORTS for t in referring)
        return _last_told(token, _of_the_mode(token, referring, drafts), reported=reported, retold=claimed)
    if status is ConfirmationStatus.NO_COMMENT:
        # declining to comment, on whatever aspect, is on the story: the speaker's own, or the one named
        return _commented_on(token, verb, drafts, answering)
    bare = not any(c.dep_ in ("dobj", "ccomp", "prep") for c in token.children)
    if bare and status in (ConfirmationStatus.NEITHER, ConfirmationStatus.UNCONFIRMED):
        started = _started_before(token, drafts)  # a question just put: the story first told last
        return started[-1] if started else None
    return None


def _claim_of_no_contact(relative: Token) -> bool:
    """ "X has accused Iran of supplying arms — allegations Iran has denied": the claim a relative clause denies is the
    one its own sentence makes with an accusing verb, and when that names no contact, no contact told before is
    denied (rule confirm.claim-of-its-sentence). "accused X of meeting Y — allegations X denied" still denies a
    meeting."""
    claim = [t for t in relative.sent if t.i not in {r.i for r in relative.subtree}]
    if not any(t.pos_ == "VERB" and t.lemma_.lower() in ACCUSING_VERBS for t in claim):
        return False
    return not any(t.lemma_.lower() in CONTACT_VERBS or t.lemma_.lower() in NOUN_MODES for t in claim)


def _started_before(token: Token, drafts: list[Draft]) -> list[Draft]:
    """The contacts first told before ``token``, in the order they were first told."""
    return [d for d in drafts if min(m.trigger.i for m in d.mentions) < token.i]


def _asked_of_something_else(verb: Token, trigger_draft: dict[int, Draft]) -> bool:
    """The statement answers a question put in its own sentence ("Asked whether Sharif had invited Modi, …") that
    tells no contact found: what is confirmed or not is that, not the contact told before (rule
    confirm.asked-of-else)."""
    clause = verb
    while clause.dep_ in ("ccomp", "xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head  # "… a spokesman said he could neither confirm nor deny it": the saying's clause
    asked = [c for c in clause.children if c.dep_ == "advcl" and c.lemma_.lower() == "ask"]
    # a whether-question, not "Asked about the report", "asked about it", which refer to the contact told
    whats = [
        g
        for a in asked
        for g in a.children
        if g.dep_ in ("ccomp", "advcl") and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in g.children)
    ]
    told = [t for w in whats for t in w.subtree]
    return bool(told) and not any(t.i in trigger_draft or _refers(t) for t in told)


def _of_the_mode(token: Token, referring: list[Token], drafts: list[Draft]) -> list[Draft]:
    """The contacts a statement may refer back to: when it names a call ("the call") only calls, when it names a
    visit ("the visit", "the trip") no call ("declined to comment on the timing of the visit" after the phone call
    that agreed it: the visit, rule confirm.refers-by-mode), if one such was told before it; else all. Other nouns
    ("the meeting", "the conversation") may name a contact of any mode."""
    modes = {NOUN_MODES[t.lower_] for t in referring if t.lower_ in NOUN_MODES}
    if modes == {"phone"}:
        named = [d for d in drafts if any(m.mode == "phone" for m in d.mentions)]
    elif modes == {"visit"}:
        named = [d for d in drafts if any(m.mode != "phone" for m in d.mentions)]
    else:
        return drafts
    with collecting([]):  # weighing the candidates decides nothing: the rule below says what chose
        told, last = _last_told(token, named), _last_told(token, drafts)
    if told is None or told is last:
        return drafts
    fired("confirm.refers-by-mode")
    return named


def _commented_on(
    token: Token, verb: Token, drafts: list[Draft], answering: tuple[list[str], ActorTable]
) -> Draft | None:
    """The contact a "declined to comment" answers: the last of those begun before it that its clues leave, each
    clue that fits some narrowing what the one before left: a speaker is a side of it, or named as speaking for one
    ("Ruiz's office did not respond to requests for comment" after contacts of others, rule
    confirm.comment-by-a-side); its words name a party of it ("… on the call with Mr Callender", rule
    confirm.comment-names-party); a speaking government body is of a side's state ("the Chilean foreign ministry
    declined to comment", rule confirm.comment-by-a-state). With no clue, the story told last. Those left are
    weighed by when they were last told before it, not first: "He denied a report that Berhanu had met Dirie in
    Nairobi. The Somali embassy said it had no comment" answers that meeting, though talks begun after it was first
    told were told since (rule confirm.comment-told-last)."""
    speakers, table = answering
    begun = _started_before(token, drafts)
    started = sorted(begun, key=lambda d: max(m.trigger.i for m in d.mentions if m.trigger.i < token.i))
    named = _parties_named(verb, table) - set(speakers)
    modes = _modes_named(verb)
    states = {a.country for s in speakers if (a := table.get(s)) is not None and a.country and _voice_of_a_state(a)}
    for rule, answered in (
        ("confirm.comment-by-a-side", lambda d: any(on_a_side(s, d, table) for s in speakers)),
        ("confirm.comment-names-party", lambda d: bool(named & d.participants())),
        ("confirm.comment-names-mode", lambda d: _of_a_named_mode(d, modes)),
        ("confirm.comment-by-a-state", lambda d: bool(states & _states_of(d, table))),
    ):
        with collecting([]):  # weighing the candidates decides nothing: the rule below says what chose
            chosen = [d for d in started if answered(d)]
        if chosen:
            if chosen[-1] is not started[-1]:
                fired(rule)
            started = chosen  # the next clue chooses among these
    if started and started[-1] is not max(started, key=begun.index):
        fired("confirm.comment-told-last")
    return started[-1] if started else None


def _modes_named(verb: Token) -> set[str]:
    """The modes of contact a statement's words name outside its subject: "phone" in "Mills, a spokesman for
    Castellano, declined to discuss the call"."""
    subjects = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return {NOUN_MODES[t.lower_] for t in verb.subtree if t.i not in subjects and t.lower_ in NOUN_MODES}


def _of_a_named_mode(draft: Draft, modes: set[str]) -> bool:
    """Whether a contact can be what a statement names, as ``_of_the_mode`` reads it: a call when it names only a
    call, no call when it names only a visit (rule confirm.comment-names-mode); no contact when it names none or
    others, which leave every one."""
    if modes == {"phone"}:
        return any(m.mode == "phone" for m in draft.mentions)
    if modes == {"visit"}:
        return any(m.mode != "phone" for m in draft.mentions)
    return False


def _states_of(draft: Draft, table: ActorTable) -> set[str]:
    """The states the sides of a contact are of."""
    return {a.country for p in draft.participants() if (a := table.get(p)) is not None and a.country}


def _parties_named(verb: Token, table: ActorTable) -> set[str]:
    """The actors a statement's words name, outside its subject: "Mr Callender" in "Ramdeen's office did not
    respond to a request for comment on the call with Mr Callender"."""
    subjects = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return {a.id for t in verb.subtree if t.i not in subjects and (a := table.actor_at(t)) is not None}


def _stating_verb(token: Token) -> Token:
    """The verb whose subject makes the statement a word belongs to: "declined to comment", "was not aware",
    "had no information", "had nothing to say", "called the report pure invention", "called the report 'invented'"."""
    if token.lemma_.lower() in MADE_UP_VERBS and token.dep_ in ("acl", "advcl"):
        return token.head.head if token.dep_ == "acl" else token.head  # the participle is the verdict, not the verb
    node = token.head if token.lemma_.lower() in ("comment", "aware", "unaware") else token
    for _ in range(3):
        verb = node.pos_ in ("VERB", "AUX") and not _nothing_to_tell(node)
        if verb or node.head.i == node.i:
            return node
        node = node.head
    return node


def _refers(token: Token) -> bool:
    """A word by which a statement refers back to a contact or its report, as a noun phrase: "denied the report",
    "would not confirm it", not the "that" of a clause ("confirmed that the budget would rise") nor "this" of
    "this week"."""
    if _named_false(token):
        return True  # "called it 'a fabrication'": what was just told
    if token.dep_ in ("mark", "det", "complm", "npadvmod") or _a_topic(token):
        return False
    if token.lower_ in ("it", "this", "that", "them", "these", "those", "which"):
        # "denied it", "it was confirmed", "cannot confirm them", "…, which her office denied"; not "denied that it
        # was persecuting students"
        return token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in STATEMENT_LEMMAS
    if token.lower_ in REPORTS and _of_something(token):
        return False  # "dismissed reports of a secret oil deal": a report of something else (a contact in it is
        # found before the words that refer back)
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
    if indefinite and not any(c.lower_ == "such" for c in token.children):  # "such a meeting" refers back
        return False  # "confirmed that a joint session would take place": another contact
    if token.lower_ in NOUN_MODES and any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in token.children):
        return False  # "denied that the movement had held talks with Israeli mediators": a contact of its own
    # "said the allegation was false": an allegation refers back to the contact alleged
    return token.lower_ in REFERRING_WORDS or token.lower_ in NOUN_MODES or token.lower_ in ALLEGATION_NOUNS


def _whether_a_contact(verb: Token) -> bool:
    """ "declined to say whether the two had met": a question of whether a contact happened (not "whether quotas
    were discussed")."""
    for t in verb.subtree:
        if t.lower_ == "whether":
            clause = t.head
            words = {w.lemma_.lower() for w in clause.subtree} | {w.lower_ for w in clause.subtree}
            return bool(words & (MEET_VERBS | PHONE_VERBS | TRAVEL_VERBS | set(NOUN_MODES)) - {"discuss"})
    return False


def _of_something(report: Token) -> bool:
    """A report that says what it is of: "reports of a secret oil deal", "claims that Chile had agreed to …"; not
    "the report 'invented'", a verdict on it."""
    return any(
        (c.dep_ == "prep" and c.lower_ in ("of", "about", "on"))
        or (c.dep_ in ("acl", "ccomp", "relcl") and c.lemma_.lower() not in MADE_UP_VERBS)
        for c in report.children
    )


def _last_told(
    token: Token, drafts: list[Draft], *, reported: bool = False, retold: frozenset[int] = frozenset()
) -> Draft | None:
    """The event told last before a statement that refers back to one: the first of those told in the last
    sentence before it that tells one ("The paper said X met Y and that their aides would meet again. Z denied
    the report": X and Y's meeting). A statement about a report ("denied the report") refers to an event told as
    reported, when one was; a claim (``retold``: told in the words of someone not at it) told in the last sentence
    that tells a contact is the one a statement about a claim answers ("Senator Soto told the Senate that Mena had
    phoned Ruiz. The palace rejected the claim", though a paper's report of another contact came before)."""
    told = [(m.trigger.sent.start, m.trigger.i, d) for d in drafts for m in d.mentions if m.trigger.i < token.i]
    latest = max((start for start, _, _ in told), default=None)
    if reported and (claims := [x for x in told if x[0] == latest and x[1] in retold]):
        fired("confirm.claim-of-others")
        told = claims
    elif reported and (in_reports := [x for x in told if _in_a_report(token.doc[x[1]])]):
        told = in_reports
    if not told:
        return None
    last = max(start for start, _, _ in told)
    return min(((i, n, d) for n, (start, i, d) in enumerate(told) if start == last), key=lambda x: x[:2])[2]


def _told_by_others(drafts: list[Draft], quotes: list[Quote]) -> frozenset[int]:
    """The triggers of mentions told in the words of speakers none of whom is at the contact: "Senator Soto told
    the Senate that Mena had phoned Ruiz" tells a claim, as a report does."""
    out = set()
    for draft in drafts:
        parties = draft.participants()
        for m in draft.mentions:
            speakers = [q.speaker_actor for q in quotes_over(m.trigger, quotes) if q.speaker_actor]
            if speakers and not parties.intersection(speakers):
                out.add(m.trigger.i)
    return frozenset(out)


def left_open(trigger: Token) -> bool:
    """ "would neither confirm nor deny that the two men had met", "declined to confirm that …": a contact told
    inside a statement that does not confirm it (one of the words above it gives another status); not "said
    nothing about the meeting", which names one told before."""
    node = trigger
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        status = _confirmation_status(node) if node.lemma_.lower() in ("confirm", "deny", "say") else None
        if status is not None and status is not ConfirmationStatus.CONFIRMED and not _said_nothing(node):
            return True
    return False


def _in_a_report(trigger: Token) -> bool:
    """ "the daily X reported that A met B", "a report … that A had met B", "according to a report": a contact
    told as what a report says."""
    node = trigger
    for _ in range(5):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in ("report", "accord", "claim", "allege") or node.lower_ in REPORTS:
            return True
    return False


def _a_topic(trigger: Token) -> bool:
    """ "denied that they had discussed a prisoner exchange": the topic is denied, not the contact (whichever of the
    two words was read as one)."""
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() == "discuss":
        return True
    return trigger.lemma_.lower() == "discuss" and any(c.dep_ == "dobj" for c in trigger.children)


def _what_it_did(trigger: Token, verb: Token, word: Token) -> bool:
    """ "denied that the meeting had discussed disarmament", "acknowledged that he had paid for the breakfast": the
    statement is about what the contact (or someone at it) did, not whether it happened; the contact noun is the
    subject, or in a phrase, of another verb in what is stated."""
    if _a_topic(trigger) or (trigger.dep_ == "nsubj" and trigger.head.i == verb.i):
        return True  # "the meeting confirmed a thaw": the contact is what confirms
    node = trigger
    while node.i != verb.i and node.head.i != node.i:
        doer = node.head if node.dep_ in ("nsubj", "nsubjpass") else node.head.head
        stated = doer.i != verb.i and doer.dep_ in ("ccomp", "xcomp", "conj")  # not "Asked about the meeting, …"
        other = doer.pos_ in ("VERB", "AUX") and doer.lemma_.lower() not in OCCURRING_VERBS
        # "declined to comment on reports that X met Y": the reports are what the statement word is about
        other = other and doer.i != word.i
        if node.dep_ in ("nsubj", "nsubjpass", "pobj") and stated and other:
            return True
        node = node.head
    return False


def _stated_by(verb: Token, quotes: list[Quote], resolver: SpeakerResolver) -> list[str]:
    out: list[str] = []
    node = verb
    while node.dep_ in ("conj", "xcomp") and not any(c.dep_ == "nsubj" for c in node.children):
        node = node.head
    if node.dep_ == "acl" and node.head.dep_ == "dobj" and node.head.head.pos_ == "VERB" and node.tag_ == "VBG":
        fired("confirm.statement-saying")  # "issued a statement calling the claim a fabrication": its issuer
        node = node.head.head
    agents = [g for c in node.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    # "the meeting was confirmed by the president's adviser": the agent states it, not the meeting
    stating = agents or [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
    stating += [c for g in stating for c in g.children if c.dep_ == "conj"]  # "China and India both denied it"
    quoted = [q.speaker_actor for q in quotes_over(verb, quotes) if q.speaker_actor]
    for subject in stating:
        if subject.lower_ in ("we", "i") or (subject.lower_ in PERSON_PRONOUNS and quoted):
            continue  # "the spokeswoman said she would neither confirm nor deny it": the speaker, below
        if subject.lower_ == "it" and any(c.dep_ == "ccomp" for c in node.children):
            continue  # "it was not true that …": no one; the speaker, below
        if subject.lower_ in REPORTS:
            fired("confirm.report-is-no-voice")
            continue  # "the report was false": what is judged, not its author; the speaker, below
        # "A spokeswoman, Sadia Karim, declined to comment": the name apposed to the description
        resolved = _named_after(subject, resolver) or resolver.resolve(
            verb.doc[subject.left_edge.i : apposition_end(subject) + 1], speaking=True
        )
        if resolved and resolved not in out:
            out.append(resolved)
    for q in quotes_over(verb, quotes):
        if q.speaker_actor and q.speaker_actor not in out:
            out.append(q.speaker_actor)
    return out


def _named_after(described: Token, resolver: SpeakerResolver) -> str | None:
    """ "was confirmed by a spokeswoman for the foreign ministry, Le Thi Hoa.": the person named after the last
    comma of a description, whether the parse hangs the name on the verb or on the description's last noun, when
    the name ends the clause; or "A spokeswoman for Diallo, Ruth Obi, denied the report": the person named between
    the description's last two commas, which the parse often hangs on the noun before (Diallo), not on the
    description (rule confirm.voice-named-between-commas)."""
    doc = described.doc
    if described.pos_ != "NOUN":
        return None
    end = described.right_edge.i
    commas = [t.i for t in described.subtree if t.text == "," and t.i > described.i]
    between = _person_between(doc, commas[-2], end, resolver) if len(commas) >= 2 and commas[-1] == end else None
    # not "A spokesman for the Minister of Justice, Joost Rijs, …", whose title is the minister's, not the description's
    if between is not None and (
        not between.titles or any(described.lower_ in t.lower().split() for t in between.titles)
    ):
        fired("confirm.voice-named-between-commas")
        if not between.titles:
            # "A lawyer for the family of Ruth Obi, Tom Hale,": Hale speaks as the lawyer, so his denial may be a side's
            words = [t for t in doc[described.left_edge.i : described.i + 1] if t.pos_ != "DET"]
            between.titles.append(" ".join(t.text for t in words))
        return between.id
    start = commas[-1] + 1 if commas else end + 2
    if start >= len(doc) or doc[start - 1].text != ",":
        return None
    actor = resolver.table.actor_at(doc[start])
    if actor is None or actor.kind is not ActorKind.PERSON:
        return None
    after = next((t for t in doc[start:] if resolver.table.actor_at(t) is not actor), None)
    return actor.id if after is None or after.is_punct else None


def _person_between(doc: Doc, opening: int, closing: int, resolver: SpeakerResolver) -> Actor | None:
    """The person named by all the words between two commas ("…, Major Ruth Obi, …"), titles before the name
    aside; None if any other word stands there."""
    words = doc[opening + 1 : closing]
    people = {a.id for t in words if (a := resolver.table.actor_at(t)) is not None}
    if len(people) != 1 or not len(words) or resolver.table.actor_at(words[-1]) is None:
        return None
    actor = resolver.table.get(next(iter(people)))
    if actor is None or actor.kind is not ActorKind.PERSON:
        return None
    return actor if all(resolver.table.actor_at(t) is not None or t.is_title for t in words) else None


TOLD_AS_FACT = (EventStatus.OCCURRED, EventStatus.ONGOING, EventStatus.PLANNED)


def _told_by_a_party(draft: Draft, quotes: list[Quote], table: ActorTable, article: Article) -> None:
    """A side that tells of its own contact as fact confirms it (rule confirm.party-account): "I met him on
    Tuesday," Ruiz said; "Ruiz spoke with Costa on Friday, Ruiz's office said"; "The Chinese embassy said the talks
    had taken place". Reporters who are not sides, and a side that also denied or hedged on it, confirm nothing
    here."""
    for m in draft.mentions:
        if not m.asserted or m.status not in TOLD_AS_FACT or _in_a_report(m.trigger):
            continue  # "called false a report that he met X" tells of the report
        kinds = [a.kind for p in m.participants if (a := table.get(p)) is not None]
        if ActorKind.GROUP in kinds and len(kinds) - kinds.count(ActorKind.GROUP) < 2:
            continue  # "I meet lots of businesses", "welcomed any dialogue between the two": no one in particular
        for q in quotes_over(m.trigger, quotes):
            if q.speaker_actor is not None:
                _confirmed_by_a_side(draft, q.speaker_actor, table, m.trigger.sent, article, "confirm.party-account")


def _told_unquoted_by_a_side(draft: Draft, quotes: list[Quote], resolver: SpeakerResolver, article: Article) -> None:
    """ "The minister, Karl Olsen, told the station he had spoken by telephone with Per Holm", "He did volunteer that
    he had met Aino Virta" (rule confirm.side-tells): a side telling of its own contact as fact in words no quote was
    found for (the parse hung the clause on the listener, or the verb is no reporting verb) confirms it, as in
    confirm.party-account."""
    for m in draft.mentions:
        if not m.asserted or m.status not in TOLD_AS_FACT or _in_a_report(m.trigger):
            continue
        if any(q.speaker_actor for q in quotes_over(m.trigger, quotes)):
            continue  # told in a quote: its speaker, by confirm.party-account
        teller = unquoted_teller(m.trigger, resolver)
        if teller is not None and teller in draft.participants():
            _confirmed_by_a_side(draft, teller, resolver.table, m.trigger.sent, article, "confirm.side-tells")


def _none_held(doc: Doc, drafts: list[Draft], quotes: list[Quote], resolver: SpeakerResolver, article: Article) -> None:
    """ "A weekly said X met Y on Friday. 'There was no meeting in Lusaka,' Y's spokesman said" (rule
    confirm.no-contact-held): a contact noun of no one, with "no", said to have happened or to have been ("no
    meeting took place", "there was no meeting"), denies the contact told just before it, for whoever says so.
    Not one with sides of its own ("no meeting with X") or held elsewhere ("no meeting took place in Jeddah"),
    which tells of another, nor one since or on a calendar, nor a condition ("if there was no meeting")."""
    told = {m.trigger.i for d in drafts for m in d.mentions}
    for noun in (t for t in doc if t.lower_ in NOUN_MODES and t.i not in told):
        if not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or not _said_to_occur(noun):
            continue
        if degree_denied(noun):
            fired("status.degree-negated")
            continue  # "there were no detailed discussions": discussions there were
        if any(_not_this_one(c) for c in [*noun.children, *noun.head.children]):
            continue
        draft = _last_told(noun, drafts)
        if draft is None or draft.first.status not in (EventStatus.OCCURRED, EventStatus.ONGOING):
            continue
        if not _held_where_told(noun, draft):
            continue
        verb = noun.head
        if verb.dep_ == "ccomp":
            by = _stated_by(verb.head, quotes, resolver)  # "Banda said no meeting had taken place"
        else:
            by = [q.speaker_actor for q in quotes_over(noun, quotes) if q.speaker_actor]
        sent = noun.sent
        for actor_id in by:
            if all((c.status, c.by) != (ConfirmationStatus.DENIED, actor_id) for c in draft.confirmations):
                draft.rules.append("confirm.no-contact-held")
                draft.confirmations.append(
                    Confirmation(
                        ConfirmationStatus.DENIED, actor_id, Span.of(article.text, sent.start_char, sent.end_char)
                    )
                )


NOT_THIS_ONE = frozenset({"with", "between", "since", "if", "unless", "whether"})
"""Words by which "no meeting" is not the one just told: one with sides of its own ("no meeting with X"), one
after it ("no call since"), a condition ("if there was no meeting")."""


def _not_this_one(word: Token) -> bool:
    """A word by which "no meeting" is another than the one just told: in ``NOT_THIS_ONE``, or a plan ("no meeting
    on the calendar", not "on Friday")."""
    if word.lower_ == "on":
        return not any(g.ent_type_ in ("DATE", "TIME") for g in word.children)
    return word.lower_ in NOT_THIS_ONE


def _held_where_told(noun: Token, draft: Draft) -> bool:
    """Whether a place "no meeting" names, if any, is where the contact was told held: "no meeting took place in
    Muscat" denies no meeting told in Geneva, nor one told with no place."""
    places = [place_name(m.place) for m in draft.mentions if m.place is not None]
    preps = [c for c in [*noun.children, *noun.head.children] if c.dep_ == "prep" and c.lower_ in ("in", "at")]
    for prep in preps:
        if _or_anywhere_else(prep):
            fired("confirm.anywhere-else")  # "no meeting took place, in Lusaka or anywhere else": nowhere at all
            continue
        named = [g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC")]
        if named and not any(place_name(g) in places for g in named):
            return False
    return True


ANYWHERE_ELSE = frozenset({"else", "elsewhere"})
"""Words after "or" by which a place a denial names stands for every place: "in Lusaka or anywhere else"."""


def _or_anywhere_else(prep: Token) -> bool:
    """ "in Lusaka or anywhere else", "in Lusaka or elsewhere": a place named only on the way to denying every place,
    so no other place than the one told."""
    return any(t.lower_ in ANYWHERE_ELSE and t.dep_ in ("conj", "advmod") for t in prep.subtree)


def _said_to_occur(noun: Token) -> bool:
    """ "no meeting took place", "no meeting was held", "there was no meeting": a contact said to have happened."""
    verb = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in OCCURRING_VERBS - {"be"}:
        return True
    return verb.lemma_ == "be" and noun.dep_ in ("attr", "nsubj") and any(c.dep_ == "expl" for c in verb.children)


DECLINING = frozenset({"decline", "refuse"})


def _described_by_a_side(
    doc: Doc, drafts: list[Draft], quotes: list[Quote], resolver: SpeakerResolver, article: Article
) -> None:
    """ "Sundby spoke with Diallo on Monday. Diallo's spokesman called it 'constructive'" (rule
    confirm.side-describes): a side (or one speaking for it) that gives the contact just told a character, by a
    pronoun that refers back to it, tells of it as held: it confirms it. A character of falsity ("called it a
    fabrication") is no confirmation, nor one declined ("declined to describe it as tense")."""
    table = resolver.table
    for verb in doc_index(doc).with_lemma(CHARACTERIZING_VERBS):
        it = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if it is None or not characterized(it) or verb.head.lemma_.lower() in DECLINING:
            continue
        if _negated_above(verb) or any(c.dep_ == "neg" for c in verb.children):
            continue
        if any(t.lemma_.lower() in FALSE_TELLINGS for t in verb.subtree):
            continue
        draft = _last_told(verb, drafts)
        if draft is None or draft.first.status not in TOLD_AS_FACT:
            continue
        rule = _description_rule(it, verb, draft)
        if rule is None:
            continue
        for actor_id in _stated_by(verb, quotes, resolver):
            _confirmed_by_a_side(draft, actor_id, table, verb.sent, article, rule)


def _said_it_was(
    doc: Doc, drafts: list[Draft], quotes: list[Quote], resolver: SpeakerResolver, article: Article
) -> None:
    """ "Zhakupov flew to Moscow for talks with Sitnikov. Zhakupov's office said the meeting was “constructive”"
    (rule confirm.side-says-it-was): a side, or one speaking for it, saying that the contact just told, named by its
    noun with a word that refers back ("the meeting", "their talks"), was of some character tells of it as held:
    it confirms it, however the noun itself was read. Not a negated or false character ("the meeting was not
    useful", "the report of a meeting was false"), nor one that tells no contact held ("the talks were unlikely")."""
    for be in doc_index(doc).with_lemma(frozenset({"be"})):
        noun = next((c for c in be.children if c.dep_ == "nsubj"), None)
        character = next((c for c in be.children if c.dep_ in ("acomp", "attr")), None)
        if noun is None or character is None or be.dep_ != "ccomp" or noun.lower_ not in NOUN_MODES:
            continue
        determiners = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss")}
        if not determiners & (REFERRING_DETERMINERS | SIDES_POSSESSIVE):
            continue
        if character.lower_ in WHETHER_WORDS or any(c.dep_ == "neg" for c in be.children):
            continue
        if any(t.lemma_.lower() in FALSE_TELLINGS for t in be.subtree):
            continue
        draft = _last_told(noun, drafts)  # told before the noun: its own mention may have gone to another event
        if draft is None or draft.first.status not in (EventStatus.OCCURRED, EventStatus.ONGOING):
            continue
        if not _just_told(draft, be):
            continue
        for actor_id in _stated_by(be.head, quotes, resolver):
            _confirmed_by_a_side(draft, actor_id, resolver.table, be.sent, article, "confirm.side-says-it-was")


RELATIVE_WORDS = frozenset({"which", "what"})
"""The object by which a description in the contact's own sentence refers to it: "talks with X, which a ministry
official described as warm", "met Y for what the ministry described as an exchange of views"."""
REFERRING_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def _description_rule(it: Token, verb: Token, draft: Draft) -> str | None:
    """The rule by which the object of a description refers to the contact just told, if it does: a pronoun
    ("called it constructive", confirm.side-describes), a relative word in the contact's own sentence ("…, which
    the ministry described as warm", confirm.side-describes-relative), or the contact's noun with a determiner
    that refers back ("described the talks as substantive", confirm.side-describes-noun); not "a meeting", another
    one."""
    if it.lower_ in TOLD_PRONOUNS:
        return "confirm.side-describes"
    if it.lower_ in RELATIVE_WORDS:
        told_here = any(m.trigger.sent.start == verb.sent.start and m.trigger.i < verb.i for m in draft.mentions)
        return "confirm.side-describes-relative" if told_here else None
    determiners = {c.lower_ for c in it.children if c.dep_ in ("det", "poss")}
    if it.lower_ in NOUN_MODES and determiners & REFERRING_DETERMINERS and _just_told(draft, verb):
        return "confirm.side-describes-noun"
    return None


def _accounted_by_a_side(
    doc: Doc, drafts: list[Draft], quotes: list[Quote], table: ActorTable, article: Article
) -> None:
    """ "Saleh received the Iranian ambassador on Sunday. Saleh's ministry said the two men went over trade ties"
    (rule confirm.side-account): a side, or one speaking for it, telling right after a contact what was done in
    it (in the past, of its parties, "the two men" or "the talks") tells of it as held: it confirms it."""
    for q in quotes:
        actor = q.speaker_actor
        words = doc.char_span(q.content.start, q.content.end, alignment_mode="expand")
        if actor is None or words is None or not len(words):
            continue
        verb = words.root
        if not told_in_the_past(verb) or any(c.dep_ == "neg" for c in verb.children):
            continue
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children):
            continue  # "would not say whether the two had discussed the pipeline": a question, not an account
        draft = _last_told(verb, drafts)
        if draft is None or draft.first.status not in TOLD_AS_FACT or not _just_told(draft, verb):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        if _of_the_contact(subject, draft, table):
            _confirmed_by_a_side(draft, actor, table, verb.sent, article, "confirm.side-account")
        elif _their_contact(subject):
            _confirmed_by_a_side(draft, actor, table, verb.sent, article, "confirm.their-contact")
        elif _we_of_a_party(subject, actor, draft):
            _confirmed_by_a_side(draft, actor, table, verb.sent, article, "confirm.party-we")


def _said_afterwards(doc: Doc, drafts: list[Draft], quotes: list[Quote], table: ActorTable, article: Article) -> None:
    """ "Moen met Vasquez on Friday. Vasquez said afterwards that the border would reopen", "… told reporters after
    the dinner" (rule confirm.said-afterwards): a side speaking after the contact just told, and saying so, tells
    of it as held: it confirms it. The contact is the last held one the speaker was a side of, not a plan told
    since ("X held talks with Morimoto on Wednesday. Zhao is due to join Morimoto for a three-way meeting on
    Thursday. Morimoto told reporters after the dinner …": the talks, rule confirm.said-after-the-held-one)."""
    for q in quotes:
        cue = doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand") if q.cue is not None else None
        if q.speaker_actor is None or cue is None or not len(cue):
            continue
        verb = cue.root
        if not _after_the_contact(verb, q):
            continue
        draft = _held_one_spoken_after(verb, q.speaker_actor, drafts, table)
        if draft is None:
            continue
        if any(c.status is ConfirmationStatus.DENIED for c in draft.confirmations):
            continue  # speaking after a contact others deny says too little to set against the denial
        if _just_told(draft, verb):
            _confirmed_by_a_side(draft, q.speaker_actor, table, verb.sent, article, "confirm.said-afterwards")
        elif _after_the_one_told(verb, q):
            _confirmed_by_a_side(draft, q.speaker_actor, table, verb.sent, article, "confirm.said-after-it-far-on")


AFTERWARDS = frozenset({"afterwards", "afterward"})


def _side_quoted_next(doc: Doc, drafts: list[Draft], quotes: list[Quote], table: ActorTable, article: Article) -> None:
    """ "Adhikari held talks with Menon in Delhi on Monday. “The atmosphere was excellent,” Adhikari told reporters."
    (rule confirm.side-quoted-next): a side quoted in its own words in the sentence right after the one that tells its
    contact as held, in the same paragraph, speaks of it: it confirms it. Not when its words tell a contact of their
    own, nor of a contact told as a report's or denied."""
    sents = doc_sents(doc)
    text = doc_text(doc)
    for q in quotes:
        if q.speaker_actor is None or q.kind is not QuoteKind.DIRECT:
            continue
        opening = doc.char_span(q.content.start, q.content.start + 1, alignment_mode="expand")
        if opening is None or not len(opening):
            continue
        here = sentence_index(sents, opening.start)
        if here == 0:
            continue
        before, said = sents[here - 1], sents[here]
        end = max((t.idx + len(t) for t in before if not t.is_space), default=before.end_char)
        if "\n" in text[end : said.start_char]:
            continue  # a paragraph apart (the break is a space token of the sentence before)
        if any(said.start <= m.trigger.i < said.end for d in drafts for m in d.mentions):
            continue  # its words tell a contact: they are of that one
        if _one_of_a_sides(q, doc, table):
            continue  # "said Berg's rival, Per Dahl": not Berg
        words = doc.char_span(q.content.start, q.content.end, alignment_mode="expand")
        if words is None:
            continue
        for draft in drafts:
            told = [m for m in draft.mentions if before.start <= m.trigger.i < before.end]
            if not told or draft.first.status not in (EventStatus.OCCURRED, EventStatus.ONGOING):
                continue
            if any(c.status is ConfirmationStatus.DENIED for c in draft.confirmations):
                continue
            if not _words_of_the_contact(words, draft, q.speaker_actor, table):
                continue  # “I hate the rain,” Berg said: of something else
            if all(m.asserted and m.status is draft.first.status and not _in_a_report(m.trigger) for m in told):
                _confirmed_by_a_side(draft, q.speaker_actor, table, said, article, "confirm.side-quoted-next")


EXCHANGE_WORDS = frozenset({"atmosphere", "mood"})
"""Words that tell the character of an exchange, not of a matter: “The atmosphere was excellent”."""
TALKING_LEMMAS = MEET_VERBS | PHONE_VERBS | {"see", "agree", "discuss", "tell", "ask", "exchange"}
"""Verbs by which "we" or "us" tell of the contact: “We agreed to meet again”, “he told us …”."""


def _words_of_the_contact(words: SpacySpan, draft: Draft, speaker: str, table: ActorTable) -> bool:
    """Whether a side's quoted words speak of its contact (rule confirm.side-quoted-next): a contact word ("the
    talks were useful"), the other side ("Lopez is a good partner"), "we" or "us" with a verb of meeting or talking
    ("we agreed on a date"), or the character of the exchange ("the atmosphere was excellent"); not words on another
    matter (“Taxes are too high”)."""
    others = set(draft.participants()) - {speaker}
    lemmas = {t.lemma_.lower() for t in words}
    lowers = {t.lower_ for t in words}
    if (lowers | lemmas) & (NOUN_MODES.keys() | EXCHANGE_WORDS):
        return True
    if any((actor := table.actor_at(t)) is not None and actor.id in others for t in words):
        return True
    return bool(lowers & {"we", "us"}) and bool(lemmas & TALKING_LEMMAS)


def _one_of_a_sides(quote: Quote, doc: Doc, table: ActorTable) -> bool:
    """A speaker named by a tie to its resolved actor ("Berg's rival, Per Dahl", "Lopez's opponent"): one of the
    side's, not the side; one speaking for it ("Berg's spokesman", "Berg's office") is still the side's voice."""
    if quote.speaker is None or quote.speaker_actor is None:
        return False
    actor = table.get(quote.speaker_actor)
    span = doc.char_span(quote.speaker.start, quote.speaker.end, alignment_mode="expand")
    if actor is None or span is None:
        return False
    names = {w.lower() for w in actor.name.split()}
    return any(t.dep_ == "poss" and t.lower_ in names and t.head.lemma_.lower() not in SPEAKING_FOR for t in span)


def _held_one_spoken_after(verb: Token, speaker: str, drafts: list[Draft], table: ActorTable) -> Draft | None:
    """The contact a side speaking "afterwards" speaks after: the one told last before it, when held; else the last
    held one told before it that the speaker was a side of (rule confirm.said-after-the-held-one), a plan told in
    between being no contact one speaks after."""
    held = (EventStatus.OCCURRED, EventStatus.ONGOING)
    last = _last_told(verb, drafts)
    if last is None or last.first.status in held:
        return last
    with collecting([]):  # weighing the candidates decides nothing: the rule below says what chose
        its = [d for d in drafts if d.first.status in held and on_a_side(speaker, d, table)]
    chosen = _last_told(verb, its)
    if chosen is not None:
        fired("confirm.said-after-the-held-one")
    return chosen


def _after_the_contact(verb: Token, quote: Quote) -> bool:
    """Whether a saying verb is told as after a contact, outside the words said: "said afterwards", "told reporters
    after the dinner", "in a statement issued after the meeting"."""
    for t in verb.subtree:
        if quote.content.start <= t.idx < quote.content.end:
            continue
        if t.lower_ in AFTERWARDS:
            return True
        if t.lower_ == "after" and any(g.dep_ == "pobj" and g.lower_ in AFTER_WHAT for g in t.children):
            return True
    return False


AFTER_WHAT = frozenset(NOUN_MODES) | {"dinner", "lunch", "breakfast", "session", "talks"}
"""What a side speaks after, when it speaks of a contact: "after the meeting", "after the dinner"."""


def _after_the_one_told(verb: Token, quote: Quote) -> bool:
    """ "In a statement issued after the meeting, Brierley said …", "Villanueva, speaking after Thursday's
    meeting, said …" (rule confirm.said-after-it-far-on): a saying verb told as after a contact named by its noun,
    referring back ("the", "that", a day's), tells of the contact it speaks after however far on it is told; not
    "afterwards", which says too little of which, nor a gathering of its own ("after the cabinet meeting")."""
    for t in verb.subtree:
        if quote.content.start <= t.idx < quote.content.end or t.lower_ != "after":
            continue
        for noun in (g for g in t.children if g.dep_ == "pobj" and g.lower_ in AFTER_WHAT):
            kinds = {c.dep_ for c in noun.children}
            if "compound" in kinds or "amod" in kinds:
                continue
            if any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in noun.children) or "poss" in kinds:
                return True
    return False


def _confirmed_by_a_side(
    draft: Draft, actor_id: str, table: ActorTable, sent: SpacySpan, article: Article, rule: str
) -> None:
    """A confirmation of ``draft`` by ``actor_id``, told in ``sent``, when it is a side, one named as speaking for
    it, or a body of its state, and has not confirmed it already."""
    speaker = table.get(actor_id)
    body = speaker is not None and (
        speaker.kind in (ActorKind.ORGANIZATION, ActorKind.COUNTRY)
        or _speaks_for_a_state(speaker)
        or _voice_of_a_state(speaker)
        or _agency_of_a_state(speaker) is not None
    )
    if not on_a_side(actor_id, draft, table, states=body) or any(c.by == actor_id for c in draft.confirmations):
        return
    draft.rules.append(rule)
    if speaker is not None and speaker.kind is ActorKind.GROUP and body:
        draft.rules.append("confirm.officials-of-a-side-state")
    draft.confirmations.append(
        Confirmation(ConfirmationStatus.CONFIRMED, actor_id, Span.of(article.text, sent.start_char, sent.end_char))
    )


def told_in_the_past(verb: Token) -> bool:
    """ "went over", "had dealt with", "had promised": a past act, not a plan or a view."""
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have", "'d") for c in verb.children)
    )


ACCOUNT_AFTER = 2
"""How many sentences after its contact a side's account of it may come: "X breakfasted with Y. The two men were
together for two hours. Afterwards Y said their talk had dealt with the bases"."""


def _just_told(draft: Draft, verb: Token) -> bool:
    """Whether the contact was told in the sentence of ``verb`` or in one of the two before it."""
    sents = doc_sents(verb.doc)  # listed once per document: ``doc.sents`` walks every token again
    here = sentence_index(sents, verb.i)
    return any(0 <= here - sentence_index(sents, m.trigger.i) <= ACCOUNT_AFTER for m in draft.mentions)


def _of_the_contact(subject: Token, draft: Draft, table: ActorTable) -> bool:
    """What a side's account is about: a party ("Moen had promised"), both of them ("the two men", "they", "the
    two"), or the contact itself ("the talks had dealt with …")."""
    if (actor := table.actor_at(subject)) is not None and actor.id in draft.participants():
        return True
    if subject.lower_ in ("they", "both"):
        return True
    determiners = {c.lower_ for c in subject.children if c.dep_ in ("det", "nummod", "predet")}
    if subject.tag_ == "NNS" and determiners & {"two", "both"}:
        return True
    if subject.lower_ == "two" and "the" in determiners:
        fired("confirm.side-account-the-two")  # "the two had agreed to open four clinics": the two sides, no noun
        return True
    return subject.lower_ in NOUN_MODES and bool(determiners & {"the", "that", "this"})


SIDES_POSSESSIVE = frozenset({"their", "our"})
"""Whose contact a side's account tells of: "their talk", "our meeting"."""


def _their_contact(subject: Token) -> bool:
    """ "Moen said their talk had dealt with the border": the contact of the two, told by its possessive (rule
    confirm.their-contact)."""
    whose = {c.lower_ for c in subject.children if c.dep_ == "poss"}
    return subject.lower_ in NOUN_MODES and bool(whose & SIDES_POSSESSIVE)


def _we_of_a_party(subject: Token, speaker: str, draft: Draft) -> bool:
    """ "We came as friends and we were treated as friends," Berg said: a party telling in the first person plural
    what was done (rule confirm.party-we). Not one speaking for a side, whose "we" is the side's office."""
    return subject.lower_ == "we" and speaker in draft.participants()


def _speaks_for_a_state(person: Actor) -> bool:
    """A person of a state whose title makes them speak for it (its spokesman, minister, ambassador, official),
    named or not ("a Japanese government spokesman"); or a state's officials named only by what they are ("Danish
    officials said the call had been routine", rule confirm.officials-of-a-side-state)."""
    if person.country is None:
        return False
    if person.kind is ActorKind.GROUP:
        words = [singular(word) for word in person.name.lower().split()]
        # "Danish opposition officials", "union officials": officials of a body of their own, not of the state
        return any(word in STATE_VOICES for word in words) and not NON_STATE_VOICES.intersection(words)
    if person.kind not in (ActorKind.PERSON, ActorKind.ANONYMOUS):
        return False
    words = [*person.titles, person.name] if person.kind is ActorKind.ANONYMOUS else person.titles
    return any(word in STATE_VOICES for title in words for word in title.lower().split())


def on_a_side(actor_id: str, draft: Draft, table: ActorTable, *, states: bool = False) -> bool:
    """A side of the contact, or one speaking for a side: named as its ("Ruiz's office", "a spokesman for Ruiz"),
    through it (``via``), or, with ``states``, of a side's state ("Togo's foreign ministry" for a Togolese envoy)."""
    sides = draft.participants()
    actor = table.get(actor_id)
    if actor is None:
        return False
    if actor.id in sides or actor.via in sides:
        return True
    if len(sides) >= 2 and _of_both_sides(actor):
        fired("confirm.voice-of-both-sides")  # "X and Y talked for an hour, officials from both sides said"
        return True
    if len(sides) >= 2 and _joint_document(actor):
        fired("confirm.joint-statement")  # "X and Y agreed to …, according to a joint communiqué"
        return True
    for side in (a for s in sides if (a := table.get(s)) is not None):
        if side.kind in (ActorKind.PERSON, ActorKind.ORGANIZATION):
            if any(len(name) > 3 and name in actor.name for name in [side.name, *side.aliases]):
                return True
        if _short_name_of(actor, side):
            fired("confirm.short-name-of-a-side")  # "… with the board of Sinowest Power … Sinowest did not respond"
            return True
        if side.kind is ActorKind.PERSON and _voice_of(actor, side):
            fired("confirm.voice-of-a-side")  # "Vinueza's spokesman, Fausto Larrea, said …"
            return True
        if side.kind is ActorKind.PERSON and _body_of(actor, side):
            fired("confirm.body-of-a-side")  # "… Serik Abenov …, the prime minister's press service said"
            return True
        if side.kind is ActorKind.PERSON and _office_of_the_head(actor, side):
            fired("confirm.office-of-the-head")  # "President Reyes phoned Vela, the presidential office said"
            return True
        if states and (country := actor.country or _agency_of_a_state(actor)) is not None and country == side.country:
            if actor.country is None:
                fired("confirm.agency-of-a-side-state")  # "Kuwait News Agency said the two sides reviewed …"
            return True
    if not states or not _voice_of_a_state(actor) or not _told_held(draft):
        return False
    if not _state_unknown(actor, [a for s in sides if (a := table.get(s)) is not None]):
        return False
    if draft.first.status is EventStatus.PLANNED:
        fired("confirm.voice-announces-plan")  # "Berg will visit Chile next month, the ministry said"
    return True


def _each_of_both_sides(draft: Draft, table: ActorTable) -> None:
    """ "According to both sides, the meeting ended when …", "Both sides denied that the two had met" (rule
    confirm.both-sides-each): what a voice of both sides says of a contact of two named sides, each of them says;
    the voice's confirmation or denial is also each side's. Not a contact of more than two, whose "both" is not
    every side."""
    named = [a for p in sorted(draft.participants()) if (a := table.get(p)) is not None]
    sides = [a for a in named if a.kind in (ActorKind.PERSON, ActorKind.ORGANIZATION)]
    if len(sides) != 2:
        return
    for confirmation in list(draft.confirmations):
        voice = table.get(confirmation.by or "")
        if voice is None or not _of_both_sides(voice):
            continue
        for side in sides:
            if all(c.by != side.id for c in draft.confirmations):
                draft.rules.append("confirm.both-sides-each")
                draft.confirmations.append(Confirmation(confirmation.status, side.id, confirmation.evidence))


def _of_both_sides(actor: Actor) -> bool:
    """A voice named as of both sides ("officials from both sides", "officials in both capitals", "the two city
    governments"): what it tells of a contact of two, every side tells (rule confirm.voice-of-both-sides)."""
    if actor.kind not in (ActorKind.GROUP, ActorKind.ORGANIZATION, ActorKind.ANONYMOUS):
        return False
    words = actor.name.lower().split()
    if words in (["both"], ["the", "two"]):
        fired("confirm.both-themselves")  # "Both denied it": the two sides themselves
        return True
    both = next((i for i, w in enumerate(words) if w in ("both", "two")), None)
    if both is None:
        return False
    after = words[both + 1 :]
    side = next((i for i, w in enumerate(after) if w in BOTH_SIDES_WORDS), None)
    # "both the foreign and defence ministries" are two bodies of one state, not the two sides
    return side is not None and "and" not in after[:side]


def _joint_document(actor: Actor) -> bool:
    """A statement the sides put out together ("a joint statement", "the joint communiqué", rule
    confirm.joint-statement): what it tells of their contact, every side tells."""
    if actor.kind is ActorKind.PERSON:
        return False
    words = actor.name.lower().split()
    return any(w == "joint" and nxt in JOINT_DOCUMENTS for w, nxt in pairwise(words))


def _office_of_the_head(actor: Actor, side: Actor) -> bool:
    """Whether ``actor`` is the office of the head of state ``side`` is, by the words that name such an office in
    the press: "the presidential office", "State House", "a palace spokesman", "the presidency" for a side titled
    President (or King, Emir …) of the office's state or of a state not known (rule confirm.office-of-the-head).
    The phrase must end in a voice or body ("a presidential spokesman", not "a presidential candidate")."""
    if actor.kind not in (ActorKind.ORGANIZATION, ActorKind.ANONYMOUS, ActorKind.PERSON):
        return False
    if actor.country is not None and side.country is not None and actor.country != side.country:
        return False
    if not any(_heads_a_state(title) for title in side.titles):
        return False
    phrases = actor.titles if actor.kind is ActorKind.PERSON else [actor.name, *actor.aliases, *actor.titles]
    return any(_names_a_heads_office(phrase) for phrase in phrases)


def _heads_a_state(title: str) -> bool:
    """ "President", "Chilean president", "Brazil's president", "the President of Peru": a head of state's title,
    with no word beside the head's and its state's ("Vice President", "university president" are not)."""
    words = [w.removesuffix("'s").removesuffix("’s") for w in title.split()]
    rest = [w.lower() for w in words if w.lower() not in ("the", "of") and gazetteer().country_of(w) is None]
    return len(rest) == 1 and rest[0] in HEAD_OF_STATE_TITLES


def _names_a_heads_office(phrase: str) -> bool:
    text = f" {phrase.lower()} "
    if not any(f" {office} " in text for office in HEADS_OFFICE_WORDS):
        return False
    last = text.split()[-1]
    return last in {office.split()[-1] for office in HEADS_OFFICE_WORDS} | VOICE_TITLES | VOICE_BODIES | STATE_VOICES


def _agency_of_a_state(actor: Actor) -> str | None:
    """The state whose news agency an outlet is, by its name: "Kuwait News Agency", "Oman's state news agency"
    (rule confirm.agency-of-a-side-state). A state's agency tells what its government gives out, so its account of a
    contact of that state's side is the side's own; not another paper, nor an agency whose name names no state, nor
    one only described by its country ("the Beninese news agency"), which may be any."""
    if actor.kind is not ActorKind.OUTLET:
        return None
    words = actor.name.split()
    lowered = [w.lower() for w in words]
    if len(words) < 3 or lowered[-1] != "agency" or lowered[-2] not in NEWS_AGENCY_WORDS:
        return None
    named = [code for w in words[:-2] if (code := gazetteer().country_of(w)) is not None]
    # a name of its own ("Kuwait News Agency") or a word of the state's; not "the Beninese news agency", a description
    # the press gives any agency of the country
    own_name = words[-2][0].isupper() and words[-1][0].isupper()
    if len(named) != 1 or not (own_name or STATE_MEDIA_WORDS & set(lowered)):
        return None
    return named[0]


def _told_held(draft: Draft) -> bool:
    """A contact told as held, or as planned, and not contested: not a report's or someone's claim, nor one told or
    said not to have happened. Of any other, what a voice whose state is not known says is too little to tie it to a
    side ("A weekly reported that Guled met Kenyan commanders. “Our commanders meet local authorities, but there was
    no such meeting,” a spokeswoman said"). A plan a government voice announces ("Berg will visit Chile next month,
    the ministry said") is confirmed as a plan (rule confirm.voice-announces-plan, fired by ``on_a_side``)."""
    if draft.first.status not in (EventStatus.OCCURRED, EventStatus.ONGOING, EventStatus.PLANNED):
        return False
    if any(c.status is ConfirmationStatus.DENIED for c in draft.confirmations):
        return False
    return not any(m.status is EventStatus.DENIED or _in_a_report(m.trigger) for m in draft.mentions)


def _voice_of_a_state(actor: Actor) -> bool:
    """A government body ("the ministry", "Cambodia's foreign ministry", "the prime minister's press service"), a
    state's mission abroad ("the Taiwanese mission in Apia", "the Chinese embassy") or one whose title makes it speak
    for a state ("a ministry spokeswoman", "the government spokesman"). A word's possessive is the word: "the Kazakh
    government's press office" is the government's (rule confirm.government-owned-body); a minister's is his own,
    not his state's ("the defence minister's press service")."""
    if actor.kind is ActorKind.ORGANIZATION:
        words = set(actor.name.lower().split())
        owners = {w[:-2] for w in words if w.endswith(("'s", "’s"))} & GOVERNMENT_BODIES
        if owners and not words & (STATE_VOICES | GOVERNMENT_BODIES):
            fired("confirm.government-owned-body")
        words |= owners
    elif actor.kind in (ActorKind.PERSON, ActorKind.ANONYMOUS):
        titles = [*actor.titles, actor.name] if actor.kind is ActorKind.ANONYMOUS else actor.titles
        words = {w for t in titles for w in t.lower().split()}
        return bool(words & STATE_VOICES)
    else:
        return False
    # a mission speaks for a state only when it is some state's ("the Chinese embassy"), not "the UN mission"
    missions = MISSION_WORDS if actor.country is not None else frozenset()
    return bool(words & (STATE_VOICES | GOVERNMENT_BODIES | missions))


def _state_unknown(voice: Actor, sides: list[Actor]) -> bool:
    """Whether a state's voice may speak for a side, its state or theirs not known: one with no state of its own
    ("the ministry said", rule confirm.voice-of-no-state) for a contact of people, or one of a state no side is known
    to be of, for a contact of a person whose state is not known ("Cambodia's foreign ministry said Foreign Minister
    Sok met his Thai counterpart", rule confirm.state-of-an-unplaced-side)."""
    people = [s for s in sides if s.kind is ActorKind.PERSON]
    if voice.country is None and people:
        fired("confirm.voice-of-no-state")
        return True
    if voice.country is not None and any(s.country is None for s in people):
        if all(s.country != voice.country for s in sides):
            fired("confirm.state-of-an-unplaced-side")
            return True
    return False


def _short_name_of(actor: Actor, side: Actor) -> bool:
    """Whether an organisation is a side organisation named short, by the first words of its name: "Sinowest" for
    "Sinowest Power", "Xinda" for "Xinda Power Co." (rule confirm.short-name-of-a-side)."""
    if actor.kind is not ActorKind.ORGANIZATION or side.kind is not ActorKind.ORGANIZATION:
        return False
    short, full = actor.name.split(), side.name.split()
    if not (0 < len(short) < len(full) and len(short[0]) > 3 and full[: len(short)] == short):
        return False
    # not "United Nations" for the "United Nations Development Programme", a body of its own
    return not any(word.lower() in SUB_BODY_HEADS for word in full[len(short) :])


def _body_of(actor: Actor, side: Actor) -> bool:
    """Whether a body's name makes it speak for ``side``: "the prime minister's press service" for Prime Minister
    Abenov, "Abenov's secretariat" (the possessor one of the side's names or title words, the body one that speaks for
    its holder)."""
    if actor.kind is not ActorKind.ORGANIZATION:
        return False
    owner, _, held = actor.name.partition("'s ")
    if not held or held.split()[-1].lower() not in VOICE_BODIES or not owner.split():
        return False
    return _owner_is(owner, side)


def _voice_of(actor: Actor, side: Actor) -> bool:
    """Whether a title of ``actor`` makes it speak for ``side``: "Vinueza's spokesman" for Alberto Vinueza, "the
    mayor's spokeswoman" for the mayor of the town (the possessor one of the side's names or title words, the title
    one that speaks for its holder, and not a former one)."""
    for title in actor.titles:
        owner, _, held = title.partition("'s ")
        if not held or held.split()[-1].lower() not in VOICE_TITLES or "former" in held.lower().split():
            continue  # not "Lepik's former secretary", who no longer speaks for him
        if _owner_is(owner, side):
            return True
    return False


def _owner_is(owner: str, side: Actor) -> bool:
    """Whether the possessor of a voice ("Vinueza's", "the prime minister's", "the Kazakh prime minister's") names
    ``side``: by one of its names, or by a title of its whose words hold all the possessor's (past a determiner and
    the state's name): "the defence minister's press service" is not the prime minister's."""
    words = [w for w in owner.split() if w.lower() not in ARTICLES]
    if not words:
        return False
    if words[-1] in {w for w in side.name.split() if len(w) > 3}:
        return True
    wanted = {w.lower() for w in words if gazetteer().country_of(w) is None}
    return bool(wanted) and any(wanted <= {w.lower() for w in title.split()} for title in side.titles)
