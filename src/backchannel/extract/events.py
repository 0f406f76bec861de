"""Events: contact mentions merged into happenings, with who reports them and who confirmed.

``find_events`` runs the stages in turn: the mentions of contacts
(``contacts``), the speaker of a quote as a party, the people of delegations
(``delegations``), merging mentions into events and dropping those with one
side (``merging``), reporters (``reports``) and confirmations
(``confirmations``). Assembling the record decides the event as a whole: its
status when only those who deny it tell it, its mode (a visit's talks are the
visit; a meeting at the host's office is a visit), its most precise date, its
place and venue, topics and evidence.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..datelines import dateline_day, heading_day
from ..dates import interval
from ..geo import Location, gazetteer
from ..records import (
    Actor,
    ActorKind,
    Article,
    ConfirmationStatus,
    DateValue,
    Event,
    EventStatus,
    Place,
    Quote,
    QuoteKind,
    Span,
)
from ..visiting_guests import called_visiting
from .actor_table import ActorTable
from .actor_words import doc_sents, place_name, sentence_index
from .body_envoys import received_from_a_body
from .body_heads import name_body_heads
from .called_off import plan_fell_through
from .circumstances import (
    date_fronted_over_report,
    date_of_when_clause,
    date_of_where_clause,
    takes_place,
    trip_length_days,
)
from .clients import add_lawyers_client
from .confirmations import confirmations, left_open, on_a_side, told_in_the_past
from .contact_nouns import virtual_visit
from .contact_verbs import CONTACT_VERBS, between
from .contact_words import (
    ALLEGATION_NOUNS,
    ATTENDED_BY_VERBS,
    CALLING_OFF_HEADS,
    CARRYING_PURPOSES,
    DENIAL_HEADS,
    HOST_VERBS,
    NOT_YET_WORDS,
    NOUN_MODES,
    PLANNING_HEADS,
    REPORT_NOUNS,
    REQUEST_HEADS,
    SUPPORT_PURPOSES,
    UNDONE_PLAN_HEADS,
    carries_courtesies_only,
)
from .contacts import find_mentions
from .counted_groups import between_the_counted, named_after_the_counted
from .counterparts import name_counterparts
from .delegations import name_delegations
from .diary_days import day_heading_ahead
from .first_person_parties import add_first_person, first_person_subject
from .gathering_scene import gathering_city, near_the_story_day
from .gender import gender_of
from .grammar import takes_to, verb_at_or_above
from .grouping_officials import name_grouping_officials
from .hosts_country import came_to_the_hosts_country
from .lexicon import BUILDING_WORDS, FIRST_PERSONS, PREMISES_NOUNS, SIDES_IN_ONE_PLACE, SPEECH_VERBS, mended_lemma
from .many_sides import told_as_many_sided
from .mentions import Mention
from .merging import (
    Draft,
    go_between,
    headline_last,
    merge,
    on_the_sidelines,
    pair_never_named,
    sideline_attendees,
    two_sided,
)
from .met_abroad import venue_states_of_a_meeting_abroad
from .named_after_lead import name_lead_holders
from .news_month import news_month, recent_news
from .parties import parties_of
from .party_heads import drop_non_parties
from .places import (
    ARRIVAL_VERBS,
    GUEST_LODGINGS,
    dateline_city_in_country,
    in_the_story_city,
    journey_end,
    place_of,
    premises_of,
    story_city,
    travel_joined,
    visited_place,
)
from .reported_doer import others_holding
from .reports import quotes_over, reports_for
from .resident_guests import received_resident_diplomat
from .retold_brokers import retold_brokers
from .scene_runs import place_told_scenes
from .speakers import SpeakerResolver
from .spoken_calls import spoke_by_phone
from .state_leaders import of_the_government
from .story_days import day_of_heading, resolve_told, scene_date
from .trace import collecting, fired, judged
from .trips_told import Dated, Trip, trip_of_the_talks, trips_told
from .visit_hosts import add_host_leaders
from .visit_occasions import held_on_a_visit
from .when import MONTH_ONLY

CONSULT = "CONSULT"
SUPPORT = "SUPPORT"
PRECISION_ORDER = ["day", "week", "month", "quarter", "year"]


def _courtesy_only(draft: Draft) -> bool:
    """A call told only as a courtesy (rule contact.support-call) is PLOVER's support; told any other way too, a
    consultation. What the courtesy was for ("to thank him for hosting the talks") tells no other way of it."""
    courtesies = [m.trigger for m in draft.mentions if m.support]
    if not courtesies or any(_business_in_the_call(c) or _offered_business(c) for c in courtesies):
        return False
    return all(m.support or any(c.is_ancestor(m.trigger) for c in courtesies) for m in draft.mentions)


CALL_NOUNS = frozenset({"call", "conversation"})
"""Nouns by which the next sentences refer back to a call ("During the call, they agreed …")."""
CALL_PREPS = frozenset({"during", "in", "on"})


def _offered_business(courtesy: Token) -> bool:
    """ "offered in a phone call with X to host talks", "offered in the call a plan for …", "expressed concern about
    the closure in a phone call": what is offered or voiced in the call, when it is a deed (a "to"-infinitive, not
    "saying …" or "adding that …") or a thing other than a courtesy ("offered his condolences in a call", "voiced his
    shock and sadness"), makes the call a consultation (rule
    contact.support-call.offer). The parse may hang "in" on the thing voiced ("concern about the closure in a call"):
    the verb above it is the one that carries."""
    if courtesy.dep_ != "pobj" or courtesy.head.lower_ != "in":
        return False
    verb = verb_at_or_above(courtesy.head.head)
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CARRYING_PURPOSES:
        return False
    # a deed is a "to"-infinitive; "…, saying Norway stood ready to help" tells what was said, no deed
    done = any(
        c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and takes_to(c) and c.lemma_.lower() not in SPEECH_VERBS
        for c in verb.children
    )
    if not done and carries_courtesies_only(verb):
        return False
    fired("contact.support-call.offer")
    return True


def _business_in_the_call(courtesy: Token) -> bool:
    """ "X called Y to congratulate him. During the call, they agreed to meet in Madrid": what the next two sentences
    say was done in "the call", other than more courtesy, makes it a consultation (rule contact.support-call.business),
    though the telling itself is set aside as the call's setting."""
    sents = doc_sents(courtesy.doc)
    at = sentence_index(sents, courtesy.i)
    for sent in sents[at + 1 : at + 3]:
        for noun in sent:
            prep = noun.head
            if noun.lemma_.lower() not in CALL_NOUNS or noun.dep_ != "pobj" or prep.lower_ not in CALL_PREPS:
                continue
            if not any(c.lower_ in ("the", "that", "this") for c in noun.children):
                continue
            verb = prep.head
            if verb.pos_ == "VERB" and verb.lemma_.lower() not in SUPPORT_PURPOSES:
                fired("contact.support-call.business")
                return True
    return False


def _asked_of_past(m: Mention) -> bool:
    """ "declined to say whether X had met Y in October": a possible contact told in a past tense is looked for
    in the past (rule date.asked-of-past), not in the months to come; "has proposed talks in March" tells the
    proposing in the past, not the talks."""
    if not _told_in_a_past_tense(m) or m.status is not EventStatus.HYPOTHETICAL:
        return False
    if m.trigger.pos_ not in ("VERB", "AUX") and mended_lemma(m.trigger.head) in PLANNING_HEADS | REQUEST_HEADS:
        fired("date.wished-ahead")
        return False
    fired("date.asked-of-past")
    return True


def _held_in_the_past(m: Mention) -> bool:
    """ "the daily reported that X had met Y during Sunday's match", "X spoke by telephone on Sunday with Y": a
    mention telling its contact as held in a past tense dates it looking back (rule date.held-in-the-past), even
    when another mention of the event makes it denied or called off; not "Friday was to be the day X arrived"."""
    # a denied one only as a verb: "cancelled the meeting set for Friday" still looks ahead
    told = m.status is EventStatus.OCCURRED or (m.status is EventStatus.DENIED and m.trigger.pos_ == "VERB")
    if not told or not _told_in_a_past_tense(m) or _in_a_plan_undone(m.trigger):
        return False
    fired("date.held-in-the-past")
    return True


