"""Which rules made each contact, decided its fields, or turned a candidate down.

Every decision in contact extraction names its rule by id (``contact.verb.meet``, ``status.future``,
``merge.same-people``). The code calls :func:`fired` as it decides; the ids go to whatever list is being
collected into at the time: the mention being built, the event being assembled. Outside any collection
the call does nothing, so the cost when nobody asks is one context lookup per decision.

The registry of ids, each with what it does and a sentence it fires on, is ``data/rules/*.toml``; a test
checks that every id the code uses is there and that every example fires its rule.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from importlib import resources

_rules: ContextVar[list[str] | None] = ContextVar("rules", default=None)
_candidates: ContextVar[list[Candidate] | None] = ContextVar("candidates", default=None)


@dataclass
class Candidate:
    """A word that could tell of a contact, and the rules that accepted or rejected it."""

    token: int
    accepted: bool
    rules: list[str]


def fired(rule: str) -> None:
    """Record that ``rule`` decided something about what is being built now."""
    rules = _rules.get()
    if rules is not None and rule not in rules:
        rules.append(rule)


def rejected(rule: str) -> None:
    """Record that ``rule`` turned the current candidate down; returns None so callers can ``return rejected(..)``."""
    fired(rule)


@contextmanager
def collecting(into: list[str]) -> Iterator[list[str]]:
    """Send the rules fired inside the block to ``into``."""
    token = _rules.set(into)
    try:
        yield into
    finally:
        _rules.reset(token)


@contextmanager
def candidates() -> Iterator[list[Candidate]]:
    """Keep every candidate trigger seen inside the block, accepted or not (for ``explain``)."""
    kept: list[Candidate] = []
    token = _candidates.set(kept)
    try:
        yield kept
    finally:
        _candidates.reset(token)


def judged(token: int, accepted: bool, rules: list[str]) -> None:
    """Keep the verdict on one candidate, when someone is listening."""
    kept = _candidates.get()
    if kept is not None and rules:
        kept.append(Candidate(token, accepted, list(rules)))


@cache
def registry() -> dict[str, dict[str, str]]:
    """Every rule id with its description (``does``) and an example sentence it fires on.

    One file per family of rules in ``data/rules/``; an id may appear only once across them.
    """
    out: dict[str, dict[str, str]] = {}
    folder = resources.files("backchannel").joinpath("data/rules")
    for path in sorted((p for p in folder.iterdir() if p.name.endswith(".toml")), key=lambda p: p.name):
        for rule_id, entry in tomllib.loads(path.read_text(encoding="utf-8")).get("rule", {}).items():
            if rule_id in out:
                raise ValueError(f"rule {rule_id!r} is registered twice (again in {path.name})")
            out[rule_id] = entry
    return out
