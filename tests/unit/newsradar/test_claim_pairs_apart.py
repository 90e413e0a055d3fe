"""Claim matching on false joins: two claims of one story that share its words, figures or speaker, and stay apart.

Written for NewsRadar (issue 13, no label batch), in other topics and house styles than
``test_claim_pairs_general.py``: one speaker's two statements, two speakers' opposite claims, a claim and a
reaction to it, one figure counting two things, a forecast and its outcome; with true repeats beside them as
guards (a paraphrase, a short and a full name, a rounded figure). Each pair runs the enricher's path (the
extractor, ``claim_match.signature`` with a story id, ``claim_match.place``). Across stories a shared count still
joins two events (strict xfails): the one rule that split them also split one toll retold in other words.
"""
from __future__ import annotations


# A pair's third item is why the matcher still gets it wrong: run as a strict xfail, so a fix shows as a pass.
OTHER_NOUN = ("one figure in one story joins whatever noun counts it: outlets count one thing by other nouns and "
              "share no other word ('250,000 homes', 'a quarter of a million households'), so splitting two nouns "
              "lost dev recall in both halves")
SHARE_OF_WHAT = "a percentage says nothing of what it is a share of: one value in one story is one shared figure"
OTHER_STATE = ("one figure of one noun in one story joins whatever the verbs say: 'without power' and 'power "
               "restored' are two states of the same homes")
DRIFT = ("inside one story another value of one quantity is drift, whatever tense or speaker gives it: a "
         "forecast and its outcome are one quantity")
FIGURE_AS_NAME = ("the figure counts as a shared name in the similarity even when its units differ (acres, "
                  "firefighters), which lifts two claims sharing one story word over the story bar")
FORECAST = "a forecast and its outcome share the story's words and a speaker's side: tense is not read"
GROUPS = ("'groups' may be anyone's voice, so a pensioners' group is compatible with the government, and the "
          "reaction repeats the claim's figure")
SHARED_COUNT = ("across stories a shared count joins two events; asking for one more shared word (ba78c44, "
                "a9cfa82) was reverted twice on review for losing the same toll retold in other words (bus/coach, "
                "quake/earthquake), and hedges ('at least', 'toll') defeat it")
ONE_VERB = "across stories the verbs must meet when either claim has one: 'buried' has no match in 'died'"

