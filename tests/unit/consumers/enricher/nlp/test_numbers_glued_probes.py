"""A probe set for figures the small model glues to their neighbours or tags apart from their range: a date or a year
written straight before a count ("in 2021 1,200 jobs went", "on 14 May 300 people"), a range whose ends the parse
hangs one on the other ("five to six patients", "between 200 and 300 families"), and a currency letter before
spaced thousands ("R2 500 000", "P1 200"). Each in the house styles that write it: wire, broadsheet, tabloid,
local, South African, Philippine, Botswanan and British copy (day before month), with near-misses the rules must
leave as they were: a date or a year alone, a financial year, a time of day, a score, a tally, an age range, odds, a
road's or a model's name, a phone number.

Each sentence was written for NewsRadar (CC0) from no label batch, bench row or corpus item, and each expected
figure was decided by the labelling guide (bench/data/README.md) before the reader was run: the year or the day is
no figure, the count after it is; each end of a range is a figure counting the range's noun; a currency letter's
amount is in the currency of the country the text names (nlp/outlet_units.py), the letter itself when it names none.
"""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import assert_reads_figures, figure_probes

# (sentence, [(words of the figure, value, unit)], [words that are no figure])
DATE_BEFORE_A_COUNT = [
    ("Officials said on 14 May 300 people were evacuated from the valley.", [("300 people", 300, "people")], ["14"]),
    ("The ministry said between 2020 and 2022 100 000 homes were built.", [("100 000 homes", 1e5, "home")],
     ["2020", "2022"]),
    ("The union said in 2021 1,200 jobs went at the plant.", [("1,200 jobs", 1200, "job")], ["2021"]),
    ("Police said that on 3 June 45 people were arrested after the match.", [("45", 45, "people")], ["3 June"]),
    ("The council said that on March 12 500 residents lost power.", [("500 residents", 500, "resident")], ["12"]),
    ("The agency said in 2019 4,000 migrants crossed the border.", [("4,000 migrants", 4000, "migrant")], ["2019"]),
    ("The minister said by 2030 20,000 teachers would be hired.", [("20,000 teachers", 2e4, "teacher")], ["2030"]),
    ("The report said that in 2023 350 patients waited more than a year.", [("350 patients", 350, "patient")],
     ["2023"]),
    ("Rescuers said on Friday 80 people were pulled from the rubble.", [("80", 80, "people")], []),
    ("The mayor said that since 2015 2,500 homes had been built in the city.", [("2,500 homes", 2500, "home")],
     ["2015"]),
    ("The charity said that between 2018 and 2021 12,000 children were placed in care.",
     [("12,000 children", 1.2e4, "child")], ["2018", "2021"]),
    ("Health officials said on 2 January 17 patients were admitted.", [("17", 17, "patient")], ["2 January"]),
    ("The airline said in 2022 3 million passengers flew with it.", [("3 million passengers", 3e6, "passenger")],
     ["2022"]),
    ("The firm said on 1 April 250 staff would be made redundant.", [("250", 250, None)], ["1 April"]),
    ("The regulator said in 2020 7 000 complaints were received.", [("7 000 complaints", 7000, "complaint")],
     ["2020"]),
    ("The police said by 2025 600 officers would be recruited.", [("600 officers", 600, "officer")], ["2025"]),
    ("Authorities said on 28 February 1 500 people were displaced by the floods.", [("1 500", 1500, "people")],
     ["28"]),
    ("The board said in 2018 90 schools closed.", [("90 schools", 90, "school")], ["2018"]),
    ("Organisers said in 2017 15,000 runners took part.", [("15,000 runners", 1.5e4, "runner")], ["2017"]),
    ("The report said in 2024 40% of households struggled with bills.", [("40%", 40, "percent")], ["2024"]),
    ("The council said in 2021 it spent R2 million on repairs.", [("R2 million", 2e6, None)], ["2021"]),
    ("The trust said in April 2021 300 nurses left.", [("300 nurses", 300, "nurse")], ["2021"]),
    ("The ministry said that on 5 October 2020 120 soldiers were deployed.", [("120 soldiers", 120, "soldier")],
     ["2020"]),
    ("The union said in May 3,000 workers joined the strike.", [("3,000 workers", 3000, "worker")], []),
    ("The council said that in 2021-22 1,500 pupils were excluded.", [("1,500 pupils", 1500, "pupil")], ["2021"]),
    ("The club said that on Friday 13 players were injured.", [("13", 13, "player")], []),
    ("The minister said in 2020 20 per cent of firms closed.", [("20 per cent", 20, "percent")], ["2020"]),
    ("The ministry said in the year to March 2023 5,000 homes were repossessed.", [("5,000 homes", 5000, "home")],
     ["2023"]),
    ("The paper said on Sept. 11 300 firefighters died.", [("300 firefighters", 300, "firefighter")], ["11"]),
    ("The Home Office said in the first week of June 2,300 people crossed the Channel.",
     [("2,300", 2300, "people")], ["June"]),
    ("The council said in 2019 200 trees were planted in the park.", [("200 trees", 200, "tree")], ["2019"]),
    ("Witnesses said at 3pm 200 people gathered outside the court.", [("200", 200, "people")], ["3pm"]),
    ("The school said in Year 10 30 pupils had dropped the subject.", [("30", 30, "pupil")], ["10"]),
    ("The report said in 1998 12 people died in the same valley.", [("12 people", 12, "people")], ["1998"]),
    ("The mayor said last year 4,000 visitors came to the festival.", [("4,000 visitors", 4000, "visitor")], []),
    ("The minister said by the end of 2025 10,000 homes would be connected.", [("10,000 homes", 1e4, "home")],
     ["2025"]),
    ("The agency said since May 1,800 people had been vaccinated.", [("1,800 people", 1800, "people")], []),
    ("The museum said that on 4 July 2,000 visitors came through its doors.", [("2,000", 2000, "visitor")],
     ["4 July"]),
    # near-misses: a date or a year alone, after the count or naming a thing, is no figure and takes no count's
    ("The agency said in 2021-22 the council spent more on roads.", [], ["2021"]),
    ("The trust said that on Friday 13 December the wards were full.", [], ["13"]),
    ("The federation said the 2019 100m final was the fastest ever.", [], ["2019"]),
    ("The bank said on 31 March 2022 it held reserves.", [], ["31", "2022"]),
    ("The council said in 2019 and 2020 it cut its spending.", [], ["2019", "2020"]),
    ("The report said that in 2021 jobs went at the plant.", [], ["2021"]),
    ("The council said 2,500 homes had been built since 2015.", [("2,500 homes", 2500, "home")], ["2015"]),
    ("Police said 45 people were arrested on 3 June.", [("45 people", 45, "people")], ["3 June"]),
    ("The minister said the 2030 target of 20,000 teachers would be met.", [("20,000 teachers", 2e4, "teacher")],
     ["2030"]),
    ("The agency said 4,000 migrants crossed the border in 2019.", [("4,000 migrants", 4000, "migrant")], ["2019"]),
    ("The firm said the 2022 figures showed 3 million passengers.", [("3 million passengers", 3e6, "passenger")],
     ["2022"]),
    ("Officials said the May 14 storm forced 300 people from their homes.", [("300 people", 300, "people")],
     ["14"]),
    ("The club said 1,200 fans attended on 14 May.", [("1,200 fans", 1200, "fan")], ["14 May"]),
    ("The airline said flight 370 carried 239 people.", [("239 people", 239, "people")], ["370"]),
    ("The court heard that on 14 May 2019 the man stole a car.", [], ["14", "2019"]),
    ("The mayor said the 14 people evacuated were safe.", [("14 people", 14, "people")], []),
    ("The agency said 14 people died in May.", [("14 people", 14, "people")], []),
    ("The school said Year 9 pupils had done well.", [], ["9"]),
    ("The coach said the team won 2-1 in 2019.", [], ["2-1", "2019"]),
    ("Officials said the law took effect on Jan. 1.", [], ["Jan. 1"]),
]

