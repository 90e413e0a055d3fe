"""Story clustering on a probe set of ordinary feed copy (``tests/samples/story_probes.py``), through the real
extractor and Elasticsearch: reports of one event in other outlets' words share a story, and a look-alike event of
the same topic gets a story of its own.

The whole set is clustered once, as one stream in published order and in the enricher's batches; each event and
each look-alike pair is then a probe of its own. A probe the clusterer still gets wrong is a strict xfail with
its cause, so the day it is fixed shows.
"""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

import pytest

from consumers.enricher.nlp.pipeline import Extractor
from consumers.enricher.stories import StoryClusterer
from newsradar.clients import es_client
from newsradar.es_schema import drop_namespace, ensure_schema
from newsradar.settings import Settings
from tests.samples.alert_articles import make_article
from tests.samples.story_probes import ANCHORS, EVENTS, LOOK_ALIKES, Item

pytestmark = [pytest.mark.elasticsearch]

START = datetime(2024, 3, 4, 6, 0, tzinfo=timezone.utc)

# Probes the clusterer still gets wrong, with the cause its trace gives (the later report's score to the first's
# story, against ``threshold`` 0.17 and ``drift_threshold`` 0.19, and the terms the two share). Most are short
# summaries in other words that share one to four rare terms: lexical TF-IDF has no way to see "quake" and
# "tremor", "ferry" and "launch", "kidnap" and "abduction", "quits" and "resigns" as one.
_BELOW = "below threshold: the reports share only "
_TOWN = "below threshold, the place named at two levels: the reports share only "
_POST = "below threshold, the actor by name in one report and by post in the other: they share only "
_DECAY = "below threshold on decay: "
_WEEK = "direct, a week on: the town, its service and the headline's words reach "
STILL_SPLIT: dict[str, str] = {
    "quake-malatya": _BELOW + "Malatya, AFAD and 'people' (0.17; quake/earthquake/tremor are other words)",
    "ferry-meghna": _BELOW + "Meghna and 'body recover' (0.09; ferry/launch, capsize/sink)",
    "tesla-cybertruck-recall": _BELOW + "Cybertruck, pedal, recall (0.17): the tabloid's angle (TikTok, Musk)",
    "wildfire-marseille": _BELOW + "Marseille and 'blaze' (0.14): 'France's second city' names it another way",
    "alaska-door-plug": "drift guard: the third report's cosine to the two-report centroid is 0.18",
    "sbf-sentence": _BELOW + "Bankman-Fried and 'judge' (0.16): 'SBF' and 'FTX boss' name him other ways",
    "baltimore-bridge": "drift guard: the third report (Maryland, divers) reaches 0.16 to the centroid",
    "iceland-eruption": _BELOW + "Grindavik and 'lava' (0.09; eruption/erupts, volcano)",
    "capital-one-discover": _BELOW + "Capital One, Discover, 'card' (0.17): the reaction angle (Warren)",
    "kuriga-abduction": _BELOW + "Kuriga, school, pupil (0.12; kidnap/abduction)",
    "starship-third": _BELOW + "Starship, rocket, test, flight (0.16)",
    "brussels-farmers": _BELOW + "farmer, summit, fire (0.11; tractors/water cannon angles)",
    "varadkar-resigns": "drift guard: the successor angle (Harris) reaches 0.19 to the centroid, not above it",
    "dubai-floods": _BELOW + "Dubai and 'rain' (0.11): the explainer's angle",
    "halep-cas": _BELOW + "Halep, ban, court, reduce (0.16): NER tags Halep in one report only",
    "novak-resigns": _BELOW + "Katalin and 'president' (0.09): 'Novak' and 'Novák' are two words",
    "navalny-death": _BELOW + "Navalny, prison, service (0.17), and the reactions report Navalny alone (0.07)",
    "kc-parade-shooting": _BELOW + "Kansas City, shot, kill, police (0.11)",
    "haiti-prison": "drift guard: the state-of-emergency report reaches 0.18 to the centroid",
    "bridge-strike-rhine": _BELOW + "Neuenkamp (0.12): the follow-up says crossing, not bridge, and no barge or Rhine",
    "zoo-panda-birth": _BELOW + "Meng, cub, zoo (0.16): the keepers' angle names no panda, birth or Berlin",
    "oil-spill-mauritius": _BELOW + "Wakashio and 'ship' (0.11): the volunteers' angle (slick, booms, Mahebourg)",
    # A town in one report, only its region or country in the other: the place they share is one no word says.
    "floods-paiporta": _TOWN + "'car' (0.02): Paiporta / eastern Spain, Valencia",
    "landslide-wayanad": _TOWN + "'bury' (0.03): Mundakkai, Chooralmala / Kerala",
    "train-crash-balasore": _TOWN + "nothing (0.00): Balasore / eastern India, Odisha",
    "factory-fire-ashulia": "place veto: 0.20 clears the bar, but the headline's Ashulia is not in the first report "
                            "(outside Dhaka, Bangladesh) and they share no name",
    "shooting-lewiston": _TOWN + "suspect, search, police (0.09): Lewiston / Maine",
    "quake-amizmiz": _TOWN + "'earthquake' (0.11): Amizmiz / Morocco, High Atlas",
    "cholera-lusaka": _TOWN + "'cholera' (0.14): Lusaka / Zambia",
    "bus-gorge-kullu": _TOWN + "bus, police (0.06): Kullu, Banjar, Manali / Himachal Pradesh",
    "port-strike-antwerp": _TOWN + "walk, ship (0.07): Antwerp, Scheldt / Belgium",
    "heatwave-jacobabad": _TOWN + "nothing of weight (0.01): Jacobabad / Pakistan",
    "wildfire-limni": _TOWN + "flee, flame, fire (0.10): Limni / Evia, Greece",
    "tornado-rolling-fork": _TOWN + "'tear' (0.02): Rolling Fork / the Mississippi Delta",
    "avalanche-zermatt": _TOWN + "avalanche, die, skier (0.14): Zermatt, Riffelberg / Valais, the Swiss Alps",
    "mine-flood-sanmenxia": _TOWN + "miner, trap, rescuer (0.07): Sanmenxia / Henan, central China",
    "ferry-fire-sulawesi": "place veto: 0.17 clears the bar, but the headline's Manado is not in the first report "
                           "(Sulawesi, Indonesia) and they share no name",
    # One actor named in one report and only by their post in the other: the name, the rarest term, is on one side.
    "pope-ajaccio-visit": _POST + "Ajaccio, Mass (0.15): 'Pope Francis' / 'the pontiff'",
    "lagarde-rate-cut": "drift guard, the actor by name and by post: 0.19 to the centroid of 'Lagarde' / "
                        "'ECB president', under 0.19",
    "orban-beijing-trip": _POST + "Xi, peace (0.13): 'Viktor Orban' / 'Hungarian leader'",
    "sunak-election-call": _POST + "Downing Street, 4 July (0.16): 'Rishi Sunak' / 'prime minister'",
    "altman-ousted": _POST + "board, chief executive (0.12): 'Sam Altman', 'OpenAI' / 'ChatGPT maker's CEO'",
    "zuckerberg-senate-apology": _POST + "hearing, parents (0.12): 'Mark Zuckerberg' / 'Meta CEO'",
    "modi-oath": _POST + "oath, third term (0.12): 'Narendra Modi' / 'India's prime minister'",
    "netanyahu-surgery": _POST + "hernia, surgery (0.13): 'Benjamin Netanyahu' / 'Israeli prime minister'",
    "scholz-confidence-vote": _POST + "Bundestag, confidence vote (0.15): 'Olaf Scholz' / 'German chancellor'",
    "milei-davos-speech": _POST + "World Economic Forum, Davos (0.17): 'Javier Milei' / 'Argentine president'",
    "zelensky-sacks-zaluzhny": _POST + "Zaluzhnyi (0.11): 'Volodymyr Zelensky' / 'Ukrainian president', "
                               "replaces/removes, army chief/top general",
    "yoon-martial-law": _POST + "nothing (0.00): 'Yoon Suk Yeol' / 'South Korean president', martial law/military "
                        "rule",
    # The town in the later headline, named by the earlier report only in its body under the region or not at all.
    "quake-chivay": "below threshold (0.13), the place named at two levels: southern Peru, Arequipa / Chivay",
    "collapse-ikeja": "drift guard: 0.18 clears the bar, but the one-article story's centre (0.19 for a single "
                      "article) is missed: Nigeria's Lagos / Ikeja",
    "flood-grafton": "below threshold (0.12), the place named at two levels: Northern NSW, Clarence River / Grafton",
    "derailment-mallard": "below threshold (0.11), the place named at two levels: Yorkshire / Selby",
    "storm-galway": "drift guard: 0.18 clears the bar, but not the one-article story's centre: west coast / Galway",
    # One event in other words that share only the town (story19's review). Several towns recur in this stream, so
    # the town weighs less here than in the review's own stream.
    "rv-armley-stab": "drift guard: 0.18 to the one-report story's centre, under 0.19; they share only Armley "
                      "(stabbed / knife attack)",
    "rv-ikeja-fire": _BELOW + "Ikeja (0.17, under the bar; fire/blaze, market/stalls)",
    # One desk's follow-up in wholly other words: the town is all it shares with the desk's first item, and one
    # outlet's two such items are held to be two events (``only_places_shared``; the price of that veto).
    "rv-so-cebu-event": "town-only veto of one outlet: 0.24 clears the bar, but Cebu City is all they share "
                        "(overturns / flips, jeepney / public utility vehicle)",
    "rv-so-kisauni-event": "drift guard (0.18 to the centre, main splits it too), and the town-only veto of one "
                           "outlet: Kisauni is all they share (under water / swamped)",
    "so-blackout-accra": "town-only veto of one outlet: 0.32 clears the bar, but Accra is all they share (outage / "
                         "lights go out)",
    # The town and the act in both headlines (story20's probes). What the clusterer lacks: a reading of the later
    # report's angle (rescue, arrests, aftershocks) as the same event; NER tags no place in a "Town noun:" headline.
    "pa-collapse-onitsha": _BELOW + "Onitsha and 'collapse' (0.166): the rescue angle (labourers, debris)",
    "pa-derail-harbin": "drift guard: 0.18 to the first report (score 0.17), under 0.19; Harbin and 'derail' are "
                        "all they share, the stranded passengers' angle",
    "pa-stabbing-croydon": "drift guard: 0.18 to the first report (score 0.18), under 0.19; Croydon and 'stab' are "
                           "all they share, the arrests angle (boys, victim recovers)",
    "pa-quake-hualien": _BELOW + "Hualien and 'quake' (0.12): 'earthquake' / 'quake', the aftershocks angle",
    # Story20's review: one event in other words (its reviewer's items). The same gaps: other words for one act, a
    # town in one report and only its county or region in the other, a follow-up that names neither.
    "r20-sheffield-tram": "drift guard: the tabloid's 'tram smash' angle reaches 0.18 to the first report (score "
                          "0.18), under 0.19; 'crashes into lorry' / 'smash', and NER tags no place in "
                          "'Sheffield tram smash:'",
    "r20-cork-flood": _BELOW + "Cork and 'flood' (0.15): the traders' angle, 'bursts its banks' / 'flooding'",
    "r20-bristol-stab": _BELOW + "Bristol and a boy of 16 (0.13): 'stabbed' / 'knife attack', the manhunt angle",
    "r20-cebu-fire": _BELOW + "Cebu (0.10): 'fire' / 'blaze', the evacuees' angle (gym, relief center)",
    "r20-luton-murder": _BELOW + "nothing of weight (0.01): the tributes report names neither Luton nor the attack's "
                        "street, only 'town centre'",
    "r20-kerry-storm": _TOWN + "'storm' (0.15): Killarney / Kerry; the red-warning report shares nothing (0.04)",
    "r20-cumbria-storm": _TOWN + "'storm' (0.16): Kendal / Cumbria; the gales report shares nothing (0.07: "
                         "gales / storm)",
    "r20-punjab-fog": "drift guard and place veto: the cold-wave report reaches 0.19 (0.188, score 0.19) to the "
                      "Punjab fog report; the Ludhiana bus report clears the bar (0.19) but Ludhiana is not in it",
    "r20-qld-floods": _TOWN + "nothing (0.10): Ingham, Herbert River / north Queensland; the army report shares "
                      "nothing (0.00: floodwaters / flood warnings)",
    # Story21's set: one event told by three outlets in wire, broadsheet, tabloid, local and non-US copy. The same
    # gaps: other words for one act, a name in one report and a role or a nickname in the other, an angle of its own.
    "s21-derby-warehouse": _BELOW + "Ascot Drive (0.13): blaze / fire, the local paper names the street, not Derby",
    "s21-quake-jajarkot": _BELOW + "Jajarkot (0.16): tremor / earthquake, the rescue angle",
    "s21-nz-nurses-strike": _BELOW + "'nurse' (0.04, 0.14): NZNO / Nurses Organisation, hospitals / walk off",
    "s21-kenya-cs-jailed": _BELOW + "Echesa (0.09, 0.12): jailed / sent to prison, minister / CS, the dock angle",
    "s21-formula-recall": "drift guard: the tabloid clears the bar (0.21 to the broadsheet, score 0.20) but reaches "
                          "0.188 to the centre; 'formula' and Similac are most of what they share",
    "s21-qantas-outage": _BELOW + "nothing of weight (0.03): 'flying kangaroo' names Qantas another way",
    "s21-cyclone-mackay": _BELOW + "Kirrily and Mackay (0.169, under 0.17); the clean-up report 0.12",
    "s21-bondi-stabbing": _BELOW + "Westfield, Sydney (0.13): the hero officer's angle",
    "s21-old-firm": _BELOW + "Kyogo, Rangers (0.12, 0.16): Parkhead / Celtic Park, 'the Hoops' for Celtic",
    "s21-rba-cut": _BELOW + "'rate' (0.08, 0.12): RBA / Reserve Bank of Australia, the mortgage holders' angle",
    "s21-swansea-blast": _BELOW + "'house' and 'blast' (0.10): the tabloid names no town but 'the Welsh city'",
    "s21-snowdon-hiker": _BELOW + "nothing of weight (0.02, 0.05): Snowdon / Yr Wyddfa, walker / hiker / climber",
    "s21-pretoria-escape": "drift guard: the minister's-probe report links 0.25 to the jail-break report (score 0.20) "
                           "but 0.16 to the centre; they share Kgosi Mampuru, not a word of the escape",
    "s21-boeing-737-head": "drift guard: 0.187 to the first report clears the bar, not the one-report centre (0.19)",
    "s21-optus-hack": _BELOW + "Optus (0.14): hack / cyber attack, the boss's apology angle",
    "s21-delhi-heat": "drift guard: 0.173 to the first report clears the bar, not the one-report centre (0.19): "
                      "Mungeshpur, Narela / Delhi, 'hottest day' / 'record'",
    "s21-suez-grounding": _BELOW + "Suez (0.17, 0.16): refloat / run aground, tugs, boxship / container ship",
    "s21-shambhu-farmers": "drift guard: the wire links 0.27 to the first report (score 0.22) but 0.18 to the "
                           "centre; Punjab, Haryana and 'farmer' are what they share",
    "s21-unilever-icecream": _BELOW + "nothing of weight (0.14 to the first, 0.09 to the centre): 'Ben & Jerry's "
                             "maker' for Unilever, frozen desserts / ice cream",
    "s21-nairobi-gas": "drift guard: the government's-response report reaches 0.184 to the centre (score 0.175); "
                       "Embakasi and 'gas' are what it shares",
    # Story22's events: a local paper's street or estate for the wire's town, a person named in one report only,
    # the next days' angle (an arrest, a toll that grew, the insurers' bill).
    "s22-hull-flats-fire": _BELOW + "nothing of weight (0.14): Orchard Park, stairwell / Kingston House, ninth floor",
    "s22-adelaide-bus-strike": "below threshold and drift guard: the TWU report 0.15, the operator's 0.178 to the "
                               "centre (score 0.173); drivers walk off / strike, stoppage",
    "s22-ogun-tanker-blast": _BELOW + "Ogun, tanker (0.12): inferno / explosion, FRSC / Federal Road Safety Corps",
    "s22-leeds-murder-sentence": _BELOW + "Ali, shop (0.14, 0.11): the killer's name on one side, 'thug', 'knifed'",
    "s22-wellington-quake": _BELOW + "Wellington (0.09, 0.15): 'strong jolt', 'aftershocks' / 'earthquake', Levin",
    "s22-calgary-water-main": "below threshold: the next day's report 0.15 to the first, 0.09 to the centre (score "
                              "0.10): 'shorter showers', 'water use' / 'main break'",
    "s22-accra-market-fire": _BELOW + "Makola (0.167, under 0.17): fire / blaze, shops / traders' goods",
    "s22-mumbra-train-deaths": _BELOW + "Mumbra, train (0.15): 'passengers hanging from doors' / 'falling from train'",
    "s22-nsw-minister-quits": "drift guard: 0.171 to the one-report centre, under 0.19; Doyle, cabinet / resigns, "
                              "minister",
    "s22-brisbane-hail": _BELOW + "hail, storm (0.13) and the insurers' report 0.16: SES calls, Chermside / Brisbane",
    "s22-cp-rail-strike": _BELOW + "strike (0.17 to the call, score 0.12 two days on): the talks-failed report; "
                          "the strike day's joins the call (0.46)",
    "s22-a419-crash-charge": _BELOW + "nothing of weight: the tributes report names the place Blunsdon, not Swindon "
                             "or the A419 (the charge four days on joins the first)",
    "s22-ewl-power-fault": _BELOW + "nothing of weight (0.02, 0.17 to the third): 'MRT breakdown' / 'power fault', "
                           "East-West Line",
    # Story22's review: an ongoing story's next report eight or nine days on, in other words; the link clears the
    # bar, but the score halves every 96 hours (``half_life_hours``) to under 0.17.
    "s22r-k-bin-strike-week2": _DECAY + "link 0.70, score 0.148 nine days on: the strike's second week",
    "s22r-k-super-tuesday": _DECAY + "link 0.76, score 0.159 nine days on: the campaign's spending plan",
    "s22r-k-mon-fri-service": _DECAY + "link 0.67, score 0.10 eleven days on: the Far North Line's cuts fought",
    "s22r-k-sunday-times": _DECAY + "link 0.55, score 0.137 eight days on: the water company's reply",
    "s22r-k-good-friday-agreement": _DECAY + "link 0.43, score 0.075 ten days on: the Stormont budget row",
}
_OTHER_OUTLET = "another outlet's look-alike, the town-only veto is one outlet's: the reports share only "
STILL_MERGED: dict[str, str] = {
    "senegal-postponed": "direct: the postponement and the result share Senegal, presidential election, vote, "
                         "opposition, candidate",
    "synopsys-ansys": "direct: two takeovers share 'agree to buy/acquire in a $35 billion all-stock deal'",
    "pogba-ban": "direct: two doping bans share the Court of Arbitration for Sport, ban, doping",
    "ecuador-cocaine": "direct: two seizures share cocaine, bananas, Ecuador, tonnes, 'largest in history'",
    "walkout-lufthansa": "direct: two airlines' pay disputes share staff, union, pay, hundreds of flights",
    "mine-flood-congo": "direct: two copper mines flooded by rain share copper, mine, miner, trap, rain (0.27)",
    "museum-theft-louvre": "direct: two museum jewel raids share museum, raid, thief, jewel, display case (0.29)",
    "transfer-record-men": "direct: two Chelsea record signings share Chelsea, sign, record, defender (0.33)",
    # The country or region is the name two events of one topic share, and a shared name lifts the place veto.
    "shooting-portland-maine": "direct: two shootings in Maine share maine, bar, wound, suspect (0.40)",
    "anthrax-sinazongwe": "direct: two outbreaks in Zambia share Zambia, outbreak, health ministry (0.26)",
    "wildfire-rhodes": "direct: two wildfires on Greek islands share wildfire, Greek, island, flee (0.34)",
    # The same post in two headlines of two events: the post's words outweigh what each event did, and the
    # look-alike joins the report that named the actor by post only (the one the named report split from).
    "orpo-nato-summit": "direct: 'Finnish prime minister' in both headlines, Kyiv aid and NATO spending (0.35)",
    "nvidia-earnings": "direct: 'Nvidia chief executive' and chips in both, keynote and earnings (0.50)",
    "orban-eu-veto": "direct: 'Hungarian leader' and Ukraine in both, Beijing trip and EU veto (0.38)",
    "netanyahu-pacemaker": "direct: 'Israeli prime minister' in both, hernia and pacemaker (0.31)",
    "scholz-budget": "direct: 'German chancellor' in both, confidence vote and a minister fired (0.39)",
    "macron-names-pm": "direct: 'French president' in both, snap election and a prime minister named (0.28)",
    "cook-china-visit": "direct: 'Apple chief executive' in both, headset launch and a store opening (0.24)",
    # The same act by another post's holder: the act's words are all the two share, the holders differ.
    "portugal-dissolves": "direct: 'president dissolves parliament, election' in both, French and Portuguese (0.21)",
    "li-qiang-davos": "direct: World Economic Forum, Davos in both, Argentine president and Chinese premier (0.33)",
    "zuckerberg-quest": "direct: headset unveiled, mixed reality, priced in both, Apple and Meta (0.20)",
    # Another event in the same town within a day: in two short summaries the town is the heaviest term they share,
    # and with a few other words it clears the bar (the town alone, or with a weekday, no longer does when both
    # items are one outlet's).
    "temple-puri": "direct: Puri, Jagannath temple, sea beach in both, a cyclone and a kitchen reopening (0.30)",
    "drowning-puri": "direct: Puri, sea beach, tourists in both, a cyclone and two drownings (0.20)",
    "terminal-ikeja": "direct: Ikeja, a collapse and a bus terminal opened (0.24 to the report, 0.28 to the centre)",
    "protest-karachi": "direct: Rashid Minhas Road in both headlines, a fire and a traders' strike (0.47)",
    "robbery-karachi": "direct: Rashid Minhas Road in both headlines, a fire and a robbery (0.40)",
    "ferry-gothenburg": "direct: Gothenburg, port, a dockers' strike and a ferry aground (0.22)",
    # Another outlet's look-alike: the town (and a weekday) is all they share, as two tellings of one event often
    # do, so the town-only veto holds for one outlet's items only.
    "fire-ikeja-market": _OTHER_OUTLET + "Ikeja (0.23), a building collapse and a market fire",
    "airport-ikeja": _OTHER_OUTLET + "Ikeja (0.22 to the report, 0.28 to the centre), a collapse and an airport "
                     "power cut",
    "stabbing-armley": _OTHER_OUTLET + "Armley, Leeds and Monday, a gas blast and a stabbing",
    "council-loan-cebu": _OTHER_OUTLET + "Cebu City and Tuesday, a mall fire and a council vote",
    "rv-armley-two": _OTHER_OUTLET + "Armley (0.20), a stabbing and a library opened",
    "rv-davao-two": _OTHER_OUTLET + "Davao City and Saturday (0.41), a blackout and a firecracker ban",
    "rv-h-kisauni-flood-fire": _OTHER_OUTLET + "Kisauni and Tuesday (0.39), a flood and a shop fire",
    "rv-h-davao-blackout-water": _OTHER_OUTLET + "Davao City and Saturday (0.36), a blackout and a water cut",
    "rv-lincoln-name": _OTHER_OUTLET + "Lincoln and Saturday (0.26), a lorry fire and Lincoln City's win",
    "rv-chelsea-name": _OTHER_OUTLET + "Chelsea and Sunday (0.28), a flat fire and Chelsea's cup exit",
    "rv-paris-name": _OTHER_OUTLET + "Paris and Wednesday (0.26), a metro fault and Paris Hilton's fragrance",
    "rv-weekday-headline-two": _OTHER_OUTLET + "Wrexham and Monday (0.34), an evacuation and a council tax rise",
    "boycott-bristol": "direct: Bristol and Wednesday (0.22): 'University of Bristol' and 'Bristol Water' are bodies, "
                       "not places, so the town's word is a name they share",
    "festival-baguio": "direct: Baguio and 'city office' (0.25): 'city' and 'office' are no words of a place",
    # The same town and another event of its kind or its beat within days (story20's probes and its review's items).
    # What the clusterer lacks: a sense of what happened apart from where; in two short summaries the town and one
    # act or beat word are most of the weight, and they clear both the centre (0.19) and the bar (0.17).
    "pa-collapse-onitsha-two": "direct: Onitsha, building and 'collapse' reach 0.45 to the first report's story "
                               "(score 0.32), a second collapse two days on",
    "pa-collapse-onitsha-three": "direct: Onitsha and 'collapse' in both headlines reach 0.26 (score 0.25), a "
                                 "building and a footbridge",
    "pa-derail-harbin-two": "direct: Harbin and 'derail' reach 0.26 (score 0.18), a freight train and a tram two "
                            "days apart",
    "pa-derail-harbin-three": "direct: Harbin, derailment, freight, wagon reach 0.33 (score 0.32), a second "
                              "derailment the same evening",
    "pa-flood-hebden-two": "direct: Hebden Bridge and 'flood' reach 0.41 (score 0.24), a flood and a flood wall "
                           "approved",
    "pa-stabbing-croydon-two": "direct: Croydon and 'stab' reach 0.30 (score 0.25), a schoolboy and a man a day apart",
    "pa-stabbing-croydon-three": "direct: 'Croydon stabbing' in both headlines reaches 0.31 (score 0.31), a "
                                 "schoolboy and a woman in a flat",
    "pa-quake-hualien-two": "direct: Hualien and 'earthquake' reach 0.30 (score 0.18), a quake and a drill",
    "pa-strike-rotterdam-two": "direct: Rotterdam and 'strike' reach 0.39 (score 0.26), the port and the metro",
    "pa-strike-rotterdam-three": "direct: 'Rotterdam strike' reaches 0.31 (score 0.32), the port and the airport",
    "pa-blaze-kano-two": "direct: Kano and 'fire' reach 0.31 (score 0.22), a market and a filling station",
    "pa-blaze-kano-three": "direct: 'Kano fire' in both headlines reaches 0.24 (score 0.24), a market and a "
                           "hospital store room",
    "pa-landslide-gisborne-two": "direct: Gisborne and 'landslide' reach 0.43 (score 0.29), a slip and the repair bill",
    "r20-donegal-hospital": "direct: Donegal and 'hospital' reach 0.35 (score 0.29), a storm and a nurse shortage",
    "r20-wagga-lotto": "direct: Wagga and 'man' reach 0.23 (score 0.20), a ram raid and a lotto win",
    "r20-sheffield-tram-repairs": "direct: Sheffield and 'tram' reach 0.27 (score 0.23), a crash and line repairs",
    "r20-bristol-amnesty": "direct: Bristol, 'knife' and 'police' reach 0.35 (score 0.25), a stabbing and a knife "
                           "amnesty",
    "r20-adelaide-ramping": "direct: Adelaide and 'ambulance' reach 0.39 (score 0.33), a heatwave and ramping figures",
    "r20-kisumu-hyacinth": "direct: Kisumu, Lake Victoria and 'fishermen' reach 0.39 (score 0.37), a capsized boat "
                           "and a protest",
    "r20-dayton-shooting": "direct: Dayton and 'downtown' reach 0.37 (score 0.35), a water main break and a shooting",
    "r20-glasgow-bins": "direct: Glasgow, 'strike' and 'workers' reach 0.49 (score 0.46), janitors' and bin "
                        "workers' strikes",
    "r20-auckland-prices": "direct: Auckland, 'power' and Vector reach 0.44 (score 0.38), a blackout and a price rise",
    "r20-toronto-station": "direct: Scarborough and 'Toronto police' reach 0.44 (score 0.42), a shooting and a "
                           "station closing",
    "r20-killarney-hotel": "direct: Killarney and 'hotel' reach 0.29 (score 0.21), a storm-hit hotel and a hotel sold",
    "r20-bradford-strike": "direct: Bradford and 'council' reach 0.27 (score 0.21), a budget vote and a pay strike",
    "r20-bradford-library": "direct: Bradford and 'library' reach 0.37 (score 0.39), library cuts and a reopening",
    "r20-hamilton-house": "direct: Hamilton and 'fire' reach 0.24 (score 0.22), an industrial fire and a house fire",
    "r20-luton-murder2": "direct: Luton and 'murder' reach 0.37 (score 0.35), two murder inquiries",
    "r20-kendal-school": "direct: Kendal and 'school' reach 0.27 (score 0.26), storm closures and an Ofsted report",
    "r20-ludhiana-bus": "direct: Ludhiana and 'bus' reach 0.38 (score 0.39), a bus crash and a drivers' strike",
    "r20-ingham-council": "direct: Ingham and Hinchinbrook council reach 0.43 (score 0.43), a flood and an appointment",
    # Story21's look-alikes: the place and the kind of one of its events, another event.
    "s21-derby-fire-three": "direct: Derby, Derbyshire Fire and Rescue Service and 'fire' reach 0.52 (score 0.45), "
                            "a warehouse and a house fire the same day",
    "s21-sydney-stabbing-two": "direct: Westfield, Sydney, 'stab' reach 0.54 (score 0.27), Bondi Junction and "
                               "Parramatta a day apart",
    "s21-snowdon-rescue-two": "direct: Snowdon, Llanberis Mountain Rescue Team, coastguard helicopter reach 0.58 "
                              "(score 0.17 a week on), two walkers",
    "s21-pretoria-riot": "direct: Kgosi Mampuru, Pretoria, Correctional Services reach 0.68 (score 0.18 a week on), "
                         "an escape and a riot",
    "s21-manila-fire-two": "direct: Manila, Bureau of Fire Protection, 'fire' reach 0.45 (score 0.20 four days on), "
                           "Tondo homes and a Binondo warehouse",
    # Same-day look-alikes of another outlet naming the event's persons or bodies: the shared names and the beat
    # words are most of the weight, and they clear the centre as well as the bar.
    "s21-qantas-profit": "direct: Qantas and Vanessa Hudson reach 0.20 to the tabloid's outage report, an outage "
                         "and a profit the same day",
    "s21-boeing-deliveries": "direct: Boeing, 737 Max and Stan Deal reach 0.31 (0.34 to the centre), an executive "
                             "ousted and the month's deliveries",
    "s21-correctional-parole": "direct: Correctional Services, Kgosi Mampuru, Pretoria, Groenewald reach 0.53, a "
                               "jail break and a parole backlog",
    "s21-derbyshire-crews-chimney": "direct: Derbyshire Fire and Rescue Service and 'fire' reach 0.24 (0.19 to the "
                                    "centre), a Derby warehouse and a Chesterfield chimney",
    "s21-bfp-manila-grass": "direct: Manila, Bureau of Fire Protection, 'fire' reach 0.38 (0.25 to the centre), "
                            "Tondo homes and a cemetery grass fire",
    "s21-milimani-sonko": "direct: Milimani Law Courts and Chief Magistrate Eunice Nyutu reach 0.29, two graft "
                          "cases before one magistrate",
    # Story22's look-alikes: the town, its fire service or police and the beat's words clear the bar, days apart or
    # the same day (a person, a street or a count of its own on each side).
    "s22-hull-car-fires": "direct: Hull, Humberside, fire reach 0.28 the same day, a tower block and three cars",
    "s22-adelaide-bus-crash": "direct: Adelaide Metro, bus reach 0.31 (score 0.22 two days on), a strike and a crash",
    "s22-niger-tanker-same-day": "direct: tanker, explosion, Federal Road Safety Corps, 'state' reach 0.49 the same "
                                 "day, Ogun and Niger State: the shared body lifts the place veto",
    "s22-leeds-driver-jailed": "direct: Leeds Crown Court, jailed, Friday reach 0.33 the same day, a murderer and a "
                               "driver",
    "s22-pune-tree-deaths": "direct: Pune, storm, killed reach 0.33 the same evening, a hoarding and a tree",
    "s22-kurla-waterlogging": "direct: Mumbai, local, train reach 0.38 the same day, deaths at Mumbra and rain at "
                              "Kurla",
    "s22-kalangala-fishing-ban": "direct: Kalangala, Lake Victoria, fishermen reach 0.38 the same day, a capsize "
                                 "and a protest",
    "s22-farnworth-stabbing": "direct: Bolton, Greater Manchester Police, stabbed reach 0.51 the same night, a boy "
                              "of 17 killed and a woman of 45 hurt",
    "s22-jurong-bus-fire": "direct: Jurong East, Friday and the transport words reach 0.24 the same day, a train "
                           "fault and a bus fire",
    # Story22's look-alikes a week on, which the reverted weekday veto kept apart: the town, its fire service and the
    # beat's words reach the bar six or seven days later; only the street, the person or the count differ.
    "s22-hull-fire-later": "direct: Hull, Humberside, flat, fire reach 0.44 (score 0.18) six days on, Orchard Park "
                           "and Bransholme",
    "s22-kantamanto-fire": "direct: Accra, market, Ghana National Fire Service reach 0.62 (score 0.22) six days on, "
                           "Makola and Kantamanto",
    "s22-kalangala-fishermen-missing": "direct: Kalangala, Lake Victoria, boat, capsize reach 0.57 (score 0.19) a "
                                       "week on, a cargo boat's dead and two fishermen missing",
    # Story22's review: a town's second event of the kind six to eight days on, told in the first one's words; the
    # link is 0.52 to 0.91, so the score clears 0.17 despite the decay. What differs is a place below the town
    # (a suburb, a street, a school), sometimes a count or a person, and the day the text states.
    "s22r-s-swansea-flats-later": _WEEK + "0.83 (score 0.25), Townhill and Sketty",
    "s22r-s-perth-shark-later": _WEEK + "0.68 (score 0.24), Cottesloe and Scarborough beaches",
    "s22r-s-lagos-collapse-later": _WEEK + "0.73 (score 0.18), Ebute Metta and Ojuelegba, five and four rescued",
    "s22r-s-croydon-stabbing-later": _WEEK + "0.81 (score 0.20), a teenager and a man",
    "s22r-s-glasgow-bus-later": _WEEK + "0.72 (score 0.18), Dumbarton Road and Paisley Road West",
    "s22r-s-luas-disruption-later": _WEEK + "0.67 (score 0.20), Blackhorse and Heuston",
    "s22r-s-cork-flood-warning-later": _WEEK + "0.66 (score 0.23), Bandon and Clonakilty, Midleton and Fermoy",
    "s22r-s-nairobi-matatu-later": _WEEK + "0.77 (score 0.19), fuel prices and county parking fees",
    "s22r-s-toronto-outage-later": _WEEK + "0.67 (score 0.24), downtown and Scarborough",
    "s22r-s-mumbai-fire-later": _WEEK + "0.80 (score 0.24), Andheri and Goregaon, 20 and 22 storeys",
    "s22r-s-dublin-stabbing-sameweekday-story-grows-later": _WEEK + "0.88 (score 0.27), O'Connell Street and Talbot "
                                                               "Street",
    "s22r-s-m5-crash-later": _WEEK + "0.91 (score 0.23), junctions 16 to 17 and 18 to 19",
    "s22r-s-penang-landslide-later": _WEEK + "0.76 (score 0.22), Tanjung Bungah and Paya Terubong",
    "s22r-s-karachi-cylinder-later": _WEEK + "0.63 (score 0.19), a shop in Saddar and a house in Korangi",
    "s22r-s-leicester-warehouse-later": _WEEK + "0.68 (score 0.20), Thurmaston Lane and Frog Island",
    "s22r-s-christchurch-boilwater-later": _WEEK + "0.80 (score 0.24), Sumner and Halswell",
    "s22r-s-cardiff-package-later": _WEEK + "0.71 (score 0.21), Queen Street and St Mary Street",
    "s22r-s-accra-floods-later": _WEEK + "0.52 (score 0.18), Kaneshie and Odawna, Adabraka and Kwame Nkrumah Circle",
    "s22r-s-brisbane-hail-later": _WEEK + "0.68 (score 0.24), the northern and the western suburbs",
    "s22r-s-dundee-school-later": _WEEK + "0.73 (score 0.18), Harris and Baldragon academies, a lab and a kitchen",
}


