"""Speaker probes for "As X said, <clause>" and "<clause>, as X noted": an "as" clause of a reporting verb.

Project-written sentences (wire, broadsheet, tabloid, local, and non-US English: Indian, Philippine, Kenyan,
Australian, New Zealand), not taken from bench/data or the corpus. A reporting verb in an "as" clause that says
nothing of its own (no object but its audience, no clause; only when, where or to whom) points at the clause it
opens or closes as what its subject said, as "as X put it" does. Found on the round-52 pool copy ("And, as X points
out, ..." read as the author's). The look-alikes give the subject no claim: the verb takes its own clause or object
("as the minister said he would", "said goodbye", "told the story", "warned of a recession"), the clause has no
subject or is the author's ("as noted above", "as I said", "as we reported"), a saying or "one" speaks, a negation,
the "as" clause is a time ("as the mayor spoke"), or it tells what someone came to know or a thing shows ("as Jane
Moffat found out", "as the figures show").
"""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import assert_spoken_by, strict_xfail

SAID_AS = [
    pytest.param('As the Pentagon said in a statement on Tuesday, no US personnel were injured in the attack.',
                 'no US personnel were injured', 'Pentagon', id='as-the-pentagon-said-in-a-statement-on-tuesday-no'),
    pytest.param('As Finance Minister Nirmala Sitharaman told parliament on Monday, the fiscal deficit will narrow to 4.5% next year.',
                 'fiscal deficit will narrow', 'Nirmala Sitharaman', id='as-finance-minister-nirmala-sitharaman-told-parlia'),
    pytest.param('As the central bank noted in its minutes, inflation remains well above the 2% target.',
                 'inflation remains well above', 'central bank', id='as-the-central-bank-noted-in-its-minutes-inflation'),
    pytest.param('As police have said, the driver was not wearing a seatbelt when the car left the road.',
                 'the driver was not wearing a seatbelt', 'police', id='as-police-have-said-the-driver-was-not-wearing-a-s'),
    pytest.param('As the company confirmed on Friday, about 1,200 jobs will go at its Detroit plant.',
                 'about 1,200 jobs will go', 'company', id='as-the-company-confirmed-on-friday-about-1-200-job'),
    pytest.param('As the World Health Organization warned last month, cholera cases have doubled in the region.',
                 'cholera cases have doubled', 'World Health Organization', id='as-the-world-health-organization-warned-last-month'),
    pytest.param('As the governor pointed out, the state has lost 12,000 manufacturing jobs since March.',
                 'the state has lost 12,000', 'governor', id='as-the-governor-pointed-out-the-state-has-lost-12'),
    pytest.param('As Professor Jane Hill explains, the ice sheet is melting faster than any model predicted.',
                 'the ice sheet is melting faster', 'Jane Hill', id='as-professor-jane-hill-explains-the-ice-sheet-is-m'),
    pytest.param('And, as the report points out, waiting times for hip operations have doubled since 2010.',
                 'waiting times for hip operations', 'report', id='and-as-the-report-points-out-waiting-times-for-hip'),
    pytest.param('As Ms Ardern told reporters on Tuesday, the border will stay shut until at least March.',
                 'the border will stay shut', 'Ardern', id='as-ms-ardern-told-reporters-on-tuesday-the-border'),
    pytest.param('As the ombudsman observed in her annual report, complaints about the council rose by a third.',
                 'complaints about the council rose', 'ombudsman', id='as-the-ombudsman-observed-in-her-annual-report-com'),
    pytest.param('But as the chancellor admitted, borrowing will peak at £150bn next year.',
                 'borrowing will peak', 'chancellor', id='but-as-the-chancellor-admitted-borrowing-will-peak'),
    pytest.param('As the star told fans on Instagram, she is taking a break from touring to look after her health.',
                 'she is taking a break from touring', 'star', id='as-the-star-told-fans-on-instagram-she-is-taking-a'),
    pytest.param('As the devastated mum told the Mirror, her son had never been in trouble with police.',
                 'her son had never been in trouble', 'mum', id='as-the-devastated-mum-told-the-mirror-her-son-had'),
    pytest.param("As the club's manager admitted after the match, the defending was simply not good enough.",
                 'the defending was simply not good enough', 'manager', id='as-the-club-s-manager-admitted-after-the-match-the'),
    pytest.param('As the parish council explained, the car park will close for resurfacing from 3 June.',
                 'the car park will close', 'parish council', id='as-the-parish-council-explained-the-car-park-will'),
    pytest.param("As Councillor Mike Dean said at Monday's meeting, the library has lost half its visitors since 2019.",
                 'the library has lost half its visitors', 'Mike Dean', id='as-councillor-mike-dean-said-at-monday-s-meeting-t'),
    pytest.param('As the fire service said, the blaze was started deliberately in the early hours.',
                 'the blaze was started deliberately', 'fire service', id='as-the-fire-service-said-the-blaze-was-started-del'),
    pytest.param('As the Reserve Bank of India said in its policy statement, growth is expected to slow to 6.5 per cent.',
                 'growth is expected to slow', 'Reserve Bank of India', id='as-the-reserve-bank-of-india-said-in-its-policy-st'),
    pytest.param('As the Philippine Coast Guard stated, two Chinese vessels blocked the resupply mission near the shoal.',
                 'two Chinese vessels blocked', 'Philippine Coast Guard', id='as-the-philippine-coast-guard-stated-two-chinese-v'),
    pytest.param("As Kenya's health ministry confirmed, 14 people have died in the outbreak since January.",
                 '14 people have died', 'health ministry', id='as-kenya-s-health-ministry-confirmed-14-people-hav'),
    pytest.param('As the premier told ABC Radio on Wednesday, the state will not reopen its borders before Christmas.',
                 'will not reopen its borders', 'premier', id='as-the-premier-told-abc-radio-on-wednesday-the-sta'),
    pytest.param('The state has lost 12,000 jobs since March, as the governor pointed out on Monday.',
                 'The state has lost 12,000 jobs', 'governor', id='the-state-has-lost-12-000-jobs-since-march-as-the'),
    pytest.param('The club has not won a trophy in a decade, as its chairman admitted.',
                 'The club has not won a trophy', 'chairman', id='the-club-has-not-won-a-trophy-in-a-decade-as-its-c'),
    pytest.param('As Reuters first reported, the deal is worth about $2bn including debt.',
                 'the deal is worth about $2bn', 'Reuters', id='as-reuters-first-reported-the-deal-is-worth-about'),
    pytest.param('As Jones confirmed in court, she had sold the shares two weeks before the collapse.',
                 'she had sold the shares', 'Jones', id='as-jones-confirmed-in-court-she-had-sold-the-share'),
    pytest.param('As the storm passed, officials said the damage was limited to a few roofs.',
                 'the damage was limited', 'officials', id='as-the-storm-passed-officials-said-the-damage-was'),
]

