"""A speaker named by a role or a pronoun, resolved as a reader would (issue 12, points 2 and 3): a probe set for stop 58.

Five groups: a role whose holder the text names before ("Transport Minister Alan Greer ... the minister said"), a role
whose holder it names after ("the labour minister said ... The minister, Paulo Reis,"), a pronoun over names of the
other gender or number, a description of the one person just named ("the dancer", "the 27-year-old") and a body's
kind noun ("the supermarket said"). Each has near misses: two holders of one head noun, a role of another body, "a spokesman" who
is not the minister, and a person named after the quote who holds another post ("the minister said ... Union leader
Sam Holt said"), who is someone else answering. Rows are copy of my own. A row gives the name the speaker must resolve
to (``want``) or a name it must not resolve to (``not_want``); rows the code still gets wrong are strict xfails with
their cause.
"""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import name_words, strict_xfail

_KNOWN = {
    "other body's commissioner": strict_xfail("a bare 'commissioner' is the police's to ONE_POST_TITLES whatever "
                                              "body the title names, so 'EU Commissioner Thierry Breton' is 'the "
                                              "police chief' (stop 59's reading by the title's bodies was reverted: "
                                              "it lost the police commissioners of forces named without the word "
                                              "police)"),
    'post unlisted': strict_xfail("'the headteacher', 'Rail union boss Mick Lynch': a post no role list names is "
                                  "no post to the lead-description rule, which then names the role left unnamed by "
                                  "the next paragraph's first speaker"),
    'portfolio of two': strict_xfail("'Foreign Minister Lena Holm met Defence Minister Karl Berg': the parser hangs "
                                     "both titles so that neither exact post is learnt, and two holders of "
                                     "'minister' leave 'the defence minister' unnamed"),
    'another club': strict_xfail("'The Chelsea manager' goes to the one manager named, Arsenal's: a sole holder is "
                                 "taken whatever body the description names"),
    'description unread': strict_xfail("'Lena Marsh ... / The dancer said': a noun that describes the one person just "
                                       "named (a trade, an age, a past post, a title won) is no role with a holder, so "
                                       "the description stays unnamed"),
    'body noun unread': strict_xfail("'Morrisons ..., the supermarket said', 'Barclays ... The bank said': a body named "
                                     "just before is not what its kind's noun refers back to when no family of names "
                                     "declares that kind"),
    'indefinite as lede': strict_xfail("'Lena Marsh was performing ... / A dancer who was there said': the lede rule "
                                       "takes an indefinite description in the first paragraph for the one person "
                                       "named, though 'a dancer who was there' is someone else"),
    'trade of another kind': strict_xfail("'Tesco ... The bank said', 'The Bank of England ... The supermarket said': "
                                          "the firm family holds every trade, so a body named as one trade (or as "
                                          "none) is taken for a noun of another"),
    'work for body': strict_xfail("'Penguin will reissue Middlemarch, the publisher said': the work named nearer is "
                                  "taken for the publisher"),
    'headline as body': strict_xfail("'It said' over a headline 'Retail': the headline's word is taken for an "
                                     "organisation nearer than the company named"),
    'pm unlisted': strict_xfail("'the PM said': 'PM' is no role noun, so no rule names it by the next paragraph's "
                                "'Prime Minister Mark Carney'"),
    'same head other portfolio': strict_xfail("'the chief minister said ... / Minister for Forests T. Radhakrishnan "
                                              "said': the refusal compares head nouns only, not portfolios"),
    "title with its body": strict_xfail("'The UN High Commissioner for Refugees, Filippo Grandi,' is given a post "
                                        "whose text 'the high commissioner' does not match, and 'commissioner' alone "
                                        "is not tried when the exact post is named"),
    "heads unlisted": strict_xfail("chief constable and the heads of a school are no posts of the lexicon, so the "
                                   "description of the one holder named stays unnamed, and the lead-description rule "
                                   "gives it to the next paragraph's speaker whatever post that one holds"),
}


def _row(title: str, body: str, fragment: str, want: str | None = None, not_want: str | None = None,
         cause: str | None = None):
    return pytest.param(title, body, fragment, want, not_want, id=f"{fragment[:30]}-{want or '!' + str(not_want)}",
                        marks=[_KNOWN[cause]] if cause else [])


def _same(got: str | None, name: str) -> bool:
    words, want = name_words(got), name_words(name)
    return bool(words) and (want <= words or words <= want)


