"""Progress on long runs: a total counted cheaply (or estimated), and a line every 30 s off a terminal.

On a terminal ``ingest`` and ``extract`` draw a bar; when standard error is a file or a pipe (a batch
job, a log) a bar is noise, so a line with what is done, failed, the rate and the time left is written
every ``EVERY_SECONDS`` instead.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .readers import FEED_SUFFIXES, JSONL_SUFFIXES, WARC_SUFFIXES, wanted_files

EVERY_SECONDS = 30.0
COUNT_LINES_UP_TO = 256 * 1024 * 1024
"""JSONL files up to this size have their lines counted; larger ones are estimated from their first MiB."""
WARC_BYTES_PER_PAGE = {".gz": 30_000, "": 150_000}
"""A news crawl's response record, compressed and not (Common Crawl's CC-NEWS: about 30 kB gzipped)."""


@dataclass
class Total:
    count: int | None
    estimated: bool = False


def estimate_total(inputs: Iterable[str]) -> Total:
    """How many articles the inputs hold: counted where cheap (files, lines, feed entries), else estimated."""
    count, estimated = 0, False
    for name in inputs:
        if name == "-":
            return Total(None)
        path = Path(name)
        for file in wanted_files(path) if path.is_dir() else [path]:
            n, guess = articles_in(file)
            count += n
            estimated |= guess
    return Total(count, estimated)


def articles_in(path: Path) -> tuple[int, bool]:
    """How many articles one file holds, and whether that is an estimate."""
    lower = path.name.lower()
    try:
        size = path.stat().st_size
        if lower.endswith(WARC_SUFFIXES):
            return max(1, size // WARC_BYTES_PER_PAGE[".gz" if lower.endswith(".gz") else ""]), True
        if lower.endswith(JSONL_SUFFIXES) and not lower.endswith(".gz"):
            return _lines(path, size)
        if lower.endswith(FEED_SUFFIXES) and size <= COUNT_LINES_UP_TO:
            data = path.read_bytes()
            return max(1, data.count(b"<item") + data.count(b"<entry")), False
    except OSError:
        pass  # read as one input, which will report the error
    return 1, False


def _lines(path: Path, size: int) -> tuple[int, bool]:
    with path.open("rb") as f:
        if size <= COUNT_LINES_UP_TO:
            count = sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
            return max(1, count), False
        head = f.read(1 << 20)
    return max(1, size * max(1, head.count(b"\n")) // max(1, len(head))), True


@dataclass
class Heartbeat:
    """Writes a progress line every ``every`` seconds: done, failed, rate and time left."""

    write: Callable[[str], None]
    total: Total = field(default_factory=lambda: Total(None))
    every: float = EVERY_SECONDS
    clock: Callable[[], float] = time.monotonic
    started: float = field(init=False)
    last: float = field(init=False)

    def __post_init__(self) -> None:
        self.started = self.last = self.clock()

    def tick(self, done: int, failed: int, *, units: tuple[int, int] | None = None) -> None:
        """``done`` and ``failed`` count articles; ``units`` is (done, total) when the work comes in units."""
        now = self.clock()
        if now - self.last < self.every:
            return
        self.last = now
        rate = done / max(now - self.started, 1e-9)
        line = "progress: " + (f"{units[0]}/{units[1]} units, " if units else "")
        line += f"{done} done, {failed} failed, {rate:.1f} articles/s"
        if self.total.count is not None and rate > 0:
            left = max(self.total.count - done, 0) / rate
            line += f", {'about ' if self.total.estimated else ''}{_duration(left)} left"
        self.write(line)


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"


@contextmanager
def tracking(inputs: Iterable[str], description: str) -> Iterator[Callable[[bool], None]]:
    """A bar with a total on a terminal, a heartbeat line otherwise; yields ``advance(failed)``."""
    with _progress(estimate_total(inputs), description) as bars:
        yield bars.article


@contextmanager
def tracking_units(units: int, articles: Total, description: str) -> Iterator[Bars]:
    """Progress over units of work and over their articles, each with its total (``ingest --engine dask``)."""
    with _progress(articles, description, units=units) as bars:
        yield bars


@dataclass
class Bars:
    """What a run has done so far, shown as bars on a terminal and as heartbeat lines elsewhere."""

    show: Callable[[], None]
    done: int = 0
    failed: int = 0
    units_done: int = 0

    def article(self, was_failure: bool) -> None:
        self.done += 1
        self.failed += was_failure
        self.show()

    def unit(self) -> None:
        self.units_done += 1
        self.show()


@contextmanager
def _progress(total: Total, description: str, *, units: int | None = None) -> Iterator[Bars]:
    import click
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    heartbeat = (
        None if console.is_terminal else Heartbeat(lambda line: click.echo(line, err=True), total, EVERY_SECONDS)
    )
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    label = description + (" (total estimated)" if total.estimated else "")
    with Progress(*columns, console=console, transient=False, disable=not console.is_terminal) as progress:
        unit_task = progress.add_task("units", total=units) if units is not None else None
        task = progress.add_task(label, total=total.count)

        def show() -> None:
            if total.count is not None and bars.done > total.count:
                progress.update(task, total=bars.done)
            progress.update(task, completed=bars.done)
            if unit_task is not None:
                progress.update(unit_task, completed=bars.units_done)
            if heartbeat is not None:
                heartbeat.tick(bars.done, bars.failed, units=None if units is None else (bars.units_done, units))

        bars = Bars(show)
        yield bars  # leaving the Progress block stops the bars, on an error too
