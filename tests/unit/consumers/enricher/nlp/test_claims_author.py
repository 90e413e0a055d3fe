"""Claims in the author's own voice on ordinary news copy: a probe set, one row a sentence.

Project-written sentences (issue 12) in many house styles: markets, courts, disasters, elections,
sport results, company news and policy. By the labelling guide (bench/data/README.md), an author's
sentence is a claim when it states a figure or a named actor's concrete event or decision (an attack,
a vote, a death toll, a result, a ruling); scene, background description, meetings, feelings, a
person's history and transitions are not. A claim row names the fragment its content must hold:
``WHOLE`` where an "as", "after", "when" or participle clause carries part of the event, so the
claim must not be cut before it. They were written before any rule they probe and nobody tuned on
them; probes the code still gets wrong are strict xfails with their cause.
"""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import strict_xfail

NO_CLAIM = "<no claim>"
WHOLE = "<whole sentence>"

# What the code still gets wrong, by cause.
_MEETING = strict_xfail("a meeting told as done passes as a named actor's act: the labelled set counts talks between "
                        "parties and an arrival for talks as events and a meeting of others as none, so no rule was kept")
_CONTACT = strict_xfail("a contact told as done (a call, a chat, thanks) passes as a named actor's act: a contact "
                        "verb carries news as often as scene: reverted on review, 20 worse / 8 better")
_HEAD_COUNT = strict_xfail("a count of people in the scene ('The two leaders', 'her two children') is a figure, "
                           "and any figure makes the author's sentence a claim")
_KNOWN_GROUP = strict_xfail("'the N X' names a group the story knows and states no figure, but the N X is a figure as "
                            "often as a known group: reverted on review, 18 worse / 6 better")
_ROUTINE = strict_xfail("a named actor's routine or past activity told as done passes as an act")
_FREED_CLAUSE = strict_xfail("no longer cut by a campaign cue in its describing clause, the main clause reads as a "
                             "named actor's act or as a figure, as the bare clause already does on main ('Harbour "
                             "Watch hired the hall for the night.'): the assertion rule's, not the cue guard's")
_UNSEEN_ACTOR = strict_xfail("the subject is not seen as a named or definite actor (the model tags no entity on "
                             "'Google', a bare plural 'Unions', 'palace' is no actor noun), so the act is no "
                             "author's claim on main either")
_CEREMONY = strict_xfail("a ceremony for an occasion is read as a named actor's act; a closed-list rule was 13 worse / "
                          "13 better on review (stop 50, rec3): ceremonies that are the news carry nothing the parse "
                          "can tell")
_KNOWN = {
    "observance-embassy-national-day": _CEREMONY,
    "observance-marked-anniversary": _CEREMONY,
    "observance-celebrated-birthday": _CEREMONY,
    "observance-honored-sacrifices": _CEREMONY,
    "observance-paid-homage": _CEREMONY,
    "ceremony-embassy-reception": _CEREMONY,
    "ceremony-royal-birthday": _CEREMONY,
    "ceremony-mayor-tribute": _CEREMONY,
    "ceremony-teachers-day": _CEREMONY,
    "ceremony-anzac-day": _CEREMONY,
    "ceremony-honoured-sacrifice": _CEREMONY,
    "ceremony-tribute-at-awards": _CEREMONY,
    "ceremony-unknown-soldier": _CEREMONY,
    "ceremony-star-birthday-party": _CEREMONY,
    "ceremony-lord-mayor-homage": _CEREMONY,
    "ceremony-commonwealth-day": _CEREMONY,
    "ceremony-tribute-in-parliament": _CEREMONY,
    "ceremony-queen-90th": _CEREMONY,
    "lookalike-celebrated-by-launching": _UNSEEN_ACTOR,
    "lookalike-observed-with-strike": _UNSEEN_ACTOR,
    "lookalike-cancelled-anniversary": _UNSEEN_ACTOR,
    "lookalike-celebrated-and-announced": strict_xfail("'announced a $2m aid package' is read as a cue with its "
                                                       "object as the words (an indirect claim by the embassy), "
                                                       "as on main"),
    "court-verdict": strict_xfail("'found X guilty' parses as a clause of 'find' (ccomp), which the verdict check "
                                  "(an oprd or acomp state) does not read"),
    "policy-ban": strict_xfail("'The state of Victoria': the head 'state' is no actor noun and the name hangs off "
                               "'of', so the actor is not seen as named"),
    "conflict-drone-strike": strict_xfail("the subject is an event ('A drone strike'), not an actor, and the "
                                          "assertion rule asks for an actor"),
    "scene-smoke": strict_xfail("the model tags 'Smoke' NORP, which makes it a named actor"),
    "meeting-met": _MEETING,
    "meeting-held-talks": _MEETING,
    "meeting-arrived": _MEETING,
    "meeting-phoned": _CONTACT,
    "meeting-joined-call": _CONTACT,
    "meeting-spoke-to-reporters": _CONTACT,
    "stance-thanked": _CONTACT,
    "meeting-lunch": _KNOWN_GROUP,
    "count-the-three-candidates": _KNOWN_GROUP,
    "history-lives-with": _HEAD_COUNT,
    "feeling-abandoned": strict_xfail("'felt' parses as a passive auxiliary, so 'by the authorities' reads as the "
                                      "actor of 'abandoned'"),
    "history-worked-as": _ROUTINE,
    "routine-trained": _ROUTINE,
    "campaign-clause-presented-by": _FREED_CLAUSE,
    "campaign-clause-hired-hall": _FREED_CLAUSE,
    "campaign-clause-founded": _FREED_CLAUSE,
    "campaign-clause-run-by": strict_xfail("the duration in the relative clause ('for two decades') is a figure, "
                                           "and any figure makes the author's sentence a claim (so on main 'The "
                                           "gallery is run by a trust for two decades.'); without it, the name in "
                                           "the clause ('Benin', tagged PERSON) makes 'a trust' a named actor of "
                                           "'run' in _named_actor"),
}


def _p(text: str, fragment: str, *, id: str):
    return pytest.param(text, fragment, id=id, marks=[_KNOWN[id]] if id in _KNOWN else [])