def _told_in_a_past_tense(m: Mention) -> bool:
    """Whether ``m`` is told in a past tense: its verb's, or the verb above a contact noun ("held talks")."""
    return told_in_the_past(m.trigger if m.trigger.pos_ in ("VERB", "AUX") else m.trigger.head)


def find_events(doc: Doc, article: Article, table: ActorTable, quotes: list[Quote]) -> list[Event]:
    resolver = SpeakerResolver(doc, table)
    resolver.heard(quotes)
    mentions = find_mentions(doc, table, resolver)
    for mention in mentions:
        with collecting(mention.rules):
            add_lawyers_client(mention, quotes, table, resolver)
            _add_speaker_as_party(mention, quotes, table, resolver)
            add_first_person(mention, resolver.narration, quotes, table)
            name_grouping_officials(mention, table)
    name_delegations(mentions, doc, table)
    name_body_heads(mentions, doc, table)
    drop_non_parties(mentions, table)
    drafts = [d for d in merge(headline_last(mentions, article), table, article.published) if two_sided(d, table)]
    drafts.sort(key=lambda d: min(m.trigger.i for m in d.mentions))
    on_the_sidelines(drafts)
    sideline_attendees(drafts)
    name_counterparts(drafts, table)
    name_lead_holders(drafts, doc, table)
    add_host_leaders(drafts, table)
    for draft in drafts:
        denied_later = draft.first.status is not EventStatus.DENIED
        with collecting(draft.rules):
            for mention in (
                m for m in draft.mentions if m.asserted and not (denied_later and m.status is EventStatus.DENIED)
            ):
                for report in reports_for(mention.trigger, quotes, table, article, resolver):
                    if report not in draft.reports:
                        draft.reports.append(report)
    confirmations(doc, drafts, quotes, table, resolver, article)
    # "the two men met", never resolved: kept until here so that its denial is no other contact's
    drafts = [d for d in drafts if not pair_never_named(d, table)]
    events: list[Event] = []
    told: list[tuple[Draft, Event]] = []
    today = _story_day(article)
    after_recent_news = False
    trips = trips_told(doc, table, resolver)
    for draft in drafts:
        event = _to_event(len(events) + 1, draft, article, table, trips)
        if event.date is None and after_recent_news and _held_by_the_sides(event):
            with collecting(event.rules):
                event.date = news_month(draft.mentions, today, after_recent_news=True)
        if not _left_one_sided(event, draft, table, today):
            events.append(event)
            told.append((draft, event))
            after_recent_news = after_recent_news or (_held_by_the_sides(event) and recent_news(event.date, today))
    place_told_scenes(told)
    return events


def _held_by_the_sides(event: Event) -> bool:
    """Held or under way, and by the sides themselves: not messages carried, a go-between's work of many days."""
    return event.status in (EventStatus.OCCURRED, EventStatus.ONGOING) and event.mode != "third-party"


LONE_KINDS = (ActorKind.PERSON, ActorKind.COUNTRY)
"""Parties that are one side alone in a meeting, call or visit: a group ("Kenyan and Somali officials") or a body may
stand for both. A gathering is one-sided with one party of any kind (``_left_one_sided``)."""


def _left_one_sided(event: Event, draft: Draft, table: ActorTable, today: str | None) -> bool:
    """A meeting, call or visit left with no party, or with one person or one state alone, once its parties are
    settled (a visit whose host was the visitor's own state, talks whose other side was left unnamed): no one to
    meet, so no contact (rule party.left-one-sided). So is a gathering left with one party alone, of any kind: a
    body ("the African Union summit opened"), a group ("Caribbean foreign ministers will meet"), a state or a person
    ("his nuclear security summit") (rule party.gathering-of-one): labellers record a gathering with the parties
    that attend, and across ten labelled sets such one-party gatherings matched a labelled contact 2 times in 38.
    Kept: a gathering its one named party hosts ("Macron is hosting a climate summit": it has guests), one told as
    attended by someone ("the summit opened, attended by the leaders of Egypt and Jordan": parties not resolved), a
    mediation told alone ("Qatar launched a mediation effort": mediating takes two sides) and, for a meeting, call
    or visit, a group or a body, which may name both sides. A grouping's own gathering told by its officials ("CARICOM
    leaders at their summit", the bloc and its officials: one side by two names) is one-sided as well when it is a
    summit recalled, neither planned nor under way and dated before the month before the story's."""
    if event.mode not in ("meeting", "phone", "visit", "multilateral"):
        return False
    if len(event.participants) > 1 and not _their_gathering_recalled(event, draft, today):
        return False
    lone = table.get(event.participants[0]) if event.participants else None
    if event.participants and (lone is None or lone.kind not in LONE_KINDS) and event.mode != "multilateral":
        return False
    gathering = event.mode == "multilateral"
    if gathering and (lone is None or _hosted(draft) or _attendance_told(draft)):
        return False
    if gathering and lone.kind is ActorKind.ORGANIZATION and (how := _bodys_own_summit_set(event, draft, lone, today)):
        with collecting(event.rules):
            fired("party.body-summit-set")  # "the next ASEAN summit will be held in Manila in April"
            if not any(m.date_text for m in draft.mentions):
                fired("party.body-summit-placed")  # "the NATO summit in Wales is expected to back the plan"
            if how == "of":
                fired("party.body-summit-of")  # "the summit of the Andean Forum that will take place in Quito in May"
        return False
    if not gathering and event.participants and all(go_between(m.trigger) for m in draft.mentions):
        return False
    for m in draft.mentions:
        with collecting(m.rules):
            if gathering:
                fired("party.gathering-of-one")  # "the governor, who chairs the regional summit"
            else:
                fired("party.left-one-sided")  # "Finnish President X visited Helsinki": her own state
        judged(m.trigger.i, False, m.rules)
    return True


def _their_gathering_recalled(event: Event, draft: Draft, today: str | None) -> bool:
    """ "CARICOM leaders first backed the plan at their summit in Basseterre in 2009", in a story of 2016: a
    grouping's own gathering (rule contact.summit.grouping-theirs) neither planned nor under way whose date lies
    before the month before the story's is history recalled, as a body's summit is for party.body-summit-set; one
    of last month ("at their summit last month agreed …") is still the news the story tells the outcome of."""
    theirs = all("contact.summit.grouping-theirs" in m.rules for m in draft.mentions)
    coming = event.status in (EventStatus.PLANNED, EventStatus.ONGOING)
    last_month = _month_before(today)
    return event.mode == "multilateral" and theirs and not coming and not _not_before_the_story(event.date, last_month)


def _month_before(today: str | None) -> str | None:
    """The month before the story's day, "2016-08" for "2016-09-15"; None when the story's day is not known."""
    if not today or len(today) < 7:
        return None
    year, month = int(today[:4]), int(today[5:7])
    return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"