STORY_APART = [
    # one speaker, two statements of one story
    ("The transport minister said rail fares would rise 5% in March.",
     "The transport minister said the new line would open in May."),
    ("The club said its manager had signed a new three-year contract.",
     "The club said the stadium expansion would be finished by 2027."),
    ("Health officials said 300 people had been vaccinated at the clinic.",
     "Health officials said the clinic would close at the end of the month."),
    ("The fire chief said the blaze had destroyed 40 homes.",
     "The fire chief said the cause of the blaze was still unknown."),
    ("The school board said classes would resume on Thursday.",
     "The school board said the heating system had failed overnight."),
    ("Governor Maria Alvarez said the state would hire 2,000 teachers.",
     "Governor Maria Alvarez said the state budget was balanced."),
    ("The central bank said inflation would fall below 3% next year.",
     "The central bank said it would keep buying government bonds."),
    ("The airport said 120 flights had been delayed by fog.",
     "The airport said its new terminal would open in the autumn."),
    ("Police said the suspect had been released on bail.",
     "Police said the suspect had been charged with assault."),
    ("NASA said the launch would take place on Saturday.",
     "NASA said the launch had been delayed by a fuel leak."),
    ("The spokesman said the president had tested positive for Covid.",
     "The spokesman said the president would keep working from home."),
    # two speakers, opposite claims
    ("Prosecutors said the mayor had accepted cash from developers.",
     "The mayor denied accepting any money from developers."),
    ("Ukraine said Russian troops had shelled the power plant.",
     "Russia said Ukrainian forces had shelled the power plant."),
    ("Environmental groups said the pipeline had leaked into the river.",
     "The pipeline operator said no oil had reached the river."),
    ("The players' union said the league owed its members unpaid wages.",
     "The league said all wages had been paid in full."),
    ("The defence said the witness could not be trusted.",
     "The judge said the witness had given clear evidence."),
    ("The opposition said the government had hidden the true cost of the stadium.",
     "The government said it had published every cost of the stadium."),
    ("The coach said the team had trained well all week.",
     "The captain said the team had let the fans down."),
    # a claim and a reaction to it
    ("The government said it would raise the pension age to 68.",
     "Pensioners' groups said raising the pension age to 68 was a betrayal.", GROUPS),
    ("The council said it would close three libraries to save money.",
     "Parents said closing the libraries would hurt children."),
    ("The company said it would move its headquarters to Dublin.",
     "Union leaders said the move to Dublin would cost hundreds of jobs."),
    ("Senator Ruth Okafor said the bill would protect renters.",
     "Landlords said the bill would drive owners out of the market."),
    ("The nurses' union said its members would strike for three days.",
     "The health secretary said the strike was unjustified."),
    ("The regulator said the bank had broken money-laundering rules.",
     "The bank said it would cooperate fully with the regulator."),
    ("Doctors said the boy was recovering in hospital.",
     "Police said the boy had been hit by a car."),
    ("The mayor said the curfew would end on Friday.",
     "Police said hundreds of people had broken the curfew."),
    # one figure of two things
    ("Police said 40 people were killed in the riots.",
     "Police said 40 people were arrested in the riots."),
    ("The army said 20 soldiers were wounded in the attack.",
     "The army said 20 militants were killed in the attack."),
    ("Rescuers said 12 climbers were injured in the avalanche.",
     "Rescuers said 12 climbers died in the avalanche."),
    ("Officials said 300 protesters were detained.",
     "Officials said 300 protesters were injured."),
    ("The hospital said 30 patients were treated for smoke inhalation.",
     "The hospital said 30 staff had been sent home.", OTHER_NOUN),
    ("Organisers said 12,000 runners finished the marathon.",
     "Organisers said 12,000 volunteers helped at the marathon.", OTHER_NOUN),
    ("The airline said 500 flights were cancelled.",
     "The airline said 500 pilots would be hired next year.", OTHER_NOUN),
    ("The WHO said 2 million children had missed vaccinations.",
     "The WHO said 2 million doses had been delivered.", OTHER_NOUN),
    ("The ministry said 250 schools would close for the week.",
     "The ministry said 250 teachers had fallen ill.", OTHER_NOUN),
    ("The zoo said 15 penguins had hatched this spring.",
     "The zoo said 15 keepers had been laid off.", OTHER_NOUN),
    ("The charity said 4,000 families had received food parcels.",
     "The charity said 4,000 volunteers had signed up.", OTHER_NOUN),
    ("Officials said the fire had burned 5,000 acres.",
     "Officials said 5,000 firefighters were battling the fire.", FIGURE_AS_NAME),
    ("The company said its profits rose 20% last year.",
     "The company said its share price rose 20% on Monday.", SHARE_OF_WHAT),
    ("Scientists said the glacier had lost 30% of its mass since 1990.",
     "Tourism officials said visitor numbers at the glacier had risen 30% since 1990.", SHARE_OF_WHAT),
    ("The utility said 15,000 homes were without power.",
     "The utility said power had been restored to 15,000 homes.", OTHER_STATE),
    ("The developer said the tower would have 300 flats.",
     "The council said only 30 of the flats would be affordable."),
    # a forecast and the outcome
    ("Pollsters predicted turnout would reach 65%.",
     "The election commission said turnout was 58%.", DRIFT),
    ("Analysts had expected the economy to grow 2% in the quarter.",
     "The statistics office said the economy grew 1.2% in the quarter."),
    ("Forecasters said the storm would bring 200mm of rain.",
     "The weather service said 90mm of rain fell overnight."),
    ("The minister said the bridge would be finished by June.",
     "The ministry said the bridge was finished in September.", FORECAST),
]

