"""Resolve the phrase that introduces a source to an actor.

Names resolve through the actor table; pronouns to the person (or group) the
text was last talking about, preferring grammatical subjects; descriptions
("the minister", "the Kremlin spokesman") to the person so titled; unnamed
sources ("Bloomberg sources familiar with the matter", "two diplomatic
sources") and collectives ("some European leaders") become anonymous and
group actors, relayed through the outlet that cites them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import cached_property
from itertools import pairwise

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..dates import MONTHS
from ..geo import gazetteer
from ..nlp import AGE_WORDS
from ..records import Actor, ActorKind, Quote
from .actor_countries import nationalities
from .actor_table import ActorTable, date_word
from .actor_titles import style_after_the
from .actor_words import (
    PARTICLES,
    doc_sents,
    doc_text,
    in_headline,
    sentence_index,
    strip_article,
    strip_possessive,
    strip_the,
)
from .actors import city_gone_to, is_dateline, org_country
from .body_tagged_speakers import speaker_taken_for_body
from .contact_words import LEADING_VERBS, LED_GROUPS, NOUN_MODES
from .described_bodies import STATE_BODY, described_body, described_state, introduces
from .described_holders import counterpart_holder, diplomat_holder
from .descriptions import description_in_full, introduction_of
from .doc_index import doc_index
from .gender import (
    FEMALE_WORDS,
    MALE_WORDS,
    PRONOUN_GENDER,
    gender_of,
    given_names,
    ruled_out_by_gender,
    without_accents,
)
from .held_offices import COUNTERPART_WORDS, OFFICE_OF_A_FIELD, offices_in
from .lede_names import named_next
from .lexicon import (
    AID_BODY_WORDS,
    ANONYMITY_CUES,
    ARTICLES,
    BUILDING_WORDS,
    COLLECTIVE_SOURCES,
    DEMONYM_NOUNS,
    DISTRIBUTIVE_DETERMINERS,
    FINDING_WORKS,
    GENDERED_PRONOUNS,
    GOING_ON_VERBS,
    GROUP_COUNTS,
    GROUP_NOUNS,
    INFERENCE_VERBS,
    ISSUING_VERBS,
    JOINT_TEXTS,
    LEADER_NOUNS,
    LEGISLATOR_SEATS,
    LEGISLATURE_WORDS,
    MISSION_WORDS,
    MUTE_NOUNS,
    NEWS_AGENCY_WORDS,
    NO_STATE_OFFICE_WORDS,
    ORGANIZATION_WORDS,
    PAPER_PAGES,
    PERSON_NOUNS,
    PORTFOLIO_WORDS,
    PRESENT_WORDS,
    PSEUDONYM_VERBS,
    PUBLISHED_WORKS,
    PUBLISHING_VERBS,
    QUESTION_ASKERS,
    QUESTIONING_VERBS,
    RECORD_NOUNS,
    SEAT_NOUNS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    STANDING_WORDS,
    TITLE_ABBREVIATIONS,
    TITLE_INITIALISMS,
    TITLE_NOUNS,
)
from .lexicon import OUTLET_NOUNS as MEDIA_NOUNS
from .lexicon import OUTLET_OPENING_WORDS as BROADCAST_WORDS
from .narrators import Narration, narration
from .office_periphrases import holds_periphrased_office, national_office_state, periphrasis_of
from .office_places import TITLE_PHRASE_WORDS, TITLE_RUN_WORDS
from .outlet_home import outlet_domain_state, outlet_home, word_runs
from .outlets import a_bodys_name, add_outlet, is_outlet_name
from .person_words import INDIVIDUAL_NOUNS, PEOPLE_NOUNS, RELATIVE_NOUNS, ROLE_NOUNS, STAFF_NOUNS
from .places import is_place
from .quotemarks import find_quoted
from .related_offices import (
    HEAD_NOUNS,
    SUB_BODY_WORDS,
    counterpart_titles,
    heading_post,
    heads_named_body,
)
from .short_names import handle_owner
from .signed import HANDLE
from .state_leaders import headed_office, the_head_of_state, the_states_leader
from .titles import QUOTE_CLOSERS, QUOTE_OPENERS, name_given_before, name_like
from .trace import fired
from .untagged_people import COMPANY_NOUNS, takes_who
from .voices_about import quoted_one_spoken_of
from .when import WEEKDAYS

MONTHS_AND_DAYS = frozenset(MONTHS) | frozenset(WEEKDAYS)
"""Months and days, which the tagger may take for a proper noun: "between June and October"."""

PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
PLURAL_PRONOUNS = {"they", "them", "their"}
NOT_SPEAKERS = {"i", "we", "you", "it", "me", "us", "this", "that", "there"}
ANONYMOUS_HEADS = {"source", "sources", "insider", "insiders", "person", "people"}
DEFINITE = {"the", "these", "those", "this", "that"}
OUTLET_NOUNS = {
    "newspaper",
    "newsletter",
    "paper",
    "daily",
    "agency",
    "outlet",
    "broadcaster",
    "channel",
    "magazine",
    "website",
    "network",
    "station",
    "publication",
    "tabloid",
    "weekly",
}
DOCUMENT_NOUNS = {
    "statement",
    "communique",
    "readout",
    "release",
    "announcement",
    "transcript",
    "post",
    "letter",
    "response",
    "tweet",
    "message",
    "email",
    "e-mail",
    "memo",
    "note",
    "decision",
    "ruling",
    "judgment",
    "judgement",
    "verdict",
}
SENT_PAPERS = frozenset({"invitation", "circular"})
"""Papers sent out that speak as their sender only as a clause's speaker ("The invitation requested the parties to
…", rule speaker.document-issuer); elsewhere ("an invitation to visit") no one's words."""
EMPHATIC_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})
KIN_OWNERS = frozenset({"his", "her", "their", "the"})
"""Words before a kin noun that point back to someone the story has named ("his daughter")."""
UNSIGNED_RECORDS = frozenset({"cable", "diary", "dispatch", "dossier", "logbook", "minutes"})
"""Records that speak for no one named when the story names no writer: "according to the cable" is the cable's."""
SEEN_BY_VERBS = frozenset({"report", "obtain", "see", "review", "leak"})
"""How an outlet comes by someone else's document: "a memo obtained by Reuters" is not Reuters' memo."""
SENDER_KINDS = frozenset({ActorKind.ORGANIZATION, ActorKind.PERSON})
"""Who sends a text as its author: a body or a person, not the place it was sent from ("a letter sent from Paris")."""
NOT_SPEAKING_NOUNS = (
    DOCUMENT_NOUNS
    | FINDING_WORKS
    | {
        "figure",
        "data",
        "datum",
        "result",
        "number",
        "record",
        "estimate",
        "statistic",
        "document",
        "rumor",
        "rumour",
        "sign",
        "indication",
        "image",
        "photo",
        "picture",
        "video",
        "reading",
        "forecast",
        "test",
        "fact",
        "event",
        "development",
        "trend",
        "law",
        "rule",
        "term",
        "condition",
        "guideline",
        "regulation",
        "minute",
        "file",
    }
)
"""Plural nouns that "say" only as a text or a measure does ("figures show", "the rules say"): no one speaks."""
EDITORIAL_NOUNS = {"editorial", "op-ed"}
"""A newspaper's own voice: "the editorial said" is the paper speaking."""
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
INDEFINITE = {"a", "an", "one", "another"}
PERSON_SERVICE_NOUNS = {"campaign", "office", "team", "staff", "camp", "foundation", "administration", "lawyers"}
"""What a person runs or leads, named by a possessive: "his campaign", "Paul Ryan's office"."""
ORG_NOUNS = {
    "ministry",
    "government",
    "office",
    "embassy",
    "department",
    "agency",
    "council",
    "committee",
    "party",
    "administration",
    "cabinet",
    "army",
    "military",
    "police",
    "parliament",
    "court",
    "commission",
    "campaign",
    "company",
    "firm",
    "bank",
    "union",
    "alliance",
    "secretariat",
    "presidency",
    "mission",
    "delegation",
    "kremlin",
    "palace",
    "house",
    "service",
    "ministries",
    "consulate",
    "legation",
    "chancellery",
    "directorate",
    "junta",
    "tribunal",
    "legislature",
    "chamber",
    "authority",
    "bureau",
    "institute",
    "association",
    "federation",
    "university",
    "assembly",
}
NONSTATE_BODY_NOUNS = frozenset(
    {"company", "firm", "charity", "organisation", "organization", "corporation", "airline", "carmaker", "lender"}
    | {"retailer", "insurer", "manufacturer", "conglomerate", "bank"}
)
"""What "the company", "the charity" say is the last body named that is no part of a state, whatever its name
(rule speaker.definite-org); a plural ("the two organisations") is no one body."""
BODY_NOUNS = frozenset(ORG_NOUNS) | NONSTATE_BODY_NOUNS | COMPANY_NOUNS | {"outlet", "newspaper", "network"}
"""Nouns for a body, which a body's name apposed to them names ("Her party, the Orange Democratic Alliance")."""
HONORIFIC_WORDS = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "prof"}
MAX_ORG_NAME_TOKENS = 10
MAX_TITLE_QUALIFIERS = 3
PERIODICALS = frozenset({"daily", "weekly"})
"""Outlet nouns the tagger may read as adjectives: "the Lisbon daily Gazeta Atlântica"."""
PLACE_ENTITIES = frozenset({"GPE", "LOC", "NORP"})
APPOSITION_MARKS = frozenset({",", "(", "—", "–"})
INITIAL = re.compile(r"[A-Z]\.")
FOLLOW_ON_CHARS = 1500
"""A quote with no cue continues the last speaker only if that speaker spoke this recently."""
SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
OUTLET_STAFF = frozenset({"correspondent", "reporter"})
"""The outlet's own who report, of whom its "our" speaks (rule speaker.our-staff)."""
DESCRIBED_SOURCES = PEOPLE_NOUNS | GROUP_NOUNS | ORGANIZATION_WORDS | ORG_NOUNS | OUTLET_NOUNS | COLLECTIVE_SOURCES
"""Nouns that name who speaks when no rule found a name: a group, a body, an outlet ("Local businesses say")."""


LEADER_AHEAD_SENTENCES = 3
"""Sentences after "its leader" in which the group's leader may be named."""
NATIONAL_ANTECEDENTS = 3
"""People named last that a description with a nationality looks back through for one of that country."""
LED_GROUP_SENTENCES = 2
"""Sentences before "the delegation" in which its leader may be named."""