LOOK_ALIKES = [
    pytest.param('As the minister said he would, he resigned on Friday after the report was published.',
                 'resigned on Friday', id='as-the-minister-said-he-would-he-resigned-on-frida'),
    pytest.param('As the chairman said goodbye to staff, the shares fell 4% in early trading.',
                 'the shares fell 4%', id='as-the-chairman-said-goodbye-to-staff-the-shares-f'),
    pytest.param('As the judge read out the verdict, the defendant wept in the dock.',
                 'the defendant wept', id='as-the-judge-read-out-the-verdict-the-defendant-we'),
    pytest.param('As noted above, the figures for March are provisional and may be revised.',
                 'the figures for March are provisional', id='as-noted-above-the-figures-for-march-are-provision'),
    pytest.param('As reported last week, the council has cut 40 jobs in its planning department.',
                 'the council has cut 40 jobs', id='as-reported-last-week-the-council-has-cut-40-jobs'),
    pytest.param('As I said last week, the government has no plan for the railways.',
                 'the government has no plan', id='as-i-said-last-week-the-government-has-no-plan-for'),
    pytest.param('As the old saying goes, you cannot have your cake and eat it.',
                 'you cannot have your cake', id='as-the-old-saying-goes-you-cannot-have-your-cake-a'),
    pytest.param('As one might expect, prices rose sharply after the storm.',
                 'prices rose sharply', id='as-one-might-expect-prices-rose-sharply-after-the'),
    pytest.param('As he told the story to a packed hall, the audience fell silent.',
                 'the audience fell silent', id='as-he-told-the-story-to-a-packed-hall-the-audience'),
    pytest.param('As the mayor spoke, protesters outside chanted slogans against the plan.',
                 'protesters outside chanted', id='as-the-mayor-spoke-protesters-outside-chanted-slog'),
    pytest.param('As expected, the bank raised its main rate by a quarter point to 5.25%.',
                 'raised its main rate', id='as-expected-the-bank-raised-its-main-rate-by-a-qua'),
    pytest.param('As we reported on Monday, the hospital has closed two wards to new patients.',
                 'the hospital has closed two wards', id='as-we-reported-on-monday-the-hospital-has-closed-t'),
    pytest.param('As Smith announced his retirement, fans in the stand applauded for five minutes.',
                 'fans in the stand applauded', id='as-smith-announced-his-retirement-fans-in-the-stan'),
    pytest.param('As the president warned of a recession, markets fell 3% in an hour.',
                 'markets fell 3%', id='as-the-president-warned-of-a-recession-markets-fel'),
    pytest.param('As the minister did not say, nobody knows when the bridge will reopen.',
                 'nobody knows when the bridge', id='as-the-minister-did-not-say-nobody-knows-when-the'),
    pytest.param('But the festival was more than a party for locals, as Jane Moffat found out.',
                 'more than a party for locals', id='but-the-festival-was-more-than-a-party-for-locals'),
    pytest.param('But the old ferry was more than a way across the river, as Rangi Walker found out last summer.',
                 'more than a way across the river', id='but-the-old-ferry-was-more-than-a-way-across-the-r'),
    pytest.param('As Mr Patel found, the paperwork for a council grant can take months.',
                 'the paperwork for a council grant', id='as-mr-patel-found-the-paperwork-for-a-council-gran'),
    pytest.param('As the figures show, unemployment has risen for a third month in a row.',
                 'unemployment has risen', id='as-the-figures-show-unemployment-has-risen-for-a-t'),
]


