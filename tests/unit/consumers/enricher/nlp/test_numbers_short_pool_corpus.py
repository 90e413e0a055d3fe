"""Figures in short corpus copy (standfirsts and summaries of 150 characters or more) that no labelled set points
into: which ones the reader must read, with their values, and the numbers of dates, ages, times of day, scores,
sections of a law and model names it must leave alone. The Hindu (rupees, lakh, crore), the Daily Mail and the BBC,
the Sydney Morning Herald, the Korea Times, the LA Times and CNN.

Each row points into ../shared's feeds by file, guid and character offsets in the item's text as the pipeline sees it
(the text belongs to its publishers and is not copied here); the expected figures were labelled by the guide
(bench/data/README.md) before the reader was run. The items are the round's short-copy pool: keys that hash to dev,
that no claims or stories label points into, nor their twins in other feeds, and none stop 52's pool tests point
into. Rows whose text gives no claim are left out (the bench scores numbers of claims only).
"""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import assert_reads_figures, pool_text, strict_xfail

# (feed file, guid, start, end, [(words of the figure, value, unit)], [words that are no figure])
SHORT_POOL = [
    ('bbc-news-home.xml', 'https://www.bbc.co.uk/news/entertainment-arts-58271367', 0, 154,
     [('15 things', 15, None)], ['2021']),
    ('cnn-hp-hero.xml', 'https://www.cnn.com/travel/article/inside-boeing-new-777x/index.html', 0, 240,
     [], ['777X', '2020']),
    ('cnn-hp-hero.xml', 'https://www.cnn.com/videos/health/2022/07/26/mount-sinai-hospital-sleep-techs-lbb-orig.cnn', 0, 216,
     [('millions', 1000000.0, None)], []),
    ('cnn-hp-hero.xml', 'https://www.cnn.com/style/article/inclusive-swimwear-design/index.html', 0, 295,
     [], ['1990s', 'one-pieces', 'two-pieces']),
    ('dailymail-home.xml', 'https://www.dailymail.co.uk/femail/article-10006251/New-collection-unseen-photographs-Elizabeth-Taylor-released.html?ns_mchannel=rss&ito=1490&ns_campaign=1490', 0, 257,
     [('Eight photographers', 8, None)], ['1968']),
    ('dailymail-home.xml', 'https://www.dailymail.co.uk/news/article-10006439/Six-children-living-Victorian-slum-house-parents-admit-child-cruelty-charges.html?ns_mchannel=rss&ito=1490&ns_campaign=1490', 0, 263,
     [('Six children', 6, None)], []),
    ('dailymail-home.xml', 'https://www.dailymail.co.uk/news/article-10006889/New-homeowner-shocked-rag-doll-boarded-wall-saying-killed-family.html?ns_mchannel=rss&ito=1490&ns_campaign=1490', 0, 257,
     [], ['32']),
    ('dailymail-home.xml', 'https://www.dailymail.co.uk/news/article-10008119/Two-married-police-officers-IGNORED-call-outs-assault-burglary-sex-squad-car.html?ns_mchannel=rss&ito=1490&ns_campaign=1490', 0, 290,
     [('Two married', 2, None)], []),
    ('dailymail-home.xml', 'https://www.dailymail.co.uk/debate/article-10007751/CAMILLA-CAVENDISH-Backbone-NHS-GPs-avoid-patients.html?ns_mchannel=rss&ito=1490&ns_campaign=1490', 81, 223,
     [], ['Covid-19']),
    ('dailymail-home.xml', 'https://www.dailymail.co.uk/femail/article-10006839/From-Valentino-Stella-McCartney-AW21-catwalks-promised-green-sleeves.html?ns_mchannel=rss&ito=1490&ns_campaign=1490', 0, 224,
     [], ['AW21', "'21"]),
    ('dailymail-home.xml', 'https://www.dailymail.co.uk/news/article-10007541/Post-Office-trials-deliveries-two-specially-designed-vehicles-bid-eco-friendly-rounds.html?ns_mchannel=rss&ito=1490&ns_campaign=1490', 0, 281,
     [('two specially designed vehicles', 2, None), ('six months', 6, 'month')], []),
    ('dailymail-home.xml', 'https://www.dailymail.co.uk/news/article-10007151/Koalas-going-EXTINCT-30-000-left-Australian-wild.html?ns_mchannel=rss&ito=1490&ns_campaign=1490', 0, 180,
     [('30,000', 30000, None)], []),
    ('dailymail-home.xml', 'https://www.dailymail.co.uk/news/article-10006159/Mother-hanged-hours-mental-health-crisis-team-failed-attend-appointment-family-say.html?ns_mchannel=rss&ito=1490&ns_campaign=1490', 0, 177,
     [], ['August 12']),
    ('dailymail-home.xml', 'https://www.dailymail.co.uk/news/article-10006099/Terrifying-moment-cyclist-27-sent-flying-air-hit-car.html?ns_mchannel=rss&ito=1490&ns_campaign=1490', 0, 260,
     [], ['27']),
    ('koreatimes-news.xml', '333406', 200, 668,
     [('more than four times', 4, None)], []),
    ('koreatimes-news.xml', '333276', 0, 224,
     [('Two events', 2, None), ('three days', 3, 'day')], []),
    ('latimes-california.xml', 'https://www.latimes.com/california/story/2021-10-15/santa-ana-winds-bring-critical-fire-danger-red-flag-warning', 0, 187,
     [], ['6 a.m', '8 p.m']),
    ('latimes-california.xml', 'https://www.latimes.com/california/story/2021-10-14/l-a-san-diego-school-districts-are-sued-over-student-vaccination-mandate', 0, 225,
     [('two largest', 2, None)], []),
    ('smh-latest-news.xml', 'p58tby', 0, 279,
     [('87pc', 87, 'percent')], ['May 2020']),
    ('smh-latest-news.xml', 'p58t8y', 0, 203,
     [('160 years', 160, 'year')], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/national/oddeven-scheme-in-new-delhi-delhi-high-court-asks-if-oddeven-rule-can-be-discontinued-by-friday/article8072610.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 168,
     [], ['January 15']),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/international/japan-terms-nkoreas-hbomb-test-as-significant-threat/article8072450.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 160,
     [('5.1-magnitude', 5.1, None)], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/international/bangladesh-court-upholds-death-sentence-to-top-islamist-leader/article8072386.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 266,
     [], ['1971']),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/mumbai/amol-muzumdar-on-pranav-dhanawades-1000-runs/article8071536.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 112,
     [('eight Ranji Trophy titles', 8, None)], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/national/200-kg-of-relief-material-arrives-from-delhi-for-flood-victims/article8069514.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 199, 266,
     [('nearly 200 kg', 200, 'kg')], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/Madurai/cbcid-gets-two-more-months-time-to-crack-ramajeyam-murder-case/article8070502.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 269,
     [('two more months', 2, 'month')], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/Mangalore/district-police-starts-operation-muskan-2/article8071097.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 248,
     [], ['Muskan 2']),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/national/karnataka/man-held-on-charge-of-attempt-to-kill-daughter/article8071242.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 242,
     [], ['45']),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/chennai/wiring-work-on-at-ward-213/article8070441.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 226,
     [], ['ward 213']),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/Madurai/dalits-protest-nonallocation-of-land/article8070510.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 242,
     [('Sixty-eight families', 68, None)], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/national/telangana/telangana-bhavan-at-sabarimala-for-ayyappa-devotees-etala/article8071395.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 263,
     [('five acres', 5, None)], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/national/karnataka/lack-of-postmonsoon-rain-spells-doom-for-rabi-crops/article8070775.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 173,
     [('36,769 hectares', 36769, None)], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/national/tamil-nadu/gate-at-kulavanigarpuram-level-crossing-crashes-miraculous-escape-for-public/article8070703.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 282,
     [('two steel gates', 2, None)], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/national/other-states/bodies-of-couple-recovered/article8070184.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 231,
     [('around five years', 5, 'year')], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/chennai/continued-incarceration-of-fishermen-matter-of-concern/article8070496.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 261,
     [('20 fishermen', 20, None), ('four incidents', 4, None), ('24 hours', 24, 'hour')], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/Mangalore/briefly/article8071109.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 212,
     [], ['16605']),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/chennai/court-seeks-report-on-aiadmk-flex-boards/article8070504.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 245,
     [('five ruling party MLAs', 5, None), ('350 digital banners', 350, None)], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/national/other-states/modern-train-coaches-have-many-new-facilities/article8070208.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 250,
     [('24 ultra-modern coaches', 24, None)], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/Hyderabad/skaters-return-with-rich-haul/article8070806.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 234,
     [('33', 33, None), ('19 gold', 19, None), ('10 silver', 10, None), ('four bronze', 4, None)], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/Visakhapatnam/drda-training-programme/article8071490.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 228,
     [], ['17-1/2']),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/national/karnataka/budding-scientist-designs-safety-bus/article8070417.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 205, 241,
     [], ['class 10']),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/Coimbatore/kashmir-flycatcher-sighted/article8070524.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 231,
     [], ['2015']),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/bangalore/cabinet-clears-investment-worth-rs-23000-crore/article8071248.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 248,
     [('Rs. 23,000 crore', 230000000000.0, 'INR'), ('Rs. 23,382.20 crore', 233822000000.0, 'INR'), ('three new', 3, None)], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/national/kerala/chinese-fishing-nets/article8070981.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 225,
     [('dozen', 12, None), ('Rs 1.50 crore', 15000000.0, 'INR')], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/mumbai/tcif-invests-5m-in-alef-mobitech/article8071170.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 238,
     [('$5m', 5000000.0, 'USD'), ('around $5 million', 5000000.0, 'USD')], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/national/tamil-nadu/prices-down-but-not-out/article8070675.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 229,
     [('Rs. 1,200', 1200, 'INR')], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/Coimbatore/roundtheclock-vigil/article8070534.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 167,
     [('four personnel', 4, None)], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/Thiruvananthapuram/from-us-to-learn-from-kudumbasree/article8071405.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 241,
     [('10-member team', 10, None)], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/Vijayawada/with-hands-cuffed-he-was-made-to-drag-his-bag/article8071477.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 107, 241,
     [('two other officers', 2, None)], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/national/andhra-pradesh/chittoor-tops-country-in-nregs-wage-disbursal/article8070295.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 250,
     [('9,70,000', 970000, None), ('one lakh', 100000.0, None)], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/national/kerala/clash-of-school-talents-begins/article8071015.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 235,
     [('four-day', 4, None)], ['28th']),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/mumbai/astarc-group-bets-on-startups/article8071178.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 184,
     [('33 years', 33, 'year')], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/mumbai/astarc-group-bets-on-startups/article8071178.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 184, 234,
     [('Rs 500-crore', 5000000000.0, 'INR')], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/Madurai/cbcid-gets-more-time-in-ramajeyam-murder-case/article8071089.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 251,
     [('two more months', 2, 'month')], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/national/tamil-nadu/initiate-action-against-encroachments/article8070735.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 244,
     [], ['35']),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/bangalore/notices-to-13-malls-for-violations/article8070386.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 239,
     [('13 malls', 13, None)], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/national/andhra-pradesh/mystery-shrouds-death-of-woman/article8071486.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 192,
     [], ['20-year-old']),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/national/kerala/edge-for-veliyam-over-chathannur/article8071021.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 233,
     [], ['186', '184']),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/national/tamil-nadu/two-get-seven-years-imprisonment/article8070737.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 237,
     [('seven years', 7, 'year')], ['2011']),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/national/andhra-pradesh/more-cases-filed-against-chintu/article8070303.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 236,
     [('three others', 3, None)], ['420', '384']),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/national/tamil-nadu/elephants-leave-for-rejuvenation-camp/article8070687.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 242,
     [('Eight elephants', 8, None)], ['January 7']),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/mumbai/news/biker-thrown-off-dadar-flyover-dies/article8071202.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 125,
     [], ['43-year-old']),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/bangalore/driver-associates-held-for-robbing-his-employer/article8070392.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 253,
     [('Rs. 46 lakh', 4600000.0, 'INR'), ('gang of four', 4, None)], ['December 20', '22']),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/chennai/four-incidents-of-drowning-off-chennai-beaches/article8071348.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 251,
     [('Four people', 4, None)], ['29']),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/national/other-states/1000-traffic-cops-to-get-pistols/article8070254.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 238,
     [('1,000 traffic cops', 1000, None)], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/Kochi/man-arrested-for-abusing-daughter/article8070915.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 189,
     [], ['50-year-old']),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/bangalore/iimb-tops-central-asia-rankings/article8070394.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 225,
     [('Three of its', 3, None)], ['2015-16']),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/Coimbatore/increase-minimum-support-price-for-copra/article8070573.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0, 241,
     [('Rs. 100', 100, 'INR')], []),
    # stop 54: the body after the headline of items no numbers pool table pointed into yet (claims tables may);
    # labelled before the reader was run, rows with no claim left out. Main and this stop read them alike
    ('thehindu-news.xml', 'http://www.thehindu.com/news/international/china-says-north-koreas-nuke-test-highly-regrettable/article8073011.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 57, 204,
     [], ['six-party']),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/mumbai/sanjay-dutt-to-be-released-on-february-27/article8072577.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 43, 245,
     [], ['February 27']),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/national/other-states/bjp-slams-deputy-chief-minister/article8070620.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 33, 236,
     [('two special secretaries', 2, None)], []),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/Delhi/youth-congress-protests-policy/article8070614.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 32, 235,
     [], ['January 1']),
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/Delhi/water-supply-in-south-delhi-to-be-affected/article8070626.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 44, 247,
     [], ['January 7']),
    ('dailymail-home.xml', 'https://www.dailymail.co.uk/news/article-10006697/Retired-NHS-worker-suffered-slow-death-medics-accidentally-feeding-tube-lung.html?ns_mchannel=rss&ito=1490&ns_campaign=1490', 101, 300,
     [], ['77', 'February 2018']),
    ('guardian-truncated-fragment.xml', 'http://www.theguardian.com/sport/2016/jan/12/orlando-magic-toronto-raptors-nba-london', 86, 911,
     [], ['6 November', 'sixth']),
    ('guardian-truncated-fragment.xml', 'http://www.theguardian.com/commentisfree/2016/jan/12/learn-love-dad-alcohol-sobered-up', 73, 789,
     [('two years', 2, 'year')], ['2005', '2007']),
    ('guardian-truncated-fragment.xml', 'http://www.theguardian.com/society/2016/jan/12/local-government-floods-fighting-stay-afloat', 84, 1075,
     [('more than 60%', 60, 'percent')], []),
    ('guardian-truncated-fragment.xml', 'http://www.theguardian.com/commentisfree/2016/jan/12/democratic-presidential-candidates-black-and-brown-forum-iowa-primary', 90, 840,
     [('about two weeks', 2, 'week')], []),
    ('guardian-truncated-fragment.xml', 'http://www.theguardian.com/technology/2016/jan/12/apple-good-sleep-new-iphone-feature-night-shift', 61, 771,
     [], ['9.3']),
    ('guardian-truncated-fragment.xml', 'http://www.theguardian.com/fashion/2016/jan/12/creed-rocky-spinoff-classic-workout-grey-marl-sweatshirt', 42, 655,
     [], ['5K', '40th']),
    ('guardian-uk-network-front.xml', 'http://www.theguardian.com/careers/2016/jan/11/working-as-a-journalist-on-zero-hour-contracts-feels-grossly-hypocritical', 75, 703,
     [], ['zero-hour']),
    ('guardian-us-front.xml', 'https://www.theguardian.com/lifeandstyle/2018/jan/31/eat-it-without-the-guilt-the-story-of-the-worlds-first-clean-foie-gras', 77, 697,
     [('fifteen years', 15, 'year')], ['January 2017']),
    ('guardian-us-front.xml', 'https://www.theguardian.com/film/2018/jan/31/greatest-oscar-winners-best-director-of-all-time-francis-ford-coppola-kathryn-bigelow-frank-capra', 68, 1993,
     [('five nominees', 5, None)], ['1934']),
]

