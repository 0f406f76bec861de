"""Bytes to text: UTF-8, UTF-16/32 with a byte-order mark, and the Windows and Latin-1 code pages.

Text saved on Windows is often cp1252 (or UTF-16 with a BOM); it is read, and the encoding used goes
into the article's metadata. A file that is mostly UTF-8 with a few stray bytes (pasted from two
sources) keeps its UTF-8 and gets U+FFFD for the stray bytes. Only files that look like binary data
(NUL bytes, or many control characters, without a BOM) are refused.
"""

from __future__ import annotations

import codecs
import re

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its BOM begins with UTF-16-LE's
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
SNIFF_BYTES = 8192
CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
MAX_CONTROL_SHARE = 0.05
"""Text has next to no control characters; binary formats are full of them."""
UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


class DecodeError(ValueError):
    """Bytes that are not text in any encoding we read."""


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was read in."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.removesuffix("-sig")
            except UnicodeDecodeError as err:
                raise DecodeError(f"not valid {encoding.removesuffix('-sig').upper()} (byte {err.start})") from err
    head = data[:SNIFF_BYTES]
    if b"\x00" in head or len(CONTROL.findall(head)) > MAX_CONTROL_SHARE * len(head):
        raise DecodeError("binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if UTF8_MULTIBYTE.search(data):
        return data.decode("utf-8", errors="replace"), "utf-8 (stray bytes replaced)"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"
