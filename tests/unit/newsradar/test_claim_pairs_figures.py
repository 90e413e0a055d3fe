"""Claim matching on one story's figures: one figure counting two things, or one quantity told two ways.

Written for NewsRadar (issue 13, no label batch), in other topics and wordings than the bench and the other
probe sets: the same figure for two quantities (two nouns, two events, two subjects of a percentage) must stay
apart; one quantity whose noun is dropped, inflected, qualified or swapped for a synonym, one event in other
verbs, a hedged figure and a count that drifts must join. Each pair runs the enricher's path (the extractor,
``claim_match.signature`` with one story id, ``claim_match.place``).
"""
from __future__ import annotations


STORY = "story-1"

# A pair's third item is why the matcher still gets it wrong: run as a strict xfail, so a fix shows as a pass.
OTHER_NOUN = ("one figure in one story joins whatever noun counts it: outlets count one quantity by loosely related "
              "nouns (homes / households / customers, cases / infections, children / pupils; 51 dev pairs, none "
              "apart), and splitting two nouns that are neither equal nor 'people' lost dev P and R in both halves")
SHARE_OF_WHAT = "a percentage's subject (exports / imports, unemployment / wages, backing / undecided) is not read"
OTHER_BEAT_EVENT = ("destroyed / damaged, cancelled / delayed, created / axed, opened / closed are no events: read "
                    "from the claim's bag of words, 'a close ally', 'an open letter' or 'damages' split retellings, so "
                    "they wait for the event that governs the figure")
KEPT_OR_CUT = "jobs kept or saved against jobs cut or lost is not read as an opposite: the shared figure joins them"
SHARE_OF_WHAT_NOUN = ("one share in one story joins whatever it is a share of (staff / offices, flights / pilots): "
                      "a share's noun is no unit, so the figure is all the claims share (review of 187b7c1)")
FIGURE_AS_NAME = ("30 miles and 30 climbers share no quantity, but the figure counts as a shared name and every word "
                  "of the shorter claim is the longer's")

