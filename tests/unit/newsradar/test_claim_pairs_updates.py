"""Claim matching on a count and its update: one story's tally told at two moments, or one tally retold.

Written for NewsRadar (issue 13, no label batch; cprec8) in other topics and house styles than the bench's toll rows
(wire, broadsheet, tabloid, local, UK, Indian, Australian and New Zealand copy): a count told as risen to a new
value ("the toll rose to 23") is a later statement than the count before it ("14 people were killed"), as
``bench/data/claim_variants.jsonl`` labels them. Beside them, as guards, an update retold with its figure or a
rounding of it, a rise of a share or a sum (no count), a "rose", "mount" or "now" that is not the figure's
measure, and plain drift, which must all still join. Each pair runs the enricher's path (the extractor,
``claim_match.signature`` with one story id, ``claim_match.place``); the groups of three are in
``test_claim_update_chains.py``.
"""
from __future__ import annotations

STORY = "story-1"

# A pair's third item is why the matcher still gets it wrong: run as a strict xfail, so a fix shows as a pass.
NOUN_MEASURED = ("the figure's measure is its noun ('climbed to 210 flights' measures the flights, not the rise), so "
                 "no count is read as risen: drift, as on main")
ROUND_NOT_DISTINCTIVE = ("'rose to nearly 200' is a round figure, not distinctive, so no count is read as risen "
                         "(cprec8 review, T17)")
DECIMAL_ROUNDED = ("a decimal and its whole rounding ('7.40 shillings', 'about seven shillings') are two values: "
                   "figures_agree rounds whole figures only (apart on main too)")
SMALL_FIGURES = ("3 and 9 are not distinctive, so no count is read as moved although 'reached 9' keeps its level "
                 "measure (the crowd only modifies 'surge'): joined as on main")