RANGES = [
    ("Police said five to six patients had been moved.", [("five", 5, "patient"), ("six patients", 6, "patient")],
     []),
    ("The council said between 10 and 12 people had been rehoused.", [("10", 10, "people"), ("12", 12, "people")],
     []),
    ("The agency said 20-25 homes were flooded.", [("20", 20, "home"), ("25 homes", 25, "home")], []),
    ("Doctors said three to four patients a day were being turned away.",
     [("three", 3, "patient"), ("four patients", 4, "patient")], []),
    ("The coastguard said two to three boats had capsized.", [("two", 2, "boat"), ("three boats", 3, "boat")], []),
    ("The school said 20 to 30 pupils had been sent home.", [("20", 20, "pupil"), ("30 pupils", 30, "pupil")], []),
    ("The farmers' union said 40 to 50 cows had died in the heat.", [("40", 40, "cow"), ("50 cows", 50, "cow")], []),
    ("Witnesses said eight to ten gunmen had stormed the hotel.",
     [("eight", 8, "gunman"), ("ten gunmen", 10, "gunman")], []),
    ("The charity said between 200 and 300 families would need help.",
     [("200", 200, "family"), ("300", 300, "family")], []),
    ("The fire service said 15-20 firefighters were at the scene.",
     [("15", 15, "firefighter"), ("20 firefighters", 20, "firefighter")], []),
    ("The club said six or seven players were injured.", [("six", 6, "player"), ("seven", 7, "player")], []),
    ("Residents said 100 to 150 houses were still without water.",
     [("100", 100, "house"), ("150 houses", 150, "house")], []),
    ("Organisers said between five and six thousand people joined the march.",
     [("five", 5000, "people"), ("six thousand", 6000, "people")], []),
    ("The ministry said 30–40 schools would close.", [("30", 30, "school"), ("40 schools", 40, "school")], []),
    ("Officials said between 1,000 and 1,500 migrants were at the camp.",
     [("1,000", 1000, "migrant"), ("1,500", 1500, "migrant")], []),
    ("The trust said four to five nurses had quit each month.", [("four", 4, "nurse"), ("five nurses", 5, "nurse")],
     []),
    ("Rescuers said 12 to 15 climbers were trapped on the mountain.",
     [("12", 12, "climber"), ("15 climbers", 15, "climber")], []),
    ("The army said two to three hundred troops would be sent.",
     [("two", 200, "troop"), ("three hundred troops", 300, "troop")], []),
    ("Locals said ten to 12 shops had been looted.", [("ten", 10, "shop"), ("12 shops", 12, "shop")], []),
    ("The police said between 50-60 officers were deployed.", [("50", 50, "officer"), ("60 officers", 60, "officer")],
     []),
    ("The hospital said 10 or 11 patients were still in intensive care.",
     [("10", 10, "patient"), ("11", 11, "patient")], []),
    ("The report said two or three councils had overspent.", [("two", 2, "council"), ("three", 3, "council")], []),
    ("Police said 30 to 40 youths had gathered in the park.", [("30", 30, "youth"), ("40 youths", 40, "youth")], []),
    ("The bishop said between 40 and 60 churches would close.", [("40", 40, "church"), ("60", 60, "church")], []),
    ("The airline said three to four flights a week would be cut.",
     [("three", 3, "flight"), ("four flights", 4, "flight")], []),
    ("Officials said four to six villages were cut off by the floods.",
     [("four", 4, "village"), ("six villages", 6, "village")], []),
    ("The federation said around 10 to 15 clubs faced bankruptcy.", [("10", 10, "club"), ("15 clubs", 15, "club")],
     []),
    ("The landlord said up to five or six tenants shared each flat.", [("five", 5, "tenant"), ("six", 6, "tenant")],
     []),
    ("The ministry said between 3,000 and 4,000 refugees had arrived.",
     [("3,000", 3000, "refugee"), ("4,000", 4000, "refugee")], []),
    ("Organisers said 5,000-6,000 runners had signed up.", [("5,000", 5000, "runner"), ("6,000", 6000, "runner")],
     []),
    ("The study said one or two drinks a day raised the risk.", [("one", 1, "drink"), ("two", 2, "drink")], []),
    ("Officials said between one hundred and twenty and two hundred people had fled.",
     [("one hundred and twenty", 120, "people"), ("two hundred", 200, "people")], []),
    # near-misses: a score, a tally, an age range, odds, a duration and a move stay as they were
    ("The club said it won 3-1 at home.", [], ["3-1"]),
    ("The judge said he sentenced the man to five to six years in prison.",
     [("five", 5, "year"), ("six years", 6, "year")], []),
    ("The coach said the team had won five to six times this season.", [("five", 5, "time"), ("six", 6, "time")],
     []),
    ("The forecaster said temperatures would reach 20 to 25 degrees.", [("20", 20, None), ("25", 25, "degree")], []),
    ("The council said it would cut spending from five to four departments.",
     [("five", 5, "department"), ("four departments", 4, "department")], []),
    ("The ministry said the ratio was one to five.", [], ["one to five"]),
    ("The club said the score was two to one.", [], ["two to one"]),
    ("The ministry said the vote went six to three against.", [], ["six", "three"]),
    ("The club said it had beaten Leeds four to one.", [], ["four to one"]),
    ("The report said the odds were ten to one against.", [], ["ten to one"]),
    ("The council said it had cut the rate from 10 to 8 per cent.",
     [("10", 10, "percent"), ("8 per cent", 8, "percent")], []),
    ("The agency said prices rose by two to three per cent.", [("two", 2, "percent"), ("three", 3, "percent")], []),
    # the review's rows (/tmp/rev_num6.md): an end hyphened to what follows is an age band, not a count
    ("The report said five to 10 per cent of claims were false.",
     [("five", 5, "percent"), ("10 per cent", 10, "percent")], []),
    ("Officials said the six to eight-year-olds would get free meals.", [], ["six", "eight"]),
    ("Police said the 16 to 25-year-olds were most at risk.", [], ["16", "25"]),
    # a spelled range whose "between" the model leaves out of the entity ("between | ten and twelve thousand"); two
    # counts joined after "between" stay two counts of their own nouns
    ("The union said between ten and twelve thousand workers would strike.",
     [("ten", 1e4, "worker"), ("twelve thousand workers", 1.2e4, "worker")], []),
    ("Police said a fight between two men and three women started at midnight.",
     [("two men", 2, "man"), ("three women", 3, "woman")], []),
    ("The minister said talks between the two sides and three unions had failed.",
     [("two sides", 2, "side"), ("three unions", 3, "union")], []),
    ("The survey said between one and two in five adults smoked.", [], ["five"]),
]