SAME = [
    # the noun dropped, qualified, inflected or swapped for one the claim's readers take as the same
    ("The health service said it would add 5,000 beds this winter.",
     "The health service said it would add 5,000 hospital beds this winter."),
    ("The health service said it would add 5,000 beds this winter.",
     "Some 5,000 new beds will be added this winter, the health service said."),
    ("The carmaker said it would recall 75,000 vehicles.",
     "The carmaker is recalling 75,000 of its vehicles, a spokeswoman said."),
    ("Organisers said 12,000 runners took part in the marathon.",
     "Some 12,000 took part in the marathon, organisers said."),
    ("The coastguard said 45 migrants had been rescued overnight.",
     "Forty-five people were rescued overnight, the coastguard said."),
    ("The school board said 1,500 pupils would move to the new campus.",
     "About 1,500 students will move to the new campus, the school board said."),
    ("The charity said it had delivered 40,000 meals to the town.",
     "The charity said 40,000 hot meals had been handed out in the town."),
    ("The fire service said 250 homes were destroyed in the blaze.",
     "The blaze destroyed 250 houses, the fire service said."),
    ("Police said 1,100 officers would be on duty for the match.",
     "Some 1,100 police officers will be on duty for the match, police said."),
    ("The airline said 80 flights were cancelled because of fog.",
     "The airline said it had cancelled 80 of its flights because of fog."),
    ("The ministry said 3,000 troops would leave the region.",
     "Around 3,000 soldiers will be withdrawn from the region, the ministry said."),
    ("The regulator said the bank had been fined $40 million.",
     "The bank must pay a $40 million fine, the regulator said."),
    ("Officials said 18,000 residents were evacuated from the valley.",
     "Officials said about 18,000 people had been evacuated from the valley."),
    # one quantity drifting
    ("Officials said 18,000 residents were evacuated from the valley.",
     "Officials said more than 21,000 residents had now been evacuated from the valley."),
    ("The health ministry said 23 people died in the floods.",
     "The health ministry said the death toll from the floods had risen to 31."),
    ("The union said 4,000 workers had joined the strike.",
     "The union said 6,500 workers had joined the strike."),
    ("The carmaker said it would recall 75,000 vehicles.",
     "The carmaker said it would recall 90,000 vehicles."),
    ("The utility said 120,000 homes were without power.",
     "The utility said 95,000 customers were still without power."),
    # one event in other words, a count's rise, a hedge, or a claim naming both events
    ("The ministry said 17 people were killed in the attack.",
     "Seventeen people died in the attack, the ministry said."),
    ("Police said 25 protesters were detained outside parliament.",
     "Police said they had arrested 25 protesters outside parliament."),
    ("Officials said 40 villagers fled the landslide.",
     "Officials said 40 villagers were evacuated after the landslide."),
    ("The ministry said 17 people were killed and 40 injured in the attack.",
     "The ministry said 17 people died in the attack."),
    ("Officials said the toll rose to 19.",
     "Officials said 19 people had died."),
    ("The toll has risen to 19, officials said.",
     "Nineteen people were killed in the crash, officials said."),
    ("The number of arrests rose to 60, police said.",
     "Police said 60 people had been arrested."),
    ("The storm destroyed 120 barns, the fire service said.",
     "The fire service said 120 barns were flattened by the storm."),
    ("The airline said 40 flights were cancelled on Monday.",
     "The airline said it had scrapped 40 flights on Monday."),
    ("The retailer said it would close 120 stores next year.",
     "The retailer said it would shut 120 shops next year."),
    ("The bank said it would cut 800 jobs in Leeds.",
     "The bank said 800 jobs would go in Leeds."),
    ("The carmaker said it would create 3,000 jobs at the plant.",
     "The new plant will bring 3,000 jobs, the carmaker said."),
    ("Officials said 300 homes were damaged by the flood.",
     "Officials said the flood damaged about 300 houses."),
    ("The council said 45 schools would close on Monday.",
     "The council said 45 schools would be shut on Monday."),
    ("The rail operator said 65 trains were delayed by the snow.",
     "Snow held up 65 trains, the rail operator said."),
    ("Close to 500 flights were cancelled, the airline said.",
     "The airline said 500 flights had been cancelled."),
    ("The airline said close to 500 flights were scrapped.",
     "The airline said it had cancelled 500 flights."),
    ("Officials said close to 300 people were hurt in the quake.",
     "Officials said 300 people were injured in the quake."),
    ("Police opened fire on the crowd, killing 12 people, witnesses said.",
     "Witnesses said 12 people were killed when police fired on the crowd."),
    # an event word in another sense, or of another thing than the figure, beside the figure's own event
    ("The carmaker said 1,200 jobs would be lost when the plant closes next year.",
     "The carmaker said it would cut 1,200 jobs."),
    ("The firm said its new plant, which opens in May, would employ 1,500 people.",
     "The firm said the new plant would create 1,500 jobs."),
    ("Organisers said 45,000 fans watched the final, which was delayed by rain.",
     "Organisers said 45,000 fans attended the final at the newly opened stadium."),
    ("The insurer said the storm caused $40 million in damage.",
     "The insurer said the storm destroyed property worth $40 million."),
    ("The lawyer said the newspaper was ordered to pay $2.5 million in damages.",
     "The lawyer said the judge approved the $2.5 million award."),
    ("The health agency said 1,400 close contacts had been told to isolate.",
     "The health agency said 1,400 people were ordered to isolate after two deaths."),
    ("The regulator said the $3.2 billion deal, delayed for a year, was now complete.",
     "The regulator said it had approved the $3.2 billion deal."),
    ("The council said 1,800 households would benefit from the new fund created this year.",
     "The council said 1,800 households would get help after the cuts."),
    ("The mayor said the bridge, shut since the flood, carries 40,000 cars a day.",
     "The mayor said 40,000 cars a day used the bridge before it was damaged."),
    ("The charity said the earthquake left 12,000 children homeless.",
     "The charity said the quake destroyed the homes of 12,000 children."),
    ("The utility said the storm left 300,000 homes without power.",
     "The utility said power was cut to 300,000 homes."),
    ("The bank said 2,300 customers had been hurt by the outage.",
     "The bank said the outage left 2,300 customers unable to pay."),
    ("The regulator said 2.1 million customers were hurt by the price rise.",
     "The regulator said 2.1 million customers were left paying more."),
    # a share told as a fraction and as a percentage or beside a count, a rate's move as a fraction and in basis points
    ("The mill said it had laid off half its workforce.",
     "The mill has cut 400 jobs, half of its staff, the company said."),
    ("The mayor said half the city had been evacuated.",
     "About 50% of the city's residents have been evacuated, the mayor said."),
    ("The Bank of Canada said it would cut its key rate by half a point.",
     "The Bank of Canada will cut its key rate by 50 basis points, the bank said."),
]

