"""Word lists the extractors share, kept as data in ``data/vocab/lexicon.toml`` (facts, not data sets):
reporting verbs, source and group nouns, titles, organisation and outlet words, multilateral bodies."""

from __future__ import annotations

from .vocabulary import vocabulary

_WORDS = vocabulary("lexicon")

SPEECH_VERBS: frozenset[str] = _WORDS.words("speech_verbs")
COGNITION_VERBS: frozenset[str] = _WORDS.words("cognition_verbs")
STANCE_VERBS: frozenset[str] = _WORDS.words("stance_verbs")
TOPIC_VERBS: frozenset[str] = _WORDS.words("topic_verbs")
ATTRIBUTION_VERBS: frozenset[str] = SPEECH_VERBS | COGNITION_VERBS | STANCE_VERBS | TOPIC_VERBS
OBJECT_CONTENT_VERBS: frozenset[str] = _WORDS.words("object_content_verbs")
PHRASAL_SPEECH_VERBS: dict[str, str] = _WORDS.meanings("phrasal_speech_verbs")
REMARK_NOUNS: frozenset[str] = _WORDS.words("remark_nouns")
BESIDE_QUOTES_ONLY: frozenset[str] = _WORDS.words("beside_quotes_only")
STANCE_ADJECTIVES: frozenset[str] = _WORDS.words("stance_adjectives")
RAISING_VERBS: frozenset[str] = _WORDS.words("raising_verbs")
STANCE_TAKING_NOUNS: frozenset[str] = _WORDS.words("stance_taking_nouns")
MADE_REMARK_NOUNS: frozenset[str] = _WORDS.words("made_remark_nouns")
REGARDING_VERBS: frozenset[str] = _WORDS.words("regarding_verbs")
APPEARANCE_VERBS: frozenset[str] = _WORDS.words("appearance_verbs")
SOURCE_NOUNS: frozenset[str] = _WORDS.words("source_nouns")
CHANNEL_NOUNS: frozenset[str] = _WORDS.words("channel_nouns")
COLLECTIVE_SOURCES: frozenset[str] = _WORDS.words("collective_sources")
CITED_SOURCES: frozenset[str] = _WORDS.words("cited_sources")
FINDING_WORKS: frozenset[str] = _WORDS.words("finding_works")
PUBLISHED_WORKS: frozenset[str] = _WORDS.words("published_works")
ISSUING_VERBS: frozenset[str] = _WORDS.words("issuing_verbs")
STANCE_NOUNS: frozenset[str] = _WORDS.words("stance_nouns")
URGING_VERBS: frozenset[str] = _WORDS.words("urging_verbs")
GROUP_NOUNS: frozenset[str] = _WORDS.words("group_nouns")
TITLE_NOUNS: frozenset[str] = _WORDS.words("title_nouns")
ORGANIZATION_WORDS: frozenset[str] = _WORDS.words("organization_words")
ANONYMITY_CUES: frozenset[str] = _WORDS.words("anonymity_cues")
KNOWN_OUTLETS: frozenset[str] = _WORDS.words("known_outlets")
OUTLET_NAME_WORDS: frozenset[str] = _WORDS.words("outlet_name_words")
MULTILATERAL_BODIES: frozenset[str] = _WORDS.words("multilateral_bodies")
PERSON_NOUNS: frozenset[str] = _WORDS.words("person_nouns")
EVENT_NAME_HEADS: frozenset[str] = _WORDS.words("event_name_heads")
HONORIFICS: frozenset[str] = _WORDS.words("honorifics")
PORTFOLIO_WORDS: frozenset[str] = _WORDS.words("portfolio_words")
BUILDING_WORDS: frozenset[str] = _WORDS.words("building_words")
OCCASION_NOUNS: frozenset[str] = _WORDS.words("occasion_nouns")
PASSIVE_JUDGEMENTS: frozenset[str] = _WORDS.words("passive_judgements")