CLAIMS = [
    # markets
    _p("Shares in Tolland Group jumped 12% to 340p after the retailer raised its profit forecast for the year.",
       WHOLE, id="market-shares-after-forecast"),
    _p("Brent crude rose 3.1 percent to $84.20 a barrel in early trading in London.",
       "Brent crude rose 3.1 percent", id="market-oil-price"),
    _p("The FTSE 100 closed 0.8% lower at 7,412 points, dragged down by mining stocks.",
       "closed 0.8% lower at 7,412 points", id="market-index-close"),
    _p("The pound fell to its lowest level against the dollar in six months on Thursday.",
       "The pound fell to its lowest level", id="market-pound-low"),
    _p("Inflation in the eurozone slowed to 2.4 percent in November.", "slowed to 2.4 percent", id="market-inflation"),
    _p("Unemployment rose to 4.3% in the three months to June.", "Unemployment rose to 4.3%", id="market-jobless"),
    # central banks: a decision to change nothing is still a decision
    _p("Norway's central bank held its benchmark rate at 4.5 percent on Thursday.",
       "held its benchmark rate at 4.5 percent", id="bank-held-rate"),
    _p("The Reserve Bank of New Zealand left the official cash rate unchanged on Wednesday.",
       "left the official cash rate unchanged", id="bank-left-unchanged"),
    _p("The Bank of Korea kept its key interest rate steady for a sixth straight meeting.",
       "kept its key interest rate steady", id="bank-kept-steady"),
    # courts
    _p("A jury at Leeds Crown Court found Daniel Marsh guilty of manslaughter on Friday.",
       "found Daniel Marsh guilty of manslaughter", id="court-verdict"),
    _p("The Supreme Court struck down the state's congressional map in a 5-4 ruling.",
       "struck down the state's congressional map", id="court-struck-down"),
    _p("Judge Helen Okafor sentenced the former treasurer to six years in prison for fraud.",
       "sentenced the former treasurer to six years", id="court-sentence"),
    _p("An appeals court in Milan overturned the convictions of the two bankers last month.",
       "overturned the convictions", id="court-overturned"),
    _p("The High Court dismissed the union's challenge to the strike law.",
       "dismissed the union's challenge", id="court-dismissed"),
    # disasters
    _p("At least 23 people were killed when a landslide buried a village in western Nepal.",
       WHOLE, id="disaster-landslide-when"),
    _p("The earthquake, which struck at a depth of 10 kilometres, destroyed more than 400 homes.",
       "destroyed more than 400 homes", id="disaster-quake-homes"),
    _p("Floods have forced some 12,000 residents from their homes across the region since Sunday.",
       "forced some 12,000 residents from their homes", id="disaster-floods-displaced"),
    _p("A fire at a garment factory outside Dhaka killed nine workers on Monday night.",
       "killed nine workers", id="disaster-factory-fire"),
    _p("The storm cut power to nearly 200,000 homes in Florida.", "cut power to nearly 200,000 homes",
       id="disaster-power-cut"),
    _p("Rescuers pulled 17 survivors from the rubble of the collapsed building.", "pulled 17 survivors",
       id="disaster-rescue"),
    _p("The death toll from the ferry disaster rose to 61 on Wednesday.", "death toll from the ferry disaster rose",
       id="disaster-toll-rose"),
    # elections and votes
    _p("The Social Democrats won 31.2 percent of the vote, their best result since 2002.",
       "won 31.2 percent of the vote", id="election-share"),
    _p("Voters in Ireland rejected both proposed changes to the constitution in Friday's referendum.",
       "rejected both proposed changes to the constitution", id="election-referendum"),
    _p("The Senate voted 52-48 to confirm the nominee late on Wednesday.", "voted 52-48 to confirm the nominee",
       id="vote-senate"),
    _p("Turnout reached 67 percent, up from 59 percent at the last election.", "Turnout reached 67 percent",
       id="election-turnout"),
    _p("Parliament passed the budget bill by 214 votes to 170.", "passed the budget bill by 214 votes to 170",
       id="vote-parliament"),
    # sport results
    _p("Arsenal beat Brentford 3-1 at the Emirates on Saturday to go top of the table.",
       "Arsenal beat Brentford 3-1", id="sport-score"),
    _p("Novak Djokovic won his 24th grand slam title with a straight-sets victory over Daniil Medvedev.",
       "won his 24th grand slam title", id="sport-title"),
    _p("The All Blacks thrashed Italy 96-17 in Lyon.", "thrashed Italy 96-17", id="sport-thrashed"),
    _p("Kipchoge finished the race in 2 hours, 1 minute and 9 seconds.", "finished the race in 2 hours",
       id="sport-time"),
    _p("The club sacked its manager, Pete Varga, after a run of seven defeats.", WHOLE, id="sport-sacking-after"),
    # company news
    _p("Northvale Bank's pre-tax profit rose 14% to £2.3bn in the first half.", "pre-tax profit rose 14% to £2.3bn",
       id="company-profit"),
    _p("The airline cancelled more than 300 flights on Tuesday as a strike by air traffic controllers spread.",
       WHOLE, id="company-cancelled-as"),
    _p("Brightwave agreed to buy the rival chipmaker for $4.6 billion in cash.", "buy the rival chipmaker for $4.6",
       id="company-deal"),
    _p("The retailer recalled 40,000 kettles after several caught fire in customers' homes.", WHOLE,
       id="company-recall-after"),
    _p("Halden Motors will cut 1,200 jobs at its plant in Ohio.", "will cut 1,200 jobs", id="company-job-cuts"),
    # policy
    _p("The government raised the minimum wage to £11.44 an hour from April.",
       "raised the minimum wage to £11.44 an hour", id="policy-minimum-wage"),
    _p("Japan's cabinet approved a record 114 trillion yen budget for the next fiscal year.",
       "approved a record 114 trillion yen budget", id="policy-budget"),
    _p("The European Commission fined the search company 2.4 billion euros for abusing its dominance.",
       "fined the search company 2.4 billion euros", id="policy-fine"),
    _p("The state of Victoria banned the sale of new gas heaters in homes.", "banned the sale of new gas heaters",
       id="policy-ban"),
    _p("Canada imposed a 100% tariff on electric vehicles made in China.", "imposed a 100% tariff",
       id="policy-tariff"),
    # attacks, arrests, fighting
    _p("Gunmen attacked a police station in northern Burkina Faso, killing 14 officers.", WHOLE,
       id="attack-killing-participle"),
    _p("Police arrested three men in connection with the robbery on Thursday.", "arrested three men",
       id="crime-arrests"),
    _p("Rebels seized control of the town of Kamanyola after two days of fighting.", WHOLE,
       id="conflict-seized-after"),
    _p("A drone strike hit a fuel depot near the border overnight, setting off a blaze that burned for hours.",
       "A drone strike hit a fuel depot", id="conflict-drone-strike"),
    # written with the contact and stance rules, as their look-alikes: holding, joining and defending stay acts
    _p("Japan's ruling party held a leadership vote on Friday.", "held a leadership vote", id="lookalike-held-vote"),
    _p("Sweden joined NATO in March after a long wait for Turkey's approval.", "Sweden joined NATO",
       id="lookalike-joined-alliance"),
    _p("Iga Swiatek defended her French Open title with a win over Jasmine Paolini.", "defended her French Open title",
       id="lookalike-defended-title"),
    # guards from the review of 1b57259: a position held against attack is a battle and a record defended before a committee a
    # hearing, not a stance
    _p("Ukrainian forces defended their positions near Bakhmut against waves of attacks.",
       "defended their positions near Bakhmut", id="guard-defended-positions"),
    _p("Boeing defended its safety record before the Senate committee.", "defended its safety record",
       id="guard-defended-record"),
    _p("The council reversed its decision to close the library.", "reversed its decision", id="lookalike-reversed"),
    # guards from the review of e5607ba: a contact carries the news as often as the scene
    _p("The president phoned Vladimir Putin on Tuesday to demand an immediate ceasefire.", WHOLE,
       id="guard-phoned-to-demand"),
    _p("King Charles attended the funeral of the former archbishop on Friday.", "attended the funeral",
       id="guard-attended-funeral"),
    _p("The prime minister departed for Kyiv on Tuesday.", "departed for Kyiv", id="guard-departed-for"),
    # guard from the review of 900e42c: a count after "the" is a figure
    _p("The four suspects appeared in court in Manchester on Monday.", "appeared in court", id="guard-the-four-suspects"),
    _p("Two men were arrested after the fight in Cardiff.", "Two men were arrested", id="lookalike-bare-count"),
    _p("His two daughters died in the fire.", "His two daughters died", id="lookalike-owned-count-event"),
    # written with a ceremony rule (reverted on review), as its look-alikes: an act done on or about an occasion, an
    # occasion kept by an act, and the ceremony verbs with an object that is no occasion
    _p("The Bank of England marked down its growth forecast for next year.", "marked down its growth forecast",
       id="lookalike-marked-down-forecast"),
    _p("The palace cancelled the anniversary celebrations after the attack in the capital.",
       "cancelled the anniversary celebrations", id="lookalike-cancelled-anniversary"),
    _p("Police in Hong Kong banned the annual memorial vigil in Victoria Park.", "banned the annual memorial vigil",
       id="lookalike-banned-memorial-vigil"),
    _p("Protesters disrupted the Independence Day parade in Kyiv on Wednesday.", "disrupted the Independence Day parade",
       id="lookalike-disrupted-parade"),
    _p("The king pardoned 300 prisoners to mark the national day.", "pardoned 300 prisoners",
       id="lookalike-pardoned-to-mark"),
    _p("The airline paid compensation to the families of the victims.", "paid compensation",
       id="lookalike-paid-compensation"),
    _p("The bank paid a £12m fine to the regulator on Monday.", "paid a £12m fine", id="lookalike-paid-fine"),
    _p("Celtic celebrated a 3-1 win over Rangers at Parkhead.", "celebrated a 3-1 win", id="lookalike-celebrated-win"),
    _p("The nurse was honoured with an MBE in the New Year Honours list.", "was honoured with an MBE",
       id="lookalike-honoured-with-award"),
    _p("Militants attacked a police post in Peshawar on the anniversary of the raid.", "attacked a police post",
       id="lookalike-attack-on-anniversary"),
    _p("The council closed the park on the anniversary of the fire.", "closed the park",
       id="lookalike-closed-on-anniversary"),
    _p("Israeli forces withdrew from the town on the day of the memorial.", "withdrew from the town",
       id="lookalike-withdrew-on-the-day"),
    _p("The state government awarded the festival contract to a Sydney firm.", "awarded the festival contract",
       id="lookalike-festival-contract"),
    _p("Police arrested two men at the Remembrance Sunday service in Glasgow.", "arrested two men",
       id="lookalike-arrests-at-service"),
    _p("The embassy celebrated national day and announced a $2m aid package for the flood victims.",
       "announced a $2m aid package", id="lookalike-celebrated-and-announced"),
    _p("The tribute concert raised £250,000 for the hospital.", "raised £250,000", id="lookalike-tribute-concert"),
    _p("North Korea marked the anniversary by firing a ballistic missile into the sea.", WHOLE,
       id="lookalike-marked-by-firing"),
    _p("President Tokayev marked Independence Day by pardoning the jailed opposition leader.", WHOLE,
       id="lookalike-marked-by-pardoning"),
    _p("Ukraine and Russia marked the holiday with a prisoner exchange near Sumy.", WHOLE,
       id="lookalike-marked-with-exchange"),
    _p("Google celebrated its birthday by launching a new search tool.", WHOLE, id="lookalike-celebrated-by-launching"),
    _p("Unions observed the day with a general strike that closed the ports.", WHOLE,
       id="lookalike-observed-with-strike"),
    # from the review of the ceremony rule (stop 50, rec3): ceremonies that are the news (who keeps which occasion
    # where), which any rule for background ceremonies must leave claims
    _p("Japanese Prime Minister Fumio Kishida paid homage at the Yasukuni Shrine on Tuesday, angering Beijing and "
       "Seoul.",
       WHOLE, id="lookalike-ceremony-news-yasukuni"),
    _p("Vladimir Putin celebrated Victory Day in occupied Mariupol on Tuesday.",
       WHOLE, id="lookalike-ceremony-news-mariupol"),
    _p("Hong Kong activist Chow Hang-tung marked the anniversary of the Tiananmen crackdown in defiance of the ban.",
       WHOLE, id="lookalike-ceremony-news-tiananmen"),
    _p("Serbian President Aleksandar Vucic paid homage to the victims of Srebrenica for the first time.",
       WHOLE, id="lookalike-ceremony-news-srebrenica"),
    _p("Kim Jong Un marked the party's anniversary with a military parade showing off new ICBMs.",
       WHOLE, id="lookalike-ceremony-news-military-parade"),
    _p("The Taliban celebrated the third anniversary of their return to power with a parade of captured US armoured "
       "vehicles at Bagram.",
       WHOLE, id="lookalike-ceremony-news-bagram"),
    _p("Sinn Fein's leader paid tribute to the IRA members killed at Loughgall, drawing condemnation from unionists.",
       WHOLE, id="lookalike-ceremony-news-loughgall"),
    _p("Russian-installed officials celebrated the anniversary of the annexation with a concert in Donetsk.",
       WHOLE, id="lookalike-ceremony-news-donetsk"),
    _p("Jair Bolsonaro celebrated the anniversary of the 1964 coup at an army barracks in Rio de Janeiro.",
       WHOLE, id="lookalike-ceremony-news-coup-anniversary"),
    _p("Mr Netanyahu marked Jerusalem Day at the Western Wall as clashes broke out on the Temple Mount.",
       WHOLE, id="lookalike-ceremony-news-western-wall"),
    _p("Indian Prime Minister Narendra Modi paid homage to Savarkar on his birth anniversary, drawing fire from the "
       "Congress party.",
       WHOLE, id="lookalike-ceremony-news-savarkar"),
    _p("Ukrainian soldiers celebrated Independence Day in the recaptured village of Robotyne.",
       WHOLE, id="lookalike-ceremony-news-robotyne"),
    _p("Prime Minister Shehbaz Sharif paid tribute to the soldiers killed in the Waziristan clash on Saturday.",
       WHOLE, id="lookalike-ceremony-news-waziristan"),
]

