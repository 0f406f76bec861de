"""Word lists the extractors share, kept as data in ``data/vocab/lexicon.toml`` (facts, not data sets):
reporting verbs, source and group nouns, titles, organisation and outlet words, multilateral bodies."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .vocabulary import vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Token

_WORDS = vocabulary("lexicon")

ARTICLES = frozenset({"the", "a", "an"})
"""The articles, which a name, an owner or a title may open with."""

SPEECH_VERBS: frozenset[str] = _WORDS.words("speech_verbs")
AID_BODY_WORDS: frozenset[str] = _WORDS.words("aid_body_words")
GENERIC_DOMAINS: frozenset[str] = _WORDS.words("generic_domains")
POSTED_ABROAD_TITLES: frozenset[str] = _WORDS.words("posted_abroad_titles")
COGNITION_VERBS: frozenset[str] = _WORDS.words("cognition_verbs")
STANCE_VERBS: frozenset[str] = _WORDS.words("stance_verbs")
TOPIC_VERBS: frozenset[str] = _WORDS.words("topic_verbs")
PASSED_ON_WORDS_VERBS: frozenset[str] = _WORDS.words("passed_on_words_verbs")
ATTRIBUTION_VERBS: frozenset[str] = SPEECH_VERBS | COGNITION_VERBS | STANCE_VERBS | TOPIC_VERBS
OBJECT_CONTENT_VERBS: frozenset[str] = _WORDS.words("object_content_verbs")
THANKING_VERBS: frozenset[str] = _WORDS.words("thanking_verbs")
PHRASAL_SPEECH_VERBS: dict[str, str] = _WORDS.meanings("phrasal_speech_verbs")
DEED_PHRASAL_VERBS: frozenset[str] = _WORDS.words("deed_phrasal_verbs")
DEMONYM_NOUNS: dict[str, str] = _WORDS.meanings("demonym_nouns")
GROUP_COUNTS: dict[str, int] = {word: int(n) for word, n in _WORDS.meanings("group_counts").items()}
REMARK_NOUNS: frozenset[str] = _WORDS.words("remark_nouns")
BESIDE_QUOTES_ONLY: frozenset[str] = _WORDS.words("beside_quotes_only")
STANCE_ADJECTIVES: frozenset[str] = _WORDS.words("stance_adjectives")
RAISING_VERBS: frozenset[str] = _WORDS.words("raising_verbs")
AGENDA_VERBS: frozenset[str] = _WORDS.words("agenda_verbs")
STANCE_TAKING_NOUNS: frozenset[str] = _WORDS.words("stance_taking_nouns")
MADE_REMARK_NOUNS: frozenset[str] = _WORDS.words("made_remark_nouns")
VOICING_VERBS: frozenset[str] = _WORDS.words("voicing_verbs")
DRAWING_VERBS: frozenset[str] = _WORDS.words("drawing_verbs")
RESULT_PARTICIPLES: frozenset[str] = _WORDS.words("result_participles")
FELT_STANCE_NOUNS: frozenset[str] = _WORDS.words("felt_stance_nouns")
REGARDING_VERBS: frozenset[str] = _WORDS.words("regarding_verbs")
APPEARANCE_VERBS: frozenset[str] = _WORDS.words("appearance_verbs")
SOURCE_NOUNS: frozenset[str] = _WORDS.words("source_nouns")
CHANNEL_NOUNS: frozenset[str] = _WORDS.words("channel_nouns")
PLATFORM_NAMES: frozenset[str] = _WORDS.words("platform_names")
TITLES_AS_NAMES: frozenset[str] = _WORDS.words("titles_as_names")
COLLECTIVE_SOURCES: frozenset[str] = _WORDS.words("collective_sources")
CITED_SOURCES: frozenset[str] = _WORDS.words("cited_sources")
FINDING_WORKS: frozenset[str] = _WORDS.words("finding_works")
JOINT_TEXTS: frozenset[str] = _WORDS.words("joint_texts")
PAPER_PAGES: frozenset[str] = _WORDS.words("paper_pages")
LEADER_NOUNS: frozenset[str] = _WORDS.words("leader_nouns")
PAPER_PARTS: frozenset[str] = _WORDS.words("paper_parts")
PAPER_VERBS: frozenset[str] = _WORDS.words("paper_verbs")
PAPER_WORDS: frozenset[str] = _WORDS.words("paper_words")
VIEW_NOUNS: frozenset[str] = _WORDS.words("view_nouns")
PUBLISHED_WORKS: frozenset[str] = _WORDS.words("published_works")
NAMING_VERBS_QUOTED: frozenset[str] = _WORDS.words("naming_verbs_quoted")
RACE_STANDING_WORDS: frozenset[str] = _WORDS.words("race_standing_words")
RACE_STANDING_VERBS: frozenset[str] = _WORDS.words("race_standing_verbs")
EVIDENCE_VERBS: frozenset[str] = _WORDS.words("evidence_verbs")
WITHHELD_TELLING_VERBS: frozenset[str] = _WORDS.words("withheld_telling_verbs")
ANSWER_WORDS: frozenset[str] = _WORDS.words("answer_words")
QUESTION_WORDS: frozenset[str] = _WORDS.words("question_words")
QUESTION_TELLING_VERBS: frozenset[str] = _WORDS.words("question_telling_verbs")
SILENCE_VERBS: frozenset[str] = _WORDS.words("silence_verbs")
REFUSING_MODALS: frozenset[str] = _WORDS.words("refusing_modals")
UNABLE_MODALS: frozenset[str] = _WORDS.words("unable_modals")
PERSONAL_PRONOUNS: frozenset[str] = _WORDS.words("personal_pronouns")
FIRST_PERSONS: frozenset[str] = _WORDS.words("first_persons")
GENDERED_PRONOUNS: frozenset[str] = _WORDS.words("gendered_pronouns")
OPENING_SUBORDINATORS: frozenset[str] = _WORDS.words("opening_subordinators")
NARRATOR_FORMS: frozenset[str] = _WORDS.words("narrator_forms")
BYLINE_ROLES: frozenset[str] = _WORDS.words("byline_roles")
PUBLISHING_VERBS: frozenset[str] = _WORDS.words("publishing_verbs")
QUESTIONING_VERBS: frozenset[str] = _WORDS.words("questioning_verbs")
GOING_ON_VERBS: frozenset[str] = _WORDS.words("going_on_verbs")
FIRST_PERSON_SINGULAR: frozenset[str] = _WORDS.words("first_person_singular")
HEADLINE_GOING_VERBS: frozenset[str] = _WORDS.words("headline_going_verbs")
HEADLINE_FUNCTION_WORDS: frozenset[str] = _WORDS.words("headline_function_words")
CLOSING_ATTRIBUTION_VERBS: frozenset[str] = _WORDS.words("closing_attribution_verbs")
KNOWN_ANSWER_WORDS: frozenset[str] = _WORDS.words("known_answer_words")
QUESTION_ASKERS: frozenset[str] = _WORDS.words("question_askers")
RECALLING_VERBS: frozenset[str] = _WORDS.words("recalling_verbs")
TOLD_PRONOUNS: frozenset[str] = _WORDS.words("told_pronouns")
POSSESSIVE_DETERMINERS: frozenset[str] = _WORDS.words("possessive_determiners")
NO_ONE_WORDS: frozenset[str] = _WORDS.words("no_one_words")
NOTHING_MORE_VERBS: frozenset[str] = _WORDS.words("nothing_more_verbs")
SILENCE_EMPHASES: frozenset[str] = _WORDS.words("silence_emphases")
COMMENT_GIVING_VERBS: frozenset[str] = _WORDS.words("comment_giving_verbs")
MISSION_WORDS: frozenset[str] = _WORDS.words("mission_words")
VOICE_BODIES: frozenset[str] = _WORDS.words("voice_bodies")
NON_STATE_VOICES: frozenset[str] = _WORDS.words("non_state_voices")
WANTING_VERBS: frozenset[str] = _WORDS.words("wanting_verbs")
SUB_BODY_HEADS: frozenset[str] = _WORDS.words("sub_body_heads")
FICTION_WORDS: frozenset[str] = _WORDS.words("fiction_words")
MADE_UP_VERBS: frozenset[str] = _WORDS.words("made_up_verbs")
OWN_ACCOUNT_VERBS: frozenset[str] = _WORDS.words("own_account_verbs")
ISSUING_VERBS: frozenset[str] = _WORDS.words("issuing_verbs")
MESSAGE_NOUNS: frozenset[str] = _WORDS.words("message_nouns")
MESSAGE_VERBS: frozenset[str] = _WORDS.words("message_verbs")
STANCE_NOUNS: frozenset[str] = _WORDS.words("stance_nouns")
URGING_VERBS: frozenset[str] = _WORDS.words("urging_verbs")
GROUP_NOUNS: frozenset[str] = _WORDS.words("group_nouns")
TITLE_NOUNS: frozenset[str] = _WORDS.words("title_nouns")
SEAT_NOUNS: frozenset[str] = _WORDS.words("seat_nouns")
ARMED_GROUP_HEADS: frozenset[str] = _WORDS.words("armed_group_heads")
FIGHTER_NOUNS: frozenset[str] = _WORDS.words("fighter_nouns")
LEGISLATOR_SEATS: frozenset[str] = _WORDS.words("legislator_seats")
LEGISLATURE_WORDS: frozenset[str] = _WORDS.words("legislature_words")
ORGANIZATION_WORDS: frozenset[str] = _WORDS.words("organization_words")
ANONYMITY_CUES: frozenset[str] = _WORDS.words("anonymity_cues")
KNOWN_OUTLETS: frozenset[str] = _WORDS.words("known_outlets")
OUTLET_NAME_WORDS: frozenset[str] = _WORDS.words("outlet_name_words")
INTERVIEWER_ROLES: frozenset[str] = _WORDS.words("interviewer_roles")
OUTLET_OPENING_WORDS: frozenset[str] = _WORDS.words("outlet_opening_words")
NEWS_AGENCY_WORDS: frozenset[str] = _WORDS.words("news_agency_words")
STATE_MEDIA_WORDS: frozenset[str] = _WORDS.words("state_media_words")
BOTH_SIDES_WORDS: frozenset[str] = _WORDS.words("both_sides_words")
JOINT_DOCUMENTS: frozenset[str] = _WORDS.words("joint_documents")
OUTLET_NOUNS: frozenset[str] = _WORDS.words("outlet_nouns")
HEAD_OF_STATE_TITLES: frozenset[str] = _WORDS.words("head_of_state_titles")
ROYAL_STYLES: frozenset[str] = _WORDS.words("royal_styles")
RULER_STYLES_AFTER_THE: frozenset[str] = _WORDS.words("ruler_styles_after_the")
HEADS_OFFICE_WORDS: frozenset[str] = _WORDS.words("heads_office_words")
MULTILATERAL_BODIES: frozenset[str] = _WORDS.words("multilateral_bodies")
BODY_KIND_NOUNS: frozenset[str] = _WORDS.words("body_kind_nouns")
LEAGUE_KIND_NOUNS: frozenset[str] = _WORDS.words("league_kind_nouns")
STATE_KIND_NOUNS: frozenset[str] = _WORDS.words("state_kind_nouns")
GROUPING_WORDS: frozenset[str] = _WORDS.words("grouping_words")
PSEUDONYM_VERBS: dict[str, str] = _WORDS.meanings("pseudonym_verbs")
MUTE_NOUNS: frozenset[str] = _WORDS.words("mute_nouns")
INFERENCE_VERBS: frozenset[str] = _WORDS.words("inference_verbs")
RECORD_NOUNS: frozenset[str] = _WORDS.words("record_nouns")
DISTRIBUTIVE_DETERMINERS: frozenset[str] = _WORDS.words("distributive_determiners")
PAIR_SIDE_NOUNS: frozenset[str] = _WORDS.words("pair_side_nouns")
MEMBER_BODY_NOUNS: frozenset[str] = _WORDS.words("member_body_nouns")
GROUPING_MEMBERS: frozenset[str] = _WORDS.words("grouping_members")
PERSON_NOUNS: frozenset[str] = _WORDS.words("person_nouns")
EVENT_NAME_HEADS: frozenset[str] = _WORDS.words("event_name_heads")
HONORIFICS: frozenset[str] = _WORDS.words("honorifics")
STOP_ABBREVIATIONS: frozenset[str] = _WORDS.words("stop_abbreviations")
COURTESY_FORMS: frozenset[str] = _WORDS.words("courtesy_forms")
FULL_NAME_HONORIFICS: frozenset[str] = _WORDS.words("full_name_honorifics")
TITLE_ABBREVIATIONS: dict[str, str] = {k.lower(): v for k, v in _WORDS.meanings("title_abbreviations").items()}
"""Abbreviated titles, in lower case with their stop ("col."), written out ("colonel")."""
WRITTEN_ABBREVIATIONS: frozenset[str] = frozenset(_WORDS.meanings("title_abbreviations"))
"""The same as written in text ("Col."): the tokenizer keeps each whole."""
HYPHENED_WORDS: frozenset[str] = _WORDS.words("hyphened_words")
FAMILY_NAMES_FIRST: frozenset[str] = _WORDS.words("family_names_first")
"""Chinese, Korean and Vietnamese family names, written first ("Lin" of "Lin Wei"), in lower case."""
TITLE_INITIALISMS: dict[str, str] = _WORDS.meanings("title_initialisms")
"""Titles written as capital initials before a name ("PM", "FM"), as written (case matters), with what each
stands for."""
PORTFOLIO_WORDS: frozenset[str] = _WORDS.words("portfolio_words")
BUILDING_WORDS: frozenset[str] = _WORDS.words("building_words")
VENUE_HEADS: frozenset[str] = _WORDS.words("venue_heads")
PREMISES_NOUNS: frozenset[str] = _WORDS.words("premises_nouns")
OFFICE_BODIES: dict[str, str] = _WORDS.meanings("office_bodies")
RANK_WORDS: frozenset[str] = _WORDS.words("rank_words")
ROOM_NOUNS: frozenset[str] = _WORDS.words("room_nouns")
SIDES_IN_ONE_PLACE: frozenset[str] = _WORDS.words("sides_in_one_place") | ROOM_NOUNS
DISPLAYED_NOUNS: frozenset[str] = _WORDS.words("displayed_nouns")
PERSON_OWNED_NOUNS: frozenset[str] = _WORDS.words("person_owned_nouns")
REMARK_MAKING_VERBS: frozenset[str] = _WORDS.words("remark_making_verbs")
OCCASION_NOUNS: frozenset[str] = _WORDS.words("occasion_nouns")
SAID_AMOUNT_WORDS: frozenset[str] = _WORDS.words("said_amount_words")
SCENE_NOUNS: frozenset[str] = _WORDS.words("scene_nouns")
AUDIENCE_NOUNS: frozenset[str] = _WORDS.words("audience_nouns")
PASSIVE_JUDGEMENTS: frozenset[str] = _WORDS.words("passive_judgements")
STANDING_WORDS: frozenset[str] = _WORDS.words("standing_words")
NO_STATE_OFFICE_WORDS: frozenset[str] = _WORDS.words("no_state_office_words")
TALKS_ROLES: frozenset[str] = _WORDS.words("talks_roles")
BACKING_WORDS: frozenset[str] = _WORDS.words("backing_words")
PRESENT_WORDS: frozenset[str] = _WORDS.words("present_words")
GATHERING_PREPS: frozenset[str] = _WORDS.words("gathering_preps")
LOCAL_OFFICE_WORDS: frozenset[str] = _WORDS.words("local_office_words")
PROVINCE_STATES: dict[str, str] = _WORDS.meanings("province_states")
OFFICE_PERIPHRASES: dict[str, str] = _WORDS.meanings("office_periphrases")
NATIONAL_OFFICES: dict[str, str] = _WORDS.meanings("national_offices")
"""Phrases that name an office without its title ("head of state"), each with the titles that hold it, by '|'."""
DIPLOMATIC_OFFICES: frozenset[str] = _WORDS.words("diplomatic_offices")
"""The posts of a state's foreign service ("ambassador", "envoy", "foreign minister"), each as the words a title
holding it has: whom "the diplomat" may stand for (described_holders)."""


LEMMA_FIXES = {"hop": "hope"}
"""Lemmatiser slips: "hoped" and "hoping" come out as "hop"."""


def mended_lemma(token: Token) -> str:
    """The token's lemma in lower case, with the lemmatiser's slips mended."""
    lemma = token.lemma_.lower()
    if lemma in LEMMA_FIXES and not token.lower_.startswith(lemma + "p"):
        return LEMMA_FIXES[lemma]
    return lemma


def names_a_body(name: str) -> bool:
    """Whether a name is a multilateral body's: "ASEAN", "the G7" as listed, or any "Group of …"."""
    folded = name.casefold()
    return folded in MULTILATERAL_BODIES or folded.startswith("group of ")