def _bare_title(noun: Token) -> bool:
    """ "the minister" and no more: a singular title noun with "the" and no word or phrase of its own."""
    return noun.tag_ == "NN" and all(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


OWN_PRONOUN_GENDER = {"his": "m", "himself": "m", "her": "f", "herself": "f"}
"""The possessive and reflexive pronouns by which a sentence's subject may tell their own gender."""

REPORTED_CLAUSES = frozenset({"ccomp", "relcl", "acl", "parataxis"})
"""Clauses whose "his" or "her" may stand for someone other than the subject of the clause around them: what is
reported ("X said that records never supported her account"), a relative clause, an aside."""


def _in_own_clause(pronoun: Token, verb: Token) -> bool:
    """Whether ``pronoun`` hangs from ``verb`` without a reported or relative clause between them."""
    token = pronoun
    while token.i != verb.i:
        if token.dep_ in REPORTED_CLAUSES or token.head.i == token.i:
            return False
        token = token.head
    return True


def _someone_else_before(pronoun: Token, names: Iterable[Token]) -> bool:
    """Whether a singular common noun for a person ("the prime minister", "her aide") stands between the named
    person and ``pronoun`` ("Mayor Vale met the prime minister and his wife"): the pronoun may be that person's."""
    start = max((t.i for t in names if t.i < pronoun.i), default=pronoun.sent.start)
    return any(
        t.tag_ == "NN" and t.lemma_.lower() in TITLE_NOUNS | PEOPLE_NOUNS | RELATIVE_NOUNS | ROLE_NOUNS
        for t in pronoun.doc[start + 1 : pronoun.i]
    )


THIRD_PERSON_PRONOUNS = GENDERED_PRONOUNS
"""Pronouns by which a quote speaks of someone other than its speaker (rule speaker.spokesman-speaking)."""


class SpeakerResolver:
    def __init__(self, doc: Doc, table: ActorTable) -> None:
        self.doc = doc
        self.table = table
        self.last_speaker: str | None = None
        self.last_start = self.last_end = -1
        self.last_anonymous: str | None = None
        self.spokesmen: dict[str, str] = {}  # a body to the unnamed spokesman it spoke through (spokesman-for-body)
        self.speakers: set[str] = set()
        self.document_voice: str | None = None
        """Whom "it" last stood for as a document that spoke (rule pronoun.it-document): "it went on to say" again."""
        self._pronoun_genders: dict[str, set[tuple[int, str]]] = {}
        """The person each subject "he" or "she" was taken for, with the pronoun's token and gender."""
        self.voices: list[tuple[tuple[tuple[int, int], ...], str]] = []
        """The stretches of each quote's words and whose they are, once the quotes are found (the events stage reads
        them): see ``heard``."""

    def heard(self, quotes: Iterable[Quote]) -> None:
        """Learn whose words each found quote holds, so that a "he" inside someone's quote marks is never that one
        (rule pronoun.not-own-words)."""
        for quote in quotes:
            if quote.speaker_actor is not None:
                self.voices.append(
                    (quote.content.parts or ((quote.content.start, quote.content.end),), quote.speaker_actor)
                )

    def _own_voice(self, pronoun: Token) -> set[str]:
        """Who speaks the quote marks a pronoun stands inside: "“I would not cross the street to meet him,” Dizon
        said" — the one who says "I" there is not "him" (rule pronoun.not-own-words)."""
        if not self.voices or not self._inside_quotes(pronoun):
            return set()
        voices = {speaker for parts, speaker in self._voices_at(pronoun)}
        if voices:
            fired("pronoun.not-own-words")
        return voices

    def _voices_at(self, pronoun: Token) -> list[tuple[tuple[tuple[int, int], ...], str]]:
        """The found quotes whose words hold ``pronoun``, with their speakers."""
        return [(parts, who) for parts, who in self.voices if any(s <= pronoun.idx < e for s, e in parts)]

    def _named_in_own_words(self, pronoun: Token, barred: set[str]) -> str | None:
        """The person a quote names before a "he"/"him" inside its quote marks (rule pronoun.named-in-own-words):
        "“I have spoken to Minister Hadiwinoto twice, and I expect to speak with him again,” Whitford said": the one
        its speaker talks about, named in the same words, not someone named outside them; the nearest such."""
        if not self._inside_quotes(pronoun):
            return None
        for parts, _ in self._voices_at(pronoun):
            for i in range(pronoun.i - 1, pronoun.sent.start - 1, -1):
                token = self.doc[i]
                if not any(s <= token.idx < e for s, e in parts) or not self._inside_quotes(token):
                    continue
                actor = self.table.actor_at_index(i)
                if actor is not None and actor.kind is ActorKind.PERSON and actor.id not in barred:
                    fired("pronoun.named-in-own-words")
                    return actor.id
        return None

    @cached_property
    def _quoted(self) -> tuple[list[int], list[int]]:
        """The starts and ends of the quoted stretches, in order (they do not overlap)."""
        stretches = find_quoted(doc_text(self.doc))
        return [q.start for q in stretches], [q.end for q in stretches]

    @cached_property
    def _outlet_home(self) -> str | None:
        return outlet_home(self.table.article)

    @cached_property
    def _paper_home(self) -> str | None:
        """The outlet's home state as its name or dateline gives it, else as its address's country domain does."""
        return self._outlet_home or outlet_domain_state(self.table.article)

    @cached_property
    def narration(self) -> Narration:
        """Who narrates the piece in the first person, if anyone."""
        return narration(self.doc, doc_text(self.doc), self.table)

    def _narrated_paragraph(self, token: Token) -> bool:
        """Whether ``token``'s paragraph is told by a first-person piece's writer: it says "I" in their own words (an
        author's note at the end, "Omar Haddad was … He met …", is told of the writer)."""
        narrated = self.narration
        if narrated.narrator is None:
            return False
        text = doc_text(self.doc)
        start = text.rfind("\n\n", 0, token.idx) + 1
        end = text.find("\n\n", token.idx)
        span = self.doc.char_span(start, len(text) if end < 0 else end, alignment_mode="expand")
        return span is not None and any(narrated.narrator_of(t) for t in span)

    def _narrator(self, head: Token) -> str | None:
        """The writer, for a first-person piece's "I" or "me" outside quotation (rule speaker.narrator): "When I
        asked him whether …" in a memoir is the writer's question."""
        found = self.narration.narrator_of(head)
        if found is not None:
            fired("speaker.narrator")
        return found

    def _our_outlet(self, head: Token) -> str | None:
        """The article's outlet, for its own "we" that reported or published something, in its own words, in an
        unsigned piece that no writer narrates (rule speaker.our-outlet): "We reported on 30 April that …" in a
        correction, "as we revealed last week"."""
        outlet, verb = self.table.article.outlet, head.head
        if not outlet or self.table.article.authors or head.lower_ != "we" or head.dep_ != "nsubj":
            return None  # a signed piece's "we" is its writers'
        if verb.lemma_.lower() not in PUBLISHING_VERBS or any(
            c.dep_ == "prep" and c.lower_ == "to" for c in verb.children
        ):
            return None  # "we reported this to our allies" is a body's
        if self._inside_quotes(head) or not self.narration.own_words(head) or self.narration.narrator is not None:
            return None
        fired("speaker.our-outlet")
        return self.table.add(ActorKind.OUTLET, outlet).id

    def _our_staff(self, head: Token) -> Actor | None:
        """ "According to our correspondent on the scene", "our reporter in Jaffna said" (rule speaker.our-staff): in
        the outlet's own voice, the outlet's own reporter, named as the outlet's ("Ledger correspondent"), not a
        stranger called "our correspondent"."""
        outlet = self.table.article.outlet
        if not outlet or head.lemma_.lower() not in OUTLET_STAFF or head.tag_ != "NN" or self._inside_quotes(head):
            return None
        if not any(c.dep_ == "poss" and c.lower_ == "our" for c in head.children):
            return None
        fired("speaker.our-staff")
        paper = self.table.add(ActorKind.OUTLET, outlet)
        name = f"{outlet} {head.lemma_.lower()}"
        staff = self.table.add(ActorKind.ANONYMOUS, name, mention=self.doc[head.i : head.i + 1], via=paper.id, key=name)
        told = description_in_full(head).text  # "our correspondent in Kirkenes": as the story calls them, too
        if told not in staff.aliases:
            staff.aliases.append(told)
        return staff

    def _our_state(self, head: Token) -> str | None:
        """The state "our Foreign Minister" is of in the outlet's own voice, outside quote marks: the outlet's home
        (rule speaker.home-state); unknown when the outlet's name places it nowhere."""
        if any(c.dep_ == "poss" and c.lower_ == "our" for c in head.children) and not self._inside_quotes(head):
            return self._outlet_home
        return None

    def _inside_quotes(self, token: Token) -> bool:
        starts, ends = self._quoted
        k = bisect_left(starts, token.idx) - 1
        return k >= 0 and token.idx < ends[k]

    def spoke(self, actor_id: str, start: int, end: int) -> None:
        """``actor_id`` said what stands between characters ``start`` and ``end``."""
        self.last_speaker, self.last_start, self.last_end = actor_id, start, end
        self.speakers.add(actor_id)
        actor = self.table.get(actor_id)
        if actor is not None and actor.kind is ActorKind.ANONYMOUS:
            self.last_anonymous = actor_id

    def follow_on(self, start: int) -> str | None:
        if self.last_speaker is not None and 0 <= start - self.last_end <= FOLLOW_ON_CHARS:
            return self.last_speaker
        return None

    def resolve(self, span: SpacySpan, exclude: set[str] | None = None, *, speaking: bool = False) -> str | None:
        """The actor ``span`` names; a pronoun never resolves to one of ``exclude``. A ``speaking`` span (a quote's
        speaker) may be a body or a group named only by what it is; a contact's side may not ("met the press")."""
        if len(span) > 1 and span[-1].lower_ in EMPHATIC_REFLEXIVES:
            fired("speaker.emphatic-reflexive")  # "The pilots themselves said", "Moss herself said": the pilots, Moss
            span = span[:-1]
        head = span.root if span.root.pos_ != "DET" or len(span) == 1 else span[-1]  # a parse that hung "the" apart
        if len(span) > 2 and span[0].pos_ == "ADV" and span[0].head.i == head.i and span[1].pos_ == "DET":
            fired("speaker.leading-adverb")  # "Afterwards the Tunisian minister said": the sentence's adverb
            span = span[1:]
        if speaking and (media := self._national_media(span, head)) is not None:
            return media
        if not any(ch.isalnum() for ch in span.text):
            fired("speaker.no-word")  # a full stop the tagger took for a name ("… with leader Kim Jong-un." read so)
            return None
        low = head.lower_
        if low == "it" and head.dep_ in ("nsubj", "nsubjpass"):
            return self._it(head)
        if low in NOT_SPEAKERS:
            return self._narrator(head) or (self._our_outlet(head) if speaking else None)
        if len(span) == 1 and HANDLE.fullmatch(head.text):
            # an account speaks as its handle (rule quote.handle): "@delta_watcher"; a named person's account as
            # that person (rule actor.handle-of-named)
            return self._account(span).id
        if (pseudonym := _pseudonym(head)) is not None:
            # rule speaker.pseudonym: "One reader, posting as Blue1982, wrote", "Another, signing as HartsideMum,
            # said": someone unnamed, by the name they go by (whatever the tagger took it for)
            fired("speaker.pseudonym")
            known = self.table.actor_at(pseudonym.root)
            if known is not None:
                known.kind = ActorKind.ANONYMOUS
                return known.id
            return self.table.add(ActorKind.ANONYMOUS, pseudonym.text, mention=pseudonym).id
        if head.pos_ != "PROPN" and (given := _pseudonym_in_words(span)) is not None:
            # rule speaker.pseudonym-given: 'Another, posting as "Blue_Kite", replied', 'Another, who gave his name
            # only as Tomas from Kaunas, said': the name they go by, quoted or not, however the parser read it
            fired("speaker.pseudonym-given")
            return self.table.add(ActorKind.ANONYMOUS, given.text, mention=given, key=f"{given.text}|pseudonym").id
        if head.pos_ == "NOUN" and (handle := self._apposed_handle(head)) is not None:
            # "A popular fan account, @RiftRunners, claimed …": the account by its handle (rule quote.handle)
            return self._account(handle).id
        if low in PERSON_PRONOUNS and (asked := self._the_one_asked(head)) is not None:
            return asked
        if low in PERSON_PRONOUNS:
            unlike = self._other_gender(low, head.i)
            barred = (
                self._clause_subjects(head) | self._host_subjects(head) | self._own_voice(head) | (exclude or set())
            )
            if self._narrated_paragraph(head):
                barred.add(self.narration.narrator)  # a memoir's "he" is never the writer, who is "I" there
            if (own := self._reporters_own(head, barred, unlike)) is not None:
                return own
            if (named := self._named_in_own_words(head, barred | unlike)) is not None:
                return named
            if (taken := speaker_taken_for_body(self.doc, self.table, head, barred)) is not None:
                return taken.id  # "“…,” Tamm wrote. He stressed …", "Tamm" tagged as a body's name
            after_quote = speaking and _after_quote(head)
            found = self._antecedent(span.start, persons=True, exclude=barred, unlike=unlike, after_quote=after_quote)
            self._note_pronoun_gender(head, found)
            return found
        if low in PLURAL_PRONOUNS:
            if low == "they" and (counted := self._counted_group(head)) is not None:
                return counted
            # "one newspaper claimed they'd had dinner": a paper is "it", never "they"
            outlets = {a.id for a in self.table.actors if a.kind is ActorKind.OUTLET}
            return self._antecedent(span.start, persons=False, exclude=outlets)
        if low in ("who", "which", "that") and head.head.dep_ == "relcl":
            antecedent = _past_the_place(head.head.head, low)
            actor = self.table.actor_at(antecedent)
            before = self.doc[head.i - 2] if head.i >= 2 and self.doc[head.i - 1].text == "," else None
            named = self.table.actor_at(before) if before is not None and low == "who" else None
            if named is not None and named.kind is ActorKind.PERSON:
                # "…by China's special envoy, Qian Haibo, who met …": the name right before ", who", wherever the
                # parse hung the clause (rule speaker.who-after-name)
                fired("speaker.who-after-name")
                return named.id
            if actor is None and antecedent.pos_ in ("NOUN", "PROPN") and antecedent.i < head.i:
                # "said one Democrat familiar with the talks, who added …": the phrase the clause hangs on
                phrase = self.doc[antecedent.left_edge.i : head.head.left_edge.i]
                return self.resolve(phrase if len(phrase) else self.doc[antecedent.i : antecedent.i + 1], exclude)
            return actor.id if actor else None
        if (ruler := self._styled_ruler(span)) is not None:
            return ruler
        if (leader := self._leader_before(span, head)) is not None:
            return leader
        if (office := headed_office(head)) is not None and (leader := self._head_of_state(span, head, office)):
            return leader
        if span[0].lower_ in DEFINITE and head.lower_ in DEMONYM_NOUNS:
            # rule speaker.demonym: "the Dutchman said" is the person just named, if not of another country (the
            # tagger may take the noun for an organisation's name)
            described = self._described(span, exclude, speaking=speaking)
            if described is not None:
                fired("speaker.demonym")
                return described
        if (held := self._holder_after_body_phrase(span)) is not None:
            return held.id
        if (titled := self._name_after_title_chain(span)) is not None:
            return titled.id
        if speaking and (pair := self._named_together(head, span)) is not None:
            return pair
        written = DOCUMENT_NOUNS | UNSIGNED_RECORDS | PUBLISHED_WORKS
        if speaking and without_accents(head.lemma_.lower()) in written and _bare_definite(span):
            if (signer := self._signer(head)) is not None:
                return signer  # "The cable says …", after "the cable, signed by the ambassador, X"
        if head.lemma_.lower() == "ministry" and (ministry := self._states_ministry_named(span)) is not None:
            fired("speaker.states-ministry-named-before")
            return ministry.id
        head_actor = self.table.actor_at(head)
        if speaking and (fuller := self._body_in_full(span, head, head_actor)) is not None:
            fired("speaker.body-in-full")  # "the Border Guard said" after "the Finnish Border Guard"
            return fuller.id
        if head_actor is not None:
            if head_actor.kind is ActorKind.ORGANIZATION:
                _name_in_full(head_actor, span)
            return head_actor.id
        if speaking and (again := self._named_again(span)) is not None:
            return again.id  # "A government spokesman said … / The spokesman, Tom Reed, said …"
        if head.lemma_.lower() in SOURCE_NOUNS and (spokesman := self._for_the_office(span, head)) is not None:
            return spokesman
        apposed = (
            self._apposed_person(head)
            or self._second_subject(span)
            or self._title_then_name(span)
            or self._apposed_past_of(head)
        )
        if apposed is not None:
            return apposed.id  # "One of the released men, Tomas Reyes, told …"
        if (lede := named_next(span, self.table)) is not None:
            # after the office and apposition readings, which name the person within the phrase itself
            return lede.id  # "The UN's top refugee official said … / Sadako Ogata, the U.N. high commissioner …"
        named = [*span, *self.doc[span.end : span.end + 1]]  # "the news agency IRNA", however parsed
        outlet = next((a for t in named if (a := self.table.actor_at(t)) and a.kind is ActorKind.OUTLET), None)
        if outlet is not None and head.lemma_.lower() in OUTLET_NOUNS | {"agency", "service"}:
            return outlet.id  # "the Iranian news agency IRNA"
        if (titled := self._outlet_by_noun(span)) is not None:
            return titled.id
        if speaking and (member := self._member_of_pronoun(head)) is not None:
            return member
        if low in ("one", "some", "several", "two", "both") and (group := self._partitive(head)) is not None:
            return group  # "one of the people", "two of the diplomats"
        if speaking and low in ("one", "another", "other") and len(span) <= 2 and (group := self._one_of(span)):
            fired("speaker.one-of-group")  # "Two senior Democrats briefed … One said …": one of them
            return group
        if (low in GROUP_COUNTS and head.pos_ in ("NUM", "DET", "PRON")) or (
            low in ("pair", "duo") and len(span) == 2 and span[0].lower_ == "the" and not list(head.rights)
        ):  # "the pair", not "the pair of ministers", which the ministers' own phrase names
            # "the two had already met", "the four agreed": the people just named, as a group the events stage
            # resolves
            return self.table.add(ActorKind.GROUP, span.text, mention=span, key=f"{span.text.lower()}@{span.start}").id
        lemma = without_accents(head.lemma_.lower())  # "communiqué" is a communique
        if lemma == "side" and head.tag_ == "NN" and (state := self._national(head)) is not None:
            fired("speaker.the-side")  # "the Chinese side said": China, as diplomats speak of a party to talks
            return state
        if lemma in SOURCE_NOUNS | TITLE_NOUNS or low in SOURCE_NOUNS:
            # "Congo's government spokesman, Patrick Lumbala": the named person the title is apposed to (not the
            # one it works for: "a spokeswoman for President Ana Vera, Marta Ruiz")
            apposed = [t for c in head.children if c.dep_ == "appos" and c.i > head.i for t in c.subtree]
            if not apposed and span.end - span.start > 2:
                comma = max((t.i for t in span if t.text == ","), default=None)  # "a spokeswoman for X, Y Z"
                apposed = list(self.doc[comma + 1 : span.end]) if comma is not None and comma > head.i else []
            if not apposed:
                # "according to X's press secretary, Y Z, the …"; "Press secretary in the Office of X, Y Z said …"
                fronted = span.start == span.sent.start
                phrase_end = max(span.end, head.right_edge.i + 1) if fronted else span.end
                apposed = _name_set_off(self.doc, phrase_end, fronted=fronted)
            # a person, or a firm in a role a person may hold: "The administrator, KPMG," (rule speaker.apposed-name)
            named = next(
                (
                    a
                    for t in apposed
                    if (a := self.table.actor_at(t)) and a.kind in (ActorKind.PERSON, ActorKind.ORGANIZATION)
                ),
                None,
            )
            words = [t for t in apposed if t.text != "-"]  # "Agnes Nabukenya-Ssekitoleko" is two words
            if named is None and 2 <= len(words) <= 3 and all(t.is_title for t in words) and _ends_in_name(apposed):
                # a name the tagger missed: "a spokeswoman, Marta Ruiz,"; "the union's leader, Per Ek" ("Per" read
                # as a preposition)
                mention = self.doc[apposed[0].i : apposed[-1].i + 1]
                name = mention.text
                family = name.split()[-1]
                named = self._family_name_alone(family, name) or self.table.add(ActorKind.PERSON, name, mention=mention)
                self.table.add_mention(named, mention)
                named.titles.append(strip_article(self.doc[span.start : head.i + 1].text))
            if named is not None:
                fired("speaker.apposed-name")
                return named.id
        possessor = next((c for c in head.children if c.dep_ == "poss" and c.i < head.i), None)
        if possessor is not None and (leader := self._leader_named_after(head, possessor)) is not None:
            return leader
        if possessor is not None and (owned := self._possessed(span, possessor)) is not None:
            return owned
        if lemma == "agency" and any(c.dep_ == "compound" and c.lower_ in NEWS_AGENCY_WORDS for c in head.children):
            # rule speaker.news-agency: "the state news agency", "the official press agency" is an outlet, never
            # the last outlet named (it may be the paper that quotes it)
            fired("speaker.news-agency")
            name = strip_article(span.text)
            return self.table.add(ActorKind.OUTLET, name, mention=span, key=name.lower()).id
        if (
            lemma in OUTLET_NOUNS
            and span[0].lower_ == "the"
            and len(span) == 2
            and (body := self._body_called(span.start, lemma)) is not None
        ):
            # rule speaker.body-by-its-noun: "the agency" after "the Forum Fisheries Agency" is that agency, not the
            # last paper named, though "agency" may name a news agency too
            fired("speaker.body-by-its-noun")
            return body
        if (
            (lemma in EDITORIAL_NOUNS or (lemma in OUTLET_NOUNS and span[0].lower_ in DEFINITE))
            and not any(t.ent_type_ in ("ORG", "GPE") for t in span)  # "the UN refugee agency" is the UN's
            and (outlet_id := self._latest(span.start, {ActorKind.OUTLET})) is not None
        ):
            fired("speaker.editorial")  # "the paper said", "the Kenyan daily reported", "an editorial"
            return self._paper_named_since(span.start, outlet_id) or outlet_id
        if lemma in DOCUMENT_NOUNS and (author := self._author(head)) is not None:
            return author  # "a statement from the Russian embassy": the embassy
        if lemma in DOCUMENT_NOUNS and (state := self._national(head)) is not None:
            if span[0].lower_ in DEFINITE and (issuer := self._national_issuer(head, state)) is not None:
                return issuer  # "the Russian statement" after "the Russian Defence Ministry said in a statement"
            return state  # "the Turkish readout": Turkey's
        if lemma in DOCUMENT_NOUNS and head.dep_ == "dobj" and (sender := self._sender(head)) is not None:
            fired("speaker.document-sender")
            return sender  # "Trump fired back a response saying …": Trump
        if speaking and lemma in DOCUMENT_NOUNS | JOINT_TEXTS and _unsigned(head) and not self._issuer(head):
            # rule speaker.document-itself: "The joint declaration says", "according to a joint communiqué": a text
            # several put out, the story naming no one who issued it, speaks as itself
            fired("speaker.document-itself")
            return self._unnamed(span).id
        if speaking and lemma in SENT_PAPERS and span[0].lower_ in DEFINITE and (sender := self._issuer(head)):
            return sender  # "The invitation requested …", after "X extended invitations"
        if lemma in DOCUMENT_NOUNS and span[0].lower_ in DEFINITE:
            if any(c.dep_ == "acl" and c.lemma_.lower() in SEEN_BY_VERBS for c in head.children):
                return self._issuer(head)  # "The memo, first reported by The Guardian,": not the paper's memo
            return self._issuer(head) or self.last_speaker
        if speaking and lemma in PUBLISHED_WORKS and span[0].lower_ in DEFINITE and (maker := self._issuer(head)):
            return maker  # "The same broadcast accused …", "According to the report, …": whoever put it out
        if lemma in UNSIGNED_RECORDS and speaking and head.tag_ == "NN":
            # rule speaker.unsigned-document: "according to a diplomatic cable", "a second cable says": the cable
            fired("speaker.unsigned-document")
            sent = (self._sent_from(c) for c in head.children if c.dep_ == "acl")  # "a cable sent from the embassy"
            return next((s for s in sent if s is not None), None) or self._issuer(head) or self._unnamed(span).id
        if span[0].lower_ == "both" and head.tag_ == "NNS" and lemma in ORG_NOUNS:
            # rule speaker.both-bodies: "both governments said", "both ministries said": the two bodies just named,
            # as a group the events stage resolves, never one body called "both governments"
            fired("speaker.both-bodies")
            return self.table.add(ActorKind.GROUP, span.text, mention=span, key=f"{span.text.lower()}@{span.start}").id
        if (kind := self._described_kind(span)) is not None:
            return kind
        body = lemma in ORG_NOUNS or (lemma in NONSTATE_BODY_NOUNS and head.tag_ == "NN")
        if lemma == "ministry" and _bare_definite(span) and (ministry := self._ministers_ministry(span)) is not None:
            return ministry.id
        if body and _bare_definite(span) and (named := self._named_org(span.start, lemma)) is not None:
            fired("speaker.definite-org")
            return named  # "The company says": the company the story named
        if body:
            return self._organization(_before_a_joined_party(span)).id
        if (same := self._the_same(span)) is not None:
            fired("speaker.the-same")
            return same
        if span[0].lower_ in INDEFINITE and lemma in INDIVIDUAL_NOUNS and head.tag_ == "NN":
            # rule speaker.unnamed-individual: "One man wrote", "another commenter said"
            fired("speaker.unnamed-individual")
            name = re.sub(r"^(a|an)\s+", "", span.text, flags=re.IGNORECASE)
            return self.table.add(ActorKind.ANONYMOUS, name, mention=span, key=f"{name}@{span.start}").id
        if lemma in RELATIVE_NOUNS and span[0].lower_ in KIN_OWNERS and (kin := self._known_titled(span)) is not None:
            fired("speaker.kin-named-before")  # "His daughter, Dr Hiwot Bekele, …" then "his daughter said"
            return kin.id
        in_headline = _in_headline(self.doc, span) and head.tag_ in ("NN", "NNP")
        titled = lemma in TITLE_NOUNS or head.text in TITLE_INITIALISMS  # "the Georgian PM said"
        if (in_headline or (span[0].lower_ in DEFINITE and head.tag_ == "NN")) and titled:
            known = self._known_titled(span)
            if known is not None:
                return known.id  # "the spokesman": the spokesman the article named before
        if (seated := self._seat_holder(span)) is not None:
            return seated
        if (
            _bare_definite(span)
            and head.tag_ == "NN"
            and lemma in ROLE_NOUNS & SOURCE_NOUNS
            and not self._unnamed_before(lemma)
        ):
            # rule speaker.trial-role: "the witness told the court" is the person named giving evidence, unless the
            # story quoted an unnamed witness before
            if (described := self._described(span, exclude, speaking=speaking)) is not None:
                fired("speaker.trial-role")
                return described
        if speaking and (voice := self._speaker_as_spokesman(span, head)) is not None:
            return voice
        plural_title = head.tag_ == "NNS" and head.lemma_.lower() in TITLE_NOUNS  # "the two presidents"
        if low in SOURCE_NOUNS or low in GROUP_NOUNS or head.lemma_.lower() in SOURCE_NOUNS or plural_title:
            return self._unnamed(span).id
        if span[0].lower_ in DEFINITE and (age := _age_in(span)) is not None:
            # rule speaker.age-description: "the 62-year-old said", "the 74-year-old tycoon": whom the story gave
            # that age, else the person just named or speaking
            ages = self._ages_given(age, span.start)
            years = _years(age.text)
            same = {actor_id for actor_id, given in ages if given == years}
            if len(same) == 1 and (aged := next(iter(same))) and aged not in (exclude or set()):
                fired("speaker.age-description")
                return aged
            if same:
                fired("speaker.age-description")
                return None  # "a 62-year-old woman had been arrested", or two people aged 62: no one to choose
            described = self._described(span, exclude, speaking=speaking) if age.i == head.i else None
            if described is not None and all(given == years for actor_id, given in ages if actor_id == described):
                fired("speaker.age-description")
                return described  # not "Tom Byrne, 54," for "the 62-year-old"
        if span[0].lower_ in DEFINITE and head.tag_ in ("NN", "NNP") and (titled or lemma in ROLE_NOUNS):
            described = self._described(span, exclude, speaking=speaking)
            if described is not None:
                return described
        if {t.lower_ for t in head.subtree} & ANONYMITY_CUES:
            return self._unnamed(span).id  # "one lawmaker familiar with the hearing"
        if low in TITLE_NOUNS or head.lemma_.lower() in TITLE_NOUNS:
            return self._titled(span).id
        if head.tag_ == "NNS" and lemma in STAFF_NOUNS and (staff := self._staff(span)) is not None:
            return staff.id
        plural_subject = head.tag_ == "NNS" and head.dep_ in ("nsubj", "nsubjpass")  # a party is described_group's
        if plural_subject and lemma in PEOPLE_NOUNS and self.table.actor_in(span) is None:
            fired("speaker.plural-people")  # "aid workers said", "Polish farmers fear"
            return self._unnamed(span).id
        if speaking and head.tag_ == "NN" and lemma in PEOPLE_NOUNS and (delayed := self._delayed_name(span)):
            return delayed.id  # "A former driver for the head of the Sarpi post told the court …", named next
        gone_to = len(span) == 1 and head.ent_type_ in ("ORG", "") and city_gone_to(head.text, head)
        if gone_to:
            fired("actor.city-not-organisation")  # "visited Tiraspol", even after "Tiraspol-based" firms
        if speaking and not gone_to and _one_unnamed_person(span, head):
            # rule speaker.unnamed-person-of-place: "a sawmill owner in Bergdorf", "a Bergdorf sawmill owner", "an
            # engineer at the Rivers Commission" is someone unnamed, not the place or body that says where they are
            fired("speaker.unnamed-person-of-place")
            return self._unnamed(span).id
        inner = None if gone_to else self.table.actor_in(span)
        if inner is not None:
            return inner.id
        geo = gazetteer()
        if head.ent_type_ == "GPE" and len(span) == 1 and (known := self.table.by_key.get(("person", low))) is not None:
            fired("speaker.unknown-place-a-person")  # "Vučić met …" once his quote made him a person
            return known
        if _unknown_place_as_subject(span, head, speaking):
            # rule speaker.unknown-place-a-person: '"I hope for a solution," wrote Vučić', the family name tagged a
            # place the gazetteer does not know, as the subject of speaking or meeting: a person, not a state
            fired("speaker.unknown-place-a-person")
            return self.table.add(ActorKind.PERSON, head.text, mention=span).id
        if (
            gone_to
            or head.ent_type_ in ("GPE", "LOC", "FAC")
            or (head.pos_ == "PROPN" and (geo.is_capital(head.text) or geo.is_country_name(head.text)))
        ):
            # a place speaks or meets only as its state: "Moscow said", "with Kyiv"
            return state.id if (state := self.table.state_at(head)) is not None else None
        initials = head.is_upper and head.is_alpha and 2 <= len(head) <= 6  # "ECOWAS" the tagger read as a noun
        misread = len(span) == 1 and head.pos_ == "ADV" and head.is_title  # "“…,” Tolliver wrote"
        if head.pos_ == "PROPN" and head.ent_type_ == "DATE" and self._date_not_a_name(head):
            fired("speaker.date-not-a-name")  # "journeys between June and October": when, not who
            return None
        if initials and head.text in TITLE_INITIALISMS:
            holder = self._initialism_holder(span)
            geo = gazetteer()
            if holder is not None:
                return holder  # "the PM", "Chinese vice FM" is whoever holds the office, never a body called so
            if not any(t.i != head.i and t.pos_ == "PROPN" and not geo.is_demonym(t.text) for t in span):
                return self._titled(span).id  # no holder named before: the office, as "the prime minister" is
        if (head.pos_ == "PROPN" or head.lower_ in PARTICLES or initials or misread) and not is_dateline(span):
            if (person := self._titled_name(span)) is not None:
                return person.id
            return self._proper_name(span).id
        if speaking and head.pos_ == "NOUN" and lemma in DESCRIBED_SOURCES:
            # rule speaker.described-source: "Local businesses say", "City hall said", "the border guard said",
            # "Human rights groups say", "one Turkish Cypriot newspaper claimed": a body, a group or an outlet
            # named by what it is speaks as itself
            fired("speaker.described-source")
            if lemma in OUTLET_NOUNS:
                name = re.sub(r"^(the|a|an|some)\s+", "", span.text, flags=re.IGNORECASE)
                return self.table.add(ActorKind.OUTLET, name, mention=span, key=f"{name.lower()}@{span.start}").id
            if lemma in ORGANIZATION_WORDS and head.tag_ == "NN":
                return self._organization(span).id  # "according to the diocese": a body, not a person
            return self._unnamed(span).id
        # "A former guerrilla told the court …", named in the next paragraph (one of PEOPLE_NOUNS was looked up above)
        if speaking and head.tag_ == "NN" and lemma not in PEOPLE_NOUNS and (delayed := self._delayed_name(span)):
            return delayed.id
        if speaking and head.tag_ == "NN" and head.dep_ == "nsubj" and span[0].lower_ in ("a", "an"):
            if lemma in PEOPLE_NOUNS | INDIVIDUAL_NOUNS | STAFF_NOUNS:
                # rule speaker.plural-description, for one: "A party agent in Kano, who asked not to be named, said"
                fired("speaker.plural-description")
                return self._unnamed(span).id
        if (
            speaking
            and low == "one"
            and (of := _of_many(head)) is not None
            and of.lemma_.lower() not in NOT_SPEAKING_NOUNS
        ):
            fired("speaker.plural-description")  # "One of her followers replied": one of a group, unnamed
            name = strip_article(span.text)
            return self.table.add(ActorKind.ANONYMOUS, name, mention=span, key=f"{name.lower()}@{span.start}").id
        if (
            speaking
            and head.tag_ == "CD"
            and low != "one"
            and (of := _of_many(head)) is not None
            and of.lemma_.lower() in PEOPLE_NOUNS | STAFF_NOUNS | TITLE_NOUNS
        ):
            fired("speaker.plural-description")  # "At least four of the nine council members said": some of a group
            return self.table.add(ActorKind.GROUP, span.text, mention=span, key=f"{span.text.lower()}@{span.start}").id
        if speaking and head.tag_ == "NNS" and head.dep_ == "nsubj" and lemma not in NOT_SPEAKING_NOUNS:
            # rule speaker.plural-description: "Rebel fighters said …", "Two cosmetics brands said …": people or
            # bodies named by what they are speak as a group
            fired("speaker.plural-description")
            name = re.sub(r"^(the|these|those|some)\s+", "", span.text, flags=re.IGNORECASE)
            key = f"{name.lower()}|group"
            return self.table.add(ActorKind.GROUP, _without_quantifier(name), mention=span, key=key).id
        return None

    def _named_together(self, head: Token, span: SpacySpan) -> str | None:
        """ "Arman Dosov and his Kyrgyz counterpart, Bakyt Sultanov, said …" (rule speaker.named-together): people
        named as one subject of the words speak together, as the group of them, "Arman Dosov and Bakyt Sultanov"."""
        first = self.table.actor_at(head)
        if first is None or first.kind is not ActorKind.PERSON:
            return None
        people = [first]
        chain = [head]
        for token in chain:  # "A, B and C": each conjunct hangs on the one before or on the first
            chain.extend(c for c in token.children if c.dep_ == "conj")
        for conj in chain[1:]:
            actor = self.table.actor_at(conj)
            if actor is None and conj.pos_ == "NOUN":
                actor = self._apposed_person(conj)  # "his Kyrgyz counterpart, Bakyt Sultanov"
            if actor is None or actor.kind is not ActorKind.PERSON or actor in people:
                people = []  # "Dosov and his officials": not people named each, unless the words list them
                break
            people.append(actor)
        if len(people) < 2:
            people = self._listed_people(span) or []
        if len(people) < 2:
            return None
        fired("speaker.named-together")
        names = [p.name for p in people]
        name = f"{', '.join(names[:-1])} and {names[-1]}"
        return self.table.add(ActorKind.GROUP, name).id  # no mention: each name stays its person's

    def _listed_people(self, span: SpacySpan) -> list[Actor] | None:
        """The people a subject lists by name with their titles, "harbour master Tom Hale, councillor Ana Moss and
        union leader Lena Varga", however the parser hung the list (rule speaker.listed-together): between the names
        only commas, titles and a last "and"; no possessive or clause ("Tom Hale, Ana Moss's lawyer", "Hale, who met
        Moss"); a person a member's description relates him to ("Tom Hale, the brother of former mayor Ana Moss, and
        Lena Varga") is left out, and speaks with none."""
        people: list[Actor] = []
        gaps: list[list[Token]] = [[]]
        related = {id(actor) for token in span if (actor := self._related_person(token)) is not None}
        for token in span:
            actor = self.table.actor_at(token)
            if actor is not None and actor.kind is ActorKind.PERSON and id(actor) not in related:
                if people and people[-1] is actor and all(t.text in NAME_MARKS for t in gaps[-1]):
                    gaps[-1] = []  # "Marie-Claire": a hyphen the tagger left out of the name
                elif actor in people:
                    return None
                else:
                    people.append(actor)
                    gaps.append([])
            else:
                gaps[-1].append(token)
        if len(people) < 2 or not any(t.lower_ == "and" for t in gaps[-2]):
            return None
        if any(not self._list_filler(t, related) for gap in gaps for t in gap):
            return None
        fired("speaker.listed-together")
        return people

    def _related_person(self, token: Token) -> Actor | None:
        """The person a list member's description relates him to, named as the object of "of", "for" or "to"
        ("Tom Hale, the brother of former mayor Ana Moss"): in the list, but no member of it (rule
        speaker.listed-together)."""
        actor = self.table.actor_at(token)
        if actor is None or actor.kind is not ActorKind.PERSON:
            return None
        node = token
        while node.dep_ in ("compound", "flat") and node.head.i != node.i:
            node = node.head
        before = token.doc[token.i - 1] if token.i else None
        prep = node.head if node.dep_ == "pobj" else before
        if prep is None or prep.pos_ != "ADP" or prep.lower_ not in RELATION_PREPOSITIONS:
            return None
        return actor

    def _list_filler(self, token: Token, related: set[int] | frozenset[int] = frozenset()) -> bool:
        """A word that may stand between the names of a list of people: a comma, "and", a title's or an age's word
        ("harbour master", "his deputy", "minister for youth", "47"), or of a relation to a person left out of the
        list (``related``: "the brother of Ana Moss"); not a possessive "'s", a pronoun of a clause ("who"), a verb
        of a clause, nor a preposition whose object is any other actor named."""
        if token.is_punct:
            return token.text == ","
        if token.pos_ == "CCONJ":
            return token.lower_ == "and"
        if token.pos_ == "VERB":
            return token.dep_ in ("compound", "amod")  # "harbour" tagged a verb in "harbour master"
        if token.pos_ == "ADP":
            after = token.nbor() if token.i + 1 < len(token.doc) else None
            named = self.table.actor_at(after) if after is not None else None
            if named is not None and id(named) in related:
                return token.lower_ in RELATION_PREPOSITIONS  # "the brother of Ana Moss", Moss left out of the list
            return token.lower_ in ("of", "for") and named is None
        if token.tag_ == "PRP$":
            return True  # "his deputy, Ana Moss"
        return token.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM") and token.lower_ not in ("'s", "’s")

    def as_described(self, span: SpacySpan) -> str | None:
        """ "The chancery said only that …", "according to a draft communiqué" (rule speaker.as-described): a
        speaker named only by a common noun, whom no rule ties to anyone the story names, speaks as what the phrase
        says it is, not as no one: a reader credits the words to the chancery, or to the draft."""
        head = span.root if span.root.pos_ != "DET" or len(span) == 1 else span[-1]
        if head.pos_ != "NOUN" or head.lower_ in NOT_SPEAKERS or self._inside_quotes(head):
            return None  # not a phrase inside quotation marks, which someone's words, read as a subject, would be
        if _age_in(span) is not None:
            return None  # "the 62-year-old": whom the story gave that age, or no one when that is not clear
        if not _can_speak(span, head):
            return None
        if _bare_definite(span) and (holder := self._known_titled(span)) is not None:
            # rule speaker.title-given-before: "the archimandrite" is the person the story gave that title, though
            # the word is in no list of titles
            fired("speaker.title-given-before")
            return holder.id
        fired("speaker.as-described")
        last_anonymous = self.last_anonymous
        described = self._unnamed(span).id
        self.last_anonymous = last_anonymous  # "the sources" later are not this
        return described

    def _styled_ruler(self, span: SpacySpan) -> str | None:
        """ "His Highness the Amir said", "the Emir expressed …": a ruler's style after "the", with no name after it,
        is the one person the story gives that style as a title (rule speaker.style-after-the); with two so styled
        ("the Emir of Qatar … the Emir of Kuwait") it is neither."""
        style = span[-1]
        if not style_after_the(style):
            return None
        holders = [a for a in self.table.persons() if any(style.lower_ in t.lower().split() for t in a.titles)]
        if len(holders) != 1:
            return None
        fired("speaker.style-after-the")
        return holders[0].id

    def _leader_before(self, span: SpacySpan, head: Token) -> str | None:
        """ "An Egyptian delegation headed by Hassan Rashad arrived on Sunday. The delegation held talks with X": "the
        delegation" (team, mission) is the one whose leader the sentences just before named, and its leader stands
        for it (rule party.delegation-led-before)."""
        lemma = head.lemma_.lower()
        if lemma not in LED_GROUPS or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        if head.tag_ == "NNS":
            return None  # "the two delegations": both sides, not the one whose leader was named
        sents = doc_sents(self.doc)
        here = sentence_index(sents, head.i)
        states, words = set(nationalities(head)), _group_qualifiers(head)
        for sent in reversed(sents[max(here - LED_GROUP_SENTENCES, 0) : here + 1]):
            for noun in (t for t in reversed(sent) if t.i < span.start and t.lemma_.lower() == lemma):
                if states and (told := set(nationalities(noun))) and told != states:
                    continue  # "Mensah led the Ghanaian delegation … the Ivorian delegation": another one
                if words and (said := _group_qualifiers(noun)) and not words & said:
                    continue  # "the Government delegation, led by X, … with the LTTE delegation": another one
                if (leader := self._led_by(noun)) is not None:
                    fired("party.delegation-led-before")
                    return leader.id
        return None

    def _led_by(self, group: Token) -> Actor | None:
        """The person a group is said to be led by, where it is told: "a delegation headed by X", "the delegation
        was led by X", "X (, who) led the delegation" (rule party.delegation-led-before)."""
        verb = group.head
        if group.dep_ == "nsubjpass" and verb.lemma_.lower() in LEADING_VERBS:  # "the delegation was led by X"
            agents = [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            leader = next((a for t in agents if (a := self.table.actor_at(t)) is not None), None)
            return leader if leader is not None and leader.kind is ActorKind.PERSON else None
        verbs = [c for c in group.children if c.dep_ == "acl" and c.lemma_.lower() in LEADING_VERBS]
        if group.dep_ == "dobj" and verb.lemma_.lower() in LEADING_VERBS:
            verbs.append(verb)  # "X (, who) led the delegation"
        return next((leader for v in verbs if (leader := self._leader_of(v)) is not None), None)

    def leader_named_before(self, group: Token) -> str | None:
        """The person the sentences before said led ``group``, "the (Ghanaian) delegation" of a contact."""
        return self._leader_before(self.doc[group.left_edge.i : group.i + 1], group)

    def _head_of_state(self, span: SpacySpan, head: Token, office: str) -> str | None:
        """ "the head of state", "the Algerian head of state", "Ghana's head of state": the state's leader the
        article names (rule speaker.head-of-state); "a head of state", "the first head of state to …", "a former
        head of state" are no one in particular."""
        qualifiers = [c for c in head.children if c.dep_ in ("det", "poss", "amod", "compound", "nummod")]
        geo = gazetteer()
        states = [code for c in qualifiers if c.dep_ != "det" and (code := geo.country_of(c.text.removesuffix("'s")))]
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in qualifiers) and not states:
            return None
        if len(states) != sum(c.dep_ != "det" for c in qualifiers) or len(set(states)) > 1:
            return None  # "the first head of state", "the former head of state", two states
        leader = the_head_of_state(self.table, states[0] if states else None, self._paper_home, office)
        if leader is None:
            return None
        fired("speaker.head-of-state")
        return leader.id

    def _leader_named_after(self, head: Token, possessor: Token) -> str | None:
        """ "A trade mission … returned with what its leader called …" / "The delegation, headed by the chamber's
        president, X, …" or "…, said X, who led the group": a delegation's (mission's, team's) leader in the lede is
        the person the next sentences say led it (rule speaker.leader-named-after)."""
        if possessor.lower_ != "its" or head.lemma_.lower() not in LEADER_NOUNS or head.tag_ != "NN":
            return None
        sents = doc_sents(self.doc)
        here = sentence_index(sents, head.i)
        if not any(t.lemma_.lower() in LED_GROUPS and t.i < possessor.i for t in sents[here]):
            return None
        for sent in sents[here + 1 : here + 1 + LEADER_AHEAD_SENTENCES]:
            for verb in (t for t in sent if t.lemma_.lower() in LEADING_VERBS and t.pos_ == "VERB"):
                if (leader := self._leader_of(verb)) is not None:
                    fired("speaker.leader-named-after")
                    return leader.id
        return None

    def _leader_of(self, verb: Token) -> Actor | None:
        """The person a leading verb says led a group: "the delegation, headed by X", "X, who led the group"."""
        group = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "dobj"), None)
        if group is None or group.lemma_.lower() not in LED_GROUPS | {"group"}:
            return None
        if verb.dep_ == "acl":
            leaders = [g for a in verb.children if a.dep_ == "agent" for c in a.children for g in c.subtree]
        else:
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            relative = verb.dep_ == "relcl" and any(c.tag_ == "WP" for c in subjects)
            leaders = [t for t in _apposed_top(verb.head).subtree if t.i < verb.i] if relative else subjects
        return next(
            (a for t in leaders if (a := self.table.actor_at(t)) is not None and a.kind is ActorKind.PERSON), None
        )

    def _apposed_handle(self, head: Token) -> SpacySpan | None:
        """The @handle apposed to a description, after its comma ("a fan account, @RiftRunners,"), or given as its
        name ("an account called @RiftRunners", rule speaker.account-called), or None."""
        for token in self.doc[head.i + 1 : min(head.right_edge.i + 3, len(self.doc))]:
            if HANDLE.fullmatch(token.text) and self.doc[token.i - 1].text == ",":
                return self.doc[token.i : token.i + 1]  # the parse may or may not hang it on the description
            if HANDLE.fullmatch(token.text) and _named_as(token) and token.head.head.i == head.i:
                fired("speaker.account-called")
                return self.doc[token.i : token.i + 1]
        return None

    def _date_not_a_name(self, word: Token) -> bool:
        """A month or a day the tagger took for a date ("between June and October"), unless it is the family name of
        a person the article names ("Theresa May … May said")."""
        if word.lower_ not in MONTHS_AND_DAYS:
            return False
        return not any(a.name.split()[-1].lower() == word.lower_ for a in self.table.persons())

    def _proper_name(self, span: SpacySpan) -> Actor:
        """A name no rule knew (rule speaker.name-before-apposition), named by its words up to a comma, bracket or
        dash: "Mwangaza Pipes Ltd, the Nairobi firm that won the tender" is "Mwangaza Pipes Ltd". A person when
        a person's noun heads what is apposed to it ("Lemalu Tavita Fa'asalele, the regional governor") or a given name
        starts it ("Yusuf Adebayo (Ward 4)"); an outlet when it is shaped like a paper's name ("The Sun Herald");
        else an organisation."""
        fired("speaker.name-before-apposition")
        cut = next((t.i for t in span if t.i > span.start and t.text in APPOSITION_MARKS), span.end)
        named, apposed = self.doc[span.start : cut], self.doc[cut + 1 : span.end]
        while len(named) > 2 and date_word(named[0]):
            fired("actor.leading-date")  # "On 7 June Jorge Vidal met …": not "7 June Jorge Vidal"
            named = named[1:]
        words = [t for t in named if t.is_alpha]
        bearers = [a for a in self.table.persons() if len(words) == 1 and a.name.split()[-1] == words[0].text]
        if len(bearers) == 1:
            self.table.add_mention(bearers[0], named)
            return bearers[0]  # "“…,” Tolliver wrote", the tagger's adverb: the one Tolliver named before
        person_noun = len(apposed) > 0 and apposed.root.lemma_.lower() in PEOPLE_NOUNS and apposed.root.tag_ == "NN"
        given = len(words) >= 2 and words[0].is_title and words[0].lower_ in given_names()
        if len(words) >= 2 and takes_who(named):
            fired("actor.person-by-who")  # "Siti Aminah, whose son has been in a tent ward for days, said …"
            given = True
        if (person_noun or given) and 2 <= len(words) <= 4 and not any(t.lower_ in ORGANIZATION_WORDS for t in words):
            person = self.table.add(ActorKind.PERSON, strip_possessive(named.text), mention=named)
            if person_noun:
                title = strip_article(self.doc[apposed.start : apposed.root.i + 1].text)
                if title not in person.titles:
                    person.titles.append(title)
            return person
        name = strip_the(strip_possessive(named.text))
        if is_outlet_name(name):
            return add_outlet(self.table, name, named)  # "The Sun Herald, for its part, says …": a paper's name
        return self.table.add(ActorKind.ORGANIZATION, strip_possessive(named.text), mention=named)

    def _outlet_by_noun(self, span: SpacySpan) -> Actor | None:
        """An outlet the text calls one (rule speaker.outlet-by-noun): "the Harbor Ledger newspaper", "the Lisbon
        daily Gazeta Atlântica". Its name is the capitalised words right after the noun, else (the noun heading a
        definite phrase) those right before it, without a place that only says where it is published."""
        nouns = [t for t in span if t.lower_ in OUTLET_NOUNS and (t.pos_ == "NOUN" or t.lower_ in PERIODICALS)]
        if not nouns:
            return None
        noun = nouns[-1]
        words = _proper_run(self.doc, noun.i + 1, span.end, step=1)
        bare = False
        if not words and noun.i == span.root.i:
            words = _hyphened_run_before(self.doc, noun.i, span.start)
            proper = [t for t in words if t.pos_ == "PROPN"]
            bare = bool(words) and words[0].i == span.start  # "Al-Hayat newspaper said": nothing before the name
            if not bare and (span[0].lower_ not in DEFINITE or len(proper) < 2):
                words = []  # not "a Baton Rouge newspaper"
        geo = gazetteer()
        if not words or all(
            t.ent_type_ in PLACE_ENTITIES or geo.country_of(t.text) or geo.is_capital(t.text) for t in words
        ):
            return None  # "the Moscow newspaper": where, not which
        if bare:
            fired("speaker.bare-outlet-name")
        fired("speaker.outlet-by-noun")
        mention = self.doc[words[0].i : words[-1].i + 1]
        return add_outlet(self.table, mention.text, mention)

    def _apposed_person(self, head: Token) -> Actor | None:
        """The person a description is apposed to (rule speaker.apposed-name): "one of the released men, Tomas
        Reyes", "the union's secretary-general, Ana Costa" speak as the person named; and the body a noun for a
        body is apposed to: "Her party, the Orange Democratic Alliance", "Musk's company SpaceX"."""
        bodies = (ActorKind.ORGANIZATION, ActorKind.OUTLET) if head.lemma_.lower() in BODY_NOUNS else ()
        for child in head.children:
            if child.dep_ == "appos" and child.i > head.i:
                actor = self.table.actor_at(child)
                if actor is not None and (actor.kind is ActorKind.PERSON or actor.kind in bodies):
                    fired("speaker.apposed-name")
                    return actor
        return None

    def _apposed_past_of(self, head: Token) -> Actor | None:
        """ "The chief executive of Hansa Gasversorgung, Friedrich Sommer": the parse hangs the name on the body's
        name that ends the "of" phrase; it names the one the description is of."""
        if head.lemma_.lower() not in PEOPLE_NOUNS:
            return None
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    for child in pobj.children:
                        actor = self.table.actor_at(child) if child.dep_ == "appos" and child.i > pobj.i else None
                        if (
                            actor is not None
                            and actor.kind is ActorKind.PERSON
                            and actor is not self.table.actor_at(pobj)
                        ):
                            return actor
        return None

    def _family_name_alone(self, family: str, full: str) -> Actor | None:
        """The one person the text named only by the family name of a name the tagger missed ("Per Ek" … "Ek
        added"), now named in full (rule speaker.apposed-name)."""
        alone = [a for a in self.table.persons() if a.name == family]
        if len(alone) != 1:
            return None
        fired("speaker.apposed-name")
        person = alone[0]
        person.aliases.append(person.name)
        person.name = full
        self.table.by_key[(ActorKind.PERSON.value, full.casefold())] = person.id
        return person

    def _second_subject(self, span: SpacySpan) -> Actor | None:
        """ "…," said the association's secretary-general, Yeh Kuo-liang.": a person's noun and the name after its
        comma that the parse made two subjects of one verb (rule speaker.apposed-name): the name is the speaker."""
        head, doc = span.root, self.doc
        if head.lemma_.lower() not in PEOPLE_NOUNS or span.end + 1 >= len(doc) or doc[span.end].text != ",":
            return None
        person = self.table.actor_at(doc[span.end + 1])
        if person is None or person.kind is not ActorKind.PERSON:
            return None
        named = [t for t in doc[span.end + 1 : span.end + 6] if self.table.actor_at(t) is person]
        last = named[-1]
        if last.head.i == head.head.i and last.dep_ == head.dep_:
            fired("speaker.apposed-name")
            return person
        return None

    def _title_then_name(self, span: SpacySpan) -> Actor | None:
        """ "National Teachers Union chair Carlos Harris said": a title and the name right after it, which
        the parse made two subjects of one verb, the title first (rule speaker.title-then-name): the name is the
        speaker, not someone the title describes."""
        head = span.root
        name = self.doc[head.i + 1 : span.end]
        named = {t.i for t in name if (a := self.table.actor_at(t)) is not None and a.kind is ActorKind.PERSON}
        brief = _brief_of(name, named)
        name = name[brief:]  # "Minister of Foreign Relations Tete Ana", the parse making the name the title's conjunct
        hung = len(name) > 0 and (name[-1].head.i == head.head.i or (brief > 0 and name[-1].head.i == head.i))
        if head.lemma_.lower() not in TITLE_NOUNS or not hung:
            return None
        person = self.table.actor_at(name[-1])
        if person is None or person.kind is not ActorKind.PERSON:
            return None
        if all(self.table.actor_at(t) is person for t in name):
            fired("speaker.title-then-name")
            return person
        return None

    def _titled_name(self, span: SpacySpan) -> Actor | None:
        """ "Mayor Ines Calloway" the tagger missed (rule speaker.titled-name): titled people are people. The
        title words lead, two or three capitalised names follow."""
        words = [t for t in span if not t.is_punct]
        geo = gazetteer()
        lead = 0
        while lead < min(len(words), MAX_TITLE_QUALIFIERS) and _qualifies_title(words[lead]):
            lead += 1  # "Cambodian Minister …", "Bavaria Premier …", "Union spokesperson …"
        titles = lead
        while titles < len(words) and (
            words[titles].lower_.rstrip(".") in TITLE_NOUNS | ROLE_NOUNS | HONORIFIC_WORDS
            or words[titles].text in TITLE_INITIALISMS  # "FM Arif Qadri" (rule actor.title-initialism)
        ):
            titles += 1
        if lead == titles:
            return None
        if titles < len(words) and words[titles].lower_ == "of":
            # "Minister of Water Resources Sok Chenda Vannak": the brief ends at its last word (actor.after-the-brief)
            brief = [n for n, t in enumerate(words[titles:], start=titles) if t.lower_ in PORTFOLIO_WORDS]
            if brief:
                fired("actor.after-the-brief")
            titles = brief[-1] + 1 if brief else titles
        names = words[titles:]
        if not 2 <= len(names) <= 4 or not all(
            (t.is_title and t.is_alpha)
            or INITIAL.fullmatch(t.text)
            or (0 < n < len(names) - 1 and t.lower_ in PARTICLES)
            for n, t in enumerate(names)
        ):
            return None  # "Joost ter Borgh": a particle inside the name
        if any(t.lower_ in ORGANIZATION_WORDS or geo.country_of(t.text) for t in names):
            return None
        fired("speaker.titled-name")
        mention = self.doc[names[0].i : names[-1].i + 1]
        person = self.table.add(ActorKind.PERSON, mention.text, mention=mention)
        title = self.doc[words[0].i : words[titles - 1].i + 1].text
        if title not in person.titles:
            person.titles.append(title)
        return person

    def _it(self, pronoun: Token) -> str | None:
        """ "It added": the outlet, organisation or state that spoke in this sentence or the two before, else one
        the text made a subject there (rule pronoun.it). A person is never "it"; "it is worth noting" is no one."""
        if pronoun.head.lemma_ == "be":
            return None
        speaking = {ActorKind.OUTLET, ActorKind.ORGANIZATION, ActorKind.COUNTRY}
        sents = doc_sents(self.doc)
        here = sentence_index(sents, pronoun.i)
        window = sents[max(here - 2, 0)]
        last = self.table.get(self.last_speaker)
        document = last is not None and last.id == self.document_voice  # "It further explained … It went on"
        if (
            last is not None
            and (last.kind in speaking or document)
            and window.start_char <= self.last_end <= pronoun.idx
        ):
            fresh = self._subject_since(pronoun, speaking)
            if fresh is None and last.kind is ActorKind.OUTLET:
                fresh = self._untagged_paper_since(pronoun)
            if fresh is not None and fresh != last.id:
                fired("pronoun.it-new-subject")
                return fresh
            fired("pronoun.it-document" if document else "pronoun.it")
            return last.id
        for i in range(pronoun.i - 1, window.start - 1, -1):
            if (voice := self._speaking_document(self.doc[i])) is not None:
                return voice
            actor = self.table.actor_at_index(i)
            same_sentence = i >= sents[here].start  # "Although the IMF did not …, it referenced …"
            if actor is not None and actor.kind in speaking and _role(self.doc[i]) >= (1 if same_sentence else 2):
                fired("pronoun.it")
                return actor.id
            if actor is None and (body := self._body_subject(self.doc[i], speaking)) is not None:
                return body
            if HANDLE.fullmatch(self.doc[i].text) and _role(self.doc[i]) >= (1 if same_sentence else 2):
                # rule pronoun.it-account: "an anonymous account, @PortWatcher, posted a photograph it said showed …"
                fired("pronoun.it-account")
                return self.table.add(ActorKind.PERSON, self.doc[i].text, mention=self.doc[i : i + 1]).id
        return None

    def _speaking_document(self, token: Token) -> str | None:
        """ "“…,” the statement reads. It further explained that …" (rule pronoun.it-document): a document that
        spoke in a main clause since the words quoted ("the statement said", "according to the readout") is what
        "it" is, nearer than any body its quoted words name, and "it" speaks for whoever the document speaks for,
        a person who issued it included."""
        if token.lemma_.lower() not in DOCUMENT_NOUNS or token.tag_ != "NN" or self._inside_quotes(token):
            return None
        said = token.dep_ == "nsubj" and token.head.lemma_.lower() in SPEECH_VERBS | {"read"}
        according = token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"
        if not ((said and _role(token) == 2) or according):
            return None
        voice = self.resolve(self.doc[token.left_edge.i : token.i + 1], speaking=True)
        if voice is not None:
            fired("pronoun.it-document")
            self.document_voice = voice
        return voice

    def _body_subject(self, token: Token, kinds: set[ActorKind]) -> str | None:
        """ "The Ukrainian embassy rejected the report. “…,” it said." (rule pronoun.it-body): a body named by
        what it is ("embassy", "ministry", "office"), the subject of a main clause before "it" that no rule has yet
        made an actor of, is what "it" is."""
        if token.tag_ != "NN" or token.dep_ not in ("nsubj", "nsubjpass") or token.lemma_.lower() not in ORG_NOUNS:
            return None
        if _role(token) < 2:
            return None
        found = self.resolve(self.doc[token.left_edge.i : token.i + 1], speaking=True)
        actor = self.table.get(found) if found is not None else None
        if actor is None or actor.kind not in kinds:
            return None
        fired("pronoun.it-body")
        return actor.id

    def _subject_since(self, pronoun: Token, kinds: set[ActorKind]) -> str | None:
        """ "… the paper's editorial argues X. The Evening Courier is more interested in a call. Novak, it reports,
        …" (rule pronoun.it-new-subject): a body or outlet made the subject of a main clause of its own sentence
        after the last words reported, before the pronoun's sentence, and not inside quotes, is what "it" is."""
        for token in self._main_subjects_since(pronoun):
            actor = self.table.actor_at(token)
            if actor is not None and actor.kind in kinds and not self._inside_quotes(token):
                return actor.id
            if actor is None and not self._inside_quotes(token) and (body := self._body_subject(token, kinds)):
                return body  # "The presidency would not confirm it. The embassy was less coy: it called …"
        return None

    def _untagged_paper_since(self, pronoun: Token) -> str | None:
        """ "… it says, quoting El Correo. O Século Novo, in Lisbon, is more cautious. “…,” it warns." (rule
        pronoun.it-new-paper): after a paper spoke, a proper name the tagger did not take for anything, made the
        subject of a main clause of its own sentence since, is the next paper "it" speaks for."""
        for token in self._main_subjects_since(pronoun):
            if token.pos_ != "PROPN" or token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            name = self.doc[token.left_edge.i : token.i + 1]
            if self.table.actor_in(name) is not None or self._inside_quotes(token):
                continue
            if not all(t.is_title or t.lower_ in PARTICLES for t in name if t.pos_ != "DET"):
                continue
            fired("pronoun.it-new-paper")
            words = strip_article(name.text)
            return self.table.add(ActorKind.OUTLET, words, mention=name).id
        return None

    def _paper_named_since(self, before: int, latest: str) -> str | None:
        """ "… reported the Hanoi Times. The Phnom Penh Herald was in a more grateful mood. … the paper's editorial
        said" (rule speaker.paper-new-subject): a name made the subject of a main clause, in one of the two sentences
        before the one of "the paper", after the last outlet named, that the tagger took for nothing or for a body
        without a word for one ("Ministry", "Council"), is the paper meant, not that last outlet."""
        sents = doc_sents(self.doc)
        here = sentence_index(sents, before)
        outlet = self.table.get(latest)
        named_at = (
            max((m.start for m in outlet.mentions if m.start < self.doc[before].idx), default=-1) if outlet else -1
        )
        for sent in reversed(sents[max(here - 2, 0) : here]):
            for token in reversed([t for t in sent if t.dep_ in ("nsubj", "nsubjpass")]):
                if token.idx <= named_at:
                    return None
                if token.pos_ != "PROPN" or _role(token) < 2 or self._inside_quotes(token):
                    continue
                name = self.doc[token.left_edge.i : token.i + 1]
                if any(t.lower_ in TITLE_NOUNS for t in name):
                    continue  # "The Tunisian Foreign Minister" is no paper's name
                known = self.table.actor_in(name)
                if known is not None and (known.kind is not ActorKind.ORGANIZATION or a_bodys_name(known.name)):
                    continue
                if not all(t.is_title or t.lower_ in PARTICLES for t in name if t.pos_ != "DET"):
                    continue
                fired("speaker.paper-new-subject")
                if known is not None:
                    return known.id
                words = strip_article(name.text)
                return add_outlet(self.table, words, name).id
        return None

    def _main_subjects_since(self, pronoun: Token) -> Iterator[Token]:
        """Subjects of a main clause in the two sentences before the pronoun's, the nearer first, told after the
        last words reported (a new subject before those words is no longer the one "it" may be)."""
        sents = doc_sents(self.doc)
        here = sentence_index(sents, pronoun.i)
        for sent in reversed(sents[max(here - 2, 0) : here]):
            if sent.start_char < self.last_end:
                return
            yield from (token for token in sent if _role(token) == 2)

    def _possessed(self, span: SpacySpan, possessor: Token) -> str | None:
        """ "his campaign", "Paul Ryan's office" (rule speaker.possessive-service): the campaign or office of the
        person named; "the prime minister's spokesman" (rule speaker.possessive-spokesman): an unnamed spokesman
        named after his principal; "Trump's running mate" (rule speaker.possessive-role): the person the story
        is about, who is not Trump."""
        head = span.root
        lemma = head.lemma_.lower()
        owner_span = self.doc[possessor.left_edge.i : possessor.i + 1]
        if possessor.ent_type_ in ("DATE", "TIME"):
            return None  # "Monday's report", "last week's statement": a day owns nothing
        if possessor.lower_ in POSSESSIVE_PRONOUNS:
            owner_id = self._pronoun_owner(possessor)
        else:
            owner_id = self.resolve(owner_span)
        owner = self.table.get(owner_id)
        if (
            owner is not None
            and owner.kind is ActorKind.OUTLET
            and lemma in DOCUMENT_NOUNS | PUBLISHED_WORKS | PAPER_PAGES
        ):
            fired("speaker.document-owner")  # "Its report said", "Its front page announces", after the paper named
            return owner.id
        if owner is None or owner.kind not in (ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.COUNTRY):
            return None
        if (chief := self._body_chief(owner, span)) is not None:
            return chief
        words = self.doc[possessor.right_edge.i + 1 : head.i + 1].text  # "campaign", "press secretary"
        if (
            lemma == "ministry"
            and possessor.lower_ in POSSESSIVE_PRONOUNS
            and owner.kind is ActorKind.PERSON
            and (headed := self._ministry_headed_by(owner, span)) is not None
        ):
            # rule speaker.possessive-ministry: "his ministry said" after "Chile's Minister of Energy, Rodrigo
            # Fuentes," is the Ministry of Energy, not a body called "his ministry" ("Fuentes's ministry" is named
            # after him below, as a side of his talks)
            fired("speaker.possessive-ministry")
            return headed.id
        if lemma in PERSON_SERVICE_NOUNS and owner.kind is ActorKind.PERSON:
            fired("speaker.possessive-service")
            org = self.table.add(
                ActorKind.ORGANIZATION, _possessive(owner.name, words), mention=span, key=f"{owner.id}|{lemma}"
            )
            surname = owner.name.split()[-1]
            forms = _service_forms(owner.name, words) + (
                _service_forms(surname, words) if surname != owner.name else []
            )
            org.aliases.extend(f for f in forms if f not in org.aliases and f != org.name)
            if org.country is None:
                org.country = owner.country
            return org.id
        if lemma in ORG_NOUNS and owner.kind is ActorKind.ORGANIZATION:
            # "the Chilean government's press office" (rule speaker.possessive-body): a body of its own, of the owner's
            # country; not the government itself ("Peru's foreign ministry", owned by a state, is _organization's)
            fired("speaker.possessive-body")
            name = strip_article(self.doc[span.start : head.i + 1].text)
            org = self.table.add(ActorKind.ORGANIZATION, name, mention=span, key=f"{owner.id}|{lemma}")
            org.country = org.country or owner.country
            return org.id
        if lemma in DOCUMENT_NOUNS:
            # rule speaker.document-owner: "the EU's readout said", "Moss's letter says": its owner's words
            fired("speaker.document-owner")
            return owner.id
        if owner.kind is ActorKind.COUNTRY and lemma in TITLE_NOUNS and (held := self._known_titled(span)) is not None:
            # rule speaker.state-possessed-office: "Russia's top diplomat", "Iran's envoy" is the holder of that
            # office of that state the article names, as "the Russian top diplomat" is; not a source of its own
            fired("speaker.state-possessed-office")
            return held.id
        if lemma in SOURCE_NOUNS and head.tag_ in ("NN", "NNP"):
            fired("speaker.possessive-spokesman")
            source = self.table.add(
                ActorKind.ANONYMOUS, _possessive(owner.name, words), mention=span, key=f"{owner.id}|{lemma}"
            )
            if lemma in SPOKES_NOUNS and (other := f"{head.lower_} for {owner.name}") not in source.aliases:
                source.aliases.append(other)  # "Mr Hale's spokesman" is "a spokesman for Mr Hale" too
            surname = owner.name.split()[-1]
            if owner.kind is ActorKind.PERSON and (short := _possessive(surname, words)) not in source.aliases:
                source.aliases.append(short)  # "Mr Hale's official spokesman" is "Hale's official spokesman" too
            return source.id
        if owner.kind is ActorKind.PERSON and (lemma in TITLE_NOUNS | ROLE_NOUNS or head.lower_ in ROLE_NOUNS):
            # "Trump's running mate": whoever the article named so before ("Trump's running mate, Mike Pence,") or
            # titled so with Trump's name ("Trump running mate Mike Pence")
            fired("speaker.possessive-role")
            for token in self.doc[: span.start]:
                owned = any(c.dep_ == "poss" and self.table.actor_at(c) is owner for c in token.children)
                if token.lemma_ == head.lemma_ and owned:
                    named = [a for c in token.children if c.dep_ == "appos" and (a := self.table.actor_at(c))]
                    if named and named[0].kind is ActorKind.PERSON:
                        return named[0].id
            if head.tag_ == "NNS":
                # rule speaker.possessive-staff: "His officials said …" after "The fisheries minister, Alfred
                # Koli, …": the minister's officials, as a group known by the owner's name and by the phrase
                fired("speaker.possessive-staff")
                staff = self.table.add(
                    ActorKind.GROUP, _possessive(owner.name, words), mention=span, key=f"{owner.id}|{lemma}@staff"
                )
                if span.text not in staff.aliases:
                    staff.aliases.append(span.text)
                return staff.id
            known = self._known_titled(span)
            surname = owner.name.split()[-1].lower()
            if known is not None and known.id != owner.id and any(surname in t.lower() for t in known.titles):
                return known.id
            return self._titled(span).id  # someone the text does not name; never the owner
        return None

    def _body_chief(self, owner: Actor, span: SpacySpan) -> str | None:
        """ "The agency hopes …, its chief said", "the league's head added": the chief of a body the story names is
        the one person it titles as heading that body ("Agency Director-General X"), before or after (rule
        speaker.possessive-chief); with none or two such, no one named."""
        head = span.root
        if owner.kind is not ActorKind.ORGANIZATION or head.lower_ not in HEAD_NOUNS or head.tag_ != "NN":
            return None
        if span.start != head.i - 1:
            return None  # "its deputy chief", "its chief of staff" are other posts
        if any(c.dep_ == "prep" for c in head.children):
            return None
        heads = [a for a in self.table.persons() if any(title_heads_body(owner, t) for t in a.titles)]
        if len(heads) != 1:
            return None
        fired("speaker.possessive-chief")
        return heads[0].id

    def _for_the_office(self, span: SpacySpan, head: Token) -> str | None:
        """ "A spokesman for the Dutch Minister of Security and Justice, Joost van Rijswijk," (rule
        speaker.name-of-the-principal): the name apposed after an office in capitals is the office holder's, and
        the spokesman speaks, unnamed, for that person."""
        name_head = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i), None)
        named = self.table.actor_at(name_head) if name_head is not None else None
        if named is None or named.kind is not ActorKind.PERSON:
            return None
        apposed = list(name_head.subtree)
        if (office := self._office_served(head, apposed)) is None:
            return None
        fired("speaker.name-of-the-principal")
        if office.text not in named.titles:
            named.titles.append(office.text)
        if head.lower_ in named.titles:
            named.titles.remove(head.lower_)  # the spokesman's title, given the name apposed to it
        name = strip_article(self.doc[span.start : apposed[0].i].text.rstrip(" ,"))
        return self.table.add(ActorKind.ANONYMOUS, name, mention=span, via=named.id, key=f"{name}@{span.start}").id

    def _office_served(self, head: Token, apposed: list[Token]) -> SpacySpan | None:
        """The office a spokesman speaks for when it is "the" and a title no name follows inside the phrase ("for
        the Dutch Minister of Security and Justice"), right before the apposed name: that name is the office's."""
        served = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        office = next((c for c in served.children if c.dep_ == "pobj"), None) if served is not None else None
        if office is None or office.lemma_.lower() not in TITLE_NOUNS or self.table.actor_at(office) is not None:
            return None
        comma = apposed[0].i - 1  # the parse may hang the name on the office, which is the point
        phrase = self.doc[office.left_edge.i : min(office.right_edge.i + 1, comma)]
        if phrase[0].lower_ != "the" or office.i >= comma or self.doc[comma].text != "," or not office.is_title:
            return None  # "a spokeswoman for the president, Marta Ruiz," names the spokeswoman as often as not
        if any(self.table.actor_at(t) is not None and self.table.actor_at(t).kind is ActorKind.PERSON for t in phrase):
            return None
        return self.doc[phrase.start + 1 : phrase.end]

    def _speaker_as_spokesman(self, span: SpacySpan, head: Token) -> str | None:
        """ "“…,” the government spokesman said" right after a named minister's own words, in a story that has
        brought in no spokesman (rule speaker.spokesman-speaking): the one speaking, called by a role the story
        takes for known, not an unnamed spokesman; not "the ministry's spokesman", "the spokesman for …", "the
        Kremlin spokesman", nor one of the other gender."""
        if span[0].lower_ != "the" or head.tag_ != "NN" or head.lemma_.lower() not in SPOKES_NOUNS:
            return None
        if any(c.dep_ in ("poss", "prep", "appos") for c in head.children) or self._unnamed_before(head.lemma_.lower()):
            return None
        if any(t.pos_ == "PROPN" or t.ent_type_ for t in span):
            return None  # "the Kremlin spokesman" after the president's words is his spokesman
        speaker = self.table.get(self.last_speaker)
        if speaker is None or speaker.kind is not ActorKind.PERSON or self.last_end > self.doc[head.i].idx:
            return None
        if not self._only_quoted(self.last_end, span.start_char):
            return None
        if self._quote_speaks_of(speaker, self.last_end, span.start_char):
            return None  # "“The minister is travelling and will not comment,” the spokesman said": about him
        told = {"spokesman": "m", "spokeswoman": "f"}.get(head.lower_)
        if told is not None and gender_of(speaker) not in (None, told):
            return None
        fired("speaker.spokesman-speaking")
        return speaker.id

    def _quote_speaks_of(self, person: Actor, start: int, end: int) -> bool:
        """Whether the words between characters ``start`` and ``end`` speak of ``person`` rather than as him: they
        name him ("Mr Rahim met …"), use his title's noun bare ("The minister is travelling"; not "the foreign
        minister", "the minister of trade", another's) or a third person's pronoun ("He will meet the mayor")."""
        names = {w for n in (person.name, *person.aliases) for w in n.split() if len(w) > 1 and w[0].isupper()}
        titles = {w.lower() for t in person.titles for w in t.split()} & TITLE_NOUNS
        words = self.doc.char_span(start, end, alignment_mode="expand") or ()
        return any(
            t.lower_ in THIRD_PERSON_PRONOUNS or t.text in names or (t.lemma_.lower() in titles and _bare_title(t))
            for t in words
            if start <= t.idx < end
        )

    def _unnamed_before(self, lemma: str) -> bool:
        """Whether an unnamed source of this kind ("a witness") is among the actors found so far."""
        return any(a.kind is ActorKind.ANONYMOUS and lemma in a.name.lower().split() for a in self.table.actors)

    def _sender(self, document: Token) -> str | None:
        """Who sent the statement, tweet or response the verb governs: its subject (rule speaker.document-sender)."""
        verb = document.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.pos_ not in ("VERB", "AUX") or subject is None:
            return None
        return self.resolve(self.doc[subject.left_edge.i : subject.i + 1])

    def _issuer(self, document: Token) -> str | None:
        """Who issued "the statement" (rule speaker.document-issuer): the author of the same kind of document
        mentioned in the sentences before, "the board issued a statement", "a statement from the ministry", "in
        a ruling, Judge X wrote"; or who did what the document is named for (rule speaker.issued-by-verb): "the
        post" after "X posted a photograph", "the report" after "state media are reporting that …"."""
        if any(c.dep_ == "poss" for c in document.children):
            return None  # "the council's statement": its owner, whom the rules for possessives look for
        sents = doc_sents(self.doc)
        here = sentence_index(sents, document.i)
        start = sents[max(here - 3, 0)].start
        for i in range(document.i - 1, start - 1, -1):
            earlier = self.doc[i]
            if earlier.lemma_.lower() != document.lemma_.lower():
                continue
            if earlier.pos_ == "VERB" and (maker := self._subject_of(earlier)) is not None:
                fired("speaker.issued-by-verb")
                return maker
            if earlier.pos_ != "NOUN":
                continue
            if (author := self._author(earlier)) is not None:
                fired("speaker.document-issuer")
                return author
            noun = _compound_head(earlier)  # "sent out an email appeal": the appeal is what the verb takes
            verb = noun.head.head if noun.dep_ == "pobj" else noun.head
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i != document.i]
            if verb.i > 0 and self.doc[verb.i - 1].pos_ in ("NOUN", "PROPN"):
                subjects.append(self.doc[verb.i - 1])  # "…, Egypt's presidency said in a statement", mis-parsed
            for subject in subjects:
                if (found := self.resolve(self.doc[subject.left_edge.i : subject.i + 1])) is not None:
                    fired("speaker.document-issuer")
                    return found
        return None

    def _signer(self, document: Token) -> str | None:
        """Who wrote "the cable", "the memoir" (rule speaker.document-signer): the person or body the story gave as
        its writer at an earlier mention, however far back: "The cable, signed by the ambassador, X, …", "a memoir
        by X"; the words the story then quotes from it are the writer's. A nearer statement, email or letter
        whose issuer the story gave otherwise ("the union issued a statement of its own") is the one meant, and
        speaks as that issuer (rule speaker.nearest-document)."""
        lemma = document.lemma_.lower()
        mentions = doc_index(self.doc).with_lemma(frozenset({lemma}))
        # the nearest earlier mention first: with two cables, "the cable" is the one told last
        nearer: str | None = None  # who put out a nearer mention of the same kind, told otherwise than with "by"
        # the mention itself first: "reads the statement, signed by X" (rule speaker.document-signer)
        for earlier in (t for t in reversed(mentions) if t.i <= document.i and t.pos_ == "NOUN"):
            phrases = [c for c in earlier.children if c.dep_ == "acl"]
            phrases += [c for verb in phrases for c in verb.children if c.dep_ == "conj"]  # "dated … and signed by"
            writers = [
                pobj
                for verb in phrases
                if verb.lemma_.lower() in ISSUING_VERBS | {"sign"}
                for agent in verb.children
                if agent.dep_ == "agent"
                for pobj in agent.children
                if pobj.dep_ == "pobj"
            ]
            writers += [
                pobj
                for prep in earlier.children
                if prep.dep_ == "prep" and prep.lower_ == "by"
                for pobj in prep.children
                if pobj.dep_ == "pobj"
            ]
            for writer in writers:
                # a person or body the text named there ("the ambassador in Lima, X"), never one made of the words
                named = [
                    a
                    for t in self.doc[writer.left_edge.i : writer.right_edge.i + 1]
                    if (a := self.table.actor_at(t)) and not _possessor_within(t, writer)
                ]
                people = [a for a in named if a.kind is ActorKind.PERSON]  # "his assistant on Media, X": X
                found = people[-1] if people else (named[-1] if named else None)
                if found is not None and found.kind in (ActorKind.PERSON, ActorKind.ORGANIZATION):
                    if nearer is not None:
                        # rule speaker.nearest-document: "the union issued a statement of its own": not the
                        # writer of the statement told further back
                        fired("speaker.nearest-document")
                        return nearer
                    fired("speaker.document-signer")
                    return found.id
            if nearer is None:
                nearer = self._put_out_by(earlier)
        return None

    def _put_out_by(self, document: Token) -> str | None:
        """Who put out the statement, email or letter at this mention, told otherwise than with "by": "a statement
        from the ministry", "X issued a statement", "X sent out an email appeal", "X said in a statement". A
        cable, a report or a paper is left to the rules for those."""
        if document.lemma_.lower() not in DOCUMENT_NOUNS:
            return None
        source = next(
            (
                pobj
                for prep in document.children
                if prep.dep_ == "prep" and prep.lower_ == "from"
                for pobj in prep.children
                if pobj.dep_ == "pobj"
            ),
            None,
        )
        if source is not None:
            return self.resolve(self.doc[source.left_edge.i : source.i + 1])  # "a statement from the ministry"
        noun = _compound_head(document)  # "an email fundraising appeal": the appeal is what was sent
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ISSUING_VERBS:
            return self._subject_of(noun.head)  # "the campaign sent out an email appeal"
        if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ in ("VERB", "AUX"):
            return self._subject_of(noun.head.head)  # "the army said in a statement"
        return None

    def _national_media(self, span: SpacySpan, head: Token) -> str | None:
        """ "Velmar state radio said", "Velmar's state television said", "a Norvik newspaper claimed" (rule
        speaker.national-media): a broadcaster or paper named by its country or town and a common noun is an outlet
        of its own, by the whole phrase; never the place that only tells where it is."""
        if head.tag_ != "NN" or head.lemma_.lower() not in MEDIA_NOUNS | BROADCAST_WORDS or head.i != span[-1].i:
            return None
        places = [t for t in span if t.ent_type_ == "GPE" and t.i < head.i and t.dep_ in ("compound", "poss")]
        if not places or any(t.pos_ == "PROPN" and t.ent_type_ != "GPE" for t in span):
            return None  # "Tanzania's Daily Sentinel newspaper": the paper's own name, which the rules for names read
        fired("speaker.national-media")
        name = strip_article(span.text)
        return self.table.add(ActorKind.OUTLET, name, mention=span, key=name.lower()).id

    def _subject_of(self, verb: Token) -> str | None:
        """The actor the verb's subject names, or None."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return self.resolve(self.doc[subject.left_edge.i : subject.i + 1]) if subject is not None else None

    def _states_ministry_named(self, span: SpacySpan) -> Actor | None:
        """ "the Chilean ministry said" after "the Chilean Interior Ministry" (rule
        speaker.states-ministry-named-before): a ministry called by its state alone is the one ministry of that
        state the story named before, not a new body; with two of that state named, or a minister of that state
        named before with another brief ("Chilean Foreign Minister Ana Vela"), no telling which."""
        words = [t for t in span if not t.is_punct]
        state = gazetteer().country_of(" ".join(t.text for t in words[1:-1]))
        if len(words) < 3 or words[0].lower_ not in DEFINITE or state is None:
            return None
        fits: dict[str, Actor] = {}
        briefs: set[frozenset[str]] = set()  # "foreign", "interior": the ministries of that state told before
        for word in doc_index(self.doc).with_lemma(frozenset({"ministry"})):
            if word.i >= span.start:
                break
            actor = self.table.actor_at(word)
            if actor is not None and actor.kind is ActorKind.ORGANIZATION and actor.country == state:
                fits[actor.id] = actor
                briefs.add(_ministry_brief(actor.name.split()))
            elif actor is None and any(_qualifies_ministry(c) for c in word.children):
                # "Costa Rica's foreign ministry", which the table holds no body for
                briefs.add(_ministry_brief([t.text for t in self.doc[word.left_edge.i : word.right_edge.i + 1]]))
        if len(fits) == 1:
            briefs |= self._ministers_briefs(state, span)
        return next(iter(fits.values())) if len(fits) == 1 and len(briefs) == 1 else None

    def _ministers_briefs(self, state: str, span: SpacySpan) -> set[frozenset[str]]:
        """The briefs of the ministries that ministers of ``state`` named before ``span`` head: "Chilean Foreign
        Minister Ana Vela" is one of "foreign", a ministry of that state the story has in mind."""
        briefs: set[frozenset[str]] = set()
        for actor in self.table.actors:
            if actor.kind is not ActorKind.PERSON or actor.country != state:
                continue
            if not any(m.start < span.start_char for m in actor.mentions):
                continue
            for title in actor.titles:
                if (ministry := _ministry_of(title)) is not None:
                    briefs.add(_ministry_brief(ministry.split()))
        return briefs

    def _ministers_ministry(self, span: SpacySpan) -> Actor | None:
        """ "Foreign Minister Ana Vela will receive the envoy … the ministry described it as …": a bare "the
        ministry" just after a minister of a named portfolio is that minister's ministry (rule
        speaker.ministers-ministry), the one the story named so or else one named from the title, not the last
        ministry the story listed. A ministry named nearer than any such minister is the one meant."""
        for i in range(span.start - 1, max(span.start - MINISTRY_LOOK_BACK, -1), -1):
            actor = self.table.actor_at_index(i)
            if actor is not None and actor.kind is ActorKind.ORGANIZATION and NAMED_MINISTRY.search(actor.name):
                return None
            word = self.doc[i]
            if word.lemma_.lower() == "ministry" and any(_qualifies_ministry(c) for c in word.children):
                return None  # "at the Uzbek foreign ministry", however the table holds it
            if actor is None or actor.kind is not ActorKind.PERSON:
                continue
            if (headed := self._ministry_headed_by(actor, span)) is not None:
                fired("speaker.ministers-ministry")
                return headed
        return None

    def _ministry_headed_by(self, minister: Actor, span: SpacySpan) -> Actor | None:
        """The ministry a minister of a named portfolio heads, the one the story named so or else one named from
        the title; None for a minister of no named portfolio, or anyone else."""
        ministry = next((m for title in minister.titles if (m := _ministry_of(title)) is not None), None)
        if ministry is None:
            return None
        named = self._ministry_named(ministry, minister.country)
        return named or self.table.add(ActorKind.ORGANIZATION, ministry, mention=span, country=minister.country)

    def _ministry_named(self, ministry: str, country: str | None) -> Actor | None:
        """The ministry the story named whose name has every word of the portfolio, of the minister's state if
        either is known: "Ministry of Foreign Affairs" for "Foreign Ministry"."""
        wanted = set(re.findall(r"\w+", ministry.lower())) - MINISTRY_LINK_WORDS
        for actor in self.table.actors:
            words = set(re.findall(r"\w+", actor.name.lower()))
            if actor.kind is not ActorKind.ORGANIZATION or "ministry" not in words or not wanted <= words:
                continue
            if country is None or actor.country in (None, country):
                return actor
        return None

    def _named_org(self, before: int, lemma: str) -> str | None:
        """The organisation a bare "the company", "the campaign" stands for (rule speaker.definite-org): the
        last one named with that word ("the Clinton campaign", "Clinton's campaign"), else, for a company, a charity
        and the like (``NONSTATE_BODY_NOUNS``), the last organisation named that is no part of a state."""
        latest: tuple[int, Actor] | None = None  # where the last body no part of a state is named, and it
        owned_nouns = doc_index(self.doc).with_lemma(frozenset({lemma})) if lemma in PERSON_SERVICE_NOUNS else []
        owners = {t.i for t in owned_nouns}
        for i in range(before - 1, max(before - 600, -1), -1):
            if i in owners:  # "Trump's campaign had declined … the campaign said": Trump's campaign
                token = self.doc[i]
                possessor = next((c for c in token.children if c.dep_ == "poss" and c.i < token.i), None)
                owner = self.doc[possessor.left_edge.i : i + 1] if possessor is not None else None
                if owner is not None and (owned := self._possessed(owner, possessor)):
                    return owned
            actor = self.table.actor_at_index(i)
            if actor is None and introduces(self.doc[i], lemma):
                return None  # "A group of protesters gathered … The group said": that group, not a body named before
            if actor is None or actor.kind is not ActorKind.ORGANIZATION:
                continue
            words = actor.name.lower().split()
            if lemma in words and not (words[-1] in BUILDING_WORDS and words[-1] != lemma):
                return actor.id  # not "Government House" for "the government": a building, named for it
            if latest is None and not STATE_BODY.search(actor.name):
                latest = (i, actor)
        if latest is None or lemma not in NONSTATE_BODY_NOUNS:
            return None
        return self._subject_body(latest[0], before) or latest[1].id

    def _subject_body(self, found: int, before: int) -> str | None:
        """The organisation, no part of a state, named inside the main clause's subject of the sentence of token
        ``found`` (the last one named before token ``before``), when that is another (rule
        speaker.definite-org-subject): "Shareholders of Daeyang approved the merger, defeating a campaign by the fund
        Westbridge. The merger won, the company said": Daeyang, not the fund named after it. The subject's own head
        first, else the first named in it ("Bergen battery maker Norvolt": Norvolt, not a place taken for a body)."""
        sentence = self.doc[found].sent
        # in the sentence of "the company said" itself, the subject of what it said: "X is in talks with Y, …"
        lowest = 1 if sentence.end > before else 2
        named: list[tuple[Token, Actor]] = []
        for token in sentence[: min(before, sentence.end) - sentence.start]:
            actor = self.table.actor_at(token)
            if actor is None or actor.kind is not ActorKind.ORGANIZATION or STATE_BODY.search(actor.name):
                continue
            if _role(token) >= lowest and not self._inside_quotes(token):
                named.append((token, actor))
        if not named:
            return None
        token, actor = next(((t, a) for t, a in named if t.dep_ in ("nsubj", "nsubjpass")), named[0])
        if token.i != found and self.table.actor_at_index(found) is not actor:
            fired("speaker.definite-org-subject")
        return actor.id

    def _described(self, span: SpacySpan, exclude: set[str] | None, *, speaking: bool = False) -> str | None:
        """ "The Democratic frontrunner wrote", "the lawmaker said" (rule speaker.definite-description): the person
        named so before; else the person just speaking or named in the last two sentences, if nothing the article
        says of that person contradicts the description (gender, country; for an office such as "the FBI
        director", titles that share none of its words). A nationality qualifies an office ("met the Chinese
        ambassador"), except in a speaker's description ("“…,” the retired Tanzanian judge says"), where it is
        the person's country to check."""
        known = self._known_titled(span)
        if known is not None and known.id not in (exclude or set()):
            fired("speaker.definite-description")
            return known.id
        head = span.root
        by_age = AGE_WORDS.fullmatch(head.text) is not None  # "the 58-year-old", which the tagger may call JJ
        if head.tag_ not in ("NN", "NNP") and not by_age:
            return None
        candidate = self.table.get(self._antecedent(span.start, persons=True, exclude=exclude or set()))
        if candidate is not None and candidate.id == self._reporter_of(span):
            # rule speaker.not-its-reporter: "Quinlan claims the mayor met X": the mayor is not Quinlan
            fired("speaker.not-its-reporter")
            return None  # nor anyone further back, whom the title would fit no better
        if candidate is None or candidate.kind is not ActorKind.PERSON or not self._recent(candidate, span):
            return None
        if (national := self._national_antecedent(span, candidate, exclude or set())) is not None:
            candidate = national
        if candidate.name in candidate.titles:
            return None  # an unnamed "South Carolina senator" is no one to resolve a description to
        initialism = TITLE_INITIALISMS.get(head.text)  # "the VP" names an office, however "vp" is also a role
        office_noun = initialism or head.lemma_.lower() not in FALLBACK_NOUNS
        if office_noun and head.lower_ not in DEMONYM_NOUNS and not by_age:
            # an office names whoever holds it: "the FBI director", "the Indiana governor" is not the candidate
            # the text was talking about unless what the article says of that person shares the qualifier; a bare
            # "the prime minister" may be the person just named, if no other title is known for that person
            owner_end = max((c.right_edge.i for c in head.children if c.dep_ == "poss"), default=-1)
            own = [t for t in span if t.i > owner_end and t.is_alpha and t.lower_ not in DEFINITE]
            known_words = set().union(*(_title_words(title) for title in candidate.titles))
            # a place or body that says which office ("Indiana", "FBI"); "prime" in "prime minister" does not
            offices = ("GPE", "ORG") if speaking else ("GPE", "ORG", "NORP")
            qualifiers = {
                t.lower_ for t in own if t.ent_type_ in offices or (t.pos_ == "PROPN" and t.ent_type_ != "NORP")
            }
            if speaking and qualifiers and self._office_alone(own, qualifiers, candidate):
                qualifiers = set()
            # "the Indian foreign ministry spokesman" shares only a nationality with "Indian Prime Minister"
            described = {t.lower_ for t in own if t.ent_type_ != "NORP"} - {"former", "new"}
            if initialism:
                described |= set(initialism.split())
            if candidate.titles and all(_of_another(span, title) for title in candidate.titles):
                return None  # "the Secretary-General" is not the "Spokesman for the Secretary-General" just named
            held = [_title_words(_own_title(title)) for title in candidate.titles]
            if held and not any(described & words and _rank_fits(span, words) for words in held):
                return None  # "the prime minister" is not the deputy prime minister or transport minister just named
            if qualifiers and not qualifiers & known_words:
                return None
        geo = gazetteer()
        office = _office_state(head)
        country = next((code for t in span if (code := geo.country_of(t.text))), None) or office
        country = country or DEMONYM_NOUNS.get(head.lower_)
        if country and candidate.country and country != candidate.country:
            return None
        if office and candidate.country is None and _of_another_body(candidate.titles, office):
            return None  # "Mexico's president" is not "the union's president" just named
        if country and candidate.country is None and self._several_of_no_state(span, candidate):
            return None  # "the Swedish minister" is not the nearest of two ministers of no known state
        if candidate.country is None and _office_state(head, owned=True):
            fired("speaker.state-owned-office")
            return None  # "New Zealand's prime minister" is not a prime minister of no known state just named
        female, male = bool(FEMALE_WORDS.search(span.text)), bool(MALE_WORDS.search(span.text))
        gender = gender_of(candidate)
        if gender is not None and ((female and gender != "f") or (male and gender != "m")):
            ruled_out_by_gender(candidate)
            return None  # "the New York businessman" is not the woman just named
        fired("speaker.definite-description")
        return candidate.id

    def _office_alone(self, own: list[Token], qualifiers: set[str], candidate: Actor) -> bool:
        """Whether a speaker's capitalised title ("the Prime Minister", "the Head of State") is all office words,
        which the tagger gives as proper nouns (rule speaker.capitalised-office): they say which office, as "prime"
        does in "the prime minister", not which body or place it is of ("the Indiana Governor"), so they rule out
        no one the lowercase title would fit. Not when the story used the title before it named the person, of
        someone else ("the Taoiseach spoke to the Prime Minister … Cathal Moran"), nor with a nationality."""
        office_qualifiers = TITLE_NOUNS | PORTFOLIO_WORDS | RANK_WORDS
        if any(t.ent_type_ == "NORP" for t in own) or not qualifiers <= office_qualifiers:
            return False
        title = " ".join(t.text for t in own)
        first = min((m.start for m in candidate.mentions), default=0)
        if title in self.doc.text[:first]:
            return False
        fired("speaker.capitalised-office")
        return True

    def _reporter_of(self, span: SpacySpan) -> str | None:
        """The actor who says the clause a description is told in ("Quinlan claims that the mayor met X":
        Quinlan), who would call himself "I" or "he" there, never by an office."""
        reporter = _reporter(span.root, climb=6)
        actor = self.table.actor_at(reporter) if reporter is not None else None
        return actor.id if actor is not None else None

    def _reporters_own(self, pronoun: Token, barred: set[str], unlike: set[str]) -> str | None:
        """ "Namaliu said he had telephoned Evans", "Reed, who said he had met X": the subject "he" of a clause a
        named person (or "who" after one) reports is that person, before any subject of a main clause further back
        (rule pronoun.reporters-own)."""
        if pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        reporter = _reporter(pronoun, climb=2)
        if reporter is None or (reporter.pos_ == "PRON" and reporter.lower_ != "who"):
            return None
        if self._inside_quotes(pronoun) and not self._inside_quotes(reporter.head):
            return None  # '"He spoke to the director," said Ruffo': the quoted words' "he" is not Ruffo, who says "I"
        if reporter.lower_ == "who":
            found = self.resolve(self.doc[reporter.i : reporter.i + 1])
        else:
            actor = self.table.actor_at(reporter)
            found = actor.id if actor is not None else None
        person = self.table.get(found)
        if person is None or person.kind is not ActorKind.PERSON or person.id in barred or person.id in unlike:
            return None
        fired("pronoun.reporters-own")
        return person.id

    def _national_antecedent(self, span: SpacySpan, candidate: Actor, exclude: set[str]) -> Actor | None:
        """ "Mr. Haddad breakfasted with Mr. Mansour of Tunisia … Afterwards the Tunisian minister said"
        (rule speaker.national-antecedent): a description with a nationality is the person of that country in the
        last sentences, not the nearer one whose country the article never gave."""
        country = next((code for t in span if t.ent_type_ == "NORP" and (code := gazetteer().country_of(t.text))), None)
        if country is None or candidate.country is not None:
            return None
        barred = set(exclude) | {candidate.id}
        for _ in range(NATIONAL_ANTECEDENTS):
            other = self.table.get(self._antecedent(span.start, persons=True, exclude=barred))
            if other is None or other.kind is not ActorKind.PERSON or not self._recent(other, span):
                return None
            if other.country == country:
                fired("speaker.national-antecedent")
                return other
            barred.add(other.id)
        return None

    def _ages_given(self, age: Token, before: int) -> list[tuple[str | None, str]]:
        """The ages the story gave before token ``before``, latest first, each with the person it is a person's
        (None for someone unnamed): "Maria Lopez, 62," and "Lopez, a 62-year-old teacher," are Lopez's, "a
        62-year-old woman" no one's."""
        out: list[tuple[str | None, str]] = []
        for i in range(before - 1, -1, -1):
            token = self.doc[i]
            years = _years(token.text)
            if token.i == age.i or years is None:
                continue
            if token.like_num:
                if i < 2 or self.doc[i - 1].text != "," or i + 1 >= len(self.doc) or self.doc[i + 1].text != ",":
                    continue  # not an age: "cut 4,000 jobs", "in 2019"
                person = self.table.actor_at(self.doc[i - 2])  # "Maria Lopez, 62,"
            else:
                person = next(
                    (a for t in (token.head, token.head.head) if (a := self.table.actor_at(t)) is not None), None
                )  # "Lopez, a 62-year-old teacher,": the noun the age describes, apposed to the name
            out.append((person.id if person is not None and person.kind is ActorKind.PERSON else None, years))
        return out

    def _one_of(self, span: SpacySpan) -> str | None:
        """The group "One", "Another" or "The other" is one of: the last group or unnamed sources of several named
        in this sentence or the one before it."""
        sents = doc_sents(self.doc)
        first = sents[max(sentence_index(sents, span.start) - 1, 0)].start
        for i in range(span.start - 1, first - 1, -1):
            actor = self.table.actor_at_index(i)
            if actor is not None and actor.kind in (ActorKind.GROUP, ActorKind.ANONYMOUS) and _several(actor):
                return actor.id
        return None

    def _recent(self, actor: Actor, span: SpacySpan) -> bool:
        """The last speaker, or named in this sentence or one of the two before it."""
        if actor.id == self.last_speaker:
            return True
        sents = doc_sents(self.doc)
        here = sentence_index(sents, span.start)
        first = sents[max(here - 2, 0)].start
        return any(self.table.token_actor.get(i) == actor.id for i in range(first, span.start))

    def _national_issuer(self, document: Token, state_id: str) -> str | None:
        """Who issued "the Russian statement" (rule speaker.national-document-issuer): the body or person of that
        state that put out a document of that kind in the sentences before ("The Russian Defence Ministry said in a
        statement …"), as the definite article refers back to that document; the state itself only where no one of
        it issued one."""
        state = self.table.get(state_id)
        issuer = self.table.get(self._issuer(document))
        if state is None or issuer is None or issuer.kind not in (ActorKind.ORGANIZATION, ActorKind.PERSON):
            return None
        if issuer.country != state.country:
            return None
        fired("speaker.national-document-issuer")
        return issuer.id

    def _national(self, document: Token) -> str | None:
        geo = gazetteer()
        for c in document.children:
            if c.dep_ in ("amod", "compound", "poss") and (code := geo.country_of(c.text)):
                return self.table.country(code).id
        return None

    def _author(self, document: Token) -> str | None:
        """Who a document is from: "a statement from the embassy", "a communique released by the foreign ministry",
        "a statement made by the premier's office" (rule speaker.document-issued-by), "a police statement" after the
        police the text named (rule speaker.document-compound)."""
        for prep in (c for c in document.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                if (found_id := self.resolve(self.doc[pobj.left_edge.i : pobj.i + 1])) is not None:
                    fired("speaker.document-issued-by")
                return found_id
        if (named := self._in_whose_name(document)) is not None:
            return named
        issuing = ISSUING_VERBS | {"make"}  # a statement is made by whoever puts it out, as a film is not
        for verb in (c for c in document.children if c.dep_ == "acl" and c.lemma_.lower() in issuing):
            for agent in (g for g in verb.children if g.dep_ == "agent"):
                for pobj in (g for g in agent.children if g.dep_ == "pobj"):
                    if (found_id := self.resolve(self.doc[pobj.left_edge.i : pobj.i + 1])) is not None:
                        fired("speaker.document-issued-by")
                    return found_id
            if (sender := self._sent_from(verb)) is not None:
                return sender
        issuer = next((c for c in document.children if c.dep_ == "compound" and c.i < document.i), None)
        named = self.table.actor_at(issuer) if issuer is not None else None
        if issuer is not None and named is not None:
            found = self.table.get(self.resolve(self.doc[issuer.left_edge.i : issuer.i + 1]))
            if found is not None and found.kind in (ActorKind.ORGANIZATION, ActorKind.COUNTRY, ActorKind.PERSON):
                fired("speaker.document-compound")  # "the White House readout": the White House's
                return found.id
        if issuer is not None and issuer.lemma_.lower() in ORG_NOUNS and issuer.pos_ == "NOUN":
            # "a Peruvian government statement": the Peruvian government (rule speaker.document-compound)
            fired("speaker.document-compound")
            first = min(
                (c.i for c in document.children if c.dep_ in ("amod", "compound") and c.i < issuer.i), default=issuer.i
            )
            return self._named_before(issuer) or self._organization(self.doc[first : issuer.i + 1]).id
        return None

    def _in_whose_name(self, document: Token) -> str | None:
        """ "The statement in Netanyahu's name said": a text put out in someone's name speaks as that one, not as
        the office that issued it (rule speaker.document-in-name)."""
        for prep in (c for c in document.children if c.dep_ == "prep" and c.lower_ == "in"):
            name = next((g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() == "name"), None)
            owner = next((g for g in name.children if g.dep_ == "poss"), None) if name is not None else None
            # whoever the owner's phrase names: "in the king's name", "in France's name"
            found = self._document_party(owner) if owner is not None else None
            if found is not None:
                fired("speaker.document-in-name")
                return found
        return None

    def _sent_from(self, verb: Token) -> str | None:
        """ "A cable sent from the Saudi Air Force to the ministry": a text sent from a body or person is that
        sender's (rule speaker.document-sent-from); not one sent from a place ("a letter sent from Paris")."""
        if verb.lemma_.lower() != "send":
            return None
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                if (found := self._document_party(pobj, SENDER_KINDS)) is not None:
                    fired("speaker.document-sent-from")
                    return found
        return None

    def _document_party(self, word: Token, kinds: frozenset[ActorKind] | None = None) -> str | None:
        """The actor (of one of ``kinds``, when given) that the phrase ``word`` heads names, as a document's sender
        or the one in whose name it is: checked before the phrase is resolved, since resolving a place puts its state
        in the record ("a letter sent from Paris" would add France though the letter is not France's)."""
        if self.table.actor_at(word) is None and is_place(word):
            return None  # a town or a state the text has not yet made an actor of: no sender, and no new actor
        found = self.table.get(self.resolve(self.doc[word.left_edge.i : word.i + 1]))
        return found.id if found is not None and (kinds is None or found.kind in kinds) else None

    def _named_before(self, noun: Token) -> str | None:
        """The body a bare noun stands for: the last phrase in this or the three sentences before that the same
        noun heads with words of its own ("the Bolivian national police … a police statement")."""
        sents = doc_sents(self.doc)
        here = sentence_index(sents, noun.i)
        lemma = noun.lemma_.lower()
        for i in range(noun.i - 1, sents[max(here - 3, 0)].start - 1, -1):
            earlier = self.doc[i]
            if earlier.lemma_.lower() == lemma and earlier.left_edge.i < i and earlier.pos_ in ("NOUN", "PROPN"):
                return self.resolve(self.doc[earlier.left_edge.i : i + 1])
        return None

    def _member_of_pronoun(self, head: Token) -> str | None:
        """ "according to two people who attended … One of them said", "The Kenyan delegation has not replied, a
        member of it said" (rule speaker.member-of-pronoun): one of the people, or a member of the body, the phrase
        in this sentence or the one before names, speaking unnamed as "one of two people who attended", or as the
        group itself where the story made it an actor. "them" is never a body nor "it" a group of people. Only one
        of them: "both of them", "all of them", "none of them" are left to ``_partitive``."""
        if head.lower_ not in ("one", "member"):
            return None
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pronoun = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if pronoun is None or pronoun.lower_ not in ("them", "it"):
            return None
        sents = doc_sents(self.doc)
        first = sents[max(sentence_index(sents, head.i) - 1, 0)].start
        wanted = _people_noun if pronoun.lower_ == "them" else _body_noun
        noun = next((t for t in reversed(self.doc[first : head.left_edge.i]) if wanted(t)), None)
        if noun is None:
            return None
        fired("speaker.member-of-pronoun")
        known = self.table.actor_at(noun)
        if known is not None and known.kind in (ActorKind.GROUP, ActorKind.ANONYMOUS):
            return known.id
        words = self.doc[noun.left_edge.i : noun.right_edge.i + 1]
        phrase = words.text.rstrip(" ,;:")
        lead = words[0].lower_ if words[0].lower_ in ARTICLES else words[0].text  # not "of The …"
        name = f"{head.lower_} of {lead}{phrase[len(words[0].text) :]}"
        phrase = strip_article(phrase)
        member = self.table.add(ActorKind.ANONYMOUS, name, mention=self.doc[head.left_edge.i : head.right_edge.i + 1])
        if phrase not in member.aliases:
            member.aliases.append(phrase)
        return member.id

    def _partitive(self, head: Token) -> str | None:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                return self.resolve(self.doc[pobj.left_edge.i : pobj.i + 1])
        return None

    def _body_called(self, before: int, noun: str) -> str | None:
        """The organisation named last before token ``before``, if its name ends in ``noun`` ("the Forum Fisheries
        Agency" for "the agency") and no outlet was named after it."""
        bodies = [e for e in self.doc.ents if e.end <= before and e.label_ == "ORG" and e[-1].lower_ == noun]
        if not bodies:
            return None
        body = bodies[-1]
        if any((a := self.table.actor_at_index(i)) and a.kind is ActorKind.OUTLET for i in range(body.end, before)):
            return None  # "…, the Island Times reported. The agency …" may be the paper's own news agency
        known = self.table.actor_at(body.root)
        if known is not None:
            return known.id if known.kind is ActorKind.ORGANIZATION else None
        name = strip_the(body.text)
        return self.table.add(ActorKind.ORGANIZATION, name, mention=body).id

    def _latest(self, before: int, kinds: set[ActorKind]) -> str | None:
        for i in range(before - 1, -1, -1):
            actor = self.table.actor_at_index(i)
            if actor is not None and actor.kind in kinds:
                return actor.id
        return None

    def _organization(self, span: SpacySpan) -> Actor:
        """ "the Finnish foreign ministry", "Brazil's foreign ministry": one organisation each."""
        inner = self.table.actor_in(span)
        if inner is not None and inner.kind is ActorKind.ORGANIZATION and self.table.actor_at(span.root) is inner:
            return inner  # not "the UN refugee agency": a body of the UN's, named by what it is
        geo = gazetteer()
        country = org_country(span)
        words = [t.text for t in span if t.lower_ not in DEFINITE | {"a", "an"} and not t.is_punct]
        name = re.sub(r"\s+(['’]s)", r"\1", " ".join(words))
        key = f"{country or ''}|{' '.join(t.lemma_.lower() for t in span if not geo.country_of(t.text))}"
        if (same := self._same_body(name, country)) is not None:
            self.table.add_mention(same, span)
            return same
        return self.table.add(ActorKind.ORGANIZATION, name, mention=span, country=country, key=key)

    def _body_in_full(self, span: SpacySpan, head: Token, head_actor: Actor | None) -> Actor | None:
        """ "The Border Guard said", "the press service said", "the Chilean mission said" (rule
        speaker.body-in-full): a body called by the closing words of a name the story gave in full before ("the
        Finnish Border Guard", "the presidential press service", "the Chilean Embassy in Lima", a mission's word for
        another's), of the state the description names if it names one, is that body when it is the only one so
        named; not a new body of the shorter name. A bare "the company", "the embassy" is left to rule
        speaker.definite-org."""
        words = [t for t in span if not t.is_punct]
        if not 2 <= len(words) <= 4 or words[0].lower_ != "the" or head.i != words[-1].i or head.pos_ == "PRON":
            return None
        geo = gazetteer()
        own = [without_accents(t.lower_) for t in words[1:] if not geo.country_of(t.text)]
        if not own or not all(w.isalpha() for w in own) or head.lemma_.lower() in PERSONS_CALLED:
            return None
        lemma = without_accents(head.lemma_.lower())
        if lemma in DOCUMENT_NOUNS | UNSIGNED_RECORDS | PUBLISHED_WORKS | {"ministry"}:
            return None  # "the cable said": a text, whoever put it out; a ministry has rules of its own
        if len(words) == 2 and lemma in ORG_NOUNS | NONSTATE_BODY_NOUNS | MISSION_WORDS:
            return None
        if head_actor is not None and (
            head_actor.kind is not ActorKind.ORGANIZATION or _name_words(head_actor.name) != own
        ):
            return None  # a body the story names so, or someone else
        state = org_country(span)
        said = " ".join(t.text for t in words[1:])
        if any(a.kind is ActorKind.ORGANIZATION and _sits_at(said, a.name) for a in self.table.actors):
            return None  # "the Finnish embassy" after "the Finnish embassy in Lisbon": rule speaker.org-in-full
        fits: list[Actor] = []
        for i in range(span.start - 1, -1, -1):
            actor = self.table.actor_at_index(i)
            if actor is None or actor is head_actor or actor.kind is not ActorKind.ORGANIZATION or actor in fits:
                continue
            if (state is None or actor.country == state) and any(
                _fuller_name(name, own, [without_accents(t.lower_) for t in words[1:]])
                for name in (actor.name, *actor.aliases)
            ):
                fits.append(actor)
        return fits[0] if len(fits) == 1 else None  # "the Dutch embassy" after two: no telling which

    def _same_body(self, name: str, country: str | None) -> Actor | None:
        """ "the Dutch embassy" and "the Dutch embassy in Muscat", in either order (rule speaker.org-in-full): one
        body, known by its fuller name."""
        for actor in self.table.actors:
            if actor.kind is not ActorKind.ORGANIZATION or actor.country != country:
                continue
            for short, full in ((name, actor.name), (actor.name, name)):
                if _with_seat(short, full):
                    fired("speaker.org-in-full")
                    if actor.name == short:
                        actor.aliases.append(short)
                        actor.name = full
                    return actor
        return None

    def _counted_group(self, pronoun: Token) -> str | None:
        """ "Four of the region's senior bishops met …, and left with a letter against what they called …"; "… and
        three elders of the hill villages, whose wells, they say, are dry": "they" is the people just counted, as
        the group the phrase describes (rule pronoun.counted-group), not a state or body named inside the phrase.
        The count is the nearest subject before the pronoun, in its sentence or the one before (a dateline may
        leave no main clause), or the phrase a "whose"/"who" clause holding the pronoun is about."""
        sents = doc_sents(self.doc)
        here = sentence_index(sents, pronoun.i)
        before = [t for sent in sents[max(here - 1, 0) : here + 1] for t in sent if t.i < pronoun.i]
        subject = next((t for t in reversed(before) if t.dep_ in ("nsubj", "nsubjpass")), None)
        for noun in (_counted_before_relative(pronoun), subject):
            if noun is None or not _counted_people(noun):
                continue
            known = self.table.actor_at(noun)
            if known is not None:
                return known.id if known.kind is ActorKind.GROUP else None
            fired("pronoun.counted-group")
            phrase = description_in_full(noun)
            name = re.sub(r"^(the|these|those)\s+", "", phrase.text, flags=re.IGNORECASE)
            # mentioned from the noun on: a state named before it ("Four of Peru's bishops") is no part of the group
            mention = self.doc[noun.i : phrase.end]
            group = self.table.add(ActorKind.GROUP, name, mention=mention, key=f"{name.lower()}@{phrase.start}")
            return group.id
        return None

    def _clause_subjects(self, pronoun: Token) -> set[str]:
        """Who an object pronoun cannot be: the subject of its own clause ("Y could come for talks with her")."""
        if pronoun.dep_ not in ("dobj", "pobj", "dative", "iobj"):
            return set()
        node = pronoun
        for _ in range(6):
            if node.head.i == node.i:
                break
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
                named = [t for c in subjects for t in [c, *(g for g in c.children if g.dep_ == "appos")]]
                return {a.id for t in named if (a := self.table.actor_at(t))}  # "the envoy, X, had met her"
        return set()

    def _host_subjects(self, pronoun: Token) -> set[str]:
        """Who the subject of a reporting aside cannot be: the person named just before it, the subject of the
        clause the aside breaks into ("Mr. Hale, he later recalled, “listened politely”": "he" is the one
        recalling, not Hale; rule pronoun.aside-subject), however the parse hung the name and the two verbs."""
        doc = self.doc
        verb = pronoun.head
        if pronoun.dep_ != "nsubj" or pronoun.i < 2 or doc[pronoun.i - 1].text != ",":
            return set()
        if verb.lemma_.lower() not in SPEECH_VERBS or not any(t.text == "," for t in doc[verb.i + 1 : verb.i + 3]):
            return set()  # not "Hale, he met on Monday"
        host = self.table.actor_at(doc[pronoun.i - 2])
        if host is None or host.kind is not ActorKind.PERSON:
            return set()
        fired("pronoun.aside-subject")
        return {host.id}

    def _other_gender(self, pronoun: str, at: int) -> set[str]:
        """The people the article gives the gender other than ``pronoun``'s ("he", "she"), the one at token ``at``;
        also those a subject "he" or "she" before it was taken for (rule gender.pronoun-taken)."""
        wanted = PRONOUN_GENDER[pronoun]
        other = {a.id for a in self.table.persons() if self._gender(a) not in (None, wanted)}
        for person, told in self._pronoun_genders.items():
            genders = {gender for i, gender in told if i < at}
            if person not in other and genders and wanted not in genders and self._gender_unknown(person):
                fired("gender.pronoun-taken")
                other.add(person)
        return other

    def _gender_unknown(self, person: str) -> bool:
        """Whether neither the words for ``person`` nor their given name nor their own pronoun tell their gender."""
        actor = self.table.get(person)
        return actor is not None and self._gender(actor) is None

    def _note_pronoun_gender(self, pronoun: Token, person: str | None) -> None:
        """Keep the gender a subject "he" or "she" outside quote marks gives the person it was taken for ("Dr
        Mumburi said … He added …": Mumburi is a man), for a later pronoun of the other gender (rule
        gender.pronoun-taken)."""
        if person is None or pronoun.lower_ not in ("he", "she") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return
        if self._inside_quotes(pronoun):
            return
        self._pronoun_genders.setdefault(person, set()).add((pronoun.i, PRONOUN_GENDER[pronoun.lower_]))

    def _gender(self, actor: Actor) -> str | None:
        """``actor``'s gender as the words for them or their given name tell it, else as their own pronoun does."""
        return gender_of(actor) or self._own_pronoun_genders.get(actor.id)

    @cached_property
    def _own_pronoun_genders(self) -> dict[str, str]:
        """The gender each person of unknown gender has by the article's own pronoun for them (rule
        gender.own-pronoun): "Mayor Tory Vale has a short walk to Parliament, compared with her counterpart" — a
        possessive or reflexive ("his", "her", "himself", "herself") outside quote marks in a sentence whose
        subject is that person and which names no other person. A person given both genders so keeps neither."""
        told: dict[str, set[str]] = {}
        for sent in self.doc.sents:
            owning = [
                t
                for t in sent
                if t.lower_ in OWN_PRONOUN_GENDER
                and (t.dep_ == "poss" or t.lower_.endswith("self"))
                and not self._inside_quotes(t)
            ]
            owned = {OWN_PRONOUN_GENDER[t.lower_] for t in owning}
            people = {
                a.id: t
                for t in sent
                if t.pos_ == "PROPN" and (a := self.table.actor_at(t)) is not None and a.kind is ActorKind.PERSON
            }
            if len(owned) != 1 or len(people) != 1 or any(_someone_else_before(t, people.values()) for t in owning):
                continue
            (person, token), (gender,) = next(iter(people.items())), owned
            if token.dep_ == "compound":
                token = token.head  # "Mayor Tory Vale": the name's head
            if token.dep_ in ("nsubj", "nsubjpass") and all(_in_own_clause(t, token.head) for t in owning):
                told.setdefault(person, set()).add(gender)
        return {
            person: next(iter(genders))
            for person, genders in told.items()
            if len(genders) == 1 and (actor := self.table.get(person)) is not None and gender_of(actor) is None
        }

    def body_of(self, pronoun: Token) -> str | None:
        """The body, group or state "its" or "their" stands for ("The union says its leaders …"), or None."""
        return self._antecedent(pronoun.i, persons=False) if pronoun.lower_ in ("its", "their") else None

    def _antecedent(
        self,
        before: int,
        *,
        persons: bool,
        exclude: frozenset[str] | set[str] = frozenset(),
        unlike: frozenset[str] | set[str] = frozenset(),
        after_quote: bool = False,
    ) -> str | None:
        """The actor the pronoun at token ``before`` most likely stands for (never one of ``exclude``, nor of
        ``unlike``, the people of the other gender); ``after_quote`` for the speaker of a quote just closed
        ('“…,” he said')."""
        wanted = (
            {ActorKind.PERSON}
            if persons
            else {ActorKind.GROUP, ActorKind.ANONYMOUS, ActorKind.ORGANIZATION, ActorKind.COUNTRY, ActorKind.OUTLET}
        )
        best: tuple[int, int, str] | None = None
        nearest: int | None = None
        barred = set(exclude) | set(unlike)
        outside = not self._inside_quotes(self.doc[before])
        subject_pronoun = self.doc[before].dep_ in ("nsubj", "nsubjpass")
        paragraph = doc_text(self.doc).rfind("\n", 0, self.doc[before].idx) + 1
        for i in range(before - 1, max(before - 400, -1), -1):
            actor = self.table.actor_at_index(i)
            if actor is None or actor.kind not in wanted or (exclude and actor.id in exclude):
                continue
            if actor.id in unlike:
                # rule pronoun.gender: never a person the article (or a given name) gives the other gender
                fired("pronoun.gender")
                if gender_of(actor) is None:
                    fired("gender.own-pronoun")
                else:
                    ruled_out_by_gender(actor)
                continue
            token = self.doc[i]
            if self._signature(token, actor.id):
                continue  # "Peter Fonseca." under a reader's comment is not who the next comment's "he" is
            if outside and self._inside_quotes(token):
                # rule pronoun.not-quoted: "“Sergei has the same problem,” he said. He added …": not Sergei
                fired("pronoun.not-quoted")
                continue
            if persons and self.last_start <= token.idx < self.last_end and self._recent_speaker(before, barred):
                # rule pronoun.last-speaker: "she said Mwale would travel. “…,” she said": not Mwale
                fired("pronoun.last-speaker")
                continue
            if best is not None and best[0] >= 1 and token.sent.start != self.doc[best[1]].sent.start:
                break  # an embedded subject found; its own sentence had no main-clause subject either
            if (
                persons
                and best is not None
                and token.idx < paragraph <= self.doc[best[1]].idx
                and self._earlier_sentence(best[1], before)
            ):
                # rule pronoun.same-paragraph: "For Mr Phuc, whose ponds are mortgaged, the wait is hardest. He
                # said …": a person named in a sentence before, in the pronoun's paragraph, over a subject in the one
                # before it
                fired("pronoun.same-paragraph")
                break
            role = _role(token)
            if persons and role == 0 and subject_pronoun and self._main_passive_agent(token):
                # rule pronoun.passive-agent: "His comments were echoed by Mr Lapid. '…,' he said": the one who
                # took the stance the main clause tells (for a subject "he", not a possessive "his")
                fired("pronoun.passive-agent")
                role = 2
            if persons and role > 0 and _one_of_a_paired_subject(token, self.doc[before]):
                # rule pronoun.one-of-a-pair: "X and Y have turned down invitations to meet Z when he visits Cairo":
                # "he" is not one of the pair the clause's subject names together
                fired("pronoun.one-of-a-pair")
                role = 0
            if persons and role == 2 and _possessor(token):
                # rule pronoun.possessor-in-subject: "Katjavivi, one of Geingob's close friends, was there. He
                # said …": whose friend the subject is ranks below the subject itself
                fired("pronoun.possessor-in-subject")
                role = 1
            if persons and role == 0 and _who_clause_antecedent(token):
                # rule pronoun.who-clause-antecedent: "Kenya welcomed Koirala, who will be received on Wednesday. He
                # will hold talks …": the one a "who" clause tells more of is an embedded subject, before an older
                # main-clause subject
                fired("pronoun.who-clause-antecedent")
                role = 1
            nearest = i if nearest is None else nearest
            if best is None or role > best[0]:
                best = (role, i, actor.id)
            if role == 2:
                break
        if persons and (titled := self._titled_clause_subject(before, best, barred)) is not None:
            # rule pronoun.titled-clause-subject: "Kask said the mayor was running his own policy and claimed that he
            # had travelled to Riga": the mayor named before, not Kask, nor anyone named before the description
            fired("pronoun.titled-clause-subject")
            return titled
        if persons and best is not None and (other := self._spoken_of(best, before, barred)) is not None:
            return other
        if persons and (described := self._described_subject(before, after_quote)) is not None:
            # or, for a quote's speaker, only an embedded subject: "The official denied a report that X had met Y"
            nearer = best is None or best[1] < described.start or (after_quote and best[0] < 2)
            if nearer and (
                self.last_end <= described.start_char
                or self._relayed_by(described)
                or (after_quote and self._spoke_last(described))
            ):
                # rule pronoun.described-subject: "A senior executive at one of the trading houses, who asked not to
                # be named, was blunter. '…,' he said.": the person just brought in, not the last one named
                if (found := self._described_actor(described, self.doc[before])) is not None:
                    fired("pronoun.described-subject")
                    return found
        if persons and (titled := self._titled_subject(before, after_quote, barred)) is not None:
            subject, holder = titled
            if (best is None or best[1] < subject.i) and self.last_end <= subject.idx:
                holder = holder or self._unnamed_holder(subject, self.doc[before], barred)
                if holder is not None:
                    # rule pronoun.titled-subject: "… the Grand Mufti said … The Orthodox Patriarch was briefer.
                    # '…,' he said": the patriarch the story named before, brought in by his title after the last
                    # words
                    fired("pronoun.titled-subject")
                    return holder
        outspoken = best is None or best[0] < 2 or self.doc[best[1]].idx < self.last_start
        if persons and outspoken and (speaker := self._recent_speaker(before, barred)):
            # rule pronoun.last-speaker: "Its spokeswoman, X, said Minister Kgosi had … She said Kgosi would …; the
            # trip was planned, she added": the one speaking, not a subject inside what she said, nor one named
            # before she spoke
            fired("pronoun.last-speaker")
            return speaker
        if persons and best is not None and (going_on := self._speaker_going_on(best[2], before, barred)):
            return going_on
        if best is not None:
            if best[1] != nearest:
                # rule pronoun.role: the subject of a main clause before a nearer mention in a lesser role
                fired("pronoun.role")
            return best[2]
        if persons and self.last_speaker:
            actor = self.table.get(self.last_speaker)
            if actor is not None and actor.kind is ActorKind.PERSON:
                return actor.id
        return None

    def _titled_clause_subject(self, before: int, best: tuple[int, int, str] | None, barred: set[str]) -> str | None:
        """The person a reported clause's subject "the" and a title names, for a "he"/"she" subject of a later
        reported clause of the same sentence, when that description is the nearest subject before the pronoun and
        nearer than any name found ("Diplomats said the Qatari envoy flew to Asmara, and that he saw officials
        there"): a name there would be the antecedent, and the description stands for the one person the story
        named with that title (none when two hold it: "the president" after Presidents X and Y)."""
        pronoun = self.doc[before]
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or _role(pronoun) != 1 or self._inside_quotes(pronoun):
            return None
        earlier = [t for t in pronoun.sent if t.i < before and t.dep_ in ("nsubj", "nsubjpass")]
        subject = earlier[-1] if earlier else None
        if subject is None or _role(subject) != 1 or (best is not None and best[1] > subject.i):
            return None
        determiner = next((c.lower_ for c in subject.children if c.dep_ == "det"), None)
        titled = subject.tag_ in ("NN", "NNP") and subject.lemma_.lower() in TITLE_NOUNS
        if determiner != "the" or not titled or self.table.actor_at(subject) is not None:
            return None
        if self._inside_quotes(subject):
            return None
        holder = self._known_titled(self.doc[subject.left_edge.i : subject.i + 1])
        if holder is None or holder.id in barred or holder.kind is not ActorKind.PERSON:
            return None
        lemma = subject.lemma_.lower()
        holders = [a for a in self.table.persons() if any(lemma in title.lower().split() for title in a.titles)]
        return holder.id if [a.id for a in holders] == [holder.id] else None  # "the president" of two named ones

    def _main_passive_agent(self, token: Token) -> bool:
        """Whether ``token`` names the agent of a main clause's passive verb of speech or stance ("… were echoed by
        Mr Lapid", "was rejected by Senator Ode") whose subject is no person the story names; not the agent of a
        deed ("The meeting was arranged by X"), who may have taken no part in what follows."""
        node = token
        while node.dep_ in ("compound", "flat") and node.head.i != node.i:
            node = node.head
        if node.dep_ != "pobj" or node.head.dep_ != "agent":
            return False
        verb = node.head.head
        if verb.dep_ != "ROOT" or verb.lemma_.lower() not in SPEECH_VERBS:
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        return not any((a := self.table.actor_at(s)) is not None and a.kind is ActorKind.PERSON for s in subjects)

    def _speaker_going_on(self, candidate: str, before: int, barred: set[str]) -> str | None:
        """The last speaker, for a pronoun that goes on speaking ("he added", "she continued", "he reiterated")
        when the nearer candidate has said nothing yet in the story (rule pronoun.adds-to-own-words): "Momen said the
        envoy met him … Haas left at once. '…,' he added": only one who spoke before can add to it. The last speaker
        must have spoken in the pronoun's paragraph or the one before."""
        pronoun = self.doc[before]
        verb = pronoun.head
        if pronoun.dep_ != "nsubj" or verb.lemma_.lower() not in GOING_ON_VERBS or candidate in self.speakers:
            return None
        if any(c.dep_ in ("dobj", "xcomp") for c in verb.children):
            return None  # "he repeated the visit", "he continued to meet them": a deed, not more words
        speaker = self.table.get(self.last_speaker)
        if speaker is None or speaker.id in barred or not self._one_person(speaker, pronoun):
            return None
        text = doc_text(self.doc)
        paragraph = text.rfind("\n", 0, pronoun.idx)
        earlier = text.rfind("\n", 0, len(text[: max(paragraph, 0)].rstrip("\n")))
        if self.last_end < 0 or self.last_end > pronoun.idx or (paragraph >= 0 and self.last_end < earlier):
            return None
        fired("pronoun.adds-to-own-words")
        return speaker.id

    def _spoken_of(self, best: tuple[int, int, str], before: int, barred: set[str]) -> str | None:
        """The person a voice brought in to speak of spoke of, for a pronoun in a later paragraph whose best
        antecedent is that voice (rule pronoun.voice-about-another): "“He wrote the briefing notes,” recalled Ana
        Ruiz, who served with him. ¶ He returned as ambassador in 1986": the one the quoted "he" was, not Ruiz."""
        voice = self.doc[best[1]]
        quoted = quoted_one_spoken_of(voice, self.doc[before], self.table, self._inside_quotes)
        if quoted is None:
            return None
        other = self._antecedent(quoted.i, persons=True, exclude=barred | {best[2]})
        if other is None:
            return None
        fired("pronoun.voice-about-another")
        return other

    def _earlier_sentence(self, found: int, before: int) -> bool:
        """Whether token ``found`` stands, outside quote marks, in a sentence before token ``before``'s, and no
        "he" or "she" outside quote marks is a subject between the start of its sentence and that sentence ("He
        would also like to see Tesfai. '…,' he said": the one "he" went on about, not Tesfai)."""
        here, token = self.doc[before].sent.start, self.doc[found]
        if token.sent.start == here or self._inside_quotes(token) or self.last_start <= token.idx < self.last_end:
            return False  # nor one named in the last speaker's own words ("said runners in Iten were afraid")
        if any(t.dep_ == "nsubj" and t.lemma_.lower() in PEOPLE_NOUNS | TITLE_NOUNS for t in token.sent.root.children):
            return False  # "The Ambassador conveyed the greetings of X": the ambassador
        return not any(
            t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") and not self._inside_quotes(t)
            for t in self.doc[token.sent.start : here]
        )

    def _described_kind(self, span: SpacySpan) -> str | None:
        """ "The group said", "the bloc", "the kingdom", "the Himalayan nation": the body or state named before that
        the description fits (rules speaker.described-body, speaker.described-state); None, for the rules after,
        when it fits none or two."""
        if (body := described_body(span, self.table)) is not None:
            fired("speaker.described-body")
            return body
        if (state := described_state(span, self.table)) is not None:
            fired("speaker.described-state")
            return state
        return None

    def _the_same(self, span: SpacySpan) -> str | None:
        """ "The same trader" (rule speaker.the-same): the unnamed person of that noun who spoke last; also "the
        scholar" right after the unnamed scholar spoke, not a named person the description would fit."""
        head = span.root
        same = any(t.lower_ == "same" for t in span)
        just_spoke = _bare_definite(span) and self.last_speaker == self.last_anonymous
        if not (same or just_spoke) or head.tag_ != "NN" or not self.last_anonymous:
            return None
        actor = self.table.get(self.last_anonymous)
        return actor.id if actor is not None and head.lower_ in actor.name.lower().split() else None

    def _spoke_last(self, described: SpacySpan | Token) -> bool:
        """The described person is the last speaker: "A former colleague, who asked not to be named, said she
        doubted it. '…,' she said." (rule pronoun.described-subject): their own words came after the description,
        and the pronoun speaks right after a quote."""
        actor = self.table.actor_at(described if isinstance(described, Token) else described.root)
        return actor is not None and actor.kind is ActorKind.ANONYMOUS and actor.id == self.last_speaker

    def _the_one_asked(self, pronoun: Token) -> str | None:
        """Whom a clause before the pronoun's own asks, when it answers and the asker cannot: "When I asked an
        Egyptian official about it, he said …", "When reporters put that to a Turkish spokesman, he said …" (rule
        pronoun.the-one-asked)."""
        if pronoun.dep_ != "nsubj":
            return None
        for clause in (c for c in pronoun.head.children if c.dep_ == "advcl" and c.i < pronoun.i):
            if clause.lemma_.lower() not in QUESTIONING_VERBS or any(c.dep_ == "xcomp" for c in clause.children):
                continue  # "asked his minister to step down" asks no question
            asker = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if asker is not None and asker.lower_ not in ("i", "we") and asker.lemma_.lower() not in QUESTION_ASKERS:
                continue  # "When Holm asked Berg, she said": the asker may answer too
            told_to = [p for c in clause.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children]
            asked = next((c for c in told_to or list(clause.children) if c.dep_ in ("pobj", "dobj", "dative")), None)
            if asked is None or asked.pos_ == "PRON":
                continue
            known = self.table.actor_at(asked)
            if known is not None and known.kind in (ActorKind.PERSON, ActorKind.ANONYMOUS):
                if gender_of(known) not in (None, PRONOUN_GENDER.get(pronoun.lower_)):
                    continue
                found: str | None = known.id
            elif known is None and asked.lemma_.lower() in PEOPLE_NOUNS:
                end = next((c.i for c in asked.children if c.dep_ in ("relcl", "prep") and c.i > asked.i), None)
                found = self._described_actor(self.doc[asked.left_edge.i : end or asked.i + 1], pronoun)
            else:
                continue
            if found is not None:
                fired("pronoun.the-one-asked")
                return found
        return None

    def _described_actor(self, described: SpacySpan, pronoun: Token) -> str | None:
        """The unnamed person a described subject is, if the pronoun's gender allows: one brought in by "a …",
        or the one "the official", "the ministry spokeswoman" stands for."""
        female, male = bool(FEMALE_WORDS.search(described.text)), bool(MALE_WORDS.search(described.text))
        if (female and pronoun.lower_ == "he") or (male and pronoun.lower_ == "she"):
            return None
        found = self.table.actor_at(described.root)
        if found is None and described[0].lower_ not in DEFINITE:
            return self._unnamed(described).id
        found = found or self.table.get(self.resolve(described, speaking=True))
        if found is None or found.kind not in (ActorKind.ANONYMOUS, ActorKind.PERSON):
            return None
        if gender_of(found) not in (None, PRONOUN_GENDER.get(pronoun.lower_)):
            ruled_out_by_gender(found)
            return None
        return found.id

    def _main_subjects_before(self, before: int, after_quote: bool) -> Iterator[Token]:
        """Main-clause subjects of a third person, last first, of the sentence of token ``before`` (those before it)
        and of the sentence before that, a quote's own sentences skipped when ``after_quote``."""
        sents = doc_sents(self.doc)
        here = sentence_index(sents, before)
        first = here - 1
        while after_quote and first > 0 and all(self._inside_quotes(t) for t in sents[first] if t.is_alpha):
            first -= 1
        for sent in reversed(sents[max(first, 0) : here + 1]):
            for subject in reversed([t for t in sent if t.i < before]):
                if subject.dep_ == "nsubj" and _role(subject) == 2:
                    yield subject

    def _described_subject(self, before: int, after_quote: bool = False) -> SpacySpan | None:
        """The main-clause subject of the story's sentence before token ``before``'s (or of its own, before it) when
        that is one person brought in by a description ("A senior executive at one of the trading houses", "Another, a
        Western diplomat,"); for a quote's speaker, also an unnamed source the story goes on about ("The official
        also denied …", "the ministry spokeswoman would not confirm …", "A spokesman for X denied it. '…,' he
        said"), the quote's own sentences skipped. Without the clause said of them; the nearest such."""
        for subject in self._main_subjects_before(before, after_quote):
            if self._inside_quotes(subject):
                # rule pronoun.described-not-quoted: "“He cried on the phone. A farmer, crying,” she said": someone
                # the speaker talked about, not who "she" is
                fired("pronoun.described-not-quoted")
                continue
            # "Another, a Western diplomat in Riyadh, was …": the description apposed to "another"; not the one
            # apposed to a name ("said Dina Esfandiary, a Middle East expert at …": Esfandiary, named)
            named = (a := self.table.actor_at(subject)) is not None and a.kind is ActorKind.PERSON
            token = subject if named else next((c for c in subject.children if c.dep_ == "appos"), subject)
            determiner = next((c.lower_ for c in token.children if c.dep_ == "det"), None)
            if determiner is None and any(c.dep_ == "nummod" and c.lower_ == "one" for c in token.children):
                determiner = "a"  # "One senior civil servant, who asked not to be named, …"
            known = self.table.actor_at(token)
            if (
                token.tag_ == "NN"
                and token.lemma_.lower() in PEOPLE_NOUNS
                and (
                    (determiner in ("a", "an") and (known is None or (after_quote and self._spoke_last(token))))
                    or (
                        after_quote
                        and determiner in ("a", "an", "the")
                        and token.lemma_.lower() in SOURCE_NOUNS
                        and (known is None or known.kind is ActorKind.ANONYMOUS)
                    )
                )
            ):
                end = next(
                    (t.i for t in self.doc[token.i + 1 : token.right_edge.i + 1] if t.text == "," or t.dep_ == "relcl"),
                    token.right_edge.i + 1,
                )
                return self.doc[token.left_edge.i : end]
        return None

    def _titled_subject(self, before: int, after_quote: bool, barred: set[str]) -> tuple[Token, str | None] | None:
        """The main-clause subject of the sentence before token ``before``'s (the quote's own sentences skipped),
        or of its own before it, when that is "the" and a title: the title's head and the person the story named
        before whom it names ("The Orthodox Patriarch was briefer"), or None for that person when it names no one
        (its unnamed holder is the caller's to find, if the caller takes the subject)."""
        for subject in self._main_subjects_before(before, after_quote):
            if self.table.actor_at(subject) is not None:
                continue
            if self._inside_quotes(subject):
                continue  # "“The mayor meets many people,” she said": someone talked about
            determiner = next((c.lower_ for c in subject.children if c.dep_ == "det"), None)
            titled = subject.tag_ in ("NN", "NNP") and subject.lemma_.lower() in TITLE_NOUNS
            if determiner != "the" or not titled:
                continue
            span = self.doc[subject.left_edge.i : subject.i + 1]
            holder = self._known_titled(span)
            if holder is None:
                return subject, None
            return (subject, holder.id) if holder.id not in barred else None
        return None

    def _unnamed_holder(self, subject: Token, pronoun: Token, barred: set[str]) -> str | None:
        """The office holder a capitalised title alone tells ("the Secretary-General attended a forum, and he
        told them …", "The Secretary of State was emphatic"), when the story names no one who holds such an office
        (rule pronoun.unnamed-office-holder): the press capitalises an office to mean its one holder, who is the "he"
        that follows as a named person would be. Not one of two subjects ("The Prime Minister and the Taoiseach"), not
        after a titled person is named ("Ban Soli, the UN chief" may be the Secretary-General told later), not an
        office of the pronoun's other gender ("The Queen … with her son. He said"), nor one of ``barred``. The holder
        is made only when found, for the caller to take."""
        if any(c.dep_ == "conj" for c in subject.children):
            return None
        whole = self.doc[subject.left_edge.i : subject.right_edge.i + 1]
        if _words_gender(whole.text) not in (None, PRONOUN_GENDER.get(pronoun.lower_)):
            return None
        words = [t for t in whole if t.is_alpha and t.lower_ not in DEFINITE]
        if not all(t.is_title or (t.i > subject.i and t.lower_ in OFFICE_PHRASE_WORDS) for t in words):
            return None
        if any(t.ent_type_ in PLACE_ENTITIES for t in words if t.i <= subject.i):
            return None  # "the Indiana Governor" names which office; another rule reads a place
        named = (person for person in self.table.persons() if person.name not in person.titles)
        if any(subject.lower_ in _title_words(title) for person in named for title in person.titles):
            return None  # a holder is named, whom the title did not fit: no one new
        before = {t.text for t in self.doc[: subject.i] if t.ent_type_ == "PERSON"}
        if any(person.titles and person.name.split()[-1] in before for person in self.table.persons()):
            return (
                None  # "Ban Soli, the UN chief, … The Secretary-General met …": a titled person told before may hold it
            )
        actor = self.table.get(self.resolve(whole, speaking=True))
        if actor is None or actor.kind is not ActorKind.PERSON or actor.id in barred:
            return None
        fired("pronoun.unnamed-office-holder")
        return actor.id

    def _relayed_by(self, described: SpacySpan) -> bool:
        """Whether the last words were no person's, told inside the sentence the described person is the subject of:
        "The official denied a report by a news agency that X had met Y. '…,' he said": the official, not the
        agency nor anyone its report names."""
        last = self.table.get(self.last_speaker)
        sentence = described.sent
        return (
            last is not None
            and last.kind is not ActorKind.PERSON
            and described.end_char <= self.last_start < sentence.end_char
        )

    def _recent_speaker(self, before: int, exclude: frozenset[str] | set[str]) -> str | None:
        """The person who spoke last, if that was in the sentence of token ``before`` or the one before it: for a
        body that spoke through an unnamed spokesman, the spokesman."""
        actor = self.table.get(self.spokesmen.get(self.last_speaker or "", self.last_speaker))
        if actor is None or actor.id in exclude or not self._one_person(actor, self.doc[before]):
            return None
        if self._spoke_lately(before) or self._only_quoted(self.last_end, self.doc[before].idx):
            return actor.id
        if self._unbroken_since_speaker(before):
            # rule pronoun.speaker-continues: "The bishop said he would travel … Asked whether he would mediate
            # again, he laughed. “…,” he said": nobody else named since, in the same paragraph
            fired("pronoun.speaker-continues")
            return actor.id
        return None

    def _unbroken_since_speaker(self, before: int) -> bool:
        """Whether the last speaker's words ended earlier in the paragraph of token ``before`` and no other person
        is named, outside quote marks, between them and it."""
        start = self.doc[before].idx
        if self.last_end < 0 or self.last_end > start or "\n" in doc_text(self.doc)[self.last_end : start]:
            return False
        first = self.doc.char_span(self.last_end, start, alignment_mode="expand")
        tokens = first if first is not None else []
        for token in tokens:
            if token.i >= before:
                break
            actor = self.table.actor_at_index(token.i)
            if actor is None or actor.id == self.last_speaker or self._inside_quotes(token):
                continue
            if actor.kind in (ActorKind.PERSON, ActorKind.ANONYMOUS, ActorKind.GROUP):
                return False
        return not any(
            t.i < before and t.dep_ == "nsubj" and t.lemma_.lower() in PEOPLE_NOUNS and not self._inside_quotes(t)
            for t in tokens
        )  # "The mayor, however, disagreed": someone else brought in by a noun

    def _spoke_lately(self, index: int) -> bool:
        """Whether the last speaker spoke in the sentence of token ``index`` or the one before it."""
        sents = doc_sents(self.doc)
        here = sentence_index(sents, index)
        return self.last_end >= sents[max(here - 1, 0)].start_char

    def _one_person(self, actor: Actor, pronoun: Token) -> bool:
        """A person, or for "he" or "she" one unnamed source of that gender or none ("A ministry spokeswoman said …
        She would not say …"), not a group ("officials"); "his office" is seldom an unnamed source's."""
        if actor.kind is ActorKind.PERSON:
            return True
        if actor.kind is not ActorKind.ANONYMOUS or pronoun.lower_ not in ("he", "she"):
            return False
        if gender_of(actor) not in (None, PRONOUN_GENDER[pronoun.lower_]):
            ruled_out_by_gender(actor)
            return False
        mention = actor.mentions[0] if actor.mentions else None
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand") if mention else None
        # an unnamed source ("a spokeswoman", "an official"), not anyone unnamed ("one caller" asked her)
        return span is not None and span.root.tag_ == "NN" and span.root.lemma_.lower() in SOURCE_NOUNS

    def _only_quoted(self, start: int, end: int) -> bool:
        """Whether no word stands between characters ``start`` and ``end`` outside quote marks: "… she said Mwale
        would travel. “We are not there yet. But the door is open,” she said" (the quote before "she")."""
        text = doc_text(self.doc)
        starts, ends = self._quoted
        k = bisect_left(ends, start)
        while k < len(starts) and starts[k] < end:
            if any(c.isalnum() for c in text[start : starts[k]]):
                return False
            start, k = ends[k], k + 1
        return not any(c.isalnum() for c in text[start:end])

    def _staff(self, span: SpacySpan) -> Actor | None:
        """ "Executives for Mondelez", "Nabisco's lawyers" (rule speaker.staff-of-org): the people of an
        organisation speak as a group of their own, "Mondelez executives", not as the organisation."""
        head = span.root
        employers = [
            g
            for c in head.children
            if (c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "with")) or c.dep_ == "poss"
            for g in ([c] if c.dep_ == "poss" else [g for g in c.children if g.dep_ == "pobj"])
        ]
        org = next(
            (
                a
                for g in employers
                for t in g.subtree
                if (a := self.table.actor_at(t)) and a.kind is not ActorKind.PERSON
            ),
            None,
        )
        if org is None:
            return None
        fired("speaker.staff-of-org")
        name = f"{org.name} {head.lower_}"
        group = self.table.add(ActorKind.GROUP, name, mention=span, key=f"{org.id}|{head.lemma_.lower()}")
        group.country = group.country or org.country
        return group

    def _signature(self, token: Token, actor_id: str) -> bool:
        """A line that is nothing but this actor's name: a signature or byline, not part of the story."""
        words = [t for t in token.sent if not (t.is_punct or t.is_space)]
        return len(words) <= 4 and all(self.table.token_actor.get(t.i) == actor_id for t in words)

    def _spoken_for(self, head: Token) -> Actor | None:
        """The person a spokesman speaks for in "a spokesman for Ode" (the same unnamed source as "Ode's
        spokesman", rule speaker.possessive-spokesman)."""
        if head.lemma_.lower() not in SPOKES_NOUNS:
            return None
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "for":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and (actor := self.table.actor_at(obj)) is not None:
                        return actor if actor.kind is ActorKind.PERSON else None
        return None

    def _body_spoken_for(self, head: Token) -> Actor | None:
        """The body one unnamed spokesman speaks for (rule speaker.spokesman-for-body): "a spokesman for Oxfam" says
        what "Oxfam said" would, and so does "a spokeswoman for the charity" or "for the aid agency" after the
        story named the body ("the Red Cross"): for a charity, an aid agency and the like the last body named that
        is no part of a state, in its sentence or the one before, when it is the only one named there ("Oxfam and
        the Red Cross … a spokesman for the charity": no telling which). A plural ("spokesmen for the banks") is several
        bodies' people; a title ("for the Archbishop") and a person spoken for are a person's (rule
        speaker.possessive-spokesman)."""
        if head.lemma_.lower() not in SPOKES_NOUNS or head.tag_ != "NN":
            return None
        prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if obj is None:
            return None
        if obj.lemma_.lower() in TITLE_NOUNS:
            return None  # "a spokesman for the Archbishop": a person's, whatever the table makes of the title
        if (named := self.table.actor_at(obj)) is not None:
            return named if named.kind is ActorKind.ORGANIZATION else None
        if obj.ent_type_ == "ORG" and obj.tag_ == "NNP":
            # a body's name the table keeps as part of the spokesman's description: the body itself
            name = [t for t in obj.subtree if not (t.dep_ == "det" and t.i == obj.left_edge.i)]
            if all(t.ent_type_ == "ORG" for t in name):
                return self._organization(self.doc[name[0].i : name[-1].i + 1])
            return None
        if obj.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in obj.children):
            return None
        lemma = obj.lemma_.lower()
        qualifiers = {c.lower_ for c in obj.children if c.dep_ in ("amod", "compound")}
        if qualifiers & AID_BODY_WORDS:
            lemma = "charity"  # "the aid agency", "the relief group": a body no part of a state
        elif qualifiers or lemma not in NONSTATE_BODY_NOUNS:
            return None  # "the office", "the ministry": a part of a state, of which a story names many
        found = self.table.get(self._named_org(obj.i, lemma) or "")
        if found is None:
            return None
        # a description stands for a body only just named: in its sentence or the one before
        sents = doc_sents(self.doc)
        here = sentence_index(sents, obj.i)
        named_at = range(obj.i - 1, sents[max(here - 1, 0)].start - 1, -1)
        if not any(self.table.token_actor.get(i) == found.id for i in named_at):
            return None
        if lemma not in found.name.lower().split() and len(self._bodies_named(named_at)) > 1:
            return None  # "Oxfam and the Red Cross … a spokesman for the charity": no telling which
        return found

    def _bodies_named(self, at: range) -> set[str]:
        """The organisations no part of a state named at the tokens ``at``."""
        bodies = set()
        for i in at:
            actor = self.table.get(self.table.token_actor.get(i) or "")
            if actor is not None and actor.kind is ActorKind.ORGANIZATION and not STATE_BODY.search(actor.name):
                bodies.add(actor.id)
        return bodies

    def _unnamed(self, span: SpacySpan) -> Actor:
        span = _first_conjunct(span)
        head = span.root
        words = {t.lower_ for t in head.subtree}
        determiner = span[0].lower_
        if (introduced := self._introduced(span)) is not None:
            return introduced  # "the aides": the "two aides familiar with the negotiations" the story brought in
        if (staff := self._our_staff(head)) is not None:
            return staff
        spoken_for_body = self._body_spoken_for(head)
        if determiner in DEFINITE and self.last_anonymous and head.lower_ in ANONYMOUS_HEADS | {"source"}:
            actor = self.table.get(self.last_anonymous)
            if actor is not None:
                return actor
        via = next((a for t in span if (a := self.table.actor_at(t)) is not None and a.kind is ActorKind.OUTLET), None)
        via = via or self._citing_outlet(head)
        anonymous = (
            head.lower_ in ANONYMOUS_HEADS
            or bool(words & ANONYMITY_CUES)
            or (head.tag_ == "NN" and determiner in ("a", "an", "one"))
        )
        collective = head.lower_ in GROUP_NOUNS or (head.tag_ == "NNS" and head.lemma_.lower() in PEOPLE_NOUNS)
        kind = ActorKind.ANONYMOUS if anonymous or not collective else ActorKind.GROUP
        name = re.sub(r"^(the|a|an|these|those|some)\s+", "", span.text, flags=re.IGNORECASE)
        if via is not None and kind is ActorKind.ANONYMOUS:
            name = re.sub(r"^" + re.escape(via.name) + r"(['’]s)?\s+", "", name)
        elif len(span) == 2 and determiner in ("a", "an") and (body := self._body_just_spoken(span)) is not None:
            # rule speaker.spokesman-of-body: "The Dutch embassy denied it. “…,” a spokesman said": the embassy's
            fired("speaker.spokesman-of-body")
            name, via = f"{head.text} for the {body.name}", body
        key = f"{name}|{via.id if via else ''}"  # "One official", "Another official": two sources, as they read
        if kind is ActorKind.ANONYMOUS and via is None and (principal := self._spoken_for(head)) is not None:
            # rule speaker.possessive-spokesman: "a spokesman for Ode" is "Ode's spokesman", either way round
            key = f"{principal.id}|{head.lemma_.lower()}"
        name = _without_quantifier(name)
        via = via or spoken_for_body
        actor = self.table.add(kind, name, mention=span, via=via.id if via else None, key=key)
        if kind is ActorKind.ANONYMOUS:
            self.last_anonymous = actor.id
        actor.country = actor.country or _country_before(span)
        _describe_in_full(actor, head)
        if spoken_for_body is not None:
            # the body speaks; the spokesman stays in the table, whom a "he" after the quote may stand for
            fired("speaker.spokesman-for-body")
            self.spokesmen[spoken_for_body.id] = actor.id
            return spoken_for_body
        return actor

    def _body_just_spoken(self, span: SpacySpan) -> Actor | None:
        """The organisation that spoke in the sentence before, or in this one, for a bare "a spokesman"."""
        if span.root.lemma_.lower() not in SPOKES_NOUNS:
            return None
        body = self.table.get(self.last_speaker)
        if body is None or body.kind is not ActorKind.ORGANIZATION:
            return None
        return body if self._spoke_lately(span.start) else None

    def _introduced(self, span: SpacySpan) -> Actor | None:
        """The unnamed source a definite description refers back to (rule speaker.definite-unnamed), as the story
        introduced it; never a person it named there ("a spokeswoman, Marta Ruiz")."""
        earlier = introduction_of(span)
        if earlier is None:
            return None
        actor = self.table.actor_at(earlier)
        if actor is None:
            actor = self._unnamed(self.doc[earlier.left_edge.i : earlier.i + 1])
        if actor.kind not in (ActorKind.ANONYMOUS, ActorKind.GROUP):
            return None
        fired("speaker.definite-unnamed")
        self.table.add_mention(actor, span)
        if actor.kind is ActorKind.ANONYMOUS:
            self.last_anonymous = actor.id
        return actor

    def _citing_outlet(self, head: Token) -> Actor | None:
        """ "Reuters, citing sources, reported": the sources speak through Reuters."""
        verb = head.head
        if verb.lower_ == "citing":
            return self.table.actor_in(list(verb.head.subtree)[: max(verb.i - verb.head.left_edge.i, 0)])
        for t in verb.children:
            if t.dep_ not in ("dative", "dobj", "pobj"):
                continue
            for g in t.subtree:  # "sources told Reuters", "told the newspaper Aftenposten"
                if (a := self.table.actor_at(g)) is not None and a.kind is ActorKind.OUTLET:
                    return a
        return None

    def _holder_after_body_phrase(self, span: SpacySpan) -> Actor | None:
        """ "Spokesman for the Presidency Ana Ruiz said …" (rule speaker.holder-after-title-phrase): a title in
        capitals with no article, whose phrase names a body or place with "the" ("for the Presidency", "of the
        Information Office") and runs on into a person's name, is that person's, though the parser made the title
        the subject and hung the name on "for". Not "a spokesman for President Ana Ruiz", where "for" is followed
        by the one spoken for."""
        head = span.root
        doc = self.doc
        if span[0].i != head.i or not head.is_title or head.lemma_.lower() not in TITLE_NOUNS:
            return None
        if head.i + 3 >= len(doc) or doc[head.i + 1].lower_ not in ("for", "of") or doc[head.i + 2].lower_ != "the":
            return None
        holder = self._name_ending_title(span)
        if holder is None or self.table.actor_at(doc[head.i + 3]) is holder:
            return None  # "Envoy for the Ana Ruiz Foundation": the name is the body's
        fired("speaker.holder-after-title-phrase")
        return holder

    def _name_after_title_chain(self, span: SpacySpan) -> Actor | None:
        """ "Party executive chairman and House Deputy Speaker Ana Ruiz", "the rebels' spokesman and head of its
        delegation Omar Saleh" (rule actor.name-ends-title): a chain of titles that ends in a person's name is that
        person's, the name being the proper-name run it ends with. Not a name in a phrase of another's ("a
        spokesman for President X", "the wife of Y"), nor a second person joined to a title of its own after a
        determiner ("The chairman and Senator X": two people)."""
        words = [t for t in span if not t.is_punct or t.text in ("'s", "’s", "’", "'")]
        end = len(words)
        person = self.table.actor_at(words[-1]) if words else None
        if person is None or person.kind is not ActorKind.PERSON:
            return None
        start = end
        while start > 0 and self.table.actor_at(words[start - 1]) is person:
            start -= 1
        if start < 2 or end - start < 2 or self.table.actor_at(words[0]) is person:
            return None
        before = words[:start]
        if any(t.pos_ in ("VERB", "AUX") or t.lower_ in ("for", "to", "with", "by", "from") for t in before):
            return None
        if any((a := self.table.actor_at(t)) is not None and a.kind is ActorKind.PERSON for t in before):
            return None  # "Senator Ana Ruiz of the opposition Civic Alliance": the chain's head is named
        run = start
        while run > 0 and before[run - 1].is_title and before[run - 1].pos_ == "PROPN":
            run -= 1  # "House Deputy Speaker" right before the name: its own title
        if run == 0 or before[run - 1].pos_ == "ADP" or before[run - 1].text in ("'s", "’s", "’", "'"):
            return None
        if run == start and (before[-1].pos_ != "NOUN" or before[-1].lemma_.lower() in PEOPLE_NOUNS):
            return None  # the name apposed to a body's noun ending the chain: "head of its delegation Omar Saleh"
        if run < start and not (any(t.lower_ == "and" for t in before[:run]) and before[0].pos_ != "DET"):
            return None
        fired("actor.name-ends-title")
        return person

    def _account(self, handle: SpacySpan) -> Actor:
        """The actor an account's handle stands for: the person named in full whose account it is ("@TomasVella"),
        known also by it (rule actor.handle-of-named), else the account itself, by its handle."""
        owner = handle_owner(self.table, handle.text)
        if owner is None:
            return self.table.add(ActorKind.PERSON, handle.text, mention=handle)
        self.table.add_mention(owner, handle)
        return owner

    def _initialism_holder(self, span: SpacySpan) -> str | None:
        """ "the PM said", "the FM met …" (rule actor.title-initialism): a title written as initials is the person
        named last before with that office, written out or as the same initials, and of no lesser rank ("the PM"
        is not the deputy prime minister); failing one, the person the story goes on to name so ("The CS said …
        CS Ann Mwangi met …", a headline told again above the story); no such person, no one."""
        office = _initialism_office(span)
        before = range(span.start - 1, max(span.start - LOOK_TOKENS, -1), -1)
        for i in [*before, *range(span.end, min(span.end + LOOK_TOKENS, len(self.doc)))]:
            actor = self.table.actor_at_index(i)
            if actor is None or actor.kind is not ActorKind.PERSON:
                continue
            if any(_holds_office(office, _title_words(_own_title(t))) for t in actor.titles):
                fired("actor.title-initialism")
                return actor.id
        return None

    def _known_titled(self, span: SpacySpan, *, at_home: bool = True, ahead: bool = False) -> Actor | None:
        """The person named earlier whose title has this description's head noun; for a headline ("EU Envoy
        Says …"), or when asked to look ``ahead``, the person the story goes on to name so. "our Foreign Minister"
        is one of the outlet's state first, if the outlet's state is known (``at_home``), and failing one whoever it
        would be without."""
        head = span.root
        headline = _in_headline(self.doc, span)
        order = range(span.start - 1, max(span.start - LOOK_TOKENS, -1), -1)
        if headline or ahead:
            order = range(span.end, min(span.end + LOOK_TOKENS, len(self.doc)))
        geo = gazetteer()
        national = national_office_state(span)  # "the Taoiseach" is Ireland's, as "Ireland's prime minister" is
        office = _office_state(head) or national
        periphrased = periphrasis_of(span) is not None  # its titles are vetted for other bodies already
        country = next((code for t in span if t.i != head.i and (code := geo.country_of(t.text))), None) or office
        if country and (leader := self._states_leader(span, country)) is not None:
            return leader
        # the unnamed source this description may refer back to (a counterpart never does: "his Omani counterpart")
        introduced = introduction_of(span) if head.lower_ not in COUNTERPART_WORDS else None
        if (holder := self._described_holder(span, country, introduced)) is not None:
            return holder
        # "the Chinese president": a person of that country first, then one whose country the text does not give;
        # "New Zealand's prime minister", "the president of Mexico": only a person of that state (rule
        # speaker.state-owned-office)
        home = self._our_state(head) if country is None and at_home else None
        if home is not None:
            fired("speaker.home-state")
            country = home
        passes = ({country}, {country, None}) if country else ({None},)
        bare = ahead and country is not None and not headline  # "Minister Ana Ruiz" after "the Foreign Minister of X"
        if country and country in (_office_state(head, owned=True), national) and not ahead:
            fired("speaker.state-owned-office")
            passes = ({country},)
        told_apart = holders_told_apart(head, self.table.persons())  # "the speaker of the House of Commons"
        for allowed in passes:
            holders: dict[str, tuple[int, Actor, list[str]]] = {}  # each fitting person at its nearest mention
            for i in order:
                actor = self.table.actor_at_index(i)
                if (
                    actor is not None
                    and actor.id not in holders
                    and actor.kind is ActorKind.PERSON
                    and (not country or actor.country in allowed)
                    and (
                        (
                            fitting := [
                                t
                                for t in [*actor.titles, *counterpart_titles(actor, self.table, self.doc)]
                                if _title_fits(span, t) or (bare and actor.country == country and _bare_office(span, t))
                            ]
                        )
                        or (not periphrased and actor.name.lower().split()[0] == head.lower_)  # "Pope Francis"
                    )
                    and not (office and actor.country is None and not periphrased and _of_another_body(fitting, office))
                    and not (fitting and _of_another_named_body(span, actor.titles))
                    and not (told_apart and body_of_phrase_agrees(head, actor.titles) is not True)
                ):
                    holders[actor.id] = (i, actor, fitting)
            if holders:
                if national and len(holders) > 1:
                    return None  # one state's office held by two people named: a former holder among them
                if country and None in allowed:  # no holder of that state: one of no known state, if told
                    if (told := _of_no_state_told(span, [(a, f) for _, a, f in holders.values()])) is None:
                        return None
                    actor = told[0]
                    i = holders[actor.id][0]
                else:
                    i, actor = self._likeliest_holder(span, _in_own_words(span, list(holders.values())))
                if not set(holders[actor.id][2]) <= set(actor.titles):
                    fired("speaker.counterpart-office")  # "the Turkish foreign minister": the Turkish counterpart
                if not headline and self._named_since(actor, i):
                    fired("speaker.named-after-description")
                    return None  # "A lawmaker in Manila … Joey Salceda said … The lawmaker said": the one named
                return actor
        if home is not None:
            return self._known_titled(span, at_home=False, ahead=ahead)
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)  # "a Russian diplomat" is new
        if headline or (country and definite and head.lemma_.lower() in OFFICE_HOLDER_NOUNS):
            if not headline and self._source_brought_in(introduced):
                return None
            # "Swiss Mediator Says …": the first Swiss official the story names; "the Russian diplomat", "the Chinese
            # leader": the last person of that country the text gave a title (rule speaker.national-description)
            for i in order:
                actor = self.table.actor_at_index(i)
                if actor is not None and actor.kind is ActorKind.PERSON and country and actor.country == country:
                    if headline or actor.titles:
                        fired("speaker.national-description")
                        return actor
        return None

    def _source_brought_in(self, earlier: Token | None) -> bool:
        """Whether a national description refers back to an unnamed source the story brought in and quoted (rule
        speaker.unnamed-introduced): "a Chilean official travelling with the minister said … the Chilean official
        says" is that source, not the minister. Not one the story brought in only as a party ("a visiting top
        Chinese official … Chen Min, the party secretary …"), whom the story may go on to name. ``earlier`` is the
        phrase that brought in whom the description refers back to (``introduction_of``), if any."""
        source = self.table.actor_at(earlier) if earlier is not None else None
        if source is None or source.kind is not ActorKind.ANONYMOUS or source.id not in self.speakers:
            return False
        fired("speaker.unnamed-introduced")
        return True

    def _described_holder(self, span: SpacySpan, country: str | None, introduced: Token | None) -> Actor | None:
        """ "his Australian counterpart", "the diplomat": the one person the article names holding the office the
        description means, though his title shares no word with it (described_holders); never for an unnamed
        person the story brought in so (``introduced``: "a Western diplomat … the diplomat said")."""
        head = span.root
        if head.lower_ in COUNTERPART_WORDS:
            possessive = next((c for c in head.children if c.dep_ == "poss" and c.i < head.i), None)
            owner = self._owner_of_possessive(possessive) if possessive is not None else None
            # the owner's offices, and the one he holds as a counterpart himself ("his Iranian counterpart, X")
            titles = [*owner.titles, *counterpart_titles(owner, self.table, self.doc)] if owner is not None else []
            return counterpart_holder(span, country, owner, offices_in(titles), self.table)
        return diplomat_holder(span, country, self.table) if introduced is None else None

    def _owner_of_possessive(self, owner: Token) -> Actor | None:
        """The person a possessive stands for: the one "his" refers to, or the one named ("Ruiz's")."""
        if owner.lower_ not in POSSESSIVE_PRONOUNS:
            return self.table.actor_at(owner)
        return self.table.get(self._pronoun_owner(owner))

    def _pronoun_owner(self, pronoun: Token) -> str | None:
        """The id of whom a possessive pronoun stands for: "his", "her" a person of that gender named before; "its",
        "their" a body or a group."""
        subject = POSSESSIVE_PRONOUNS[pronoun.lower_]
        if subject in ("he", "she"):
            return self._antecedent(pronoun.i, persons=True, unlike=self._other_gender(subject, pronoun.i))
        return self._antecedent(pronoun.i, persons=False)

    def _several_of_no_state(self, span: SpacySpan, candidate: Actor) -> bool:
        """Whether a national description ("the Swedish minister") is not ``candidate``, one of two or more people
        the article names with no known state whose titles it fits, as ``_of_no_state_told`` reads them for
        ``_known_titled`` (rule speaker.national-of-several-unknown): none of them, unless one alone holds the
        office the description names, and then that one."""
        holders = [
            (a, fitting)
            for a in self.table.persons()
            if a.country is None
            and a.name not in a.titles
            and (fitting := [t for t in a.titles if _title_fits(span, t)])
        ]
        if len(holders) < 2:
            return False
        told = _of_no_state_told(span, holders)
        return told is None or told[0] is not candidate

    def _seat_holder(self, span: SpacySpan) -> str | None:
        """ "said the Presidency member", "the Turkish parliamentarian pointed out" (rule speaker.seat-holder): a
        seat in a body, with "the" and words of its own before it, is the person named before whose title has that
        noun ("Bosnia Presidency member X"); a legislator's seat is also the nearest person named before, of the
        state the description gives if it gives one, whose title names a legislature ("Head of the Foreign
        Relations Committee of the Grand National Assembly of Turkey X"). Not "a member" nor "the members"."""
        head = span.root
        lemma = head.lemma_.lower()
        if lemma not in SEAT_NOUNS or head.tag_ != "NN" or span[0].lower_ != "the" or span.start + 1 >= head.i:
            return None
        if (known := self._known_titled(span)) is not None:
            fired("speaker.seat-holder")
            return known.id
        if lemma not in LEGISLATOR_SEATS:
            return None
        geo = gazetteer()
        country = next((code for t in span if t.i != head.i and (code := geo.country_of(t.text))), None)
        for i in range(span.start - 1, max(span.start - LOOK_TOKENS, -1), -1):
            actor = self.table.actor_at_index(i)
            if (
                actor is not None
                and actor.kind is ActorKind.PERSON
                and (country is None or actor.country == country)
                and any(set(re.findall(r"\w+", t.lower())) & LEGISLATURE_WORDS for t in actor.titles)
            ):
                fired("speaker.seat-holder")
                return actor.id
        return None

    def _states_leader(self, span: SpacySpan, country: str) -> Actor | None:
        """ "Mexico's leader", "the Chinese leader": the one person of that state the article names with a leader's
        title, wherever it names him (rule speaker.state-leader); not "the opposition leader", "a former leader"."""
        head = span.root
        if head.lemma_.lower() != "leader" or head.tag_ != "NN":
            return None
        if {t.lower_ for t in span} & NO_STATE_OFFICE_WORDS:
            return None
        leader = the_states_leader(self.table, country)
        if leader is not None:
            fired("speaker.state-leader")
        return leader

    def _likeliest_holder(self, span: SpacySpan, holders: list[tuple[int, Actor, list[str]]]) -> tuple[int, Actor]:
        """Of several people a description fits, nearest first, the one whose title is the description's office
        exactly, then the one the story has named most so far; else the nearest (rule speaker.likeliest-holder):
        "the minister" after "Minister Ana Silva" and "Foreign Minister Jon Holm" is Silva. The nearest stays when
        it is the last speaker, or a person known only by the description, whom the description goes on naming."""
        wanted = _described_office(span)
        start = span[0].idx
        nearest = holders[0][1]
        if nearest.id == self.last_speaker or nearest.name in nearest.titles:
            return holders[0][0], nearest

        def rank(holder: tuple[int, Actor, list[str]]) -> tuple[bool, int]:
            _, actor, fitting = holder
            if actor.name in actor.titles:
                return False, -1
            exact = any(_own_office_words(title) == wanted for title in fitting)
            return exact, sum(m.start < start for m in actor.mentions)

        best = max(holders, key=rank)  # max keeps the first, nearest, of equals
        if best is not holders[0]:
            fired("speaker.likeliest-holder")
        return best[0], best[1]

    def _named_since(self, unnamed: Actor, index: int) -> bool:
        """Whether ``unnamed``, a person known only by a description ("a lawmaker in the Philippines"), has been
        followed by a named person who spoke after it (rule speaker.named-after-description): a later "the
        lawmaker" is that speaker, if nothing contradicts it, not the description."""
        if unnamed.name not in unnamed.titles or self.last_speaker in (None, unnamed.id):
            return False
        speaker = self.table.get(self.last_speaker)
        if speaker is None or speaker.kind is not ActorKind.PERSON or speaker.name in speaker.titles:
            return False
        return any(m.start > self.doc[index].idx for m in speaker.mentions)

    def _titled(self, span: SpacySpan) -> Actor:
        if (named := self._name_ending_title(span)) is not None:
            return named
        known = self._known_titled(span) or self._delayed_name(span) or self._named_ahead(span)
        if known is not None:
            return known
        head = span.root.i
        start = max([span.start] + [t.i + 1 for t in span if t.text == "," and t.i < head])  # "Minister, the premier"
        end = max(k for k in range(head, span.end) if k == head or not span.doc[k].is_punct) + 1
        while end - 1 > head and span.doc[end - 1].lower_ in EMPHATIC_REFLEXIVES:
            end -= 1  # "the Prime Minister herself said"
        span = span.doc[start:end]  # not "the foreign minister," before "who"
        name = strip_article(span.text)
        country = next((a.country for t in span if (a := self.table.actor_at(t)) is not None and a.country), None)
        actor = self.table.add(ActorKind.PERSON, name, mention=span, country=country)
        if name not in actor.titles:
            actor.titles.append(name)
        return actor

    def _name_ending_title(self, span: SpacySpan) -> Actor | None:
        """ "welcomed by Minister of Foreign Affairs of Mongolia D.Tsogtbaatar from …", "Ambassador of Egypt Omar
        Adel" (rule actor.name-ends-title): a title whose phrase runs through "of" or "to" and capitalised words
        to a person's name is that person's, however the parser hung the name on the title; the run ends at the
        first word that is neither."""
        head = span.root
        if not head.is_title:
            return self._name_closing_title(span)
        for token in self.doc[head.i + 1 : span.end]:
            if _in_bracketed_initials(token):
                if token.text == "(":
                    fired("actor.name-ends-title-initials")  # "High Commissioner (HC) to Pakistan Leslie Scanlon"
                continue
            if not (
                token.is_title or token.lower_ in TITLE_RUN_WORDS or (token.text[:1].isupper() and "." in token.text)
            ):
                break
            actor = self.table.actor_at(token)
            if actor is not None and actor.kind is ActorKind.PERSON and token.lower_ not in TITLE_RUN_WORDS:
                fired("actor.name-ends-title")
                return actor
        return self._name_after_gloss(head) or self._name_closing_title(span)

    def _name_closing_title(self, span: SpacySpan) -> Actor | None:
        """ "People's Alliance MP for the Kandy District W.M. Ruwan Herath", "FORMER deputy minister of Works and
        Supply Mwila Banda" (rule actor.name-closes-title): a description whose last words are the full name of a
        person the story names is that person, whatever words the run holds."""
        last = max((t for t in span if not t.is_punct), key=lambda t: t.i, default=None)
        actor = self.table.actor_at(last) if last is not None else None
        if actor is None or actor.kind is not ActorKind.PERSON or actor.name in actor.titles:
            return None
        if len(actor.name.split()) < 2 or not span.text.rstrip(" ,.'’s").endswith(actor.name):
            return None
        if any(t.dep_ == "cc" for t in span):
            return None  # "The Fianna Fáil leader and Hilary Benn": two people, the leader not Benn
        fired("actor.name-closes-title")
        return actor

    def _name_after_gloss(self, head: Token) -> Actor | None:
        """ "Secretary-General of the Dockworkers' Union (DWU) Ana Ruiz", "the President of the Regional Council
        (the island government), Tomas Berg" (rule actor.title-gloss-before-name): a title of something, then its
        initials or a gloss in brackets, then a person's name (after a comma or a rank such as "Gen" too) is that
        person's; the parser stops the title at the bracket. A title of nothing ("Democratic Party (DP) Chairman
        Lee") is left as it is."""
        doc = self.doc
        i = head.i + 1
        while i < len(doc) and (doc[i].is_title or doc[i].lower_ in TITLE_PHRASE_WORDS) and doc[i].text != "(":
            i += 1
        if i >= len(doc) or doc[i].text != "(" or "of" not in {t.lower_ for t in doc[head.i : i]}:
            return None
        close = next((t.i for t in doc[i + 1 : i + 1 + GLOSS_TOKENS] if t.text == ")"), None)
        if close is None:
            return None
        after = close + 1 + (close + 1 < len(doc) and doc[close + 1].text == ",")
        for token in doc[after : after + NAME_AFTER_GLOSS_TOKENS]:
            if not token.is_title:
                return None
            actor = self.table.actor_at(token)
            if actor is not None and actor.kind is ActorKind.PERSON:
                fired("actor.title-gloss-before-name")
                return actor
        return None

    def _named_ahead(self, span: SpacySpan) -> Actor | None:
        """The person a definite description points ahead to, when the story has named no one before it (rule
        speaker.named-ahead): "… with the mediator describing the mood as tense. / Between them sits the Kenyan
        mediator, Brigadier Paul Otieno, …". A story's opening may say "the mediator" before it names the one
        mediator it is about; once people are named, "the mediator" may be one of them whose title the text did
        not give, and "a mediator" brings in someone new."""
        if span[0].lower_ != "the" or self._anyone_named_before(span.start_char):
            return self._state_office_ahead(span)
        holder = self._known_titled(span, ahead=True)
        if holder is not None:
            fired("speaker.named-ahead")
        return holder

    def _state_office_ahead(self, span: SpacySpan) -> Actor | None:
        """The holder of an office said to be of a state ("The Foreign Minister of Colombia met …", "China's new
        ambassador …") whom the next sentences name, when no one named before fits it (rule
        speaker.state-office-ahead): a state has one holder of an office, so the lede may describe him by it and
        name him just after ("… / Minister Ana Ruiz also …", "The new envoy to Canberra, Li Wen, …"), though the
        story named others first. Not "a Chinese ambassador", who may be anyone, nor a bare "the minister"."""
        head = span.root
        geo = gazetteer()
        stated = _office_state(head) is not None or any(t.i != head.i and geo.country_of(t.text) for t in span)
        if not stated or span[0].lower_ in ("a", "an") or head.tag_ not in ("NN", "NNP"):
            return None
        if head.lemma_.lower() in OFFICE_HOLDER_NOUNS:
            return None  # "the Peruvian leader", "the Chinese diplomat": any of that state's officials
        holder = self._known_titled(span, ahead=True)
        if holder is None or holder.name in holder.titles or self._titled_before(holder, span.start_char):
            return None  # a description named no one; one titled before the description did not fit looking back
        sents = doc_sents(self.doc)
        here = sentence_index(sents, span.root.i)
        own, last = sents[here], sents[min(here + STATE_OFFICE_AHEAD_SENTENCES, len(sents) - 1)]
        if any(own.start_char <= m.start < own.end_char for m in holder.mentions):
            return None  # "Thailand's prime minister met Prime Minister X of Y": X is the other side, not the holder
        if not any(own.end_char <= m.start < last.end_char for m in holder.mentions):
            return None
        fired("speaker.state-office-ahead")
        return holder

    def _titled_before(self, person: Actor, offset: int) -> bool:
        """Whether the text names ``person`` with one of the person's titles before character ``offset`` ("Foreign
        Affairs Minister Ana Ruiz", "Ana Ruiz, the foreign minister"): a description looking back did not take that
        person, for a reason such as another state, so looking ahead must not either."""
        text = self.doc.text
        for mention in (m for m in person.mentions if m.start < offset):
            before, after = text[: mention.start].rstrip(" ,"), text[mention.end :].lstrip(" ,")
            if any(before.endswith(title) or after.startswith(title) for title in person.titles):
                return True
        return False

    def _anyone_named_before(self, offset: int) -> bool:
        """Whether the text names a person in full, as a story introduces one, before character ``offset``; a word
        of a name on its own may be part of another name ("Albert" of "Lac Albert")."""
        return any(m.start < offset and m.text == a.name for a in self.table.persons() for m in a.mentions)

    def _delayed_name(self, span: SpacySpan) -> Actor | None:
        """The person a story's opening describes and names only in the next paragraph (rule speaker.delayed-lede):
        "A former customs director told the court … / Paul Okonjo, 64, customs director from 2001 to 2019, …": the
        next paragraph opens with the name, and its first sentence has the description's noun again."""
        sentence = self._next_paragraph_opening(span)
        if sentence is None:
            return None
        opening = next((a for t in sentence[:DELAYED_NAME_TOKENS] if (a := self.table.actor_at(t)) is not None), None)
        noun = span.root.lemma_.lower()
        if opening is None or opening.kind is not ActorKind.PERSON or opening.name in opening.titles:
            return None
        if any(t.lemma_.lower() == noun or (len(noun) > STEM and t.lower_.startswith(noun[:STEM])) for t in sentence):
            fired("speaker.delayed-lede")
            return opening  # "A West African mediator …" / "X, who leads the mediation, …"
        # "A former guerrilla told the court … / Ernesto Manlangit, 41, who surrendered in 2005, testified …": a
        # description of no unnamed source, and a name first written there with an age or a "who" after it
        introduced = opening.mentions[0].start >= sentence.start_char and _apposed_after(opening, sentence)
        if introduced and noun not in SOURCE_NOUNS:
            fired("speaker.delayed-lede")
            return opening
        return None

    def _next_paragraph_opening(self, span: SpacySpan) -> SpacySpan | None:
        """The first sentence of the paragraph after an indefinite description ("A former customs director told the
        court …"), where a story names the one it described; None for any other span or at the text's end."""
        if span[0].lower_ not in ("a", "an"):
            return None
        text = doc_text(self.doc)
        end = text.find("\n", span.end_char)
        if end < 0:
            return None
        start = len(text) - len(text[end:].lstrip())
        sentence = next((s for s in doc_sents(self.doc) if s.start_char <= start < s.end_char), None)
        return sentence if sentence is not None and sentence.start_char == start else None

    def _named_again(self, span: SpacySpan) -> Actor | None:
        """The person whom the paragraph after an indefinite description opens by describing so again and naming in
        apposition: "A government spokesman said … / The spokesman, Tom Reed, said …" (rule speaker.named-again)."""
        sentence = self._next_paragraph_opening(span)
        if sentence is None or sentence[0].lower_ != "the":
            return None
        noun = span.root.lemma_.lower()
        for word in sentence[1:DELAYED_NAME_TOKENS]:
            if word.lemma_.lower() != noun:
                continue
            for child in word.children:
                actor = self.table.actor_at(child) if child.dep_ == "appos" else None
                if actor is not None and actor.kind is ActorKind.PERSON:
                    fired("speaker.named-again")
                    return actor
        return None