EARLIER = [
    _row("Budget row deepens", "Deputy Prime Minister Chrystia Freeland met union leaders on Monday.\n"
         "The deputy prime minister said the budget would not be delayed.", "budget would not be delayed",
         "Chrystia Freeland"),
    _row("Port strike", "Transport Minister Alan Greer visited the docks on Tuesday.\n"
         "\"We will not let the port close,\" the minister said.", "not let the port close", "Alan Greer"),
    _row("Ministry answers critics", "Kasia Nowak, a spokeswoman for the health ministry, was asked about the delays.\n"
         "\"The vaccines will arrive next week,\" the spokeswoman said.", "vaccines will arrive", "Kasia Nowak"),
    _row("Council vote", "The council's chief executive, Mark Dalton, presented the plan on Wednesday.\n"
         "The chief executive said the library would stay open.", "library would stay open", "Mark Dalton"),
    _row("Flood defences", "Environment Secretary Therese Coffey toured the flooded town.\n"
         "The environment secretary said more money would follow.", "more money would follow", "Therese Coffey"),
    _row("Rates held", "Central bank governor Ana Ortega kept rates at 4 percent.\n"
         "The governor said inflation was falling faster than expected.", "inflation was falling", "Ana Ortega"),
    # near misses: two holders of one head noun, "a spokesman" who is not the minister, another club's manager
    _row("Two ministers", "Foreign Minister Lena Holm met Defence Minister Karl Berg in Oslo.\n"
         "The defence minister said the talks had gone well.", "talks had gone well", "Karl Berg",
         cause='portfolio of two'),
    _row("Two ministers", "Foreign Minister Lena Holm met Defence Minister Karl Berg in Oslo.\n"
         "The minister said the talks had gone well.", "talks had gone well", not_want="Lena Holm"),
    _row("Minister under pressure", "Health Minister Rosa Vidal faced questions in parliament.\n"
         "A spokesman said the figures were being checked.", "figures were being checked", not_want="Rosa Vidal"),
    _row("Club and rival", "Arsenal manager Mikel Arteta praised his side.\n"
         "The Chelsea manager said his team had been unlucky.", "had been unlucky", not_want="Mikel Arteta",
         cause='another club'),
]

LATER = [
    _row("Pension reform", "\"We cannot wait another year,\" the labour minister said on Monday.\n"
         "The minister, Paulo Reis, will present the bill in March.", "cannot wait another year", "Paulo Reis"),
    _row("Airport expansion", "The transport secretary said the runway would be built by 2030.\n"
         "Transport Secretary Louise Haigh made the remarks in Leeds.", "runway would be built", "Louise Haigh"),
    _row("Hospital closures", "The health minister told reporters the hospitals would stay open.\n"
         "Health Minister Mark Butler was speaking in Sydney.", "hospitals would stay open", "Mark Butler"),
    _row("Mine safety", "A company spokeswoman said the mine would reopen on Friday.\n"
         "The spokeswoman, Jane Hill, declined to give details.", "mine would reopen", "Jane Hill"),
    _row("Mine safety", "A company spokeswoman said the mine would reopen on Friday.\n"
         "Spokeswoman Jane Hill said checks were complete.", "mine would reopen", "Jane Hill"),
    _row("Water shortage", "The mayor said water would be rationed from Monday.\n"
         "Mayor Ines Duarte said the reservoirs were at a record low.", "water would be rationed", "Ines Duarte"),
    _row("Harbour dredging", "The harbour master said the channel would be dredged.\n"
         "Karen Fox, who has led the port for a decade, said the work was overdue.", "channel would be dredged",
         "Karen Fox"),
    # near misses: the next paragraph's speaker holds another post, so answers the role rather than holding it
    _row("Strike talks", "\"We remain open to talks,\" the minister said.\n"
         "Union leader Sam Holt said the offer was an insult.", "remain open to talks", not_want="Sam Holt"),
    _row("Strike talks", "The spokesman said the strike would go ahead.\n"
         "Later, the company's chairman, Peter Lyle, said the strike was regrettable.", "strike would go ahead",
         not_want="Peter Lyle"),
    _row("Hospital plan", "The health minister said the hospital would close in June.\n"
         "Opposition leader Maria Soto said the plan was reckless.", "hospital would close", not_want="Maria Soto"),
    _row("Factory fire", "A company spokeswoman said nobody had been hurt.\n"
         "Fire chief Dan Ellis said the blaze was under control by noon.", "nobody had been hurt",
         not_want="Dan Ellis"),
    _row("Bank rates", "The governor said rates would stay high for longer.\n"
         "Economist Priya Nair said markets had expected a cut.", "rates would stay high", not_want="Priya Nair"),
    _row("School closure", "The headteacher said the school would reopen on Monday.\n"
         "Councillor Jim Barr said parents deserved answers.", "school would reopen", not_want="Jim Barr",
         cause='post unlisted'),
    _row("Police inquiry", "The police chief said the inquiry would take months.\n"
         "Mayor Sadiq Khan said he had full confidence in the force.", "inquiry would take months",
         not_want="Sadiq Khan"),
    _row("Transport strike", "The transport minister said talks would resume on Friday.\n"
         "Rail union boss Mick Lynch said no deal was near.", "talks would resume", not_want="Mick Lynch",
         cause='post unlisted'),
]

