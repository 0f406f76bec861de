"""Word families are data: each is described, lists each word once, and loads into the names the code uses."""

from __future__ import annotations

import pytest

from backchannel.extract import contact_words, lexicon
from backchannel.extract.vocabulary import Vocabulary, vocabulary


@pytest.mark.parametrize(("name", "module"), [("contacts", contact_words), ("lexicon", lexicon)])
def test_every_family_says_what_it_decides_and_is_loaded_by_name(name, module):
    for family, table in vocabulary(name).tables.items():
        assert table.get("about", "").strip(), family
        assert sum(kind in table for kind in ("words", "modes", "meanings")) == 1, family
        assert getattr(module, family.upper()), family


def test_the_loaded_families_are_the_data():
    assert "huddle" in contact_words.MEET_VERBS
    assert contact_words.NOUN_MODES["trip"] == "visit"
    assert isinstance(contact_words.MEET_VERBS, frozenset)
    assert "say" in lexicon.ATTRIBUTION_VERBS and "believe" in lexicon.ATTRIBUTION_VERBS  # a union of families
    assert set(lexicon.PHRASAL_SPEECH_VERBS.values()) <= lexicon.SPEECH_VERBS  # each phrase means a reporting verb


def test_a_word_listed_twice_is_refused():
    twice = Vocabulary("test", {"verbs": {"about": "x", "words": ["meet", "meet"]}})
    with pytest.raises(ValueError, match="twice"):
        twice.words("verbs")