LOOK_TOKENS = 600
"""How far from a description its holder's naming may stand."""
STATE_OFFICE_AHEAD_SENTENCES = 3
"""How many sentences after a state's office told without a name the holder must be named in to be its holder."""
STEM = 6
"""Letters a description's noun shares with a word of the naming sentence to be the same: "mediator", "mediation"."""
DELAYED_NAME_TOKENS = 3
"""How near the start of the next paragraph the name of a person a story's opening described must stand."""
GLOSS_TOKENS = 12
"""The longest bracketed gloss between a title and its holder's name: "(the Catalan regional government)"."""
NAME_AFTER_GLOSS_TOKENS = 3
"""How far after a title's bracketed gloss its holder's name may start: past a rank ("Gen", "Dr")."""


SAME_OFFICE = (
    ("prime minister", "premier pm"),
    ("premier", "prime minister pm"),
    ("ambassador", "envoy"),
    ("(?<!special )envoy to", "ambassador"),
)
"""Offices the press names two ways or more: a prime minister is "the premier" or "the PM", and a premier "the prime
minister"; an ambassador is "the envoy", and an envoy to a state or its capital (not a special envoy, sent on one
matter) is its ambassador. Each office is a pattern read in a title's words."""

SAME_OFFICE_SHORT = {"Rep.": "congressman congresswoman"}
"""Titles written short whose holder the press names by another office word: "Rep. Ana Ruiz" of the United States
House is "the congresswoman" (the word "representative" alone is also a trade or special envoy's). Capital initials
("PM Ana Ruiz") are written out from lexicon.TITLE_INITIALISMS first, so SAME_OFFICE reads them."""


