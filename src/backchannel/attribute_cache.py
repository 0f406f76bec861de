"""The model's attribute ruler and lemmatizer, computed once per distinct token.

In the small English pipeline the rule-based attribute ruler (tag to part of
speech and morphology, plus exceptions) and the rule lemmatizer take a fifth of
the time spent analysing an article (2.7 s of 13.8 s on 84 news articles,
measured with ``bench/extract_speed.py``), yet they give the same answer every
time a word comes back with the same tag and dependency label. The
``cached_attributes`` component runs the model's own rules once per distinct
token state (word, tag, dependency label, and any part of speech, morphology or
lemma set before it) and copies the answer to every later token in the same
state. A token that one of the ruler's multi-token patterns reaches ("there
*is*", "let *'s*") depends on its neighbours, so it is computed in a small window
of its neighbours by the model's own components. The output is the model's own,
token for token; ``fuse`` leaves any pipeline whose rules look further (at
entities, norms, other tokens' attributes) as it is.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Span

RULER, LEMMATIZER, NAME = "attribute_ruler", "lemmatizer", "cached_attributes"
MAX_ENTRIES = 200_000
"""The cache is emptied when it would pass this many distinct tokens: about 85 MB per process at most."""

_TOKEN_ONLY = set("ORTH TEXT LOWER TAG DEP IS_SPACE IS_PUNCT IS_ALPHA IS_DIGIT LIKE_NUM LENGTH".split())
"""Pattern keys whose value depends on the token alone, given its tag and dependency label (not NORM: the
tokenizer's exceptions set it per token)."""
_WORD_KEYS = ("ORTH", "TEXT", "LOWER")
_WORD_FLAGS = {
    "IS_SPACE": "is_space",
    "IS_PUNCT": "is_punct",
    "IS_ALPHA": "is_alpha",
    "IS_DIGIT": "is_digit",
    "LIKE_NUM": "like_num",
}
"""Pattern keys that test the word through one of its lexeme's attributes (``LENGTH`` through its length)."""
_LEMMATIZER_MODES = {"rule", "lookup"}
"""Modes in which a lemma depends on the token's text, part of speech and morphology only."""
_IN_ATTRS = [ORTH, TAG, DEP, POS, MORPH, LEMMA]
"""A token as the ruler finds it: its word, tag and label, and whatever earlier components set."""
_OUT_ATTRS = [TAG, DEP, POS, MORPH, LEMMA]


class CachedAttributes:
    """Set what ``ruler`` and then ``lemmatizer`` would set, from a cache keyed by (orth, tag, dep)."""

    def __init__(self, ruler: AttributeRuler, lemmatizer: Lemmatizer) -> None:
        self.ruler, self.lemmatizer = ruler, lemmatizer
        self.vocab = ruler.vocab
        self.single = AttributeRuler(self.vocab)
        self.multi = Matcher(self.vocab)
        self.reach = 1
        words: set[str] | None = set()
        named: set[str] | None = set()
        self.patterns: list[re.Pattern] = []
        """Regular expressions a single-token rule tests a word with."""
        flags: list[str] = []
        for number, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                if len(pattern) == 1:
                    # Added in the model's order: later rules keep their precedence.
                    self.single.add([pattern], entry["attrs"], index=entry["index"])
                    named = _named_words(pattern[0], named, self.patterns)
                    flags += [key for key in pattern[0] if key in _WORD_FLAGS or key == "LENGTH"]
                else:
                    self.multi.add(f"{number}:{entry['index']}", [pattern])
                    self.reach = max(self.reach, len(pattern))
                    literal = _literal_words(pattern)
                    words = None if words is None or not literal else words | literal
        hashes = None if words is None else [self.vocab.strings.add(word) for word in words]
        self.anchors = None if hashes is None else numpy.array(hashes, dtype="uint64")
        """Lower-case words one of which every multi-token match contains (None: look everywhere)."""
        self.named = named
        """Lower-case words a single-token rule names (None: the rules test words otherwise than by name or
        regular expression)."""
        self.flags = list(dict.fromkeys(flags))
        """The word attributes (``IS_SPACE`` …) some single-token rule tests."""
        self.cache: dict[tuple[int, ...], tuple[int, ...]] = {}
        self.ruled: dict[tuple, tuple[int, ...]] = {}
        """The single-token rules' answer for each ``_rule_key``: a few thousand, emptied with the cache."""

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        inputs = doc.to_array(_IN_ATTRS)
        keys = [tuple(row) for row in inputs.tolist()]
        unseen = list(dict.fromkeys(key for key in keys if key not in self.cache))
        if len(self.cache) + len(unseen) > MAX_ENTRIES:
            self.cache.clear()
            self.ruled.clear()
            unseen = list(dict.fromkeys(keys))
        self._learn(unseen)
        values = numpy.array([self.cache[key] for key in keys], dtype="uint64")
        for i, answer in self._in_context(doc, inputs).items():
            values[i] = answer
        doc.from_array([POS, MORPH, LEMMA], numpy.ascontiguousarray(values[:, 2:]))
        for i in numpy.flatnonzero((values[:, 0] != inputs[:, 1]) | (values[:, 1] != inputs[:, 2])):
            token = doc[int(i)]
            token.tag, token.dep = int(values[i, 0]), int(values[i, 1])
        return doc

    def forget_transient(self) -> None:
        """Drop the answers that name a string the vocabulary no longer holds.

        Inside ``nlp.memory_zone()`` the strings of words first seen there (and their lemmas) are transient:
        spaCy removes them when the zone ends. An answer cached in the zone keeps the lemma's hash, and handing
        it out in a later zone would leave a token whose lemma has no string. Tokens of the model's own
        vocabulary keep their answers.
        """
        strings = self.vocab.strings
        self.ruled.clear()
        self.cache = {
            key: answer
            for key, answer in self.cache.items()
            if all(value == 0 or value in strings for value in answer[2:])
        }

    def _made_up(self, rows: list[tuple[int, ...]]) -> Doc:
        """A doc of these tokens, each with the tag, label and attributes it came in with and its own head."""
        words = [self.vocab.strings[row[0]] for row in rows]
        made_up = Doc(self.vocab, words=words, spaces=[False] * len(words))
        state = numpy.array([[*row[1:], 0] for row in rows], dtype="uint64")
        made_up.from_array([*_IN_ATTRS[1:], HEAD], state)
        return made_up

    def _learn(self, keys: list[tuple[int, ...]]) -> None:
        """Run the single-token rules, then the lemmatizer over one made-up doc of the unseen tokens as ruled."""
        if not keys:
            return
        ruled = self._single_rules(keys)
        made_up = self.lemmatizer(self._made_up([(key[0], *answer) for key, answer in zip(keys, ruled, strict=True)]))
        for key, answer in zip(keys, made_up.to_array(_OUT_ATTRS).tolist(), strict=True):
            self.cache[key] = tuple(answer)

    def _single_rules(self, keys: list[tuple[int, ...]]) -> list[tuple[int, ...]]:
        """What the single-token rules make of each token, worked out once per distinct ``_rule_key``.

        Setting a token's attributes one match at a time is most of the cost of learning a word, yet most words
        differ from others only in what no rule looks at: "talks" and "meetings" with the same tag and label.
        """
        rule_keys = [self._rule_key(key) for key in keys]
        unseen: dict[tuple, tuple[int, ...]] = {}
        for rule_key, key in zip(rule_keys, keys, strict=True):
            if rule_key not in self.ruled:
                unseen.setdefault(rule_key, key)
        if unseen:
            answers = self.single(self._made_up(list(unseen.values()))).to_array(_OUT_ATTRS).tolist()
            self.ruled.update((rule_key, tuple(answer)) for rule_key, answer in zip(unseen, answers, strict=True))
        return [self.ruled[rule_key] for rule_key in rule_keys]

    def _rule_key(self, key: tuple[int, ...]) -> tuple:
        """Everything about a token the single-token rules can see: its state, and its word only if a rule names
        it, else just the word attributes the rules test."""
        if self.named is None:
            return key
        lexeme = self.vocab[key[0]]
        word = lexeme.orth_
        if lexeme.lower_ in self.named or word.lower() in self.named:  # LOWER, or ORTH and TEXT
            return key
        if any(pattern.search(form) for pattern in self.patterns for form in (word, lexeme.lower_)):
            return key
        flags = (len(word) if flag == "LENGTH" else getattr(lexeme, _WORD_FLAGS[flag]) for flag in self.flags)
        return (None, *key[1:], *flags)

    def _in_context(self, doc: Doc, inputs: numpy.ndarray) -> dict[int, list[int]]:
        """Tokens a multi-token pattern reaches, computed by the model's components in a window around each."""
        answers: dict[int, list[int]] = {}
        for match in self._multi_matches(doc):
            index = int(match.label_.split(":")[1])
            i = match.start + index if index >= 0 else match.end + index
            if i in answers:
                continue
            low, high = max(0, i - self.reach + 1), min(len(doc), i + self.reach)
            window = self._made_up([tuple(row) for row in inputs[low:high].tolist()])
            answers[i] = self.lemmatizer(self.ruler(window)).to_array(_OUT_ATTRS)[i - low].tolist()
        return answers

    def _multi_matches(self, doc: Doc) -> list[Span]:
        """Matches of the multi-token patterns, looked for only around the words they need."""
        if self.anchors is None:
            return self.multi(doc, as_spans=True, allow_missing=True)
        windows: list[list[int]] = []
        for i in numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), self.anchors)).tolist():
            low, high = max(0, i - self.reach + 1), min(len(doc), i + self.reach)
            if windows and low <= windows[-1][1]:
                windows[-1][1] = high
            else:
                windows.append([low, high])
        found = (self.multi(doc[low:high], as_spans=True, allow_missing=True) for low, high in windows)
        return [match for matches in found for match in matches]


