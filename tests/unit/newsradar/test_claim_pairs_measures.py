"""Claim matching when one story's claims share a figure: does the figure measure one thing or two?

Written for NewsRadar (issue 13, no label batch), in topics and wordings of no bench row nor other probe set.
The figure's measure (``Number.measures``: the counted noun, what an amount is of, the verb of a change, what a
share of people does) is read at extraction; two claims whose shared figure measures two things stay apart,
and a retelling that names one thing in other words ("homes", "households"; "troops", "soldiers"; "cases",
"infections"; "military aid", "weapons") joins, in one story and across two. The retellings after the first ten
are the review of bc706e7's (retold in one story, then across two), which a rule splitting any two open nouns kept
apart. Each pair runs the enricher's path (the extractor, ``claim_match.signature``, ``place``).
"""
from __future__ import annotations

STORY, OTHER_STORY = "story-1", "story-2"
# A pair's third item is why the matcher still gets it wrong: run as a strict xfail, so a fix shows as a pass.
OPEN_NOUN = ("a counted noun outside newsradar.measures' kinds ('schools', 'tents', 'trees') may name what the other's "
             "does ('cases', 'infections'; 'flights', 'services'), so the shared figure joins the pair")
OPEN_PREDICATE = ("what a share does or is ('felt unsafe', 'would strike') is of no kind newsradar.measures knows, and "
                  "retellings word it many ways ('backed', 'supported'), so the shared figure joins the pair")
AID = ("military aid or assistance is often weapons ('a $400 million military aid package', '$400 million worth of "
       "weapons'), so aid is of no kind and the shared figure joins the pair")

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
    ("The airline cancelled 320 flights on Friday as pilots walked out.",
     "Some 320 services were axed because of the pilots' strike, the carrier said."),
    ("Health officials recorded 2,310 new cases in the past day.",
     "There were 2,310 fresh infections reported over 24 hours, according to the ministry."),
    ("The electoral commission said 1.2 million votes were cast by post.",
     "About 1.2 million postal ballots were returned, officials said."),
    ("The crash claimed 61 lives, police said.",
     "Police said 61 people died when the bus plunged into the ravine."),
    ("The firm will shed 2,700 posts in Europe.",
     "Some 2,700 jobs will go at the firm's European plants, the union said."),
    ("The regulator said 18,000 complaints had been lodged about the bank.",
     "The bank faced 18,000 grievances from customers, the regulator said."),
    ("Officials said 4,300 asylum seekers had arrived on the island this month.",
     "More than 4,300 migrants landed on the island in March, officials said."),
    ("The festival sold 65,000 tickets, organisers said.",
     "Organisers said 65,000 people bought passes to the festival."),
    ("The US announced a $400 million military aid package for Ukraine.",
     "The US will send $400 million worth of weapons to Ukraine."),
    ("The Pentagon said $2.3 billion in security assistance would go to Kyiv.",
     "The Pentagon said $2.3 billion of arms and equipment would go to Kyiv."),
    ("The government will pay £2 billion in compensation to farmers hit by the drought.",
     "The government will provide £2 billion in support to farmers hit by the drought."),
]

SAME_ACROSS = [
    ("The health ministry reported 2,310 new cases on Monday.",
     "The health ministry reported 2,310 new infections on Monday."),
    ("Election officials said 1.2 million votes had been counted.",
     "Election officials said 1.2 million ballots had been counted."),
    ("The airline said it had cancelled 320 flights because of the strike.",
     "The airline said 320 services had been cancelled because of the strike."),
    ("Police said 61 people died in the crash.", "Police said the crash claimed 61 lives."),
    ("The ministry said 900 tonnes of food aid had arrived in Gaza.",
     "The ministry said 900 tonnes of supplies had arrived in Gaza."),
    ("Organisers said 80,000 runners took part in the marathon.",
     "Organisers said 80,000 people took part in the marathon."),
    ("The army said 300 fighters were killed in the offensive.",
     "The army said 300 militants were killed in the offensive."),
    ("The ministry said 1,450 tourists were stranded by the ash cloud.",
     "The ministry said 1,450 travellers were stranded by the ash cloud."),
    ("The survey found 64% of parents were worried about screen time.",
     "The survey found 64% of parents worry about screen time."),
    ("The poll found 41% of voters support the reform.",
     "The poll found 41% of voters said they would vote for the reform."),
    ("The census showed 12% of homes are empty.", "The census showed 12% of homes stand empty."),
    ("The strike grounded 140 trains across the region.",
     "Around 140 services were cancelled across the region during the walkout."),
    ("The council said 1,200 households would be rehoused.", "The council said 1,200 tenants would be rehoused."),
    ("The charity said it had delivered $5 million in relief.",
     "The charity said it had delivered $5 million of supplies."),
    ("The fire destroyed 850 homes, officials said.", "Officials said 850 structures were destroyed by the fire."),
    ("The minister said $4.7 billion in military assistance would be sent.",
     "The minister said $4.7 billion worth of weapons would be sent."),
]

DIFFERENT = [
    ("The utility said 62,000 homes were still without power on Tuesday.",
     "The utility said 62,000 people had been moved to shelters on Tuesday."),
    ("The pentagon said $3.2 billion worth of weapons had been shipped.",
     "The pentagon said $3.2 billion in aid had been shipped.", AID),
    ("The statistics agency said house prices rose 3.1% in March.",
     "The statistics agency said house prices fell 3.1% in March."),
    ("The council said 1,800 trees would be planted along the river.",
     "The council said 1,800 volunteers would clean the river.", OPEN_NOUN),
    ("The ministry said 700 schools had reopened after the floods.",
     "The ministry said 700 families had been rehoused after the floods.", OPEN_NOUN),
    ("The survey found 52% of teachers felt unsafe at work.",
     "The survey found 52% of teachers would strike over pay.", OPEN_PREDICATE),
    ("The retailer said sales climbed 12% over the holidays.",
     "The retailer said sales dropped 12% over the holidays."),
    ("The charity said 2,400 tents had been delivered to the camp.",
     "The charity said 2,400 children had been vaccinated at the camp.", OPEN_NOUN),
]

PAIRS = (("same", (STORY, STORY), True, SAME), ("same, across stories", (STORY, OTHER_STORY), True, SAME_ACROSS),
         ("different", (STORY, STORY), False, DIFFERENT))


def test_claim_pairs_measures_one_figure_of_one_thing_or_two(joined, a, b, stories, same):
    assert joined(a, b, *stories) == same, f"{'should join' if same else 'should stay apart'}: {a!r} | {b!r}"