NOT_CLAIMS = [
    # scene
    _p("Rain fell steadily on the crowd outside the courthouse as the verdict neared.", NO_CLAIM, id="scene-rain"),
    _p("The streets of the old town were quiet on Sunday morning.", NO_CLAIM, id="scene-quiet-streets"),
    _p("Smoke still hung over the valley, and the smell of burnt pine drifted into the town.", NO_CLAIM,
       id="scene-smoke"),
    _p("It was a cold, bright morning when the first buses arrived at the border.", NO_CLAIM, id="scene-morning"),
    _p("Residents watched from their balconies as the fire crews worked.", NO_CLAIM, id="scene-watched"),
    _p("She paused, looked at the crowd and smiled.", NO_CLAIM, id="scene-gesture"),
    # background description
    _p("The port city has long been a hub for trade between Asia and Europe.", NO_CLAIM, id="background-hub"),
    _p("The company, founded in 1987, makes parts for wind turbines and ships.", NO_CLAIM,
       id="background-founded"),
    _p("Lake Baikal is among the oldest lakes in the world.", NO_CLAIM, id="background-lake"),
    _p("The region is home to several of the country's largest vineyards.", NO_CLAIM, id="background-home-to"),
    # meetings and arrivals
    _p("The foreign ministers met in Geneva on Tuesday.", NO_CLAIM, id="meeting-met"),
    _p("Prime Minister Anna Lind held talks with her Danish counterpart in Copenhagen on Friday.", NO_CLAIM,
       id="meeting-held-talks"),
    _p("The two leaders sat down for lunch after the ceremony.", NO_CLAIM, id="meeting-lunch"),
    _p("Union officials and management will meet again next week.", NO_CLAIM, id="meeting-will-meet"),
    _p("The minister phoned the hospital later that evening.", NO_CLAIM, id="meeting-phoned"),
    _p("The mayor joined the call a few minutes later.", NO_CLAIM, id="meeting-joined-call"),
    _p("The chairman arrived at the meeting shortly after 10am.", NO_CLAIM, id="meeting-arrived"),
    _p("The prime minister spoke to reporters outside Downing Street.", NO_CLAIM, id="meeting-spoke-to-reporters"),
    _p("The senator took questions from reporters after the speech.", NO_CLAIM, id="meeting-took-questions"),
    # feelings and stances with no content
    _p("Many residents felt abandoned by the authorities after the floods.", NO_CLAIM, id="feeling-abandoned"),
    _p("Fans were left stunned as the final whistle blew.", NO_CLAIM, id="feeling-stunned"),
    _p("The coach looked tired but relieved after the match.", NO_CLAIM, id="feeling-looked"),
    _p("Parents in the town are worried about the closure of the school.", NO_CLAIM, id="feeling-worried"),
    _p("Critics of the plan had hoped for a delay.", NO_CLAIM, id="feeling-hoped"),
    _p("The manager stood by his choice of goalkeeper after the game.", NO_CLAIM, id="stance-stood-by"),
    _p("Ms Kowalski defended her decision to leave the captain on the bench.", NO_CLAIM, id="stance-defended"),
    _p("Johnson thanked the volunteers for their work.", NO_CLAIM, id="stance-thanked"),
    # a person's history
    _p("Okafor grew up in Lagos and moved to London to study law.", NO_CLAIM, id="history-grew-up"),
    _p("Before entering politics, Varga worked as a nurse in Glasgow.", NO_CLAIM, id="history-worked-as"),
    _p("The 54-year-old has been a member of the party since her student days.", NO_CLAIM, id="history-member"),
    _p("Kaur, a former teacher, is known locally for her work with refugees.", NO_CLAIM, id="history-known-for"),
    _p("Elena Ruiz lives with her two children in a flat above the bakery.", NO_CLAIM, id="history-lives-with"),
    # transitions and what is yet to come
    _p("But that was only the beginning of the story.", NO_CLAIM, id="transition-beginning"),
    _p("Then came the hard part.", NO_CLAIM, id="transition-then-came"),
    _p("Here is what we know so far about the crash.", NO_CLAIM, id="transition-what-we-know"),
    _p("The questions did not end there.", NO_CLAIM, id="transition-did-not-end"),
    _p("Officials are still trying to work out what caused the blast.", NO_CLAIM, id="pending-work-out"),
    _p("The talks are expected to last several days.", NO_CLAIM, id="pending-expected"),
    _p("Investors will be watching the jobs figures closely on Friday.", NO_CLAIM, id="pending-watching"),
    _p("The hearing is scheduled to resume on Monday.", NO_CLAIM, id="pending-scheduled"),
    _p("The team trained behind closed doors on Thursday.", NO_CLAIM, id="routine-trained"),
    # written with the setting-kept rule, as its look-alikes: a person keeping something steady is the scene
    _p("The nurse kept the patient stable overnight.", NO_CLAIM, id="lookalike-kept-patient-stable"),
    _p("Mrs Okafor kept her voice steady as she read the statement.", NO_CLAIM, id="lookalike-kept-voice-steady"),
    # guards from the review of dae3d37: a body keeping a person stable is care, not a setting
    _p("The hospital kept the patient stable overnight.", NO_CLAIM, id="guard-hospital-kept-patient"),
    _p("The hospital kept the boy stable overnight.", NO_CLAIM, id="guard-hospital-kept-boy"),
    _p("The attack has left pharmacies unable to fill prescriptions.", NO_CLAIM, id="lookalike-left-unable"),
    # rows of the review of rec2: a campaign in a clause describing a noun is no cue, and the sentence is no claim
    _p("The award was presented by Joan Whitfield, a retired nurse who has campaigned for better dementia care "
       "since her husband's death.", NO_CLAIM, id="campaign-clause-presented-by"),
    _p("Harbour Watch, a group that campaigns against cruise ships berthing in the old port, hired the hall for the "
       "night.", NO_CLAIM, id="campaign-clause-hired-hall"),
    _p("The gallery is run by a trust which has lobbied for the return of the Benin bronzes for two decades.",
       NO_CLAIM, id="campaign-clause-run-by"),
    _p("The lobby group, which has campaigned for lower alcohol duty, was founded in 2004.", NO_CLAIM,
       id="campaign-clause-founded"),
    # an occasion kept by a ceremony (celebrated, marked, commemorated, honoured, paid tribute) is background: wire,
    # broadsheet, tabloid, local and Asian English styles; those told of a named actor are strict xfails
    _p("The Embassy of Peru in Seoul celebrated the country's independence day at a hotel reception, Tuesday.",
       NO_CLAIM, id="observance-embassy-national-day"),
    _p("Veterans and their families marked the anniversary of the landings at a service in Bayeux.", NO_CLAIM,
       id="observance-marked-anniversary"),
    _p("The town commemorated the victims of the 1953 flood with a wreath-laying ceremony.", NO_CLAIM,
       id="observance-commemorated-victims"),
    _p("Mourners paid tribute to the firefighter at a packed church in Swansea on Friday.", NO_CLAIM,
       id="observance-paid-tribute"),
    _p("Fans paid their respects outside the stadium gates on Sunday morning.", NO_CLAIM, id="observance-paid-respects"),
    _p("Villagers honoured the fallen of both world wars at the memorial on the green.", NO_CLAIM,
       id="observance-honoured-fallen"),
    _p("Muslims across Malaysia observed Hari Raya Haji with prayers at mosques on Thursday.", NO_CLAIM,
       id="observance-observed-holiday"),
    _p("Families in Leicester celebrated Diwali with fireworks along the Golden Mile.", NO_CLAIM,
       id="observance-celebrated-diwali"),
    _p("The former president celebrated his birthday quietly with family at his farm in Georgia.", NO_CLAIM,
       id="observance-celebrated-birthday"),
    _p("Schools across the county marked the jubilee with street parties and fancy dress.", NO_CLAIM,
       id="observance-marked-jubilee"),
    _p("Students at the university honoured the memory of the lecturer with a candlelit vigil.", NO_CLAIM,
       id="observance-honoured-memory"),
    _p("Lawmakers honored the sacrifices of the veterans as they celebrated Memorial Day in Washington, Monday.",
       NO_CLAIM, id="observance-honored-sacrifices"),
    _p("The regiment commemorated the centenary of the battle at a parade in Aldershot.", NO_CLAIM,
       id="observance-commemorated-centenary"),
    _p("The couple celebrated their wedding anniversary with a trip to Blackpool.", NO_CLAIM,
       id="observance-wedding-anniversary"),
    _p("Worshippers in Lahore celebrated Eid al-Fitr in the city's largest mosque, Friday.", NO_CLAIM,
       id="observance-celebrated-eid"),
    _p("The pope paid homage to the victims of the massacre during his visit to the square.", NO_CLAIM,
       id="observance-paid-homage"),
    # from the same review: background ceremonies of a named actor, read as its act on main
    _p("The Irish Embassy in Canberra celebrated St Patrick's Day with a reception for the diaspora.",
       NO_CLAIM, id="ceremony-embassy-reception"),
    _p("Queen Camilla marked her birthday privately at Highgrove on Wednesday.",
       NO_CLAIM, id="ceremony-royal-birthday"),
    _p("The Mayor of Bolton paid tribute to the volunteers at the town hall on Thursday.",
       NO_CLAIM, id="ceremony-mayor-tribute"),
    _p("Students at Delhi University commemorated Teachers' Day with cultural programmes.",
       NO_CLAIM, id="ceremony-teachers-day"),
    _p("Australians marked Anzac Day at dawn services across the country.", NO_CLAIM, id="ceremony-anzac-day"),
    _p("Ms Ardern honoured the sacrifice of the police constable at a service in Auckland.",
       NO_CLAIM, id="ceremony-honoured-sacrifice"),
    _p("Prince Harry paid tribute to his late mother at the WellChild awards in London.",
       NO_CLAIM, id="ceremony-tribute-at-awards"),
    _p("Mr Putin paid his respects at the Tomb of the Unknown Soldier in Moscow.",
       NO_CLAIM, id="ceremony-unknown-soldier"),
    _p("Corrie star Sally Dynevor celebrated her 60th birthday with a lavish party in Cheshire.",
       NO_CLAIM, id="ceremony-star-birthday-party"),
    _p("The Lord Mayor of Cork paid homage to the city's firefighters at a ceremony on Sunday.",
       NO_CLAIM, id="ceremony-lord-mayor-homage"),
    _p("King Charles marked Commonwealth Day at Westminster Abbey on Monday.",
       NO_CLAIM, id="ceremony-commonwealth-day"),
    _p("Mr Albanese paid tribute to the late senator in Parliament on Tuesday.",
       NO_CLAIM, id="ceremony-tribute-in-parliament"),
    _p("The Queen celebrated her 90th birthday at Windsor Castle.", NO_CLAIM, id="ceremony-queen-90th"),
    # "the three X" refers to a group the story knows
    _p("The three candidates took part in a televised debate.", NO_CLAIM, id="count-the-three-candidates"),
]