# The reviewer's rows of round 52 (their own sentences): targets, and the ones no rule gets right yet
_REVIEW_MISSES = {
    'A16': strict_xfail("'as the report found': 'find' is left out of the rule on purpose (what someone came to know), so a document's finding stays the author's"),
    'A19': strict_xfail("an 'as' clause inside its sentence ('Cities such as Leeds, as the council noted, have ...') neither opens nor closes it"),
    'A23': strict_xfail("'as X told it' has an object, so the rule leaves it; the account is the teller's"),
    'A31': strict_xfail("'at the time' is no when-phrase the setting test knows (not a DATE entity)"),
}

REVIEW_SAID_AS = [
    pytest.param("As the governor noted on Tuesday, the state's reserves will run dry by October.",
                 'reserves will run dry', 'governor', id='A1-as-the-governor-noted-on-tuesday-the-state-s-re'),
    pytest.param('Unemployment in the region has doubled since 2020, as the mayor told councillors last week.',
                 'Unemployment in the region has doubled', 'mayor', id='A2-unemployment-in-the-region-has-doubled-since-20'),
    pytest.param('As Mr Sunak told MPs, the Rwanda flights will begin within weeks.',
                 'the Rwanda flights will begin', 'Sunak', id='A3-as-mr-sunak-told-mps-the-rwanda-flights-will-be'),
    pytest.param('As the Treasury said in a statement, the package will cost about £2bn over three years.',
                 'the package will cost', 'Treasury', id='A4-as-the-treasury-said-in-a-statement-the-package'),
    pytest.param('As Superintendent Ruth Barker explained, officers were called to the flat shortly after midnight.',
                 'officers were called to the flat', 'Ruth Barker', id='A5-as-superintendent-ruth-barker-explained-officer'),
    pytest.param('The club is in talks with three buyers, as the chairman revealed at the AGM.',
                 'in talks with three buyers', 'chairman', id='A6-the-club-is-in-talks-with-three-buyers-as-the-c'),
    pytest.param("As the union's general secretary warned, members will strike again in March if no offer is made.",
                 'members will strike again', 'general secretary', id='A7-as-the-union-s-general-secretary-warned-members'),
    pytest.param('As the Kenya Meteorological Department said, heavy rains will continue until the end of the month.',
                 'heavy rains will continue', 'Kenya Meteorological Department', id='A8-as-the-kenya-meteorological-department-said-hea'),
    pytest.param('As Chief Minister Siddaramaiah told the assembly, the state has released Rs 500 crore for drought relief.',
                 'released Rs 500 crore', 'Siddaramaiah', id='A9-as-chief-minister-siddaramaiah-told-the-assembl'),
    pytest.param('As the coroner remarked at the inquest, the crash could have been avoided had the barrier been repaired.',
                 'the crash could have been avoided', 'coroner', id='A10-as-the-coroner-remarked-at-the-inquest-the-cra'),
    pytest.param('Ticket prices will rise by 8% next season, as the club confirmed on Friday.',
                 'Ticket prices will rise', 'club', id='A11-ticket-prices-will-rise-by-8-next-season-as-th'),
    pytest.param('As her agent told the Sun, the singer is "devastated" by the split.',
                 'the singer is', 'agent', id='A12-as-her-agent-told-the-sun-the-singer-is-devast'),
    pytest.param('As Dr Ashley Bloomfield said at the 1pm briefing, there are no new cases in the community.',
                 'no new cases in the community', 'Ashley Bloomfield', id='A13-as-dr-ashley-bloomfield-said-at-the-1pm-briefi'),
    pytest.param('As soon as the minister said the deal was off, shares in the company fell 12 per cent.',
                 'the deal was off', 'minister', id='A20-as-soon-as-the-minister-said-the-deal-was-off'),
    pytest.param('As the crowd cheered, the mayor announced the new stadium would open in 2026.',
                 'the new stadium would open', 'mayor', id='A24-as-the-crowd-cheered-the-mayor-announced-the-n'),
    pytest.param('As the judge said, he had no choice but to jail the defendant.',
                 'he had no choice', 'judge', id='A26-as-the-judge-said-he-had-no-choice-but-to-jail'),
    pytest.param("As the inspector explained to the family, the boy's body was found near the river.",
                 "the boy's body was found", 'inspector', id='A27-as-the-inspector-explained-to-the-family-the-b'),
    pytest.param('The bridge will close for six weeks, as council officers explained to residents on Wednesday evening.',
                 'The bridge will close for six weeks', 'council officers', id='A28-the-bridge-will-close-for-six-weeks-as-council'),
    pytest.param('As Trump claimed during the campaign, the wall would be paid for by Mexico.',
                 'the wall would be paid for', 'Trump', id='B3-as-trump-claimed-during-the-campaign-the-wall-w'),
    pytest.param('As the Met Office said, temperatures will reach 30C by Thursday.',
                 'temperatures will reach 30C', 'Met Office', id='B5-as-the-met-office-said-temperatures-will-reach'),
    pytest.param('As the headteacher told parents in a letter, the school will close at noon on Friday.',
                 'the school will close at noon', 'headteacher', id='B6-as-the-headteacher-told-parents-in-a-letter-the'),
    pytest.param('As the Taoiseach said, the protocol cannot be renegotiated.',
                 'the protocol cannot be renegotiated', 'Taoiseach', id='B7-as-the-taoiseach-said-the-protocol-cannot-be-re'),
    pytest.param('As a spokesman for the ministry explained, the visa rules apply only to new applicants.',
                 'the visa rules apply only', 'spokesman', id='B10-as-a-spokesman-for-the-ministry-explained-the'),
    pytest.param('As the report found, one in four children in the borough lives in poverty.',
                 'one in four children', 'report', id='A16-as-the-report-found-one-in-four-children-in-th', marks=_REVIEW_MISSES['A16']),
    pytest.param('Cities such as Leeds, as the council noted, have seen rents climb.',
                 'have seen rents climb', 'council', id='A19-cities-such-as-leeds-as-the-council-noted-have', marks=_REVIEW_MISSES['A19']),
    pytest.param('As Mrs Dlamini told it, the soldiers arrived at dawn and burned every hut in the village.',
                 'the soldiers arrived at dawn', 'Dlamini', id='A23-as-mrs-dlamini-told-it-the-soldiers-arrived-at', marks=_REVIEW_MISSES['A23']),
    pytest.param('As police said at the time, the attacker acted alone.',
                 'the attacker acted alone', 'police', id='A31-as-police-said-at-the-time-the-attacker-acted', marks=_REVIEW_MISSES['A31']),
]

