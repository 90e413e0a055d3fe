"""Claims found and bounded on ordinary news copy: a probe set, one row a claim.

Project-written paragraphs in many house styles (wire, broadsheet, tabloid, local, business,
sport, science, courts, foreign news). Each row names a fragment the claim must contain, its
kind, its speaker (``None``: the author's own assertion) and, where the span could run on, a
fragment it must not contain. ``NO_CLAIM`` says the fragment is in no claim at all: the
look-alikes (a question, "the said property", "told to leave", a caption, a headline, a
relative clause's "who said"). They probe how general the rules are; they are not a label
batch and the bench does not score them. The 80 rows of 6ec18d9 (issue 12) were written before
the rules they probe, and nobody tuned on them; a row marked "with its rule" was written with the
rule it tests or as that rule's look-alike: it holds the rule in place, it does not show it general.
A speaker is right as the bench counts it (``conftest.speaker_matches``). Probes the code still
gets wrong are marked ``xfail(strict=True)`` with the cause, so a fix shows up as an unexpected pass.
"""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import speaker_matches, strict_xfail

NO_CLAIM = "<no claim>"


# What the code still gets wrong, by cause.
_KNOWN = {
    "actor": strict_xfail("the judgement route takes only a subject resolver.is_actor knows: 'the star', 'the player', "
                          "'fans', even 'the club' are no actor to it, so praise or blame through 'as' ('blasted the "
                          "owners as \u201cclueless\u201d', 'slammed the owners as greedy') is left unattributed"),
    "topic unread": strict_xfail("'MPs ... expressed frustration over ...', 'Locals shared their worries about ...': the "
                                 "resolver takes 'MPs' and 'Locals' for no actor, and a thing voices no concern"),
}


def _p(text: str, fragment: str, kind: str | None, speaker: str | None, *, outside: str | None = None,
       id: str, marks=()):
    return pytest.param(text, fragment, kind, speaker, outside, id=id, marks=marks)


