"""A probe set of ordinary news copy for the number reader: each sentence, written for NewsRadar (CC0) and no
label batch, with the figures an editor would read in it (text, value, unit) and the words that are no figure.

Units follow bench/data/README.md: ISO codes for money, ``percent``, ``percentage point``, the counted noun's
singular lemma ("people" stays "people"), ``celsius`` / ``fahrenheit``; ``None`` means any unit (a share, a
figure with no noun). A figure matches when its words overlap the expected words, as the bench matches them.
"""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import assert_reads_figures, figure_probes

# (sentence, [(words of the figure, value, unit)], [words that are no figure])
PROBES = [
    # money: symbols, scale words, foreign currencies
    ("The company said it would spend $1.2bn on new stores next year.", [("$1.2bn", 1.2e9, "USD")], []),
    ("The council said the scheme had cost £300m so far.", [("£300m", 3e8, "GBP")], []),
    ("The state government said it had set aside Rs 4,500 crore for the new highway.",
     [("Rs 4,500 crore", 4.5e10, "INR")], []),
    ("Brussels said it would lend €2 billion to the region's farmers.", [("€2 billion", 2e9, "EUR")], []),
    ("The lender said profits rose to 3.4 trillion won in the quarter.", [("3.4 trillion won", 3.4e12, "KRW")], []),
    ("The airline said it lost 45 million euros on the route last year.", [("45 million euros", 4.5e7, "EUR")], []),
    ("Officials said the dam would cost ¥120 billion.", [("¥120 billion", 1.2e11, "JPY")], []),
    ("The ministry said the fund was worth A$3.5 billion.", [("A$3.5 billion", 3.5e9, "AUD")], []),
    ("The central bank said it had sold 2.5 billion Swiss francs of foreign currency.",
     [("2.5 billion Swiss francs", 2.5e9, "CHF")], []),
    ("The firm said it paid a fine of 800,000 dollars.", [("800,000 dollars", 8e5, "USD")], []),
    ("The treasury said the tax would raise about $40 million a year.", [("about $40 million", 4e7, "USD")], []),
    ("The developer said the tower cost nearly half a billion dollars.", [("half a billion dollars", 5e8, "USD")], []),
    ("The regulator said the bank must pay R$1.5 billion in damages.", [("R$1.5 billion", 1.5e9, "BRL")], []),
    ("The union said each worker would get a bonus of 2,000 rand.", [("2,000 rand", 2000, "ZAR")], []),
    ("The club said the striker had joined for a fee of £45m.", [("£45m", 4.5e7, "GBP")], []),
    ("The government said the bill would add $1.9tn to the deficit.", [("$1.9tn", 1.9e12, "USD")], []),
    ("The minister said farmers would receive Rs 5 lakh each.", [("Rs 5 lakh", 5e5, "INR")], []),
    ("The agency said fuel now costs 700 naira a litre.", [("700 naira", 700, "NGN")], []),
    ("The company said tickets would rise to 85p.", [("85p", 85, "GBX")], []),
    # percentages and points
    ("The statistics office said unemployment fell to 4.2% in March.", [("4.2%", 4.2, "percent")], []),
    ("The survey found that 38 per cent of voters were undecided, the pollster said.",
     [("38 per cent", 38, "percent")], []),
    ("The bank said it would raise rates by half a percentage point.",
     [("half a percentage point", 0.5, "percentage point")], []),
    ("The central bank said it cut its key rate by 25 basis points.", [("25 basis points", 25, "basis point")], []),
    ("The party said its support had risen by three percentage points since May.",
     [("three percentage points", 3, "percentage point")], []),
    ("Analysts said the shares fell 12 percent on Tuesday.", [("12 percent", 12, "percent")], []),
    ("The report said seventy percent of the forest had been cleared.", [("seventy percent", 70, "percent")], []),
    # shares in words
    ("The charity said a third of children in the city lived in poverty.", [("a third", 1 / 3, None)], []),
    ("The study said one in five adults had skipped a meal to save money.", [("one in five", 0.2, None)], []),
    ("The ministry said two-thirds of schools had reopened.", [("two-thirds", 2 / 3, None)], []),
    ("Researchers said three quarters of the reefs were bleached.", [("three quarters", 0.75, None)], []),
    ("The agency said nine out of ten households now had internet access.", [("nine out of ten", 0.9, None)], []),
    # ranges
    ("Forecasters said 10 to 12 inches of snow could fall overnight.",
     [("10", 10, "inch"), ("12 inches", 12, "inch")], []),
    ("Officials said between 3 and 5 million people had been displaced.",
     [("3", 3e6, "people"), ("5 million people", 5e6, "people")], []),
    ("The company said it would cut between 200 and 300 jobs.", [("200", 200, "job"), ("300 jobs", 300, "job")], []),
    ("Economists said growth would be 2-3% this year.", [("2", 2, "percent"), ("3%", 3, "percent")], []),
    # hedges
    ("Police said more than 200 people had been arrested.", [("more than 200 people", 200, "people")], []),
    ("The coast guard said at least 14 migrants had drowned.", [("at least 14 migrants", 14, "migrant")], []),
    ("The mayor said up to 5,000 homes could lose power.", [("up to 5,000 homes", 5000, "home")], []),
    ("Organisers said nearly 40,000 runners had signed up.", [("nearly 40,000 runners", 40000, "runner")], []),
    ("The hospital said it treated about 300 patients a day.", [("about 300 patients", 300, "patient")], []),
    ("The agency said fewer than 50 rhinos remained in the park.", [("fewer than 50 rhinos", 50, "rhino")], []),
    # counts in words
    ("Witnesses said two dozen protesters were detained.", [("two dozen protesters", 24, "protester")], []),
    ("The army said hundreds of soldiers had been sent to the border.", [("hundreds of soldiers", 100, "soldier")], []),
    ("The UN said tens of thousands of people had fled the fighting.",
     [("tens of thousands of people", 1e4, "people")], []),
    ("Rescuers said fifteen miners were still trapped.", [("fifteen miners", 15, "miner")], []),
    ("The school said a dozen pupils had fallen ill.", [("a dozen pupils", 12, "pupil")], []),
    ("The health ministry said 1.2 million children had been vaccinated.",
     [("1.2 million children", 1.2e6, "child")], []),
    # not figures: ordinals, ranks, years, dates, ages, identifiers
    ("The club said it had finished third in the league for the second year running.", [], ["third", "second"]),
    ("The minister said the law, passed in 2019, had worked well.", [], ["2019"]),
    ("Police said the 34-year-old man was arrested on March 3.", [], ["34", "March 3"]),
    ("The company said customers could call 0800 123 4567 for help.", [], ["0800", "4567"]),
    ("Officials said flight BA117 had landed safely.", [], ["117"]),
    ("The ministry said Article 370 would not be restored.", [], ["370"]),
    ("The team said it was ranked 5th in the world.", [], ["5th"]),
    # ages, temperatures, distances, speeds, decimals
    ("Forecasters said temperatures would reach 38C on Friday.", [("38C", 38, "celsius")], []),
    ("The weather service said it was minus 12 degrees Celsius in the capital.",
     [("minus 12 degrees Celsius", -12, "celsius")], []),
    ("Officials said the fire had spread across 2,500 hectares.", [("2,500 hectares", 2500, "hectare")], []),
    ("The police said the driver was travelling at 110 mph.", [("110 mph", 110, "mph")], []),
    ("The company said the pipeline would run for 1,200 kilometres.", [("1,200 kilometres", 1200, "kilometre")], []),
    ("The agency said the quake struck at a depth of 10km.", [("10km", 10, "km")], []),
    ("The ministry said 3.5 million tonnes of wheat had been exported.", [("3.5 million tonnes", 3.5e6, "tonne")], []),
    ("The farmers said they had lost 400 head of cattle.", [("400 head", 400, None)], []),
    ("The airport said the runway was 3.2 miles long.", [("3.2 miles", 3.2, "mile")], []),
    # sports scores
    ("The coach said the 3-1 win over Leeds showed the side's spirit.", [], ["3-1"]),
    ("The bank said inflation eased to 2,5% in the eurozone.", [("2,5%", 2.5, "percent")], []),
    ("The broker said the fund returned 3,75 percent last year.", [("3,75 percent", 3.75, "percent")], []),
    ("The survey said four in 10 renters had fallen behind on payments.", [("four in 10", 0.4, None)], []),
    ("The report said a quarter of hospitals lacked enough nurses.", [("a quarter", 0.25, None)], []),
    ("The institute said half of all graduates left the region.", [("half", 0.5, None)], []),
    ("The company said revenue would be $5bn-$6bn this year.", [("$5bn", 5e9, "USD"), ("$6bn", 6e9, "USD")], []),
    ("The ministry said obesity rose from 8.8% to 18.5% in a decade.",
     [("8.8%", 8.8, "percent"), ("18.5%", 18.5, "percent")], []),
    ("Police said 60-70 people had gathered outside the court.",
     [("60", 60, "people"), ("70 people", 70, "people")], []),
    ("The county said Ksh 2 billion had gone missing.", [("Ksh 2 billion", 2e9, "KES")], []),
    ("The agency said 1.5m people had no clean water.", [("1.5m people", 1.5e6, "people")], []),
    ("The weather service said the low would be -5C overnight.", [("-5C", -5, "celsius")], []),
    ("Officials said the heat index hit 110F on Sunday.", [("110F", 110, "fahrenheit")], []),
    ("Police said the car was doing 150km/h in a 50 zone.", [("150km/h", 150, "km/h")], []),
    ("The firm said sales had doubled to 4.4 million units.", [("4.4 million units", 4.4e6, "unit")], []),
    ("The company said profit in the third quarter was $2.1 billion.",
     [("$2.1 billion", 2.1e9, "USD")], ["third quarter"]),
    ("The manager said the side had played better in the second half.", [], ["second half"]),
    ("The WHO said COVID-19 deaths had fallen.", [], ["19"]),
    ("The air force said it would buy 24 F-35 jets.", [("24", 24, "jet")], ["35"]),
    ("The airline said its Boeing 737 fleet would stay grounded.", [], ["737"]),
    ("The embassy said callers should ring +44 20 7946 0000.", [], ["7946", "0000"]),
    ("The coach said his team deserved to win 2-0.", [], ["2-0"]),
    # a tally of votes is no quantity, as a score is not (bench/data/README.md: "six votes to three")
    ("The senator said the bill passed by 52 votes to 48.", [], ["52", "48"]),
    ("Doctors said the patient, aged 45, was stable.", [], ["45"]),
    ("The charity said the man, in his 60s, had been homeless for years.", [], ["60s"]),
    ("Officials said the programme began in the 1990s.", [], ["1990s"]),
    ("The court said the case would resume on 12 May.", [], ["12 May"]),
    ("The mayor said the city had planted 1 million trees since 2015.", [("1 million trees", 1e6, "tree")], ["2015"]),
    ("The survey said nearly a third of firms planned to hire.", [("nearly a third", 1 / 3, None)], []),
    ("The agency said the storm packed winds of 185 km/h.", [("185 km/h", 185, "km/h")], []),
    ("The report said the glacier had shrunk by 40 metres a year.", [("40 metres", 40, "metre")], []),
    ("The ministry said the vaccine was 94.5% effective.", [("94.5%", 94.5, "percent")], []),
    ("Police said the seized drugs were worth £2.5 million.", [("£2.5 million", 2.5e6, "GBP")], []),
    ("The firm said it had hired several hundred engineers.", [("several hundred engineers", 300, "engineer")], []),
    ("The authorities said thousands of homes were flooded.", [("thousands of homes", 1000, "home")], []),
    ("The league said the final drew 90,000 fans.", [("90,000 fans", 90000, "fan")], []),
    # shares of something named, and fractions that are a place in an order or a part of a time
    ("Taxi drivers said they had lost a fifth of their fares.", [("a fifth", 0.2, None)], []),
    ("The fisherman said he had lost half his catch.", [("half", 0.5, None)], []),
    ("The minister said a quarter of the budget went on defence.", [("a quarter", 0.25, None)], []),
    ("The manager said the team played badly in the second half of the match.", [], ["half"]),
    ("The firm said profits rose in the first half of the year.", [], ["half"]),
    ("The club said it was a fifth straight win.", [], ["fifth"]),
    # a plural the model does not know
    ("The supermarket said it would shut 17 cafés.", [("17 cafés", 17, "café")], []),
    ("The council said 12 premises were raided.", [("12 premises", 12, "premise")], []),
    # lengths of time, alone and as ranges
    ("Doctors said patients waited 8-10 hours in the emergency ward.",
     [("8", 8, "hour"), ("10 hours", 10, "hour")], []),
    ("The court said he faced 5-10 years in prison.", [("5", 5, "year"), ("10 years", 10, "year")], []),
    ("The agency said repairs would take three weeks.", [("three weeks", 3, "week")], []),
    ("The historian said the war lasted from 1939-1945.", [], ["1939", "1945"]),
    # a second round, written after the first fixes: other wordings of the same kinds
    ("The bank said it would lend EUR 5 million to the startups.", [("EUR 5 million", 5e6, "EUR")], []),
    ("The ministry said exports reached 5 million USD in June.", [("5 million USD", 5e6, "USD")], []),
    ("The airline said it had raised $US4 billion from investors.", [("$US4 billion", 4e9, "USD")], []),
    ("The government said it had approved ₹500 crore for the scheme.", [("₹500 crore", 5e9, "INR")], []),
    ("The court said the firm must repay Rs. 2.3 lakh to each buyer.", [("Rs. 2.3 lakh", 2.3e5, "INR")], []),
    ("The company said the deal was worth 1.2 trillion yen.", [("1.2 trillion yen", 1.2e12, "JPY")], []),
    ("The bank said it would pay CHF 40m in fines.", [("CHF 40m", 4e7, "CHF")], []),
    ("The treasury said the shortfall was $3 bn this year.", [("$3 bn", 3e9, "USD")], []),
    ("The firm said wages rose 3.5pc in the year to May.", [("3.5pc", 3.5, "percent")], []),
    ("The poll found more than a third of voters were undecided, the pollster said.", [("a third", 1 / 3, None)], []),
    ("The charity said nearly half of the children went hungry.", [("half", 0.5, None)], []),
    ("The agency said twice as many people applied this year.", [("twice", 2, "time")], []),
    ("The report said the cost was three times the original estimate.", [("three times", 3, "time")], []),
    ("Police said dozens of cars were set alight.", [("dozens of cars", 12, "car")], []),
    ("Officials said scores of villagers had fled.", [("scores of villagers", 20, "villager")], []),
    ("The weather service said it would reach 40 degrees Fahrenheit.",
     [("40 degrees Fahrenheit", 40, "fahrenheit")], []),
    ("Forecasters said the city would see 30°C on Monday.", [("30°C", 30, "celsius")], []),
    ("The rescuers said the hikers walked 5 miles to safety.", [("5 miles", 5, "mile")], []),
    ("The army said the convoy was 20 kilometres from the border.", [("20 kilometres", 20, "kilometre")], []),
    ("Police said the car hit 70mph on the bypass.", [("70mph", 70, "mph")], []),
    ("Customs said it seized 2kg of cocaine.", [("2kg", 2, "kg")], []),
    ("The port said 15 tonnes of fish had rotted.", [("15 tonnes", 15, "tonne")], []),
    ("The agency said the fire burned 2,000 square kilometres.", [("2,000 square kilometres", 2000, None)], []),
    ("Doctors said the 72-year-old was recovering.", [], ["72"]),
    ("The mayor said the 20th anniversary would be marked quietly.", [], ["20th"]),
    ("The minister said No. 10 had not been told.", [], ["10"]),
    ("Police said the crash closed the M25 for hours.", [], ["25"]),
    ("The firm said the iPhone 15 sold well.", [], ["15"]),
    ("The manager said the side beat Rovers 4-1.", [], ["4-1"]),
    ("The coach said the 24-17 victory was hard won.", [], ["24-17"]),
    ("The UN said 1.1 million refugees had returned.", [("1.1 million refugees", 1.1e6, "refugee")], []),
    ("Officials said about 1,500 homes had no power.", [("about 1,500 homes", 1500, "home")], []),
    ("The union said 12,000 nurses would strike.", [("12,000 nurses", 12000, "nurse")], []),
    ("Seventeen villages were cut off, the report said.", [("Seventeen villages", 17, "village")], []),
    ("The company said it would shed a further 2,000 jobs.", [("2,000 jobs", 2000, "job")], []),
    ("The bank said inflation would fall to 2 per cent by 2026.", [("2 per cent", 2, "percent")], ["2026"]),
    ("The charity said one in four children lived in poverty.", [("one in four", 0.25, None)], []),
    ("The survey said 4 out of 5 dentists agreed.", [("4 out of 5", 0.8, None)], []),
    ("The ministry said rates rose by 0.25 percentage points.",
     [("0.25 percentage points", 0.25, "percentage point")], []),
    ("The agency said prices were up 7 per cent on a year earlier.", [("7 per cent", 7, "percent")], []),
    ("The firm said the 50 CAD files were lost.", [("50", 50, "file")], []),
    ("The club said its No. 1 goalkeeper was injured.", [], ["1"]),
    ("The bank said it lent KES 300m to farmers.", [("KES 300m", 3e8, "KES")], []),
    ("Forecasters said it would hit 86 °F in Dallas.", [("86 °F", 86, "fahrenheit")], []),
    ("The judge said he had been arrested three times.", [("three times", 3, "time")], []),
    # a third round: spelled counts the model leaves untagged, figures that name a thing, lengths of time
    ("Nineteen counties were placed under a fire warning, the state said.", [("Nineteen counties", 19, "county")], []),
    ("Twelve boats sank in the harbour, the coastguard said.", [("Twelve boats", 12, "boat")], []),
    ("The parents said they got only five days' notice of the closure.", [("five days", 5, "day")], []),
    ("The couple said they had been married for more than 50 years.", [("more than 50 years", 50, "year")], []),
    ("The court heard the trial would last two weeks, prosecutors said.", [("two weeks", 2, "week")], []),
    ("The company said it had cut 1,200 jobs over the past 18 months.",
     [("1,200 jobs", 1200, "job"), ("18 months", 18, "month")], []),
    ("Eleven people were injured in the blast, police said.", [("Eleven people", 11, "people")], []),
    ("The agency said some 5,000 people had been evacuated.", [("some 5,000 people", 5000, "people")], []),
    ("Officials said almost 90% of the town was without power.", [("almost 90%", 90, "percent")], []),
    ("The index fell 2.3 points on Friday, traders said.", [("2.3 points", 2.3, "point")], []),
    ("The firm said its shares jumped 14.5 per cent.", [("14.5 per cent", 14.5, "percent")], []),
    ("The watchdog said fares would rise by an average of 4.9%.", [("4.9%", 4.9, "percent")], []),
    ("The bank said it earned £1.2bn in the first half.", [("£1.2bn", 1.2e9, "GBP")], []),
    ("The ministry said the plan would cost Sh1.5bn.", [("Sh1.5bn", 1.5e9, "KES")], []),
    ("The regulator said the lender was fined 2 million pounds.", [("2 million pounds", 2e6, "GBP")], []),
    ("The government said 300,000 tonnes of grain had been shipped.", [("300,000 tonnes", 3e5, "tonne")], []),
    ("Rescuers said the boat was carrying at least 60 people.", [("at least 60 people", 60, "people")], []),
    ("The report said a million children were out of school.", [("a million children", 1e6, "child")], []),
    ("The charity said a quarter of a million people needed food aid.",
     [("a quarter of a million", 2.5e5, "people")], []),
    ("Organisers said three quarters of a million tickets had been sold.",
     [("three quarters of a million", 7.5e5, "ticket")], []),
    ("Officials said the blaze had destroyed 40 homes in two days.",
     [("40 homes", 40, "home"), ("two days", 2, "day")], []),
    ("The minister said the country would take in 20,000 refugees by 2027.",
     [("20,000 refugees", 20000, "refugee")], ["2027"]),
    ("The mayor said the 1,000-year-old church would be restored.", [], ["1,000"]),
    ("The club said the 19-year-old had signed a five-year contract.", [("five-year", 5, "year")], ["19"]),
    ("The report said room 101 had been sealed.", [], ["101"]),
    ("The airline said flight 370 had vanished.", [], ["370"]),
    ("Police said the suspect, 28, had been charged.", [], ["28"]),
    ("The agency said the rate was 0.5 per cent, down from 0.75 per cent.",
     [("0.5 per cent", 0.5, "percent"), ("0.75 per cent", 0.75, "percent")], []),
    ("Experts said the fall was the sharpest in 40 years.", [("40 years", 40, "year")], []),
    ("The league said Arsenal won 3-0 at Anfield.", [], ["3-0"]),
    ("The union said Stage 3 talks would start.", [], ["3"]),
    ("Forecasters said a Category 4 hurricane was approaching.", [], ["4"]),
    ("The court said the five defendants were guilty.", [("five defendants", 5, "defendant")], []),
    # look-alikes of the rules above
    ("The charity said one out of every four homes in the town lacked heating.",
     [("one out of every four", 0.25, None)], []),
    ("The striker's agent said he scored two in 10 minutes.", [('10 minutes', 10, 'minute')], ['two in 10']),
    ("The Lakers won 112-104 on Sunday, the team said.", [], ["112-104"]),
    ("The lawyer said the court ruled 6-3 to uphold the ban.", [], ["6-3"]),
    ("The club said the side lost 1-2 at home.", [], ["1-2"]),
    ("Officials said growth would be 10-15% over the period.", [("10", 10, "percent"), ("15%", 15, "percent")], []),
    ("The ministry said it spent Rs 1,23,456 on the event.", [("Rs 1,23,456", 123456, "INR")], []),
    ("The bank said the economy grew 1,5 percent.", [("1,5 percent", 1.5, "percent")], []),
    ("The company said it would build 3m homes.", [("3m", 3e6, "home")], []),
    ("The architect said a 30m tower would be built.", [("30m", 30, None)], []),
    ("The Met Office said frost was likely as it dropped to -4C.", [("-4C", -4, "celsius")], []),
    ("The manager said seat 12F was broken.", [], ["12F"]),
    ("The captain said the team scored 25 points.", [("25 points", 25, "point")], []),
    ("The company said the help desk ran 24/7.", [], ["24/7"]),
    ("The senator said the 9/11 attacks changed everything.", [], ["9/11"]),
    ("The ranger said the trail was 3 1/2 miles long.", [("3 1/2 miles", 3.5, "mile")], []),
    ("Officials said between 40 and 50 homes were destroyed.", [("40", 40, "home"), ("50 homes", 50, "home")], []),
    ("The engineers said the water moved at 3 m/s.", [("3 m/s", 3, "m/s")], []),
    # "Times" capitalised is a name, not a multiple (review of f31ee17)
    ("The paper said 12 Times journalists were laid off.", [("12", 12, "journalist")], []),
    # a measuring fraction's bottom (review of 8e3f990)
    ("The weather service said 1/16 inch of ice had formed on roads.", [("1/16 inch", 0.0625, "inch")], []),
    ("The jeweller said the ring was 7/16 inches wide.", [("7/16 inches", 0.4375, "inch")], []),
    ("The report said the race was won by 1/12 of a second.", [("1/12", 1 / 12, None)], []),
    # a falling range before a unit is two amounts, no score (review of 4610119)
    ("The forecast said winds of 50-40 mph would ease.", [("50", 50, "mph"), ("40 mph", 40, "mph")], []),
    ("The agency said temperatures of 12-8 degrees were expected.", [("12", 12, None), ("8 degrees", 8, None)], []),
    ("The agency said temperatures would fall to 5-3 degrees overnight.", [("5", 5, None), ("3 degrees", 3, None)],
     []),
]

