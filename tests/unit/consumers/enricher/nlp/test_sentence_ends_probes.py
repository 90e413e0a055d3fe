"""A probe set for full stops typed with no space before the next sentence ("... since 2014.The police ...", "...
(CSE).It found ...", "... at 5 p.m.CPI leaders ..."), as Indian, Korean and Philippine local copy runs its sentences
together, and the dots in wire, broadsheet, tabloid and British copy that end nothing: "U.S.", "No. 10", "St. Louis",
"Mr. Smith", "3.5", "a.m." in mid-sentence, web and e-mail addresses, "Yahoo!", initials ("J.K. Rowling", "K.S. Rao"),
an ellipsis, a section "3.A", a version "2.0", numbered list items.

Each text was written for NewsRadar (CC0) from no label batch, bench row or corpus item; whether a sentence starts at
the marked words was decided before the reader was run. ``REVIEW_ENDS`` are the review's own sentences (the
branch's review, each row named by its id there): the run-together copy the pipe gets right where main does not,
and the near-misses its first draft cut (tickers, web addresses and datelines in capitals, a time's weekday or zone,
a list numbered on one line). ``NEAR_MISS_ENDS`` are the mend's own probes of the same classes.
"""
from __future__ import annotations

import pytest

# (text, the words a sentence does or does not start at, True when it does)
GLUED_ENDS = [
    # Indian local copy runs its sentences together after a date, a year, a count, a bracket or a time
    ('The bridge was opened to traffic on March 14.Officials said 200 vehicles crossed it on the first day.',
     'Officials', True),
    ('The fair will be held from February 3 to February 9.Entry will cost Rs. 50, the organisers said.',
     'Entry', True),
    ('The accused had been absconding since 2014.The police traced him to a lodge in Vellore on Sunday.',
     'The police', True),
    ('The corporation has cleared 1,200 encroachments so far.Another 300 will go next week, the Commissioner said.',
     'Another', True),
    ('Water supply will be suspended in Wards 12 and 14.Residents have been asked to store water.',
     'Residents', True),
    ('The tournament will be held at the district stadium from January 20.Over 40 teams have registered.',
     'Over 40', True),
    ('The scheme was launched by the Rural Development Agency (RDA).Nearly 400 families benefit from it.',
     'Nearly', True),
    ('The survey was done by the Centre for Science and Environment (CSE).It found lead in 30 samples.',
     'It found', True),
    ('A camp will be held at the taluk office at 10 a.m.Farmers can bring their land records.',
     'Farmers', True),
    ('The meeting will begin at 5 p.m.CPI leaders will address 300 workers, the party said.',
     'CPI leaders', True),
    ('Police said the lorry was stopped at the checkpost near the NH.Two men fled on foot.',
     'Two men', True),
    ('The council approved 12 new buses in 2019.In 2020, it added 30 more, the mayor said.',
     'In 2020', True),
    ('The train left at 6.45 a.m.“We waited for two hours,” a passenger said.',
     '“We', True),
    # Korean and Philippine summaries typed the same way
    ('The fine was raised to 3 million won in 2021.Critics say it is still too low.',
     'Critics', True),
    ('Classes were suspended in 15 towns on Monday, the agency said in Bulletin No. 4.Schools reopen on Thursday.',
     'Schools', True),
    # near-misses: abbreviations, initials, decimals, addresses, names and list numbers keep their sentence
    ('The U.S. Army said 3,000 troops would stay in the region.',
     'Army', False),
    ('U.S. officials said the talks would resume in Geneva.',
     'officials', False),
    ('Prime Minister Boris Johnson returned to No. 10 Downing Street on Monday.',
     'Downing', False),
    ('The flight from St. Louis landed 40 minutes late, the airline said.',
     'Louis', False),
    ('Mr. Smith told the court he had paid $4,000 for the car.',
     'Smith', False),
    ('Inflation rose 3.5 per cent in May, the statistics office said.',
     'per cent', False),
    ('The meeting at 9 a.m. Tuesday drew more than 200 residents, the city said.',
     'Tuesday', False),
    ('Customers can write to help@example.com or visit www.example.org.Uk for details.',
     'Uk', False),
    ("Details are on the council's website, example.gov.In, the notice said.",
     'In,', False),
    ('Yahoo! said it would cut 2,000 jobs, about 15 per cent of its staff.',
     'said', False),
    ('J.K. Rowling said the charity had raised £1m since March.',
     'Rowling', False),
    ("The MP's aide, K.S. Rao, said 18 of the 20 wards had voted.",
     'Rao', False),
    ('Officials in N.Korea said the plant would close for 30 days.',
     'Korea', False),
    ('The delegation will visit the U.K. and the U.S.A. in June, the ministry said.',
     'A. in', False),
    ('He paused... Then he said the firm had lost 2 million dollars.',
     'Then', True),
    ('The law, Section 3.A of the Act, allows fines of up to Rs. 5,000.',
     'A of', False),
    ('The software, version 2.0, fixes 12 security flaws, the company said.',
     '0,', False),
    ('Dr. Anand said 25 patients were treated at the camp on Sunday.',
     'Anand', False),
    ('The Washington, D.C. clinic treated 500 patients last year.',
     'clinic', False),
    ('The 6 p.m. train was cancelled, leaving 300 passengers stranded.',
     'train', False),
    ('The guest list included Gen. Rawat and 40 other officers.',
     'Rawat', False),
    ('Rs. 10 lakh was seized from the car, the police said.',
     '10 lakh', False),
    ('Deaths rose to 1,024 from 998, the ministry said.',
     '998', False),
    ('The chapter, 4.Three Kingdoms, opens with a battle.',
     'Three', False),
    ('Items on the agenda:\n1.Roads and 2.Water supply for 12 wards.',
     'Water', False),
]