PROBES = [
    # reported speech with a that-clause
    _p("The transport secretary said on Monday that rail fares in England would rise by 4.6 percent in March.",
       "rail fares in England would rise", "indirect", "transport secretary", outside="said on Monday",
       id="that-clause-role"),
    _p("Dr Amira Haddad, who leads the study at Leeds, said the drug cut hospital admissions by a third.",
       "the drug cut hospital admissions", "indirect", "Amira Haddad", outside="who leads",
       id="said-after-relative-clause"),
    _p("Shares in Corvel Foods fell 8 percent after the company warned that higher grain prices would squeeze "
       "margins for the rest of the year.",
       "higher grain prices would squeeze margins", "indirect", "Corvel Foods", outside="Shares in",
       id="warned-that-business"),
    _p("The city council acknowledged that it had failed to inspect the bridge for six years.",
       "it had failed to inspect the bridge", "indirect", "city council", id="acknowledged-that"),
    _p("The striker conceded that the team had not been good enough in the first half.",
       "the team had not been good enough", "indirect", "striker", id="conceded-that-negation"),
    # with its rule
    _p("Critics said the policy cost taxpayers millions.",
       "the policy cost taxpayers millions", "indirect", "Critics", id="said-noun-tagged-past-tense"),
    # with its rule
    _p("The headteacher said the school assembly morning prayer.",
       "morning prayer", NO_CLAIM, None, id="said-a-noun-run-prayer"),
    # with its rule
    _p("The mayor said the city hall press conference statement again.",
       "press conference statement", NO_CLAIM, None, id="said-a-noun-run-statement"),
    _p("Lawyers for the developer argued that the planning permission had lapsed in 2019.",
       "the planning permission had lapsed", "indirect", "Lawyers", id="argued-that-lawyers"),
    _p("The minister insisted the hospital would not close while she was in office.",
       "the hospital would not close", "indirect", "minister", id="insisted-without-that"),
    _p("Aid agencies urged both sides to open a corridor for food convoys into the city.",
       "open a corridor for food convoys", "indirect", "Aid agencies", id="urged-to"),
    _p("Economists at Halden Bank expect the central bank to hold interest rates at 5 percent in June.",
       "hold interest rates at 5 percent", "indirect", "Economists", id="expect-economists"),
    _p("In a court filing, the company denied that it had misled investors about its debts.",
       "it had misled investors", "indirect", "company", id="denied-that"),
    # quotes split around the cue, and continued
    _p("\u201cWe are not going to give up,\u201d said Maria Lopez, whose son was killed in the crash. "
       "\u201cThe families deserve answers.\u201d",
       "We are not going to give up", "direct", "Maria Lopez", outside="whose son", id="quote-said-name-relative"),
    _p("\u201cThis is a dark day for the club,\u201d the chairman, Tom Barker, said. \u201cBut we will come back "
       "stronger.\u201d",
       "This is a dark day for the club", "direct", "Tom Barker", id="quote-role-apposition"),
    _p("\u201cThe water is safe to drink,\u201d a spokesperson for Severn Water said, \u201cand there is no need "
       "for residents to boil it.\u201d",
       "The water is safe to drink", "direct", "spokesperson", id="quote-split-around-cue"),
    _p("\u201cThe evidence shows clearly that he was not there that night,\u201d the defence barrister told the "
       "jury.",
       "he was not there that night", "direct", "defence barrister", outside="told the jury",
       id="quote-told-the-jury"),
    _p("\u201cIt\u2019s been a tough season,\u201d Jones admitted. \u201cWe lost too many players to injury.\u201d",
       "a tough season", "direct", "Jones", id="quote-admitted"),
    _p("\u201cWe have seen no evidence of a cyber attack,\u201d the airline\u2019s chief executive, Sofia Reyes, "
       "told the BBC.",
       "no evidence of a cyber attack", "direct", "Sofia Reyes", id="quote-told-outlet"),
    # cues beyond "said"
    _p("Senator Ruth Aldana warned the bill would leave millions of renters without protection.",
       "the bill would leave millions of renters", "indirect", "Ruth Aldana", id="warned-no-that"),
    _p("The head of the World Health Organization expressed concern that the outbreak could spread to "
       "neighbouring countries.",
       "the outbreak could spread", "indirect", "head of the World Health Organization",
       id="expressed-concern-that"),
    _p("In a post on X, the mayor wrote that the road would reopen by Friday.",
       "the road would reopen by Friday", "indirect", "mayor", id="wrote-that-post"),
    _p("The former nurse testified that she had seen the doctor alter patient records.",
       "she had seen the doctor alter patient records", "indirect", "nurse", id="testified-that"),
    _p("Officials claimed the fire had been started deliberately.",
       "the fire had been started deliberately", "indirect", "Officials", id="claimed-bare"),
    _p("Police believe the two men entered the building through a rear window.",
       "the two men entered the building", "indirect", "Police", id="police-believe"),
    _p("The union announced that its members would walk out for 48 hours next week.",
       "its members would walk out", "indirect", "union", id="announced-that"),
    _p("The regulator found that the bank had overcharged 200,000 customers.",
       "the bank had overcharged 200,000 customers", "indirect", "regulator", id="found-that"),
    _p("Residents complained that the noise from the site started before 6am.",
       "the noise from the site started", "indirect", "Residents", id="complained-that"),
    _p("The coach said his side would have to be much sharper against Leeds on Saturday.",
       "would have to be much sharper", "indirect", "coach", id="sport-coach-said"),
    # according to
    _p("According to the fire service, 40 firefighters were called to the blaze.",
       "40 firefighters were called", "indirect", "fire service", outside="According",
       id="according-to-start"),
    _p("Unemployment rose to 5.2 percent in the third quarter, according to the Office for National Statistics.",
       "Unemployment rose to 5.2 percent", "indirect", "Office for National Statistics", outside="according",
       id="according-to-end"),
    _p("The company lost $40 million last year, according to documents seen by Reuters.",
       "The company lost $40 million", "indirect", "documents", outside="seen by", id="according-to-documents"),
    _p("Three people were arrested, police said, after a fight broke out outside a nightclub in Cardiff.",
       "Three people were arrested", "indirect", "police", id="said-inserted-mid"),
    _p("The storm is expected to make landfall on Tuesday, forecasters said.",
       "The storm is expected to make landfall", "indirect", "forecasters", outside="forecasters",
       id="said-after-clause"),
    _p("Inflation will fall below 3 percent by the end of the year, the governor told parliament on Wednesday.",
       "Inflation will fall below 3 percent", "indirect", "governor", outside="parliament",
       id="told-after-clause"),
    # author statements with a figure or a concrete event
    _p("Two people died and 14 were injured when a bus overturned on the A9 near Perth on Sunday.",
       "Two people died", "assertion", None, id="author-death-toll"),
    _p("The Senate voted 52 to 48 on Thursday to confirm the nominee.",
       "The Senate voted 52 to 48", "assertion", None, id="author-vote"),
    _p("Halden Motors recalled 120,000 cars in March over a faulty brake sensor.",
       "recalled 120,000 cars", "assertion", None, id="author-recall"),
    _p("House prices in the region rose by 7 percent last year.",
       "House prices in the region rose by 7 percent", "assertion", None, id="author-figure"),
    _p("A judge at Manchester Crown Court jailed Peter Hale for six years for fraud.",
       "jailed Peter Hale for six years", "assertion", None, id="author-sentence"),
    _p("Kenyan runner Ruth Chebet won the Boston Marathon in 2 hours 19 minutes.",
       "won the Boston Marathon", "assertion", None, id="author-sport-result"),
    _p("An earthquake of magnitude 6.1 struck off the coast of Sumatra early on Tuesday.",
       "An earthquake of magnitude 6.1 struck", "assertion", None, id="author-earthquake"),
    # mixed quotes
    _p("The report called the hospital\u2019s record on infections \u201cdeeply worrying\u201d and said managers "
       "had ignored warnings.",
       "managers had ignored warnings", "indirect", "report", id="report-said-after-quote-phrase"),
    _p("The prime minister said the deal was \u201cthe best possible outcome for British farmers\u201d.",
       "the best possible outcome for British farmers", "mixed", "prime minister", id="mixed-quote"),
    # look-alikes that are not claims
    _p("The said property was sold at auction in 2021 for an undisclosed sum.",
       "The said property", NO_CLAIM, None, id="said-adjective"),
    _p("The protesters were told to leave the square by midnight.",
       "told to leave", NO_CLAIM, None, id="told-to-leave"),
    _p("Asked for comment, the company did not respond.",
       "did not respond", NO_CLAIM, None, id="asked-for-comment"),
    _p("A spokesperson for the council did not respond to a request for comment.",
       "request for comment", NO_CLAIM, None, id="no-response"),
    _p("Will the government raise taxes before the election?",
       "raise taxes", NO_CLAIM, None, id="question-headline"),
    _p("\u201cWhat happens to the workers now?\u201d asked Linda Moore, a shop steward.",
       "What happens to the workers", NO_CLAIM, None, id="question-quote-asked"),
    _p("Pictured: firefighters at the scene of the blaze in Leeds on Friday.",
       "firefighters at the scene", NO_CLAIM, None, id="caption-pictured"),
    _p("The sun set over the harbour as the last boats came in.",
       "sun set over the harbour", NO_CLAIM, None, id="colour"),
    _p("The hearing is due to resume on Monday.",
       "due to resume", NO_CLAIM, None, id="schedule"),
    _p("The team will travel to Madrid next week for the second leg.",
       "travel to Madrid", NO_CLAIM, None, id="schedule-sport"),
    _p("She spoke to reporters outside the court after the verdict.",
       "spoke to reporters", NO_CLAIM, None, id="spoke-no-content"),
    _p("The minister, who said last year that he would stand down, was at the summit in Geneva.",
       "was at the summit", NO_CLAIM, None, id="relative-who-said-main-clause"),
    _p("The company declined to say how many staff would be affected.",
       "how many staff", NO_CLAIM, None, id="declined-to-say"),
    # with its rule
    _p("The star blasted the club\u2019s owners as \u201cclueless\u201d after the defeat.",
       "clueless", "mixed", "star", id="blasted-as-quote", marks=_KNOWN["actor"]),
    # with its rule
    _p("Fans slammed the owners as greedy.",
       "greedy", "indirect", "Fans", id="slammed-as-adjective", marks=_KNOWN["actor"]),
    # with its rule
    _p("Unions slammed the pay offer as \u201can insult to nurses\u201d.",
       "an insult to nurses", "mixed", "Unions", id="slammed-as-quote"),
    # with its rule
    _p("The prime minister hailed the agreement as a historic step towards peace.",
       "a historic step towards peace", "indirect", "prime minister", id="hailed-as"),
    # with its rule
    _p("The striker blasted the ball over the bar.",
       "the ball over the bar", NO_CLAIM, None, id="blasted-the-ball"),
    # with its rule
    _p("The storm blasted the coast as residents fled inland.",
       "the coast", NO_CLAIM, None, id="blasted-as-clause"),
    # with its rule
    _p("Residents hailed a taxi as the rain started.",
       "a taxi", NO_CLAIM, None, id="hailed-a-taxi-as-clause"),
    # with its rule
    _p("She slammed the door as she left the room.",
       "the door", NO_CLAIM, None, id="slammed-the-door-as-clause"),
    # an "as" phrase telling how or why the praise was given: the author's report, no one's judgement
    # with its rule
    _p("The teacher praised the pupils as a group.",
       "praised the pupils as a group", "assertion", None, id="praised-as-a-group"),
    # with its rule
    _p("The manager praised the squad as usual after the win.",
       "praised the squad as usual", "assertion", None, id="praised-as-usual"),
    # with its rule
    _p("The teacher praised the pupils as a reward for their effort.",
       "praised the pupils as a reward", "assertion", None, id="praised-as-a-reward"),
    # with its rule
    _p("Analysts see the merger as part of a wider consolidation.",
       "as part of a wider consolidation", "indirect", "Analysts", id="see-as-part-of"),
    # with its rule
    _p("Three people died in the crash, but police have not said whether drink was involved.",
       "Three people died in the crash", "assertion", None, outside="police have not said",
       id="assertion-before-unanswered"),
    # with its rule
    _p("The firm cut 400 jobs last year, but it did not say how many more would go.",
       "The firm cut 400 jobs last year", "assertion", None, outside="did not say", id="assertion-before-did-not-say"),
    # with its rule
    _p("After the blast killed 14 people, officials did not say whether anyone had been arrested.",
       "the blast killed 14 people", "assertion", None, outside="did not say", id="fronted-clause-before-unanswered"),
    # with its rule
    _p("Police, who arrested 12 people, have not said whether charges will follow.",
       "who arrested 12 people", "assertion", None, outside="have not said", id="relative-before-unanswered"),
    # with its rule
    _p("Police have not said whether the two deaths are linked.",
       "the two deaths are linked", NO_CLAIM, None, id="not-said-whether-with-figure"),
    # with its rule
    _p("The company has not disclosed how much it paid for the two sites.",
       "the two sites", NO_CLAIM, None, id="not-disclosed-how-much"),
    # with its rule
    _p("Police have confirmed that the two deaths are linked.",
       "the two deaths are linked", "indirect", "Police", id="confirmed-that-figure"),
    # with its rule
    _p("The minister said 200 homes were flooded but would not say when the money would arrive.",
       "200 homes were flooded", "indirect", "minister", outside="would not say", id="said-but-would-not-say"),
    # with its rule
    _p("She said the children were bullied and would not tell teachers.",
       "would not tell teachers", "indirect", "She", id="said-and-would-not-tell"),
    # with its rule
    _p("Witnesses said the suspect was calm and would not answer questions.",
       "would not answer questions", "indirect", "Witnesses", id="said-and-would-not-answer"),
    # with its rule
    _p("The mayor said the road would reopen on Friday and would not be tolled.",
       "would not be tolled", "indirect", "mayor", id="said-and-would-not-be"),
    _p("He was asked whether he would resign.",
       "whether he would resign", NO_CLAIM, None, id="asked-whether"),
    _p("The board added two new directors in May.",
       "added two new directors", "assertion", None, id="added-non-speech"),
    _p("Officers are appealing for witnesses to come forward.",
       "witnesses to come forward", NO_CLAIM, None, id="appealing-for-witnesses"),
    # courts, science, foreign news
    _p("Prosecutors alleged that Hale had taken more than \u00a32m from elderly clients over a decade.",
       "Hale had taken more than", "indirect", "Prosecutors", id="alleged-that"),
    _p("The researchers reported that patients given the vaccine were 60 percent less likely to be admitted "
       "to hospital.",
       "patients given the vaccine were 60 percent less likely", "indirect", "researchers",
       id="researchers-reported"),
    _p("The study, published in Nature, suggests that sea levels could rise faster than expected.",
       "sea levels could rise faster", "indirect", "study", outside="published in Nature", id="study-suggests"),
    _p("Iran\u2019s foreign ministry condemned the strike as a violation of international law.",
       "a violation of international law", "indirect", "foreign ministry", id="condemned-as"),
    _p("The defendant told the court he had acted in self-defence.",
       "he had acted in self-defence", "indirect", "defendant", outside="told the court",
       id="court-told-the-court"),
    _p("Beijing has repeatedly said it will not tolerate foreign interference in Hong Kong.",
       "it will not tolerate foreign interference", "indirect", "Beijing", id="foreign-has-said"),
    _p("Local media reported that at least 30 people had been killed in the attack.",
       "at least 30 people had been killed", "indirect", "Local media", id="media-reported"),
    _p("The mayor posted on Facebook that the town\u2019s water supply had been restored.",
       "the town\u2019s water supply had been restored", "indirect", "mayor", id="posted-that"),
    # a question verb after a statement's own cue, or in a relative clause, does not make it a question
    _p("\u201cWe were not told anything,\u201d said one resident, who asked not to be named.",
       "We were not told anything", "direct", "resident", id="quote-said-who-asked-not-to-be-named"),
    _p("\u201cThe council has let us down,\u201d one shopkeeper, who asked not to be identified, told the paper.",
       "The council has let us down", "direct", "shopkeeper", outside="told the paper",
       id="quote-relative-asked-before-cue"),
    _p("\u201cWe have done nothing wrong,\u201d he said when asked about the allegations.",
       "We have done nothing wrong", "direct", "he", outside="asked", id="quote-said-when-asked"),
    _p("\u201cIt\u2019s far too early to say,\u201d the manager said when questioned by reporters after the game.",
       "far too early to say", "direct", "manager", outside="questioned", id="quote-said-when-questioned"),
    _p("\u201cWhat happens now?\u201d one resident asked.",
       "What happens now", NO_CLAIM, None, id="question-quote-asked-after"),
    # with its rule
    _p("\u201cWill the plant close,\u201d workers told of the plan asked.",
       "Will the plant close", NO_CLAIM, None, id="question-quote-told-of-describes-the-askers"),
    # told with no "that": what the addressee was told, not a relative clause on them
    _p("The suspect told officers he had found the bag on the street.",
       "he had found the bag", "indirect", "suspect", outside="officers", id="told-officers-no-that"),
    _p("Rossi told the tribunal he had been dismissed without warning.",
       "he had been dismissed", "indirect", "Rossi", outside="tribunal", id="told-the-tribunal-no-that"),
    _p("She told the man she married everything about her past.",
       "she married", NO_CLAIM, None, id="told-the-man-relative"),
    # with its rule
    _p("He told the people he worked with about his illness.",
       "he worked with", NO_CLAIM, None, id="told-the-people-stranded-preposition"),
    # with its rule
    _p("She told the man she loved about the baby.",
       "she loved", NO_CLAIM, None, id="told-the-man-relative-about"),
    # with its rule
    _p("He told the man he met in a bar his whole life story.",
       "he met in a bar", NO_CLAIM, None, id="told-the-man-relative-second-object"),
    # with its rule
    _p("The defendant told the jury he had acted out of fear.",
       "he had acted out of fear", "indirect", "defendant", outside="jury", id="told-the-jury-out-of"),
    # quotes continued, passed on, or sourced after the cue
    _p("\u201cWe will rebuild,\u201d the mayor said. \u201cEvery family that lost a home will be housed by "
       "Christmas.\u201d",
       "housed by Christmas", "direct", "mayor", id="quote-continued-next-sentence"),
    _p("The dpa news agency quoted a police spokesman as saying two officers were injured.",
       "two officers were injured", "indirect", "police spokesman", id="quoted-as-saying"),
    _p("\u201cThe figures are wrong,\u201d the chairman said, according to the Irish Times.",
       "The figures are wrong", "direct", "chairman", outside="Irish Times", id="quote-then-according-to"),
    _p("Critics say the law is too vague, while supporters argue it will protect children.",
       "the law is too vague", "indirect", "Critics", outside="supporters", id="two-claims-first"),
    _p("Critics say the law is too vague, while supporters argue it will protect children.",
       "it will protect children", "indirect", "supporters", id="two-claims-second"),
    _p("\u201cI never took a penny,\u201d he told the inquiry, adding that he had kept all the receipts.",
       "he had kept all the receipts", "indirect", "he", id="adding-that"),
    # blame with a bare object (spk13): an act, a plan or words blamed is the subject's opinion of it, as
    # "criticised" gives; the physical senses, a thing slamming, a person blamed and blame not yet done stay as they were
    _p("The BJP on Monday slammed the State government's decision to hike power tariffs by 12 per cent.",
       'hike power tariffs', 'indirect', 'BJP', id="blame-in-1"),
    _p("The Left parties flayed the Centre's move to privatise two public sector banks.",
       'privatise two public sector banks', 'indirect', 'Left parties', id="blame-in-2"),
    _p("Leader of the Opposition R. Ashoka slammed the government's handling of the drought in north Karnataka.",
       'handling of the drought', 'indirect', 'R. Ashoka', id="blame-in-3"),
    _p("The Congress on Tuesday castigated the Union government's policy on fertiliser subsidy.",
       'policy on fertiliser subsidy', 'indirect', 'Congress', id="blame-in-4"),
    _p("Farmers' organisations in Mandya slammed the budget proposal for ignoring the agrarian crisis.",
       'ignoring the agrarian crisis', 'indirect', "Farmers' organisations", id="blame-in-5"),
    _p("The AIADMK general secretary flayed the DMK government's decision to raise property tax in Chennai.",
       'raise property tax', 'indirect', 'AIADMK general secretary', id="blame-in-6"),
    _p("Trade unions decried the Railway Board's proposal to outsource maintenance work at the Perambur unit.",
       'outsource maintenance work', 'indirect', 'Trade unions', id="blame-in-7"),
    _p("The main opposition Democratic Party of Korea slammed the government's plan to cut the corporate tax rate.",
       'cut the corporate tax rate', 'indirect', 'Democratic Party of Korea', id="blame-kr-1"),
    _p("Civic groups denounced the ministry's decision to scrap the subsidy for single-parent families.",
       'scrap the subsidy', 'indirect', 'Civic groups', id="blame-kr-2"),
    _p("The presidential office on Sunday slammed the opposition's proposal for a special counsel probe into the first lady.",
       'special counsel probe', 'indirect', 'presidential office', id="blame-kr-3"),
    _p("Doctors' groups denounced the health ministry's plan to raise the medical school admission quota by 2,000.",
       'medical school admission quota', 'indirect', "Doctors' groups", id="blame-kr-4"),
    _p("Labour slammed the Chancellor's plan to freeze income tax thresholds until 2028.",
       'freeze income tax thresholds', 'indirect', 'Labour', id="blame-uk-1"),
    _p("Teaching unions lambasted the Education Secretary's decision to delay the pay award for a second year.",
       'delay the pay award', 'indirect', 'Teaching unions', id="blame-uk-2"),
    _p("Furious residents blasted the council's decision to axe the town's only library.",
       "axe the town's only library", 'indirect', 'residents', id="blame-uk-3"),
    _p("Campaigners deplored the Home Office's policy of housing asylum seekers on a barge in Portland.",
       'housing asylum seekers on a barge', 'indirect', 'Campaigners', id="blame-uk-4"),
    _p("Republicans blasted the administration's proposal to forgive up to $10,000 in student debt.",
       'forgive up to $10,000', 'indirect', 'Republicans', id="blame-us-1"),
    _p("Senator Elizabeth Warren denounced the bank's decision to pay its top executives $40 million in bonuses.",
       'pay its top executives', 'indirect', 'Elizabeth Warren', id="blame-us-2"),
    _p("The mayor's critics slammed her handling of the police budget during the protests.",
       'handling of the police budget', 'indirect', 'critics', id="blame-us-3"),
    _p("The Greens slammed the Albanese government's decision to approve two new coal mines in Queensland.",
       'approve two new coal mines', 'indirect', 'Greens', id="blame-au-1"),
    _p("The NSW Teachers Federation decried the government's plan to cut funding for public schools in the west.",
       'cut funding for public schools', 'indirect', 'NSW Teachers Federation', id="blame-au-2"),
    _p("Opposition Leader Peter Dutton slammed Labor's changes to the industrial relations laws as a union grab.",
       'union grab', 'indirect', 'Peter Dutton', id="blame-au-3"),
    _p("Police slammed the door on the suspects' car and drove off.",
       'the door on the suspects', 'assertion', None, id="blame-nm-1"),
    _p("The striker blasted the ball over the bar in the 89th minute.",
       'the ball over the bar', NO_CLAIM, None, id="blame-nm-2"),
    _p("A cyclonic storm slammed the coast of Andhra Pradesh on Monday night.",
       'the coast of Andhra Pradesh', NO_CLAIM, None, id="blame-nm-3"),
    _p("The lorry slammed into a bus shelter in Croydon, injuring three people.",
       'into a bus shelter', 'assertion', None, id="blame-nm-4"),
    _p("Workers blasted the old railway bridge with explosives on Sunday morning.",
       'the old railway bridge', NO_CLAIM, None, id="blame-nm-5"),
    _p("The chef flayed the fish and served it with steamed rice.",
       'the fish', NO_CLAIM, None, id="blame-nm-6"),
    _p("The driver slammed the brakes as the child ran onto the road.",
       'the brakes', 'assertion', None, id="blame-nm-7"),
    _p("Opposition MPs slammed their desks in protest during the debate on the bill.",
       'their desks in protest', NO_CLAIM, None, id="blame-nm-8"),
    _p("The Congress slammed the door on an alliance with the regional party.",
       'the door on an alliance', 'assertion', None, id="blame-nm-9"),
    _p("The government was slammed for its decision to scrap the free bus pass scheme.",
       'scrap the free bus pass', 'assertion', None, id="blame-nm-10"),
    _p("Critics are expected to slam the plan to sell the state power utility when it is published on Monday.",
       'sell the state power utility', NO_CLAIM, None, id="blame-nm-11"),
    _p("The opposition will slam the budget's plan to raise fuel duty by five pence, analysts said.",
       'raise fuel duty', 'indirect', 'analysts', id="blame-nm-12"),
    _p("Teachers who slammed the decision to close the school will meet the minister on Friday.",
       'meet the minister on Friday', NO_CLAIM, None, id="blame-nm-13"),
    _p("The Democratic Party did not slam the decision to send troops, choosing instead to seek a briefing.",
       'send troops', NO_CLAIM, None, id="blame-nm-14"),
    _p("Did the opposition slam the decision to scrap the tax on cooking gas?",
       'scrap the tax on cooking gas', NO_CLAIM, None, id="blame-nm-15"),
    _p("Protesters blasted music outside the minister's residence until midnight.",
       'music outside the minister', 'assertion', None, id="blame-nm-16"),
    _p("Hail blasted the standing crops across three taluks of the district.",
       'the standing crops', 'assertion', None, id="blame-nm-17"),
    _p("Fans slammed the plan.",
       'slammed the plan', NO_CLAIM, None, id="blame-nm-18"),
    _p("The board, slamming the deal to sell the stake, resigned on Tuesday.",
       'sell the stake', 'assertion', None, id="blame-nm-19"),
    _p("He slammed the phone down on the official and walked out of the office.",
       'the phone down', NO_CLAIM, None, id="blame-nm-20"),
    _p("Residents denounced the two officers who led the raid on the camp.",
       'the two officers who led the raid', 'assertion', None, id="blame-nm-21"),
    _p("Rights groups decried the arrest of three journalists in Kashmir on Friday.",
       'the arrest of three journalists', 'indirect', 'Rights groups', id="blame-in-8"),
    _p("The Seoul Metropolitan Government denounced the strike by subway workers as illegal.",
       'the strike by subway workers', 'indirect', 'Seoul Metropolitan Government', id="blame-kr-5"),
    _p("The foreign ministry denounced the missile launch as \u201ca grave provocation\u201d.",
       'a grave provocation', 'mixed', 'foreign ministry', id="blame-kr-6"),
    _p("Villagers decried the officials of the revenue department for the delay in paying compensation.",
       'the officials of the revenue department', NO_CLAIM, None, id="blame-nm-22"),
    _p("Mr Sharma denounced Mr Gupta at the party meeting on Sunday.",
       'Mr Gupta at the party meeting', NO_CLAIM, None, id="blame-nm-23"),
    _p("The tabloid's columnist lambasted the Prime Minister over the leaked memo.",
       'the Prime Minister over the leaked memo', NO_CLAIM, None, id="blame-nm-24"),
    # blame by no one (spk13 mend, the review's worse row first): the negation and no-one tests judgement() makes
    _p("No party slammed the government's decision to hold early elections.",
       'decision to hold early elections', NO_CLAIM, None, id="blame-nm-no-one-1"),
    _p("Nobody in the Cabinet slammed the Chancellor's plan to cut fuel duty.",
       'plan to cut fuel duty', NO_CLAIM, None, id="blame-nm-no-one-2"),
    _p("No MP lambasted the Speaker's decision to suspend the sitting.",
       'decision to suspend the sitting', NO_CLAIM, None, id="blame-nm-no-one-3"),
    _p("Neither union blasted the employer's proposal to freeze wages.",
       'proposal to freeze wages', NO_CLAIM, None, id="blame-nm-no-one-4"),
    _p("Neither analyst called the merger a mistake.",
       'the merger a mistake', NO_CLAIM, None, id="judgement-nm-no-one"),
    _p("The Congress never slammed the Centre's move to scrap the scheme.",
       "move to scrap the scheme", NO_CLAIM, None, id="blame-nm-never"),
    _p("The Left parties slammed the Centre's move to scrap the scheme.",
       "move to scrap the scheme", 'indirect', 'Left parties', id="blame-in-left-parties"),
    # 'blast' also means playing a sound (spk13 mend, the review's two worse rows first): it judges an act, a plan or a
    # claim, and nothing sent out over speakers, from loudspeakers or from a minaret (the author's own report)
    _p("The DJ blasted the announcement over the speakers twice before the gates opened.",
       'the announcement', 'assertion', None, id="blame-nm-sound-1"),
    _p("Police blasted the warning from loudspeakers as the water rose in the village.",
       'the warning', 'assertion', None, id="blame-nm-sound-2"),
    _p("The mosque blasted the call to prayer from its minaret at dawn.",
       'the call to prayer', NO_CLAIM, None, id="blame-nm-sound-3"),
    _p("Organisers blasted the safety announcement through a megaphone as the crowd surged.",
       'the safety announcement', NO_CLAIM, None, id="blame-nm-sound-4"),
    _p("Station staff blasted the evacuation warning over the tannoy at Central station.",
       'the evacuation warning', NO_CLAIM, None, id="blame-nm-sound-5"),
    _p("The council blasted the flood warning from a van driving through the streets.",
       'the flood warning', 'assertion', None, id="blame-nm-sound-6"),
    _p("Officials blasted the warning across the valley as the dam gates opened.",
       'the warning across the valley', NO_CLAIM, None, id="blame-nm-sound-7"),
    _p("Rescue teams blasted the announcement into the flooded streets every hour.",
       'the announcement into the flooded streets', NO_CLAIM, None, id="blame-nm-sound-8"),
    _p("Supporters blasted the party's statement from a loudspeaker van outside the court.",
       "the party's statement", NO_CLAIM, None, id="blame-nm-sound-9"),
    _p("The campaign team blasted the candidate's claims through a megaphone at the rally.",
       "the candidate's claims", 'assertion', None, id="blame-nm-sound-10"),
    _p("Activists blasted the government's statement on the floods, calling it callous.",
       "the government's statement on the floods", 'indirect', 'Activists', id="blame-sound-claim-1"),
    _p("Senate Minority Leader Mitch McConnell blasted the president's plan to cancel student loans as unfair to "
       "taxpayers.",
       "plan to cancel student loans", 'indirect', 'Mitch McConnell', id="blame-sound-claim-2"),
    _p("Labor blasted the Coalition's decision to cut funding for the ABC.",
       "decision to cut funding for the ABC", 'indirect', 'Labor', id="blame-sound-claim-3"),
    # a speech noun with its topic after a light verb (spk13): 'expressed concern over ...', 'raised doubts about ...'
    # are the subject's stance, as 'criticised ...' is; a thing raising fears, a time or a channel after 'over', a
    # concern not voiced or not yet voiced stay as they were
    _p("The Vice-Chancellor expressed concern over the falling enrolment in science courses in rural colleges.",
       'falling enrolment in science courses', 'indirect', 'Vice-Chancellor', id="concern-in-1"),
    _p("The House Committee expressed its dissatisfaction over the slow progress of the drinking water schemes in the district.",
       'slow progress of the drinking water schemes', 'indirect', 'House Committee', id="concern-in-2"),
    _p("Fishermen's associations in Rameswaram expressed anguish over the repeated arrests of Indian fishermen by the Sri Lankan Navy.",
       'repeated arrests of Indian fishermen', 'indirect', "Fishermen's associations", id="concern-in-3"),
    _p("Collector S. Prabhakar expressed displeasure over the delay in disbursing crop insurance to farmers.",
       'delay in disbursing crop insurance', 'indirect', 'S. Prabhakar', id="concern-in-4"),
    _p("Members of the Kerala Legislative Assembly raised concerns about the safety of the Mullaperiyar dam.",
       'safety of the Mullaperiyar dam', 'indirect', 'Members', id="concern-in-5"),
    _p("The High Court expressed serious concern over the rising number of custodial deaths in the State.",
       'rising number of custodial deaths', 'indirect', 'High Court', id="concern-in-6"),
    _p("Traders voiced concern over the new parking rules on Gandhi Road.",
       'new parking rules on Gandhi Road', 'indirect', 'Traders', id="concern-in-7"),
    _p("The Bank of Korea expressed concern over the rapid rise in household debt in the second quarter.",
       'rapid rise in household debt', 'indirect', 'Bank of Korea', id="concern-kr-1"),
    _p("Seoul expressed regret over Tokyo's decision to list the mine as a World Heritage site.",
       "Tokyo's decision to list the mine", 'indirect', 'Seoul', id="concern-kr-2"),
    _p("Opposition lawmakers raised doubts about the government's plan to relocate the presidential office.",
       'plan to relocate the presidential office', 'indirect', 'Opposition lawmakers', id="concern-kr-3"),
    _p("The Korean Medical Association voiced strong concerns over the proposed increase in medical school admissions.",
       'proposed increase in medical school admissions', 'indirect', 'Korean Medical Association', id="concern-kr-4"),
    _p("The Royal College of Nursing has raised concerns about staffing levels on children's wards in the north-west.",
       "staffing levels on children's wards", 'indirect', 'Royal College of Nursing', id="concern-uk-1"),
    _p("MPs on the Treasury committee expressed frustration over the Bank of England's slow response to rising inflation.",
       'slow response to rising inflation', 'indirect', 'MPs', id="concern-uk-2", marks=_KNOWN["topic unread"]),
    _p("Parents have voiced fears about the plan to merge the two village primary schools.",
       'plan to merge the two village primary schools', 'indirect', 'Parents', id="concern-uk-3"),
    _p("Health officials expressed concern about the spread of the virus among unvaccinated children in Texas.",
       'spread of the virus among unvaccinated', 'indirect', 'Health officials', id="concern-us-1"),
    _p("Several senators raised questions about the nominee's financial ties to the oil industry.",
       'financial ties to the oil industry', NO_CLAIM, None, id="concern-us-2"),
    _p("The mayor expressed confidence about the city's ability to host the World Cup matches.",
       'ability to host the World Cup matches', 'indirect', 'mayor', id="concern-us-3"),
    _p("The Reserve Bank expressed concern over the persistence of services inflation in its latest minutes.",
       'persistence of services inflation', 'indirect', 'Reserve Bank', id="concern-au-1"),
    _p("Farmers have voiced concerns about the new biosecurity levy on imported goods.",
       'new biosecurity levy on imported goods', 'indirect', 'Farmers', id="concern-au-2"),
    _p("The closure of the steel plant raised fears over hundreds of jobs in the town.",
       'hundreds of jobs in the town', 'assertion', None, id="concern-nm-1"),
    _p("The minister expressed concern over the weekend, aides said.",
       'the minister expressed concern', NO_CLAIM, None, id="concern-nm-2"),
    _p("The company raised prices over the summer to cover higher fuel costs.",
       'higher fuel costs', 'assertion', None, id="concern-nm-3"),
    _p("The rally raised hopes of a ceasefire in the region.",
       'a ceasefire in the region', NO_CLAIM, None, id="concern-nm-4"),
    _p("The committee expressed interest in buying the old mill site on the river.",
       'buying the old mill site', 'assertion', None, id="concern-nm-5"),
    _p("Concern over the safety of the bridge grew after the floods.",
       'safety of the bridge', NO_CLAIM, None, id="concern-nm-6"),
    _p("The minister did not express concern over the rise in prices.",
       'the rise in prices', NO_CLAIM, None, id="concern-nm-7"),
    _p("Did the Collector express concern over the delay in relief work?",
       'the delay in relief work', NO_CLAIM, None, id="concern-nm-8"),
    _p("The doctor shared her lunch with the nurses over a long break.",
       'her lunch with the nurses', 'assertion', None, id="concern-nm-9"),
    _p("Residents who raised concerns about the landfill site will meet officials on Friday.",
       'meet officials on Friday', NO_CLAIM, None, id="concern-nm-10"),
    _p("The storm raised fears over the harvest in the delta districts.",
       'the harvest in the delta districts', NO_CLAIM, None, id="concern-nm-11"),
    _p("The bank issued a warning over fake text messages asking customers for their PIN.",
       'fake text messages asking customers', 'indirect', 'bank', id="concern-warning-over"),
    _p("The chief minister expressed concern at the meeting with district officials on Tuesday.",
       'the meeting with district officials', 'assertion', None, id="concern-nm-13"),
    _p("Fans expressed their anger over the phone to the radio station.",
       'the phone to the radio station', NO_CLAIM, None, id="concern-nm-14"),
    _p("The panel never voiced concern about the cost of the new stadium.",
       'the cost of the new stadium', NO_CLAIM, None, id="concern-nm-15"),
    _p("Officials will raise concerns about the tariff with their Japanese counterparts next week.",
       'the tariff with their Japanese', NO_CLAIM, None, id="concern-nm-16"),
    _p("The Union Minister expressed happiness over the completion of the highway project.",
       'completion of the highway project', 'assertion', None, id="concern-nm-17"),
    _p("Locals shared their worries about the landslide-prone stretch of the ghat road with the visiting team.",
       'landslide-prone stretch', 'indirect', 'Locals', id="concern-in-8", marks=_KNOWN["topic unread"]),
    _p("Opposition parties are expected to raise concerns about the delimitation exercise in the winter session.",
       'the delimitation exercise', NO_CLAIM, None, id="concern-nm-18"),
    # an infinitive however parsed (spk13 mend, the review's worse row first, a ccomp with its own 'to'): a concern
    # wanted or asked of someone is not voiced
    _p("Residents want the council to raise their concerns about parking with the developer.",
       'parking with the developer', NO_CLAIM, None, id="concern-nm-infinitive-1"),
    _p("The union wants the minister to voice its anger over the job cuts at the plant.",
       'the job cuts at the plant', NO_CLAIM, None, id="concern-nm-infinitive-2"),
    _p("It is time for the regulator to raise doubts about the merger of the two banks.",
       'the merger of the two banks', 'assertion', None, id="concern-nm-infinitive-3"),
    _p("The council raised concerns about parking with the developer on Monday.",
       'parking with the developer', 'indirect', 'council', id="concern-in-infinitive-control-1"),
    _p("The union voiced its anger over the job cuts at the plant.",
       'the job cuts at the plant', 'indirect', 'union', id="concern-in-infinitive-control-2"),
    _p("The Reserve Bank of Australia could voice concern over the weaker dollar at its next meeting.",
       'the weaker dollar', NO_CLAIM, None, id="concern-nm-19"),
    # was among test_claim_recall's rows that make no claim at all: it still makes no author assertion, and the
    # officials' concern is now their claim, as 'Officials criticised the rise in fees' would be
    _p("Officials expressed concern about the rise in cases.",
       'the rise in cases', 'indirect', 'Officials', id="concern-moved"),
    # a stance dated to a year is background; a day is the story's own
    _p("Scientists voiced doubts in the 1980s about the safety of the reactor design.",
       'the safety of the reactor design', NO_CLAIM, None, id="concern-nm-20"),
    _p("The tribal council raised concerns in 2019 over the mining lease near the forest.",
       'the mining lease near the forest', 'assertion', None, id="concern-nm-21"),
    _p("The tribal council on Tuesday raised concerns over the mining lease near the forest.",
       'the mining lease near the forest', 'indirect', 'tribal council', id="concern-in-9"),
    _p("The Seoul city government expressed regret on Monday over the union's decision to strike.",
       "the union's decision to strike", 'indirect', 'Seoul city government', id="concern-kr-5"),
]


@pytest.mark.parametrize("text,fragment,kind,speaker,outside", PROBES)
def test_claims_general_probe(extractor, text, fragment, kind, speaker, outside):
    claims = extractor.extract_text(text).claims
    found = [c for c in claims if fragment in c.content]
    if kind == NO_CLAIM:
        assert found == [], f"not a claim, yet found: {[c.content for c in found]}"
        return
    assert len(found) == 1, f"{len(found)} claims contain {fragment!r}: {[c.content for c in claims]}"
    claim = found[0]
    assert claim.kind == kind, f"kind {claim.kind!r}, expected {kind!r}"
    if speaker is not None or kind == "assertion":
        assert speaker_matches(claim, speaker), (claim.speaker, claim.speaker_resolved)
    if outside is not None:
        assert outside not in claim.content, f"span runs on: {claim.content!r}"


def test_claims_general_praise_as_part_of_an_act_is_no_judgement(extractor):
    # "as part of her speech" tells how the praise was given, not what the staff are judged to be
    claims = extractor.extract_text("The mayor praised the staff as part of her speech.").claims
    assert not [c for c in claims if c.speaker_type != "AUTHOR"]