PRONOUNS = [
    _row("Court case", "Mary Collins was charged with fraud after John Baker reported her to police.\n"
         "He said she had taken the money over three years.", "taken the money", "John Baker"),
    _row("Election", "Senator Tom Reed met Governor Kathy Hochul on Friday.\n"
         "She said the state would not raise taxes.", "would not raise taxes", "Kathy Hochul"),
    _row("Rescue", "Firefighters pulled Anna Berg from the river.\n"
         "She said the water had been freezing.", "water had been freezing", "Anna Berg"),
    _row("Trial", "David Okoro was jailed for six years. His former partner, Grace Mensah, gave evidence.\n"
         "She said he had threatened her repeatedly.", "threatened her repeatedly", "Grace Mensah"),
    _row("Budget", "Chancellor Rachel Reeves met Treasury officials. Her deputy, Darren Jones, joined them.\n"
         "He said the plans were on track.", "plans were on track", "Darren Jones"),
    _row("Award", "Maria Lopez presented the award to Carlos Ruiz.\n"
         "He said he was deeply honoured.", "deeply honoured", "Carlos Ruiz"),
    # number: "they" is the nurses, never the one man named after them
    _row("Strike", "Nurses walked out at St Mary's hospital on Monday. Health Secretary Wes Streeting urged them "
         "back.\nThey said the pay offer was too low.", "pay offer was too low", not_want="Wes Streeting"),
    _row("Retail", "Tesco reported higher sales on Tuesday. Chief executive Ken Murphy was upbeat.\n"
         "It said profits would rise this year.", "profits would rise", "Tesco", cause='headline as body'),
]


# dev's largest groups at stop 58: a description of the one person just named, and a body's kind noun
DESCRIPTIONS = [
    _row("Dancer nearly quit", "Strictly favourite Lena Marsh has said she almost left the show.\n"
         "The dancer said her partner talked her round.", "partner talked her round", "Lena Marsh",
         cause='description unread'),
    _row("Striker signs", "Striker Pavel Novak has signed a new contract at Riverside.\n"
         "The 27-year-old said he had turned down offers from Spain.", "turned down offers", "Pavel Novak",
         cause='description unread'),
    _row("Pundit speaks", "Dario Conti scored 90 goals for the club before injury ended his career.\n"
         "The former striker said the squad lacked a leader.", "squad lacked a leader", "Dario Conti",
         cause='description unread'),
    _row("Traders' petition", "The petition was filed by Achieng Otieno on behalf of 20 traders.\n"
         "The Kisumu-based lawyer told the court the evictions were unlawful.", "evictions were unlawful",
         "Achieng Otieno", cause='description unread'),
    _row("Actor on new film", "Hugh Barton has finished filming his next role in Dublin.\n"
         "The actor said the script had taken five years to write.", "script had taken", "Hugh Barton",
         cause='description unread'),
    _row("Cyclist extends deal", "Tom Pidcock has agreed a new deal with his team.\n"
         "The Olympic champion said he was thrilled to stay.", "thrilled to stay", "Tom Pidcock",
         cause='description unread'),
    _row("Singer cancels tour", "Adele Morris has cancelled the rest of her tour.\n"
         "The singer said her voice needed rest.", "voice needed rest", "Adele Morris", cause='description unread'),
    _row("Chef opens restaurant", "Marco Ferri opened his third restaurant on Friday.\n"
         "The chef said he wanted to cook for his neighbours.", "cook for his neighbours", "Marco Ferri",
         cause='description unread'),
    # near misses: the age is another person's, the post is one no name before holds
    _row("Coach and striker", "Striker Pavel Novak has signed a new deal. Manager Ian Crowe, 58, praised the club.\n"
         "The 58-year-old said the deal was good business.", "good business", not_want="Pavel Novak"),
    _row("Actor and director", "Hugh Barton starred in the film, which Sara Lind directed.\n"
         "The director said the shoot had been difficult.", "shoot had been difficult", not_want="Hugh Barton"),
    # stop 59: more of the pattern in my own words, then near misses: two people named before (when the text cannot
    # tell which is the dancer, no name), a description that fits nobody named ("a dancer who was there", "one
    # passenger"), one introduced after the quote, an age given to another, a post (the judge is not the accused)
    _row("Swimmer to retire", "Maya Chen won her third gold medal in Paris on Saturday.\n"
         "The swimmer said she would retire next year.", "retire next year", "Maya Chen", cause='description unread'),
    _row("Storm losses", "Owen Price lost 40 sheep in the storm on Sunday night.\n"
         "The 52-year-old said the farm might not survive.", "farm might not survive", "Owen Price",
         cause='description unread'),
    _row("Band splits", "Jon Snell played guitar in the band for 20 years.\n"
         "The guitarist said the split had been friendly.", "split had been friendly", "Jon Snell",
         cause='description unread'),
    _row("Title defence", "Ali Kaya won the world title in 2015 and lost it a year later.\n"
         "The former champion said he was ready to fight again.", "ready to fight again", "Ali Kaya",
         cause='description unread'),
    _row("Bakery saved", "Rosa Lindqvist has run the bakery on Mill Street since 1998.\n"
         "The mother of two said the rent rise would have closed it.", "rent rise would have closed", "Rosa Lindqvist"),
    _row("Rehearsals", "Lena Marsh met her coach, Ian Dale, on Monday.\n"
         "The dancer said the routine was ready.", "routine was ready", not_want="Ian Dale"),
    _row("Rehearsals", "Lena Marsh met her coach, Ian Dale, on Monday.\n"
         "The dancer said the routine was ready.", "routine was ready", not_want="Lena Marsh"),
    _row("Stage collapse", "Lena Marsh was performing when the stage gave way.\n"
         "A dancer who was there said the boards had been loose.", "boards had been loose", not_want="Lena Marsh",
         cause='indefinite as lede'),
    _row("Emergency landing", "Tom Reed landed the plane safely in Shannon.\n"
         "One passenger said the cabin had filled with smoke.", "cabin had filled", not_want="Tom Reed"),
    _row("Season opens", "Sara Lind opened the ballet season on Friday.\n"
         "\"The show will go on,\" the dancer said.\nLena Marsh, 34, joined the company in 2019.", "show will go on",
         not_want="Sara Lind"),
    _row("Transfer", "Leon Ashby, 31, has left Riverside after six years.\n"
         "The 19-year-old said he was sad to see him go.", "sad to see him go", not_want="Leon Ashby"),
    _row("Court case", "Mark Hale was jailed for six years on Friday.\n"
         "The judge said he had shown no remorse.", "shown no remorse", not_want="Mark Hale"),
]

