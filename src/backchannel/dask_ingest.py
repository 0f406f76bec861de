"""Distributed ingest on Dask: workers extract units of work, this process commits them as the one writer.

``backchannel ingest --engine dask`` plans units (``backchannel.units``), starts a ``LocalCluster`` or joins a
scheduler, and registers ``ModelPlugin`` so that each worker starts, when it joins, one extraction process per
worker thread (``backchannel.extract_process``: a fresh interpreter of one thread, which loads the spaCy model
once; see there why the worker does not extract itself). It keeps a few units per worker thread in flight,
largest first: the task hands its unit to an idle extraction process, which reads it, checks its bytes against
the planned hash, extracts its articles inside a memory zone (one zone over many units, renewed every 20 MB of
input) and sends the records back pickled; the task returns them as those bytes. As each unit comes back, its
records and its row in ``units`` are committed in one transaction (``ledger.unit_log``). A unit whose task fails
(or whose worker or extraction process dies too often) is submitted again, up to ``MAX_ATTEMPTS`` times; then it
is reported, recorded as failed, and the other units go on. Units already done with the same content are
skipped.

Needs the ``dask`` extra (dask and distributed); nothing here is imported by the default engine.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import pickle
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import dask
from distributed import Client, Future, LocalCluster, WorkerPlugin, as_completed

from .extract_process import ExtractorGone, ExtractProcess
from .ledger.dialect import database_errors
from .ledger.ingest import OnRecord
from .ledger.unit_log import UnitRow, commit_unit, done_units, give_up_unit
from .units import Unit

if TYPE_CHECKING:
    from .ledger.dialect import Ledger as Database

MAX_ATTEMPTS = 3
"""A unit is tried this many times before it is reported and given up (the ingest goes on without it)."""
WORKER_CONFIG = {
    # the statistical profiler wakes 100 times a second to sample the worker's threads, and the tick 50 times
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
}
"""Settings for the workers of a local cluster (README shows them for a real one): fewer wake-ups of a worker's
event loop, whose CPU is all the overhead a worker adds to its extraction processes."""
IN_FLIGHT_PER_THREAD = 2
"""Units submitted ahead per worker thread: enough that no worker waits for the writer, few enough that results
do not pile up in the workers' memory when the writer is the slower side."""


class ModelPlugin(WorkerPlugin):
    """Starts a worker's extraction processes when it joins, one per worker thread, each loading the model once.

    Idempotent: registering it again (each ingest does) keeps the processes a worker has, model loaded.
    """

    idempotent = True

    def __init__(self, model: str | None) -> None:
        self.model = model
        self.name = f"backchannel-model-{model or 'default'}"

    def setup(self, worker: Any) -> None:
        start_extractors(self.model, worker.state.nthreads)

    def teardown(self, worker: Any) -> None:
        with _IDLE_LOCK:
            idle = IDLE.pop(self.model, [])
        for extractor in idle:
            extractor.close()


IDLE: dict[str | None, list[ExtractProcess]] = {}
"""This worker process's extraction processes not at work, by model: a task takes one and gives it back."""
_IDLE_LOCK = threading.Lock()


def start_extractors(model: str | None, count: int) -> None:
    """Have ``count`` extraction processes ready for ``model`` in this worker, starting those missing."""
    with _IDLE_LOCK:
        missing = count - len(IDLE.get(model, []))
    started = [ExtractProcess(model) for _ in range(missing)]
    try:
        for extractor in started:  # they load their models side by side
            extractor.wait_ready()
    except BaseException:
        for extractor in started:
            extractor.close()
        raise
    with _IDLE_LOCK:
        IDLE.setdefault(model, []).extend(started)


def extract_unit(unit: Unit, model: str | None) -> dict[str, Any]:
    """The task a worker runs: the unit's records (pickled, as the extraction process wrote them), the extractor's
    version, and the time it took. The work is done by one of the worker's extraction processes
    (``backchannel.extract_process``, where the why is), a new one if none is idle or one has died."""
    started = time.perf_counter()
    with _IDLE_LOCK:
        idle = IDLE.get(model)
        extractor = idle.pop() if idle else None
    extractor = extractor or ExtractProcess(model)
    try:
        records = extractor.extract(unit)
    except Exception as err:
        if isinstance(err, ExtractorGone):
            extractor.close()
        else:  # the unit's own error: the process is sound
            _give_back(model, extractor)
        raise
    except BaseException:  # interrupted mid-message: the process cannot be trusted with the next unit
        extractor.close()
        raise
    _give_back(model, extractor)
    return {"records": records, "extractor": extractor.version, "seconds": time.perf_counter() - started}


def _give_back(model: str | None, extractor: ExtractProcess) -> None:
    with _IDLE_LOCK:
        IDLE.setdefault(model, []).append(extractor)