def _bodys_own_summit_set(event: Event, draft: Draft, body: Actor, today: str | None) -> str | None:
    """ "The next ASEAN summit will be held in Manila in April", "before the NATO summit in Madrid in June": a
    body's own gathering, named by the body before the noun, told with its own place and its own date, is a
    happening the labellers record as that body's multilateral contact (rule party.body-summit-set), though no
    attendee is named; so is one named by its of-object, "the summit of the Andean Forum in Quito on 16 May" (rule
    party.body-summit-of), which says whose gathering it is as plainly. A body's gathering with no place or no date
    ("ahead of a NATO summit") stays dropped, and so does one neither planned nor under way whose date lies before
    the story's month ("she recalled the ASEAN summit in Manila in 2015"): a summit recalled, not the news. How the
    body names it ("before" or "of"), or None."""
    coming = event.status in (EventStatus.PLANNED, EventStatus.ONGOING)
    if not coming and not _not_before_the_story(event.date, today):
        return None
    heads = {n.lower().split()[-1] for n in (body.name, *body.aliases) if n.strip()}  # "Union" of "African Union"
    for m in draft.mentions:
        if m.place is None or not (m.date_text or (coming and _place_of_its_own(m))):
            continue
        if any(c.dep_ in ("compound", "nmod") and c.lower_ in heads for c in m.trigger.children):
            return "before"
        ofs = [g for c in m.trigger.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        if any(_by_name(g, heads) for g in ofs):
            return "of"
    return None


def _place_of_its_own(mention: Mention) -> bool:
    """ "The NATO summit in Wales is expected to back the plan": a gathering still to come whose own phrase tells
    where it will be held is set there, though no day is told yet (rule party.body-summit-placed)."""
    return mention.place is not None and any(
        c.dep_ == "prep" and c.lower_ in ("in", "at") and any(g.i == mention.place.i for g in c.children)
        for c in mention.trigger.children
    )


def _by_name(word: Token, heads: set[str]) -> bool:
    """The body's own name as a gathering's of-object ("the summit of the Andean Forum"), not a common noun that
    stands for it ("a session of the commission": a standing body's sitting, which the body-summit rules leave)."""
    return word.lower_ in heads and word.text[:1].isupper()


def _not_before_the_story(when: DateValue | None, today: str | None) -> bool:
    """Whether a date lies in the story's month or after it ("2016-10", "2016", "2016-09-20" for a story of September
    2016); not "2015" or "2016-08". A date or a story day not known is not before it."""
    if when is None or not today:
        return True
    return when.value >= today[: len(when.value)]


def _attendance_told(draft: Draft) -> bool:
    """ "The summit opened, attended by the leaders of Egypt and Jordan", "the summit, which was attended by …": a
    gathering its sentence tells as attended by someone has the parties that attend it, whether or not they were
    resolved (rule party.gathering-of-one does not drop it)."""
    return any(
        c.lemma_.lower() in ATTENDED_BY_VERBS and any(g.dep_ == "agent" for g in c.children)
        for m in draft.mentions
        for node in (m.trigger, m.trigger.head)
        for c in node.children
    )


def _hosted(draft: Draft) -> bool:
    """ "Macron is hosting a climate summit in Paris": a gathering its one named party hosts has guests, told or
    not, as a state visit has its host."""
    return any(m.trigger.head.lemma_.lower() in HOST_VERBS for m in draft.mentions)


def _most_precise_place(places: list[Token]) -> Token | None:
    """The first place told, or a city in it told later: "arrived in Jordan on Friday and met Khatib in Amman"
    (rule place.city-in-country)."""
    if not places:
        return None
    with collecting([]):  # locating the candidates decides nothing: the place chosen is located for the event
        located = [place_of(p) for p in places]
    first = located[0]
    if first is None or first.lat is not None or first.country is None:
        return places[0]
    for later, found in zip(places[1:], located[1:], strict=True):
        if found is not None and found.lat is not None and found.country == first.country:
            fired("place.city-in-country")
            return later
    return places[0]


def _add_speaker_as_party(mention: Mention, quotes: list[Quote], table: ActorTable, resolver: SpeakerResolver) -> None:
    """ "Macron said preparations were under way to resume dialogue with Putin": Macron is a party (not of "a
    meeting between Putin and Zelensky", which names both its sides)."""
    if mention.actor and not mention.recipient and _unnamed_callers(mention, table):
        for q in quotes_over(mention.trigger, quotes):
            speaker = table.get(q.speaker_actor)
            if q.kind is QuoteKind.DIRECT and speaker is not None and speaker.kind is ActorKind.PERSON:
                fired("party.speaker-called")  # Lavrov: "They call and ask not to announce it": they call him
                mention.add(mention.recipient, [speaker.id])
                return
    if mention.actor or len(mention.recipient) != 1:
        _add_first_person_speaker(mention, quotes, table)
        return
    if mention.venue_state and mention.recipient == mention.venue_state:
        return  # "warned him that a visit to Moscow would damage trust": whose visit, the place does not say
    if between_the_counted(mention, table):
        fired("party.between-the-counted")  # "“The talks between both leaders were useful,” said Holm": not Holm's
        tellers = {q.speaker_actor for q in quotes_over(mention.trigger, quotes) if q.speaker_actor}
        if (named := named_after_the_counted(mention, table, tellers)) is not None:
            mention.participants, mention.actor, mention.recipient = [], [], []
            mention.add(mention.recipient, named)  # "…,” said Holm, who sought talks between Brun and Zoric"
        return
    for q in quotes_over(mention.trigger, quotes):
        speaker = table.get(q.speaker_actor)
        if speaker is not None and speaker.kind is ActorKind.PERSON and speaker.id not in mention.participants:
            if _told_of_the_other_sex(mention.trigger, speaker):
                fired("party.speaker-not-the-pronoun")  # "He telephoned the Red Cross tent, she said": not she
                return
            if others := others_holding(mention.trigger, speaker, table):
                fired("party.speaker-tells-of-another")  # "Lee said the president would welcome a meeting"
                mention.add(
                    mention.actor, [a for a in parties_of(others, table, resolver) if a not in mention.recipient]
                )
                return
            fired("party.speaker")  # "Macron said … to resume dialogue with Putin": Macron is a party
            mention.add(mention.actor, [speaker.id])
            return


def _told_of_the_other_sex(trigger: Token, speaker: Actor) -> bool:
    """Whether the contact's own subject is "he" or "she" of the sex the speaker is not ("He telephoned the Red Cross
    tent on Monday, she said"): someone else, whom the speaker tells of, made it."""
    subject = next((c for c in trigger.children if c.dep_ == "nsubj" and c.lower_ in ("he", "she")), None)
    sex = gender_of(speaker)
    return subject is not None and sex is not None and sex != ("m" if subject.lower_ == "he" else "f")


def _add_first_person_speaker(mention: Mention, quotes: list[Quote], table: ActorTable) -> None:
    """ "“I received the American ambassador this morning,” Hadzic said", "“I sat with my Eritrean counterpart,
    Idris Nur, with the Saudi minister in the room”": the speaker of the quoted words whose "I" met is a party,
    however many others the contact names (rule party.first-person-speaker). A contact naming no one else ("we had a
    very open conversation") is left to merging, which finds whom "we" met."""
    if not mention.participants or first_person_subject(mention.trigger, FIRST_PERSONS) is None:
        return
    for q in quotes_over(mention.trigger, quotes):
        speaker = table.get(q.speaker_actor)
        if q.kind is QuoteKind.DIRECT and speaker is not None and speaker.kind is ActorKind.PERSON:
            if speaker.id not in mention.participants:
                fired("party.first-person-speaker")
                mention.add(mention.actor, [speaker.id])
            return


def _unnamed_callers(mention: Mention, table: ActorTable) -> bool:
    """Callers a speaker tells of without saying whom they called: "they call", "some leaders phone"."""
    actors = [table.get(a) for a in mention.actor]
    return mention.mode == "phone" and all(a is not None and a.kind is ActorKind.GROUP for a in actors)


def _in_denial(trigger: Token) -> bool:
    """ "Vera denied reports that she had spoken to X": told only inside a denial."""
    node = trigger
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in DENIAL_HEADS:
            return True
    return False


def _retold_as_held(m: Mention) -> bool:
    """Whether a later mention tells the contact as held, so that it outweighs a denial told first: not one inside
    a denial ("denied a report that the two had met"), a report ("answering a report that they had conferred") or a
    statement that leaves it open ("would neither confirm nor deny that the two men had met")."""
    return not (_in_denial(m.trigger) or _in_a_report_noun(m.trigger) or left_open(m.trigger))


def _in_a_report_noun(trigger: Token) -> bool:
    """ "a report in the daily X that the two had conferred": told as what a report (or a claim) says, not as
    what an outlet states ("the meeting took place on Friday, the newspaper reported")."""
    node = trigger
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "NOUN" and node.lower_ in REPORT_NOUNS | ALLEGATION_NOUNS:
            return True
    return False


TIME_TO_COME = re.compile(r"(?i)(?<!the )\b(?:next|coming|upcoming)\b")
"""A time still to come as the story goes out: "next week", "in the coming days"; not "the next day", which counts
from a day told before."""


def _dated_to_come(draft: Draft) -> bool:
    """A contact every time told of which is still to come ("is due in Colombo next week for talks", "flies in next
    month for talks") is planned, whatever tense the clause around it takes (rule status.dated-to-come), unless one
    of its tellings is in the past ("met", "had held"), which a time of another clause may have dated."""
    told = [m.date_text for m in draft.mentions if m.date_text]
    if not told or not all(TIME_TO_COME.search(t) for t in told):
        return False
    # "he had held two sessions with X, and a round would open next month": a time of another clause
    return not _told_in_the_past_anywhere(draft)


def _in_a_diary_day_ahead(draft: Draft, article: Article) -> bool:
    """A contact first told in the simple present under a diary's day heading not behind the publication, and told
    in the past nowhere, is on the timetable of days to come (rule status.diary-day-ahead)."""
    return day_heading_ahead(draft.first, article.published) is not None and not _told_in_the_past_anywhere(draft)


def _told_in_the_past_anywhere(draft: Draft) -> bool:
    """Whether any telling of the contact is in a past tense ("met", "had held")."""
    return any(told_in_the_past(m.trigger if m.trigger.pos_ == "VERB" else m.trigger.head) for m in draft.mentions)


REPORTABLE_STAGES = frozenset({EventStatus.OCCURRED, EventStatus.PLANNED})
"""Stages at which a contact others report may be denied by a side: held, or planned ("a union leader said the two
presidents would meet this week"; the ministry denied it)."""


def _report_denied(draft: Draft, deniers: set[str], table: ActorTable) -> bool:
    """ "A weekly reported that Kamau had met Ugandan officials … The ministry called the report baseless": a contact
    told only by others (an outlet, sources, a third party), held or to come, which a side denies and no one
    confirms, is told as denied (rule status.report-denied)."""
    if not draft.reports or any(c.status is ConfirmationStatus.CONFIRMED for c in draft.confirmations):
        return False
    if any(_affirmed(m.trigger) for m in draft.mentions):
        fired("status.affirmed-did")  # "The two ministers did meet in Cartagena in August": told as held, firmly
        return False
    if not any(_may_deny(table.get(d), draft, table) for d in deniers):
        return False
    if draft.first.status is EventStatus.PLANNED and _only_a_detail_denied(draft):
        return False
    parties = {p for m in draft.mentions for p in m.participants}
    # a party that denies it tells nothing as held ("Kikolo denied a report that he had met Lu")
    return all(r.source not in parties or r.source in deniers for r in draft.reports)


def _only_a_detail_denied(draft: Draft) -> bool:
    """ "Ruiz will visit Peru next week, state media reported. The government denied reports that Ruiz would sign a
    gas deal during the trip": when every denial of a planned contact turns down a clause ("denied that …",
    "reports that …") of something other than the contact, a detail of it, the plan stands (rule
    status.detail-denied). A denial of the report itself ("denied the report", "reports of the visit") or of a
    clause that tells the contact ("reports that Ruiz would make the trip") still denies it."""
    doc = draft.first.trigger.doc
    triggers = {m.trigger.i for m in draft.mentions}
    clauses = []
    for denial in (c for c in draft.confirmations if c.status is ConfirmationStatus.DENIED):
        sent = doc.char_span(denial.evidence.start, denial.evidence.end, alignment_mode="expand")
        denied = _denied_clauses(sent) if sent is not None else []
        if not denied:
            return False  # "denied the report", "called it baseless": the contact denied
        clauses += denied
    if any(_the_contact_itself(clause, triggers) for clause in clauses):
        return False
    fired("status.detail-denied")
    return True


def _denied_clauses(sent: SpacySpan) -> list[Token]:
    """The clauses a sentence denies or calls a report of: "denied that X would sign", "reports that X would sign"."""
    return [
        t
        for t in sent
        if t.dep_ in ("ccomp", "acl")
        and t.pos_ in ("VERB", "AUX")
        and (t.head.lemma_.lower() == "deny" or t.head.lower_ in REPORT_NOUNS | ALLEGATION_NOUNS)
    ]


def _the_contact_itself(clause: Token, triggers: set[int]) -> bool:
    """Whether a denied clause tells the contact: its verb is one of the contact's mentions or a contact verb, or
    its subject or object is a contact ("would make the trip", "the visit would go ahead"); not a contact only
    named in a phrase of time ("would sign a deal during the trip")."""
    if clause.i in triggers or clause.lemma_.lower() in CONTACT_VERBS:
        return True
    return any(
        c.i in triggers or c.lemma_.lower() in NOUN_MODES
        for c in clause.children
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")
    )


EMPHATIC_DO = frozenset({"did", "does", "do"})


def _affirmed(trigger: Token) -> bool:
    """ "did meet", "did travel to Lima": a contact told with an emphatic "do" and no negation is affirmed against a
    doubt or a denial (rule status.affirmed-did); not a question's "do" ("Did the two meet in Ohrid?")."""
    emphatic = [c for c in trigger.children if c.dep_ == "aux" and c.lower_ in EMPHATIC_DO]
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (
        trigger.pos_ == "VERB"
        and bool(emphatic)
        and all(s.i < emphatic[0].i for s in subjects)
        and not trigger.sent.text.rstrip().endswith("?")
        and not any(c.dep_ == "neg" or c.lower_ == "never" for c in trigger.children)
    )


def _met_in_the_story_city(
    participants: list[str],
    mentions: list[Mention],
    visit: tuple[list[str], list[str]] | None,
    table: ActorTable,
    text: str,
) -> Location | None:
    """ "NAIROBI — President Kamau received the Ugandan foreign minister on Monday": a contact held in person, told
    with no place, between a side of another state and a side of the state the story is filed from, or a person
    whose state the text does not give (most often a local one), took place in the dateline's city (rule
    place.dateline-city-of-a-local-side); so did one between local sides only, told where no place is named
    (rule place.dateline-city-of-local-sides), unless a visit paid from the story's state to hosts not known to
    be of it ("CANBERRA — X welcomed the Australian envoy": welcomed abroad). A denied contact is the claim of
    one held there, and is placed so too."""
    found = story_city(text)
    if found is None or found[0].country is None:
        return None
    city, how = found
    actors = [a for p in participants if (a := table.get(p)) is not None]
    states = {a.country for a in actors if a.country is not None}
    unplaced = any(a.country is None and a.kind is ActorKind.PERSON for a in actors)
    if (city.country in states or unplaced) and states - {city.country}:
        fired("place.dateline-city-of-a-local-side")
    elif (
        _all_local(actors, states, city)
        and not any(_names_a_place(m.trigger) for m in mentions)
        and not (visit is not None and _paid_from_the_story_state(*visit, table, city))
    ):
        fired("place.dateline-city-of-local-sides")
    else:
        return None
    if how is not None:
        fired(how)
    return city


def _all_local(actors: list[Actor], states: set[str], city: Location) -> bool:
    """Whether two sides or more are all of the dateline city's state, or people whose state the text does not
    give: a domestic contact, told from where it was held ("TORONTO — The mayor met the premier")."""
    people_or_states = all(a.kind is ActorKind.PERSON or a.country is not None for a in actors)
    return len(actors) >= 2 and states <= {city.country} and people_or_states


PLACE_PREPS = frozenset({"in", "at", "to", "near"})
"""Prepositions that set a contact somewhere: "dined in Lund", "flew to Lund", "at a hotel near Lund"."""


def _names_a_place(trigger: Token) -> bool:
    """Whether a contact's sentence puts something in a named place ("shook hands in Lund", "a hotel in Lund",
    "came to Lund"): a place told there that the contact's own phrase did not take is a warning that the story's
    city is not where a domestic contact was held."""
    return any(t.ent_type_ in ("GPE", "LOC") and t.head.lower_ in PLACE_PREPS for t in trigger.sent)


SCENE_STATUSES = (EventStatus.OCCURRED, EventStatus.ONGOING, EventStatus.PLANNED)
"""Contacts held or due at a gathering; one only hoped for or denied may be wanted anywhere."""


def _scene_of_the_gathering(
    draft: Draft, mode: str, status: EventStatus, when: DateValue | None, today: str | None
) -> Location | None:
    """ "Vientiane summit ends … ¶ X met Y for about 40 minutes": a contact held in person (not a call, a visit or
    an errand), held or due, told with no place after a headline or first sentence that sets a gathering in a
    city, on a day near the story's or on none, took place in that city (rule place.scene-of-the-gathering)."""
    if mode not in ("meeting", "multilateral") or status not in SCENE_STATUSES or not draft.mentions:
        return None
    if not near_the_story_day(when, today):
        return None
    doc = draft.first.trigger.doc
    scene = gathering_city(doc)
    if scene is None:
        return None
    city, first_sentence, how = scene
    sents = doc_sents(doc)
    if any(sentence_index(sents, m.trigger.i) < first_sentence for m in draft.mentions):
        return None  # the gathering itself, or a contact told in the opening that sets it
    fired("place.scene-of-the-gathering")
    for rule in how:
        fired(rule)
    return city


def _errand_between_sides_apart(draft: Draft) -> bool:
    """ "has been carrying messages between the Saudi minister and the rebels' negotiator", "travelled between
    Tashkent and Bishkek carrying proposals": a go-between's errands join sides that sit apart and are held in no
    one place, not in the dateline's city (rule place.go-between-apart). Errands between delegations or rooms of
    one venue ("shuttled between the two delegations' hotels") are run where the sides sit."""
    errands = ("contact.verb.go-between", "contact.travel.between", "contact.travel.between-sides")
    if not draft.mentions or not all(any(r in m.rules for r in errands) for m in draft.mentions):
        return False
    if any(_sits_in_one_place(side) for m in draft.mentions for side in between(m.trigger)):
        return False
    fired("place.go-between-apart")
    return True


def _sits_in_one_place(side: Token) -> bool:
    """A side of an errand named by a room, premises or delegation ("the two delegations' rooms", "the Somali and
    Somaliland delegation rooms", "the union office"): one of sides sitting in one venue."""
    words = [side, *side.conjuncts, *(c for c in side.children if c.dep_ in ("compound", "poss"))]
    return any(w.lemma_.lower() in SIDES_IN_ONE_PLACE | PREMISES_NOUNS | BUILDING_WORDS for w in words)


def _premises_in_the_story_city(
    mentions: list[Mention], visit: tuple[list[str], list[str]] | None, table: ActorTable, text: str
) -> tuple[Location, str] | None:
    """ "Judge Lindqvist met the lawyers in her chambers", "X will receive Y at the government palace tomorrow": a
    contact held at premises that name no town, with no place told, was held in the city the story was filed from
    (rule place.premises-in-story-city), the premises its venue. Not a visit paid from the story's state to hosts
    not known to be of it ("WASHINGTON — Putin received the American envoy at his residence"): the premises are
    the host's, abroad."""
    premises = next((p for m in mentions if (p := premises_of(m.trigger)) is not None), None)
    found = story_city(text) if premises is not None else None
    if premises is None or found is None:
        return None
    city, how = found
    if visit is not None and _paid_from_the_story_state(*visit, table, city):
        return None
    fired("place.premises-in-story-city")
    if how is not None:
        fired(how)
    return city, premises.doc[premises.left_edge.i : premises.i + 1].text


def _paid_from_the_story_state(visitors: list[str], hosts: list[str], table: ActorTable, city: Location) -> bool:
    """Whether a side of the dateline's state pays the visit and no host is known to be of that state: the
    visitor went out to the host, so the visit was not paid in the story's city."""
    countries = [a.country for v in visitors if (a := table.get(v)) is not None]
    hosted = [a.country for h in hosts if (a := table.get(h)) is not None]
    return city.country in countries and city.country not in hosted


def _the_hosts_capital(visitors: list[str], hosts: list[str], table: ActorTable) -> Location | None:
    """ "The Ghanaian minister was received on Wednesday by Togo's prime minister": a visit to a leader or minister
    of one state by visitors from elsewhere was paid in that state's capital, where its government sits; told
    with no place (rule place.hosts-capital), or at a building the gazetteer does not know (rule
    place.building-in-hosts-capital)."""
    received = [a for h in hosts if (a := table.get(h)) is not None and a.kind is ActorKind.PERSON]
    if any(_a_guest(a, table) for a in received):
        return None  # "paid a courtesy call on visiting Prime Minister X": X is the one away from home
    states = {a.country for a in received if a.country is not None and of_the_government(a)}
    if len(states) != 1:
        return None
    state = states.pop()
    if any((a := table.get(v)) is not None and a.country == state for v in visitors):
        return None  # a minister calling on the president at home: where, the story does not say
    capital = gazetteer().capital_city.get(state)
    if capital is None:
        return None
    found = gazetteer().locate(capital)
    return found if found is not None and found.lat is not None else Location(capital, state)


def _scene_of_a_guests_lodging(place: Location, draft: Draft) -> Location | None:
    """ "Heads of state are in the country for the summit, which opens in Lusaka tomorrow. … X paid a courtesy call
    on Lesotho's prime minister at his suite at the Pamodzi Hotel": a hotel is where guests stay, not a host's seat;
    one the gazetteer does not know stands in the city the story's opening sets its gathering in (rule
    place.lodging-in-scene-city), not in the capital of whoever was called on there."""
    if not {w.lower().strip("'’s") for w in place.name.split()} & GUEST_LODGINGS:
        return None
    scene = gathering_city(draft.first.trigger.doc)
    if scene is None:
        return None
    city, _, how = scene
    fired("place.lodging-in-scene-city")
    for rule in how:
        fired(rule)
    return city


def _guests(draft: Draft, table: ActorTable) -> list[str]:
    """The parties a meeting's own sentence calls guests, "visiting Prime Minister X", when not all are (rule
    mode.guest-visiting): the meeting was X's visit."""
    sentences = {m.trigger.sent.start for m in draft.mentions}
    found = []
    for p in draft.participants():
        actor = table.get(p)
        if actor is None:
            continue
        spans = (table.doc.char_span(m.start, m.end, alignment_mode="expand") for m in actor.mentions)
        if any(span is not None and span.sent.start in sentences and _written_visiting(span) for span in spans):
            found.append(p)
    return found if len(found) < len(draft.participants()) else []


def _written_visiting(name: SpacySpan) -> bool:
    """ "visiting Prime Minister X", "visiting Reuters President X": "visiting" before the name or its title."""
    before = name.doc[name.root.left_edge.i : name.start]  # the title before the name, not a clause after it
    return called_visiting(name) or any(t.lower_ == "visiting" and t.dep_ == "amod" for t in before)


def _visits_during(trigger: Token) -> list[Token]:
    """The visit nouns of a "during" phrase on the trigger or the verb it hangs on."""
    node = verb_at_or_above(trigger)
    return [
        g
        for t in (trigger, node)
        for c in t.children
        if c.dep_ == "prep" and c.lower_ == "during"
        for g in c.children
        if g.dep_ == "pobj" and NOUN_MODES.get(g.lower_) == "visit"
    ]


def _during_a_virtual_visit(trigger: Token) -> bool:
    """ "held talks with X during his virtual visit to Kenya", "met Y during the online tour": a contact had on a
    remote visit was held over the link too (rule mode.during-a-virtual-visit)."""
    return any(virtual_visit(visit) for visit in _visits_during(trigger))


def _during_a_visit(trigger: Token, parties: set[str], table: ActorTable) -> bool:
    """ "held talks with X during his visit to Beirut", "During her visit to Accra, Y met X": a meeting told as part
    of a visit its own side paid is the visit (rule mode.during-a-visit); not "during the Pope's visit", another's."""
    node = verb_at_or_above(trigger)
    visits = [
        g
        for t in (trigger, node)
        for c in t.children
        if c.dep_ == "prep" and c.lower_ == "during"
        for g in c.children
        if g.dep_ == "pobj" and NOUN_MODES.get(g.lower_) == "visit"
    ]
    return any(_paid_by_a_side(visit, parties, table) for visit in visits)


def _paid_by_a_side(visit: Token, parties: set[str], table: ActorTable) -> bool:
    """Whether a visit's possessor is a pronoun (one of the sides) or a side named: "his visit", "Marsh's visit"."""
    owners = [c for c in visit.children if c.dep_ == "poss"]
    if not owners:
        return False
    owner = owners[0]
    if owner.pos_ == "PRON":
        return True
    actor = table.actor_at(owner)
    return actor is not None and actor.id in parties


def _a_guest(actor: Actor, table: ActorTable) -> bool:
    """Whether the text calls ``actor`` a guest somewhere: "visiting Prime Minister X" (rule place.guest-not-home)."""
    spans = (table.doc.char_span(m.start, m.end, alignment_mode="expand") for m in actor.mentions)
    if any(span is not None and called_visiting(span) for span in spans):
        fired("place.guest-not-home")
        return True
    return False


def _journey_of_the_visit(mentions: list[Mention]) -> Location | None:
    """ "flew into Lusaka on Tuesday and was received at the Chancellery by X": a visit joined to the visitor's
    journey was paid at its end (rule place.journey-of-the-visit); the caller keeps the building told as the venue
    when the gazetteer knows it as a place."""
    for m in mentions:
        travelled = travel_joined(m.trigger)
        found = place_of(journey_end(travelled)) if travelled is not None else None
        if found is not None and found.country is not None:
            fired("place.journey-of-the-visit")
            return found
    return None


def _may_deny(actor: Actor | None, draft: Draft, table: ActorTable) -> bool:
    """Whether a denial by ``actor`` speaks for a side: not an outlet's, nor that of someone with no title or
    state who is not a side ("He did not need to meet a Mexican," a reader wrote)."""
    if actor is None or actor.kind is ActorKind.OUTLET:
        return False
    if actor.kind is ActorKind.PERSON and not actor.titles and actor.country is None:
        return on_a_side(actor.id, draft, table)
    return True


def _visit_sides(mentions: list[Mention]) -> list[tuple[list[str], list[str]]]:
    """Each mention's visiting and receiving side, in a visit: whoever a meeting told with it has the visitor
    meet is the host's side ("Xi arrived in Brazil … Lula met the Chinese president": Lula receives), however
    that meeting's sentence put them (rule party.met-during-visit)."""
    visitors = {p for m in mentions if m.mode == "visit" for p in m.actor}
    out = []
    for m in mentions:
        if m.mode == "visit" or not visitors or not visitors & set(m.participants):
            out.append((m.actor, m.recipient))
            continue
        hosts = [p for p in m.participants if p not in visitors]
        if any(p in m.actor for p in hosts):
            fired("party.met-during-visit")
        out.append(([p for p in m.participants if p in visitors], hosts))
    return out


def _trip_of_the_talks(
    draft: Draft,
    parties: list[str],
    place: Location | None,
    from_dateline: bool,
    status: EventStatus,
    when: Dated,
    trips: list[Trip],
    table: ActorTable,
) -> Trip | None:
    """The trip told in the story the talks were held on; a place taken only from the dateline ("TEHRAN - … Zarif
    made a two-day trip to Oman … held a meeting with the Royal Office minister") gives way to the trip's."""
    return trip_of_the_talks(draft.mentions, parties, None if from_dateline else place, status, when, trips, table)


def _dated(told: DateValue | None, today: str | None) -> Dated:
    """The year talks were told in, and whether they were told weeks before the story: on a day two weeks or more
    before it, or in a month or a year before its own."""
    if told is None or told.modifier == "approx":
        return Dated(None, False)
    year = told.value[:4]
    if today is None:
        return Dated(year, False)
    if told.precision == "day":
        return Dated(year, (_day(today) - _day(told.value)).days > WEEKS_BEFORE)
    return Dated(year, told.value < today[: len(told.value)])


def _visit_still_on(draft: Draft, told: DateValue | None, today: str | None) -> bool:
    """ "arrived in Tokyo on Wednesday on a four-day visit", in a paper of that Wednesday: a visit told first by its
    arrival, with its length, on a day that length reaches the story's day from, is under way (rule
    status.visit-still-on); not talks held during it ("held talks with X, who arrived on Tuesday for a three-day
    visit"), which are done."""
    if told is None or told.precision != "day" or told.modifier == "approx" or today is None:
        return False
    arrival = draft.first.trigger
    if arrival.pos_ != "VERB" or arrival.lemma_.lower() not in ARRIVAL_VERBS:
        return False
    days = trip_length_days(arrival)
    if days is None or days < 2:
        return False
    begun = (_day(today) - _day(told.value)).days
    if not 0 <= begun < days:
        return False
    fired("status.visit-still-on")
    return True


def _day(iso: str) -> date:
    return date.fromisoformat(iso[:10])


WEEKS_BEFORE = 14
"""How many days before the story talks told on a day are no longer of a trip under way."""


def _one_side_first(side: list[str], parties: list[str]) -> tuple[list[str], list[str]]:
    """The parties as the given side and the rest."""
    mine = [p for p in parties if p in side]
    return mine, [p for p in parties if p not in mine]


def _of_three_states(draft: Draft, table: ActorTable, venues: set[str]) -> bool:
    """ "The foreign ministers of Ghana, Togo and Benin will meet in Abuja": a meeting of three states or more is
    a gathering of many (rule mode.three-states); the state a meeting abroad was only held in is none of them."""
    parties = draft.participants() - venues
    states = {a.country for p in parties if (a := table.get(p)) is not None and a.country}
    if len(states) >= 3:
        fired("mode.three-states")
        return True
    return False


def _visited(place: Token | None) -> bool:
    """A meeting one side travelled to the other's office for: "met the president at the White House"."""
    if place is not None and gazetteer().is_seat(place_name(place)):
        fired("mode.at-the-hosts-office")
        return True
    return False


def _called_off(m: Mention) -> bool:
    """ "…, but the trip has been called off": the contact just told as planned, named again and called off."""
    trigger = m.trigger
    return (
        m.status is EventStatus.DENIED
        and m.definite
        and trigger.pos_ == "NOUN"
        and trigger.dep_ == "nsubjpass"
        and trigger.head.lemma_.lower() in CALLING_OFF_HEADS
    )


def _never_held(m: Mention) -> bool:
    """ "… and the visit never took place", "the meeting was never held": the contact just told as planned, named
    again and said not to have come about (rule status.never-held-later)."""
    trigger = m.trigger
    return (
        m.status is EventStatus.DENIED
        and m.definite
        and trigger.pos_ == "NOUN"
        and trigger.dep_ in ("nsubj", "nsubjpass")
        and takes_place(trigger.head)
        and _not_at_all(trigger.head)
    )


def _not_at_all(verb: Token) -> bool:
    """ "never took place", "did not take place": whether, not when. "Did not take place until June" was held in
    June, and "has not (yet) taken place" is still to come."""
    words = {c.lower_ for c in verb.children}
    if words & NOT_YET_WORDS:
        return False
    if "never" in words:
        return True
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    return any(c.dep_ == "neg" for c in verb.children) and not perfect


def _put_off_since(m: Mention, draft: Draft) -> bool:
    """ "Friday was to be the day X arrived … The visit has been postponed to April": the contact told in a plan's
    frame, named again and put off as of now (a present perfect, not "had been postponed twice before" of one since
    held)."""
    trigger = m.trigger
    return (
        m.status is EventStatus.PLANNED
        and "status.postponed" in m.rules
        and m.definite
        and trigger.pos_ == "NOUN"
        and trigger.dep_ == "nsubjpass"
        and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in trigger.head.children)
        and any(o.status is EventStatus.OCCURRED and _in_a_plan_undone(o.trigger) for o in draft.mentions)
    )