BODIES = [
    _row("Telecom boss quits", "Orion Telecom's chief executive, Farid Haddad, resigned on Tuesday.\n"
         "The company said he would stay on as an adviser.", "stay on as an adviser", "Orion Telecom",
         cause='body noun unread'),
    _row("Cafes to close", "Morrisons will shut 17 cafes, the supermarket said on Thursday.", "shut 17 cafes",
         "Morrisons", cause='body noun unread'),
    _row("Reissue", "Penguin will reissue Middlemarch next spring, the publisher said.", "reissue Middlemarch",
         "Penguin", cause='work for body'),
    _row("Merger plans", "Two regulators said Halden Health's merger plans broke the rules.\n"
         "The company said it would respond within 30 days.", "respond within 30 days", "Halden Health"),
    _row("Bank results", "Barclays reported a rise in profits on Tuesday.\n"
         "The bank said bad loans had fallen.", "bad loans had fallen", "Barclays", cause='body noun unread'),
    _row("Airline strike", "Ryanair cancelled 200 flights after pilots walked out.\n"
         "The airline said most passengers had been rebooked.", "passengers had been rebooked", "Ryanair"),
    _row("Water fine", "Ofwat fined Thames Water 18 million pounds on Monday.\n"
         "The regulator said the money would go to river schemes.", "river schemes", "Ofwat",
         cause='body noun unread'),
    _row("Nuclear test", "The US vowed to respond after North Korea said it had tested a bomb.\n"
         "The nation said the test was a success.", "test was a success", "North Korea",
         cause='body noun unread'),
    # stop 59: more trades in my own words, then near misses: a name of another trade nearer, two companies named
    _row("Flights cut", "Lufthansa cancelled 300 flights on Monday because of the strike.\n"
         "The carrier said most passengers had been rebooked.", "most passengers had been rebooked", "Lufthansa"),
    _row("Recall", "Toyota is recalling 50,000 cars over a brake fault.\n"
         "The carmaker said no injuries had been reported.", "no injuries had been reported", "Toyota"),
    _row("Shows axed", "Channel 4 has cancelled three of its quiz shows.\n"
         "The broadcaster said viewing figures had fallen.", "viewing figures had fallen", "Channel 4",
         cause='body noun unread'),
    _row("Store closures", "Wilko will close 52 stores by the end of March.\n"
         "The retailer said staff would be offered other jobs.", "staff would be offered", "Wilko",
         cause='body noun unread'),
    _row("Lender fined", "Santander was fined 100 million pounds on Friday.\n"
         "The lender said it had fixed its checks.", "fixed its checks", "Santander", cause='body noun unread'),
    _row("Prices up", "Tesco raised the price of milk on Monday.\n"
         "The bank said inflation would slow this year.", "inflation would slow", not_want="Tesco",
         cause='trade of another kind'),
    _row("Merger talks", "Acme Foods and Brightwell Dairy have held merger talks.\n"
         "The company said no deal had been agreed.", "no deal had been agreed", not_want="Acme Foods"),
    _row("Merger talks", "Acme Foods and Brightwell Dairy have held merger talks.\n"
         "The company said no deal had been agreed.", "no deal had been agreed", not_want="Brightwell Dairy"),
    _row("Cheaper loans", "Barclays cut its mortgage rates on Tuesday. Easyjet added 20 routes.\n"
         "The airline said bookings were up.", "bookings were up", not_want="Barclays"),
    _row("Rates", "The Bank of England held rates on Thursday.\n"
         "The supermarket said food prices were still rising.", "food prices were still rising",
         not_want="Bank of England", cause='trade of another kind'),
]