OFFICE_HOLDER_NOUNS = frozenset({"leader", "diplomat", "official", "envoy", "statesman", "guest", "visitor"})
"""Nouns that, with a nationality, describe any office holder of that country: "the Chinese leader" for a
president, "the Russian diplomat" for a foreign minister."""


PLACE_PREPS = frozenset({"in", "at", "from", "of"})


def _past_the_place(antecedent: Token, relative: str) -> Token:
    """ "the Lantern, a weekly in Kemaman, which claimed …", "the embassy in Lima, which said …" (rule
    speaker.relative-past-place): a relative clause the parse hung on the place that ends a noun phrase speaks for
    that phrase's noun (and for the name it is apposed to), not for the town. "which" never stands for people:
    "officials from Ukraine, which said …" is Ukraine's."""
    prep = antecedent.head
    if antecedent.ent_type_ not in ("GPE", "LOC") or antecedent.dep_ != "pobj" or prep.lower_ not in PLACE_PREPS:
        return antecedent
    noun = prep.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i > prep.i:
        return antecedent
    if relative == "which" and (_people_noun(noun) or noun.ent_type_ == "PERSON"):
        return antecedent
    fired("speaker.relative-past-place")
    return noun.head if noun.dep_ == "appos" and noun.head.i < noun.i else noun