CURRENCY_LETTER_SPACED = [
    ("The Johannesburg agent said the house sold for R2 500 000.", [("R2 500 000", 2.5e6, "ZAR")], []),
    ("The Cape Town council said it had paid R1 200 000 to the contractor.", [("R1 200 000", 1.2e6, "ZAR")], []),
    ("The Manila firm said it paid P1 200 to each worker.", [("P1 200", 1200, "PHP")], []),
    ("A Durban court heard the man stole R45 000 from his employer.", [("R45 000", 4.5e4, "ZAR")], []),
    ("The South African Revenue Service said it recovered R3 400 000 in unpaid tax.",
     [("R3 400 000", 3.4e6, "ZAR")], []),
    ("The Pretoria school said fees would rise to R28 500 a year.", [("R28 500", 28500, "ZAR")], []),
    ("The Gaborone union said members earned P2 400 a month.", [("P2 400", 2400, "BWP")], []),
    ("The Cebu mayor said each family would receive P5 000 in aid.", [("P5 000", 5000, "PHP")], []),
    ("Gauteng police said goods worth R750 000 were seized.", [("R750 000", 7.5e5, "ZAR")], []),
    ("The Philippines' health department said P12 500 000 had been released.", [("P12 500 000", 1.25e7, "PHP")],
     []),
    ("The Soweto clinic said it had spent R125 000 on new beds.", [("R125 000", 1.25e5, "ZAR")], []),
    ("Botswana's ministry said the grant was P10 000 per farmer.", [("P10 000", 1e4, "BWP")], []),
    ("The Durban port said it lost R1 250 000 a day during the strike.", [("R1 250 000", 1.25e6, "ZAR")], []),
    ("The Quezon City council said it set aside P850 000 for the project.", [("P850 000", 8.5e5, "PHP")], []),
    ("The KwaZulu-Natal department said R9 800 had been paid to each victim.", [("R9 800", 9800, "ZAR")], []),
    ("The Johannesburg agency said it had raised about R2 500 000 for the victims.",
     [("R2 500 000", 2.5e6, "ZAR")], []),
    ("The Cape Town trust said rents rose from R8 500 to R9 200 a month.",
     [("R8 500", 8500, "ZAR"), ("R9 200", 9200, "ZAR")], []),
    ("The Manila court ordered the firm to pay P1 500 000 in damages.", [("P1 500 000", 1.5e6, "PHP")], []),
    ("The South African minister said nearly R4 000 000 was missing.", [("R4 000 000", 4e6, "ZAR")], []),
    ("Durban officials said more than R600 000 had been spent on the stadium.", [("R600 000", 6e5, "ZAR")], []),
    ("The Philippine senator said each teacher would get P3 000 more.", [("P3 000", 3000, "PHP")], []),
    ("The Manila mayor said the P1 200 000 fund was empty.", [("P1 200 000", 1.2e6, "PHP")], []),
    ("The agency said R2 500 000 had been paid.", [("R2 500 000", 2.5e6, "R")], []),
    ("Soweto residents said they paid R1 200 for water last month.", [("R1 200", 1200, "ZAR")], []),
    # near-misses: a road's or a model's name, a length, a year after a name, a phone number
    ("The Johannesburg council said the R21 500 metres of road would be resurfaced.", [("500 metres", 500, "metre")],
     ["R21"]),
    ("Cape Town officials said the R300 route carried 40 000 cars a day.", [("40 000 cars", 4e4, "car")],
     ["R300"]),
    ("The Manila firm said its P2 2019 model had sold well.", [], ["P2", "2019"]),
    # the row needs a claim to read figures from: "said to call ..." reports an instruction, and with the phone number
    # no figure (stop 54) it is no author's assertion either, so the agent's words hold the number
    ("The Durban agent said buyers should call 031 123 4567 for details.", [], ["031"]),
    ("The South African police said the N2 100 km stretch was closed.", [("100 km", 100, "km")], []),
    ("The Johannesburg firm said the R5 billion deal was signed.", [("R5 billion", 5e9, "ZAR")], []),
    ("The Cape Town council said it had paid R350,000 to the contractor.", [("R350,000", 3.5e5, "ZAR")], []),
    ("The Pretoria court heard that the R1 lineage was old.", [], ["R1"]),
    ("The Manila team said its P1 driver won in 2019.", [], ["P1", "2019"]),
    ("The Johannesburg school said Grade R 300 pupils had enrolled.", [("300 pupils", 300, "pupil")], []),
    ("The Pretoria firm said the R1 800 555 0199 line was busy.", [], ["800"]),
    ("The Cape Town council said the R27 500 km network needed repairs.", [("500 km", 500, "km")], ["R27"]),
    ("The Gaborone firm said the P2 100 series was a success.", [], ["P2 100"]),
    ("Gauteng police said a crash on R21 500 metres from the toll plaza closed the road.", [], ["R21"]),
    # the review's rows (/tmp/rev_num6.md): one group that counts the plural after it makes the letter a name (a
    # school class, a form, a road, a model), whether or not the model's entity starts at the letter
    ("The head teacher said P7 120 pupils would move up to secondary school.", [("120 pupils", 120, "pupil")],
     ["P7"]),
    ("The editor said section P1 200 words was the limit.", [("200 words", 200, "word")], ["P1"]),
    ("The company said its P2 100 units had sold out.", [("100", 100, "unit")], ["P2"]),
    ("The club said P45 100 forms were sent out.", [("100 forms", 100, "form")], ["P45"]),
    ("Commuters said taxis on R55 200 cars long queues formed.", [("200 cars", 200, "car")], ["R55"]),
    ("Motorists said that on the N1 and R21 400 cars were stuck for hours.", [("400 cars", 400, "car")], ["R21"]),
    ("The driver said he started from P1 200 laps ago.", [("200 laps", 200, "lap")], ["P1"]),
    ("Officials said Line P2 100 passengers were stranded.", [("100 passengers", 100, "passenger")], ["P2"]),
    ("The agency said the R450 000 tender was cancelled.", [("R450 000", 4.5e5, "R")], []),
]

