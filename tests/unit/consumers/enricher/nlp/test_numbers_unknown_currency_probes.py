"""A probe set for money in a currency name several countries share ("crowns", "kroner") with no country before it:
"5 billion crowns" may be Swedish, Norwegian, Danish, Czech or Icelandic, so its unit is unknown (``None``, as the
number schema leaves a unit no one can name), never the count noun "crown". Near-misses the rule must leave alone:
the country before the name says whose ("6 billion Norwegian crowns" NOK), and crowns counted as things (a
dentist's, a museum's) stay crowns.

Each sentence was written for NewsRadar (CC0) from no label batch, bench row or corpus item (the corpus has no such
amount); each expected unit was decided by the labelling guide (bench/data/README.md: money is its value and its ISO
code; a unit an editor could name several ways is null) before the reader was run.
"""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import assert_reads_figures, figure_probes

# (sentence, [(words of the figure, value, unit: exactly this, None included)], [])
UNKNOWN_CURRENCY = [
    ("The bank said the loan was 5 billion crowns.", [("5 billion", 5e9, None)], []),
    ("The minister said the fund had grown to 1.2 trillion crowns.", [("1.2 trillion", 1.2e12, None)], []),
    ("The firm said it paid 300 million kroner for the ferries.", [("300 million", 3e8, None)], []),
    ("The council said repairs would cost 20bn crowns.", [("20bn", 2e10, None)], []),
    ("The union said the deal was worth 800 million crowns a year.", [("800 million", 8e8, None)], []),
    ("A ferry ticket costs 90 kroner, the operator said.", [("90", 90, None)], []),
    # two countries named, neither before the amount: still no one currency
    ("The minister said Sweden and Norway each pledged 2 billion crowns.", [("2 billion", 2e9, None)], []),
    # near-misses: the country before the name says whose, and crowns that are things
    ("The ministry said it spent 6 billion Norwegian crowns on roads.", [("6 billion", 6e9, "NOK")], []),
    ("The fund said it lost 3 billion Danish kroner.", [("3 billion", 3e9, "DKK")], []),
    ("The dentist said she had fitted 12 crowns that week.", [("12 crowns", 12, "crown")], []),
    # the before-stop read's rows (stop 56): a vague count is no scale, so the crowns are counted, not money
    ("The dentist said she had fitted dozens of crowns that year.", [("dozens", 12, "crown")], []),
    ("The museum said hundreds of crowns and sceptres had been catalogued.", [("hundreds", 100, "crown")], []),
    ("The curator said the museum held four crowns and two sceptres.", [("four crowns", 4, "crown")], []),
]

STILL_WRONG: dict[str, str] = {}


@pytest.mark.parametrize("sentence,figures,not_figures", figure_probes(UNKNOWN_CURRENCY, STILL_WRONG))
def test_a_shared_currency_name_without_its_country_is_an_unknown_unit(extractor, sentence, figures, not_figures):
    assert_reads_figures(extractor, sentence, figures, not_figures, exact_units=True)