def _of_many(one: Token) -> Token | None:
    """The plural noun "one of …" picks from: "one of her followers"."""
    return next(
        (g for c in one.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.tag_ == "NNS"), None
    )


def _people_noun(token: Token) -> bool:
    """A plural noun for people, "one of them" may pick one of: "two EU officials", "nationalist senators"."""
    lemma = token.lemma_.lower()
    people = PEOPLE_NOUNS | STAFF_NOUNS | TITLE_NOUNS | SOURCE_NOUNS | INDIVIDUAL_NOUNS
    return token.tag_ in ("NNS", "NNPS") and token.pos_ in ("NOUN", "PROPN") and lemma in people


def _body_noun(token: Token) -> bool:
    """A singular noun for a body "a member of it" may belong to: "the Kenyan delegation", "the committee"."""
    return token.tag_ == "NN" and token.lemma_.lower() in LED_GROUPS | ORG_NOUNS


def _apposed_top(noun: Token) -> Token:
    """The name a description set off after it belongs to: "X, managing director of Y, who …" gives X for Y."""
    while noun.dep_ in ("pobj", "prep", "appos", "compound") and noun.head.i != noun.i:
        noun = noun.head
    return noun


def _counted_people(noun: Token) -> bool:
    """People given by their number: "four elders of the villages", "Four of the region's bishops"."""
    if noun.like_num:
        return (of := _of_many(noun)) is not None and of.lemma_.lower() in PEOPLE_NOUNS
    # "Four of the region's bishops" may be parsed as a possessor, "Four" as a name
    counted = any(c.dep_ in ("nummod", "poss") and c.like_num and c.i < noun.i for c in noun.children)
    return noun.tag_ == "NNS" and noun.lemma_.lower() in PEOPLE_NOUNS and counted