@dataclass
class UnitEvents:
    """Callbacks as the run goes: each article stored (or failed) and each unit done, given up or skipped."""

    on_record: OnRecord | None = None
    on_unit: Callable[[Unit, str, str], None] | None = None
    """Called with the unit, ``done``, ``failed`` (given up: the message says why) or ``retry``, and a message."""


@dataclass
class UnitSummary:
    """What a run did, by unit: done now, skipped as done before, given up (with why)."""

    done: int = 0
    skipped: int = 0
    failed: dict[str, str] = field(default_factory=dict)


def local_worker_config() -> dict[str, Any]:
    """``WORKER_CONFIG``, and where the system can fork, workers forked from this process: a worker then starts
    without importing Dask and backchannel again (its extraction processes start afresh all the same)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return dict(WORKER_CONFIG)
    return {**WORKER_CONFIG, "distributed.worker.multiprocessing-method": "fork"}


@contextmanager
def dask_client(scheduler: str | None, workers: int) -> Iterator[Client]:
    """A client on the scheduler at ``scheduler`` (waiting for ``workers`` workers), or on a new LocalCluster
    of ``workers`` processes with one thread each, forked from this one where the system can."""
    if scheduler:
        with Client(scheduler) as client:
            client.wait_for_workers(workers)
            yield client
        return
    with (
        dask.config.set(local_worker_config()),
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,  # what goes wrong is reported per unit
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def units_to_do(db: Database, units: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """The units still to do, and those done before with the same content (skipped)."""
    done = done_units(db)
    todo = [u for u in units if done.get(u.uri) != u.digest]
    return todo, [u for u in units if done.get(u.uri) == u.digest]


def ingest_units(
    db: Database,
    client: Client,
    units: list[Unit],
    *,
    model: str | None = None,
    events: UnitEvents | None = None,
    max_attempts: int = MAX_ATTEMPTS,
) -> UnitSummary:
    """Extract ``units`` on the cluster and commit each one as it comes back; returns what was done."""
    events = events or UnitEvents()
    summary = UnitSummary()
    todo, skipped = units_to_do(db, units)
    summary.skipped = len(skipped)
    client.register_plugin(ModelPlugin(model))
    session = uuid.uuid4().hex[:12]  # task keys are global to a scheduler: another client's are different
    tasks = itertools.count(1)
    queue = deque(sorted(todo, key=lambda u: -u.size))  # largest first: the last to finish are small ones
    attempts: dict[str, int] = {}
    running: dict[Future, Unit] = {}
    finished = as_completed()
    limit = max(2, IN_FLIGHT_PER_THREAD * sum(client.nthreads().values()))

    def submit(unit: Unit) -> None:
        attempts[unit.uri] = attempts.get(unit.uri, 0) + 1
        key = f"backchannel-unit-{session}-{next(tasks)}"
        future = client.submit(extract_unit, unit, model, key=key, retries=0)
        running[future] = unit
        finished.add(future)

    def failed(unit: Unit, message: str, extractor: str | None = None) -> None:
        if attempts[unit.uri] < max_attempts:
            if events.on_unit is not None:
                events.on_unit(unit, "retry", message)
            queue.appendleft(unit)
            return
        summary.failed[unit.uri] = message
        row = UnitRow(unit.uri, unit.digest, "failed", extractor, attempts=attempts[unit.uri], error=message)
        with suppress(*database_errors()):  # only a record of the failure: the unit is reported all the same
            give_up_unit(db, row)
        if events.on_unit is not None:
            events.on_unit(unit, "failed", message)

    while queue and len(running) < limit:
        submit(queue.popleft())
    for future in finished:
        unit = running.pop(future)
        try:
            result = future.result()
        except Exception as err:  # the task raised, or its worker died too often (KilledWorker)
            failed(unit, f"{type(err).__name__}: {err}")
        else:
            _commit(db, unit, result, attempts[unit.uri], summary, events, failed)
        finally:
            future.release()
        while queue and len(running) < limit:
            submit(queue.popleft())
    return summary


def _commit(
    db: Database,
    unit: Unit,
    result: dict[str, Any],
    attempt: int,
    summary: UnitSummary,
    events: UnitEvents,
    failed: Callable[[Unit, str, str | None], None],
) -> None:
    row = UnitRow(unit.uri, unit.digest, "done", result["extractor"], attempts=attempt, seconds=result["seconds"])
    try:
        outcomes = commit_unit(db, row, pickle.loads(result["records"]))
    except database_errors() as err:  # nothing of the unit was stored: it goes round again
        failed(unit, f"could not store the unit: {err}", result["extractor"])
        return
    summary.done += 1
    if events.on_record is not None:
        for record, outcome in outcomes:
            events.on_record(record, outcome)
    if events.on_unit is not None:
        events.on_unit(unit, "done", "")