DIFFERENT = [
    # one figure, two nouns
    ("The ministry said 2,000 teachers would be hired next year.",
     "The ministry said 2,000 classrooms would be built next year.", OTHER_NOUN),
    ("Organisers said 12,000 runners took part in the marathon.",
     "Organisers said 12,000 spectators lined the route of the marathon.", OTHER_NOUN),
    ("The charity said it had delivered 40,000 meals to the town.",
     "The charity said it had delivered 40,000 blankets to the town.", OTHER_NOUN),
    ("The carmaker said it would recall 75,000 vehicles.",
     "The carmaker said 75,000 workers would be furloughed."),
    ("Police said 60 officers were deployed at the stadium.",
     "Police said 60 fans were thrown out of the stadium.", OTHER_NOUN),
    ("The city council said 900 trees were planted this year.",
     "The city council said 900 streetlights were replaced this year.", OTHER_NOUN),
    ("The hospital said 80 patients were treated for burns.",
     "The hospital said 80 doctors were called in to help.", OTHER_NOUN),
    ("The university said 600 students would be admitted in autumn.",
     "The university said 600 staff would lose their posts in autumn.", OTHER_NOUN),
    ("The coastguard said 45 boats had been searched overnight.",
     "The coastguard said 45 migrants had been rescued overnight.", OTHER_NOUN),
    ("The army said 300 soldiers were sent to the border.",
     "The army said 300 drones were sent to the border.", OTHER_NOUN),
    ("The company said it would spend $500 million on the new factory.",
     "The company said the new factory would employ 500 people."),
    ("The rescue team said the climbers walked 30 miles to reach the village.",
     "The rescue team said 30 climbers reached the village.", FIGURE_AS_NAME),
    # one percentage of two things
    ("The statistics office said exports grew 2.4% in May.",
     "The statistics office said imports grew 2.4% in May.", SHARE_OF_WHAT),
    ("The statistics office said unemployment rose to 4.5% in March.",
     "The statistics office said wages rose 4.5% in March.", SHARE_OF_WHAT),
    ("The pollster said 38% of voters backed the mayor.",
     "The pollster said 38% of voters were undecided.", SHARE_OF_WHAT),
    # one figure, two events
    ("The ministry said 17 people were killed in the attack.",
     "The ministry said 17 people were wounded in the attack."),
    ("Police said 25 protesters were detained outside parliament.",
     "Police said 25 protesters were hurt outside parliament."),
    ("Officials said 40 villagers died in the landslide.",
     "Officials said 40 villagers were evacuated after the landslide."),
    ("Police said 15 people were arrested at the rally.",
     "Police said 15 officers were injured at the rally."),
    ("Officials said 300 homes were destroyed by the flood.",
     "Officials said 300 homes were damaged by the flood.", OTHER_BEAT_EVENT),
    ("The fire service said the storm destroyed 120 barns.",
     "The fire service said 120 barns were damaged in the storm.", OTHER_BEAT_EVENT),
    ("The airline said 40 flights were cancelled on Monday.",
     "The airline said 40 flights were delayed on Monday.", OTHER_BEAT_EVENT),
    ("The rail operator said 65 trains were delayed by the snow.",
     "The rail operator said 65 trains were cancelled because of the snow.", OTHER_BEAT_EVENT),
    ("The bank said it would create 800 jobs in Leeds.",
     "The bank said it would axe 800 jobs in Leeds.", OTHER_BEAT_EVENT),
    ("The council said 45 schools would open on Monday.",
     "The council said 45 schools would close on Monday.", OTHER_BEAT_EVENT),
    ("The retailer said it would open 120 stores next year.",
     "The retailer said it would close 120 stores next year.", OTHER_BEAT_EVENT),
    # a rise and a cut of one rate, at one value or at two
    ("The central bank said it would raise rates to 4.25%.",
     "The central bank said it would cut rates to 4.25%."),
    ("The bank said it would raise its main rate to 4.5%.",
     "The bank said it would cut its main rate to 4.25%."),
    ("The union said members' pay had risen 4.5%.",
     "The union said members' pay had been cut 4.5%."),
    # one figure, opposite outcomes
    ("The company said 400 jobs would be kept at the plant.",
     "The company said 400 jobs would be cut at the plant.", KEPT_OR_CUT),
    # one share of two things
    ("The company said half its staff would work from home.",
     "The company said half its offices would close.", SHARE_OF_WHAT_NOUN),
    ("The airline said it had cancelled half its flights.",
     "The airline said half its pilots had joined the strike.", SHARE_OF_WHAT_NOUN),
]