def _counted_before_relative(pronoun: Token) -> Token | None:
    """The head of the phrase a "whose"/"who" clause holding ``pronoun`` is set off from, by a comma, in the same
    sentence: "three elders of the hill villages, whose wells, they say, …" gives "elders"."""
    doc = pronoun.doc
    sentence = pronoun.sent
    for k in range(pronoun.i - 1, sentence.start, -1):
        if doc[k].lower_ in ("whose", "who") and doc[k - 1].text == ",":
            heads = [t for t in doc[sentence.start : k - 1] if _counted_people(t)]
            last = heads[-1] if heads else None
            return last if last is not None and description_in_full(last).end == k - 1 else None
    return None


def _in_headline(doc: Doc, span: SpacySpan) -> bool:
    """Whether ``span`` stands in a headline (``actor_words.in_headline``)."""
    return in_headline(doc, span.start_char)


FALLBACK_NOUNS = ROLE_NOUNS | {"candidate", "nominee", "lawmaker", "leader"}
"""Descriptions that name a person by what they are doing in the story, not by an office: "the candidate"."""


def _country_before(span: SpacySpan) -> str | None:
    """The country a word before an unnamed source's noun gives it (rule speaker.unnamed-country): "an Israeli
    official", "a senior South Korean diplomat", "two U.S. officials", "a Kremlin aide"."""
    head = span.root
    words = [t for t in span if t.i < head.i and t.dep_ in ("amod", "compound", "nmod")]
    geo = gazetteer()
    for a, b in pairwise(words):
        if b.i == a.i + 1 and (code := geo.country_of(f"{a.text} {b.text}")):
            fired("speaker.unnamed-country")
            return code
    found = next((code for t in words if (code := geo.country_of(t.text))), None)
    if found is not None:
        fired("speaker.unnamed-country")
    return found


