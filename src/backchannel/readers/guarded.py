"""A gzip stream that stops at a compression bomb.

Streamed inputs (WARC and JSONL archives) may be far larger than any one article, so their size is not
capped; what gives a bomb away is how much more comes out than goes in.
"""

from __future__ import annotations

import io
import zlib
from typing import IO

from .. import limits


class CompressionBomb(OSError):
    """A compressed input that expands past the limits."""


class GuardedGunzip(io.RawIOBase):
    """Decompress a (multi-member) gzip stream, raising CompressionBomb when it expands too far."""

    def __init__(self, raw: IO[bytes], *, chunk: int = 64 * 1024) -> None:
        self._raw = raw
        self._chunk = chunk
        self._inflate = zlib.decompressobj(wbits=31)
        self._pending = b""
        self._started = False
        self.truncated = False
        self.read_in = 0
        self.given_out = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            if self._inflate.eof:  # a member ended; what follows is the next one
                data = self._inflate.unused_data
                self._inflate = zlib.decompressobj(wbits=31)
                self._started = False
            else:
                data = self._inflate.unconsumed_tail
            if not data:
                data = self._raw.read(self._chunk)
                self.read_in += len(data)
                if not data:
                    self.truncated = self._started  # what came out stands; the reader reports the cut
                    return 0
            self._started = True
            self._pending = self._inflate.decompress(data, self._chunk * 4)
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        self.given_out += size
        self._check()
        return size

    def _check(self) -> None:
        if self.given_out > limits.BOMB_CHECK_AFTER_BYTES and self.given_out > limits.MAX_COMPRESSION_RATIO * max(
            self.read_in, 1
        ):
            raise CompressionBomb(
                f"compression bomb: {self.read_in} bytes expanded to over {self.given_out}"
                f" (more than {limits.MAX_COMPRESSION_RATIO} times)"
            )


def open_guarded(raw: IO[bytes]) -> io.BufferedReader:
    """A buffered reader over the decompressed stream; its ``raw.truncated`` tells of a cut-off file."""
    return io.BufferedReader(GuardedGunzip(raw))


TRUNCATED = "compressed file ends early (truncated): the articles before the cut were read"