# A phone number or a code is no figure the author reports: the lines of a listing, a calendar or a service box that
# carry one, and nothing else the guide counts, are no claim (written for the stop-54 table of copy that is not news,
# before its rule); news that gives a phone number beside a count, or an act, keeps its claim.
PHONE_LINES = [
    _p("Alcoholics Anonymous meets Tuesdays at St Mark's Church hall. 555-201-3344.", NO_CLAIM, id="phone-us-calendar"),
    _p("Information: 703-555-0199 or www.example.org.", NO_CLAIM, id="phone-us-information"),
    _p("In the US, the National Suicide Prevention Lifeline is 1-800-273-8255.", NO_CLAIM, id="phone-us-lifeline"),
    _p("Readers in the UK can contact the mental health charity Mind on 0300 123 3393.", NO_CLAIM,
       id="phone-uk-mind"),
    _p("The box office number is 020 7946 0000, and the bar opens an hour before curtain up.", NO_CLAIM,
       id="phone-uk-box-office"),
    _p("Bookings on 01632 960 123 or at the village shop.", NO_CLAIM, id="phone-uk-bookings"),
    pytest.param("The hotline, 1-888-555-0123, is staffed by volunteers every weekday.", NO_CLAIM,
                 id="phone-us-hotline", marks=strict_xfail("'is staffed by volunteers' reads as a definite actor's "
                                                           "act, with or without the number")),
    _p("Tickets are sold at the door or by phone on 0412 555 678.", NO_CLAIM, id="phone-au-mobile"),
    _p("The Crime Stoppers line is 1-800-222-8477 and callers may stay anonymous.", NO_CLAIM,
       id="phone-us-crime-stoppers"),
    _p("The clinic's new number is 044-2345-6789 from Monday.", NO_CLAIM, id="phone-in-clinic"),
    _p("Members can reach the club secretary on 07700 900 456 in the evenings.", NO_CLAIM, id="phone-uk-secretary"),
    _p("Walk-in flu jabs, Saturdays 9am to noon, Riverside Pharmacy. 301-555-0142.", NO_CLAIM,
       id="phone-us-flu-jabs"),
    _p("The reservations line, 03 9555 0199, opens at 9am.", NO_CLAIM, id="phone-au-reservations"),
    _p("Parents' support group, Thursdays in the library. Contact 0161 496 0777.", NO_CLAIM,
       id="phone-uk-support-group"),
    _p("The lost property office is on 0345 555 0101.", NO_CLAIM, id="phone-uk-lost-property"),
    _p("In Australia, the crisis support service Lifeline is on 13 11 14.", NO_CLAIM, id="phone-au-lifeline-short"),
    # news beside a phone number keeps its claim
    _p("Vandals damaged 14 cars in Hove overnight. Information to 101, quoting crime 4412.",
       "damaged 14 cars in Hove", id="phone-uk-news-cars"),
    _p("The helpline took 4,500 calls in its first week, the charity's busiest start.", WHOLE,
       id="phone-helpline-calls"),
    _p("Calls to the 1-800-273-8255 line rose 30% in the month after the song's release.",
       "rose 30% in the month", id="phone-us-calls-rose"),
    _p("The NHS 111 service handled 1.8 million calls in December.", WHOLE, id="phone-uk-111-calls"),
    _p("Three men were arrested at a flat in Church Lane, Leeds, on Monday.", WHOLE, id="phone-near-arrest"),
    _p("A fire at a terraced house in Salford killed two people early on Sunday.", WHOLE, id="phone-near-fire"),
    _p("The property on Elm Street sold for $1.2 million last month, county records show.",
       "sold for $1.2 million", id="phone-near-property"),
    _p("Emergency crews rescued 14 people from floodwaters in Lismore on Monday.", WHOLE, id="phone-au-rescue"),
    _p("The scam line 0800 555 0199 cost victims £2.3m before Ofcom shut it down in March.",
       "cost victims £2.3m", id="phone-uk-scam-line"),
    _p("Some 300 people rang the council's 0300 hotline on the first day.",
       "Some 300 people rang", id="phone-uk-hotline-count"),
    _p("Delhi Police registered 2,300 complaints on the 112 helpline during Diwali week.", WHOLE,
       id="phone-in-112-complaints"),
    _p("The telecom regulator fined the operator Rs 5 crore for routing calls from 1800-180-1551.",
       "fined the operator Rs 5 crore", id="phone-in-fine"),
    _p("The council has issued 1,200 parking fines on Marine Parade since the new 0300 line opened.",
       "issued 1,200 parking fines", id="phone-uk-fines"),
    _p("A man was stabbed outside 22 Elm Road on Friday night.", WHOLE, id="phone-near-house-number"),
]


# The author as the one acted on ("invited me", "charged me €55") tells the author's own story, as "I" does: a column's,
# a diary's or a feature's first-person scene is no report (written for the stop-54 table of copy that is not news,
# before its rule). A "me" in a title ("Call Me Maybe") and news with no first person keep their claims.
AUTHOR_AS_OBJECT = [
    _p("Richard Alston invited me to dance in his new work at Sadler's Wells.", NO_CLAIM, id="me-invited-dancer"),
    _p("The council fined me £100 for putting my bin out a day early.", NO_CLAIM, id="me-council-fined"),
    _p("My editor sent me to Kyiv in March 2022.", NO_CLAIM, id="me-editor-sent"),
    _p("The hospital kept me waiting for 11 hours on a trolley.", NO_CLAIM, id="me-hospital-waiting"),
    _p("Ryanair charged me €55 to print a boarding pass at Stansted.", NO_CLAIM, id="me-ryanair-charged"),
    _p("The airline refunded me £340 after six months of emails.", NO_CLAIM, id="me-airline-refunded"),
    _p("Police stopped me twice on the M6 last year.", NO_CLAIM, id="me-police-stopped"),
    _p("A reader emailed me last week about her 40-year-old boiler.", NO_CLAIM, id="me-reader-emailed"),
    _p("BBC Radio 4 booked me for three interviews in one week.", NO_CLAIM, id="me-radio-booked"),
    _p("The landlord charged me $2,400 a month for a one-bedroom flat in Brooklyn.", NO_CLAIM,
       id="me-landlord-charged"),
    _p("The fashion house flew me to Milan for a 20-minute show.", NO_CLAIM, id="me-fashion-flew"),
    _p("The tour operator upgraded me to a suite with a plunge pool.", NO_CLAIM, id="me-travel-upgraded"),
    _p("Qantas bumped me off the 6am flight to Melbourne.", NO_CLAIM, id="me-au-qantas-bumped"),
    _p("The bank blocked me from paying my own rent for three weeks.", NO_CLAIM, id="me-bank-blocked"),
    _p("The coach dropped me from the under-15s team in 1998.", NO_CLAIM, id="me-coach-dropped"),
    _p("The auto-rickshaw driver charged me Rs 400 for a 2km ride.", NO_CLAIM, id="me-in-rickshaw"),
    # news with no first person, and a title's "Me", keep their claims
    _p("Richard Alston's company invited 12 young dancers to Sadler's Wells in March.", WHOLE,
       id="me-near-company-invited"),
    _p("The council fined 340 households £100 each for putting bins out early.", WHOLE, id="me-near-council-fined"),
    _p("Ryanair charged passengers €55 to print a boarding pass until 2023.", WHOLE, id="me-near-ryanair"),
    _p("The hospital kept 40 patients waiting more than 12 hours on Monday.", WHOLE, id="me-near-hospital"),
    _p("Police stopped 300 drivers on the M6 last year.", WHOLE, id="me-near-police-stopped"),
    _p("Qantas cancelled 90 flights to Melbourne on Friday.", WHOLE, id="me-near-qantas"),
    _p("Carly Rae Jepsen's Call Me Maybe sold 12 million copies worldwide.", WHOLE, id="me-title-call-me-maybe"),
    _p("Tell Me Lies drew 4 million viewers in its first week on Hulu.", WHOLE, id="me-title-tell-me-lies"),
    _p("The Me Too movement gathered 12 million posts in 24 hours.", WHOLE, id="me-title-me-too"),
    _p("Give Me Shelter raised £2m for the homeless charity in 2019.", WHOLE, id="me-title-give-me-shelter"),
    _p("The bank blocked 2,000 customers from making payments for three hours on Friday.", WHOLE,
       id="me-near-bank-blocked"),
    _p("The coach dropped four senior players from the squad for Saturday's Test.", WHOLE,
       id="me-near-coach-dropped"),
    _p("Delhi Police fined 1,200 auto-rickshaw drivers for overcharging in October.", WHOLE, id="me-near-in-fined"),
    _p("The tour operator cut its prices by 15% after bookings fell in Lanzarote.", WHOLE,
       id="me-near-tour-operator"),
    _p("Following me on Instagram, 2 million fans watched the final live.", WHOLE, id="me-fronted-clause"),
]


