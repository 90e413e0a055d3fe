"""A second probe set of ordinary news copy for the number reader, of other kinds than test_numbers_general's:
sport results and records, elections and polls with their margins, markets, inflation, casualties, money in
words, hedged counts, measures, lengths of time that are and are not figures, figures inside and outside the
claim, and numbers that name a thing (models, groups, articles, roads, phone numbers, addresses, clock times).

Each sentence was written for NewsRadar (CC0); it is no label batch and no bench row. Units follow
bench/data/README.md: ISO codes for money, ``percent``, ``percentage point``, the counted noun's singular lemma,
``celsius``; ``None`` means any unit (a share, a toll, points of a poll). A figure matches when its words overlap
the expected words, as the bench matches them.
"""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import assert_reads_figures, figure_probes

# (sentence, [(words of the figure, value, unit)], [words that are no figure])
PROBES = [
    # sport results and records
    ("The club said the striker had scored 31 goals this season, a record.", [("31 goals", 31, "goal")], []),
    ("Organisers said more than 8,000 runners took part in the 10km race.",
     [("more than 8,000 runners", 8000, "runner"), ("10km", 10, "km")], []),
    ("The federation said the hosts won 4-2 on penalties.", [], ["4-2"]),
    ("The league said the champions finished 12 points clear at the top.", [("12 points", 12, "point")], []),
    ("The Olympic committee said the Games would feature 329 events.", [("329 events", 329, "event")], []),
    ("The governing body said the 2022 final drew 88,966 fans.", [("88,966 fans", 88966, "fan")], ["2022"]),
    # elections and polls
    ("The electoral commission said turnout was 61.4 per cent, down from 67.3 per cent in 2019.",
     [("61.4 per cent", 61.4, "percent"), ("67.3 per cent", 67.3, "percent")], ["2019"]),
    ("The pollster said Labour led by 14 points, with a margin of error of 3 percentage points.",
     [("14 points", 14, None), ("3 percentage points", 3, "percentage point")], []),
    ("Officials said the president won 52.3% of the vote against 46.1% for her rival.",
     [("52.3%", 52.3, "percent"), ("46.1%", 46.1, "percent")], []),
    ("The commission said the alliance had won 271 of the 543 seats.",
     [("271", 271, None), ("543 seats", 543, "seat")], []),
    ("The election board said the senator won by 1,203 votes.", [("1,203 votes", 1203, "vote")], []),
    ("The survey found three-quarters of voters backed the ban, the pollster said.",
     [("three-quarters", 0.75, None)], []),
    ("The union said two-fifths of nurses planned to quit.", [("two-fifths", 0.4, None)], []),
    # markets
    ("Traders said shares fell 3.2% to 141.50 pence.",
     [("3.2%", 3.2, "percent"), ("141.50 pence", 141.5, "GBX")], []),
    ("The exchange said the index closed up 1.8 per cent at 7,412 points.",
     [("1.8 per cent", 1.8, "percent"), ("7,412 points", 7412, "point")], []),
    ("Analysts said the stock had lost a third of its value since January.", [("a third", 1 / 3, None)], []),
    ("The company said its market value topped $3 trillion on Tuesday.", [("$3 trillion", 3e12, "USD")], []),
    ("Brokers said oil rose to $84.20 a barrel.", [("$84.20", 84.2, "USD")], []),
    # inflation and rates
    ("The statistics office said inflation rose to 4.1% from 3.9% in May.",
     [("4.1%", 4.1, "percent"), ("3.9%", 3.9, "percent")], []),
    ("The central bank said it raised its main rate to 5.25 per cent.", [("5.25 per cent", 5.25, "percent")], []),
    ("Economists said the economy shrank by 0.3% in the last quarter.", [("0.3%", 0.3, "percent")], ["quarter"]),
    # casualties
    ("Police said at least 12 people were dead and dozens injured.",
     [("at least 12 people", 12, "people"), ("dozens", 12, None)], []),
    ("Health officials said the death toll had risen to 63.", [("63", 63, None)], []),
    ("The army said 27 soldiers and four civilians were killed in the attack.",
     [("27 soldiers", 27, "soldier"), ("four civilians", 4, "civilian")], []),
    ("Rescue workers said some 300 people were still missing.", [("some 300 people", 300, "people")], []),
    ("The fire service said 150 firefighters tackled the blaze.", [("150 firefighters", 150, "firefighter")], []),
    # money in words and other dollars
    ("The government said the bailout would cost half a billion euros.",
     [("half a billion euros", 5e8, "EUR")], []),
    ("The charity said it had raised a quarter of a million pounds.",
     [("a quarter of a million pounds", 2.5e5, "GBP")], []),
    ("The mayor said the repairs would cost two million dollars.", [("two million dollars", 2e6, "USD")], []),
    ("The minister said the state owed its creditors 1.5 trillion rupees.",
     [("1.5 trillion rupees", 1.5e12, "INR")], []),
    ("The bank said it lost 3 billion Hong Kong dollars on the deal.",
     [("3 billion Hong Kong dollars", 3e9, "HKD")], []),
    ("The airline said it would receive 600 million Canadian dollars in aid.",
     [("600 million Canadian dollars", 6e8, "CAD")], []),
    ("The miner said it would invest 2 billion Australian dollars in the project.",
     [("2 billion Australian dollars", 2e9, "AUD")], []),
    ("The club said ticket prices would rise by £5 to £45.", [("£5", 5, "GBP"), ("£45", 45, "GBP")], []),
    # approximations
    ("Analysts said roughly 40% of orders came from abroad.", [("roughly 40%", 40, "percent")], []),
    ("The charity said some 300 volunteers had turned out.", [("some 300 volunteers", 300, "volunteer")], []),
    ("Officials said around two dozen houses were damaged.", [("two dozen houses", 24, "house")], []),
    ("The agency said well over 1,000 flights were cancelled.", [("1,000 flights", 1000, "flight")], []),
    ("The minister said unemployment had fallen by 40,000 to 1.3 million.",
     [("40,000", 40000, None), ("1.3 million", 1.3e6, None)], []),
    ("The union said its 1,200 members had voted 87% in favour of a strike.",
     [("1,200 members", 1200, "member"), ("87%", 87, "percent")], []),
    ("The school board said 1,450 pupils had enrolled this year.", [("1,450 pupils", 1450, "pupil")], []),
    # measures
    ("The survey agency said a 6.2-magnitude earthquake struck off the coast.",
     [("6.2-magnitude", 6.2, "magnitude")], []),
    ("The weather service said the hurricane had winds of 130 mph and was a Category 4 storm.",
     [("130 mph", 130, "mph")], ["4"]),
    ("Officials said the tower stands 828 metres tall.", [("828 metres", 828, "metre")], []),
    ("The ministry said the new bridge is 2.4 km long.", [("2.4 km", 2.4, "km")], []),
    ("The agency said the wildfire had burned 12,000 acres.", [("12,000 acres", 12000, "acre")], []),
    ("Engineers said the reactor produces 1,100 megawatts.", [("1,100 megawatts", 1100, "megawatt")], []),
    ("Forecasters said up to 150mm of rain could fall.", [("150mm", 150, "mm")], []),
    # lengths of time that are figures, and points in time that are not
    ("The union said the strike would last 48 hours.", [("48 hours", 48, "hour")], []),
    ("The firm said the plant had been closed for three years.", [("three years", 3, "year")], []),
    ("The report said the drought was the worst in 500 years.", [("500 years", 500, "year")], []),
    ("The minister said the law was passed three years ago.", [], ["three years"]),
    ("The team said the match would kick off at 7.45pm.", [], ["7.45"]),
    ("The minister said the clocks would go back at 2am on Sunday.", [], ["2am"]),
    # figures inside the quote, and outside the claim's content
    ("\"We have lost 200 jobs this year,\" the manager said.", [("200 jobs", 200, "job")], []),
    ("The minister, who took office 18 months ago, said 40 schools would be rebuilt.",
     [("40 schools", 40, "school")], ["18 months"]),
    ("Fed raises rates to 5.5%, the highest in 22 years, officials say",
     [("5.5%", 5.5, "percent"), ("22 years", 22, "year")], []),
    # numbers that name a thing
    ("The airline said its Airbus A320 jets would be refitted.", [], ["320"]),
    ("The leaders said the G7 would meet in June.", [], ["7"]),
    ("The ministry said Article 5 applied to the attack.", [], ["5"]),
    ("The health agency said COVID-19 cases rose by 12%.", [("12%", 12, "percent")], ["19"]),
    ("Police said the shop at 221 Baker Street had been raided.", [], ["221"]),
    ("The company said customers could call 1-800-555-0199 for refunds.", [], ["800", "0199"]),
    ("The singer, 42, said her tour had sold 1.2 million tickets.",
     [("1.2 million tickets", 1.2e6, "ticket")], ["42"]),
    ("The minister said the Boeing 787 order was worth $5.6 billion.", [("$5.6 billion", 5.6e9, "USD")], ["787"]),
    ("Police said Interstate 95 was closed for six hours.", [("six hours", 6, "hour")], ["95"]),
    ("The prime minister said the Five Eyes partners had agreed.", [], ["Five"]),
    ("The bank said its Formula 1 sponsorship would end.", [], ["1"]),
    # a second round, written after the first fixes: other wordings of the same kinds, and their look-alikes
    ("The exporter said it earned 40 million Singapore dollars last year.",
     [("40 million Singapore dollars", 4e7, "SGD")], []),
    ("The court ordered the firm to pay 15 million Argentine pesos, lawyers said.",
     [("15 million Argentine pesos", 1.5e7, "ARS")], []),
    ("Islamabad said the loan was worth 500 billion Pakistani rupees.",
     [("500 billion Pakistani rupees", 5e11, "PKR")], []),
    ("Officials said the bill came to 3 million Egyptian pounds.", [("3 million Egyptian pounds", 3e6, "EGP")], []),
    ("The central bank said it sold 2 billion US dollars to prop up the peso.",
     [("2 billion US dollars", 2e9, "USD")], []),
    ("The Canadian firm said it would pay 5 million dollars.", [("5 million dollars", 5e6, "USD")], []),
    ("The mayor said 20 Hong Kong residents paid 500 dollars each.",
     [("20", 20, "resident"), ("500 dollars", 500, "USD")], []),
    ("Police said a 1,000-pound bomb had exploded.", [("1,000-pound", 1000, "pound")], []),
    ("The retailer said the price of a loaf rose 12 pence.", [("12 pence", 12, "GBX")], []),
    ("Officials said 12 Pence aides had resigned since March.", [("12", 12, "aide")], []),
    ("In 2016 Pence said he backed the bill, aides said.", [], ["2016"]),
    ("Officials said the population grew by 40,000 to 1.3 million.",
     [("40,000", 40000, None), ("1.3 million", 1.3e6, None)], []),
    ("The agency said sales rose by 200 to 2.1 million.", [("200", 200, None), ("2.1 million", 2.1e6, None)], []),
    ("Analysts said subscribers fell from 150 to 12 million over the decade.",
     [("150", 1.5e8, None), ("12 million", 1.2e7, None)], []),
    ("The firm said it would hire 3 to 4 million workers.",
     [("3", 3e6, "worker"), ("4 million", 4e6, "worker")], []),
    ("The council said the bus leaves at 6.30am.", [], ["6.30"]),
    ("Officials said the polls close at 10 p.m. on Thursday.", [], ["10"]),
    ("The police said 30 people attended the 7pm vigil.", [("30 people", 30, "people")], ["7pm"]),
    ("The charity said people could ring 0300-123-4567 for advice.", [], ["0300", "4567"]),
    ("For refunds, customers could call 1-800-555-0199.", [], ["1-800-555-0199"]),
    ("The firm said 15-20-25 percent discounts would apply.",
     [("15", 15, None), ("20", 20, "percent"), ("25 percent", 25, "percent")], []),
    ("The coach said his side won 3-1 on Saturday.", [], ["3-1"]),
    ("Officials said the group met at 1600 Pennsylvania Avenue.", [], ["1600"]),
    ("The protesters said they marched to 10 Downing Street.", [], ["10"]),
    ("The embassy said the office at 55 Wall Street would reopen.", [], ["55"]),
    ("The army said it had killed 30 Taliban in the raid.", [("30", 30, None)], []),
    ("The company said 12 Tesla cars were recalled.", [("12", 12, "car")], []),
    ("The firm said its 200 Walmart stores would close.", [("200", 200, "store")], []),
    ("Witnesses said hundreds were arrested after the march.", [("hundreds", 100, None)], []),
    ("Organisers said thousands marched through the capital on Saturday.", [("thousands", 1000, None)], []),
    ("The army said the shelling had killed dozens.", [("dozens", 12, None)], []),
    ("The company said it had lost millions on the deal.", [], ["millions"]),
    ("Fans said they came in their thousands to see the team.", [], ["thousands"]),
    ("Officials said the volunteers arrived by the hundreds.", [], ["hundreds"]),
    ("The school said test scores had risen sharply.", [], ["scores"]),
]

# Probes the reader still gets wrong, and why.
STILL_WRONG: dict[str, str] = {
    "The minister said the law was passed three years ago.":
        "a length of time before 'ago' is read as a claim's figure on purpose (claim_details._DURATION); the "
        "labelling convention calls dates no numbers, and no dev row has one to settle it",
    "The agency said sales rose by 200 to 2.1 million.":
        "a range's small first figure takes the second's scale, as 'from 150 to 12 million' must; a rise 'by' a "
        "figure to a level is no range, but telling the two apart is left undone",
}


@pytest.mark.parametrize("sentence,figures,not_figures", figure_probes(PROBES, STILL_WRONG))
def test_numbers_news_reads_each_figure_and_no_other(extractor, sentence, figures, not_figures):
    assert_reads_figures(extractor, sentence, figures, not_figures)
