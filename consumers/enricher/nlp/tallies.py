"""Tallies of votes and results written with "votes to" or a colon, which are no figures of a claim.

The labelling guide counts a score or a tally as no quantity ("3-0", "six votes to three"): it reports how a vote
or a match went, and its two sides count nothing a retelling would repeat as an amount. A dashed score is read in
``claim_details`` (``_SCORE``); these are its other spellings: "by 51 votes to 49", "a 3:1 majority".
A bare "to" between the sides ("voted 312 to 290") stays two figures: a dev label counts its first side as one (bench
row w32), so it waits for the labels to agree.
"""
from __future__ import annotations

import re

from consumers.enricher.nlp.numbers import SPELLED_NUMBERS, alternation

_SIDE = r"(?:\d{1,3}(?:,\d{3})*|(?i:" + alternation(w for w in SPELLED_NUMBERS if w != "zero") + "))"
# "votes" between the two sides makes a tally whichever side is larger: a motion can fall "by 48 votes to 52".
_VOTES = re.compile(r"(?<![\w.,$£€-])(?P<first>" + _SIDE + r")\s+votes?\s+(?:to|against)\s+(?P<second>" + _SIDE
                    + r")\b(?![.,]\d)", re.I)
# A colon between two sides ("a 3:1 majority", "won 2:1"): a clock's minutes are always two digits ("3:15"), so
# one digit after the colon is no time.
_COLON = re.compile(r"(?<![\w.,:])\d{1,3}:\d(?![\d:])")


def tally_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each tally in ``text[start:end]``: what is no figure however the model tagged it."""
    return [m.span() for pattern in (_VOTES, _COLON) for m in pattern.finditer(text, start, end)]