# Ratios ("one in five") read as one share made the claim clusters worse on both dev halves (two retellings of
# "four in five Syrians" no longer joined; review of 4610119), so the rule is held back until the clusters hold
# with it.
RATIOS_HELD_BACK = "ratios are held back: they made the claim clusters worse"
# Probes the reader still gets wrong, and why.
STILL_WRONG: dict[str, str] = {
    "Officials said scores of villagers had fled.": "the model tags no number in it and the grammar finds "
                                                   "amounts only with a currency, a scale or a percent",
    "The club said the side lost 1-2 at home.":
        "a score written loser first rises like a range; telling them apart needs the verb of the result",
    "The engineers said the water moved at 3 m/s.": "the model tags the figure alone and the unit's 'm' is "
                                                     "read as neither a metre nor a scale",
    **dict.fromkeys([
        "The study said one in five adults had skipped a meal to save money.",
        "The agency said nine out of ten households now had internet access.",
        "The survey said four in 10 renters had fallen behind on payments.",
        "The charity said one in four children lived in poverty.",
        "The survey said 4 out of 5 dentists agreed.",
        "The charity said one out of every four homes in the town lacked heating.",
    ], RATIOS_HELD_BACK),
}


@pytest.mark.parametrize("sentence,figures,not_figures", figure_probes(PROBES, STILL_WRONG))
def test_numbers_general_reads_each_figure_and_no_other(extractor, sentence, figures, not_figures):
    assert_reads_figures(extractor, sentence, figures, not_figures)