def _in_a_plan_undone(trigger: Token) -> bool:
    """ "Friday was to be the day X arrived", "was to have been", "was supposed to be": a contact read as held only
    because the frame it is told in sets a day for it; "X visited Oslo on Monday" was held whatever is put off."""
    return any(
        a.lemma_.lower() == "be"
        and a.dep_ == "xcomp"
        and a.head.lemma_.lower() in UNDONE_PLAN_HEADS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in a.children)
        for a in trigger.ancestors
    )


def _told_dates(draft: Draft, status: EventStatus, planned: bool, today: str | None) -> list[DateValue]:
    """The dates a contact's mentions tell, counted from ``today``; with no time told at all (not one left undated,
    "two days later" from no day), the time of the clause it is told in, or the scene's."""
    # a time a contact still to come was moved to dates it over the time first set, told in another sentence too
    # (rule date.moved-to)
    moved = [m for m in draft.mentions if m.date_text and "date.moved-to" in m.rules] if planned else []
    told = moved or draft.mentions
    possible = status is EventStatus.HYPOTHETICAL
    dates = [d for m in told if m.date_text and (d := _told_date(m, today, planned=planned, possible=possible))]
    if not dates and status is EventStatus.PLANNED and (heading := day_heading_ahead(draft.first, today)) is not None:
        # "MONDAY 24 JUNE ¶ The minister receives her counterpart": the heading's day, ahead
        return [d for d in [day_of_heading(heading, today, future=True)] if d is not None]
    if any(m.date_text for m in draft.mentions) or status not in HELD_OR_CLAIMED:
        return dates
    first = draft.first
    held = next((w for m in draft.mentions if (w := _time_of_the_clause(m.trigger)) is not None), None)
    told = resolve_told(first.trigger, held, today, future=False) if held is not None else None
    # a denied contact is dated by the claim's own words, never by the scene it is denied in; one of a list of past
    # contacts ("has met previously with A, B and C") by none
    scene = (
        scene_date(first.trigger, today)
        if told is None and status is not EventStatus.DENIED and not first.earlier
        else None
    )
    return [d for d in [told or scene] if d is not None]