# A line that gives a web address and has no verb of its own is a listing's entry (a travel box, a gig guide, a
# calendar): its prices and times describe what is on offer, they report nothing (written for the stop-54 table of copy
# that is not news, before its rule). A sentence with a verb keeps its claim, web address or not.
LISTING_LINES = [
    _p("Doubles from £95 B&B, seasideinn.co.uk.", NO_CLAIM, id="url-uk-doubles"),
    _p("One week from €700 full board, lanzaroteretreats.example.com.", NO_CLAIM, id="url-uk-week-from"),
    _p("Studio villa (sleeps 2) from €113 a night, 2-bedroom villa (sleeps 4) €236, villas.example.es.", NO_CLAIM,
       id="url-villa-sleeps"),
    _p("Adults $25, children under 12 free, www.riverfest.org.", NO_CLAIM, id="url-us-festival-prices"),
    _p("Tickets £18.50 (concessions £15), thelyric.example.co.uk.", NO_CLAIM, id="url-uk-tickets"),
    _p("Return flights from Sydney from $1,250 with Qantas, qantas.com.", NO_CLAIM, id="url-au-flights"),
    _p("Entry Rs 500 for adults, Rs 200 for students, www.example.in.", NO_CLAIM, id="url-in-entry"),
    _p("Open daily 10am-6pm, admission $12, museum.example.org.", NO_CLAIM, id="url-us-museum"),
    _p("Rooms from NZ$180 a night, lodge.example.co.nz.", NO_CLAIM, id="url-nz-rooms"),
    pytest.param("Three-course set menu £32, bistro.example.co.uk.", NO_CLAIM, id="url-uk-menu",
                 marks=strict_xfail("the model tags 'set' of 'set menu' a verb, so the line has a verb of its own")),
    _p("Until 10 April, £14, nhm.ac.uk.", NO_CLAIM, id="url-uk-exhibition"),
    _p("Seven nights' self-catering for four from £640, cottages.example.com.", NO_CLAIM, id="url-uk-cottages"),
    pytest.param("Day passes €45, under-16s half price, skiresort.example.at.", NO_CLAIM, id="url-at-ski",
                 marks=strict_xfail("the model tags 'passes' of 'Day passes' a verb, so the line has a verb of its "
                                    "own")),
    pytest.param("Thursday, noon and 6 p.m., U.S. Botanic Garden, 100 Maryland Ave. SW, www.usbg.gov.", NO_CLAIM,
                 id="url-us-calendar-line", marks=strict_xfail("the model ends the sentence at 'Ave.', so the line "
                                                               "before it has no web address and its number stays")),
    _p("Classes $15 a session, 10 sessions for $120, yogastudio.example.com.", NO_CLAIM, id="url-us-yoga"),
    # a verb makes a report, web address or not
    _p("The resort, skiresort.example.at, sold 40,000 day passes last winter.", WHOLE, id="url-near-resort-sold"),
    _p("Qantas cut fares on qantas.com to $1,250 on Monday.", WHOLE, id="url-near-qantas-cut"),
    _p("The Lyric, thelyric.example.co.uk, sold 12,000 tickets for the run.", WHOLE, id="url-near-lyric-sold"),
    _p("Visitor numbers at nhm.ac.uk rose 20% in 2023.", WHOLE, id="url-near-visitors-rose"),
    _p("Bookings on airbnb.com fell 15% in the quarter.", WHOLE, id="url-near-bookings-fell"),
    _p("Ticketmaster.com crashed after 2 million fans joined the queue.", WHOLE, id="url-near-crashed"),
    _p("The museum (museum.example.org) charged $12 admission until it went free in 2019.", WHOLE,
       id="url-near-museum-charged"),
    _p("Amazon.com posted a net profit of $10.4 billion in the quarter.", WHOLE, id="url-near-amazon"),
    # no web address: news told without a verb, and a figure in a fragment, stay as main has them
    _p("Another 1,200 cases in Victoria overnight.", WHOLE, id="url-near-verbless-cases"),
    _p("Two dead and 14 injured in a Mumbai building collapse.", WHOLE, id="url-near-verbless-dead"),
    _p("The airline carried 2.1 million passengers in March, up 12% on a year earlier.", WHOLE,
       id="url-near-airline-carried"),
    _p("Rooms at the Savoy were booked out for the coronation, with prices up to £2,000 a night.", WHOLE,
       id="url-near-savoy"),
    _p("The festival, listed on aeg.example.com, drew 45,000 people to Hyde Park.", WHOLE, id="url-near-festival-drew"),
    _p("A record 3.2 million visitors went through the gates, up from 2.8 million.", WHOLE,
       id="url-near-record-visitors"),
    _p("Entry to the Tate Modern rose to £22 for the Yayoi Kusama show.", WHOLE, id="url-near-tate-rose"),
]


# From the review of the stop-54 branch (the reviewer's own sentences, written for it): service lines with a long or
# 0-led number are no claim; a short group of hyphen-joined digits is a record or a bowling analysis, a figure the
# author reports, where the branch read it as a code at first.
REVIEW_PHONE_LINES = [
    _p("Box office: 020 7638 8891.", NO_CLAIM, id="rev-phone-box-office"),
    _p("The National Domestic Violence Hotline is 1-800-799-7233.", NO_CLAIM, id="rev-phone-us-dv-hotline"),
    _p("Information: 01632 960 123 or the parish office.", NO_CLAIM, id="rev-phone-parish"),
    _p("Anyone with information is asked to contact Crimestoppers anonymously on 0800 555 111.", NO_CLAIM,
       id="rev-phone-crimestoppers"),
    _p("The poison control number is 1-800-222-1222 and it is staffed around the clock.", NO_CLAIM,
       id="rev-phone-us-poison"),
    _p("The Durban agent said to call 031 123 4567 for details.", NO_CLAIM, id="rev-phone-durban-instruction"),
    _p("Anderson's figures were 20-5-45-3 on the opening day.", WHOLE, id="rev-phone-near-bowling-analysis"),
    _p("Leicester's record under the new coach is 8-3-1.", WHOLE, id="rev-phone-near-record"),
    # written for the mend
    _p("Kerala's tourism helpline is 1-800-425-4747.", NO_CLAIM, id="rev-phone-in-helpline"),
    _p("Call the helpline on 1-800-555-0142.", NO_CLAIM, id="rev-phone-call-helpline"),
    _p("Bookings: 0121 496 0000.", NO_CLAIM, id="rev-phone-uk-bookings"),
    _p("The reference number is 2024-551-8830.", NO_CLAIM, id="rev-phone-reference"),
    pytest.param("The Samaritans can be reached on 116 123.", NO_CLAIM, id="rev-phone-uk-samaritans",
                 marks=strict_xfail("a short number with no leading 0 and under 7 digits is no phone number to the "
                                    "rule, so it stays a figure, as on main")),
    _p("The Kings are 12-4-2 since the coaching change.", WHOLE, id="rev-phone-near-kings-record"),
    _p("Broad finished with 24-6-62-4 on a flat pitch.", WHOLE, id="rev-phone-near-broad-analysis"),
    _p("The Warriors went 9-3-1 at home this season.", WHOLE, id="rev-phone-near-warriors-record"),
]


# Written for stop 55: a chain of hyphen-joined digits named as a thing ("a 4-4-2", "the 3-5-2 system") is a team's
# shape, a code that numbers() already leaves out; the author's assertion read it as the figure that makes the
# sentence a claim. A short chain told as what a side or a player has is a record or an analysis, a figure still.
SHAPE_LINES = [
    _p("The coach favours a 4-4-2.", NO_CLAIM, id="shape-favours"),
    _p("Few clubs still play a 4-4-2 these days.", NO_CLAIM, id="shape-few-clubs"),
    _p("Most sides in the league now use a 4-2-3-1 formation.", NO_CLAIM, id="shape-formation-noun"),
    _p("The manager prefers the 3-4-3 system.", NO_CLAIM, id="shape-system-noun"),
    _p("The new boss has kept the 4-3-3 that won the title.", NO_CLAIM, id="shape-kept"),
    _p("The Bulls are 14-2-1 at home this season.", WHOLE, id="shape-near-record-predicate"),
    _p("Stokes returned figures of 18-4-51-3.", WHOLE, id="shape-near-analysis"),
    _p("The Kings are on a 12-4-2 run since the change.", WHOLE, id="shape-near-run-after-article"),
    _p("The club posted a 7-2-3 start to the season.", WHOLE, id="shape-near-start-after-article"),
    _p("Call the club on 0161 496 0000.", NO_CLAIM, id="shape-near-phone"),
    _p("The club's helpline is 1-800-555-0167.", NO_CLAIM, id="shape-near-helpline"),
]

# From the review of the stop-55 branch: more shapes after an article, records, votes and tallies told as a figure,
# dates and phone lines; still wrong on main and on the branch alike: a record after 'a' before a noun, and a
# listing line with an address number.
_REV_STILL = strict_xfail("a record after 'a' before a noun, or a listing line with an address number, "
                          "is read wrong on main and on this branch alike")
REVIEW55_CHAIN_LINES = [
    _p("Ten Hag has used a 4-2-3-1 all season.", NO_CLAIM, id="rev55-shape-all-season"),
    _p("Arsenal went with a 4-4-1-1 in the derby.", NO_CLAIM, id="rev55-shape-derby"),
    _p("The side has won with a 3-4-3 and lost with a 4-4-2.", NO_CLAIM, id="rev55-shape-two"),
    _p("Spain lined up in a 4-3-3 against Italy on Sunday.", WHOLE, id="rev55-shape-match-event"),
    _p("The Tigers have a 10-2-1 record.", WHOLE, id="rev55-record-noun"),
    _p("The council vote was 5-3-1 in favour of the plan.", WHOLE, id="rev55-vote-tally"),
    _p("The board approved the plan by a 7-1-1 vote.", WHOLE, id="rev55-vote-after-article"),
    _p("It was a 6-2-1 decision by the panel.", WHOLE, id="rev55-decision-after-article"),
    _p("The Jets are 3-10-1 this season.", WHOLE, id="rev55-record-predicate"),
    _p("Anderson finished with 21-6-48-4 as England won.", WHOLE, id="rev55-analysis"),
    pytest.param("The Bruins have a 8-2-1 record in November.", WHOLE, id="rev55-record-month",
                 marks=_REV_STILL),
    pytest.param("The Hawks are on a 9-1-1 run at home.", WHOLE, id="rev55-run", marks=_REV_STILL),
    _p("The hearing is set for 12-3-2024 at the district court.", NO_CLAIM, id="rev55-date-dashes"),
    _p("The school's reference number is 44-2019-7731.", NO_CLAIM, id="rev55-reference"),
    # lines of unlabelled corpus items: the Washington Post's listings
    _p("For Thursday’s time and location, call 703-368-4141. Free.", NO_CLAIM, id="rev55-wapo-call"),
    _p("Go to www.tops.org/findameeting.aspx for times and locations. 703-430-3764. $28 to join.", NO_CLAIM,
       id="rev55-wapo-tops"),
    _p("Go to www.alanonva.com for meeting times and locations. 703-534-4357. Free.", NO_CLAIM,
       id="rev55-wapo-alanon"),
    _p("Friday, 1-3 p.m., Lexington Park library, 21677 FDR Blvd. 301-475-6019. Free.", NO_CLAIM,
       id="rev55-wapo-library"),
    _p("The Pain Connection, 12320 Parklawn Dr., Rockville. For schedule, call 301-231-0008. "
       "www.painconnection.org . Free.", NO_CLAIM, id="rev55-wapo-pain"),
    _p("Overeaters Anonymous Thursdays, 7 a.m. St. Benedict Monastery, 9535 Linton Hall Rd., Bristow. "
       "703-361-0106. 703-754-9237.", NO_CLAIM, id="rev55-wapo-two-phones"),
    pytest.param("Thursday, 3-8 p.m. Trinity Episcopal Church, 9611 Trinity Church Rd., Charlotte Hall. "
                 "800-733-2767.", NO_CLAIM, id="rev55-wapo-address-number", marks=_REV_STILL),
    pytest.param("Fridays at 11 a.m. Iona Senior Services, 4125 Albemarle St. NW. 202-895-9448, Ext. 4. Free.",
                 NO_CLAIM, id="rev55-wapo-ext", marks=_REV_STILL),
    pytest.param("Thursday, 9:30-10:30 a.m. Leesburg Senior Center, 102 North St. 703-737-8039. Free.", NO_CLAIM,
                 id="rev55-wapo-street-number", marks=_REV_STILL),
]