# The review's rows, by its ids: run-together copy (T) and near-misses (N)
REVIEW_ENDS = [
    ('The new flyover was thrown open on October 2.Commuters welcomed the move, the Mayor said.',
     'Commuters', True),  # T01
    ('The district recorded 412 dengue cases till August 31.Health officials said fogging had been stepped up.',
     'Health', True),  # T02
    ('A total of 1,850 candidates took the test in 2022.This year the number rose to 2,300, the board said.',
     'This year', True),  # T03
    ('The work is being done by the Kerala State Electricity Board (KSEB).Power supply will be disrupted in '
     'three sections, officials said.',
     'Power', True),  # T04
    ('The inspection was led by engineers of the Public Works Department (PWD).They said the road would be '
     'relaid within 15 days.',
     'They', True),  # T05
    ('The collector will hold a grievance meeting at 11 a.m.Petitioners must register an hour earlier, officials '
     'said.',
     'Petitioners', True),  # T06
    ('Polling ended at 6 p.m.Counting will take place on Thursday, the returning officer said.',
     'Counting', True),  # T07
    ('The seized gold was handed over to the DRI.Officials said the passenger had hidden 1.2 kg of it in his '
     'shoes.',
     'Officials', True),  # T08
    ('The road blockade was organised by the AIADMK.Party workers stopped traffic for two hours, police said.',
     'Party', True),  # T09
    ('The central bank kept its base rate at 3.5 percent on Jan. 11.It was the eighth straight freeze, the bank '
     'said.',
     'It was', True),  # T11
    ('Signal No. 2 was raised over 14 provinces as of 5 p.m.The weather bureau said the storm would make '
     'landfall on Friday.',
     'The weather', True),  # T12
    ('The death toll from the landslide climbed to 37.Rescuers are still looking for 12 missing villagers, '
     'police said.',
     'Rescuers', True),  # T13
    ('The company said net profit rose 18 per cent to Rs 2,340 crore in the third quarter (Q3).Revenue grew 9 '
     'per cent, it said.',
     'Revenue', True),  # T14
    ('The minister opened the new wing of the hospital (pictured).“It will serve 20 villages,” he said.',
     '“It', True),  # T15
    ('Schools stayed shut for 18 months because of COVID-19.The state will now reopen all classes, the minister '
     'said.',
     'The state', True),  # T16
    ('The charity said the scheme was paid for by the NHS.Patients waited 18 weeks on average, it said.',
     'Patients', True),  # T19
    ('The film is set during World War II.Critics praised its lead, the studio said.',
     'Critics', True),  # T20
    ("Prices went up by 12 per cent in 2023.'We cannot afford it,' one shopper said.",
     "'We", True),  # T21
    ('The naira closed at 1,450 to the dollar on Tuesday, down from 1,400.Traders blamed demand for imports, '
     'analysts said.',
     'Traders', True),  # T22
    ('United have now lost five of their last 7 games in the league, down to 9.Ten Hag said he was not worried.',
     'Ten Hag', True),  # T24
    ('The civic body collected Rs. 4.6 crore in property tax till December 31.Defaulters will face action, the '
     'Commissioner said.',
     'Defaulters', True),  # T25
    ('The bill passed the Senate on Thursday night (AEDT).Labor said it would save households $300 a year.',
     'Labor', True),  # T26
    ('The report was tabled by the CAG.In its findings, it said Rs 1,200 crore had been misspent.',
     'In its', True),  # T27
    ('The shop opens at 10 a.m.On weekends it stays open until 11 p.m., the owner said.',
     'On weekends', True),  # T28
    ('Traffic will be diverted on NH 44.Motorists have been asked to use the service road, police said.',
     'Motorists', True),  # T31
    ('Classes were suspended in 23 towns as of 8 a.m.“Safety comes first,” the mayor said.',
     '“Safety', True),  # T32
    ('The bus overturned near Hosur at 2 a.m.Eleven passengers were injured, police said.',
     'Eleven', True),  # T33
    ('The number of foreign tourists reached 11 million in 2023.The ministry expects 20 million next year.',
     'The ministry', True),  # T35
    ('Shares of Reliance Industries (RELIANCE.NS) rose 3.1% to Rs 2,450, exchange data showed.',
     'NS)', False),  # N21
    ('Tata Consultancy Services (TCS.NS) and Infosys (INFY.NS) said they would hire 40,000 graduates this year.',
     'NS) and', False),  # N22
    ('Tata Consultancy Services (TCS.NS) and Infosys (INFY.NS) said they would hire 40,000 graduates this year.',
     'NS) said', False),  # N22
    ('Shares in SAP (SAP.DE) fell 4% after the software group cut its forecast, traders said.',
     'DE)', False),  # N25
    ('BHP Group (BHP.AX) said iron ore output rose 2% to 257 million tonnes.',
     'AX)', False),  # N26
    ('Voting resumes at 9 a.m.Monday, election officials said.',
     'Monday', False),  # N30
    ('The match starts at 7.30 p.m.IST and will be shown live, the broadcaster said.',
     'IST', False),  # N31
    ('Parents can check whether they qualify on GOV.UK before the deadline, the department said.',
     'UK before', False),  # N32
    ('Symptoms are listed on NHS.UK, a health spokesman said.',
     'UK,', False),  # N33
    ('The union listed its demands: 1.Pay rise 2.Bonus 3.Pension for 400 workers.',
     'Bonus', False),  # N34
    ('The union listed its demands: 1.Pay rise 2.Bonus 3.Pension for 400 workers.',
     'Pension', False),  # N34
    ('ST.LOUIS — Police said 3 people were shot overnight in the city.',
     'LOUIS', False),  # N35
    ("The plaque at ST.MARY'S CHURCH was unveiled by the mayor on Friday.",
     'MARY', False),  # N36
    ('The fair runs until 12.March in Hanover, with 1,500 exhibitors, the organisers said.',
     'March', False),  # N38
    ('Shares of Shopify (SHOP.TO) jumped 9% after the results, traders said.',
     'TO)', False),  # N40
    ('The show airs at 8 p.m.ET on Sundays, the network said.',
     'ET on', False),  # N42
    ('Full guidance is on WWW.GOV.UK, the minister said.',
     'GOV', False),  # N43
    ('Full guidance is on WWW.GOV.UK, the minister said.',
     'UK,', False),  # N43
    ('Follow the latest on DW.DE and on our app, the broadcaster said.',
     'DE and', False),  # N44
    ('The interview was first published on DW-WORLD.DE in 2009, the editor said.',
     'DE in', False),  # N45
    ('CNN.COM reported that 12 people had died, citing police.',
     'COM', False),  # N46
    ('Infosys Ltd (INFY.BO) said net profit rose 7% to Rs 6,200 crore.',
     'BO)', False),  # N47
    ('Airbus (AIR.PA) said it delivered 735 jets last year.',
     'PA)', False),  # N48
]