# the reviewer's rows for the lead-description rule's "holds another post" test: o* in the reviewer's own words,
# c* adapted from unlabelled corpus items (../shared/corpus/feeds), g* a speaker given no post, another speaker after
REVIEW_ROWS = [
    # o1-former-lawyer-now-minister (own)
    _row('School reopening', 'The education minister said schools would reopen on Monday.\nLena Holm, a former lawyer and now the education minister, said teachers had been consulted.',
         'schools would reopen', 'Lena Holm'),
    # o2-leader-and-pm (own)
    _row('Election date', 'The prime minister said the election would be held in May.\nParty leader and Prime Minister Anna Berg said the date was final.',
         'election would be held', 'Anna Berg'),
    # o3-defense-spelling (own)
    _row('Troop withdrawal', 'The defence secretary said troops would leave by March.\nDefense Secretary Lloyd Austin said the timetable was firm.',
         'troops would leave', 'Lloyd Austin'),
    # o4-pm-abbrev (own)
    _row('Budget', 'The PM said the budget was balanced.\nPrime Minister Mark Carney said spending would fall.',
         'budget was balanced', 'Mark Carney', cause='pm unlisted'),
    # o5-police-chief-commissioner (own)
    _row('Manhunt', 'The police chief said the suspect had fled the city.\nCommissioner Mark Rowley said officers were searching the area.',
         'suspect had fled', 'Mark Rowley'),
    # o6-body-post-union (own)
    _row('Plant closure', "The company's chief executive said the plant would close in June.\nUnion leader Sam Holt said the workers would strike.",
         'plant would close', not_want='Sam Holt'),
    # o7-club-manager (own)
    _row('Tired squad', "The club's manager said the squad was tired.\nChelsea manager Enzo Maresca said rotation was needed.",
         'squad was tired', 'Enzo Maresca'),
    # o8-opposition-spokesman (own)
    _row('Talks fail', 'The minister said the talks had failed.\nOpposition spokesman Tom Ray said the government had walked away.',
         'talks had failed', not_want='Tom Ray'),
    # o9-councillor-not-mayor (own)
    _row('Bridge repairs', 'The mayor said the bridge would reopen next week.\nCouncillor Ruth Adeyemi said the repairs were not finished.',
         'bridge would reopen', not_want='Ruth Adeyemi'),
    # o10-governor-former-congresswoman (own)
    _row('Appeal', 'The governor said the state would appeal.\nGovernor Kathy Hochul, a former congresswoman, said the ruling was wrong.',
         'state would appeal', 'Kathy Hochul'),
    # o11-economist-not-minister (own)
    _row('Growth forecast', 'The finance minister said growth would pick up.\nBank economist Priya Nair said the forecast was too rosy.',
         'growth would pick up', not_want='Priya Nair'),
    # o12-premier (own)
    _row('Carbon tax', 'The premier said the province would sue Ottawa.\nAlberta Premier Danielle Smith said the tax was unconstitutional.',
         'province would sue', 'Danielle Smith'),
    # c1-jaitley (corpus thehindu infra-projects)
    _row('Infra projects', 'The finance minister said on Tuesday that public investment would rise.\nFinance Minister Arun Jaitley said infrastructure projects will get more money this year.',
         'public investment would rise', 'Arun Jaitley'),
    # c2-siddaramaiah (corpus thehindu i-am-in-politics)
    _row('Uplift of the poor', 'The chief minister said he was not in politics to enjoy power.\nChief Minister Siddaramaiah said he would work for the uplift of the poor.',
         'not in politics', 'Siddaramaiah'),
    # c3-kodiyeri (corpus thehindu cpim-not-against-yoga)
    _row('Yoga row', 'The state secretary said the party never had anything against yoga.\nCPI(M) State secretary Kodiyeri Balakrishnan said members may offer prayers at temples.',
         'never had anything against yoga', 'Kodiyeri Balakrishnan'),
    # c4-forests-minister (corpus thehindu tree-census)
    _row('Tree census', 'The chief minister said the forest census would begin soon.\nMinister for Forests Thiruvanchoor Radhakrishnan said the Forest Department would count all trees.',
         'census would begin', not_want='Thiruvanchoor Radhakrishnan', cause='same head other portfolio'),
    # c5-kabul-mayor (corpus dailymail 10006121)
    _row('Kabul workers', 'The interim mayor of Kabul said many female city employees had been ordered to stay home.\nHamdullah Nomany, the interim mayor, said only women who could not be replaced would work.',
         'ordered to stay home', 'Hamdullah Nomany'),
    # c6-yelp-officer (corpus slashdot yelp-remote-first)
    _row('Remote work', "The company's chief people officer said the remote-first policy had boosted job applications.\nCarmen Amara, chief people officer at Yelp, told Fortune that turnover had fallen.",
         'boosted job applications', 'Carmen Amara'),
    # c7-sharif-sirisena (corpus thehindu sri-lanka-pakistan-fta)
    _row('Trade pact', 'The prime minister said Pakistan and Sri Lanka would expand their free trade agreement.\nSri Lankan President Maithripala Sirisena said trade would double.',
         'expand their free trade', not_want='Maithripala Sirisena'),
    # c8-kabul-taliban-spokesman (corpus dailymail 10006121)
    _row('Kabul workers', 'The interim mayor of Kabul said female employees had been ordered to stay home.\nTaliban spokesman Zabihullah Mujahid said the order was temporary.',
         'ordered to stay home', not_want='Zabihullah Mujahid'),
    # c9-textile-park-opposition (corpus thehindu kcr-announces-special-development-authority)
    _row('Textile park', 'The chief minister said an integrated textile park would be set up in the district.\nCongress leader Uttam Kumar Reddy said the promise had been made before.',
         'integrated textile park', not_want='Uttam Kumar Reddy'),
    # c10-jaitley-two-posts (corpus thehindu infra-projects)
    _row('Roads budget', 'The finance minister said public investment would rise this year.\nFinance and Corporate Affairs Minister Arun Jaitley said the roads budget would double.',
         'public investment would rise', 'Arun Jaitley'),
    # c11-siddaramaiah-former-lawyer (corpus thehindu i-am-in-politics)
    _row('Housing', 'The chief minister said the government would build 10,000 houses.\nSiddaramaiah, a former lawyer who is now chief minister, said the poor came first.',
         'build 10,000 houses', 'Siddaramaiah'),
    # c12-kodiyeri-state-and-party (corpus thehindu cpim-not-against-yoga)
    _row('Yoga row', "The party secretary said members were free to practise yoga.\nKodiyeri Balakrishnan, a legislator and the party's state secretary, said the party never opposed worship.",
         'free to practise yoga', 'Kodiyeri Balakrishnan'),
    # g1-no-post-holder (own)
    _row('Water shortage', 'The mayor said water would be rationed from Monday.\nInes Duarte, who was elected in May, said the reservoirs were at a record low.\nJoe Bell, who grows wheat outside the city, said crops were already failing.',
         'water would be rationed', 'Ines Duarte'),
    # g2-no-post-holder (own)
    _row('Pension bill', '"We cannot wait another year," the minister said on Monday.\nPaulo Reis told parliament the bill would pass by March.\nAna Lopes, 71, said she could not live on her pension.',
         'cannot wait another year', 'Paulo Reis'),
]