# Written for stop 56: a team's shape or a phone number that the small model tags QUANTITY or PERCENT ("a 3-4-2-1
# shape", "0800 555 0199") is still a code by the one test (claim_details._code); the author's assertion took the tag
# for a figure. A record tagged QUANTITY stays the figure it is.
TAGGED_CODE_LINES = [
    _p("City reverted to a 3-2-4-1 shape in possession.", NO_CLAIM, id="tagged-shape-reverted"),
    _p("The Dutch side set up in a 3-4-1-2 system.", NO_CLAIM, id="tagged-shape-system"),
    _p("Spurs began in a 3-4-2-1 shape.", NO_CLAIM, id="tagged-shape-began"),
    _p("Porto began in a 3-4-3 shape.", NO_CLAIM, id="tagged-shape-porto"),
    pytest.param("The hosts set up in a 5-3-2 system.", NO_CLAIM, id="tagged-shape-hosts",
                 marks=strict_xfail("'set up' is read as the side's act with no figure ('set up in a diamond "
                                    "system' too): the shape is no longer the reason")),
    _p("The helpline number is 0800 555 0199.", NO_CLAIM, id="tagged-phone-percent"),
    # near-misses: the same shapes untagged, records tagged QUANTITY, a phone number tagged a date
    _p("Wales began in a 3-5-2 shape.", NO_CLAIM, id="tagged-near-untagged-shape"),
    _p("The champions reverted to a 4-3-3 shape late on.", NO_CLAIM, id="tagged-near-untagged-shape-late"),
    _p("The Sharks are 10-2-1 at home.", WHOLE, id="tagged-near-record-predicate"),
    _p("The Rangers have a 10-2-1 record at home.", WHOLE, id="tagged-near-record-noun"),
    _p("The helpline number is 0808 800 5000.", NO_CLAIM, id="tagged-near-phone-date"),
]

# Written for stop 58 (issue 12, point 7): a body's work under way told in the present progressive ("is reviewing the
# merger", "are still searching the rubble") is an act under way, the author's assertion by the guide's decided point
# 1; a thought, a reaction, a forecast, a fiction's teaser and ordinary people's doings in the progressive are not.
_UNDER_WAY = strict_xfail("a body's work under way is the author's claim (decided point 1), but there is no rule yet: "
                          "only listed event verbs pass in the present progressive, and 'investigate', 'review', "
                          "'search' or 'question' are none (stop 58's _under_way was reverted for its verbs' other "
                          "senses and future times: see REVIEW58_UNDER_WAY_LINES)")
UNDER_WAY_LINES = [
    pytest.param("Police are investigating the death of a woman found in a flat in Leeds.",
                 "Police are investigating the death", id="under-way-police-investigating", marks=_UNDER_WAY),
    pytest.param("The Financial Conduct Authority is examining the bank's handling of the complaints.",
                 "is examining the bank's handling", id="under-way-regulator-examining", marks=_UNDER_WAY),
    pytest.param("Detectives are questioning the driver of the van.", WHOLE, id="under-way-detectives-questioning",
                 marks=_UNDER_WAY),
    pytest.param("Rescuers are still searching the rubble of the collapsed hotel in Antakya.", WHOLE,
                 id="under-way-rescuers-searching", marks=_UNDER_WAY),
    pytest.param("Firefighters are still tackling the blaze at the recycling plant in Salford.", WHOLE,
                 id="under-way-firefighters-tackling", marks=_UNDER_WAY),
    pytest.param("Prosecutors in Milan are investigating the club's former directors over the transfers.", WHOLE,
                 id="under-way-prosecutors-investigating", marks=_UNDER_WAY),
    pytest.param("The coastguard is searching the bay for the missing kayaker.", WHOLE,
                 id="under-way-coastguard-searching", marks=_UNDER_WAY),
    pytest.param("Ofgem is investigating the supplier over its billing errors.", WHOLE,
                 id="under-way-ofgem-investigating", marks=_UNDER_WAY),
    pytest.param("Police in Lagos are questioning the owner of the collapsed building.", WHOLE,
                 id="under-way-police-questioning", marks=_UNDER_WAY),
    _p("Troops are evacuating civilians from the port.", WHOLE, id="under-way-listed-event"),
    # near misses: a forecast, a thought, a reaction, the future, a drama's teaser, ordinary people, a book
    _p("Police are expected to question the driver later this week.", NO_CLAIM, id="under-way-near-expected"),
    _p("The council is considering a review of parking charges.", NO_CLAIM, id="under-way-near-considering"),
    _p("The minister is defending her decision to close the library.", NO_CLAIM, id="under-way-near-defending"),
    _p("Detectives will be questioning the driver tomorrow.", NO_CLAIM, id="under-way-near-future"),
    _p("Border Force will be examining every lorry at the port.", NO_CLAIM, id="under-way-near-future-undated"),
    _p("Inspector Vera Stanhope is investigating a murder on a remote island in tonight's episode.", NO_CLAIM,
       id="under-way-near-teaser"),
    _p("Fans are queuing outside the stadium in the rain.", NO_CLAIM, id="under-way-near-fans"),
    _p("Residents are still clearing mud from their homes.", NO_CLAIM, id="under-way-near-residents"),
    _p("Professor Amara Osei is researching the history of the docks for her second book.", NO_CLAIM,
       id="under-way-near-biography"),
]

# Written for stop 58 (issue 12, point 7): a named person's or body's act told by the author is a claim (a walkout, a
# ban, a rate held, a decision, a tour, an advert taken out); the scene around it (a seat, a haircut shown off, a
# blog post about something), a schedule, a biography and a programme's teaser are not.
_DONE_IS_ACT = strict_xfail("any verb told as done by a named actor passes as an act ('blogged about', 'debuted a "
                            "haircut'): nothing tells a post about something or colour from the news")
_TAKEN_OUT = strict_xfail("'take out' is no listed act, so a named singer's advert is no event on main")
SCENE_ACTOR_LINES = [
    _p("Transport minister Halima Osei walked out of the talks with the rail unions on Thursday.", WHOLE,
       id="scene-actor-walked-out"),
    _p("The Reserve Bank of Fiji kept its policy rate unchanged on Wednesday.", WHOLE, id="scene-actor-rate-kept"),
    _p("Meta has banned all advertising for weight-loss drugs on its platforms.", WHOLE, id="scene-actor-ban"),
    _p("Police decided not to charge the driver.", WHOLE, id="scene-actor-decided"),
    _p("Mayor Dana Reyes toured the flooded streets of the old town on Sunday.", WHOLE, id="scene-actor-toured"),
    pytest.param("Singer Mara Quinn has taken out a full-page advert in a Dublin newspaper to apologise to her fans.",
                 "has taken out a full-page advert", id="scene-actor-advert", marks=_TAKEN_OUT),
    # near misses: the scene, colour, a post about something, a schedule, a teaser
    _p("The club's owner, Viktor Hale, sat beside the manager in the dugout for the second half.", NO_CLAIM,
       id="scene-actor-near-sat"),
    pytest.param("Goalkeeper Ilse Brandt debuted a bright green haircut at training on Monday.", NO_CLAIM,
                 id="scene-actor-near-haircut", marks=_DONE_IS_ACT),
    pytest.param("Councillor Ravi Anand blogged about the closure of the library.", NO_CLAIM,
                 id="scene-actor-near-blogged", marks=_DONE_IS_ACT),
    _p("The finance minister will present the budget to parliament next Tuesday.", NO_CLAIM,
       id="scene-actor-near-schedule"),
    _p("Presenter Leo Marsh meets the fishermen fighting to save their harbour.", NO_CLAIM,
       id="scene-actor-near-teaser"),
]