APART = [
    # wire
    ("At least 14 people were killed in the bus crash, police said.",
     "Police said the death toll from the bus crash had risen to 22."),
    ("The regional governor said 9 people died in the landslide.",
     "The regional governor said the toll from the landslide had risen to 16."),
    ("Rescuers said 60 people were missing after the flood.",
     "The number of people missing after the flood rose to 85, rescuers said."),
    # broadsheet
    ("The health department said 300 cases of measles had been confirmed in the city.",
     "The health department said confirmed measles cases in the city had risen to 420."),
    ("Officials said 2,000 residents were evacuated as the fire spread.",
     "Officials said the number of residents evacuated had risen to 3,500 as the fire spread."),
    ("The toll rose to 19 on Monday, officials said.",
     "Officials said the toll had risen to 27 on Tuesday."),
    # tabloid
    ("Cops said 30 people were arrested after the brawl.",
     "Cops said the number of arrests after the brawl had climbed to 45."),
    ("Organisers said 35,000 people signed the petition.",
     "Organisers said the number of people who signed the petition soared to 90,000."),
    # local
    ("The council said 120 homes were flooded on Tuesday.",
     "The council said the number of flooded homes had risen to 210."),
    ("The airline said 120 flights were cancelled because of the strike.",
     "The airline said cancellations because of the strike had climbed to 210 flights.", NOUN_MEASURED),
    # UK
    ("The trust said 40 patients had been infected in the outbreak.",
     "The number of patients infected in the outbreak has risen to 65, the trust said."),
    # Indian
    ("Officials said 23 people had died after consuming spurious liquor in the district.",
     "Officials said the death toll in the district's hooch tragedy had climbed to 41."),
    # Australian
    ("Police said 15 people had been injured in the pile-up on the highway.",
     "Police said the number of people injured in the highway pile-up had jumped to 28."),
    # New Zealand
    ("Police said 12 people had been charged after the riot in Hamilton.",
     "Police said the number of people charged after the Hamilton riot had risen to 19."),
    ("Civil Defence said 250 homes in Gisborne were without water.",
     "Civil Defence said the number of Gisborne homes without water had risen to 400."),
    # the cprec8 review's rows (wire, tabloid, local, UK, Indian, NZ, Kenyan)
    ("At least 11 people were killed when the ferry capsized, the coastguard said.",
     "The coastguard said the death toll from the ferry capsizing had risen to 19."),
    ("Cops said 27 yobs were arrested after the derby.",
     "The number of yobs arrested after the derby has soared to 52, cops said."),
    ("The county said 85 homes were damaged by the tornado.",
     "The county said the number of homes damaged by the tornado had climbed to 140."),
    ("The Environment Agency said 230 properties had flooded in Yorkshire.",
     "The Environment Agency said the number of flooded properties in Yorkshire had risen to 370."),
    ("Police said 17 devotees had died in the stampede at the temple.",
     "Police said the toll in the temple stampede had jumped to 29."),
    ("Fire and Emergency said 14 homes had been destroyed in the Nelson blaze.",
     "Fire and Emergency said the number of homes destroyed in the Nelson blaze had risen to 23."),
    ("The ministry said 450 cases of cholera had been recorded.",
     "The ministry said recorded cholera cases had more than doubled to 1,030."),
    ("Police said 16 people were arrested at the protest.",
     "Police said the number arrested at the protest rose by 11 to 27."),
    ("The death toll from the quake rose to 870, the government said.",
     "The government said the quake's death toll had climbed to 1,350."),
    ("The Kenya Red Cross said 38 people had died in the floods.",
     "The Kenya Red Cross said the death toll from the floods had climbed to 57."),
    ("Police said eighteen people were injured in the stampede.",
     "Police said the number of injured in the stampede had climbed to 34."),
    ("Scotland Yard said 25 people had been arrested.",
     "The number of people arrested has risen to 31, Scotland Yard said."),
    ("The council said 600 homes were without power.",
     "The council said the number of homes without power had jumped to 1,450."),
    ("Officials said 32 people were killed in the blast.",
     "Officials said the death toll from the blast has reached 47."),
    ("Rescuers said 41 people were missing after the mudslide.",
     "Rescuers said the number of people missing after the mudslide now stands at 58."),
    ("The hospital said 38 patients were being treated for burns.",
     "The hospital said the number of patients being treated for burns had fallen to 12."),
    ("Officials said 160 people had been killed in the floods.",
     "Officials said the toll from the floods rose to nearly 200.", ROUND_NOT_DISTINCTIVE),
    # a gathering named beside a tally's update, not what reached the level (one1: joined on main, whose guard read
    # any word of the claim)
    ("Police said 32 people died in the crush at the stadium.",
     "Police said the death toll from the crush at the stadium had reached 47 as crowds gathered outside."),
    ("Rescuers said 11 people were missing after the boat capsized.",
     "Rescuers said the number of people missing after the boat capsized had reached 19 as a crowd waited at the "
     "jetty."),
    ("Police said 18 people were injured in the crush at the concert.",
     "Police said the number of people injured in the crush at the concert had reached 27, and the audience was "
     "told to leave."),
    ("Officials said 60 people were taken ill at the rally.",
     "Officials said the number of people taken ill at the rally topped 90 as the turnout surprised organisers."),
    ("Police said 9 fans were arrested at the match.",
     "Police said the number of fans arrested at the match had reached 16 after crowds clashed outside the ground."),
    ("The electoral commission said 45,000 ballots were spoiled.",
     "The electoral commission said the number of spoiled ballots had reached 61,000, with turnout at 58%."),
    ("Police in Sydney said 15 people were arrested at the protest.",
     "Police in Sydney said arrests at the protest had reached 28 as the crowd marched on parliament."),
    # the one1 review's rows: a gathering doing something else than growing beside a tally's update, and a crowd
    # that only modifies another noun ("the crowd surge")
    ("Police said 21 people died in the stampede at the festival.",
     "Police said the death toll from the stampede had reached 34 as crowds left the festival."),
    ("Police said 40 people were arrested at the march.",
     "Police said arrests at the march had reached 65 as the crowd moved on Downing Street."),
    ("Paramedics said 12 people were treated at the concert.",
     "Paramedics said the number of people treated at the concert had reached 30 before the audience was sent home."),
    ("The commission said 12,000 postal votes were rejected.",
     "The commission said rejected postal votes had reached 19,000 despite a turnout of 71%."),
    ("Police said 12 people were arrested at the derby.",
     "Police said arrests at the derby had reached 20 as the crowd grew angry."),
    ("Organisers said 3 people were hurt in the crowd surge.",
     "Police said the number of people hurt in the crowd surge had reached 9.", SMALL_FIGURES),
]

