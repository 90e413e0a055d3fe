"""A probe set for two readings of figures: a time of day whose final stop the feed cut or the writer left off ("at 6
a.m", "by 9 p.m"), which is no amount, as "6 a.m." is not; and amounts in currencies named in words, plural, with a
scale word ("2 trillion Swedish crowns", "40 billion kronor"), whose unit is the currency's code, as "3 billion euros"
gives EUR. Near-misses the rules must leave alone: a time with its stop or written "6am", a count beside a time,
"crowns" that are no money (titles, teeth), a currency already read.

Each sentence was written for NewsRadar (CC0) from no label batch, bench row or corpus item; each expected figure was
decided by the labelling guide (bench/data/README.md: a time of day is no quantity; money is its value and its ISO
code) before the reader was run.
"""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import assert_reads_figures, figure_probes

# (sentence, [(words of the figure, value, unit)], [words that are no figure])
CUT_CLOCK = [
    ("The shelter opened at 6 a.m and 300 people arrived, officials said.", [("300 people", 300, "people")], ["6 a.m"]),
    ("Police said the road would stay shut until 9 p.m on Sunday.", [], ["9 p.m"]),
    ("The minister said voting would close at 5 p.m, with 2,000 booths open.", [("2,000 booths", 2000, "booth")],
     ["5 p.m"]),
    ("Officials said the fire broke out at 3.30 a.m and gutted 40 shops.", [("40 shops", 40, "shop")], ["3.30 a.m"]),
    ("The mayor said the curfew begins at 10 p.m and 500 officers will patrol.", [("500 officers", 500, "officer")],
     ["10 p.m"]),
    # near-misses: a time with its stop, written glued, and a count beside them
    ("The shelter opened at 6 a.m. and 300 people arrived, officials said.", [("300 people", 300, "people")],
     ["6 a.m."]),
    ("Police said the road would stay shut until 9pm on Sunday.", [], ["9pm"]),
    ("The council said 45 m of the wall had collapsed.", [("45 m", 45, None)], []),
]

CURRENCY_NAMES = [
    ("The bank said the deal was worth 2 trillion Swedish crowns.", [("2 trillion", 2e12, "SEK")], []),
    ("The ministry said the fund held 40 billion kronor.", [("40 billion kronor", 4e10, "SEK")], []),
    ("The government said the bridge would cost 3 billion Danish kroner.", [("3 billion", 3e9, "DKK")], []),
    ("The fund said it sold shares worth 12 billion Norwegian crowns.", [("12 billion", 1.2e10, "NOK")], []),
    ("Prague said the plan would cost 80 billion Czech crowns.", [("80 billion", 8e10, "CZK")], []),
    ("The central bank said reserves fell by 5 billion Norwegian kroner.", [("5 billion", 5e9, "NOK")], []),
    # near-misses: a currency already read, and crowns that are no money
    ("The ministry said the plan would cost 3 billion euros.", [("3 billion euros", 3e9, "EUR")], []),
    ("The club said it had won three crowns in four years.", [("three crowns", 3, "crown")], []),
]

# From the review of the stop-55 branch: more cut clocks and currencies in words, a country's krona and koruna
REVIEW55_FIGURES = [
    ("Polls open at 7 a.m on Thursday and 1,200 officers will be on duty.",
     [("1,200 officers", 1200, "officer")], ["7 a.m"]),
    ("The mayor said the market would close at 8 p.m, two hours early.", [("two hours", 2, "hour")], ["8 p.m"]),
    ("The station said trains would resume at 5.45 a.m with 20 extra carriages.",
     [("20", 20, "carriage")], ["5.45 a.m"]),
    ("The runner said she ran 800 m in the final.", [("800 m", 800, None)], []),
    ("The Icelandic bank said it lost 4 billion Icelandic crowns.", [("4 billion", 4e9, "ISK")], []),
    ("The Czech firm said it paid 2 billion koruna for the plant.", [("2 billion", 2e9, "CZK")], []),
    ("The state said the deficit reached 30 billion kronor.", [("30 billion kronor", 3e10, "SEK")], []),
    # krona and koruna named by the country: Iceland's and Slovakia's, not Sweden's or the Czech Republic's
    ("Iceland's central bank said it sold 40 billion Icelandic krona to steady the market.",
     [("40 billion", 4e10, "ISK")], []),
    ("The Slovak government said in 2007 the road would cost 10 billion Slovak koruna.",
     [("10 billion", 1e10, "SKK")], []),
    ("The Faroese government said the port would cost 900 million Danish krone.",
     [("900 million", 9e8, "DKK")], []),
    ("The fund is now worth a trillion crowns, the minister said.", [("a trillion crowns", 1e12, None)], []),
    ("The queen said she owned three crowns.", [("three crowns", 3, "crown")], []),
    ("The tickets cost 45 kroner each, organisers said.", [("45 kroner", 45, None)], []),
    # lines of unlabelled corpus items (the Los Angeles Times, the Guardian)
    ("A red flag warning signaling hot, dry, windy conditions will be in effect from 6 a.m Friday to 8 p.m. Saturday.",
     [], ["6 a.m", "8 p.m."]),
    ("Our chief film critic crowns one of five nominees the Oscar of Oscars champion.",
     [("five nominees", 5, "nominee")], ["crowns"]),
]

STILL_WRONG = {
    "The fund is now worth a trillion crowns, the minister said.":
        "'crowns' with no country before it is no currency, and 'a trillion' alone is no figure",
}


@pytest.mark.parametrize("sentence,figures,not_figures", figure_probes(CUT_CLOCK, STILL_WRONG))
def test_a_time_of_day_without_its_final_stop_is_no_amount(extractor, sentence, figures, not_figures):
    assert_reads_figures(extractor, sentence, figures, not_figures)


@pytest.mark.parametrize("sentence,figures,not_figures", figure_probes(CURRENCY_NAMES, STILL_WRONG))
def test_a_currency_named_in_words_is_its_code(extractor, sentence, figures, not_figures):
    assert_reads_figures(extractor, sentence, figures, not_figures)


@pytest.mark.parametrize("sentence,figures,not_figures", figure_probes(REVIEW55_FIGURES, STILL_WRONG))
def test_review55_cut_clocks_and_currencies_in_words(extractor, sentence, figures, not_figures):
    assert_reads_figures(extractor, sentence, figures, not_figures)
