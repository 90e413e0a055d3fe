from __future__ import annotations

import pytest

from consumers.enricher.nlp.tallies import tally_spans


# (sentence, the words of each tally in it): a tally is dropped from the claim's figures, so each must be read whole,
# and a count of something else after "votes against" or "votes to" must not be read as its second side
@pytest.mark.parametrize("sentence,tallies", [
    ("MPs said the amendment was defeated by 14 votes to nine.", ["14 votes to nine"]),
    ("The committee said the motion fell by 48 votes to 52.", ["48 votes to 52"]),
    ("Officials said the bill passed by 218 votes against 210.", ["218 votes against 210"]),
    ("The party said it had won 120 votes to 80 in the ward.", ["120 votes to 80"]),
    ("The clerk said the bill was carried by 52 votes to 48, a majority of four.", ["52 votes to 48"]),
    ("The assembly approved the budget by 87 votes to 12 with 3 abstentions.", ["87 votes to 12"]),
    ("The candidate said he had won 3 votes against 2 for the incumbent.", ["3 votes against 2"]),
    ("The club said it had won eleven votes to nine at the general meeting.", ["eleven votes to nine"]),
    ("The council voted by nine votes to one to approve the plan.", ["nine votes to one"]),
    ("The coach said the team won by 14 votes to one with the board.", ["14 votes to one"]),
    ("Members backed the motion by a 2:1 majority, the union said.", ["2:1"]),
    ("The club said the side sealed a 3-1 win at home.", ["3-1"]),
    # the second side counts something else: no tally
    ("The election board said the party won 40,000 votes against one candidate in the north.", []),
    ("The returning officer said 2,000 votes to one party had been counted twice.", []),
    ("Officials said the opposition gathered 12 votes against two abstentions.", []),
    # a rising dashed pair is a range, a falling one before a unit a range of a measure
    ("Police said 60-70 people had gathered.", []),
    ("Forecasters said winds of 50-40 mph would ease.", []),
])
def test_tallies_reads_each_tally_whole(sentence, tallies):
    assert [sentence[s:e] for s, e in tally_spans(sentence, 0, len(sentence))] == tallies
