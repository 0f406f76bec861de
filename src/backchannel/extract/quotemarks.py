"""Quoted stretches of text, whatever marks the page used.

Pages mix straight and curly marks, open with one glyph and close with
another, nest a quote inside a quote and close it with a single mark, and
leave a quote open at the end of a paragraph when the next paragraph goes on
quoting. Each mark is classed as opening or closing by what stands either
side of it, and marks are then matched by depth. Apostrophes (letters on
both sides) are never marks. Nothing here raises on unbalanced input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .trace import fired

DOUBLE_MARKS = '"“”„«»‟'
SINGLE_MARKS = "'‘’‚‹›"
OPENERS = "“„«‘‚‹‟"
CLOSERS = "”»’›"
LEFT_CONTEXT = " \t\n([{—–-/:;,"  # what may stand before an opening mark


@dataclass(frozen=True)
class Quoted:
    """A quoted stretch: ``start``/``end`` include the marks."""

    start: int
    end: int


def _role(text: str, i: int) -> str:
    """'open', 'close' or 'either' for the mark at ``i``."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = before in LEFT_CONTEXT or before in DOUBLE_MARKS + SINGLE_MARKS
    closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-" + DOUBLE_MARKS + SINGLE_MARKS)
    if text[i] in CLOSERS + '"' and before in ",.?!" and after.islower():
        # 'all day,”said': the space after the mark lost, the attribution glued to it; a straight mark so placed
        # closes a quote left open and opens none otherwise ('said,"we')
        fired("quote.glued-closing-mark")
        return "close" if text[i] in CLOSERS else "either"
    if opens and after.isspace():
        opens = False
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    ch = text[i]
    if ch in OPENERS:
        return "open"
    if ch in CLOSERS:
        return "close"
    return "either"


def _is_apostrophe(text: str, i: int, *, closing_single: bool = False) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return True  # don't, Let's, O'Brien
    if closing_single:
        return False  # inside ‘…’ a mark after "s" closes: ‘made real progress’
    # plural possessive ("leaders' talks") and elisions ('90s, 'em)
    return (before in "sS" and after == " ") or (before.isspace() and after.isdigit())