def _literal_words(pattern: list[dict]) -> set[str]:
    """The lower-cased words one token of ``pattern`` must be, if one token names its words."""
    for token in pattern:
        for key in ("LOWER", "ORTH", "TEXT"):
            value = token.get(key)
            if isinstance(value, str):
                return {value.lower()}
            if isinstance(value, dict) and set(value) == {"IN"}:
                return {word.lower() for word in value["IN"]}
    return set()


def _named_words(token: dict, named: set[str] | None, patterns: list[re.Pattern]) -> set[str] | None:
    """``named`` with the lower-cased words a single-token pattern names, its regular expressions added to
    ``patterns``; None if it tests words otherwise."""
    if named is None:
        return None
    for key in _WORD_KEYS:
        value = token.get(key)
        if value is None:
            continue
        if isinstance(value, str):
            named.add(value.lower())
        elif isinstance(value, dict) and set(value) == {"IN"}:
            named.update(word.lower() for word in value["IN"])
        elif isinstance(value, dict) and set(value) == {"REGEX"}:
            patterns.append(re.compile(value["REGEX"]))
        else:
            return None
    return named


def fusable(nlp: Language) -> bool:
    """Whether ``nlp`` runs the rule lemmatizer straight after an attribute ruler whose rules look at one token."""
    names = nlp.pipe_names
    if RULER not in names or names[names.index(RULER) + 1 : names.index(RULER) + 2] != [LEMMATIZER]:
        return False
    ruler, lemmatizer = nlp.get_pipe(RULER), nlp.get_pipe(LEMMATIZER)
    if not isinstance(ruler, AttributeRuler) or not isinstance(lemmatizer, Lemmatizer):
        return False
    if lemmatizer.mode not in _LEMMATIZER_MODES:
        return False
    keys = {key for entry in ruler.patterns for pattern in entry["patterns"] for token in pattern for key in token}
    return keys <= _TOKEN_ONLY