_SPAN_CUT = "the claim's content starts after the count, which the parse hangs on the date, and no plural ends there"
_YEAR_THEN_SPACED = ("spaced thousands after a year are not joined ('2020 7 000'), as after any figure ('MH17 298'), "
                     "and the model tags '000' alone")
_UNIT_PAST_SPACED = "the model tags '1' alone: widened to '1 500', the noun after the widened figure is not read"
_CLOCK_NOT_DATE = "a time of day glued to a count ('3pm 200') is read as one quantity in 'pm'"
_NAMED_YEAR = "a school year ('Year 10') is a name the date rule does not know, and the model tags no count after it"
_DURATION_RANGE = "a spelled range of a length of time is tagged a date whole, and the lower end is not split off"
_ROAD_NAME = "a road's name glued to its letter ('the R300 route') is read as a bare figure, as on main"
_SPELLED_RANGE_UNIT = ("the parse hangs the noun on neither spelled end of 'one hundred and twenty and two hundred': "
                       "both are read, with no unit")
_FIGURE_AGE_BAND = ("the lower end of an age band in figures ('16 to 25-year-olds') is read as a count by another path "
                    "than the range rule, as on main")
_NAME_BEFORE_SINGULAR = ("one group after a letter is told from money only by the plural it counts; an article is no "
                         "sign of a name ('the R450 000 tender'), so 'the P2 100 series' reads as money")