TWO_APOSTROPHES_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))''(?=[^\s'])", re.MULTILINE)
TWO_APOSTROPHES_CLOSE = re.compile(r"(?<=\S)''(?=[\s.,;:!?)\]—–-]|$)", re.MULTILINE)
TWO_BACKTICKS_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))``(?=[^\s`])", re.MULTILINE)
PRIME_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–-]))\u2033(?=[^\s\d\u2033])", re.MULTILINE)
"""A double prime that opens a word: a quote mark, not inches or seconds after a number ("a 12″ gun")."""
PRIME_NOT_INCHES = re.compile(r"\u2033(?<!\d\u2033(?=\s?[a-z-]))")
"""A double prime but one of inches after a figure, before a word or a hyphen ("12″ guns", "a 12″-long pipe"); one
after a figure before a stop, a comma or a capital closes a quote ("risen to 25″, the minister said")."""


def archive_quote_marks(text: str) -> str:
    """Old wire copy's quote marks, read as the marks they stand for; same length, so offsets hold.

    Quotes opened with two backticks and closed with two apostrophes or a double prime (``like this'', ``like
    this″): the backticks read as one opening mark and, in such text only, the double prime as a closing one.
    Archive copy that writes every quote mark as a double prime (″human shields″, rule quote.double-prime-marks):
    when one opens a word, every double prime in the text is a straight double mark, opening or closing by what
    stands beside it, but one of inches (PRIME_NOT_INCHES). In text with none opening a word the double prime is
    inches or seconds ("12″") and is left alone."""
    if REPLACEMENT in text:
        text = _replaced_marks(text)
    if "``" in text:
        return TWO_BACKTICKS_OPEN.sub(" \u201c", text).replace("\u2033", "\u201d")
    if "\u2033" in text and PRIME_OPENING.search(text):
        fired("quote.double-prime-marks")
        return PRIME_NOT_INCHES.sub('"', text)
    return text


REPLACEMENT = "\ufffd"
"""The replacement character a page shows for a mark its encoding lost: in scraped archives, for quote marks and
apostrophes alike."""


CONTRACTION_TAIL = re.compile(r"(?:s|t|d|m|ll|re|ve)\b", re.IGNORECASE)
"""What follows an apostrophe between letters: "Ruiz\ufffds", "don\ufffdt", "we\ufffdll"."""


def _replaced_marks(text: str) -> str:
    """``text`` with each replacement character read as the mark it most likely stood for (rule
    quote.replacement-marks), same length. Between two letters, before a possessive's or contraction's ending, an
    apostrophe ("Ruiz\ufffds"). One opening a word a straight double mark that opens; one after a stop or comma a
    mark that closes ("\ufffdWe will return,\ufffd she said"). One after a letter before a space or a stop is a lost
    accented letter ("Jos\ufffd Ram\ufffdrez") and stays as it is, a letter of the name, unless a quotation an
    opening one began is open in its paragraph and no later one there could close it ("\ufffdWe trust Jos\ufffd,\ufffd":
    the last closes). Inside a word elsewhere it stays a letter too."""
    chars = list(text)
    marks = [at for at, ch in enumerate(text) if ch == REPLACEMENT]
    is_open, last = False, 0
    for n, at in enumerate(marks):
        if "\n" in text[last:at]:
            is_open = False  # a new paragraph
        last = at
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if _letter(before) and _letter(after):
            if CONTRACTION_TAIL.match(text, at + 1):
                chars[at] = "’"
            continue  # "Ram\ufffdrez": a lost letter
        if before.isspace() or before in "([—–-" or at == 0:
            if not after.isspace():
                chars[at] = '"'
                is_open = True
            continue
        if _letter(before):
            if is_open and not _closer_follows(text, at, marks[n + 1 :]):
                chars[at] = '"'
                is_open = False
            continue  # "Jos\ufffd Ram\ufffdrez": a lost accented letter
        chars[at] = '"'  # after a stop, a comma or another mark: it closes
        is_open = False
    if any(chars[at] == '"' for at in marks):
        fired("quote.replacement-marks")
    return "".join(chars)


def _closer_follows(text: str, here: int, later: list[int]) -> bool:
    """Whether a later replacement character in the paragraph of ``here``, before any that opens, could close a
    quote."""
    paragraph_end = text.find("\n", here)
    for at in later:
        if paragraph_end != -1 and at > paragraph_end:
            return False
        before = text[at - 1]
        after = text[at + 1] if at + 1 < len(text) else " "
        if before.isspace() or before in "([—–-":
            return False  # one that opens: the quote open before it closed earlier
        if not (_letter(before) and _letter(after)):
            return True
    return False


def _letter(ch: str) -> bool:
    """A letter or figure, or a replacement character standing for one ("Ib\ufffd\ufffdez")."""
    return ch.isalnum() or ch == REPLACEMENT


def _as_double_marks(text: str) -> str:
    """Some wires write quotes with two apostrophes (''like this''), or open them with two backticks: read them as
    one mark, same length."""
    text = archive_quote_marks(text)
    if "''" not in text:
        return text
    text = TWO_APOSTROPHES_OPEN.sub(" \u201c", text)
    return TWO_APOSTROPHES_CLOSE.sub("\u201d ", text)


def find_quoted(text: str) -> list[Quoted]:
    """Every top-level quoted stretch in ``text``, in order."""
    found = _find_quoted(_as_double_marks(text), straight_singles="''" not in text)
    if "''" not in text and "``" not in text:
        return found
    # a stretch read from two-apostrophe (or two-backtick) marks covers both characters of each
    return [
        Quoted(
            q.start - (text[q.start - 1 : q.start + 1] in ("''", "``")),
            q.end + (text[q.end - 1 : q.end + 1] == "''"),
        )
        for q in found
    ]


def _find_quoted(text: str, *, straight_singles: bool = True) -> list[Quoted]:
    """``straight_singles``: a straight ' may open a quote (not in wire copy that writes quotes with two)."""
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    found: list[Quoted] = []
    carry: int | None = None  # start of a quote left open by the previous paragraph
    for n, (p_start, p_end) in enumerate(paragraphs):
        depth = 0
        start = -1
        single_top = False
        if carry is not None:
            # the quote goes on only if this paragraph reopens it
            first = text[p_start] if p_start < p_end else ""
            if first in DOUBLE_MARKS and _role(text, p_start) != "close":
                depth, start = 1, carry
                i = p_start + 1
            else:
                i = p_start
            carry = None
        else:
            i = p_start
        while i < p_end:
            ch = text[i]
            if ch in DOUBLE_MARKS:
                role = _role(text, i)
                if role == "open" or (role == "either" and depth == 0):
                    if depth == 0:
                        start, single_top = i, False
                    depth += 1
                elif depth > 0:
                    depth -= 1
                    if depth == 0:
                        found.append(Quoted(start, i + 1))
            elif ch in SINGLE_MARKS and not _is_apostrophe(text, i, closing_single=single_top):
                role = _role(text, i)
                if depth > 1 and role in ("close", "either"):
                    depth -= 1  # a nested quote opened with a double mark, closed with a single
                elif depth == 1 and single_top and role in ("close", "either"):
                    if text[start] == "'" and not _straight_closer(text, i, p_end):
                        i += 1
                        continue  # "'I back the doctors' strike,' she said": a possessive, not the close
                    depth = 0
                    found.append(Quoted(start, i + 1))
                elif depth == 0 and role == "open" and _opens_single(text, i, p_end, straight=straight_singles):
                    start, depth, single_top = i, 1, True
            i += 1
        if depth > 0:
            following = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
            if following and text[following[0]] in DOUBLE_MARKS and not single_top:
                carry = start
            else:
                end = _trim_end(text, start, p_end)
                if end - start > 1:
                    found.append(Quoted(start, end))
    # a mark right after "=" quotes a markup attribute (tweet author="…"), not speech
    return [q for q in found if any(c.isalnum() for c in text[q.start : q.end]) and text[q.start - 1 : q.start] != "="]


def _closes_single(text: str, i: int, p_end: int) -> bool:
    """A ‘ opens a quote only if a closing ’ follows in the paragraph."""
    for j in range(i + 1, p_end):
        if text[j] in "’›" and not _is_apostrophe(text, j, closing_single=True) and _role(text, j) != "open":
            return True
    return False


def _opens_single(text: str, i: int, p_end: int, *, straight: bool) -> bool:
    """Whether a single mark opens a top-level quote: a curly one closed in the paragraph, or (``straight``) a
    straight one."""
    if text[i] in "‘‚‹":
        return _closes_single(text, i, p_end)
    return straight and text[i] == "'" and _closes_straight(text, i, p_end)


def _closes_straight(text: str, i: int, p_end: int) -> bool:
    """A straight ' opens a quote, as British papers write them ('We are close,' she said), only before a word and
    if a straight ' closes it in the paragraph: after a letter or a stop, before a space or a stop, and not the "s'"
    of a plural possessive unless a stop stands before it."""
    if i + 1 >= p_end or not text[i + 1].isalpha():
        return False
    for j in range(i + 2, p_end):
        if text[j] != "'" or _role(text, j) == "open":
            continue
        before = text[j - 1]
        after = text[j + 1] if j + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue  # don't, O'Brien
        if sum(c.isalpha() for c in text[i + 1 : j]) < 2:
            return False  # rock 'n' roll
        if (before in ".,!?" or (before.isalpha() and before not in "sS")) and _straight_closer(text, j, p_end):
            return not _nickname(text, i, j)
    return False


def _straight_closer(text: str, j: int, p_end: int) -> bool:
    """Whether the straight ' at ``j`` closes a quote a straight ' opened: after a stop, or before a stop or the
    paragraph's end; before a space and a word only when no later ' in the paragraph closes better ("'I back the
    doctors' strike,' she said", "'We're goin' nowhere,' he said": the possessive and the dropped g go on)."""
    after = text[j + 1] if j + 1 < len(text) else " "
    if text[j - 1] in ".,!?" or j + 1 >= p_end or not after.isspace():
        return True
    return not any(
        text[k] == "'" and (text[k - 1] in ".,!?" or k + 1 >= p_end or not text[k + 1].isspace())
        for k in range(j + 1, p_end)
    )


def _nickname(text: str, i: int, j: int) -> bool:
    """ "Dwayne 'The Rock' Johnson": a name in single quotes between a given name and a family name."""
    return bool(re.search(r"[A-Z][\w-]*\s$", text[max(0, i - 30) : i])) and bool(
        re.match(r"\s[A-Z]", text[j + 1 : j + 3])
    )


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
