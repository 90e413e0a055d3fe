"""Speakers of summaries the feed cut: a probe set written for round 54, one row a claim.

Feeds cut a standfirst at a fixed length, often inside the speaker's name or post ("..., said Mi...",
"maintained District Colle..."), and the headline often names that speaker after a colon ("...: Etala"). Rows
are project-written copy in several house styles (Indian, UK and Australian local, Korean and Singaporean
business, wire), with whole sentences and ellipses that cut nothing as near-misses; the round-54 review's rows
and a second fresh set written after it (Indian, British, Australian, Singaporean and US wire copy) follow each
group. They are in no file of bench/data and are not scored by the bench. A speaker is right as the bench counts
it (``speaker_matches``); a near-miss must also not be read as cut, since its phrase would match whatever name the
rule stored. Rows the code still gets wrong are strict xfails with their cause: the rule these rows were
written for was reverted (see 'cut kept'), so its targets are strict xfails and its near-misses pass.
"""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import assert_spoken_by, strict_xfail

_KNOWN = {
    'role to headline': strict_xfail("'said the minister' under a headline ending ': Reddy': a post is given the "
                                     "headline's subject, never the source after its colon"),
    'conjunct cut': strict_xfail("'said the Ministry of Trade and Ind...': the cut word hangs on 'and', outside the "
                                 "speaker's phrase, so the phrase is not seen as cut and keeps 'Ind'"),
    'cut kept': strict_xfail("the word the feed cut stays the speaker ('said Mr Har...' is 'Har', 'said Mi...' is "
                             "'Mi'): round 54's rule that read it was reverted, because 'said Collector Mr. Kumar...' "
                             "after 'K. Kumarasamy', like 'Mark Harris...' after 'Mark Harrison', is by form the "
                             "earlier name cut, and main got those right"),
    'org acronym': strict_xfail("'the Land Transport Auth...' under ': LTA': the org's cut name stays the "
                                "speaker"),
    'age unresolved': strict_xfail("'said the 28-year-old...' after 'Surfer Jack Reilly was bitten': the age is "
                                   "given to no one named, on main too"),
}


def _row(title: str, body: str, fragment: str, speaker: str, cause: str | None = None):
    return pytest.param(title, body, fragment, speaker, id=f"{fragment[:30]}-{speaker}",
                        marks=[_KNOWN[cause]] if cause else [])


