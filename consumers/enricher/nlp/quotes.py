"""Find quotations: curly “…” and straight "…" pairs, per paragraph, plus British ‘…’.

A quote left open at the end of a paragraph runs to that paragraph's end: the
news convention for a quotation that continues in the next paragraph, which
re-opens it with a fresh “.
"""
from __future__ import annotations

import re
from typing import NamedTuple

_DOUBLE = re.compile(r"[“”\"„«»]")
# British single quotes: an opening ‘ or ' after a space/start, a closing ’ or ' not followed by a letter.
_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–]))[‘'](?=\S)([^\n]+?[^\s])[’'](?![A-Za-z])")


class Quote(NamedTuple):
    start: int        # offset of the opening mark
    end: int          # offset after the closing mark (or the paragraph end)
    inner_start: int  # content without the marks, trailing ",;:" and spaces
    inner_end: int
    closed: bool


def _make(text: str, start: int, end: int, closed: bool) -> Quote | None:
    i, j = start + 1, end - 1 if closed else end
    while i < j and text[i].isspace():
        i += 1
    while j > i and (text[j - 1].isspace() or text[j - 1] in ",;:"):
        j -= 1
    if j <= i:
        return None
    return Quote(start, end, i, j, closed)


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """Every quotation in ``text``, in order, never crossing a paragraph end."""
    quotes: list[Quote] = []
    for ps, pe in paragraphs:
        segment = text[ps:pe]
        found = False
        opened: int | None = None
        for m in _DOUBLE.finditer(segment):
            found = True
            ch, pos = m.group(), ps + m.start()
            if ch in "“„«":
                if opened is None:
                    opened = pos
            elif opened is not None:                # a closing or straight mark after an opening closes it
                q = _make(text, opened, pos + 1, True)
                opened = None
                if q:
                    quotes.append(q)
            elif ch not in "”»" or pos + 1 < pe and text[pos + 1].isalpha():   # a ” before a word opens, misused
                opened = pos
        if opened is not None:
            q = _make(text, opened, pe, False)
            if q:
                quotes.append(q)
        if not found and ("‘" in segment or "'" in segment):
            for m in _SINGLE.finditer(segment):
                if len(m.group(1).split()) >= 3:
                    q = _make(text, ps + m.start(), ps + m.end(), True)
                    if q:
                        quotes.append(q)
    return quotes


def single_quoted(text: str) -> list[str]:
    """Every single-quoted phrase in ``text``, whatever its length or the double quotes beside it.

    find_quotes takes one as a quotation only from three words and only where no double quote is: a
    shorter one is a title or a scare quote as often. Whose words a phrase gives ("the defeat was
    ‘my fault’") does not depend on either.
    """
    return [m.group(1) for m in _SINGLE.finditer(text)]


def cut_off(text: str, quote: Quote) -> bool:
    """ "... data on all trees.“A register comprising the h...": a quote left open whose words end in an ellipsis
    and with nothing after it was cut by the feed's summary, not closed by the writer; what it holds stops wherever
    the cut fell. A summary is cut only at its end: followed by more text ("“Not now, not ever...\n\nHe declined
    to take questions."), the ellipsis is the speaker trailing off."""
    return not quote.closed and text[quote.inner_start:quote.inner_end].endswith(("...", "…")) \
        and not text[quote.inner_end:].strip()


def words(text: str, quote: Quote) -> int:
    return len(text[quote.inner_start:quote.inner_end].split())