# One round share (a multiple of ten percent, a half, "one in five") of one group, written before any code, in
# topics of no row above: a distinctive figure two claims of one story share joins them on its own, and a round
# share is the figure a survey's or a report's two findings about one group most often share. Those two findings
# are two claims; one finding retold ("40%" / "Forty per cent", "one in five" / "20 per cent", another verb for
# it, reported beside direct) is one.
ROUND_SHARE = ("one share of one group in one story joins whatever it is a share of doing: a shared distinctive "
               "figure needs no other word, and a round share is as common in a survey's findings as a small count")
ONE_IN_FIVE = "'One in five drivers' is read as a count of 5 drivers, not as a share of 20 percent"
SHARE_AS_SPEAKER = ("'Eight in ten teachers said they were exhausted': the share is read as the speaker, and the "
                    "content keeps no figure")
ROUND_SHARE_APART = [
    ("The survey found that 40% of nurses had considered quitting.",
     "The survey found that 40% of nurses worked unpaid overtime every week.", ROUND_SHARE),
    ("A poll by the institute showed 70 percent of voters opposed the tax.",
     "A poll by the institute showed 70 percent of voters expected prices to rise."),
    ("The report said 30% of schools lacked a qualified maths teacher.",
     "The report said 30% of schools had leaking roofs.", ROUND_SHARE),
    ("The study found 20 per cent of drivers used their phones at the wheel.",
     "The study found 20 per cent of drivers had never taken a refresher course."),
    ("The union's survey said 80% of teachers felt exhausted.",
     "The union's survey said 80% of teachers bought classroom supplies with their own money.", ROUND_SHARE),
    ("The bank's survey found that 60 percent of small firms planned to raise prices.",
     "The bank's survey found that 60 percent of small firms struggled to hire staff.", ROUND_SHARE),
    ("The census showed 10% of households had no internet access.",
     "The census showed 10% of households owned an electric car.", ROUND_SHARE),
    ("The regulator said 90% of complaints concerned late deliveries.",
     "The regulator said 90% of complaints were resolved within a month.", ROUND_SHARE),
    ("The charity's research found half of carers had skipped meals.",
     "The charity's research found half of carers had given up work.", ROUND_SHARE),
    ("The ministry said 50% of the new homes would be affordable.",
     "The ministry said 50% of the new homes would be built on brownfield land.", ROUND_SHARE),
    ("The audit found 40 per cent of contracts were awarded without tender.",
     "The audit found 40 per cent of contracts ran over budget.", ROUND_SHARE),
    ("The hospital trust said 70% of beds were occupied by elderly patients.",
     "The hospital trust said 70% of beds were in wards built before 1970.", ROUND_SHARE),
    ("Researchers said 30 percent of the coral had bleached.",
     "Researchers said 30 percent of the coral was in marine protected areas.", ROUND_SHARE),
    ("The poll found that 20% of young people had been bullied online.",
     "The poll found that 20% of young people had no savings.", ROUND_SHARE),
    ("The airline said 80 per cent of its flights left on time in July.",
     "The airline said 80 per cent of its flights in July were full.", ROUND_SHARE),
    ("The survey showed 60% of farmers had lost crops to drought.",
     "The survey showed 60% of farmers were over 55.", ROUND_SHARE),
]
ROUND_SHARE_APART += [
    # written after a rule was tried (a round share alone no longer made two claims of one story one) and dropped:
    # on these 12 sentences it split 4 retellings main joins and kept 1 of the 4 pairs below apart
    ("The pollster said 70% of voters backed the plan.",
     "The pollster said 70% of voters distrusted the mayor.", ROUND_SHARE),
    ("The watchdog said 30% of the products tested contained lead.",
     "The watchdog said 30% of the products tested were sold online.", ROUND_SHARE),
    ("The survey found 50% of renters had fallen behind on payments.",
     "The survey found 50% of renters lived with flatmates.", ROUND_SHARE),
    ("The report said 20% of the forest had been cleared since 2000.",
     "The report said 20% of the forest was protected by law.", ROUND_SHARE),
]
SHARE_IN_WORDS = "a share written as words ('Six in ten', 'Half the city', 'A fifth of') is not read as the percentage"
ROUND_SHARE_SAME = [
    # the dropped rule's look-alikes (see above): retold round shares that share few words but the figure
    ("Turnout reached 60%, the election commission said.",
     "Sixty percent of voters cast a ballot, the election commission said."),
    ("The vaccine was 90% effective, the company said.",
     "The shot cut infections by 90 percent, the company said."),
    ("Sales fell 30% in March, the retailer said.",
     "The retailer said revenue dropped by 30 per cent in March."),
    ("The ministry said 40% of the budget would go to health.",
     "Forty percent of spending will be on hospitals and clinics, the ministry said."),
    ("The pollster said 70% of voters backed the plan.",
     "Seven in ten voters support the plan, the pollster said."),
    ("Turnout reached 60%, the election commission said.",
     "Six in ten voters cast a ballot, the election commission said.", SHARE_IN_WORDS),
    ("Half the city was without power, the utility said.",
     "The utility said 50% of homes had lost electricity.", SHARE_IN_WORDS),
    ("The airline said 20% of its flights were cancelled.",
     "A fifth of the airline's services were scrapped, it said.", SHARE_IN_WORDS),
    ("The survey found that 40% of nurses had considered quitting.",
     "Forty per cent of nurses have thought about leaving their jobs, the survey found."),
    ("A poll by the institute showed 70 percent of voters opposed the tax.",
     "Seven in ten voters are against the tax, the institute's poll showed."),
    ("The report said 30% of schools lacked a qualified maths teacher.",
     "Thirty percent of schools are without a qualified maths teacher, the report said."),
    ("The study found 20 per cent of drivers used their phones at the wheel.",
     "One in five drivers uses a phone while driving, the study found.", ONE_IN_FIVE),
    ("The union's survey said 80% of teachers felt exhausted.",
     "Eight in ten teachers said they were exhausted, according to the union's survey.", SHARE_AS_SPEAKER),
    ("The bank's survey found that 60 percent of small firms planned to raise prices.",
     "Sixty percent of small businesses intend to put up prices, the bank's survey found."),
    ("The census showed 10% of households had no internet access.",
     "One in ten households has no internet connection, the census showed."),
    ("The regulator said 90% of complaints concerned late deliveries.",
     "Nine out of ten complaints were about late deliveries, the regulator said."),
    ("The charity's research found half of carers had skipped meals.",
     "Half of all carers have gone without meals, the charity's research found."),
    ("The audit found 40 per cent of contracts were awarded without tender.",
     "Forty percent of contracts were handed out without a tender, auditors found."),
    ("Researchers said 30 percent of the coral had bleached.",
     "Nearly a third of the coral has been bleached, researchers said."),
    ("The poll found that 20% of young people had been bullied online.",
     "A fifth of young people have suffered online bullying, the poll found."),
    ("The airline said 80 per cent of its flights left on time in July.",
     "Eight in ten of the airline's July flights departed on time, it said."),
    ("The survey showed 60% of farmers had lost crops to drought.",
     "Drought has destroyed crops for 60 percent of farmers, the survey showed."),
    ("The ministry said 50% of the new homes would be affordable.",
     "Half the new homes will be affordable, the ministry said."),
    ("The hospital trust said 70% of beds were occupied by elderly patients.",
     "Elderly patients fill seven in ten beds, the hospital trust said."),
]


PAIRS = (("same", (STORY, STORY), True, SAME), ("different", (STORY, STORY), False, DIFFERENT),
         ("round share, apart", (STORY, STORY), False, ROUND_SHARE_APART),
         ("round share, same", (STORY, STORY), True, ROUND_SHARE_SAME))


def test_claim_pairs_figures_one_quantity_or_two(joined, a, b, stories, same):
    assert joined(a, b, *stories) == same, f"{'should join' if same else 'should stay apart'}: {a!r} | {b!r}"