# The mend's own probes: near-misses of the review's classes, and the sentence ends beside them
NEAR_MISS_ENDS = [
    # tickers in brackets: the dot of an exchange code ends nothing
    ('Wipro (WIPRO.NS) shares slipped 2% in early trade, brokers said.',
     'NS)', False),
    ('Nestle (NESN.SW) said organic growth slowed to 2.5 per cent in the first half.',
     'SW)', False),
    ('Rio Tinto (RIO.AX) shipped 83 million tonnes of iron ore in the quarter, it said.',
     'AX)', False),
    ('Petrobras (PETR4.SA) said output rose 6% to 2.8 million barrels a day.',
     'SA)', False),
    ('Vale (VALE3.SA) and Itau (ITUB4.SA) led the Bovespa higher, traders said.',
     'SA) led', False),
    ('HDFC Bank (HDBK.NS) fell 1.5% after the lender reported slower loan growth.',
     'NS)', False),
    ('Barclays (BARC.L) and HSBC (HSBA.L) fell 2% each, dealers said.',
     'L) fell', False),
    ('Toyota (7203.T) said it would build 10 million cars this year.',
     'T)', False),
    # web addresses and place names written in capitals
    ('Tickets are on sale through TICKETMASTER.IE from Friday, the promoter said.',
     'IE from', False),
    ('Full results are posted on ABC.NET.AU, the broadcaster said.',
     'NET', False),
    ('Forms can be downloaded from INCOMETAX.GOV.IN until July 31, officials said.',
     'GOV', False),
    ('FT.WORTH, Texas — Two officers were hurt in a shooting on Tuesday, police said.',
     'WORTH', False),
    ('The climbers reached the summit of MT.EVEREST at dawn, the agency said.',
     'EVEREST', False),
    # an all-capital word or a road's code still ends a sentence before a Title-case word
    ('The inquiry was handed to the CBI.Investigators seized 40 files from the office.',
     'Investigators', True),
    ('The order was issued by the BBMP.Residents have 30 days to object, the notice said.',
     'Residents', True),
    ('The road was closed by the M25.Police said 3 lorries had collided.',
     'Police', True),
    # a weekday or a time zone glued to a time is the time's
    ('Polls close at 8 p.m.Thursday, the election commission said.',
     'Thursday', False),
    ('Kick-off is at 7.45 p.m.GMT on Saturday, the club said.',
     'GMT', False),
    ('The launch is set for 6 a.m.EDT, NASA said.',
     'EDT', False),
    ('The deadline is 5 p.m.AEST on Friday, the council said.',
     'AEST', False),
    ('Voting ends at 8 p.m.Eastern time, and 40 states report by midnight.',
     'Eastern', False),
    ('The summit opens at 10 a.m.KST in Seoul, the ministry said.',
     'KST', False),
    ('The flight lands at 9.40 p.m.Sunday, the airline said.',
     'Sunday', False),
    # a time still ends a sentence before other capitals, and before a plural weekday
    ('The shop shut at 9 p.m.Police were called at midnight, the owner said.',
     'Police', True),
    ('The rally ended at 4 p.m.BJP workers then blocked the road, police said.',
     'BJP', True),
    ('The rocket lifted off at 6 a.m.ISRO said all 3 stages worked.',
     'ISRO', True),
    ('The bus left at 7 a.m.Mondays are the busiest day, the driver said.',
     'Mondays', True),
    # a list numbered on one line: each number after the first follows its item
    ('The charter asks for: 1.Housing 2.Jobs 3.Clean water in 30 villages.',
     'Jobs', False),
    ('The charter asks for: 1.Housing 2.Jobs 3.Clean water in 30 villages.',
     'Clean', False),
    ('Steps to apply:\n1.Register online 2.Upload documents 3.Pay the fee of Rs 500.',
     'Upload', False),
    ('Steps to apply:\n1.Register online 2.Upload documents 3.Pay the fee of Rs 500.',
     'Pay the', False),
    ('Agenda 1.Budget 2.Roads 3.Water for 12 wards, the council said.',
     'Roads', False),
    # a figure that numbers no list still ends a sentence
    ('The count rose to 2.Officials said the third victim was found in the river.',
     'Officials', True),
    ('Teams 1 and 2.Both will play again on Sunday, the league said.',
     'Both', True),
    ('Rains will continue till October 2.Schools stay shut, the collector said. Buses run from 3.Trains follow '
     'on 4.',
     'Schools', True),
    ('Shops shut on October 1.The order runs until October 2.Residents were told to stock up.',
     'Residents', True),
]