# ... and their look-alikes: a foretelling verb before a past outcome, an echo ('just as'), a year's background
REVIEW_LOOK_ALIKES = [
    pytest.param('As the minister said in 2019, the railway was meant to open by 2023.',
                 'the railway was meant to open', id='A14-as-the-minister-said-in-2019-the-railway-was-m'),
    pytest.param('As expected, the Bank of England held interest rates at 5.25 per cent.',
                 'held interest rates', id='A15-as-expected-the-bank-of-england-held-interest'),
    pytest.param('As Smith pointed out the window, a second car pulled into the drive.',
                 'a second car pulled into the drive', id='A17-as-smith-pointed-out-the-window-a-second-car-p'),
    pytest.param('As he noted down the numbers, the clerk realised the totals did not match.',
                 'the totals did not match', id='A18-as-he-noted-down-the-numbers-the-clerk-realise'),
    pytest.param('Just as the prime minister warned, prices rose sharply through the winter.',
                 'prices rose sharply', id='A21-just-as-the-prime-minister-warned-prices-rose'),
    pytest.param('As far as the coach is concerned, the season is not over yet.',
                 'the season is not over yet', id='A22-as-far-as-the-coach-is-concerned-the-season-is'),
    pytest.param('As the chairman spoke, protesters outside the hall chanted for his resignation.',
                 'protesters outside the hall chanted', id='A25-as-the-chairman-spoke-protesters-outside-the-h'),
    pytest.param('Just as the forecasters predicted, the storm hit the coast on Sunday night.',
                 'the storm hit the coast', id='A29-just-as-the-forecasters-predicted-the-storm-hi'),
    pytest.param('As the minister announced the cuts, opposition MPs walked out of the chamber.',
                 'opposition MPs walked out', id='A30-as-the-minister-announced-the-cuts-opposition'),
    pytest.param('As critics had warned, the scheme ran £300m over budget.',
                 'the scheme ran £300m over budget', id='B1-as-critics-had-warned-the-scheme-ran-300m-over'),
    pytest.param('Just as the union warned, the strike closed every school in the county.',
                 'the strike closed every school', id='B2-just-as-the-union-warned-the-strike-closed-ever'),
    pytest.param('As the minister said last year, the hospital was due to open in 2024.',
                 'the hospital was due to open', id='B4-as-the-minister-said-last-year-the-hospital-was'),
    pytest.param('Just as Ms Reeves said, the economy grew by 0.6% in the quarter.',
                 'the economy grew by 0.6%', id='B8-just-as-ms-reeves-said-the-economy-grew-by-0-6'),
    pytest.param('As the chancellor promised, fuel duty was frozen for another year.',
                 'fuel duty was frozen', id='B9-as-the-chancellor-promised-fuel-duty-was-frozen'),
    # the mend's own rows: an echo ('just as') before a clause that is not past, which only the echo test leaves alone
    pytest.param('Just as the union warned, the strike will close every school in the county.',
                 'the strike will close every school', id='echo-just-as-the-union-warned-the-strike-will-close'),
    pytest.param('Just as the Met Office warned, the rain has not stopped since Friday.',
                 'the rain has not stopped', id='echo-just-as-the-met-office-warned-the-rain-has-not'),
]


