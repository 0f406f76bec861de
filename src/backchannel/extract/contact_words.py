"""The words that tell of contacts, and of their status, in English news.

Facts about usage, written for this project, kept as data in ``data/vocab/contacts.toml``: which verbs and
nouns name a meeting, visit or call, which heads make a contact planned, refused or only reported, and which
objects make a verb figurative ("met the demands"). Each family is described there; this module loads the
file once and gives each family a name.
"""

from __future__ import annotations

from .vocabulary import vocabulary

_WORDS = vocabulary("contacts")

HOST_VERBS: frozenset[str] = _WORDS.words("host_verbs")
TRAVEL_VERBS: frozenset[str] = _WORDS.words("travel_verbs")
MEET_VERBS: frozenset[str] = _WORDS.words("meet_verbs")
SITTING_VERBS: frozenset[str] = _WORDS.words("sitting_verbs")
PHONE_VERBS: frozenset[str] = _WORDS.words("phone_verbs")
HOLDING_VERBS: frozenset[str] = _WORDS.words("holding_verbs")
MESSAGE_VERBS: frozenset[str] = _WORDS.words("message_verbs")
MEDIATING_VERBS: frozenset[str] = _WORDS.words("mediating_verbs")
TOPIC_OBJECT_VERBS: frozenset[str] = _WORDS.words("topic_object_verbs")
TELLING_VERBS: frozenset[str] = _WORDS.words("telling_verbs")
NOUN_MODES: dict[str, str] = _WORDS.modes("noun_modes")
PHONE_WORDS: frozenset[str] = _WORDS.words("phone_words")
BACKGROUND_PREPS: frozenset[str] = _WORDS.words("background_preps")
PLANNING_HEADS: frozenset[str] = _WORDS.words("planning_heads")
REQUEST_HEADS: frozenset[str] = _WORDS.words("request_heads")
HYPOTHETICAL_AUX: frozenset[str] = _WORDS.words("hypothetical_aux")
FUTURE_AUX: frozenset[str] = _WORDS.words("future_aux")
COUNTING_NOUNS: frozenset[str] = _WORDS.words("counting_nouns")
CARRIER_NOUNS: frozenset[str] = _WORDS.words("carrier_nouns")
HAPPENING_VERBS: frozenset[str] = _WORDS.words("happening_verbs")
STARTING_VERBS: frozenset[str] = _WORDS.words("starting_verbs")
UPCOMING: frozenset[str] = _WORDS.words("upcoming")
ONGOING_WORDS: frozenset[str] = _WORDS.words("ongoing_words")
DENIAL_HEADS: frozenset[str] = _WORDS.words("denial_heads")
REFUSAL_HEADS: frozenset[str] = _WORDS.words("refusal_heads")
SUPPORT_PURPOSES: frozenset[str] = _WORDS.words("support_purposes")
REMOTE_ONLY_NOUNS: frozenset[str] = _WORDS.words("remote_only_nouns")
MEANS_PREPS = frozenset({"by", "via", "over"})
"""Prepositions of the means a contact was held by: "by video link", "over the phone"."""
AUDIENCES: frozenset[str] = _WORDS.words("audiences")
PRESS_WORDS: frozenset[str] = _WORDS.words("press_words")
FIGURATIVE_OBJECTS: frozenset[str] = _WORDS.words("figurative_objects")
SIDELINES: frozenset[str] = _WORDS.words("sidelines")
REQUEST_VERBS: frozenset[str] = _WORDS.words("request_verbs")
DEMANDING_VERBS: frozenset[str] = _WORDS.words("demanding_verbs")
SENDING_VERBS: frozenset[str] = _WORDS.words("sending_verbs")
FREQUENCY_WORDS: frozenset[str] = _WORDS.words("frequency_words")
GATHERING_VERBS: frozenset[str] = _WORDS.words("gathering_verbs")
DIPLOMATIC_WORDS: frozenset[str] = _WORDS.words("diplomatic_words")
GENERIC_CONTACT_NOUNS: frozenset[str] = _WORDS.words("generic_contact_nouns")
INSTITUTIONS: frozenset[str] = _WORDS.words("institutions")
GATHERINGS: frozenset[str] = _WORDS.words("gatherings")
ANOTHER: frozenset[str] = _WORDS.words("another")
REPORT_NOUNS: frozenset[str] = _WORDS.words("report_nouns")
REFERRING_WORDS: frozenset[str] = _WORDS.words("referring_words")
ANSWERING_VERBS: frozenset[str] = _WORDS.words("answering_verbs")
ASKING_NOUNS: frozenset[str] = _WORDS.words("asking_nouns")
WILLING_WORDS: frozenset[str] = _WORDS.words("willing_words")
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