@Language.factory(NAME)
def _make(nlp: Language, name: str) -> CachedAttributes:
    return CachedAttributes(nlp.get_pipe(RULER), nlp.get_pipe(LEMMATIZER))


def index_sets(lemmatizer: Lemmatizer) -> None:
    """Hold the rule lemmatizer's word index as sets: it only asks whether a form is in it.

    The tables come as lists (57,000 nouns), so each lookup scanned a list; the answers are the same. A pipeline
    changed so is for analysing, not for writing back to disk (``to_disk`` cannot serialise sets).
    """
    if lemmatizer.mode == "rule" and "lemma_index" in lemmatizer.lookups:
        table = lemmatizer.lookups.get_table("lemma_index")
        for pos, words in list(table.items()):
            table[pos] = set(words)


def fuse(nlp: Language) -> Language:
    """Replace the attribute ruler and lemmatizer of ``nlp`` by ``cached_attributes`` where that is exact."""
    if fusable(nlp):
        index_sets(nlp.get_pipe(LEMMATIZER))
        nlp.add_pipe(NAME, after=LEMMATIZER)
        nlp.disable_pipe(RULER)
        nlp.disable_pipe(LEMMATIZER)
    return nlp


def forget_transient(nlp: Language) -> None:
    """After a memory zone: drop the cached answers that name strings the zone took away (see ``fuse``)."""
    if NAME in nlp.pipe_names:
        component = nlp.get_pipe(NAME)
        if isinstance(component, CachedAttributes):
            component.forget_transient()
