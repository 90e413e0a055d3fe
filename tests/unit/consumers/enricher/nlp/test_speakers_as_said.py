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

from tests.unit.consumers.enricher.nlp.conftest import assert_spoken_by

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


@pytest.mark.parametrize("text, fragment, expected", SAID_AS)
def test_speakers_as_said_gives_the_clause_to_its_subject(extractor, text: str, fragment: str, expected: str):
    assert_spoken_by(extractor, text, fragment, expected)


@pytest.mark.parametrize("text, fragment", LOOK_ALIKES)
def test_speakers_as_clause_look_alike_is_no_ones_claim(extractor, text: str, fragment: str):
    claims = [c for c in extractor.extract_text(text).claims if fragment in c.content]
    assert all(c.speaker_type == "AUTHOR" for c in claims), [(c.speaker, c.rule) for c in claims]