# Written for stop 55: a title's dot in capitals glued to the name after it ("DR.Rao", "MR.Smith") ends no sentence,
# as "Dr.Rao" does not; an all-capital word that is no title still ends one before a Title-case word ("the SDM.Residents")
TITLE_GLUED_ENDS = [
    ('The camp was inaugurated by DR.Rao, the district health officer, on Monday.', 'Rao', False),
    ('MR.Smith told the court he had paid $4,000 for the car.', 'Smith', False),
    ('The petition was filed by PROF.Kumar and 40 other teachers.', 'Kumar', False),
    ('The award went to MRS.Devi, a teacher in Salem for 30 years.', 'Devi', False),
    ('The flag was hoisted by GEN.Singh at the parade ground on Friday.', 'Singh', False),
    ('The bill was moved by HON.Okafor in the House on Tuesday.', 'Okafor', False),
    ('The cooperative elected SMT.Lakshmi its president on Sunday.', 'Lakshmi', False),
    ('Free eye tests were offered at the clinic of DR.Ahmed, who has run it since 1998.', 'Ahmed', False),
    ('The petition was heard by the bench and MS.Fernandes appeared for the bank.', 'Fernandes', False),
    ('The inquiry was ordered by the SDM.Residents said 20 homes were flooded.', 'Residents', True),
    ('The order was signed by the DRO.Farmers will get Rs 5,000 each.', 'Farmers', True),
    ('The funds were released by the BDO.Work on 12 roads will begin next week.', 'Work', True),
    ('The camp was inaugurated by Dr.Rao on Monday.', 'Rao', False),
    ('Mr.Smith told the court he had paid $4,000 for the car.', 'Smith', False),
]