# "to MPs": an audience after "to" folds its plural as "told MPs" does (the small model's lemma of "MPs" is "MPs")
TO_MPS = [
    pytest.param('As the chancellor said to MPs on Wednesday, borrowing will fall to 3% of GDP by 2027.',
                 'borrowing will fall to 3%', 'chancellor', id='mps-as-the-chancellor-said-to-mps-on-wednesday-borrowi'),
    pytest.param('As Ms Patel admitted to MPs, the asylum backlog has grown to 160,000 cases.',
                 'the asylum backlog has grown', 'Patel', id='mps-as-ms-patel-admitted-to-mps-the-asylum-backlog-has'),
    pytest.param('As the Bank of England governor pointed out to MPs, inflation is expected to halve by the end of the year.',
                 'inflation is expected to halve', 'governor', id='mps-as-the-bank-of-england-governor-pointed-out-to-mps'),
    pytest.param('As the health secretary stressed to MPs, no hospital will close under the plan.',
                 'no hospital will close', 'health secretary', id='mps-as-the-health-secretary-stressed-to-mps-no-hospita'),
    pytest.param('As Sir Keir insisted to MPs, the party will not raise income tax.',
                 'the party will not raise income tax', 'Keir', id='mps-as-sir-keir-insisted-to-mps-the-party-will-not-rai'),
    pytest.param('As the Post Office boss conceded to MPs, hundreds of sub-postmasters are still waiting for compensation.',
                 'sub-postmasters are still waiting', 'Post Office boss', id='mps-as-the-post-office-boss-conceded-to-mps-hundreds-o'),
    pytest.param('As the defence secretary explained to MPs in the Commons, two more frigates will be sent to the Gulf.',
                 'two more frigates will be sent', 'defence secretary', id='mps-as-the-defence-secretary-explained-to-mps-in-the-c'),
    pytest.param('As the Ofwat chief acknowledged to MPs, water companies missed their leakage targets.',
                 'water companies missed their leakage targets', 'Ofwat chief', id='mps-as-the-ofwat-chief-acknowledged-to-mps-water-compa'),
    pytest.param('As Mr Hipkins said to MPs in Wellington, the border will reopen to tourists from July.',
                 'the border will reopen to tourists', 'Hipkins', id='mps-as-mr-hipkins-said-to-mps-in-wellington-the-border'),
    pytest.param('The prison has only 40 spare places, as the justice secretary revealed to MPs last week.',
                 'The prison has only 40 spare places', 'justice secretary', id='mps-the-prison-has-only-40-spare-places-as-the-justice'),
    pytest.param('As the mayor said to councillors, the budget gap has grown to £12m.',
                 'the budget gap has grown', 'mayor', id='mps-as-the-mayor-said-to-councillors-the-budget-gap-ha'),
]