JUST_GONE = 92
"""How many days before the article a month or day may have ended and still be the one a possible contact was
wished for, not next year's (rule date.possible-just-gone)."""


def _told_date(m: Mention, today: str | None, *, planned: bool, possible: bool) -> DateValue | None:
    """The date ``m`` tells, read ahead for a contact still to come. A possible one ("asked to meet X before the
    September round and was turned down", in November) told for a month, or a day of one, that ended within the
    last three months is that one (rule date.possible-just-gone), not next year's."""
    assert m.date_text is not None
    if m.dated_by is not None:
        return _gatherings_date(m.dated_by, today)
    future = planned and not _asked_of_past(m) and not _held_in_the_past(m)
    ahead = resolve_told(m.trigger, m.date_text, today, future=future)
    if not (future and possible) or ahead is None or not today or MONTH_ONLY.search(m.date_text) is None:
        return ahead  # a weekday is this week's either way
    with collecting([]):  # the reading not taken decides nothing
        back = resolve_told(m.trigger, m.date_text, today, future=False)
    if back is None or back.value == ahead.value or back.precision not in ("day", "month"):
        return ahead
    gone = interval(back.value, back.precision)
    if gone is None or (date.fromisoformat(today[:10]) - gone.high).days > JUST_GONE:
        return ahead
    fired("date.possible-just-gone")
    return back