@pytest.mark.xfail(strict=True, reason=RATIOS_HELD_BACK)
@pytest.mark.parametrize("sentence,approximate", [
    ("The poll said nearly one in three voters had no view.", True),
    ("The charity said one in five adults skipped meals.", False),
])
def test_numbers_general_a_hedged_ratio_is_approximate(extractor, sentence, approximate):
    shares = [n for c in extractor.extract_text(sentence).claims for n in c.numbers if " in " in n.text]
    assert [n.approximate for n in shares] == [approximate]


@pytest.mark.parametrize("sentence", [
    "The school said pupils in 4C had high marks.",
    "The airline said the 3F seat had low legroom.",
    "The school said classes 4C and 5C would merge after low enrolment.",
])
def test_numbers_general_high_or_low_is_no_word_of_temperature(extractor, sentence):
    # "high" and "low" are said of marks, legroom and enrolment: a code glued to C or F stays no temperature
    units = [n.unit for c in extractor.extract_text(sentence).claims for n in c.numbers]
    assert not {"celsius", "fahrenheit"} & set(units), units


@pytest.mark.parametrize("sentence,figure", [
    ("The council said the town, population 40,000, would get a new hospital.", 40000),
    ("Officials said the village, population 3,200, had been cut off.", 3200),
    ("The club said a crowd 30,000 strong watched the final.", 30000),
    ("The police said a crowd 10,000 strong marched on parliament.", 10000),
    ("The army said a unit 200 strong had crossed the border.", 200),
    ("The organisers said tickets 20 each had sold out.", 20),
    ("The ministry said the toll rose to deaths 45 on Sunday.", 45),
    ("The charity said volunteers 200 in all turned up.", 200),
    ("The police said officers 50 in number were deployed.", 50),
    ("The study said patients 40 or fewer in each ward was safe.", 40),
    ("The agency said households 2 or more behind on rent would get help.", 2),
])
def test_numbers_general_a_figure_after_a_noun_that_names_nothing_counts(extractor, sentence, figure):
    # only a noun that names its things by number ("room 101") makes the figure after it a name (review of 0d7417e)
    assert figure in [n.value for c in extractor.extract_text(sentence).claims for n in c.numbers]


