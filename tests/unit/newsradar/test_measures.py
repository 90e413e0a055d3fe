"""Whether two figures' measures name two things (``newsradar.measures``)."""
from __future__ import annotations

import pytest

from newsradar.measures import kinds_differ, measures_differ


@pytest.mark.parametrize("a,b,differ,known", [
    ("home", "people", True, True),           # one storm's homes without power and people evacuated
    ("weapon", "aid", True, True),
    ("rise", "cut", True, True),              # a move up against a move down
    ("climb", "drop", True, True),
    ("home", "household", False, False),      # one thing in two words
    ("troop", "soldier", False, False),
    ("people", "resident", False, False),
    ("weapon", "arm", False, False),
    ("rise", "increase", False, False),
    ("damage", "award", False, False),        # one court payment
    ("case", "infection", True, False),       # outside the kinds: the figure only does not join
    ("rise", "people", False, False),         # a move says nothing of what a noun counts
    (None, "people", False, False),           # unread on one side: today's rules
    ("", "home", False, False),
])
def test_measures_differ_and_kinds_differ(a, b, differ, known):
    assert measures_differ(a, b) is differ
    assert measures_differ(b, a) is differ
    assert kinds_differ(a, b) is known