def _gatherings_date(gathering: Mention, today: str | None) -> DateValue | None:
    """ "The summit opened on Monday. X was scheduled to meet Y on its sidelines": the day taken from the gathering
    is the one its own words tell, read in its tense (rule date.sidelines-gathering-tense), not a Monday ahead."""
    fired("date.sidelines-gathering-tense")
    ahead = gathering.status in (EventStatus.PLANNED, EventStatus.HYPOTHETICAL)
    return _told_date(gathering, today, planned=ahead, possible=gathering.status is EventStatus.HYPOTHETICAL)


HELD_OR_CLAIMED = (EventStatus.OCCURRED, EventStatus.ONGOING, EventStatus.DENIED)
"""Contacts told as held, or claimed as held and denied: "In 1982 a daily alleged that he had met X"."""


def _time_of_the_clause(trigger: Token) -> str | None:
    """The time of what a contact is told inside: the clause a "when" clause hangs on, or a report whose time is
    set at the front of the sentence ("In June, the weekly reported that X had spoken with Y")."""
    return date_of_when_clause(trigger) or date_of_where_clause(trigger) or date_fronted_over_report(trigger)


def _story_day(article: Article) -> str | None:
    """The day the story's "today", "this morning" and "on Friday" are counted from: its dateline's ("RABAT,
    September 17 —" in a paper of the 18th, rule date.dateline-day), its opening's ("DIGEST FOR 12 FEBRUARY",
    rule date.heading-day), or else its publication's."""
    return (
        dateline_day(article.text, article.published)
        or heading_day(article.text, article.published)
        or article.published
    )