SAME = [
    # an update retold with its figure or a rounding of it
    ("The death toll from the bus crash has risen to 22, police said.",
     "Police said 22 people had now died in the bus crash."),
    ("The number of flooded homes rose to 210, the council said.",
     "The council said about 200 homes had been flooded."),
    ("Confirmed measles cases climbed to 420, the health department said.",
     "The health department said more than 400 measles cases had been confirmed."),
    ("The death toll from the earthquake jumped to 1,023, officials said.",
     "Officials said more than 1,000 people had died in the earthquake."),
    ("The toll rose by 9 to 23, the ministry said.",
     "The ministry said 23 people had died."),
    ("The union said its membership had risen to 4,000.",
     "The union said it had about 4,000 members."),
    ("The statistics office said the number of unemployed rose by 20,000 to 1.5 million.",
     "The statistics office said 1.5 million people were out of work."),
    # a "rose", "mount" or "now" that is not the figure's measure: drift, as before
    ("The storm destroyed 300 homes as river levels rose, officials said.",
     "Officials said the storm destroyed 350 homes."),
    ("The company now employs 12,000 people, its chief executive said.",
     "The chief executive said the company employs about 15,000 people."),
    ("The eruption of Mount Merapi forced 2,000 villagers to flee, officials said.",
     "Officials said 2,500 villagers fled the eruption of Mount Merapi."),
    ("Amid mounting losses, the firm said it would cut 800 jobs.",
     "The firm said it would cut 1,000 jobs."),
    # a rise of a share or a sum, no count: drift, as before
    ("Inflation rose to 4.6% in March, the statistics office said.",
     "The statistics office said inflation rose to almost 5% in March."),
    ("The bank said its annual profit rose to $4.6 billion.",
     "The bank said its annual profit rose to nearly $5 billion."),
    ("Petrol prices rose by 7.40 shillings a litre, the regulator said.",
     "The regulator said petrol would cost about seven shillings more per litre.", DECIMAL_ROUNDED),
    ("Rents rose 9% last year, the agency said.",
     "The agency said rents rose nearly 10% last year."),
    # a bare figure told as risen that is no tally (no noun read, none named, none counted beside it): a
    # temperature, a price, an index, a fare, a wind speed (the cprec8 review's rows, gaps beyond 5%)
    ("Forecasters said temperatures would climb to 41 in Adelaide on Friday.",
     "Forecasters said temperatures in Adelaide would reach 46 on Friday."),
    ("The Land Registry said the average price in the borough rose to 285,000 in June.",
     "The Land Registry said the average price in the borough in June was 312,000."),
    ("The index of consumer confidence rose to 104.3 in May, the institute said.",
     "The institute said consumer confidence stood at 96.2 in May."),
    ("Commuters said the fare rose to 2.80 in January.",
     "Commuters said the fare was 3.10 from January."),
    ("Forecasters said gusts would climb to 110 on the coast.",
     "Forecasters said gusts on the coast could reach 130."),
    # a gathering's size reached, however the parse hangs it, is one more estimate of it (one1: read in ``measured``)
    ("Police said 30,000 people were at the rally.",
     "Police said the number of people in the crowd at the rally had reached 35,000."),
    ("Officials said 12,000 fans watched the final in the park.",
     "Officials said the crowd watching the final in the park has passed 15,000."),
    # a level given beside the gathering growing is its size (the one1 review's rows)
    ("Police said 5,000 people joined the march.",
     "Police said the number of people on the march reached 8,000 as the crowd swelled."),
    ("Police said 2,000 protesters gathered at the parliament.",
     "Police said protesters at the parliament had reached 3,500 and the crowd was still growing."),
    ("Police said 25,000 people marched in Melbourne.",
     "Police said numbers at the Melbourne march reached 32,000 as the crowd stretched for a kilometre."),
    # plain drift, no update
    ("The airline said 460 flights were cancelled.",
     "The airline said nearly 500 flights had been cancelled."),
    ("Officials said 18,000 residents were evacuated from the valley.",
     "Officials said more than 21,000 residents had now been evacuated from the valley."),
    ("The union said 4,000 workers had joined the strike.",
     "The union said 6,500 workers had joined the strike."),
]


PAIRS = (("apart", (STORY, STORY), False, APART), ("same", (STORY, STORY), True, SAME))


def test_claim_pairs_updates_a_count_and_its_update(joined, a, b, stories, same):
    assert joined(a, b, *stories) == same, f"{'should join' if same else 'should stay apart'}: {a!r} | {b!r}"

