"""Scores and tallies of votes, written with a dash, "votes to" or a colon, which are no figures of a claim.

The labelling guide counts a score or a tally as no quantity ("3-0", "six votes to three"): it reports how a vote
or a match went, and its two sides count nothing a retelling would repeat as an amount. All its spellings are read
here: a dashed score ("won 2-0"), "by 51 votes to 49", "a 3:1 majority".
A bare "to" between the sides ("voted 312 to 290") stays two figures: a dev label counts its first side as one (bench
row w32), so it waits for the labels to agree.
"""
from __future__ import annotations

import re

from consumers.enricher.nlp.numbers import MEASURE_UNIT_PATTERN, SPELLED_COUNT

# A score: two whole numbers joined by a dash, the second no larger ("won 2-0", "a 3-1 win", "a 6-3 ruling"); a
# range rises ("60-70 people", "10-15%"), so it is read as two amounts, a score as none. Before a unit of measure it
# is a falling range ("winds of 50-40 mph", "12-8 degrees"), which no game ends in.
_SCORE = re.compile(r"(?<![\w.,$£€-])(?P<first>\d{1,3})[-–](?P<second>\d{1,3})"
                    r"(?![\w.,%-]|\s*(?:%|per\s?cent|°|(?:" + MEASURE_UNIT_PATTERN + r")\b))", re.I)
_SIDE = r"(?:\d{1,3}(?:,\d{3})*|(?i:" + SPELLED_COUNT + "))"
# "votes" between the two sides makes a tally whichever side is larger: a motion can fall "by 48 votes to 52". The
# second side ends the tally: a noun after it makes it a count of something else ("40,000 votes against one
# candidate", "12 votes against two abstentions"), so only a stop, "votes" or a preposition may follow it.
_VOTES = re.compile(r"(?<![\w.,$£€-])(?P<first>" + _SIDE + r")\s+votes?\s+(?:to|against)\s+(?P<second>" + _SIDE
                    + r")\b(?![.,]\d)"
                    r"(?=\s*(?:[,.;:)]|$)|\s+(?:votes?|with|in|on|at|and|after|against|for|to)\b)", re.I)
# A colon between two sides ("a 3:1 majority", "won 2:1"): a clock's minutes are always two digits ("3:15"), so
# one digit after the colon is no time.
_COLON = re.compile(r"(?<![\w.,:])\d{1,3}:\d(?![\d:])")


def tally_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each tally in ``text[start:end]``: what is no figure however the model tagged it."""
    scores = [m.span() for m in _SCORE.finditer(text, start, end) if int(m["second"]) <= int(m["first"])]
    return scores + [m.span() for pattern in (_VOTES, _COLON) for m in pattern.finditer(text, start, end)]
