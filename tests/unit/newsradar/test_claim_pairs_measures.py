"""Claim matching when one story's claims share a figure: does the figure measure one thing or two?

Written for NewsRadar (issue 13, no label batch), in topics and wordings of no bench row nor other probe set.
The figure's measure (``Number.measures``: the counted noun, what an amount is of, the verb of a change, what a
share of people does) is read at extraction; two claims whose shared figure measures two things stay apart,
and a retelling that names one thing in other words ("homes", "households"; "troops", "soldiers") joins.
Each pair runs the enricher's path (the extractor, ``claim_match.signature`` with one story id, ``place``).
"""
from __future__ import annotations

STORY = "story-1"
# A pair's third item is why the matcher still gets it wrong: run as a strict xfail, so a fix shows as a pass.
OPEN_NOUN = ("a counted noun outside newsradar.measures' kinds ('schools', 'tents') may be a synonym of the other's, so "
             "the figure only does not join the pair, and one story's setting words still do")

SAME = [
    ("The utility said 62,000 homes were still without power on Tuesday.",
     "Some 62,000 households remained without electricity on Tuesday, the utility said."),
    ("The defence ministry said 4,500 troops would be sent to the border.",
     "The defence ministry said 4,500 soldiers were being deployed to the border."),
    ("The governor said 9,000 people had been told to leave the island.",
     "The governor said 9,000 residents had been ordered off the island."),
    ("The pentagon said $3.2 billion worth of weapons had been shipped.",
     "The pentagon said $3.2 billion of arms had been delivered."),
    ("The central bank said it had raised interest rates by 0.75%.",
     "The central bank said it would increase its rate by 0.75%."),
    ("The regulator said the airline had been ordered to pay $14 million in compensation.",
     "The regulator said the airline must pay a $14 million penalty."),
    ("Organisers said 30,000 fans attended the final.",
     "Organisers said the final drew 30,000 spectators."),
    ("The poll found 58% of voters backed the new stadium.",
     "The poll found 58% of voters supported the new stadium."),
    ("The study found 70% of patients recovered within a week.",
     "The study said 70% of patients had recovered inside seven days."),
    ("The report said 45% of nurses planned to quit within a year.",
     "The report said 45% of nurses planned to leave the profession within a year."),
]

DIFFERENT = [
    ("The utility said 62,000 homes were still without power on Tuesday.",
     "The utility said 62,000 people had been moved to shelters on Tuesday."),
    ("The pentagon said $3.2 billion worth of weapons had been shipped.",
     "The pentagon said $3.2 billion in aid had been shipped."),
    ("The statistics agency said house prices rose 3.1% in March.",
     "The statistics agency said house prices fell 3.1% in March."),
    ("The council said 1,800 trees would be planted along the river.",
     "The council said 1,800 volunteers would clean the river."),
    ("The ministry said 700 schools had reopened after the floods.",
     "The ministry said 700 families had been rehoused after the floods.", OPEN_NOUN),
    ("The survey found 52% of teachers felt unsafe at work.",
     "The survey found 52% of teachers would strike over pay."),
    ("The retailer said sales climbed 12% over the holidays.",
     "The retailer said sales dropped 12% over the holidays."),
    ("The charity said 2,400 tents had been delivered to the camp.",
     "The charity said 2,400 children had been vaccinated at the camp.", OPEN_NOUN),
]

PAIRS = (("same", (STORY, STORY), True, SAME), ("different", (STORY, STORY), False, DIFFERENT))


def test_claim_pairs_measures_one_figure_of_one_thing_or_two(joined, a, b, stories, same):
    assert joined(a, b, *stories) == same, f"{'should join' if same else 'should stay apart'}: {a!r} | {b!r}"