# From the review of the stop-54 branch: the author acted on in a column's own story is no claim; in reportage the
# act on "me" is the scene, and a figure in a clause or a phrase set off from it is the news ("showed me where ...
# flooding 200 homes"), where the branch dropped it at first.
REVIEW_AUTHOR_AS_OBJECT = [
    _p("The letting agent charged me £450 in admin fees.", NO_CLAIM, id="rev-me-letting-agent"),
    _p("My editor sent me to Kyiv for three weeks in March 2022.", NO_CLAIM, id="rev-me-editor-sent"),
    _p("British Airways left me stranded in Doha for 19 hours.", NO_CLAIM, id="rev-me-ba-stranded"),
    _p("A cabbie in Sydney charged me $90 for a 10-minute ride.", NO_CLAIM, id="rev-me-au-cabbie"),
    _p("The council fined me £70 for putting my bin out a day early.", NO_CLAIM, id="rev-me-council-fined"),
    _p("Uber kept me waiting 40 minutes at Heathrow.", NO_CLAIM, id="rev-me-uber-waiting"),
    _p("The hotel upgraded me to a suite with a 12-metre balcony.", NO_CLAIM, id="rev-me-hotel-upgraded"),
    _p("The airline refunded me €230 after six weeks.", NO_CLAIM, id="rev-me-airline-refunded"),
    _p("They paid me 4,000 rupees a month to sweep the office.", NO_CLAIM, id="rev-me-in-paid-rupees"),
    _p("The TTE fined me Rs 250 for travelling without a ticket.", NO_CLAIM, id="rev-me-in-tte-fined"),
    _p("The bloke at the servo charged me $2.40 a litre.", NO_CLAIM, id="rev-me-au-servo"),
    _p("The gym billed me for 14 months after I cancelled.", NO_CLAIM, id="rev-me-gym-billed"),
    # reportage: the figure set off from the act on "me" is the news
    _p("Residents showed me where the river burst its banks, flooding 200 homes.", WHOLE, id="rev-me-near-flood"),
    _p("A nurse showed me the ward where 14 babies died last week.", WHOLE, id="rev-me-near-ward"),
    _p("Our guide took me past the dam that burst in 2019, killing 270 people.", WHOLE, id="rev-me-near-dam"),
    _p("Officials gave me figures showing 1,300 arrests since May.", WHOLE, id="rev-me-near-officials-figures"),
    _p("The Home Office sent me data showing 3,000 small-boat arrivals in May.", WHOLE, id="rev-me-near-home-office"),
    _p("Aid workers drove me to the camp, now home to 40,000 people.", WHOLE, id="rev-me-near-camp"),
    _p("The army escorted me into Bakhmut, where 60 buildings had been destroyed that week.", WHOLE,
       id="rev-me-near-bakhmut"),
    _p("Villagers led me to a field where 35 bodies were buried in March.", WHOLE, id="rev-me-near-graves"),
    # written for the mend
    _p("The council fined me £100, the maximum.", NO_CLAIM, id="rev-me-fined-maximum"),
    _p("Ryanair charged me €55, twice the fare.", NO_CLAIM, id="rev-me-twice-the-fare"),
    _p("Last week, the council fined me £100.", NO_CLAIM, id="rev-me-fronted-time"),
    _p("The hotel, built in 1920, upgraded me to a suite.", NO_CLAIM, id="rev-me-year-set-off"),
    _p("In March 2022, my editor sent me to Kyiv.", NO_CLAIM, id="rev-me-fronted-date"),
    pytest.param("My landlord charged me $2,400 a month, $600 more than last year.", NO_CLAIM,
                 id="rev-me-landlord-set-off", marks=strict_xfail("a figure set off by a comma is read as the "
                                                                  "reporter's news, so the author's own story is "
                                                                  "a claim again, as on main")),
    _p("Rescuers took me to the village, where 80 homes had been swept away.", WHOLE, id="rev-me-near-village"),
    _p("A doctor showed me the morgue, which held 47 bodies on Tuesday.", WHOLE, id="rev-me-near-morgue"),
    _p("The mayor walked me through the district, now home to 12,000 displaced people.", WHOLE,
       id="rev-me-near-district"),
    _p("Police escorted me past the site where 23 migrants drowned last month.", WHOLE, id="rev-me-near-site"),
    _p("Soldiers drove me to Avdiivka, where 30 civilians were killed that week.", WHOLE, id="rev-me-near-avdiivka"),
]


# From the review of the stop-54 branch: a price box's line with its web address after a comma is no claim; a brief
# that names a company by its address, cites a source in brackets, gives a percentage or dates a running count
# ("now", "latest") is news, where the branch dropped it at first.
REVIEW_LISTING_LINES = [
    _p("Tickets £12-£25, royalalberthall.com.", NO_CLAIM, id="rev-url-rah-tickets"),
    _p("Double rooms from €89 a night, hotelnord.example.ie.", NO_CLAIM, id="rev-url-ie-rooms"),
    _p("Saturday 7pm, $35, brooklynsteel.example.com.", NO_CLAIM, id="rev-url-us-gig"),
    _p("Adult A$28, concession A$20, melbournezoo.example.com.au.", NO_CLAIM, id="rev-url-au-zoo"),
    _p("Rs 1,500 per head, 8pm onwards, bookmyshow.com.", NO_CLAIM, id="rev-url-in-bookmyshow"),
    _p("Open Tuesday to Sunday 11am-5pm; £8 adults, www.example-museum.org.uk.", NO_CLAIM, id="rev-url-museum"),
    _p("Doors 7.30pm, tickets £20 in advance, thedeaf.example.ie.", NO_CLAIM, id="rev-url-gig-box"),
    _p("Classes $18, ten for $150, yoga.example.co.nz.", NO_CLAIM, id="rev-url-nz-yoga"),
    # news told without a verb keeps its claim
    _p("UK inflation at 6.7% in August (ons.gov.uk).", WHOLE, id="rev-url-near-ons"),
    _p("Unemployment at 4.2%, lowest since 1974 (abs.gov.au).", WHOLE, id="rev-url-near-abs"),
    _p("Ocado.com sales up 9% to £2.5bn in the half-year.", WHOLE, id="rev-url-near-ocado"),
    _p("Boohoo.com profits down 94% on a year ago.", WHOLE, id="rev-url-near-boohoo"),
    _p("Trading update from AO.com: sales down 18% in the quarter.", WHOLE, id="rev-url-near-ao"),
    _p("Asos.com: 2,500 jobs under review after £300m loss.", WHOLE, id="rev-url-near-asos"),
    _p("Flipkart.com sales of Rs 19,000 crore in Big Billion Days week.", WHOLE, id="rev-url-near-flipkart"),
    _p("Covid latest: 1,204 new cases in NSW and 14 deaths, health.nsw.gov.au.", WHOLE, id="rev-url-near-covid"),
    _p("Fundraiser for the Grenfell families now at £250,000, gofundme.com/grenfell.", WHOLE,
       id="rev-url-near-grenfell"),
    # written for the mend
    _p("Lunch from £18, dinner £35, thebistro.example.co.uk.", NO_CLAIM, id="rev-url-bistro"),
    _p("Family ticket £40, under-3s free, farmpark.example.co.uk.", NO_CLAIM, id="rev-url-farm-park"),
    pytest.param("Sale price now £45, was £80, asos.example.com.", NO_CLAIM, id="rev-url-sale-price",
                 marks=strict_xfail("'was' is a verb of the line's own, so it is no listing's entry, as on main")),
    pytest.param("Rooms from $199 a night, latest deals at hotel.example.com.", NO_CLAIM, id="rev-url-latest-deals",
                 marks=strict_xfail("the web address follows 'at', not a comma, so the line is no listing's entry "
                                    "to the rule, as on main")),
    _p("Appeal total now at $1.2 million, gofundme.com/bushfire.", WHOLE, id="rev-url-near-appeal"),
    _p("Flood latest: 340 homes evacuated in Lismore, emergency.nsw.gov.au.", WHOLE, id="rev-url-near-flood"),
    _p("Vaccine rollout latest: 2.1 million doses given, gov.uk/covid.", WHOLE, id="rev-url-near-vaccine"),
    _p("Petition now at 120,000 signatures, change.org/nhs.", WHOLE, id="rev-url-near-petition"),
    pytest.param("Toll now 57, ndma.gov.in.", WHOLE, id="rev-url-near-toll",
                 marks=strict_xfail("no claim on main either: a bare count with no noun after it is read as no "
                                    "figure of the line")),
]


# From the review of the stop-58 branch: work under way must be a body's work in its work sense, told as news now.
# The rows marked "guard" pass on main and failed under the reverted _under_way rule: they guard a future under-way
# rule against its verbs' other senses (doubt, options, ways, a signing, an injury, the web, a review of a film) and
# against background, a headline and times still to come.
_R58_NO_RULE = strict_xfail("a body's work under way is the author's claim (decided point 1), but there is no rule "
                            "yet: 'investigate', 'probe', 'search', 'interview' or 'battle' in the present progressive "
                            "is no listed act on main")
_R58_RELATIVE = strict_xfail("main reads the meeting as the detectives' act and the sentence as the author's claim; "
                             "the guide makes a meeting with the family the scene")
_R58_SIT_CLAUSE = strict_xfail("'appeared before' the team is no listed act on main, so the appearance is no claim")
_R58_WORKERS = strict_xfail("main reads 'hundreds of workers are tackling the challenge' as an act under way; the "
                            "guide makes ordinary people's doings and the scene no claim")
_R58_URGING = strict_xfail("main reads 'urging locals to ...' as police's indirect speech; the guide makes an appeal "
                           "to the public no claim")
