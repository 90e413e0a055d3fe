"""A probe set for a count the small model tags as a date or an age: a bare figure a level verb gives as where a
tally now stands ("the death toll has hit 65", "the number of dead has topped 120"). Wire, broadsheet, tabloid,
local, Indian, Australian, Japanese and British copy, with near-misses the rule must leave as they were: the same
verbs on a person (an age: "she has hit 65"), on a reading or an index ("the index hit 65", "temperatures hit 35"),
a year after the verb ("the toll has passed its 2019 level"), and tallies the model already tags as counts.

Each sentence was written for NewsRadar (CC0) from no label batch, bench row or corpus item, and each expected
figure was decided by the labelling guide (bench/data/README.md) before the reader was run.
"""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import assert_reads_figures, figure_probes

# (sentence, [(words of the figure, value, unit)], [words that are no figure])
LEVEL_OF_A_TALLY = [
    ("The death toll has hit 65, officials said on Sunday.", [("65", 65, None)], []),
    ("Officials said the death toll has hit 65.", [("65", 65, None)], []),
    ("The toll from the landslide has reached 43, the disaster agency said.", [("43", 43, None)], []),
    ("Police said the number of dead had topped 120 by Tuesday night.", [("120", 120, None)], []),
    ("The total has passed 300, the organisers said.", [("300", 300, None)], []),
    ("The death toll stood at 27 on Monday, the ministry said.", [("27", 27, None)], []),
    ("Rescuers said the toll had crossed 80 as more bodies were found.", [("80", 80, None)], []),
    ("The tally of confirmed cases has hit 1,200, the health department said.", [("1,200", 1200, None)], []),
    ("NHK said the death toll had reached 14 in Ishikawa prefecture.", [("14", 14, None)], []),
    ("The official count has exceeded 500, the election commission said.", [("500", 500, None)], []),
    ("The toll in the bus crash has hit 19, the district collector said.", [("19", 19, None)], []),
    ("State officials said the bushfire death toll has reached 33.", [("33", 33, None)], []),
    ("The number of arrests has hit 70, Scotland Yard said.", [("70", 70, None)], []),
    ("Hospital sources said the toll had risen to 52.", [("52", 52, None)], []),
    ("The death toll has now hit 65 and is expected to rise, the governor said.", [("65", 65, None)], []),
    ("Authorities said the number of missing has reached 21.", [("21", 21, None)], []),
    # near-misses: an age, a reading, an index, a year, a date, a clock
    ("She said she had hit 65 and could finally draw her pension.", [], ["65"]),
    ("My father reached 90 last week, he told the paper.", [], ["90"]),
    ("The pensioner, who has just turned 80, said he would stand again.", [], ["80"]),
    ("The FTSE 100 hit 7,500 on Friday, traders said.", [("7,500", 7500, None)], ["100"]),
    ("Temperatures hit 35 in Sydney on Saturday, the bureau said.", [], []),
    ("The death toll has passed its 2019 level, officials said.", [], ["2019"]),
    ("Officials said the toll was the worst since 1995.", [], ["1995"]),
    ("The toll will be reviewed on March 3, the council said.", [], ["3"]),
    ("The number of visitors reached a record in 2022, the museum said.", [], ["2022"]),
    ("The toll road will open at 6, the operator said.", [], []),
    ("The minister said the total had hit a new high.", [], []),
    ("Police said 65 people had died in the floods.", [("65 people", 65, "people")], []),
    ("The toll rose to 65 on Sunday, officials said.", [("65", 65, None)], []),
    ("Deaths hit 38 on Tuesday as the floods spread, the agency said.", [("38", 38, None)], []),
    ("The toll has climbed to 40, the ministry said.", [("40", 40, None)], []),
    ("The Nikkei stood at 38,000 at the close, the exchange said.", [("38,000", 38000, None)], []),
    ("He said the singer hit 60 in style with a party in Melbourne.", [], ["60"]),
    # the review's rows
    ("The death toll has hit 72, the state disaster agency said.", [("72", 72, None)], []),
    ("The tally of arrests has hit 85, police said on Saturday.", [("85", 85, None)], []),
    ("The number of people arrested has hit 56, the police commissioner said.", [("56", 56, None)], []),
    ("The club said the number of members has hit 65, the chairman said.", [("65", 65, None)], []),
    ("Police said the driver hit 65 mph on the motorway.", [("65 mph", 65, None)], []),
    ("Her daughter said she turned 65 on Monday.", [], ["65"]),
]

STILL_WRONG = {
    "My father reached 90 last week, he told the paper.":
        "the model tags an age after \"reached\" a count, and nothing tells a person's age from a count here, as main",
    "He said the singer hit 60 in style with a party in Melbourne.":
        "the model tags an age after \"hit\" a count, and nothing tells a person's age from a count here, as main",
    "The FTSE 100 hit 7,500 on Friday, traders said.":
        "the index's name (\"FTSE 100\") is read as a count, as main",
}


@pytest.mark.parametrize("sentence,figures,not_figures", figure_probes(LEVEL_OF_A_TALLY, STILL_WRONG))
def test_a_tally_s_level_is_a_count(extractor, sentence, figures, not_figures):
    assert_reads_figures(extractor, sentence, figures, not_figures)