# one service's chief under two titles, the lead's ruling: "the police chief" is "Commissioner Mark Rowley"; near misses
# give the title of another service's chief
SERVICE_CHIEFS = [
    _row("Arrest made", "The police chief said the suspect had been arrested.\n"
         "Police Commissioner Jo Lane said the man was 34.", "suspect had been arrested", "Jo Lane"),
    _row("Warehouse blaze", "The fire chief said the blaze had been contained.\n"
         "Chief Fire Officer Dan Ellis said crews would stay overnight.", "blaze had been contained", "Dan Ellis"),
    _row("Riot inquiry", "The police commissioner said the inquiry would report in May.\n"
         "Police chief Dan Ortiz said officers had been injured.", "inquiry would report", "Dan Ortiz"),
    _row("Tower fire", "The fire commissioner said the cladding had spread the flames.\n"
         "Fire chief Ann Roy said the stairwells had filled with smoke.", "cladding had spread", "Ann Roy"),
    _row("Gas leak", "The fire chief said the building was unsafe.\n"
         "Police Commissioner Jo Lane said the road would stay closed.", "building was unsafe", not_want="Jo Lane"),
    _row("Flat fire", "The police chief said nobody had been arrested.\n"
         "Fire Commissioner Ann Roy said the alarms had failed.", "nobody had been arrested", not_want="Ann Roy"),
]

# the stop 58 before-stop read: one post under two titles beyond a service's chief, and a person given only a former
# post, who holds none now (by the lead-description rule and by the sole-speaker rule)
FORMER_AND_ONE_POST = [
    _row("Bank results", "The chief executive said profits had doubled.\n"
         "Chief Executive Officer Jane Fraser said the bank would hire 2,000 staff.", "profits had doubled", "Jane Fraser"),
    _row("Road closures", "Former minister Jane Doe said the bypass had been a mistake.\n"
         "The mayor said the roads would close on Friday.", "roads would close", not_want="Jane Doe"),
    _row("Pardon row", "The governor said the pardons were lawful.\n"
         "Former governor Andrew Cuomo said he had granted none.", "pardons were lawful", not_want="Andrew Cuomo"),
    _row("Pardon row", "Former governor Andrew Cuomo said he had granted no pardons.\n"
         "The governor said the pardons were lawful.", "pardons were lawful", not_want="Andrew Cuomo"),
]