TO_MPS_LOOK_ALIKES = [
    pytest.param('As the minister explained to MPs how the scheme would work, protesters gathered outside Parliament.',
                 'protesters gathered outside', id='mps-as-the-minister-explained-to-mps-how-the-scheme-wo'),
    pytest.param('As the bill went to MPs for a second reading, thousands of nurses marched on Westminster.',
                 'thousands of nurses marched', id='mps-as-the-bill-went-to-mps-for-a-second-reading-thous'),
    pytest.param('As the prime minister spoke to MPs, the pound fell to its lowest level in a month.',
                 'the pound fell to its lowest level', id='mps-as-the-prime-minister-spoke-to-mps-the-pound-fell'),
    pytest.param('Just as the chancellor explained to MPs, the economy grew by 0.6% in the quarter.',
                 'the economy grew by 0.6%', id='mps-just-as-the-chancellor-explained-to-mps-the-econom'),
    pytest.param('As the news reached MPs, the Speaker suspended the sitting.',
                 'the Speaker suspended the sitting', id='mps-as-the-news-reached-mps-the-speaker-suspended-the'),
]


@pytest.mark.parametrize("text, fragment, expected", SAID_AS + REVIEW_SAID_AS + TO_MPS)
def test_speakers_as_said_gives_the_clause_to_its_subject(extractor, text: str, fragment: str, expected: str):
    assert_spoken_by(extractor, text, fragment, expected)


@pytest.mark.parametrize("text, fragment", LOOK_ALIKES + REVIEW_LOOK_ALIKES + TO_MPS_LOOK_ALIKES)
def test_speakers_as_clause_look_alike_is_no_ones_claim(extractor, text: str, fragment: str):
    claims = [c for c in extractor.extract_text(text).claims if fragment in c.content]
    assert all(c.speaker_type == "AUTHOR" for c in claims), [(c.speaker, c.rule) for c in claims]