def _to_event(n: int, draft: Draft, article: Article, table: ActorTable, trips: list[Trip]) -> Event:
    rules: list[str] = []
    with collecting(rules):
        event = _assemble(n, draft, article, table, trips)
    event.rules = list(dict.fromkeys([r for m in draft.mentions for r in m.rules] + draft.rules + rules))
    return event


def _assemble(n: int, draft: Draft, article: Article, table: ActorTable, trips: list[Trip]) -> Event:
    first = draft.first
    status = first.status
    deniers = {c.by for c in draft.confirmations if c.status is ConfirmationStatus.DENIED}
    fell_through = False  # a plan that fell through is dated as the plan was, ahead
    # "X denied reports that he met Y. No such meeting took place, he said": told only to be denied
    only_denied = bool(draft.reports) or all(
        _in_denial(m.trigger) or m.status is EventStatus.DENIED for m in draft.mentions
    )
    if deniers and only_denied and all(r.source in deniers for r in draft.reports):
        fired("status.only-deniers-speak")  # "X denied that he had spoken to Y"
        status = EventStatus.DENIED
    elif status in REPORTABLE_STAGES and _report_denied(draft, deniers, table):
        fired("status.report-denied")
        fell_through = status is not EventStatus.OCCURRED  # a plan denied is dated as the plan was, ahead
        status = EventStatus.DENIED
    elif status is EventStatus.PLANNED and any(_called_off(m) for m in draft.mentions[1:]):
        fired("status.called-off-later")  # "X had been due to hold talks in Lima, but the trip has been called off"
        status = EventStatus.DENIED
    elif status is EventStatus.PLANNED and any(_never_held(m) for m in draft.mentions[1:]):
        fired("status.never-held-later")  # "X had planned to call on Y … the visit never took place"
        status = EventStatus.DENIED
    elif status in (EventStatus.PLANNED, EventStatus.HYPOTHETICAL) and any(
        plan_fell_through(m.trigger) for m in draft.mentions
    ):
        fired("status.plan-fell-through")  # "was supposed to meet X but he fell ill", "… But they did not."
        status = EventStatus.DENIED
        fell_through = True
    elif status is EventStatus.OCCURRED and any(_put_off_since(m, draft) for m in draft.mentions[1:]):
        fired("status.postponed-later")  # "This was to have been the day X arrived … The visit has been postponed"
        status = EventStatus.PLANNED
    elif status is EventStatus.OCCURRED and _dated_to_come(draft):
        fired("status.dated-to-come")  # "Mehra is due in Colombo next week for talks with Perera"
        status = EventStatus.PLANNED
    elif status is EventStatus.OCCURRED and _in_a_diary_day_ahead(draft, article):
        fired("status.diary-day-ahead")  # "MONDAY 24 JUNE ¶ The minister receives her Ivorian counterpart"
        status = EventStatus.PLANNED
    elif status is EventStatus.DENIED:
        retold = [m for m in draft.mentions if m.status is not EventStatus.DENIED]
        later = [m.status for m in retold if _retold_as_held(m)]
        if retold and not later:
            fired("status.retold-only-as-claim")  # "… would neither confirm nor deny that the two had met"
        if later:
            fired("status.told-after-denial")  # "X denied meeting Y … The meeting took place on Friday"
            status = later[0]
    mode = next((m.mode for m in draft.mentions if m.mode == "visit"), first.mode)
    if mode != first.mode:
        fired("mode.visit-wins")  # a visit's talks are the visit
    if mode in ("meeting", "visit") and any(_during_a_virtual_visit(m.trigger) for m in draft.mentions):
        fired("mode.during-a-virtual-visit")  # "held talks with X during his virtual visit to Kenya": by link
        mode = "phone"
    abroad = venue_states_of_a_meeting_abroad(draft, table) if mode == "visit" else set()
    if abroad:
        mode = "meeting"
    place_token = _most_precise_place([m.place for m in draft.mentions if m.place is not None])
    if place_token is None:
        place_token = next((p for m in draft.mentions if (p := visited_place(m.trigger)) is not None), None)
    if mode == "meeting" and _visited(place_token):
        mode = "visit"
    if mode == "meeting" and place_token is None and spoke_by_phone(draft.mentions, list(draft.participants()), table):
        fired("mode.leaders-spoke")  # "President Mensah spoke with President Okoro on Tuesday": by telephone
        mode = "phone"
    if mode == "meeting" and _of_three_states(draft, table, abroad):
        mode = "multilateral"
    elif mode == "meeting" and any(told_as_many_sided(m.trigger) for m in draft.mentions):
        mode = "multilateral"  # "a trilateral meeting", "the three presidents met": three sides or more
    go_betweens = retold_brokers(draft, table) if mode == "meeting" else []
    if go_betweens:
        fired("mode.brokered-when-retold")  # "… met on Monday. After a meeting brokered by X, the two men …"
        mode = "third-party"
    guests = _guests(draft, table) if mode == "meeting" else []
    held = status in (EventStatus.OCCURRED, EventStatus.ONGOING)  # "hoped to meet X during the visit": a meeting
    told = draft.participants()
    if guests or (mode == "meeting" and held and any(_during_a_visit(m.trigger, told, table) for m in draft.mentions)):
        fired("mode.guest-visiting" if guests else "mode.during-a-visit")
        mode = "visit"  # "met visiting Prime Minister X", "held talks with Y during his visit to Beirut"
    elif mode == "meeting" and held and any(held_on_a_visit(m.trigger, told, table) for m in draft.mentions):
        mode = "visit"  # "had a meeting with Y, on an official visit to Moldova"
    actor: list[str] = []
    recipient: list[str] = []
    participants: list[str] = []
    sides = _visit_sides(draft.mentions) if mode == "visit" else [(m.actor, m.recipient) for m in draft.mentions]
    sides = [([p for p in mine if p not in abroad], [p for p in theirs if p not in abroad]) for mine, theirs in sides]
    for mine, _ in sides:
        actor += [p for p in mine if p not in actor and p not in recipient]
    for (_, theirs), m in zip(sides, draft.mentions, strict=True):
        recipient += [p for p in theirs if p not in recipient and p not in actor]
        participants += [p for p in m.participants if p not in participants and p not in abroad]
    if go_betweens:
        participants += [p for p in go_betweens if p not in participants]
        actor, recipient = _one_side_first(go_betweens, list(dict.fromkeys(actor + recipient + participants)))
    if guests:
        actor, recipient = guests, [p for p in actor + recipient if p not in guests]  # the guest is the one visiting
    # a contact called off was still to come: "cancelled a meeting scheduled for Friday" is next Friday's
    called_off = status is EventStatus.DENIED and any("status.refused" in m.rules for m in draft.mentions)
    planned = status in (EventStatus.PLANNED, EventStatus.HYPOTHETICAL) or called_off or fell_through
    today = _story_day(article)
    dates = _told_dates(draft, status, planned, today)
    if dates and today != article.published and dates != _told_dates(draft, status, planned, article.published):
        fired("date.dateline-day" if dateline_day(article.text, article.published) else "date.heading-day")
    # the most precise ("last week" given as its month still knows its week)
    date = min(dates, key=lambda d: PRECISION_ORDER.index("week" if d.week else d.precision)) if dates else None
    if status is EventStatus.OCCURRED and _visit_still_on(draft, date, today):
        status = EventStatus.ONGOING
    place = place_of(place_token)
    venue = (
        place_name(place_token) if place_token is not None and gazetteer().is_venue(place_name(place_token)) else None
    )
    if place is not None and (city := in_the_story_city(place, article.text)) is not None:
        place, venue = city
    if mode == "phone" and place is not None:
        fired("place.call-held-nowhere")  # "telephoned the president in Managua": a call joins two places
        place, venue = None, None
    from_dateline = False
    if place is None and mode != "phone" and status in HELD_OR_CLAIMED and not _errand_between_sides_apart(draft):
        visit = (actor, recipient) if mode == "visit" else None
        place = _met_in_the_story_city(participants, draft.mentions, visit, table, article.text)
        from_dateline = place is not None  # the same city, which premises told keep as the venue
    if (
        (place is None or from_dateline)
        and mode != "phone"
        and (
            premises := _premises_in_the_story_city(
                draft.mentions, (actor, recipient) if mode == "visit" else None, table, article.text
            )
        )
    ):
        place, venue = premises
    trip_made = False  # on a trip made or under way: a contact still to come there is in the dateline city
    if mode == "meeting" and not abroad and came_to_the_hosts_country(draft, place, status, table):
        mode = "visit"
    elif mode == "meeting" and received_from_a_body(draft, place, status, table):
        fired("mode.body-envoy-received")  # "UN refugee chief Ana Ruiz met Prime Minister Okafor in Abuja"
        mode = "visit"
    elif mode == "meeting" and (
        trip := _trip_of_the_talks(
            draft, actor + recipient + participants, place, from_dateline, status, _dated(date, today), trips, table
        )
    ):
        fired("mode.on-a-trip-told")  # "Salas arrived in Hanoi on Monday. … On Tuesday she met the prime minister"
        mode = "visit"
        trip_made = trip.status in (EventStatus.OCCURRED, EventStatus.ONGOING)
        actor, recipient = _one_side_first(list(trip.travellers), list(dict.fromkeys(actor + recipient + participants)))
        if place is None or from_dateline:
            fired("place.trip-told")  # where the trip went, not where the story was filed
            place, venue = trip.where, None
    if mode == "visit" and (place is None or place.country is None) and venue is None:
        if (journey := _journey_of_the_visit(draft.mentions)) is not None:
            place, venue = journey, place.name if place is not None else None
    if (
        place is not None
        and mode != "phone"
        and venue is None
        and (date is None or today is None or date.value[:4] == today[:4])  # not one of years gone, held anywhere
        and (status in (EventStatus.OCCURRED, EventStatus.ONGOING) or trip_made)  # the reporter's city, not a plan's
        and (city := dateline_city_in_country(place, draft.mentions[0].trigger, article.text)) is not None
    ):
        place = city
    if place is None and mode == "visit" and (place := _the_hosts_capital(actor, recipient, table)) is not None:
        fired("place.hosts-capital")
    elif place is not None and place.country is None and mode == "visit" and venue is None:
        if (scene := _scene_of_a_guests_lodging(place, draft)) is not None:
            place, venue = scene, place.name
        elif (capital := _the_hosts_capital(actor, recipient, table)) is not None:
            fired("place.building-in-hosts-capital")  # "received him at Baabda Palace": in the host's capital
            place, venue = capital, place.name
    if place is None and (scene := _scene_of_the_gathering(draft, mode, status, date, today)) is not None:
        place = scene
    carried = mode == "third-party" and not go_betweens  # messages carried; a meeting a broker sat in is a meeting
    if date is None and status in (EventStatus.OCCURRED, EventStatus.ONGOING) and not carried:
        date = news_month(draft.mentions, today)  # not messages carried, a go-between's work of many days
    elif date is None and status is EventStatus.PLANNED and not carried:
        date = news_month(draft.mentions, today, coming=True)
    if mode == "visit" and received_resident_diplomat(draft.mentions, table):
        # "the prime minister received the Turkish ambassador": he came across town; his host's premises and
        # capital still tell where, so the mode changes only once the place is found
        mode = "meeting"
    topics: list[str] = []
    for m in draft.mentions:
        topics += [t for t in m.topics if t not in topics]
    text = article.text
    evidence = []
    for m in draft.mentions:
        sent = m.trigger.sent
        # up to its last word: the blank after it may hold the next paragraph's blanked time stamp or dateline
        end = next((t.idx + len(t) for t in reversed(sent) if not t.is_space), sent.end_char)
        span = Span.of(text, sent.start_char, end)
        if span not in evidence:
            evidence.append(span)
    return Event(
        id=f"e{n}",
        type=SUPPORT if _courtesy_only(draft) else CONSULT,
        status=status,
        mode=mode,
        actor=actor,
        recipient=recipient,
        participants=participants,
        date=date,
        place=Place(place.name, place.country, place.lat, place.lon, venue) if place else None,
        topics=topics,
        evidence=evidence,
        reported_by=draft.reports,
        confirmations=draft.confirmations,
    )