# stop 59: posts read as a reader reads them. A former holder is not the holder now, while one called former both
# times is one past holder; a commissioner's body decides the post ("EU Commissioner", "NFL Commissioner"); the lead's
# ruling makes "chief constable" (deputy, assistant) and a school's head ("headteacher", "headmaster", "headmistress",
# "principal") posts, while a constable is a rank and "principal investigator" or a deal's principal heads no school.
FORMER_HOLDERS = [
    _row("Deficit row", "The governor said the budget was balanced.\n"
         "Former governor Jerry Brown said the deficit had been hidden.", "budget was balanced",
         not_want="Jerry Brown"),
    _row("Tram delays", "The mayor said the tram line would open in May.\n"
         "Ex-mayor Tom Hardy said the line was years late.", "tram line would open", not_want="Tom Hardy"),
    _row("Sales recover", "The chief executive said sales had recovered.\n"
         "Former chief executive Ruth Lowe said the board had lost its way.", "sales had recovered",
         not_want="Ruth Lowe"),
    _row("Election date", "The prime minister said the election would be held in May.\n"
         "Former prime minister Nadia Cole said the date was a mistake.", "election would be held",
         not_want="Nadia Cole"),
    _row("Cup final", "The coach said the team was ready for the final.\n"
         "Former coach Bill Turner said the players looked unfit.", "team was ready", not_want="Bill Turner"),
    _row("Hospital rebuild", "The minister said the hospital would be rebuilt.\n"
         "Ex-minister Rosa Vidal said the money had been promised before.", "hospital would be rebuilt",
         not_want="Rosa Vidal"),
    _row("Filibuster", "The senator said the bill would pass this week.\n"
         "Former senator Joe Lieberman said it would fail.", "bill would pass", not_want="Joe Lieberman"),
    _row("Rail fares", "The transport secretary said fares would be frozen.\n"
         "Then-transport secretary Mark Harper said he had warned of the cost.", "fares would be frozen",
         not_want="Mark Harper"),
    # near misses: the current holder named beside the former one, one past holder called former twice, a person
    # whose former post is of another head
    _row("Housing plan", "Former governor Andrew Cuomo criticised the plan. Governor Kathy Hochul defended it.\n"
         "The governor said the plan would save money.", "plan would save money", "Kathy Hochul"),
    _row("Town fair", "Former mayor Tom Hardy opened the fair on Saturday.\n"
         "The former mayor said the town had changed.", "town had changed", "Tom Hardy"),
    _row("Health law", "Obama's health secretary said the law had worked.\n"
         "Former health secretary Kathleen Sebelius said the website had failed.", "law had worked",
         "Kathleen Sebelius"),
    _row("Exams", "The education minister said exams would go ahead.\n"
         "Lena Holm, a former lawyer, said pupils were ready.", "exams would go ahead", "Lena Holm"),
]

