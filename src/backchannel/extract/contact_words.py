"""The words that tell of contacts, and of their status, in English news.

Facts about usage, written for this project, kept as data in ``data/vocab/contacts.toml``: which verbs and
nouns name a meeting, visit or call, which heads make a contact planned, refused or only reported, and which
objects make a verb figurative ("met the demands"). Each family is described there; this module loads the
file once and gives each family a name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import OUTLET_NOUNS, PAPER_PARTS
from .vocabulary import vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_WORDS = vocabulary("contacts")

HOST_VERBS: frozenset[str] = _WORDS.words("host_verbs")
TRAVEL_VERBS: frozenset[str] = _WORDS.words("travel_verbs")
SHARED_SEATS: frozenset[str] = _WORDS.words("shared_seats")
MEET_VERBS: frozenset[str] = _WORDS.words("meet_verbs")
SEEING_VERBS: frozenset[str] = _WORDS.words("seeing_verbs")
CONTACT_PURPOSES: frozenset[str] = _WORDS.words("contact_purposes")
RELATIVE_PRONOUNS: frozenset[str] = _WORDS.words("relative_pronouns")
INVITATION_SENDERS: frozenset[str] = _WORDS.words("invitation_senders")
BRIEFING_VERBS: frozenset[str] = _WORDS.words("briefing_verbs")
CALL_ON_ERRANDS: frozenset[str] = _WORDS.words("call_on_errands")
CALL_ON_OUTLETS: frozenset[str] = _WORDS.words("call_on_outlets")
SITTING_VERBS: frozenset[str] = _WORDS.words("sitting_verbs")
PHONE_VERBS: frozenset[str] = _WORDS.words("phone_verbs")
HOLDING_VERBS: frozenset[str] = _WORDS.words("holding_verbs")
RECALLING_VERBS: frozenset[str] = _WORDS.words("recalling_verbs")
MOVED_TO_HOLD_VERBS: frozenset[str] = _WORDS.words("moved_to_hold_verbs")
OUTCOME_VERBS: frozenset[str] = _WORDS.words("outcome_verbs")
WALKING_OUT_VERBS: frozenset[str] = _WORDS.words("walking_out_verbs")
STOPPING_TALKS_VERBS: frozenset[str] = _WORDS.words("stopping_talks_verbs")
VIRTUAL_VISIT_WORDS: frozenset[str] = _WORDS.words("virtual_visit_words")
STALLED_STATES: frozenset[str] = _WORDS.words("stalled_states")
WANTING_VERBS: frozenset[str] = _WORDS.words("wanting_verbs")
MESSAGE_VERBS: frozenset[str] = _WORDS.words("message_verbs")
LAWYER_NOUNS: frozenset[str] = _WORDS.words("lawyer_nouns")
PRIVATE_WORDS: frozenset[str] = _WORDS.words("private_words")
CARRIED_MESSAGES: frozenset[str] = _WORDS.words("carried_messages")
ACCUSING_VERBS: frozenset[str] = _WORDS.words("accusing_verbs")
DELIVERED_PAPERS: frozenset[str] = _WORDS.words("delivered_papers")
EXHORTING_VERBS: frozenset[str] = _WORDS.words("exhorting_verbs")
SHUTTLING_VERBS: frozenset[str] = _WORDS.words("shuttling_verbs")
SIDE_NOUNS: frozenset[str] = _WORDS.words("side_nouns")
PARTY_HEADS: frozenset[str] = _WORDS.words("party_heads")
NON_PARTY_HEADS: frozenset[str] = _WORDS.words("non_party_heads")
AGENT_ENDINGS: frozenset[str] = _WORDS.words("agent_endings")
REQUEST_NOUNS: frozenset[str] = _WORDS.words("request_nouns")
TRIP_ERRANDS: frozenset[str] = _WORDS.words("trip_errands")
STOP_NOUNS: frozenset[str] = _WORDS.words("stop_nouns")
MEDIATING_VERBS: frozenset[str] = _WORDS.words("mediating_verbs")
BROKERING_PARTICIPLES: frozenset[str] = _WORDS.words("brokering_participles")
BROKERING_ROLES: frozenset[str] = _WORDS.words("brokering_roles")
AUSPICES_NOUNS: frozenset[str] = _WORDS.words("auspices_nouns")
TOPIC_OBJECT_VERBS: frozenset[str] = _WORDS.words("topic_object_verbs")
TELLING_VERBS: frozenset[str] = _WORDS.words("telling_verbs")
CHARACTERIZING_VERBS: frozenset[str] = _WORDS.words("characterizing_verbs")
NOUN_MODES: dict[str, str] = _WORDS.modes("noun_modes")
ENVOY_BODIES: frozenset[str] = _WORDS.words("envoy_bodies")
RECALLED_ENVOYS: frozenset[str] = _WORDS.words("recalled_envoys")
TOPIC_PREPS = ("about", "on", "over", "regarding", "concerning")
"""Prepositions that say what a contact is about (\"talks on trade\"), not where or with whom."""
TIMING_PREPS = frozenset({"after", "before", "since", "following", "until", "till", "ahead", "preceding"})
"""Prepositions that time a contact against another happening ("after the ceremony", "since winning the election"):
a place or a date in their phrase is that happening's, not the contact's."""
PHONE_WORDS: frozenset[str] = _WORDS.words("phone_words")
BACKGROUND_PREPS: frozenset[str] = _WORDS.words("background_preps")
PLANNING_HEADS: frozenset[str] = _WORDS.words("planning_heads")
ARRANGING_VERBS: frozenset[str] = _WORDS.words("arranging_verbs")
REQUEST_HEADS: frozenset[str] = _WORDS.words("request_heads")
HYPOTHETICAL_AUX: frozenset[str] = _WORDS.words("hypothetical_aux")
FUTURE_AUX: frozenset[str] = _WORDS.words("future_aux")
PERFECT_AUX: frozenset[str] = _WORDS.words("perfect_aux")
GLADLY_ADVERBS: frozenset[str] = _WORDS.words("gladly_adverbs")
OPEN_TIMES: frozenset[str] = _WORDS.words("open_times")
OPEN_TIME_MARKS: frozenset[str] = _WORDS.words("open_time_marks")
COUNTING_NOUNS: frozenset[str] = _WORDS.words("counting_nouns")
CARRIER_NOUNS: frozenset[str] = _WORDS.words("carrier_nouns")
HAPPENING_VERBS: frozenset[str] = _WORDS.words("happening_verbs")
CAME_ABOUT_VERBS: frozenset[str] = _WORDS.words("came_about_verbs")
NOT_YET_WORDS: frozenset[str] = _WORDS.words("not_yet_words")
WHETHER_WORDS: frozenset[str] = _WORDS.words("whether_words")
UNDONE_PLAN_HEADS: frozenset[str] = _WORDS.words("undone_plan_heads")
STARTING_VERBS: frozenset[str] = _WORDS.words("starting_verbs")
UPCOMING: frozenset[str] = _WORDS.words("upcoming")
TIMES_OF_THEIR_OWN: frozenset[str] = _WORDS.words("times_of_their_own")
ERA_NOUNS: frozenset[str] = _WORDS.words("era_nouns")
CLOCK_ZONES: frozenset[str] = _WORDS.words("clock_zones")
ONGOING_WORDS: frozenset[str] = _WORDS.words("ongoing_words")
DENIAL_HEADS: frozenset[str] = _WORDS.words("denial_heads")
REFUSAL_HEADS: frozenset[str] = _WORDS.words("refusal_heads")
POSTPONING_HEADS: frozenset[str] = _WORDS.words("postponing_heads")
ACHIEVING_HEADS: frozenset[str] = _WORDS.words("achieving_heads")
FAILING_HEADS: frozenset[str] = _WORDS.words("failing_heads")
PLEASURE_HEADS: frozenset[str] = _WORDS.words("pleasure_heads")
CLAUSE_CONTACT_VERBS: frozenset[str] = _WORDS.words("clause_contact_verbs")
SUPPORT_PURPOSES: frozenset[str] = _WORDS.words("support_purposes")
CARRYING_PURPOSES: frozenset[str] = _WORDS.words("carrying_purposes")
SUPPORT_OBJECTS: frozenset[str] = _WORDS.words("support_objects")
REMOTE_ONLY_NOUNS: frozenset[str] = _WORDS.words("remote_only_nouns")
MEANS_PREPS = frozenset({"by", "via", "over"})
"""Prepositions of the means a contact was held by: "by video link", "over the phone"."""
TOPIC_TALK_VERBS = frozenset({"discuss", "negotiate"})
"""Verbs of talk whose object is the topic: the parse may hang inside it the "with" of whom one talked ("discussed
trade and the agenda with X") or a place the topic names ("discussed the war in Ukraine"), which is not where."""
AUDIENCES: frozenset[str] = _WORDS.words("audiences")
ADDRESS_OCCASIONS: frozenset[str] = _WORDS.words("address_occasions")
ADDRESSED_GATHERINGS: frozenset[str] = _WORDS.words("addressed_gatherings")
KIN_NOUNS: frozenset[str] = _WORDS.words("kin_nouns")
PRESS_WORDS: frozenset[str] = _WORDS.words("press_words")
PRESS_CALLERS: frozenset[str] = OUTLET_NOUNS | PAPER_PARTS | _WORDS.words("press_callers")
"""The press and those who work for it, as lemmas: "the paper visited her", "our correspondent spoke to him"."""
TOURED_PLACES: frozenset[str] = _WORDS.words("toured_places")
VISITED_SITES: frozenset[str] = _WORDS.words("visited_sites")
FIGURATIVE_OBJECTS: frozenset[str] = _WORDS.words("figurative_objects")
SIDELINES: frozenset[str] = _WORDS.words("sidelines")
SAYINGS_AFTER_CONTACT: frozenset[str] = _WORDS.words("sayings_after_contact")
SAYING_NOUNS: frozenset[str] = _WORDS.words("saying_nouns")
LASTING_HAPPENINGS: frozenset[str] = _WORDS.words("lasting_happenings")
MANY_SIDED_WORDS: frozenset[str] = _WORDS.words("many_sided_words")
RESIDENT_DIPLOMAT_WORDS: frozenset[str] = _WORDS.words("resident_diplomat_words")
UNPOSTED_DIPLOMAT_WORDS: frozenset[str] = _WORDS.words("unposted_diplomat_words")
JOINT_BODIES: frozenset[str] = _WORDS.words("joint_bodies")
WORKING_PARTIES: frozenset[str] = _WORDS.words("working_parties")
GO_BETWEEN_NOUNS: frozenset[str] = _WORDS.words("go_between_nouns")
PRESIDING_PHRASES: frozenset[str] = _WORDS.words("presiding_phrases")
PRESENCE_PHRASES: frozenset[str] = _WORDS.words("presence_phrases")
CHAIR_NOUNS: frozenset[str] = _WORDS.words("chair_nouns")
JOINT_WORDS: frozenset[str] = _WORDS.words("joint_words")
BEHALF_NOUNS: frozenset[str] = _WORDS.words("behalf_nouns")
REQUEST_VERBS: frozenset[str] = _WORDS.words("request_verbs")
DEMANDING_VERBS: frozenset[str] = _WORDS.words("demanding_verbs")
ASKING_VERBS: frozenset[str] = _WORDS.words("asking_verbs")
WRITING_VERBS: frozenset[str] = _WORDS.words("writing_verbs")
LED_GROUPS: frozenset[str] = _WORDS.words("led_groups")
MEMBER_NOUNS: frozenset[str] = _WORDS.words("member_nouns")
TOLD_BEFORE_NOUNS: frozenset[str] = _WORDS.words("told_before_nouns")
JOURNEY_NOUNS: frozenset[str] = _WORDS.words("journey_nouns")
ATTENDING_VERBS: frozenset[str] = _WORDS.words("attending_verbs")
ATTENDED_BY_VERBS: frozenset[str] = _WORDS.words("attended_by_verbs")
PARTAKING_VERBS: frozenset[str] = _WORDS.words("partaking_verbs")
HOSTED_OCCASIONS: frozenset[str] = _WORDS.words("hosted_occasions")
OCCASION_ATTENDING_VERBS: frozenset[str] = _WORDS.words("occasion_attending_verbs")
COMPANY_VERBS: frozenset[str] = _WORDS.words("company_verbs")
UNCOUNTED_WORDS: frozenset[str] = _WORDS.words("uncounted_words")
ALL_WORDS: frozenset[str] = _WORDS.words("all_words")
MANY_WORDS: frozenset[str] = UNCOUNTED_WORDS | ALL_WORDS
RANGE_NOUNS: frozenset[str] = _WORDS.words("range_nouns")
HEADED_GROUPS: frozenset[str] = _WORDS.words("headed_groups")
BODY_HEAD_TITLES: frozenset[str] = _WORDS.words("body_head_titles")
REPROACH_MODALS: frozenset[str] = _WORDS.words("reproach_modals")
CONDITION_MARKS: frozenset[str] = _WORDS.words("condition_marks")
PERMITTING_VERBS: frozenset[str] = _WORDS.words("permitting_verbs")
SUMMONING_VERBS: frozenset[str] = _WORDS.words("summoning_verbs")
HEARING_NOUNS: frozenset[str] = _WORDS.words("hearing_nouns")
DIVIDING_PLACES: frozenset[str] = _WORDS.words("dividing_places")
PROTEST_ERRANDS: frozenset[str] = _WORDS.words("protest_errands")
SENDING_VERBS: frozenset[str] = _WORDS.words("sending_verbs")
MET_OVER_NOUNS: frozenset[str] = _WORDS.words("met_over_nouns")
SHOWING_VERBS: frozenset[str] = _WORDS.words("showing_verbs")
FREQUENCY_WORDS: frozenset[str] = _WORDS.words("frequency_words")
HABIT_HOLDING_VERBS: frozenset[str] = _WORDS.words("habit_holding_verbs")
STEADY_WORDS: frozenset[str] = _WORDS.words("steady_words")
KEEPING_VERBS: frozenset[str] = _WORDS.words("keeping_verbs")
WELCOMING_WORDS: frozenset[str] = _WORDS.words("welcoming_words")
GATHERING_VERBS: frozenset[str] = _WORDS.words("gathering_verbs")
DIPLOMATIC_WORDS: frozenset[str] = _WORDS.words("diplomatic_words")
GENERIC_CONTACT_NOUNS: frozenset[str] = _WORDS.words("generic_contact_nouns")
GATHERINGS: frozenset[str] = _WORDS.words("gatherings")
ANOTHER: frozenset[str] = _WORDS.words("another")
FURTHER_NAMED: frozenset[str] = _WORDS.words("further_named")
RETURNING_WORDS: frozenset[str] = _WORDS.words("returning_words")
PAST_TRIP_WORDS: frozenset[str] = _WORDS.words("past_trip_words")
STAGE_WORDS: frozenset[str] = _WORDS.words("stage_words")
BESIDES_WORDS: frozenset[str] = _WORDS.words("besides_words")
ADDED_WORDS: frozenset[str] = _WORDS.words("added_words")
ATTENDING_PREPS: frozenset[str] = _WORDS.words("attending_preps")
REPORT_NOUNS: frozenset[str] = _WORDS.words("report_nouns")
REFERRING_WORDS: frozenset[str] = _WORDS.words("referring_words")
ANSWERING_VERBS: frozenset[str] = _WORDS.words("answering_verbs")
ASKING_NOUNS: frozenset[str] = _WORDS.words("asking_nouns")
WILLING_WORDS: frozenset[str] = _WORDS.words("willing_words")
SPECULATION_NOUNS: frozenset[str] = _WORDS.words("speculation_nouns")
OFFERING_HEADS: frozenset[str] = _WORDS.words("offering_heads")
PARTITIVES: frozenset[str] = _WORDS.words("partitives")
NOT_PEOPLE: frozenset[str] = _WORDS.words("not_people")
LEADING_VERBS: frozenset[str] = _WORDS.words("leading_verbs")
DISMISSING_VERBS: frozenset[str] = _WORDS.words("dismissing_verbs")
ADMITTING_VERBS: frozenset[str] = _WORDS.words("admitting_verbs")
NOT_KNOWING_NOUNS: frozenset[str] = _WORDS.words("not_knowing_nouns")
FALSITY_WORDS: frozenset[str] = _WORDS.words("falsity_words")
ALLEGATION_NOUNS: frozenset[str] = _WORDS.words("allegation_nouns")
OCCURRING_VERBS: frozenset[str] = _WORDS.words("occurring_verbs")
STATE_VOICES: frozenset[str] = _WORDS.words("state_voices")
VOICE_TITLES: frozenset[str] = _WORDS.words("voice_titles")
STATION_WORDS: frozenset[str] = _WORDS.words("station_words")
GOVERNMENT_BODIES: frozenset[str] = _WORDS.words("government_bodies")
SITTING_BODIES: frozenset[str] = _WORDS.words("sitting_bodies")
SESSION_HOLDERS: frozenset[str] = _WORDS.words("session_holders")
STAFF_NOUNS: frozenset[str] = _WORDS.words("staff_nouns")
RESCHEDULING_VERBS: frozenset[str] = _WORDS.words("rescheduling_verbs")
SPEAKER_BODY_NOUNS: frozenset[str] = _WORDS.words("speaker_body_nouns")
GENERIC_BODY_NOUNS: frozenset[str] = _WORDS.words("generic_body_nouns")
CALLING_OFF_HEADS: frozenset[str] = _WORDS.words("calling_off_heads")
REFUSING_HEADS: frozenset[str] = _WORDS.words("refusing_heads")
OPEN_QUESTION_WORDS: frozenset[str] = _WORDS.words("open_question_words")
KNOWING_WORDS: frozenset[str] = _WORDS.words("knowing_words")
RESUMING_WORDS: frozenset[str] = _WORDS.words("resuming_words")
DEGREE_WORDS: frozenset[str] = _WORDS.words("degree_words")
COUNTERFACTUAL_PLANS: frozenset[str] = _WORDS.words("counterfactual_plans")
FALLEN_THROUGH_PLANS: frozenset[str] = _WORDS.words("fallen_through_plans") | COUNTERFACTUAL_PLANS

OCCASIONS = GATHERINGS - {"meeting", "meetings", "session"}
"""Gatherings both sides came to ("at the APEC summit in Lima", "ahead of a regional conference in Accra"), not the
one to the other: the contact nouns among the gatherings ("meeting", "session") tell the talks themselves."""

NOT_GATHERING_BEFORE = frozenset({"press", "news"})
"""Words that make a gathering noun after them no gathering: "a press conference", "a news conference"."""


def at_a_gathering(sent: Span) -> bool:
    """Whether a sentence tells its contact at a gathering or on its sidelines ("on the sidelines of the summit",
    "flew to Vilnius for the NATO summit"), which both sides came to; a press conference is no gathering."""
    return any(
        t.lower_ in SIDELINES
        or (t.lower_ in OCCASIONS and not (t.i > 0 and t.doc[t.i - 1].lower_ in NOT_GATHERING_BEFORE))
        for t in sent
    )


def carries_courtesies_only(verb: Token) -> bool:
    """Whether all that a carrying verb ("express", "voice", "offer") carries is a courtesy (support_objects), each
    object and every one joined to it by "and" ("his shock and sadness" is, "her sympathy and her concern" is not);
    so too when it carries nothing."""
    carried = (t for c in verb.children if c.dep_ == "dobj" for t in (c, *c.conjuncts))
    return all(t.lemma_.lower() in SUPPORT_OBJECTS for t in carried)
