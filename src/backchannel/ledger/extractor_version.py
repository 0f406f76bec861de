"""Which extraction made a record: the package version and a hash of the rules.

The rules are the extraction code and its word lists. The hash changes whenever one of them does, even
between releases, so ``backchannel reextract --older`` finds every article an earlier rule set read.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources

from .. import __version__

RULE_FILES = (
    "extract",
    "data",
    "pipeline.py",
    "nlp.py",
    "attribute_cache.py",
    "entity_scope.py",
    "dates.py",
    "geo.py",
    "records.py",
)
"""What decides a record, given the article: the extractors, their data, and the stages around them."""


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """``<package version>+rules.<12 hex digits>``, and ``.full-ner`` when the entity recogniser reads every
    sentence (``BACKCHANNEL_FULL_NER``, for comparison: its records differ a little)."""
    root = resources.files("backchannel")
    digest = hashlib.sha256()
    for name in RULE_FILES:
        entry = root.joinpath(name)
        files = sorted(_files(entry), key=lambda f: f[0])
        for relative, data in files:
            digest.update(relative.encode("utf-8") + b"\0" + data + b"\0")
    from ..entity_scope import full_ner  # here, not above: the ledger's commands load no model

    mode = ".full-ner" if full_ner() else ""
    return f"{__version__}+rules.{digest.hexdigest()[:12]}{mode}"


def _files(entry, prefix: str = "") -> list[tuple[str, bytes]]:
    name = f"{prefix}{entry.name}"
    if entry.is_file():
        return [(name, entry.read_bytes())] if entry.name.endswith((".py", ".tsv", ".json", ".toml")) else []
    if entry.is_dir():
        return [f for child in entry.iterdir() if child.name != "__pycache__" for f in _files(child, f"{name}/")]
    return []
