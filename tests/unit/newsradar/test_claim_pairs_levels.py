"""Claim matching on a count told as the level it has reached or as fallen, beside the count before it (cprec9).

Written for NewsRadar (issue 13, no label batch) in house styles of wire, broadsheet, tabloid, local, UK, Indian,
Australian, New Zealand and Kenyan copy, none taken from the bench: "the toll has reached 47", "now stands at 58",
"topped 200", a headline's "toll climbs to 22" and "had fallen to 12" are later values of a count, as "rose to 23"
is (``test_claim_pairs_updates.py``). Beside them, as guards, the update retold with its figure or a rounding of
it, a headline and its body, a level or a fall of a price, a share, a sum, a temperature or an index (no count),
and a "reached", "hit", "stood" or "passed" that is an act on the counted thing, which must all still join.
"""
from __future__ import annotations

STORY = "story-1"

# A pair's third item is why the matcher still gets it wrong: run as a strict xfail, so a fix shows as a pass.

APART = [
    # wire
    ("At least 19 people were killed in the stampede, police said.",
     "Police said the death toll from the stampede has reached 31."),
    ("Officials said 112 people had been killed in the floods.",
     "The death toll from the floods topped 150, officials said."),
    # broadsheet
    ("The ministry said 2,400 cases of dengue had been recorded this year.",
     "The ministry said the number of dengue cases recorded this year now stands at 3,100."),
    # tabloid
    ("Cops said 40 thugs were arrested after the riot.",
     "The number of thugs arrested after the riot has hit 65, cops said."),
    # local
    ("The council said 75 households were without heating.",
     "The council said the number of households without heating had fallen to 20."),
    ("The airline said 320 flights were grounded.",
     "The airline said the number of grounded flights had been cut to 90."),
    # UK
    ("The trust said 58 patients were waiting in corridors on Monday.",
     "The number of patients waiting in corridors had dropped to 31, the trust said."),
    # Indian
    ("Officials said 27 people had died in the building collapse in Thane.",
     "Officials said the toll in the Thane building collapse has crossed 39."),
    # Australian
    ("Police said 12 people were injured in the crash on the Hume Highway.",
     "Police said the number injured in the Hume Highway crash now stood at 18."),
    # New Zealand
    ("Civil Defence said 300 people were in evacuation centres in Napier.",
     "Civil Defence said the number of people in Napier's evacuation centres had dropped to 120."),
    # Kenyan
    ("The Kenya Red Cross said 4,000 families had been displaced by the floods.",
     "The Kenya Red Cross said the number of displaced families has passed 6,500."),
    # headlines whose verb the tagger reads as a noun
    ("The health board said 61 cases of measles had been confirmed.",
     "Measles outbreak cases climb to 87, health board says."),
    ("The coastguard said 37 people died when the ferry sank.",
     "Ferry disaster toll hits 54, coastguard says."),
    ("Police said 40 people remained missing after the flash flood.",
     "Police said the number of people missing after the flash flood had fallen to 11."),
    # the cprec9 review's rows the branch made right (main joins them)
    ("Police said 23 people were killed in the tower block fire.",
     "Police said the death toll from the tower block fire has reached 35."),
    ("The health ministry said 140 cases of cholera had been recorded in the camp.",
     "The health ministry said cholera cases in the camp now stand at 212."),
    ("Officials said 60 people died in the heatwave.",
     "Officials said deaths from the heatwave have topped 90."),
    ("State officials said 1,200 people had been evacuated in Assam.",
     "State officials said the number of people evacuated in Assam has crossed 3,000."),
    ("Queensland Health said 35 people were treated for snake bites.",
     "Queensland Health said snake bite treatments had passed 50 for the month."),
    ("The club said 400 season tickets had been sold.",
     "The club said season ticket sales had passed 1,100."),
]

SAME = [
    # the update retold with its figure or a rounding of it
    ("The death toll from the floods has reached 47, officials said.",
     "Officials said 47 people had died in the floods."),
    ("The death toll has reached 1,023, officials said.",
     "Officials said more than 1,000 people have died."),
    ("Police said the number of arrests now stands at 61.",
     "Police said 61 people had been arrested."),
    ("Organisers said the number of signatures had reached 102,000.",
     "Organisers said more than 100,000 people had signed the petition."),
    ("The trust said the number of patients in hospital with Covid had fallen to 212.",
     "The trust said 212 Covid patients were in hospital."),
    ("Wildfire evacuations top 10,000, officials say.",
     "Officials said more than 10,400 people had been evacuated from the wildfire."),
    # a headline and its body
    ("Quake toll climbs to 212, ministry says.",
     "The death toll from the earthquake has risen to 212, the interior ministry said."),
    ("Flood toll hits 38, police say.",
     "Police said 38 people were now known to have died in the floods."),
    # a sum, a share, a price, a temperature: a level or a move of no count
    ("The government said the aid package had reached $7.1 billion.",
     "The government said the aid package was worth about $7 billion."),
    ("The statistics office said retail sales rose 3% in June.",
     "Retail sales rose by 3 per cent in June, the statistics office said."),
    ("The central bank said inflation stood at 4.1% in March.",
     "Inflation was 4.1% in March, the central bank said."),
    ("Turnout stood at 64% at 6pm, the electoral commission said.",
     "The electoral commission said turnout was about 64 per cent at 6pm."),
    ("The land registry said the average house price reached 310,000 in May.",
     "The land registry said the average house price in May was 295,000."),
    ("Forecasters said temperatures would hit 44 in Perth on Sunday.",
     "Forecasters said temperatures in Perth would reach 41 on Sunday."),
    # a "reached", "hit", "stood" or "passed" that is an act on what is counted: drift, as before
    ("The rescue team reached 40 villagers trapped by the flood, officials said.",
     "Officials said rescuers had reached 52 villagers trapped by the flood."),
    ("The storm hit 300 homes in the county, officials said.",
     "Officials said the storm had hit 350 homes in the county."),
    ("Some 2,000 supporters stood outside the court, police said.",
     "Police said about 2,500 supporters stood outside the court."),
    ("The speaker said parliament passed 14 amendments to the bill.",
     "The speaker said parliament had passed 16 amendments to the bill."),
    # plain drift of a count, no update
    ("The union said 4,000 nurses had walked out.",
     "The union said 5,200 nurses had walked out."),
]


PAIRS = (("apart", (STORY, STORY), False, APART), ("same", (STORY, STORY), True, SAME))


def test_claim_pairs_levels_a_count_and_the_level_it_reached(joined, a, b, stories, same):
    assert joined(a, b, *stories) == same, f"{'should join' if same else 'should stay apart'}: {a!r} | {b!r}"
