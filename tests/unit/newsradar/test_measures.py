"""Whether two figures' measures name two things (``newsradar.measures``)."""
from __future__ import annotations

import pytest

from newsradar.measures import kinds_differ


@pytest.mark.parametrize("a,b,differ", [
    ("home", "people", True),             # one storm's homes without power and people evacuated
    ("weapon", "people", True),
    ("car", "worker", True),
    ("rise", "cut", True),                # a move up against a move down
    ("climb", "drop", True),
    ("home", "household", False),         # one thing in two words
    ("troop", "soldier", False),
    ("people", "resident", False),
    ("weapon", "arm", False),
    ("rise", "increase", False),
    ("weapon", "aid", False),             # military aid may be weapons
    ("compensation", "support", False),   # outside the kinds: may be one payment
    ("case", "infection", False),         # outside the kinds: may be one thing
    ("flight", "service", False),
    ("job", "post", False),
    ("rise", "people", False),            # a move says nothing of what a noun counts
    (None, "people", False),              # unread on one side: today's rules
    ("", "home", False),
])
def test_measures_kinds_differ(a, b, differ):
    assert kinds_differ(a, b) is differ
    assert kinds_differ(b, a) is differ