# From the review of the stop-55 branch: more titles glued to a name, and near misses: a post in capitals whose short
# form is also a dotted title, after "the" or a possessive and before a common noun, ends a sentence
REVIEW55_TITLE_ENDS = [
    ('The hospital wing was opened by DR.Menon on Friday.', 'Menon', False),
    ('The complaint was signed by PROF.Iyer and 12 colleagues.', 'Iyer', False),
    ('SHRI.Patel laid the foundation stone for the new school.', 'Patel', False),
    ('The rally was addressed by the MLA.Residents said 300 people came.', 'Residents', True),
    ('The files were sent to the CEO.Staff were told on Monday.', 'Staff', True),
    ('Dr.Menon said the ward had 40 beds.', 'Menon', False),
    ('The camp was inaugurated by COL.Rathore on Monday.', 'Rathore', False),
    # near misses: a post in capitals whose short form is also a dotted title (ADM = Additional District Magistrate,
    # MS = Medical Superintendent in Indian copy), after "the"/a possessive, before a common noun: a sentence end
    ('The inquiry was ordered by the ADM.Residents said 20 homes were flooded.', 'Residents', True),
    ("The complaint was sent to the hospital's MS.Patients said the ward had no doctor.", 'Patients', True),
    # the before-stop read's: "MS" after a town and a comma is Mississippi, and its dot ends the sentence; a title
    # after a comma that is no state code still joins its name
    ('A lorry overturned near Tupelo, MS.Police said two people were hurt.', 'Police', True),
    ('Voting closed in Jackson, MS.Officials said turnout was 60 percent.', 'Officials', True),
    ('The camp was inaugurated by the district collector, DR.Rao, on Monday.', 'Rao', False),
    # a line of an unlabelled corpus item (The Hindu)
    ('The iconic Chinese fishing nets that dot Fort Kochi beach are easily the heritage locale’s best '
     'USP.Kerala Tourism’s Rs 1.50 crore initiative to maintain the structures was announced.', 'Kerala', True),
]

# Written for stop 56: every case a dotted title of the list is written in, glued to its name, ends no sentence: the
# capitals of "Shri" ("SHRI.Modi") and the mixed case the tokenizer splits at its dot ("Smt.Lakshmi", "Hon.Okafor";
# "Dr.Rao" it keeps whole). Near misses: after "the" the short form is a post, and its dot ends the sentence.
TITLE_CASES_ENDS = [
    ('The stone was laid by Shri.Patel on Monday.', 'Patel', False),
    ('The cooperative elected Smt.Lakshmi its president.', 'Lakshmi', False),
    ('The bill was moved by Hon.Okafor on Tuesday.', 'Okafor', False),
    ('The rally was addressed by SHRI.Modi in Varanasi.', 'Modi', False),
    ('The hall was opened by Shri.Reddy, the district minister, on Friday.', 'Reddy', False),
    ('The award was given to Smt.Kamala Devi for her work.', 'Kamala', False),
    ('The school was opened by SMT.Devi on Monday.', 'Devi', False),
    ('The motion was moved by HON.Adeyemi in the House.', 'Adeyemi', False),
    ('The order was signed by the Hon.Residents said it came late.', 'Residents', True),
    ('The rally was addressed by the SHRI.Members said 400 came.', 'Members', True),
    # the review's rows (stop 56): a lower-case word that spells a title ends its sentence at a glued stop
    ('The phone runs on next-gen.The company said sales rose.', 'The company', True),
    ('He was elected to the state sen.Voters backed him.', 'Voters', True),
    ('It was a smt.The plan failed.', 'The plan', True),
    ('Talks were led by Gen.Ahmed and Col.Khan on Monday.', 'Khan', False),
    ('The sermon was given by Rev.Okoro on Sunday.', 'Okoro', False),
]