def stream() -> list[tuple[str, Item, datetime]]:
    """Every probe item with its event's name and its published time."""
    out = []
    for name, (day, items) in (EVENTS | ANCHORS).items():
        out += [(name, item, START + timedelta(days=day, minutes=item[1])) for item in items]
    for name, (_twin, day, items) in LOOK_ALIKES.items():
        out += [(name, item, START + timedelta(days=day, minutes=item[1])) for item in items]
    return out


def cluster(services: Settings, stream_items: list[tuple[str, Item, datetime]]) -> dict[str, list[str]]:
    """Event name -> the story of each of its items, ``stream_items`` clustered once, in order of publication,
    in a namespace of its own."""
    settings = services.model_copy(update={"namespace": f"t{uuid.uuid4().hex[:10]}"})
    es = es_client(settings)
    ensure_schema(es, settings)
    items = sorted(stream_items, key=lambda row: row[2])
    # One article for each probe item, though two probes open with one report in the same words.
    articles = [make_article(outlet, title, summary, published_at=at,
                             url=f"https://{outlet}.example/{name}/{minutes}").article
                for name, (outlet, minutes, title, summary), at in items]
    enrichments = Extractor().enrich(articles)
    clusterer = StoryClusterer(es, settings)
    try:
        placed = []
        batch = settings.enrich.batch_size
        for i in range(0, len(articles), batch):
            placed += clusterer.assign(list(zip(articles[i:i + batch], enrichments[i:i + batch])))
    finally:
        clusterer.close()
        drop_namespace(es, settings)
    out: dict[str, list[str]] = {}
    for (name, _item, _at), (story_id, _copy_of) in zip(items, placed):
        out.setdefault(name, []).append(story_id)
    return out


@pytest.fixture(scope="module")
def stories(services: Settings) -> dict[str, list[str]]:
    """Event name -> the story of each of its items."""
    return cluster(services, stream())


def _param(name: str, still_wrong: dict[str, str]):
    marks = [pytest.mark.xfail(strict=True, reason=still_wrong[name])] if name in still_wrong else []
    return pytest.param(name, id=name, marks=marks)


@pytest.mark.parametrize("event", [_param(name, STILL_SPLIT) for name in EVENTS])
def test_story_probes_one_event_in_other_words_is_one_story(stories, event):
    assert len(set(stories[event])) == 1, stories[event]


@pytest.mark.parametrize("look_alike", [_param(name, STILL_MERGED) for name in LOOK_ALIKES])
def test_story_probes_a_look_alike_event_of_the_topic_is_another_story(stories, look_alike):
    twin = LOOK_ALIKES[look_alike][0]
    assert not set(stories[look_alike]) & set(stories[twin])