def _apposed_after(person: Actor, sentence: SpacySpan) -> bool:
    """The person's name in ``sentence`` is followed by a comma and an age or a relative clause: "X, 41, who …"
    (not a description of its own: "Ada Moss, a pilot," is no lawmaker the lede described)."""
    mention = next((m for m in person.mentions if sentence.start_char <= m.start < sentence.end_char), None)
    if mention is None:
        return False
    rest = doc_text(sentence.doc)[mention.end : sentence.end_char]
    return re.match(r",\s+(?:\d{2}\b|who\b)", rest) is not None


def _hyphened_run_before(doc: Doc, end: int, stop: int) -> list[Token]:
    """The proper nouns in a row before token ``end``, back to token ``stop``, with the hyphens written inside a
    name without spaces ("Al-Hayat", "Itar-Tass"), in text order."""
    run: list[Token] = []
    i = end - 1
    while i >= stop:
        word = doc[i]
        joined = word.text == "-" and run and i > stop and not word.whitespace_ and not doc[i - 1].whitespace_
        if word.pos_ != "PROPN" and not joined:
            break
        run.append(word)
        i -= 1
    while run and run[-1].pos_ != "PROPN":
        run.pop()
    return sorted(run, key=lambda t: t.i)


def _proper_run(doc: Doc, start: int, stop: int, *, step: int) -> list[Token]:
    """The proper nouns in a row from ``start`` towards ``stop`` (exclusive), in text order."""
    run = []
    for i in range(start, stop, step):
        if doc[i].pos_ != "PROPN":
            break
        run.append(doc[i])
    return sorted(run, key=lambda t: t.i)


def _qualifies_title(word: Token) -> bool:
    """A word before a title that says whose or where: a nationality, or a capitalised name that is no title."""
    if gazetteer().country_of(word.text):
        return True
    capitalised = word.pos_ == "PROPN" or (word.pos_ == "NOUN" and word.is_title)  # "Party spokesperson …"
    return (
        capitalised
        and word.lower_.rstrip(".") not in TITLE_NOUNS | ROLE_NOUNS | HONORIFIC_WORDS
        and word.text not in TITLE_INITIALISMS
    )


def _name_in_full(org: Actor, span: SpacySpan) -> None:
    """An organisation the text names with the state or body it belongs to, or where it sits (rule
    speaker.org-in-full): "Peru's Foreign Ministry", "the Japanese Embassy in Lima", "the Chilean
    government's Directorate of Communications" is so named, not only "Foreign Ministry"; a comma of the name's
    own ("Japan's Ministry of Economy, Trade and Industry") does not end it."""
    words = [t for t in span if not t.is_space]
    start = span.text.casefold().find(org.name.casefold())
    if len(words) > MAX_ORG_NAME_TOKENS or start < 0:
        return
    inside = range(span.start_char + start, span.start_char + start + len(org.name))
    if any(t.is_punct and t.text not in ("'s", "’s", "'", "’", ".") and t.idx not in inside for t in words):
        return
    full = strip_article(span.text)
    if full != org.name and full not in org.aliases:
        fired("speaker.org-in-full")
        org.aliases.append(full)
    _own_name_after_owner(org, span)


def _own_name_after_owner(org: Actor, span: SpacySpan) -> None:
    """A body the text names after its owner's possessive, "Cambodia's Ministry of Foreign Affairs and
    International Cooperation", is known by the words after the possessive too (rule speaker.org-own-name): the
    tagger may end its name at the "and" of the name ("Ministry of Foreign Affairs"), and the possessive is no part
    of what the body is called."""
    marks = [t for t in span if t.text in ("'s", "’s") and t.dep_ == "case"]
    if not marks or marks[-1].i + 1 >= span.end:
        return
    own = span.doc[marks[-1].i + 1 : span.end].text
    core = re.split(r"['’]s\s+", org.name)[-1]  # the tagger may have taken the owner into the name
    if own != org.name and own not in org.aliases and core.casefold() in own.casefold():
        fired("speaker.org-own-name")
        org.aliases.append(own)


def _joined_party(word: Token) -> bool:
    """A conjunct that is a party of its own: a name ("the Houthis", "Chile") or a body ("rival Tigray regional
    forces", "the opposition party")."""
    bodies = ORGANIZATION_WORDS | ORG_NOUNS
    return word.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or word.lower_ in bodies or word.lemma_.lower() in bodies


def _before_a_joined_party(span: SpacySpan) -> SpacySpan:
    """ "The Yemeni government and the Houthis agreed …", "Ethiopia's government and rival Tigray regional forces
    said …": two sides, not one body named by both (rule speaker.joined-parties). The body the words are resolved to
    is the phrase before the "and" (the other side keeps its own name, for the contact the two are parties to). A
    name that holds an "and" ("Trinidad and Tobago", "Procter and Gamble") is one entity and stays whole; one whose
    "and" joins what a noun is "of" ("the Ministry of Trade and Industry") does not join the head."""
    head = span.root
    cc = next((c for c in head.children if c.dep_ == "cc" and c.lower_ == "and" and span.start < c.i < span.end), None)
    joined = [c for c in head.children if c.dep_ == "conj" and cc is not None and c.i > cc.i and c.i < span.end]
    if cc is None or not joined or not all(_joined_party(c) for c in joined):
        return span
    if head.ent_iob_ != "O" and any(c.ent_iob_ == "I" for c in span.doc[head.i + 1 : joined[-1].i + 1]):
        return span  # one name across the "and"
    end = cc.i
    while end > span.start + 1 and span.doc[end - 1].is_punct:
        end -= 1
    fired("speaker.joined-parties")
    return span.doc[span.start : end]


def _first_conjunct(span: SpacySpan) -> SpacySpan:
    """ "Officials of the teachers' union (KNUT) and the county government" are two sides, not one group: the
    unnamed speaker is the phrase before the conjunction, when what is joined to it is a body (rule
    speaker.first-conjunct); the other side keeps its own name for the contact it is a party to."""
    head = span.root
    owners = [g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    for joined in (head, *owners):  # "Officials and the government", "Officials of the union and the government"
        cc = next((c for c in joined.children if c.dep_ == "cc" and span.start < c.i < span.end), None)
        if cc is not None and any(
            c.dep_ == "conj"
            and c.i > cc.i
            and (c.lemma_.lower() in BODY_NOUNS or c.ent_type_ == "ORG")
            and any(d.dep_ == "det" for d in c.children)
            for c in joined.children
        ):
            break
    else:
        return span  # "Relatives and friends of the victims said": one group speaking
    end = cc.i
    while end > span.start + 1 and span.doc[end - 1].is_punct and span.doc[end - 1].text not in (")", "]"):
        end -= 1
    fired("speaker.first-conjunct")
    return span.doc[span.start : end]


NAME_QUANTIFIERS = frozenset({"one", "other", "another", "several", "many"})
"""Words before an unnamed source's description that pick some of its kind out, and are no part of what it is
called: "One nationalist source", "Other NATO officials", "Several diplomats". A number ("two officials") stays."""


def _without_quantifier(name: str) -> str:
    """An unnamed source's or group's name without a leading quantifier or "other" (rule speaker.name-quantifier):
    "nationalist source" of "One nationalist source said", "NATO officials" of "Other NATO officials tell …"; the
    words pick one or some out of a kind, the kind is the name. Not a lone word ("Another said")."""
    first, _, rest = name.partition(" ")
    if first.lower() not in NAME_QUANTIFIERS or not rest or rest.split()[0].lower() in ("of", "who", "that"):
        return name
    fired("speaker.name-quantifier")
    return rest


def _describe_in_full(actor: Actor, head: Token) -> None:
    """The unnamed source's full description, as the text gives it, is one of its names (rule
    speaker.description-in-full): "a Norwegian diplomat briefed on the talks" for the diplomat."""
    full = description_in_full(head).text
    bare = strip_article(full)
    forms = [f for f in dict.fromkeys([full, bare]) if f != actor.name and f not in actor.aliases]
    if forms or bare != actor.name:  # the mention may have brought these names already (actor.description-core)
        fired("speaker.description-in-full")
    actor.aliases.extend(forms)


def _expanded(title: str) -> str:
    """A title with its abbreviations written out, "Indiana Gov." reads "indiana governor", and the other name of
    the same office after it (rule speaker.same-office): "Prime Minister" reads "prime minister premier", so "the
    premier" is the prime minister named before."""
    text = " ".join(TITLE_INITIALISMS.get(w) or TITLE_ABBREVIATIONS.get(w.lower(), w.lower()) for w in title.split())
    others = [other for office, other in SAME_OFFICE if re.search(rf"\b{office}\b", text)]
    others += [other for short, other in SAME_OFFICE_SHORT.items() if short in title.split()]
    if others:
        fired("speaker.same-office")
    return " ".join([text, *others])


RANK_WORDS = frozenset({"deputy", "vice", "assistant", "associate", "under"})
"""Words that make a title a lesser office: "the prime minister" is not the deputy prime minister."""
MILITARY_RANKS = frozenset({"admiral", "general", "marshal", "commander", "colonel"})
"""Ranks whose grades are still called by the rank: "Vice Admiral X … the admiral"."""


def _one_unnamed_person(span: SpacySpan, head: Token) -> bool:
    """Whether ``span`` describes one person by a common noun with "a", "an", "one" or "another" ("a British officer
    at UN headquarters"), whatever place or body its words name; not one related to another by "of", "for" or "to"
    ("an aide to the mayor", "a member of the board"), which the rules for those relations read."""
    return (
        span[0].lower_ in INDEFINITE
        and head.tag_ == "NN"
        and head.lemma_.lower() in PEOPLE_NOUNS
        and not any(c.dep_ == "prep" and c.lower_ in RELATION_PREPOSITIONS for c in head.children)
    )


def _words_gender(words: str) -> str | None:
    """The gender a person's description tells by its words alone ("the Queen", "the Chairman"), when it tells one."""
    female, male = bool(FEMALE_WORDS.search(words)), bool(MALE_WORDS.search(words))
    return None if female == male else "f" if female else "m"


def _title_words(title: str) -> set[str]:
    """A title's words written out, hyphenated ones also apart ("vice-president", "vice", "president")."""
    expanded = _expanded(title)
    return set(re.findall(r"[\w-]+", expanded) + re.findall(r"\w+", expanded))


def _title_fits(description: SpacySpan, title: str) -> bool:
    """Whether a description ("the minister", "the Prime Minister") fits a title named before (rule
    speaker.title-fits): the title has the description's head noun and the title words before it, and no word of
    lesser rank that the description lacks ("the Prime Minister" is not the "Deputy Prime Minister")."""
    if (offices := periphrasis_of(description)) is not None:
        fits = holds_periphrased_office(description, offices, _own_title(title))
        if fits:
            fired("speaker.office-periphrasis")
        return fits
    words = _title_words(_own_title(title))
    if description.root.text in TITLE_INITIALISMS:  # "the VP" is the vice president, not any president
        fits = _holds_office(_initialism_office(description), words)
        if fits:
            fired("speaker.title-fits")
        return fits
    if _of_another(description, title):
        return False
    if description.root.lower_ not in words:
        if _heads_same_body(description, title):
            return True
        if description.root.lower_ in _title_words(title):
            fired("speaker.possessor-title")  # "the minister" is not "the Prime Minister's chief of staff"
        return False
    if _rank_fits(description, words) and not then_and_now(description.root, words):
        fired("speaker.title-fits")
        return True
    return False


def _of_another(description: SpacySpan, title: str) -> bool:
    """Whether the description's head noun is in the title only in a phrase after its own office that names the
    office of another whom the holder serves (rule speaker.office-of-another): "the Secretary-General" is not the
    "Spokesman for the Secretary-General", nor "the President" an "adviser to the President"; "Secretary-General of
    the UN" is his own, and "the general" the "Chief of the General Staff", whose staff is no person."""
    head = description.root
    if head.lower_ not in TITLE_NOUNS and head.lemma_.lower() not in TITLE_NOUNS:
        return False  # "the municipality" may be its director's body: rule speaker.body-chief reads that
    office, *phrases = TITLE_PHRASE.split(_own_title(title))
    served = {w for phrase in phrases for w in _served_office(phrase)}
    other = head.lower_ in served and head.lower_ not in _title_words(office)
    if other:
        fired("speaker.office-of-another")
    return other


def _served_office(phrase: str) -> set[str]:
    """The words of the office of another person a title's phrase names, as written: "secretary-general",
    "secretary" and "general" of "for the Secretary-General", those of "to the Prime Minister"; none when its head
    word is no title of a person ("of the General Staff") or it has no "the" ("to Washington")."""
    served = SERVED_OFFICE.fullmatch(phrase)
    if served is None or re.findall(r"\w+", served[1].lower())[-1] not in TITLE_NOUNS:
        return set()
    return set(re.findall(r"[\w-]+", served[1].lower()) + re.findall(r"\w+", served[1].lower()))


def _heads_same_body(description: SpacySpan, title: str) -> bool:
    """Whether a description by a head noun naming a body ("the Red Cross chief") fits a title heading that body
    ("president of the International Committee of the Red Cross") (rule speaker.body-chief)."""
    head = description.root
    said = _qualifiers([t.text for t in description if t.i < head.i])
    held = _qualifiers(re.findall(r"[\w'’.-]+", title))
    return heads_named_body(description, title, said, held, _same_body)


RELATION_PREPOSITIONS = frozenset({"of", "for", "to"})
"""Prepositions by which a description relates a person to another: "the brother of X", "adviser to X"."""

NAME_MARKS = frozenset({"-", "‐", "'", "’", "."})
"""Marks inside a name that the tagger may leave out of it ("Marie-Claire", "O'Neill")."""


def _in_own_words(
    description: SpacySpan, holders: list[tuple[int, Actor, list[str]]]
) -> list[tuple[int, Actor, list[str]]]:
    """The holders whose title has the description's own noun, when any has (rule speaker.same-office): "the envoy"
    is the special envoy named before, not the ambassador named since, whose office only reads "envoy" too."""
    noun = description.root.lower_
    own = [h for h in holders if any(noun in _own_title(t).lower().split() for t in h[2])]
    return own or holders


def _of_no_state_told(description: SpacySpan, holders: list[tuple[Actor, list[str]]]) -> tuple[Actor, list[str]] | None:
    """Of the holders of no known state whom a national description ("the Swedish minister") may be, the one it is
    when only one fits, or when one alone holds the office of more than a title noun the description names ("the
    Swedish foreign minister" after "Foreign Minister X" and "Prime Minister Y"); else none (rule
    speaker.national-of-several-unknown): nothing tells which of several people of no known state is of that
    state, and the nearest is as often the host the visitor met."""
    if len(holders) == 1:
        return holders[0]
    wanted = _described_office(description)
    exact = [h for h in holders if any(_own_office_words(title) == wanted for title in h[1])]
    if len(wanted) > 1 and len(exact) == 1:
        return exact[0]
    fired("speaker.national-of-several-unknown")
    return None


def _bare_office(description: SpacySpan, title: str) -> bool:
    """Whether ``title`` is the description's office noun alone, as the press titles a holder before his name
    once the office has been told in full (rule speaker.bare-title-ahead): "The Foreign Minister of Colombia met …
    / Minister Ana Ruiz also …"; never a title of other words ("Finance Minister")."""
    fits = _own_title(title).lower() == description.root.lower_
    if fits:
        fired("speaker.bare-title-ahead")
    return fits


def _described_office(description: SpacySpan) -> list[str]:
    """The office a description names, in its own words: "prime minister" of "the Prime Minister", "senate
    president" of "the Senate president"; a state it is of is no part of it ("the Malian minister")."""
    head = description.root
    before = [
        t.lower_
        for t in description
        if t.i < head.i and t.is_alpha and t.lower_ not in DEFINITE and t.ent_type_ not in PLACE_ENTITIES
    ]
    return [*before, head.lower_]


def _group_qualifiers(group: Token) -> set[str]:
    """The words set before a group's noun that tell which group it is: "the Government delegation", "the LTTE
    delegation", "the Ghanaian trade delegation"."""
    return {c.lower_ for c in group.children if c.i < group.i and c.dep_ in ("amod", "compound", "nmod", "poss")}


def _own_office_words(title: str) -> list[str]:
    """A title's own office, in words: "chief of staff" of "Prime Minister's chief of staff", "minister" of
    "Minister of Labour", "foreign minister" of "Foreign Minister"."""
    office = TITLE_PHRASE.split(_own_title(title), maxsplit=1)[0]
    return re.findall(r"[\w-]+", office.lower())


POSSESSIVE = re.compile(r"['’]s?\s+")
TITLE_PHRASE = re.compile(r"\s+(?=(?:of|for|to|at|in|on)\s)", re.IGNORECASE)


SERVED_OFFICE = re.compile(r"(?i)(?:of|for|to)\s+the\s+(\w.*)")
"""A title's phrase that may name the office of another whom the holder serves: "for the Secretary-General"."""
OFFICE_PHRASE_WORDS = frozenset({"of", "for"})
"""Lower-case words inside a capitalised office: "Secretary of State for Northern Ireland"."""


def _own_title(title: str) -> str:
    """The office a title gives its holder: what follows the last possessive before its phrases, "chief of staff"
    of "Prime Minister's chief of staff", whose "Prime Minister" is another person's office (rule
    speaker.possessor-title); "Prime Minister of the Lao People's Democratic Republic" is all the holder's."""
    office, *phrases = TITLE_PHRASE.split(title, maxsplit=1)
    return " ".join([POSSESSIVE.split(office)[-1], *phrases])


def _initialism_office(description: SpacySpan) -> set[str]:
    """The words of the office a description headed by initials names: what they stand for, and the ranks it gives
    ("Chinese vice FM": "vice foreign minister")."""
    return set(TITLE_INITIALISMS[description.root.text].split()) | {t.lower_ for t in description} & RANK_WORDS


def _holds_office(office: set[str], words: set[str]) -> bool:
    """Whether a title's ``words`` name the ``office`` an initialism stands for ("vice president" of "VP") and no
    lesser rank besides: "the PM" is not the deputy prime minister."""
    return office <= words and not RANK_WORDS & words - office


def _rank_fits(description: SpacySpan, words: set[str]) -> bool:
    """Whether a title's ``words`` have the title words before the description's head ("prime" of "the prime
    minister") and no lesser rank the description lacks (a military grade aside: "Vice Admiral X … the admiral").
    An acting, interim or former holder is not the holder of the plain office, nor is an acting or interim holder
    one titled plainly (rule speaker.title-standing): "the prime minister" is not "Sweden's acting prime minister";
    "the former president" may be one the story titled "President"."""
    head = description.root
    before = {t.lower_ for t in description if t.i < head.i}
    qualifiers = before & (TITLE_NOUNS | RANK_WORDS)
    military = head.lower_ in MILITARY_RANKS and not qualifiers  # "the general", not "the Consul General"
    lesser = set() if military else (RANK_WORDS & words) - qualifiers - {head.lower_}
    if not qualifiers <= words or lesser:
        return False
    said, held = before & STANDING_WORDS, words & STANDING_WORDS
    if held - said or (said - PAST_STANDING) - held:
        fired("speaker.title-standing")
        return False
    return True


PAST_STANDING = frozenset({"former", "ex", "late"})
"""Standing words that tell when an office was held, not how: said of a holder titled plainly, they may fit."""


PAST_HOLDER_DETERMINERS = frozenset({"the", "his", "her", "its", "their", "our", "my", "your"})


def then_and_now(head: Token, words: set[str]) -> bool:
    """Whether the description ``head`` is of a past holder ("the then Minister of Labour") and ``words`` the title
    of a present holder ("the current Minister of Labour, Anna Berg"), who is not the one meant (rule
    speaker.then-holder). The parse may hang "then" on the verb, so the words before the head are read."""
    doc = head.doc
    then = next((t for t in doc[max(head.left_edge.i - 1, 0) : head.i] if t.lower_ == "then"), None)
    past = then is not None and then.i > 0 and doc[then.i - 1].lower_ in PAST_HOLDER_DETERMINERS
    if past and words & PRESENT_WORDS:
        fired("speaker.then-holder")
        return True
    return False


def _qualifiers(words: list[str]) -> list[str]:
    """The capitalised words of a title or description that say whose office it is ("SFF", "FIFA", "European",
    "Union", "Kazakh"), in order: not its title, rank or portfolio words, nor an article."""
    rank = TITLE_NOUNS | PORTFOLIO_WORDS | RANK_WORDS | {"the", "a", "an", "of", "for", "to"}
    plain = (re.sub(r"['’]s$", "", w) for w in words)
    return [w for w in plain if w[:1].isupper() and w.lower() not in rank and not w.lower().endswith(".")]


def title_heads_body(body: Actor, title: str) -> bool:
    """Whether ``title`` heads ``body`` itself, by its name or a short name ("WHO Director General" heads the World
    Health Organization known as WHO, "UN Secretary-General" the UN): a heading post, no lesser one, of a body other
    than a state, and not of a body within it ("UN General Assembly President", "ANC Youth League President" head
    the Assembly and the League, not the UN or the ANC). Rules party.head-of-body and speaker.possessive-chief both
    ask this, so that "the UN chief" and "its chief" find the same person."""
    if not heading_post(title):
        return False
    held = _qualifiers(re.findall(r"[\w'’.-]+", title))
    names = (body.name, *body.aliases)
    own = {w.lower() for name in names for w in re.findall(r"\w+", name)}
    if any(w.lower() in SUB_BODY_WORDS and w.lower() not in own for w in held):
        return False
    geo = gazetteer()
    for name in names:
        said = _qualifiers(name.split())
        if said and held and not all(geo.country_of(w) for w in said) and _same_body(said, held):
            return True
    return False


def _same_body(said: list[str], held: list[str]) -> bool:
    """Whether two runs of qualifying words name one body or state: a word in common, one state ("North American",
    "United States"), initials and the words they stand for ("EU", "European Union"), or a word clipped ("Fed",
    "Federal Reserve")."""
    geo = gazetteer()
    if set(said) & set(held):
        return True
    states = {geo.country_of(run) for run in word_runs(said)} - {None}
    if states & {geo.country_of(run) for run in word_runs(held)}:
        return True
    initials = {"".join(w[0] for w in run.split()) for words in (said, held) for run in word_runs(words)}
    if any(w.isupper() and len(w) >= 2 and w in initials for w in [*said, *held]):
        return True
    return any(_clipped(a, b) or _clipped(b, a) for a in said for b in held)


def _clipped(short: str, word: str) -> bool:
    """Whether ``short`` is ``word`` cut short, as the press clips a body's name ("the Fed" of "Federal Reserve")."""
    return len(short) >= 3 and len(word) > len(short) and word.startswith(short)


def _of_another_named_body(description: SpacySpan, titles: list[str]) -> bool:
    """Whether a description that names the body an office is of ("SFF president", "the European Union's foreign
    policy chief", "the UN envoy") and the titles of a person, which name the body or state the person serves
    ("FIFA president", "Kazakh foreign minister", "US special envoy"), name different ones (rule
    speaker.another-body-qualifier): the president of one football body is not the president of another, though
    the text also calls him "President X". A description naming only a state is left to the state's own rules,
    and titles naming no body fit any."""
    head = description.root
    said = _qualifiers([t.text for t in description if t.i < head.i])
    geo = gazetteer()
    if not said or all(geo.country_of(w) for w in said):
        return False
    held = [w for title in titles for w in _qualifiers(re.findall(r"[\w'’.-]+", title))]
    if not held or _same_body(said, held):
        return False
    fired("speaker.another-body-qualifier")
    return True


def body_of_phrase_agrees(description: Token, titles: list[str]) -> bool | None:
    """Whether a person's titles name the body a description's of-phrase names ("the speaker of the House of
    Commons", "the governor of Stung Treng province"): True when they name it, False when they name another one
    (rule speaker.another-body-of-phrase: not the "speaker of the Knesset"), None when the of-phrase names no body
    but a state, or the titles name none ("Governor" may be the governor of anywhere)."""
    said = _qualifiers(_of_phrase_words(description))
    if not said or all(gazetteer().country_of(w) for w in said):
        return None
    held = [w for title in titles for w in _qualifiers(re.findall(r"[\w'’.-]+", title))]
    if not held:
        return None
    if _same_body(said, held):
        return True
    fired("speaker.another-body-of-phrase")
    return False


def holders_told_apart(head: Token, people: Iterable[Actor]) -> bool:
    """Whether a description's of-phrase tells holders of one office in different bodies apart (rule
    speaker.another-body-of-phrase): someone the text titles with its head noun holds that office of another body
    ("the speaker of the House of Commons" after "the speaker of the Knesset", "the governor of Stung Treng
    province" after "the Governor of Champasak province"). Then only one whose title names the body is that
    holder, not one titled "Governor" alone, who may be the governor of anywhere."""
    word = head.lower_
    titled = (a for a in people if any(word in title.lower().split() for title in a.titles))
    return any(body_of_phrase_agrees(head, a.titles) is False for a in titled)


def _of_phrase_words(head: Token) -> list[str]:
    """The words of the of-phrase a description's head noun takes ("House", "of", "Commons" of "the speaker of the
    House of Commons"), which name the body the office is of as a word before the head would ("the Commons
    speaker"); the parse hangs it on the head, wherever the caller's span ends."""
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
    return [t.text for prep in preps for obj in prep.children if obj.dep_ == "pobj" for t in obj.subtree]


def _office_state(head: Token, *, owned: bool = False) -> str | None:
    """The state a description's office is said to be of, by a word on its head ("the Malian minister", "Mexico's
    president", "the United States president") or an of-phrase naming only the state ("the president of Mexico",
    which a caller may have left out of the span); not a state that owns something else ("the head of Western
    Australia's largest mining lobby"). ``owned``: only a state that owns the office, by a possessive or of-phrase."""
    geo = gazetteer()
    doc = head.doc
    modifiers = ("poss",) if owned else ("amod", "compound", "nmod", "poss")
    words = [c for c in head.children if c.i < head.i and c.dep_ in modifiers]
    words += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    for word in words:
        name = doc[word.left_edge.i : word.i + 1].text
        if code := geo.country_of(re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)):
            return code
    return None