@pytest.mark.parametrize("sentence,code", [
    ("The hospital said ward 7 had 30 patients.", "7"),
    ("The ministry said phase 2 of the plan would cost $3bn.", "2"),
    ("Negotiators said round 3 of the talks would begin on Monday.", "3"),
])
def test_numbers_general_a_figure_after_a_naming_noun_is_no_figure(extractor, sentence, code):
    assert code not in [n.text for c in extractor.extract_text(sentence).claims for n in c.numbers]


@pytest.mark.parametrize("sentence", [
    "Police said they arrested four in five raids on Tuesday.",
    "The club said the striker scored five in eight appearances.",
    "The board said the bowler took 4 in 6 overs.",
    "The police said they seized 3 in 7 searches.",
    "The report said the team won eight out of 10 home games.",
    "Officials said the chance of such a storm was one in a million.",
    "The ministry said it was a one-in-a-million accident.",
    "Engineers said the barrier was built for a 1-in-100-year flood.",
    "The Met Office described it as a one-in-200-year event, a spokesman said.",
    "The home side won 3 to 1, the club said.",
    "The bookmaker said the odds were 5 to 1 against a snap election.",
    "The bill passed by 52 to 48, the speaker said.",
    "Police said two of the three suspects had been charged.",
    "The school said one of five children hurt in the crash was still in hospital.",
    "The coach said the team scored two in 10 minutes.",
    "The data showed one in 2020 and three in 2021, the agency said.",
    "The captain said they had lost one in three matches.",
    # num8: votes, a price of odds, a service's interval, "of the" counting things
    "The council voted 7 to 2 to approve the bypass.",
    "The jury found him guilty by a majority of 10 to 2.",
    "Bookies made the outsider a 10 to 1 shot for the title.",
    "Trains will run one in every 15 minutes at peak times, the operator said.",
    "Firefighters said three of the four engines at the station had been sent to the blaze.",
    "The club said one of the five new signings had failed a medical.",
])
def test_numbers_general_a_look_alike_of_a_ratio_is_no_share(extractor, sentence):
    # "four in five raids" counts raids: no share of anything (review of 4610119), whatever reads ratios; nor are
    # odds and scores, a chance or a return period as an idiom, "two of the three" and "one of five" counting people,
    # or a figure of a span of time or a year after "in" (num7)
    shares = [n.text for c in extractor.extract_text(sentence).claims for n in c.numbers if 0 < n.value < 1]
    assert shares == []


