"""A probe set for figures at the end of a text a feed cut off mid-sentence ("rose to 4.", "at 6 a.m", "by 12"):
the figure the cut leaves keeps its value and an unknown unit (``None``: the noun that would have named it is gone),
a time of day cut before its last stop is still no amount, and a unit the cut left whole is still read. Read at stop
56 (clock and number readers): main reads every row right, so these rows pin it.

Each sentence was written for NewsRadar (CC0) from no label batch, bench row or corpus item; each expected figure was
decided by the labelling guide (bench/data/README.md: a time of day is no quantity; a figure with no noun of its own
has `unit: null`) before the reader was run.
"""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import assert_reads_figures

# (text cut by its feed, [(words of the figure, value, unit: exactly this, None included)], [words that are no figure])
CUT_ENDS = [
    ("The minister said unemployment rose to 4.", [("4", 4, None)], []),
    ("The minister said unemployment rose to 4", [("4", 4, None)], []),
    ("The council said rents would rise by 12", [("12", 12, None)], []),
    ("The bank said inflation fell to 3.5", [("3.5", 3.5, None)], []),
    ("The union said pay rose by 4.5 per", [("4.5", 4.5, None)], []),
    ("Officials said the shelter opened at 6 a.m", [], ["6 a.m"]),
    ("Police said the road would reopen at 9 p.m", [], ["9 p.m"]),
    # near-misses: the cut left the unit whole
    ("The council said rents would rise by 12%", [("12%", 12, "percent")], []),
    ("The agency said 300 people", [("300 people", 300, "people")], []),
]


@pytest.mark.parametrize("text,figures,not_figures", CUT_ENDS, ids=[row[0][:60] for row in CUT_ENDS])
def test_a_figure_at_a_cut_end_keeps_its_value_and_no_unit_it_lost(extractor, text, figures, not_figures):
    assert_reads_figures(extractor, text, figures, not_figures, exact_units=True)