_RATIO_DENOMINATOR = ("a ratio's denominator is read as a count ('five adults'), as main reads it in every 'one in five "
                      "adults'; here only the count of the content's subject reaches it, main cuts it off with the span")
STILL_WRONG: dict[str, str] = {
    "The survey said between one and two in five adults smoked.": _RATIO_DENOMINATOR,
    "Police said the 16 to 25-year-olds were most at risk.": _FIGURE_AGE_BAND,
    "The Gaborone firm said the P2 100 series was a success.": _NAME_BEFORE_SINGULAR,
    "Cape Town officials said the R300 route carried 40 000 cars a day.": _ROAD_NAME,
    "Officials said between one hundred and twenty and two hundred people had fled.": _SPELLED_RANGE_UNIT,
    "The agency said in 2019 4,000 migrants crossed the border.": _SPAN_CUT,
    "The firm said on 1 April 250 staff would be made redundant.": _SPAN_CUT,
    "The report said in 2024 40% of households struggled with bills.": _SPAN_CUT,
    "The regulator said in 2020 7 000 complaints were received.": _YEAR_THEN_SPACED,
    "Authorities said on 28 February 1 500 people were displaced by the floods.": _UNIT_PAST_SPACED,
    "Witnesses said at 3pm 200 people gathered outside the court.": _CLOCK_NOT_DATE,
    "The school said in Year 10 30 pupils had dropped the subject.": _NAMED_YEAR,
    "The judge said he sentenced the man to five to six years in prison.": _DURATION_RANGE,
}


@pytest.mark.parametrize("sentence,figures,not_figures", figure_probes(DATE_BEFORE_A_COUNT, STILL_WRONG))
def test_a_date_before_a_count_is_no_part_of_it(extractor, sentence, figures, not_figures):
    assert_reads_figures(extractor, sentence, figures, not_figures)


@pytest.mark.parametrize("sentence,figures,not_figures", figure_probes(RANGES, STILL_WRONG))
def test_each_end_of_a_range_counts_its_noun(extractor, sentence, figures, not_figures):
    assert_reads_figures(extractor, sentence, figures, not_figures)


@pytest.mark.parametrize("sentence,figures,not_figures", figure_probes(CURRENCY_LETTER_SPACED, STILL_WRONG))
def test_a_currency_letter_before_spaced_thousands_is_one_amount(extractor, sentence, figures, not_figures):
    assert_reads_figures(extractor, sentence, figures, not_figures)