CUT = [
    # the cut word is the speaker's post or name; the headline names the source after its colon
    _row("Dam works to finish by June: Ramesh",
         "The dam's spillway will be finished before the monsoon, said Mi...", "spillway", "Ramesh", 'cut kept'),
    _row("Metro phase two on track: Kumaraswamy",
         "Work on the second phase of the metro will be completed by December, said Ch...", "second phase",
         "Kumaraswamy", 'cut kept'),
    _row("Council tax to rise: Hughes",
         "Bills in the borough will rise by 4.99 per cent from April, said council leader Ma...", "Bills in the",
         "Hughes", 'cut kept'),
    _row("Classes to resume on Monday: Angara",
         "Classes in flood-hit schools will resume on Monday, said Educ...", "Classes in flood-hit", "Angara",
         'cut kept'),
    _row("No plan to raise bus fares: Reddy",
         "The State-run transport corporation has no plan to raise fares this year, said Tra...",
         "no plan to raise fares", "Reddy", 'cut kept'),
    _row("Police step up patrols: SP",
         "Patrols will be stepped up in the town after a spate of thefts, said Superin...", "Patrols will be",
         "SP", 'cut kept'),
    _row("Hospital blaze under control: Khoza",
         "The fire in the hospital's east wing was brought under control by midnight, said Kho...",
         "brought under control", "Khoza", 'cut kept'),
    _row("Won to stabilise: BOK",
         "The won is expected to stabilise in the second half of the year, said Bank of Korea Gov...",
         "won is expected", "BOK", 'cut kept'),
    _row("Exports to rebound: Choo",
         "Exports are likely to rebound from the third quarter as chip demand recovers, said Finance Minister Ch...",
         "Exports are likely", "Choo", 'cut kept'),
    _row("Hospital to get new wing: Health Minister",
         "The new wing will have 200 beds and open next year, said Vee...", "new wing", "Health Minister",
         'cut kept'),
    _row("Dam works to finish by June: Ramesh",
         "“The spillway will be finished before the monsoon,” said Mi...", "spillway", "Ramesh", 'cut kept'),
    _row("Singapore GDP to grow 2%: MTI",
         "Singapore's economy is expected to grow between 1 and 3 per cent this year, said the Ministry of Trade "
         "and Ind...", "economy is expected", "Ministry of Trade and Industry", "conjunct cut"),
    # the cut word begins a name the text gave before
    _row("Rail fares frozen",
         "Transport Secretary Mark Harper visited Leeds on Monday. Fares will be frozen until March, said Mr Har...",
         "Fares will be frozen", "Mark Harper", 'cut kept'),
    _row("Bushfire danger to peak on Friday",
         "RFS Commissioner Rob Rogers toured the Blue Mountains on Wednesday. Conditions would be at their worst "
         "on Friday, said Mr Rog...", "Conditions would be", "Rob Rogers", 'cut kept'),
    _row("Tourism numbers up 20 per cent",
         "Tourism Minister Phillip Tait opened the new terminal. Arrivals from Europe were up 20 per cent, said "
         "Mr Ta...", "Arrivals from Europe", "Phillip Tait", 'cut kept'),
    _row("Tamil Nadu to seek more funds",
         "Chief Minister Edappadi Palaniswami met the Central team on Monday. The State will seek Rs. 5,000 crore "
         "in relief, said Mr Palani...", "seek Rs. 5,000 crore", "Edappadi Palaniswami", 'cut kept'),
    # a surname glued to the ellipsis under a headline naming it: read through the rule, which must agree
    _row("Port strike: Tan", "Talks with the port operator broke down on Monday, said union leader Tan...",
         "Talks with the port", "Tan"),
    # the review's rows (its own copy): cut speakers it found better than main, and ones the first rule got wrong
    _row('Oil output to hold steady: Novak',
         'Russia will keep its oil output steady until the end of the year, said Deputy Prime Minister Ale...',
         'oil output', 'Novak', 'cut kept'),
    _row('Schools to get repair cash',
         'Education Secretary Gillian Keegan visited a primary school in Stockport on Thursday. Every school in '
         'England will get extra money for repairs, said Ms Kee...',
         'extra money', 'Gillian Keegan', 'cut kept'),
    _row("Soap star's heartbreak: Danny Dyer",
         '“I never thought I would walk again after the crash,” said the EastEnders sta...',
         'walk again', 'Danny Dyer', 'cut kept'),
    _row('Library to close for repairs',
         "Mayor Linda Hoffman announced the closure at Tuesday's council meeting. The Main Street branch will "
         'reopen in the spring, said Mayor Hoff...',
         'reopen in the spring', 'Linda Hoffman', 'cut kept'),
    _row('Paddy procurement from October 1',
         'District Collector S. Prabhakar inspected the procurement centres on Monday. Paddy will be bought at 120'
         ' centres from October 1, said Mr. Prabha...',
         '120 centres', 'S. Prabhakar', 'cut kept'),
    _row('Powell: Rates to stay high',
         'Interest rates will need to stay higher for longer to bring inflation down, said Federal Reserve Chair '
         'Jer...',
         'Interest rates', 'Federal Reserve Chair'),
    _row('Star opens up on split',
         'Gemma Collins said she was heartbroken by the split. ‘We just grew apart,’ said Gem...',
         'grew apart', 'Gemma Collins', 'cut kept'),
    _row('Housing target will be met',
         'Taoiseach Simon Harris spoke to reporters in Cork on Friday. The housing target will be met this year, '
         'said Mr Harr...',
         'housing target', 'Simon Harris', 'cut kept'),
    _row('Petrol prices to drop: AA',
         'Pump prices should fall by about 10 cents a litre over the next fortnight, said AA spokesman Ter...',
         'Pump prices', 'AA'),
    _row('Breaking: Tyne Bridge closed',
         'The Tyne Bridge will stay closed until Friday after a lorry crash, said a Northumbria Police spokes...',
         'stay closed', 'Northumbria Police'),
    _row('Analysis: Sterling slides',
         'Rates will have to stay where they are for some time yet, said Bank of England Gov...',
         'Rates will have', 'Bank of England'),
    _row('Metro work on track',
         'Chennai Metro Rail Limited has finished 60 per cent of the second phase. The whole line will open by '
         '2026, said Ch...',
         'whole line will open', 'Ch'),
    _row('Water bills to rise: Ofwat',
         "Average bills in England and Wales will rise by £21 a year from April, said the regulator's chief "
         'exec...',
         'Average bills', 'Ofwat', 'cut kept'),
    _row('Harbour dredging to begin',
         'Port Minister Catherine King visited Fremantle on Friday. Dredging of the inner harbour will start in '
         'March, said Ms Ki...',
         'Dredging of the inner', 'Catherine King', 'cut kept'),
    _row('Markets wrap',
         'Apple shares fell 3 per cent after the results. Demand in China remains soft, said analyst Ben App...',
         'Demand in China', 'Ben App'),
    _row('Wage talks collapse',
         'Unite general secretary Sharon Graham met bosses on Monday. Members will strike from next week, said Ms '
         'Gra...',
         'Members will strike', 'Sharon Graham', 'cut kept'),
    _row('Singapore budget: Wong',
         'Every household will receive up to $800 in vouchers, said Deputy Prime Minister Lawrence Wo...',
         'Every household', 'Lawrence Wong', 'cut kept'),
    _row('Hospital parking to be free',
         'Health Minister Mark Drakeford announced the change. Parking will be free at every hospital from April, '
         'said Mr Drake...',
         'Parking will be free', 'Mark Drakeford', 'cut kept'),
    # fresh rows written after the review's mends, before they ran
    _row('Drinking water scheme ready: Duraimurugan',
         'The combined drinking water scheme for 40 villages in the district will be commissioned next month, said'
         ' Water Resources Minister Durai...',
         '40 villages', 'Duraimurugan', 'cut kept'),
    _row('Ambulance handover delays',
         'Health Secretary Wes Streeting met hospital trust chiefs in Leeds on Tuesday. Handover delays outside '
         'A&E must end this winter, said Mr Stree...',
         'Handover delays', 'Wes Streeting', 'cut kept'),
    _row('Murray-Darling buybacks: Plibersek',
         'The government will buy back a further 450 gigalitres from willing sellers, said Environment Minister '
         'Tanya Pli...',
         '450 gigalitres', 'Environment Minister'),
    _row('Downtown Line extension on track: LTA',
         'The extension of the Downtown Line to Sungei Kadut will open in 2025 as planned, said the Land Transport'
         ' Auth...',
         'Downtown Line', 'LTA', 'org acronym'),
    _row('Waller: More cuts likely',
         'Further interest rate cuts are likely if inflation keeps cooling, said Federal Reserve Governor '
         'Christopher Wal...',
         'interest rate cuts', 'Federal Reserve Governor'),
    _row('Special buses for Deepavali',
         'Transport Minister S.S. Sivasankar inspected the Koyambedu terminus on Friday. As many as 14,000 special'
         ' buses will be operated for the festival, said Mr. Sivasan...',
         '14,000 special buses', 'S.S. Sivasankar', 'cut kept'),
    _row('Bin collections to change: council',
         'Fortnightly collections of general waste will begin across the borough from June, said a council '
         'spokes...',
         'Fortnightly collections', 'council'),
    _row('Sydney trains delays',
         'NSW Transport Minister Jo Haylen apologised to commuters on Monday. Services on the T1 line will return '
         'to normal by Wednesday, said Ms Hay...',
         'T1 line', 'Jo Haylen', 'cut kept'),
    _row('Core inflation to ease: MAS',
         'Core inflation is expected to ease to around 2 per cent by the end of the year, said the Monetary '
         'Authority of Sing...',
         'Core inflation', 'MAS', 'org acronym'),
    _row('Boeing deliveries slump',
         'Chief Executive Kelly Ortberg told analysts on Wednesday that the strike had cost the company dearly. '
         'Production will recover by the summer, said Mr Ort...',
         'Production will recover', 'Kelly Ortberg', 'cut kept'),
    _row('Metro fare revision deferred',
         'The fare revision will not come into force this year, said an official of the Chennai Metro Rail Lim...',
         'fare revision', 'Chennai Metro Rail'),
    _row('Heathrow strike: Unite',
         'Security staff at Heathrow will walk out over the Easter weekend, said Unite general secretary Sharon '
         'Gra...',
         'Security staff', 'Unite'),
]

