"""Text from feeds, made safe to print on a terminal.

A feed controls titles, outlets, claims, URLs and error texts, and a terminal
obeys control characters: ``ESC ]0;...BEL`` retitles the window, ``ESC [2J``
clears the screen, a CR or bidi override makes a line show what it does not
contain. Every command that prints feed text passes it through ``printable``.
"""
from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls (0x9b is a one-byte CSI), and the
# Unicode bidi embeddings, overrides and isolates.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text) -> str:
    return _CONTROL.sub("", str(text))


def printable_tree(value):
    """``printable`` applied to every string inside nested dicts and lists (search hits)."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {k: printable_tree(v) for k, v in value.items()}
    if isinstance(value, list):
        return [printable_tree(v) for v in value]
    return value