COMMISSIONERS = [
    _row("Platform rules", "EU Commissioner Thierry Breton met platform bosses in Brussels.\n"
         "The commissioner said the rules would be enforced.", "rules would be enforced", "Thierry Breton"),
    _row("UN refugees", "The UN High Commissioner for Refugees, Filippo Grandi, visited the camp.\n"
         "The high commissioner said aid was running out.", "aid was running out", "Filippo Grandi",
         cause="title with its body"),
    _row("League review", "The commissioner said the league would review the rule.\n"
         "NFL Commissioner Roger Goodell said the change was overdue.", "league would review", "Roger Goodell"),
    _row("Knife arch", "The police chief said the knife arches would stay.\n"
         "Metropolitan Police Commissioner Mark Rowley said they had found 40 blades.", "knife arches would stay",
         "Mark Rowley"),
    # near misses: another body's commissioner is not the police chief; two bodies' commissioners leave it unnamed
    _row("March policed", "The police chief said the march would be policed.\n"
         "EU Commissioner Thierry Breton said the rules applied to every platform.", "march would be policed",
         not_want="Thierry Breton", cause="other body's commissioner"),
    _row("Stadium security", "The police chief said the stadium would be searched.\n"
         "NFL Commissioner Roger Goodell said the game would go ahead.", "stadium would be searched",
         not_want="Roger Goodell", cause="other body's commissioner"),
    _row("Border camp", "The police chief said the camp would be cleared.\n"
         "European Commissioner Ylva Johansson said the asylum rules were clear.", "camp would be cleared",
         not_want="Ylva Johansson", cause="other body's commissioner"),
    _row("Summit", "EU Commissioner Thierry Breton and NFL Commissioner Roger Goodell spoke at the summit.\n"
         "The commissioner said streaming rights were worth billions.", "streaming rights", not_want="Thierry Breton"),
    _row("Summit", "EU Commissioner Thierry Breton and NFL Commissioner Roger Goodell spoke at the summit.\n"
         "The commissioner said streaming rights were worth billions.", "streaming rights", not_want="Roger Goodell"),
    _row("Derby day", "NFL Commissioner Roger Goodell and Police Commissioner Jo Lane toured the ground.\n"
         "The police commissioner said 400 officers would be on duty.", "400 officers", not_want="Roger Goodell"),
    # the lead's review rows: a police force named without the word "police" is still the police's commissioner
    _row("Knife arches", "The police chief said the knife arches would stay.\n"
         "Scotland Yard Commissioner Mark Rowley said they had found 40 blades.", "knife arches would stay",
         "Mark Rowley"),
    _row("New unit", "The police chief said the unit would expand.\n"
         "NYPD Commissioner Jessica Tisch said crime had fallen.", "unit would expand", "Jessica Tisch"),
    _row("Inquiry", "The police chief said the inquiry would take a year.\n"
         "RCMP Commissioner Mike Duheme said he welcomed it.", "take a year", "Mike Duheme"),
    _row("March", "The police chief said the march would go ahead.\n"
         "London's police commissioner, Mark Rowley, said 1,000 officers would be deployed.", "march would go ahead",
         "Mark Rowley"),
    _row("March", "The police chief said the march would go ahead.\n"
         "The Met's Commissioner Mark Rowley said 1,000 officers would be deployed.", "march would go ahead",
         "Mark Rowley"),
]

SCHOOL_AND_FORCE_HEADS = [
    _row("Drugs raid", "Assistant Chief Constable Owen Price led the raids in Cardiff.\n"
         "The assistant chief constable said six people had been arrested.", "six people had been arrested",
         "Owen Price", cause="heads unlisted"),
    _row("College results", "Principal Grace Obi welcomed the inspectors to Lakeside College.\n"
         "The principal said results had improved every year.", "results had improved", "Grace Obi",
         cause="heads unlisted"),
    _row("Phone ban", "The school's headmaster, Rowan Hart, wrote to parents on Monday.\n"
         "The headmaster said phones would be locked away.", "phones would be locked away", "Rowan Hart",
         cause="heads unlisted"),
    _row("Uniform row", "Headmistress Anne Cole sent 20 pupils home.\n"
         "The headmistress said the rules were clear.", "rules were clear", "Anne Cole", cause="heads unlisted"),
    _row("Recruits", "The chief constable said 300 officers would be recruited.\n"
         "Chief Constable Andy Marsh said the money had been found.", "300 officers would be recruited",
         "Andy Marsh"),
    # near misses: a constable is not the chief constable, a principal investigator and a deal's principal head no
    # school, a mother who speaks is not the post's holder
    _row("Crash", "Pc Amy Rowe was first at the scene of the crash.\n"
         "The chief constable said officers had acted bravely.", "acted bravely", not_want="Amy Rowe"),
    _row("Trial paused", "The headteacher said the school would close for a week.\n"
         "Principal investigator Sam Lee said the study was paused.", "school would close", not_want="Sam Lee",
         cause="heads unlisted"),
    _row("Buyout", "Mark Lyle, a principal at Ardent Capital, led the buyout.\n"
         "The principal said the college would stay open.", "college would stay open", not_want="Mark Lyle"),
    _row("Knife attack", "Kerry Jones, whose son was stabbed, spoke outside court.\n"
         "The chief constable said knife crime was falling.", "knife crime was falling", not_want="Kerry Jones"),
    _row("College vote", "The principal said the college would stay open.\n"
         "Councillor Jim Barr said parents deserved answers.", "college would stay open",
         not_want="Jim Barr", cause="heads unlisted"),
]


@pytest.mark.parametrize("title, body, fragment, want, not_want", EARLIER + LATER + PRONOUNS + DESCRIPTIONS + BODIES
                         + REVIEW_ROWS + SERVICE_CHIEFS + FORMER_AND_ONE_POST + FORMER_HOLDERS + COMMISSIONERS
                         + SCHOOL_AND_FORCE_HEADS)
def test_role_or_pronoun_speaker(extractor, title, body, fragment, want, not_want):
    claims = [c for c in extractor.extract_text(body, title=title).claims if fragment in c.content]
    assert claims, f"no claim contains {fragment!r}"
    c = claims[0]
    if want:
        assert _same(c.speaker_resolved, want), (c.speaker, c.speaker_resolved, c.resolution)
    else:
        assert not _same(c.speaker_resolved, not_want), (c.speaker, c.speaker_resolved, c.resolution)