WHOLE = [
    # near-misses: the speaker is whole, the ellipsis cuts nothing of it, or the model names a person in it
    _row("Dam works to finish by June: Ramesh",
         "The dam's spillway will be finished before the monsoon, said Irrigation Minister Jairam Ramesh.",
         "spillway", "Jairam Ramesh"),
    _row("Rail fares frozen", "Fares will be frozen until March, said Mr Harper...", "Fares will be frozen",
         "Harper"),
    _row("Rail fares frozen: Harper",
         "Fares will be frozen until March, said Transport Secretary Mark Harper...", "Fares will be frozen",
         "Mark Harper"),
    _row("Roads to be relaid", "All damaged roads will be relaid before the festival, the minister told...",
         "damaged roads", "the minister"),
    _row("Roads to be relaid: Reddy", "All damaged roads will be relaid before the festival, said the minister ...",
         "damaged roads", "Reddy", "role to headline"),
    _row("Power cuts to end: Thangamani",
         "Scheduled power cuts will end from next week, said Electricity Minister P. Thangamani...",
         "power cuts will end", "P. Thangamani"),
    _row("Power cuts to end: Thangamani",
         "Scheduled power cuts will end from next week, said Electricity Minister Thangamani.",
         "power cuts will end", "Thangamani"),
    _row("Bus fares unchanged", "Bus fares will not change this year, Mr Rao told reporters...",
         "Bus fares will not", "Rao"),
    _row("Metro on track", "Work on the metro will be completed by December, said Chief Minister M.K....",
         "Work on the metro", "Chief Minister M.K."),
    _row("Metro on track: Stalin",
         "Work on the metro will be completed by December, said Chief Minister M.K....", "Work on the metro",
         "M.K. Stalin"),
    _row("Grain stocks adequate", "Grain stocks are adequate for the next six months, officials said...",
         "Grain stocks", "officials"),
    _row("Exports to rebound: Choo",
         "Exports are likely to rebound from the third quarter, said Finance Minister Choo Kyung-ho. He added "
         "that chip demand...", "Exports are likely", "Choo Kyung-ho"),
    _row("Budget row", "The budget is fair to every region, said Mr Rao... The opposition disagreed.",
         "budget is fair", "Rao"),
    _row("Sales up 8%: Tata Motors",
         "Domestic sales rose 8 per cent in December, the company said in a filing...", "Domestic sales",
         "Tata Motors"),
    _row("Jobs data strong: Fed", "Hiring remained strong in November, said Fed Chair Jerome Powell.",
         "Hiring remained strong", "Jerome Powell"),
    _row("Crime down", "Reported thefts fell by a third last year, according to police...", "Reported thefts",
         "police"),
    _row("Water cuts to end: Mayor",
         "Water rationing in the city will end on Friday as the reservoirs refill, Mayor Helen Clarke said...",
         "Water rationing", "Helen Clarke"),
    _row("Strike called off: union",
         "The strike at the port has been called off after talks, said union secretary James Tan...",
         "strike at the port", "James Tan"),
    _row("Flights resume at Changi: CAAS",
         "Flights resumed at Changi Airport on Sunday after the storm, the Civil Aviation Authority said. More "
         "than 40 flights were delayed...", "Flights resumed", "Civil Aviation Authority"),
    # the review's near-misses: headline words after any colon, whole names glued to the ellipsis, names that
    # merely begin like an earlier person or org, a hyphen compound
    _row('Waterfront plan approved',
         'Liverpool City Council approved the £50m waterfront scheme on Wednesday. Work will start in the autumn '
         'and create 300 jobs, said project director Ms Li...',
         '300 jobs', 'Ms Li'),
    _row('Rail talks resume',
         'Union negotiator Mark Harrison met rail bosses on Monday. Passengers deserve better, said Transport '
         'Secretary Mark Harris...',
         'Passengers deserve', 'Mark Harris'),
    _row('Cricket board defends schedule',
         'Board chairman Shahid Khan said the schedule was final. Security will be tight at every venue, said Home'
         ' Minister Amit Shah...',
         'Security will be', 'Amit Shah'),
    _row('Land acquisition quashed',
         'Counsel for the petitioners, Anil Singhal, argued the land was taken illegally. The State will comply '
         'with the order, said Additional Advocate-General Ravinder Singh...',
         'comply with the order', 'Ravinder Singh'),
    _row('Breaking: Mill fire in Bradford',
         'Crews were called to the disused mill at 3am and nobody was hurt, said fire officer Mr Patel...',
         'nobody was hurt', 'Mr Patel'),
    _row('Watch: Dramatic rescue at sea',
         'The two fishermen had been in the water for almost an hour, said coastguard Mr Evans...',
         'two fishermen', 'Evans'),
    _row('Ukraine war: Drones hit Odesa',
         'Three people were killed when drones struck a port warehouse, said Governor Mr Kiper...',
         'Three people were killed', 'Kiper'),
    _row("Lotto win: Builder's joy",
         "Dave Smith, 45, from Wigan, scooped £1m on Saturday's draw. ‘I’m going to buy my mum a house,’ said the "
         '45-year-old...',
         'buy my mum', 'Dave Smith'),
    _row('Oil: Prices slip',
         'Brent crude fell 2 per cent on Tuesday as stocks rose, according to Reuters...',
         'Brent crude fell', 'Reuters'),
    _row('Growth target: Li',
         'Premier Li Qiang met Vice-Premier Liu Guozhong in Beijing. The economy will meet its growth target, said'
         ' Mr Li...',
         'growth target', 'Li Qiang'),
    _row('Health: Clinic hours extended',
         'Clinics will stay open until 9pm from next month, said the Health Department’s chief medi...',
         'stay open', 'Health Department'),
    _row("Exclusive: Star's secret wedding",
         '‘It was the happiest day of our lives,’ said Chloe...',
         'happiest day', 'Chloe'),
    _row('Coalition talks: Luxon upbeat',
         'A deal will be done before Christmas, said Mr Luxon...',
         'deal will be done', 'Luxon'),
    # fresh near-misses written after the review's mends, before they ran
    _row('Crop loss survey begins: Minister',
         'Enumeration of crop loss in the delta districts will be completed in ten days, said Agriculture Minister'
         ' M.R.K. Panneerselvam...',
         'Enumeration of crop loss', 'Panneerselvam'),
    _row('Analysis: Why the Bank held fire',
         'Rates were left on hold because wage growth is still too strong, said Governor Andrew Bailey...',
         'Rates were left', 'Andrew Bailey'),
    _row('Update: Flooding',
         'Thirty homes in the village were evacuated overnight as the river rose, said Inspector Briggs...',
         'Thirty homes', 'Briggs'),
    _row('Bridge work from March',
         'Former MLA K. Kumarasamy chaired the review meeting on Saturday. Work on the bridge will begin in March,'
         ' said Collector R. Kumar...',
         'Work on the bridge', 'R. Kumar'),
    _row('Bridge work from March',
         'Former MLA K. Kumarasamy chaired the review meeting on Saturday. Work on the bridge will begin in March,'
         ' said Collector Mr. Kumar...',
         'Work on the bridge', 'Kumar'),
    _row('Surfer bitten by shark',
         'Surfer Jack Reilly was bitten on the leg at Bondi on Sunday morning. The shark came out of nowhere, said'
         ' the 28-year-old...',
         'came out of nowhere', 'Jack Reilly', 'age unresolved'),
    _row('Phantom to return',
         'The musical will return to the West End next year with a new cast, said Lord Lloyd-Webber...',
         'West End', 'Lloyd-Webber'),
    _row('Oil: Crude climbs',
         'Crude stockpiles fell by 4 million barrels last week, according to the Energy Information '
         'Administration...',
         'Crude stockpiles', 'Energy Information Administration'),
    _row('COE: Premiums climb',
         'Premiums for small cars rose for the third round in a row, said Mr Chee...',
         'Premiums for small cars', 'Chee'),
    _row('Video: Hurricane Milton',
         'The storm surge could reach 15 feet in Tampa Bay, said National Hurricane Center director Michael '
         'Brennan...',
         'storm surge', 'Michael Brennan'),
    _row('Energy prices: AER',
         'Default market offers for households will fall by up to 9 per cent from July, said Ms Savage...',
         'Default market offers', 'Savage'),
    _row('Airport expansion approved',
         'Leeds City Council approved the plans on Thursday. The new terminal will open in 2027, said Ms Lee...',
         'new terminal', 'Lee'),
    _row('Breaking: Senate passes funding bill',
         'The measure now goes to the House for a vote on Friday, said Senate Majority Leader Chuck Schumer...',
         'measure now goes', 'Chuck Schumer'),
]