# (feed file, guid, start) -> why the reader still gets the row wrong
STILL_WRONG = {
    ('cnn-hp-hero.xml', 'https://www.cnn.com/videos/health/2022/07/26/mount-sinai-hospital-sleep-techs-lbb-orig.cnn', 0):
        'a vague plural inside "one of the millions of Americans" is left unread',
    ('dailymail-home.xml', 'https://www.dailymail.co.uk/news/article-10006439/Six-children-living-Victorian-slum-house-parents-admit-child-cruelty-charges.html?ns_mchannel=rss&ito=1490&ns_campaign=1490', 0):
        'the figure is in the headline, which runs into the standfirst with no full stop; the claim leaves it out',
    ('dailymail-home.xml', 'https://www.dailymail.co.uk/news/article-10008119/Two-married-police-officers-IGNORED-call-outs-assault-burglary-sex-squad-car.html?ns_mchannel=rss&ito=1490&ns_campaign=1490', 0):
        'the figure is in the headline, which runs into the standfirst with no full stop; the claim leaves it out',
    ('latimes-california.xml', 'https://www.latimes.com/california/story/2021-10-15/santa-ana-winds-bring-critical-fire-danger-red-flag-warning', 0):
        'a time of day written "6 a.m" with no last full stop is read as a count',
    ('smh-latest-news.xml', 'p58tby', 0):
        'the figure is in the headline, which runs into the standfirst with no full stop; the claim leaves it out',
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/bangalore/cabinet-clears-investment-worth-rs-23000-crore/article8071248.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0):
        'the figure is in the headline, which runs into the standfirst with no full stop; the claim leaves it out',
    ('thehindu-news.xml', 'http://www.thehindu.com/news/national/kerala/chinese-fishing-nets/article8070981.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0):
        '"The dozen iconic Chinese fishing nets": a dozen after "the" is taken to refer, so no figure is read',
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/mumbai/tcif-invests-5m-in-alef-mobitech/article8071170.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0):
        'the figure is in the headline, which runs into the standfirst with no full stop; the claim leaves it out',
    ('thehindu-news.xml', 'http://www.thehindu.com/news/national/kerala/edge-for-veliyam-over-chathannur/article8071021.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0):
        'points tallies in brackets after a name ("sub-district (186)") are read as counts',
    ('thehindu-news.xml', 'http://www.thehindu.com/news/national/andhra-pradesh/more-cases-filed-against-chintu/article8070303.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0):
        'the list runs into the cut ("384 an..."): its last figure has no join after it and is read as a count',
    ('thehindu-news.xml', 'http://www.thehindu.com/news/cities/bangalore/driver-associates-held-for-robbing-his-employer/article8070392.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 0):
        '"a gang of four" is no count the reader knows',
    ('thehindu-news.xml', 'http://www.thehindu.com/news/international/china-says-north-koreas-nuke-test-highly-regrettable/article8073011.ece?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication', 57):
        '"six-party talks" names the talks; the hyphened kind after a number word is read as a count of parties',
    ('guardian-truncated-fragment.xml', 'http://www.theguardian.com/society/2016/jan/12/local-government-floods-fighting-stay-afloat', 84):
        'the standfirst\'s "may have caused more than 60% of the damage" is no claim the reader keeps the figure of',
    ('guardian-truncated-fragment.xml', 'http://www.theguardian.com/technology/2016/jan/12/apple-good-sleep-new-iphone-feature-night-shift', 61):
        'a software version ("iOS 9.3") is read as a figure',
    ('guardian-truncated-fragment.xml', 'http://www.theguardian.com/fashion/2016/jan/12/creed-rocky-spinoff-classic-workout-grey-marl-sweatshirt', 42):
        'a race\'s name ("your 5K run") is read as a count of runs',
    ('guardian-us-front.xml', 'https://www.theguardian.com/film/2018/jan/31/greatest-oscar-winners-best-director-of-all-time-francis-ford-coppola-kathryn-bigelow-frank-capra', 68):
        '"crowns one of five nominees": the count inside "one of" is not read',
}


@pytest.mark.parametrize("feed,guid,start,end,figures,not_figures", [
    pytest.param(*row, id=f"{row[0]}:{row[1].split('?')[0][-40:]}:{row[2]}",
                 marks=[strict_xfail(STILL_WRONG[row[:3]])] if row[:3] in STILL_WRONG else [])
    for row in SHORT_POOL])
def test_short_pool_copy_reads_its_figures(extractor, feed, guid, start, end, figures, not_figures):
    assert_reads_figures(extractor, pool_text(feed, guid)[start:end].strip(), figures, not_figures)