STORY_SAME = [
    ("Transport Minister Helen Cho said rail fares would rise 5% in March.",
     "Rail fares will go up 5% in March, the transport minister said."),
    ("Police said 40 people were arrested in the riots.",
     "Forty people were arrested during the riots, police said."),
    ("The utility said 15,200 homes were without power.",
     "About 15,000 homes had no power, the utility said."),
    ("Prosecutors said the mayor had accepted cash from developers.",
     "The mayor took cash from developers, prosecutors said."),
    ("The World Bank said the economy would grow 2.1% this year.",
     "The economy will expand by about 2% this year, the World Bank said."),
    ("Microsoft said it would cut 10,000 jobs.",
     "Microsoft Corp said it plans to cut 10,000 jobs."),
    ("Governor Maria Alvarez said the state would hire 2,000 teachers.",
     "Alvarez said the state will hire 2,000 more teachers."),
    ("The pipeline operator said no oil had reached the river.",
     "No oil reached the river, the operator of the pipeline said."),
    ("The fire chief said the blaze had destroyed 40 homes.",
     "Forty homes were destroyed by the blaze, the fire chief said."),
    ("The airline said 500 flights were cancelled because of the strike.",
     "About 500 flights were cancelled because of the strike, the airline said."),
    ("The council said it would close three libraries to save money.",
     "Three libraries will close to save money, the council said."),
    ("NASA said the launch had been delayed by a fuel leak.",
     "A fuel leak delayed the launch, NASA said."),
    ("The statistics office said the economy grew 1.2% in the quarter.",
     "The economy expanded 1.2% in the quarter, the statistics agency said."),
    ("Russia said Ukrainian forces had shelled the power plant.",
     "Moscow said Ukrainian troops had shelled the power plant."),
    ("Organisers said 12,000 runners finished the marathon.",
     "Some 12,000 runners completed the marathon, organisers said."),
    ("The league said all wages had been paid in full.",
     "All wages have been paid in full, the league said."),
    ("The hospital said 30 patients were treated for smoke inhalation.",
     "Thirty people were treated for smoke inhalation, the hospital said."),
    ("The company said it would move its headquarters to Dublin.",
     "The firm will relocate its headquarters to Dublin, the company said."),
    ("Chancellor Jeremy Hunt said fuel duty would be frozen.",
     "Hunt said fuel duty will be frozen for another year."),
    ("The regulator said the bank had broken money-laundering rules.",
     "The bank broke money-laundering rules, the regulator said."),
    ("Health officials said 300 people had been vaccinated at the clinic.",
     "Some 300 people have been vaccinated at the clinic, health officials said."),
    ("Rescuers said 12 climbers died in the avalanche.",
     "Twelve climbers were killed in the avalanche, rescuers said."),
    ("The storm killed 14 people and injured 40, officials said.",
     "Forty people were hurt in the storm, officials said."),
    ("Police said 40 people were detained after the match.",
     "Forty fans were arrested after the match, police said."),
    ("Halden Motors is recalling 312,000 sedans over faulty airbags.",
     "Halden Motors will call back roughly 300,000 cars over faulty airbags."),
    ("The utility said 312,000 customers were without power.",
     "Some 300,000 homes lost power, the utility said."),
    ("Authorities said 2,300 migrants had crossed the Channel this week.",
     "More than 2,300 people crossed the Channel this week, authorities said."),
    ("The army said 500 troops would be sent to the border.",
     "Some 500 soldiers will be deployed to the border, the army said."),
    ("The company said it would cut 1,200 jobs.",
     "Some 1,200 workers will lose their positions, the company said."),
]

# Two stories the story clusterer split: one claim retold joins across them, two events should not.
ACROSS_APART = [
    ("Health officials said the heat had killed 14 people.",
     "Fourteen people were killed when a bus plunged into a ravine, police said.", SHARED_COUNT),
    ("At least 30 people died in the floods, officials said.",
     "Officials said 30 people were killed in the stampede.", SHARED_COUNT),
    ("The company said it would cut 1,500 jobs.",
     "The bank said it would cut 1,500 jobs.", SHARED_COUNT),
]

ACROSS_SAME = [
    ("2,000 barrels of oil leaked from the pipeline, the operator said.",
     "The pipeline leak released roughly 2,000 barrels of oil, the operator said."),
    ("The ferry sank with 120 passengers on board, the coastguard said.",
     "The coastguard said the ferry had 120 passengers on board when it sank."),
    ("Fourteen people died when the bus plunged into a ravine, police said.",
     "Police said 14 people were killed when the coach fell into a gorge."),
    ("Police said 25 people were arrested.",
     "Twenty-five people were arrested, police said."),
    ("Fourteen people died in the Huari landslide, officials said.",
     "At least 14 people were killed when a landslide buried homes in Huari, officials said.", ONE_VERB),
]


ONE_STORY, TWO_STORIES = ("story-1", "story-1"), ("story-1", "story-2")
PAIRS = (("one story, same", ONE_STORY, True, STORY_SAME), ("one story, apart", ONE_STORY, False, STORY_APART),
         ("two stories, same", TWO_STORIES, True, ACROSS_SAME),
         ("two stories, apart", TWO_STORIES, False, ACROSS_APART))


def test_claim_pairs_apart_shared_words_figures_or_speaker(joined, a, b, stories, same):
    assert joined(a, b, *stories) == same, f"{'should join' if same else 'should stay apart'}: {a!r} | {b!r}"
