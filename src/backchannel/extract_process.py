"""A child process of one thread that extracts units of work for a Dask worker.

Why a child: spaCy's parser and entity recogniser take the GIL back many thousand times per article inside their
``nogil`` loops (``PyGILState_Ensure``). Each take is a ``pthread_mutex_lock`` and ``unlock``, and glibc makes
those cheap only in a process that has never had a second thread. A Dask worker always has several (its event
loop, the task's thread), and a process forked from one stays marked as threaded, so a worker that extracted
itself spent about a tenth more CPU per article than a process-pool worker (by ``perf``, 16% of its samples in
those two functions against 3%). This process is started afresh (an interpreter of its own, not a fork) and
never starts a thread: it loads the model once, then reads units one at a time from its standard input and
writes each unit's records back, pickled, so that the worker hands them on as bytes without unpickling them.

Messages are length-prefixed: a unit (pickled) one way; back, a tag byte and its payload (``READY`` and the
extractor's version once the model is loaded, then ``RECORDS`` and the pickled records, or ``ERROR`` and the
pickled exception, for each unit). The child leaves when its standard input closes, or between two articles
once its parent is gone, so a killed worker does not leave it running.
"""

from __future__ import annotations

import os
import pickle
import struct
import subprocess
import sys
from contextlib import suppress
from typing import IO

from .units import Unit

READY, RECORDS, ERROR = b"R", b"K", b"E"
_LENGTH = struct.Struct("<Q")
KEEP_OUT_OF_ENV = ("MALLOC_TRIM_THRESHOLD_",)
"""Not passed on to the child: a Dask nanny sets glibc's trim threshold so low (64 KiB) that spaCy's large
per-document arrays, freed and allocated again for every document, become page faults."""


def child_env() -> dict[str, str]:
    """This process's environment, less ``KEEP_OUT_OF_ENV``."""
    return {name: value for name, value in os.environ.items() if name not in KEEP_OUT_OF_ENV}


class ExtractorGone(RuntimeError):
    """The child process ended (killed, out of memory, crashed): the unit it had goes round again."""


def send(stream: IO[bytes], payload: bytes) -> None:
    stream.write(_LENGTH.pack(len(payload)) + payload)
    stream.flush()


def receive(stream: IO[bytes]) -> bytes | None:
    """The next message, or None where the stream ends."""
    head = stream.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        return None
    size = _LENGTH.unpack(head)[0]
    payload = stream.read(size)
    return payload if len(payload) == size else None


CLOSE_WAIT_SECONDS = 10
"""How long ``close`` waits for a ready child to end (it finishes the unit in hand) before killing it."""
LOADING_WAIT_SECONDS = 120
"""How long ``close`` waits for a child not yet known to be ready: it reads its closed input only once its model
is loaded, which on a busy machine takes tens of seconds."""


class ExtractProcess:
    """One child process with ``model`` loaded: ``extract`` one unit at a time, ``close`` at the end."""

    def __init__(self, model: str | None) -> None:
        command = [sys.executable, "-m", "backchannel.extract_process", model or ""]
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=child_env())
        self.version = ""
        """The extractor version of the child's code (``extractor_version``), once it is ready."""

    def wait_ready(self) -> None:
        """Wait until the child has loaded its model; its error (a model that cannot be loaded) is raised here."""
        if not self.version:
            self.version = self._reply(READY).decode()

    def extract(self, unit: Unit) -> bytes:
        """The unit's records, a pickled list of plain dicts; the unit's own error is raised as it was."""
        self.wait_ready()
        assert self.process.stdin is not None
        try:
            send(self.process.stdin, pickle.dumps(unit))
        except OSError as err:
            raise ExtractorGone(f"the extraction process ended: {err}") from err
        return self._reply(RECORDS)

    def _reply(self, expected: bytes) -> bytes:
        assert self.process.stdout is not None
        message = receive(self.process.stdout)
        if message is None:
            raise ExtractorGone(f"the extraction process ended (exit status {self.process.wait()})")
        tag, payload = message[:1], message[1:]
        if tag == ERROR:
            raise pickle.loads(payload)
        if tag != expected:
            raise ExtractorGone(f"the extraction process answered {tag!r} where {expected!r} was due")
        return payload

    def close(self) -> None:
        """Close the child's input, so that it ends, and wait for it; kill it if it does not end."""
        if self.process.stdin is not None:
            with suppress(OSError):  # it is gone already
                self.process.stdin.close()
        try:
            self.process.wait(timeout=CLOSE_WAIT_SECONDS if self.version else LOADING_WAIT_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()


def serve(model: str | None, units: IO[bytes], out: IO[bytes]) -> None:
    """The child's loop: load the model, say so, then answer each unit until ``units`` ends."""
    from . import nlp as nlp_module
    from .ledger.extractor_version import extractor_version
    from .ledger.ingest import records_of
    from .units import unit_items

    parent = os.getppid()
    try:
        nlp = nlp_module.load(model)
    except Exception as err:
        send(out, ERROR + _pickled(err))
        return
    send(out, READY + extractor_version().encode())
    zone = nlp_module.RollingZone(nlp)
    try:
        while (message := receive(units)) is not None:
            unit: Unit = pickle.loads(message)
            try:
                zone.before(unit.size)
                records = []
                for record in records_of(unit_items(unit), model=model, workers=1):
                    if os.getppid() != parent:
                        return  # the worker is gone: nobody will read the unit
                    records.append(record)
                reply = RECORDS + pickle.dumps(records, protocol=pickle.HIGHEST_PROTOCOL)
            except Exception as err:  # the unit's own failure (changed, unreadable): the worker raises it
                reply = ERROR + _pickled(err)
            send(out, reply)
    finally:
        zone.close()


def _pickled(err: Exception) -> bytes:
    try:
        return pickle.dumps(err)
    except Exception:  # an exception that cannot be pickled still says what it was
        return pickle.dumps(RuntimeError(f"{type(err).__name__}: {err}"))


def main() -> None:
    """Entry point of the child: messages go out on a copy of standard output, anything printed to stderr."""
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    with suppress(BrokenPipeError):  # the worker went away while the child answered
        serve(sys.argv[1] or None, sys.stdin.buffer, out)


if __name__ == "__main__":
    main()