@pytest.mark.parametrize("sentence", [
    "The minister said winning the vote was only half the battle.",
    "The coach said he was half the player he used to be.",
    "The report said the latter half of the century was warmer.",
    "The minister said one and a half of the reactors were offline.",
])
def test_numbers_general_an_idiom_or_a_part_of_a_time_is_no_half(extractor, sentence):
    # an idiom, a part of a time, the half of "one and a half": none is a share of 0.5 (review of 4610119)
    values = [n.value for c in extractor.extract_text(sentence).claims for n in c.numbers]
    assert 0.5 not in values


# Ratios in several house styles (num7, written for NewsRadar, no label batch): the reader of 4610119 put back reads
# each as its share; held back with it, as with the reader the claim clusters still lose dev-a precision (one more
# round share of one group joins a finding about another act, the weakness test_claim_pairs_figures' ROUND_SHARE
# rows show) and, at stop 51 (num8), dev-b recall (a ratio frames the "no" of "no longer sufficient").
@pytest.mark.xfail(strict=True, reason=RATIOS_HELD_BACK)
@pytest.mark.parametrize("sentence,words,share", [
    ("One in five adults in the county has skipped a meal to save money, the food bank said.", "One in five", 0.2),
    ("The poll found 1 in 4 voters had still to make up their minds.", "1 in 4", 0.25),
    ("Two out of three voters backed the levy, according to the exit poll.", "Two out of three", 2 / 3),
    ("Roughly one in 10 homes in the valley is empty, the council said.", "one in 10", 0.1),
    ("Almost one in three pupils leaves primary school unable to swim, the charity warned.", "one in three", 1 / 3),
    ("The regulator said one in every four complaints was about billing.", "one in every four", 0.25),
    ("Seven in 10 Kiwis support the change, the survey found.", "Seven in 10", 0.7),
    ("About three in four renters in Sydney spend most of their income on rent, the report said.",
     "three in four", 0.75),
    ("The union said four out of five nurses had worked unpaid overtime.", "four out of five", 0.8),
    ("Police said one in 20 drivers stopped over Christmas was over the limit.", "one in 20", 0.05),
    ("Fewer than one in 10 applicants got a place, the university said.", "one in 10", 0.1),
    ("Eight in ten businesses expect costs to rise, the chamber of commerce said.", "Eight in ten", 0.8),
    ("Health officials said one in 100 babies in the region was born with the condition.", "one in 100", 0.01),
    ("The report said 3 in 10 households in Lagos had no running water.", "3 in 10", 0.3),
    ("The charity said one in three children in Glasgow was growing up in poverty.", "one in three", 1 / 3),
    # num8: wire, tabloid, local and Irish copy
    ("Roughly one in four homes in the Somerset village was flooded, the council said.", "one in four", 0.25),
    ("Almost two in three Scots back the ban, a poll for the Herald found.", "two in three", 2 / 3),
    ("Four out of five new cars sold in Norway last month were electric, the registry said.", "Four out of five",
     0.8),
    ("Only one in 20 reported burglaries ended in a charge, the inspectorate said.", "one in 20", 0.05),
    ("Nine in ten of the city's bus stops have no shelter, the report found.", "Nine in ten", 0.9),
    ("One in every three jobs in the town depends on the port, the mayor of Cork said.", "One in every three",
     1 / 3),
])
def test_numbers_general_a_ratio_is_one_share(extractor, sentence, words, share):
    got = [(n.text, n.value) for c in extractor.extract_text(sentence).claims for n in c.numbers]
    assert any(words.lower() in text.lower() and value == pytest.approx(share) for text, value in got), got