@pytest.mark.parametrize("title, body, fragment, speaker", CUT)
def test_speaker_of_a_cut_summary(extractor, title, body, fragment, speaker):
    assert_spoken_by(extractor, body, fragment, speaker, title=title)


@pytest.mark.parametrize("title, body, fragment, speaker", WHOLE)
def test_whole_speaker_is_not_read_as_cut(extractor, title, body, fragment, speaker):
    claim = assert_spoken_by(extractor, body, fragment, speaker, title=title)
    assert "cut by the feed" not in (claim.resolution or ""), (claim.speaker_resolved, claim.resolution)


def test_the_extractors_own_cut_is_not_the_feeds(extractor, monkeypatch):
    """A long article the extractor cuts at a sentence end may end in an ellipsis of the writer's: "said Mr
    Rees..." there is whole, not cut by a feed, whatever the headline names after its colon."""
    body = ("The lifeboat launched at 2am after a mayday call from a trawler off Padstow. The two crewmen had been "
            "in the water for almost an hour, said Mr Rees... Then the helicopter arrived. "
            + "Waves of up to four metres made the rescue slow and dangerous. " * 30)
    title = "Lifeboat rescue: RNLI"
    monkeypatch.setattr(extractor, "max_chars", len(title) + 2 + body.index("Then the") + 3)
    claim = assert_spoken_by(extractor, body, "two crewmen", "Rees", title=title)
    assert "cut by the feed" not in (claim.resolution or ""), (claim.speaker_resolved, claim.resolution)


@strict_xfail("no rule takes the headline's source for a speaker the feed cut (see 'cut kept')")
def test_a_headline_acronym_source_is_an_org(extractor):
    """ "...: BOK" over "said Bank of Korea Gov...": the source in capitals is a body, not a person."""
    claim = assert_spoken_by(extractor, "The won is expected to stabilise in the second half of the year, said Bank of "
                             "Korea Gov...", "won is expected", "BOK", title="Won to stabilise: BOK")
    assert claim.speaker_type == "ORG", (claim.speaker_resolved, claim.speaker_type, claim.resolution)