# Written for stop 57, one group for each clause of the title join (``_join_split_titles``). A title is a token of its
# own: a code or brand whose last letters spell one ("X1Gen", "K9Capt") ends its sentence at a glued stop. And the
# name after the title must be Title-case: a name in capitals or with an inner capital ("Smt.LAKSHMI",
# "Hon.McLean") is left split, and the parser may end the sentence at its dot (strict xfails below).
TITLE_JOIN_CLAUSE_ENDS = [
    ('The phone maker shipped the X1Gen.Users said it was slow.', 'Users', True),
    ('The band played at the O2Col.Fans said it was loud.', 'Fans', True),
    ('The ship was named K9Capt.Officers said it sank.', 'Officers', True),
    ('The stone was laid by Smt.LAKSHMI on Monday.', 'LAKSHMI', False),
    ('The bill was moved by Hon.McLean on Tuesday.', 'McLean', False),
]

# text -> why the reader still gets it wrong
_TITLE_CASE = "the title join takes a Title-case name only; left split, the parser ends a sentence at the title's dot"
_DOMAIN = "spaCy's tokenizer splits a dot between a lower-case letter and a capital; the parser ends a sentence there"
STILL_WRONG = {
    'Customers can write to help@example.com or visit www.example.org.Uk for details.':
        _DOMAIN,
    "Details are on the council's website, example.gov.In, the notice said.":
        _DOMAIN,
    'The fair runs until 12.March in Hanover, with 1,500 exhibitors, the organisers said.':
        "a day glued to its month in a translated date reads as a figure ending a sentence, as in '... on January "
        "7.Elephants ...'",
    'Teams 1 and 2.Both will play again on Sunday, the league said.':
        "one digit after 'and' is taken for a list label ('1.Roads and 2.Water')",
    'Shops shut on October 1.The order runs until October 2.Residents were told to stock up.':
        "'1.' earlier on the line makes '2.' read as the next item of a list",
    'The stone was laid by Smt.LAKSHMI on Monday.': _TITLE_CASE,
    'The bill was moved by Hon.McLean on Tuesday.': _TITLE_CASE,
}


@pytest.mark.parametrize("text,words,starts", [
    pytest.param(text, words, starts, id=text[:60],
                 marks=[pytest.mark.xfail(strict=True, reason=STILL_WRONG[text])] if text in STILL_WRONG else [])
    for text, words, starts in GLUED_ENDS + REVIEW_ENDS + NEAR_MISS_ENDS + TITLE_GLUED_ENDS + REVIEW55_TITLE_ENDS
    + TITLE_CASES_ENDS + TITLE_JOIN_CLAUSE_ENDS])
def test_a_glued_full_stop_ends_a_sentence_and_other_dots_do_not(extractor, text, words, starts):
    assert (text.index(words) in {s.start_char for s in extractor.nlp(text).sents}) == starts


# (text, the words the last sentence opens with): a double quote glued to the stop opens the sentence, and the parser
# opens no second one at its first word ("“Safety" would be a sentence of one token)
QUOTE_AFTER_THE_STOP = [
    ('Classes were suspended in 23 towns as of 8 a.m.“Safety comes first,” the mayor said.',  # the review's T32
     '“Safety'),
    ('The ferry docked at 7.15 p.m.“Everyone is safe,” the captain told reporters.',
     '“Everyone'),
    ('Fire crews left the site at 4 a.m."The roof may still collapse," a spokesman said.',
     '"The roof'),
    ('The work was done by the Public Works Department (PWD).“It will last 20 years,” the engineer said.',
     '“It will'),
    ('Prices went up by 12 per cent in 2023."We cannot afford it," one shopper said.',
     '"We cannot'),
]


@pytest.mark.parametrize("text,words", QUOTE_AFTER_THE_STOP, ids=[text[:60] for text, _ in QUOTE_AFTER_THE_STOP])
def test_a_quote_glued_to_the_stop_opens_the_whole_next_sentence(extractor, text, words):
    assert [s.text for s in extractor.nlp(text).sents][1:] == [text[text.index(words):]]