REVIEW58_UNDER_WAY_LINES = [
    # main: none; the reverted under-way rule (8307550b): assertion/AUTHOR; guard
    _p("Police are investigating, as they do after every fatal crash.", NO_CLAIM, id="r58-own-background-routine"),
    # main: none; the reverted under-way rule (8307550b): none
    _p("Are police investigating the death of the student?", NO_CLAIM, id="r58-own-question"),
    # main: none; the reverted under-way rule (8307550b): none
    _p("If police are investigating the leak, the minister has not been told.", NO_CLAIM, id="r58-own-hypothetical"),
    # main: assertion/AUTHOR; the reverted under-way rule (8307550b): assertion/AUTHOR
    pytest.param("The detectives who are investigating the attack met the family on Monday.",
                 NO_CLAIM, id="r58-own-relative-clause", marks=_R58_RELATIVE),
    # main: none; the reverted under-way rule (8307550b): none; negated: either reading defensible, _news_now refuses it
    _p("Police are not investigating the incident.", NO_CLAIM, id="r58-own-negated"),
    # main: none; the reverted under-way rule (8307550b): none
    _p("Leinster are battling Munster for top spot in the league.", NO_CLAIM, id="r58-own-sport-battle"),
    # main: none; the reverted under-way rule (8307550b): none
    _p("Arsenal are hunting a new striker before the transfer window closes.", NO_CLAIM, id="r58-own-transfer-hunt"),
    # main: none; the reverted under-way rule (8307550b): assertion/AUTHOR; guard
    _p("Senator Lisa Grant is questioning the need for a new airport.", NO_CLAIM, id="r58-own-question-doubt"),
    # main: none; the reverted under-way rule (8307550b): assertion/AUTHOR; guard
    _p("The council is reviewing its options.", NO_CLAIM, id="r58-own-review-options"),
    # main: none; the reverted under-way rule (8307550b): assertion/AUTHOR; guard
    _p("Google is hunting for ways to cut costs.", NO_CLAIM, id="r58-own-hunt-ways"),
    # main: none; the reverted under-way rule (8307550b): none
    pytest.param("Police are investigating tonight after a man was stabbed in Croydon.",
                 WHOLE, id="r58-own-tonight-present", marks=_R58_NO_RULE),
    # main: none; the reverted under-way rule (8307550b): assertion/AUTHOR
    pytest.param("The Competition and Markets Authority is probing Microsoft's purchase of Activision.",
                 WHOLE, id="r58-own-cma-probing", marks=_R58_NO_RULE),
    # main: none; the reverted under-way rule (8307550b): assertion/AUTHOR
    pytest.param("The FBI is investigating whether the hackers were backed by a foreign state.",
                 WHOLE, id="r58-own-fbi-whether", marks=_R58_NO_RULE),
    # main: none; the reverted under-way rule (8307550b): assertion/AUTHOR
    pytest.param("Police are searching for a man who escaped from Hull prison on Sunday.",
                 WHOLE, id="r58-own-police-search-for", marks=_R58_NO_RULE),
    # main: none; the reverted under-way rule (8307550b): none
    _p("Police investigating the death of a teenager in Hull", NO_CLAIM, id="r58-own-caption"),
    # main: none; the reverted under-way rule (8307550b): none
    pytest.param("Firefighters are battling a blaze at a warehouse in Leeds.",
                 WHOLE, id="r58-own-firefighters-battling", marks=_R58_NO_RULE),
    # main: none; the reverted under-way rule (8307550b): assertion/AUTHOR
    pytest.param("Chelsea are interviewing candidates for the manager's job this week.",
                 WHOLE, id="r58-own-interviewing-candidates", marks=_R58_NO_RULE),
    # main: none; the reverted under-way rule (8307550b): assertion/AUTHOR; guard
    _p("Manchester United are battling Liverpool for the signature of the Brazilian winger.",
       NO_CLAIM, id="r58-own-sport-battle-tagged"),
    # main: none; the reverted under-way rule (8307550b): assertion/AUTHOR; guard
    _p("Novak Djokovic is battling a knee injury ahead of Wimbledon.", NO_CLAIM, id="r58-own-injury-battling"),
    # main: none; the reverted under-way rule (8307550b): assertion/AUTHOR; guard
    _p("Millions of Americans are searching Google for the word of the year.", NO_CLAIM, id="r58-own-search-web"),
    # main: none; the reverted under-way rule (8307550b): assertion/AUTHOR; guard
    _p("Mark Kermode is reviewing the new Bond film on Friday's show.", NO_CLAIM, id="r58-own-reviewing-film"),
    # main: none; the reverted under-way rule (8307550b): assertion/AUTHOR; guard
    _p("Police are investigating after man found dead in Hull park", NO_CLAIM, id="r58-own-headline-aux"),
    # main: none; the reverted under-way rule (8307550b): assertion/AUTHOR; guard
    _p("The Competition and Markets Authority is examining the bid next month.",
       NO_CLAIM, id="r58-own-future-next-month"),
    # main: none; the reverted under-way rule (8307550b): assertion/AUTHOR; from latimes-california.xml
    pytest.param("Police are investigating it as a hate crime.",
                 WHOLE, id="r58-corpus-latimes-hate-crime", marks=_R58_NO_RULE),
    # main: none; the reverted under-way rule (8307550b): none; the pattern of a thehindu-news.xml item (test-labelled),
    # rewritten at stop 59 in other words
    pytest.param("District BJP chief and former MP Ravi Kondapalli appeared before the Crime Investigation Department"
                 " (CID) which is probing the fake seed racket, at Gandhinagar police station here on Monday.",
                 WHOLE, id="r58-corpus-hindu-sit-relative", marks=_R58_SIT_CLAUSE),
    # main: assertion/AUTHOR; the reverted under-way rule (8307550b): assertion/AUTHOR;
    # from guardian-truncated-fragment.xml
    pytest.param("In a corner of a previously rundown district in south-east Paris, hundreds of workers are tackling "
                 "the challenge of turning a listed railway goods yard into an ultra-modern global hub for internet "
                 "development.",
                 NO_CLAIM, id="r58-corpus-guardian-workers-tackling", marks=_R58_WORKERS),
    # main: none; the reverted under-way rule (8307550b): none; from guardian-truncated-fragment.xml
    _p("When Dutch photographer, Bertien van Manen, was searching for a title for her new book, she came upon the line"
       " and was immediately taken with it.",
       NO_CLAIM, id="r58-corpus-guardian-photographer-searching"),
    # main: none; the reverted under-way rule (8307550b): none; from thehindu-news.xml
    _p("The government is considering implementing the guidelines prepared by the Indian Academy of Paediatrics (IAP) "
       "to address the issue of infant mortality rate.",
       NO_CLAIM, id="r58-corpus-hindu-considering"),
    # main: indirect/PERSON; the reverted under-way rule (8307550b): indirect/PERSON; from dailymail-home.xml
    pytest.param("Police are urging locals to check their garden sheds and their garages.",
                 NO_CLAIM, id="r58-corpus-dailymail-urging", marks=_R58_URGING),
    # main: none; the reverted under-way rule (8307550b): none; from guardian-truncated-fragment.xml
    _p("After the floods, local government is fighting to stay afloat",
       NO_CLAIM, id="r58-corpus-guardian-fighting-afloat"),
    # main: none; the reverted under-way rule (8307550b): none; from cnn-hp-hero.xml
    _p("Each session of the House committee investigating the events of January 6 showed us just how far parts of the "
       "country have traveled down a road towards extremism.",
       NO_CLAIM, id="r58-corpus-cnn-committee-investigating"),
    # main: assertion/AUTHOR; the reverted under-way rule (8307550b): assertion/AUTHOR; from thehindu-news.xml
    _p("The Kerala High Court on Tuesday rejected a plea by Mohammed Nisham, accused in the Chandrabose murder case, "
       "for summoning certain mediapersons and examining them in the case.",
       WHOLE, id="r58-corpus-hindu-high-court-examining"),
]


@pytest.mark.parametrize("text,fragment", CLAIMS + NOT_CLAIMS + PHONE_LINES + AUTHOR_AS_OBJECT + LISTING_LINES
                                            + REVIEW_PHONE_LINES + REVIEW_AUTHOR_AS_OBJECT + REVIEW_LISTING_LINES
                                            + SHAPE_LINES + REVIEW55_CHAIN_LINES
                                            + TAGGED_CODE_LINES + UNDER_WAY_LINES + SCENE_ACTOR_LINES
                                            + REVIEW58_UNDER_WAY_LINES)
def test_claims_author_probe(extractor, text, fragment):
    claims = extractor.extract_text(text).claims
    if fragment == NO_CLAIM:
        assert claims == [], f"not a claim, yet found: {[(c.kind, c.content) for c in claims]}"
        return
    want = text.rstrip(".") if fragment == WHOLE else fragment
    found = [c for c in claims if want in c.content]
    assert len(found) == 1, f"{len(found)} claims contain {want!r}: {[(c.kind, c.content) for c in claims]}"
    assert (found[0].kind, found[0].speaker_type) == ("assertion", "AUTHOR")


# Guards from the review of 900e42c: a count after "the" is a figure of the claim, in the author's voice
# and in a speaker's phrase alike.
@pytest.mark.parametrize("text,figure", [
    ("The four suspects appeared in court in Manchester on Monday.", 4.0),
    ("The two men told the court they had been tortured.", 2.0),
])
def test_claims_author_count_after_the_is_a_figure(extractor, text, figure):
    claims = extractor.extract_text(text).claims
    assert any(figure in [n.value for n in c.numbers] for c in claims), \
        [(c.content, [n.value for n in c.numbers]) for c in claims]


# From the review of the stop-55 branch: a shape or a phone number in a speaker's words leaves the speaker's claim whole
@pytest.mark.parametrize("text,fragment", [
    ("The coach said he would switch to a 3-5-2 after the break.", "he would switch to a 3-5-2 after the break"),
    ("The club said its helpline, 1-800-555-0199, was open all night.",
     "its helpline, 1-800-555-0199, was open all night"),
])
def test_a_code_in_a_speakers_words_keeps_the_speakers_claim(extractor, text, fragment):
    assert [(c.kind, c.content) for c in extractor.extract_text(text).claims] == [("indirect", fragment)]


# From the review of the stop-58 branch: a body's work under way in a speaker's words is the speaker's one claim, with
# no second AUTHOR assertion of the same work beside it.
@pytest.mark.parametrize("text", [
    pytest.param("Police are investigating the crash, a spokesman said.", id="r58-own-attributed-spokesman"),
    pytest.param("The Environment Agency is investigating the spill, the council says.", id="r58-own-attributed-says"),
    pytest.param("Actor Tom Reyes is battling cancer, his agent confirmed.", id="r58-own-patient-battling"),
    pytest.param("Hall told a Scottish parliamentary committee the corporation was also reviewing its news services "
                 "for Scotland, including the potential for a “Scottish Six” flagship news programme.",
                 id="r58-corpus-guardian-bbc-reviewing"),
    pytest.param("Harikrishnan, who was a member of a Special Investigation Team, deposed before the judicial "
                 "commission probing the solar scam that only two mobile phones were seized.",
                 id="r58-corpus-hindu-commission-probing",
                 marks=strict_xfail("'deposed ... that' is no cue on main, so the whole sentence is the author's")),
])
def test_under_way_attributed_is_one_claim(extractor, text):
    claims = extractor.extract_text(text).claims
    assert len(claims) == 1 and claims[0].speaker_type != "AUTHOR", \
        [(c.kind, c.speaker_type, c.content) for c in claims]