BODY_OWNED = re.compile(r"['’]s\b|\bof\b", re.IGNORECASE)
"""A title held of something it names: "the club's president", "president of the chamber"."""


def _of_another_body(titles: list[str], country: str) -> bool:
    """Whether each of these titles is held of a body it names ("the union's president", "president of the
    chamber") other than the state ``country``: such a holder of no known country is not "Mexico's president" nor
    "the Malian minister" (rule speaker.title-of-another-body). A minister of a field ("minister of trade",
    ``_field_first``) holds a state's office, not a body's; a "Secretary of the Union" holds the union's."""
    geo = gazetteer()

    def names_state(title: str) -> bool:
        return any(geo.country_of(name) == country for name in word_runs(re.findall(r"[\w-]+", title)))

    if titles and all(BODY_OWNED.search(_field_first(t)) and not names_state(t) for t in titles):
        fired("speaker.title-of-another-body")
        return True
    return False


def _field_first(title: str) -> str:
    """A title with a minister or secretary of a field said the short way, "Minister of Trade" as "Trade Minister",
    "Minister of Foreign Affairs" as "Foreign Minister", so that its "of" names no body: only when the word after
    "of" is a ministry's brief (lexicon portfolio_words) or its "affairs"; "Secretary of the Union" stays as it is."""

    def said_short(m: re.Match[str]) -> str:
        field = m.group(2).lower() in PORTFOLIO_WORDS or m.group(0).lower().endswith("affairs")
        return f"{m.group(2)} {m.group(1)}" if field else m.group(0)

    return OFFICE_OF_A_FIELD.sub(said_short, title)


def _pseudonym(head: Token) -> SpacySpan | None:
    """The name after "posting as" set off by commas beside a speaker's phrase, on the noun or on its verb."""
    verb = head.head
    beside = [c for c in head.children if c.dep_ == "acl"]
    beside += [c for c in verb.children if c.dep_ == "advcl" and head.i < c.i < verb.i] if verb.i > head.i else []
    for participle in beside:
        if participle.tag_ != "VBG" or (own := PSEUDONYM_VERBS.get(participle.lemma_.lower())) is None:
            continue
        for prep in (c for c in participle.children if c.dep_ == "prep" and c.lower_ == own):
            name = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if name is not None:
                return head.doc[name.left_edge.i : name.right_edge.i + 1]
    return None


PSEUDONYM_REACH = 60
"""How many characters after a speaker's phrase begins the words that give its name may end ("A reader in Kaunas,
who gave his name only as")."""
PSEUDONYM_STOPS = frozenset(':;"“”')


def _pseudonym_in_words(span: SpacySpan) -> SpacySpan | None:
    """The name a commenter goes by, read off the words after the speaker's phrase began (the parser hangs a
    quoted name or "who gave his name as" anywhere), within the sentence: a quoted name ('posting as "Blue_Kite"'),
    a capitalised one ("signing off as Marta from Split,"), or any words after "gave his name (only) as"; not
    "going by the book" or "who signed as a witness"."""
    doc = span.doc
    sent = doc[span.start].sent
    commas = 0
    for token in doc[span.start + 1 : sent.end - 1]:
        if token.text in PSEUDONYM_STOPS or token.idx - doc[span.start].idx > PSEUDONYM_REACH:
            return None
        commas += token.text == ","
        if commas > 1:
            return None  # past the aside the name would stand in
        if (form := name_given_before(doc, token.i + 1)) is not None:
            return _given_name(doc, token.i + 1, sent.end, loose=form == "giving")
    return None


def _given_name(doc: Doc, start: int, end: int, *, loose: bool) -> SpacySpan | None:
    """The name that begins at token ``start``: up to its closing quotation mark when quoted, else up to the comma
    that closes the aside, when it is capitalised (or ``loose``, after "gave his name as")."""
    first = doc[start]
    if first.text in QUOTE_OPENERS:
        close = next((t.i for t in doc[start + 1 : end] if t.text in QUOTE_CLOSERS), None)
        if close is None or close == start + 1 or not name_like(doc[start + 1 : close].text):
            return None
        return doc[start + 1 : close]
    if not (loose or first.pos_ == "PROPN" or first.text[:1].isupper()):
        return None
    comma = next((t.i for t in doc[start:end] if t.text == ","), None)
    return doc[start:comma] if comma is not None and comma > start else None


def _can_speak(span: SpacySpan, head: Token) -> bool:
    """Whether a phrase named by a common noun can say what its verb says it did (rule speaker.as-described): not a
    word for something that cannot speak ("the latter", "the timing", ``MUTE_NOUNS``), a contact ("the visit"), one
    of two sides taken apart ("neither side"); with a verb that also infers ("suggests", "shows"), only a text or
    a measure ("figures show", not "history shows")."""
    lemma = head.lemma_.lower()
    if lemma in MUTE_NOUNS or head.lower_ in MUTE_NOUNS or head.lower_ in NOUN_MODES or lemma in NOUN_MODES:
        return False
    if span[0].lower_ in DISTRIBUTIVE_DETERMINERS:
        return False
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None or verb.lemma_.lower() not in INFERENCE_VERBS:
        return True
    return lemma in RECORD_NOUNS | DOCUMENT_NOUNS | FINDING_WORKS | PUBLISHED_WORKS | JOINT_TEXTS


def _several(actor: Actor) -> bool:
    """A group of more than one: "two senior Democrats", "officials", "people familiar with the talks"."""
    words = actor.name.lower().split()
    return bool(words) and (words[-1].endswith("s") or words[0] in ("two", "three", "several", "some", "both"))


def _age_in(span: SpacySpan) -> Token | None:
    """The age in a description: "the 62-year-old", "the 74-year-old tycoon"."""
    return next((t for t in span if AGE_WORDS.fullmatch(t.text)), None)


def _years(text: str) -> str | None:
    """The number of years an age gives ("62" for "62" or "62-year-old"), or None."""
    if text.isdigit():
        return text
    return text.split("-")[0] if AGE_WORDS.fullmatch(text) and "-year-" in text else None


MINISTRY_LOOK_BACK = 80
"""How far back (in words) a minister is looked for, whose ministry "the ministry" is."""
NAMED_MINISTRY = re.compile(r"(?i)\w\s+ministry\b|\bMinistry\b")
"""A ministry the story names, "the Uzbek foreign ministry", "Ministry of Mines"; not a bare "ministry"."""
MINISTRY_LINK_WORDS = frozenset({"of", "for", "and", "the", "ministry"})
NOT_PORTFOLIOS = frozenset({"prime", "chief", "first", "senior"})
"""Words before "minister" that make the office no ministry's head: "Prime Minister"."""


def _ministry_brief(words: list[str]) -> frozenset[str]:
    """The words of a ministry's name that tell its brief: "foreign" of "Costa Rica's foreign ministry", "interior"
    of "the Chilean Interior Ministry"; its state's name or adjective, its articles and "ministry" left out."""
    geo = gazetteer()
    words = [w for w in words if w.lower() not in ("the", "’s", "'s")]
    state = next((n for n in (3, 2, 1) if len(words) > n and geo.country_of(" ".join(words[:n]))), 0)
    return frozenset(w.lower() for w in words[state:] if w.lower() not in ("ministry", "of", "for", "and", "'s", "’s"))


def _qualifies_ministry(word: Token) -> bool:
    """Whether ``word`` makes the "ministry" it hangs on a named one: "the Uzbek foreign ministry", "the ministry
    of mines"; not "the ministry on Plaza Murillo"."""
    return word.dep_ in ("amod", "compound", "poss") or (word.dep_ == "prep" and word.lower_ in ("of", "for"))


def _ministry_of(title: str) -> str | None:
    """The ministry a minister's title names: "Foreign Ministry" of "Foreign Minister", "Ministry of Local
    Government" of "Minister of Local Government"; None for a minister of no named portfolio."""
    words = _own_title(title).split()
    at = next((k for k, w in enumerate(words) if w.lower() == "minister"), None)
    if at is None:
        return None
    before = [w for w in words[:at] if w.lower() not in RANK_WORDS | {"acting", "interim", "former"}]
    after = words[at + 1 :] if at + 1 < len(words) and words[at + 1].lower() in ("of", "for") else []
    while after and after[-1].lower() in MINISTRY_LINK_WORDS:
        after.pop()  # a title cut short: "Minister of Local Government and"
    if (not before and not after) or (before and before[-1].lower() in NOT_PORTFOLIOS):
        return None
    return " ".join([*(w[0].upper() + w[1:] for w in before), "Ministry", *after])


PERSONS_CALLED = PERSON_NOUNS | PEOPLE_NOUNS | SOURCE_NOUNS | TITLE_NOUNS
"""Nouns for people ("the spokesman", "the officials"), never a body's closing word."""


def _with_seat(short: str, full: str) -> bool:
    """Whether ``full`` is ``short`` with where the body sits: "the Dutch embassy in Muscat"."""
    return full.startswith(short + " ") and full[len(short) + 1 :].split()[0] in ("in", "at")


def _sits_at(short: str, full: str) -> bool:
    """Whether ``full`` is ``short`` with where the body sits ("Finnish embassy in Lisbon"), or the reverse, in any
    case."""
    return _with_seat(short.lower(), full.lower()) or _with_seat(full.lower(), short.lower())


def _name_words(name: str) -> list[str]:
    """A body's name as plain lower-case words, with no possessive "'s": "Finland's Border Guard" is
    ["finland", "border", "guard"]."""
    return [without_accents(w) for w in re.findall(r"[^\W\d_]+", re.sub(r"['’]s\b", "", name.lower()))]


def _fuller_name(name: str, own: list[str], said: list[str]) -> bool:
    """Whether a body's ``name`` is a fuller one of a description's ``own`` words (``said`` with its state's): it
    has them all, more words than the description, and ends in the description's noun before any
    "of", "in", "at" or "for" ("Press Service of the President" for "the press service"); one mission's word
    stands for another ("the Indian mission" for "the Indian Embassy")."""
    words = _name_words(name)
    core = words[: next((i for i, w in enumerate(words) if w in ("of", "in", "at", "for")), len(words))]
    if not core or len(words) <= len(said) or (core == said and words[len(core)] in ("in", "at")):
        return False  # the same name with where it sits is rule speaker.org-in-full's
    last, noun = core[-1], own[-1]
    same_noun = last == noun or (last in MISSION_WORDS and noun in MISSION_WORDS)
    return same_noun and set(own[:-1]) <= set(words)


def _bare_definite(span: SpacySpan) -> bool:
    """ "the company", "The campaign": a definite article and the noun, nothing else."""
    words = [t for t in span if not t.is_punct]
    return len(words) == 2 and words[0].lower_ in DEFINITE


def _possessive(owner: str, thing: str) -> str:
    """ "Paul Ryan's office", "Bernie Sanders's campaign": "'s" after any name, as most style books write it."""
    return f"{owner}'s {thing}"


def _service_forms(owner: str, thing: str) -> list[str]:
    """The other names of a person's office or campaign (rule speaker.service-name-forms): the possessive as
    well with a bare apostrophe after "s" ("Bernie Sanders' campaign"), and an office named formally after its
    holder ("the Office of Paul Ryan"), so each form the story or a reader uses names the same body."""
    fired("speaker.service-name-forms")
    forms = [f"{owner}'s {thing}"]
    if owner.endswith("s"):
        forms.append(f"{owner}' {thing}")
    if thing.lower() == "office":
        forms.append(f"Office of {owner}")
    return forms


def _reporter(node: Token, *, climb: int) -> Token | None:
    """The subject of the verb of saying whose reported clause ``node`` is in, climbing at most ``climb`` heads:
    "Quinlan claims that the mayor met X" (Quinlan), "would neither confirm nor deny that he had met X" (the subject
    of "confirm")."""
    for _ in range(climb):
        if node.head.i == node.i:
            return None
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in SPEECH_VERBS:
            verb = node.head
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None and verb.dep_ == "conj":
                subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            return subject
        node = node.head
    return None


def _after_quote(pronoun: Token) -> bool:
    """Whether a quote closes right before the pronoun: '“…,” he said', '“…” she said'."""
    doc = pronoun.doc
    return any(doc[k].tag_ == "''" for k in range(max(pronoun.i - 2, 0), pronoun.i))


def _role(token: Token) -> int:
    """How likely a later pronoun refers back to this mention (rule pronoun.role): 2 for the subject of a main
    clause, 1 for the subject of a clause inside another ("X said Y had …": Y), 0 otherwise."""
    if not _in_subject(token):
        return 0
    node = token
    for _ in range(8):
        if node.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj"):
            return 1
        if node.head.i == node.i:
            break
        node = node.head
    return 2


def _one_of_a_paired_subject(token: Token, pronoun: Token) -> bool:
    """Whether a name is one of two or more people joined as one subject ("X and Y declined …") and a singular
    "he" or "she" stands inside the clause of that subject, in the same sentence (rule pronoun.one-of-a-pair): the
    pair is "they"; the pronoun is someone else."""
    if pronoun.lower_ not in ("he", "she") or token.sent.start != pronoun.sent.start:
        return False
    name = token
    while name.dep_ in ("compound", "flat") and name.head.i != name.i:
        name = name.head
    subject = name
    while subject.dep_ == "conj" and subject.head.i != subject.i:
        subject = subject.head
    paired = subject.i != name.i or any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in name.children)
    if subject.dep_ not in ("nsubj", "nsubjpass") or not paired:
        return False
    clause = subject.head
    inside = clause.left_edge.i <= pronoun.i <= clause.right_edge.i
    return inside and not subject.left_edge.i <= pronoun.i <= subject.right_edge.i


def _who_clause_antecedent(token: Token) -> bool:
    """A name (or its last word) that a relative clause with the subject "who" tells more of: "Koirala" of "welcomed
    Koirala, who will be received …" (rule pronoun.who-clause-antecedent)."""
    if any(t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") and _role(t) == 2 for t in token.sent):
        return False  # "he spoke to X, who told him …": the sentence's own "he" carries the story's person on
    node = token
    while node.dep_ in ("compound", "flat") and node.head.i != node.i:
        node = node.head
    return any(
        c.dep_ == "relcl"
        and c.i > node.i
        and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ == "who" for s in c.children)
        for c in node.children
    )


def _possessor(token: Token) -> bool:
    """A name (or its last word) that is a possessor: "Geingob" of "Geingob's close friends"."""
    node = token
    while node.dep_ in ("compound", "flat") and node.head.i != node.i:
        node = node.head
    return node.dep_ == "poss"


def _in_subject(token: Token) -> bool:
    """Part of a clause's subject: "A spokeswoman for the RSF, Fatima Nour, welcomed …" (Nour hangs on RSF)."""
    node = token
    for _ in range(5):
        if node.dep_ in ("nsubj", "nsubjpass") or _stranded_subject(node):
            return True
        if _named_as(node):
            fired("speaker.account-called")
            node = node.head.head  # "An account called @SahelWatch posted …": the name is the subject's
            continue
        if node.dep_ not in ("appos", "compound", "pobj", "prep", "poss", "amod", "conj") or node.head.i == node.i:
            return False
        if node.dep_ == "pobj" and node.head.lower_ == "with":
            return False  # "Jaishankar's talks with President X focused on …": X was met, Jaishankar is the subject
        node = node.head
    return False


NAMING_VERBS = frozenset({"call", "name", "dub", "title", "entitle", "nickname"})
"""Verbs that, as a participle after a noun, give the thing its name: "an account called @SahelWatch" (rule
speaker.account-called), "a report titled …" (rule quote.naming)."""


def _name_set_off(doc: Doc, end: int, *, fronted: bool = False) -> list[Token]:
    """A person's name between commas right after a phrase that ends at ``end``, which the parse hung elsewhere:
    "according to the Mufti's press secretary, Arman Seitkali, the first …" (rule speaker.apposed-name); after a
    ``fronted`` title that opens its sentence, the name may go straight on to its verb: "Press secretary in the
    Office of the President, Alfredo Hengari said …"."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return []
    if doc[end + 1].ent_iob_ != "B" or doc[end + 1].ent_type_ != "PERSON":
        return []
    stop = end + 2
    while stop < len(doc) and doc[stop].ent_iob_ == "I":
        stop += 1
    if stop - end - 1 < 2 or stop >= len(doc):
        return []
    if doc[stop].text in (",", ".", ")") or (fronted and doc[stop].pos_ in ("VERB", "AUX")):
        return list(doc[end + 1 : stop])
    return []


def _compound_head(token: Token) -> Token:
    """The noun a chain of nouns ends in: "appeal" for "email" in "an email fundraising appeal"."""
    while token.dep_ == "compound" and token.head.pos_ == "NOUN":
        token = token.head
    return token


def _unsigned(document: Token) -> bool:
    """A text put out jointly ("a joint communiqué"), with no owner named in the phrase (rule
    speaker.document-itself); not "a letter seen by the Courier", which may be the letter of the one it quotes."""
    if any(c.dep_ == "poss" for c in document.children):
        return False
    return any(c.lower_ == "joint" for c in document.children)


def _named_as(node: Token) -> bool:
    """The name a description is given after "called" or "named": "an account called @SahelWatch" (rule
    speaker.account-called)."""
    return node.dep_ == "oprd" and node.head.dep_ == "acl" and node.head.lemma_.lower() in NAMING_VERBS


def _stranded_subject(node: Token) -> bool:
    """A name the parse made the root of its sentence, its verb hung on it as a clause: "Valdebenito, who had
    campaigned …, conceded" read as a noun phrase. It is the sentence's subject all the same."""
    return (
        node.dep_ == "ROOT"
        and node.pos_ in ("PROPN", "NOUN")
        and any(c.dep_ == "acl" and c.pos_ == "VERB" and c.i > node.i for c in node.children)
    )


def _brief_of(words: SpacySpan, named: set[int]) -> int:
    """How many words open ``words`` with an office's brief: "of Foreign Relations" (3) before a name (the words of
    ``named``): capitalised words after "of" ending in a ministry's brief ("Relations", "State"), not a title of
    another person ("of President X"); 0 when they do not."""
    if len(words) < 3 or words[0].lower_ != "of":
        return 0
    k = 1
    while k < len(words) - 1 and words[k].is_title and words[k].i not in named:
        k += 1
    return k if k > 1 and words[k - 1].lower_ in PORTFOLIO_WORDS else 0


def _ends_in_name(words: list[Token]) -> bool:
    """Capitalised words the last of which the tagger took for a proper noun, and none for a determiner or pronoun
    (a given name it read as another word: "Per", "Will", "Bill")."""
    return words[-1].pos_ == "PROPN" and not any(t.pos_ in ("DET", "PRON") for t in words)


def _in_bracketed_initials(token: Token) -> bool:
    """Whether ``token`` is a title's initials in brackets, or one of the brackets: "(HC)", "(SRSG)"."""
    doc = token.doc
    if token.text == "(":
        inner, close = token.i + 1, token.i + 2
    elif token.text == ")":
        inner, close = token.i - 1, token.i
    else:
        inner, close = token.i, token.i + 1
    return (
        0 < inner < len(doc)
        and close < len(doc)
        and doc[inner - 1].text == "("
        and doc[close].text == ")"
        and doc[inner].text.isalpha()
        and doc[inner].text.isupper()
    )


def _unknown_place_as_subject(span: SpacySpan, head: Token, speaking: bool) -> bool:
    """One capitalised word tagged a place, that the gazetteer does not know, speaking as one person does (the
    sentence's quoted words say "I", or "his" or "her" follows the name): a family name the tagger misread ('"I
    hope …," wrote Vučić on his Instagram account'). The gazetteer knows states and cities but not every region, and
    a region speaks ("Greenland said …") as its government, so a place unknown to it is a person only when its
    words are one person's."""
    if not speaking or len(span) != 1 or head.ent_type_ != "GPE" or not (head.is_title and head.is_alpha):
        return False
    geo = gazetteer()
    if geo.locate(head.text) is not None or geo.country_of(head.text) is not None or geo.is_demonym(head.text):
        return False
    sentence = head.sent
    own = any(t.lower_ in ("his", "her") for t in sentence if t.i > head.i)
    quoted = [t for t in sentence if t.is_quote]
    first_person = len(quoted) >= 2 and any(
        t.text in ("I", "my", "me") for t in sentence[quoted[0].i - sentence.start : quoted[-1].i - sentence.start]
    )
    return own or first_person


def _possessor_within(token: Token, phrase_head: Token) -> bool:
    """Whether ``token`` names whose the phrase's head is ("one of Mr Orlov's aides": Orlov), not who it is."""
    node = token
    while node.i != phrase_head.i and node.head.i != node.i:
        if node.dep_ == "poss":
            return True
        node = node.head
    return False
