"""Units of work for a distributed ingest: the inputs cut into pieces of about the same size.

A unit is one input file (a WARC file, a feed, a compressed JSONL file, a page named on the command line), a run
of consecutive small files of one folder, or a run of whole lines of a large JSONL file. Each has a URI that names
it and the hash of its bytes, so that an ingest run again skips the units it has committed and redoes only those
whose content changed. Units are planned from the inputs alone, never from the number of workers: a rerun on
another cluster plans the same units.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from .progress import articles_in
from .readers import WARC_SUFFIXES, Item, read_path, wanted_files
from .readers.jsonl import read_jsonl_stream

UNITS_WANTED = 64
"""Inputs are cut into about this many units, so that a few workers or a few hundred all get a balanced share..."""
MIN_UNIT_BYTES = 16 * 1024
"""...but none smaller than this (a few news articles: the scheduling and the transaction per unit stay cheap)..."""
MAX_UNIT_BYTES = 8 * 1024 * 1024
"""...nor larger than this (some 1,500 articles, minutes on one core: what a killed run loses at most per unit)."""
ALONE_SUFFIXES = (*WARC_SUFFIXES, ".jsonl.gz")
"""Files that are units on their own whatever their size: streamed archives that cannot be cut without reading."""


class UnitChanged(Exception):
    """A unit's bytes are not the ones planned: the input changed while the ingest ran."""


@dataclass(frozen=True)
class Unit:
    """One piece of work: whole files, or the lines of one JSONL file from byte ``start`` to ``end``."""

    uri: str
    paths: tuple[str, ...]
    digest: str
    size: int
    articles: int
    """How many articles it holds: counted for JSONL and feeds, estimated for WARC files (see ``estimated``)."""
    estimated: bool = False
    start: int = 0
    end: int | None = None
    first_line: int = 1


@dataclass
class Plan:
    """The units for some inputs, and the inputs that could not become units (each an error item)."""

    units: list[Unit] = field(default_factory=list)
    problems: list[Item] = field(default_factory=list)


def unit_bytes(total: int) -> int:
    """The size units aim at for inputs of ``total`` bytes."""
    return min(max(total // UNITS_WANTED, MIN_UNIT_BYTES), MAX_UNIT_BYTES)


def plan_units(inputs: Iterable[str], *, target: int | None = None) -> Plan:
    """Cut files and folders into units of about ``target`` bytes (by default ``unit_bytes`` of their total).

    Standard input cannot be cut or read again: it is refused with ``ValueError``.
    """
    plan = Plan()
    found: list[tuple[Path, Path | None, int]] = []  # a file, the folder it was found in, its size
    for name in inputs:
        if name == "-":
            raise ValueError("standard input cannot be split into units: give files or folders")
        path = Path(name)
        if path.is_dir():
            files = wanted_files(path)
            if not files:
                plan.problems.append(
                    Item(source=str(path), error="folder holds no article file (.txt, .html, .jsonl, feed or WARC)")
                )
            found += [(f.resolve(), path.resolve(), f.stat().st_size) for f in files]
        elif path.is_file():
            found.append((path.resolve(), None, path.stat().st_size))
        elif path.exists():
            plan.problems.append(Item(source=str(path), error=f"{path} is neither a file nor a folder"))
        else:
            plan.problems += list(read_path(path))  # the reader's own message for a missing file
    target = target or unit_bytes(sum(size for _, _, size in found))
    batch: list[tuple[Path, int]] = []
    batch_folder: Path | None = None
    for path, folder, size in found:
        lower = path.name.lower()
        if folder is None or size >= target or lower.endswith(ALONE_SUFFIXES):
            plan.units += _flush(batch, batch_folder)
            plan.units += _line_units(path, target) if lower.endswith(".jsonl") else [_files_unit([(path, size)])]
            continue
        if batch and (folder != batch_folder or sum(s for _, s in batch) + size > target):
            plan.units += _flush(batch, batch_folder)
        batch_folder = folder
        batch.append((path, size))
    plan.units += _flush(batch, batch_folder)
    plan.units = list({unit.uri: unit for unit in plan.units}.values())  # a file named twice is one unit
    return plan


def _flush(batch: list[tuple[Path, int]], folder: Path | None) -> list[Unit]:
    if not batch:
        return []
    units = [_files_unit(list(batch), folder)]
    batch.clear()
    return units


def _files_unit(files: list[tuple[Path, int]], folder: Path | None = None) -> Unit:
    """Whole files: one (its URI is the file's), or a run of a folder's files (the folder's, with the run's ends)."""
    paths = tuple(str(path) for path, _ in files)
    if len(files) == 1 or folder is None:
        uri = files[0][0].as_uri()
    else:
        first, last = (quote(path.relative_to(folder).as_posix()) for path in (files[0][0], files[-1][0]))
        uri = f"{folder.as_uri()}/#files={first}..{last}"
    counts = [articles_in(path) for path, _ in files]
    return Unit(
        uri=uri,
        paths=paths,
        digest=files_digest(paths),
        size=sum(size for _, size in files),
        articles=sum(n for n, _ in counts),
        estimated=any(guess for _, guess in counts),
    )


def _line_units(path: Path, target: int) -> list[Unit]:
    """A JSONL file cut after the first line end past every ``target`` bytes; each piece hashed on the way."""
    pieces: list[tuple[int, int, int, int, str]] = []  # start, end, first line, lines, sha256
    start = position = 0
    line = first = 1
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.readline(1 << 20):  # a line longer than this comes in pieces: only its end counts
            position += len(chunk)
            digest.update(chunk)
            if chunk.endswith(b"\n"):
                line += 1
                if position - start >= target:
                    pieces.append((start, position, first, line - first, digest.hexdigest()))
                    start, first, digest = position, line, hashlib.sha256()
    if position > start or not pieces:
        pieces.append((start, position, first, max(line - first, 1), digest.hexdigest()))
    whole = len(pieces) == 1
    return [
        Unit(
            uri=path.as_uri() if whole else f"{path.as_uri()}#bytes={begin}-{stop}",
            paths=(str(path),),
            digest=sha,
            size=stop - begin,
            articles=lines,
            start=begin,
            end=stop,
            first_line=number,
        )
        for begin, stop, number, lines, sha in pieces
    ]


def files_digest(paths: Iterable[str]) -> str:
    """The sha256 of whole files: each one's name and bytes, in order."""
    digest = hashlib.sha256()
    for name in paths:
        path = Path(name)
        digest.update(path.name.encode("utf-8", "surrogateescape") + b"\0")
        with path.open("rb") as f:
            while block := f.read(1 << 20):
                digest.update(block)
        digest.update(b"\0")
    return digest.hexdigest()


def unit_items(unit: Unit) -> Iterator[Item]:
    """The unit's articles (or already extracted records), read from its files after checking its bytes.

    Raises ``UnitChanged`` when its bytes are not the ones planned, ``OSError`` when a file cannot be read.
    """
    if unit.end is not None:
        with open(unit.paths[0], "rb") as f:
            f.seek(unit.start)
            data = f.read(unit.end - unit.start)
        if hashlib.sha256(data).hexdigest() != unit.digest:
            raise UnitChanged(f"{unit.uri} changed since the ingest began: run it again")
        yield from read_jsonl_stream(io.BytesIO(data), source=unit.paths[0], first_line=unit.first_line)
        return
    if files_digest(unit.paths) != unit.digest:
        raise UnitChanged(f"{unit.uri} changed since the ingest began: run it again")
    for name in unit.paths:
        yield from read_path(Path(name))
