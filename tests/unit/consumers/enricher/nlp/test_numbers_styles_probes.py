"""A fourth probe set for the number reader, aimed at what ``test_numbers_probes`` has little of: fractions of a
scale and of a point, ratios and tallies, vague sums, years, decades and financial years, model and product names,
school years and forms, military times and unit names, ages in every form, rates per head, money with "a", a
currency written after the figure or as a country's letter, hedged and bounded figures, falls and records, and
look-alikes that hold no figure. Arranged by the house styles it is written in (AP, Reuters, BBC, Guardian, FT,
Bloomberg, Indian, Australian, Irish, Canadian, South African, Philippine, Nigerian, Kenyan papers, wire and local
copy).

Each sentence was written for NewsRadar (CC0) from no label batch, bench row or corpus item, and each expected
figure was decided by the labelling guide (bench/data/README.md) before the reader was run, as
``test_numbers_probes`` decides them: ISO codes for money, ``percent``, ``percentage point``, the counted noun's
singular lemma ("people" stays "people"); ``None`` means any unit (a share, a figure with no noun, a sign the copy
leaves to its outlet). A ratio "N in M" is the share N/M; a tally of votes or a score ("3 to 1", "2:1") is no
amount, nor is a vague sum with no currency ("spent tens of millions"), as the first set has it.
"""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import assert_reads_figures, figure_probes

# (sentence, [(words of the figure, value, unit)], [words that are no figure])
PROBES = [
    # fractions of a point and of a scale
    ("The central bank said it would cut rates by half a point in June.", [("half a point", 0.5, "point")], []),
    ("Economists said the rate would rise by a quarter of a percentage point.",
     [("a quarter of a percentage point", 0.25, "percentage point")], []),
    ("The charity said a quarter of a million people had used its food banks.",
     [("a quarter of a million", 2.5e5, "people")], []),
    ("The council said three and a half thousand families were on its waiting list.",
     [("three and a half thousand", 3500, "family")], []),
    ("Officials said half a billion dollars had gone missing from the fund.",
     [("half a billion dollars", 5e8, "USD")], []),
    ("The minister said three-quarters of a million homes would be built by 2030.",
     [("three-quarters of a million", 7.5e5, "home")], ["2030"]),
    ("The lender said it had trimmed its forecast by a tenth of a percentage point.",
     [("a tenth of a percentage point", 0.1, "percentage point")], []),
    ("The housing minister said two and a half thousand homes had been damaged.",
     [("two and a half thousand homes", 2500, "home")], []),
    # past its modifiers, as a tagged count's noun; a possessive owns the noun after it and is not counted
    ("The charity said three and a half thousand displaced families needed help.",
     [("three and a half thousand", 3500, "family")], []),
    ("The charity said three and a half thousand volunteers' homes were damaged.",
     [("three and a half thousand", 3500, None)], ["volunteers"]),
    ("The firm said it had lost a quarter of a million pounds on the deal.",
     [("a quarter of a million pounds", 2.5e5, "GBP")], []),
    ("The ministry said half a million more would be vaccinated next month.", [("half a million", 5e5, None)], []),
    ("The agency said two-thirds of a million people had lost power.",
     [("two-thirds of a million people", 2e6 / 3, "people")], []),
    ("The charity said one-third of a million children lived in poverty.",
     [("one-third of a million children", 1e6 / 3, "child")], []),
    # ratios, shares and tallies
    ("The survey found one in five adults had skipped a meal to save money, the charity said.",
     [("one in five", 0.2, None)], []),
    ("The report said one in three children in the city lived in poverty.", [("one in three", 1 / 3, None)], []),
    ("Researchers said 1 in 10 patients had suffered side effects.", [("1 in 10", 0.1, None)], []),
    ("The board voted 3 to 1 to approve the merger, the company said.", [], ["3 to 1"]),
    ("Members backed the motion by a 2:1 majority, the union said.", [], ["2:1"]),
    ("The tribunal ruled 2-1 in favour of the workers, lawyers said.", [], ["2-1"]),
    ("Nine out of 10 dentists recommended the paste, the firm claimed.", [("Nine out of 10", 0.9, None)], []),
    # a fraction of something named is a share of it ("lost a fifth of their fares", "half our trips"); the
    # fraction of a time, an order or a name is none ("the first half of the year", "the third of the reviews")
    ("Farmers said they had lost a third of their harvest to the drought.", [("a third", 1 / 3, None)], []),
    ("The union said two-thirds of its members had voted to strike.", [("two-thirds", 2 / 3, None)], []),
    ("The airline said it had cancelled half its flights because of the strike.", [("half", 0.5, None)], []),
    ("Residents said half the homes on the street had been flooded.", [("half", 0.5, None)], []),
    ("The charity said a quarter of its shops would close.", [("a quarter", 0.25, None)], []),
    ("Fishermen told the Herald they had lost half their catch this season.", [("half", 0.5, None)], []),
    ("The mayor said only half the money had been spent.", [("half", 0.5, None)], []),
    ("The ministry said a tenth of the country's forests had burned.", [("a tenth", 0.1, None)], []),
    ("Growers said a fifth of the crop had rotted in the fields.", [("a fifth", 0.2, None)], []),
    ("The club said it would sell a third of its stake in the stadium.", [("a third", 1 / 3, None)], []),
    ("The report said one-fifth of all hospital beds were taken by flu patients.", [("one-fifth", 0.2, None)], []),
    ("Teachers said nearly half their pupils arrived hungry.", [("half", 0.5, None)], []),
    ("Officials said about a third of the city's buses were out of service.", [("a third", 1 / 3, None)], []),
    ("The regulator said two thirds of the complaints concerned billing.", [("two thirds", 2 / 3, None)], []),
    ("The company said a quarter of all its staff worked from home.", [("a quarter", 0.25, None)], []),
    ("The minister said one third of the budget would go to schools.", [("one third", 1 / 3, None)], []),
    ("The bank said half of all new loans went to first-time buyers.", [("half", 0.5, None)], []),
    ("The judge said a fifth of the defendants had already pleaded guilty.", [("a fifth", 0.2, None)], []),
    ("Half the staff were sent home, the manager said.", [("Half", 0.5, None)], []),
    ("The coach said the club had bought half a dozen players.", [("half a dozen", 6, None)], []),
    ("The club said the striker was injured in the first half of the match.", [], ["half"]),
    ("The minister said growth would pick up in the second half of the year.", [], ["half"]),
    ("The bank said a third party had handled the payments.", [], ["third"]),
    ("The coach said the team had played well after half-time.", [], ["half"]),
    ("The mayor said the bridge had been cut in half by the flood.", [], ["half"]),
    ("The minister said this was the third of the reviews he had ordered.", [], ["third"]),
    ("The council said the quarter of the city near the docks would be rebuilt.", [], ["quarter"]),
    ("The singer said her third album would come out in May.", [], ["third"]),
    ("Police said the shooting happened at a quarter past ten.", [], ["quarter"]),
    ("The treasurer said the first quarter of the year had been weak.", [], ["quarter"]),
    ("The manager said the latter half of the season had been hard.", [], ["half"]),
    ("The senator said a half-hearted plan would fail.", [], ["half"]),
    ("Police said the second half of the march passed off peacefully.", [], ["half"]),
    ("The president said the final third of the wall would be finished in June.", [], ["third"]),
    ("The firm said its third-quarter profit had fallen.", [], ["third"]),
    # a part of a time, a length or a life is no share
    ("The minister said the new road would cut the journey to half the distance.", [], ["half"]),
    ("The company said it had made the engines for a quarter of a century.", [], ["quarter"]),
    ("The chef said the sauce should simmer for a quarter of an hour.", [], ["quarter"]),
    ("The coach said the side had played half the game with ten men.", [("ten men", 10, "man")], ["half"]),
    ("Firefighters said the warehouse had burned for half the night.", [], ["half"]),
    ("Her son said she had spent half her life in exile.", [], ["half"]),
    # vague sums and vague counts
    ("The club said it had spent tens of millions on new players.", [], ["tens of millions"]),
    ("The government said it had spent tens of millions of dollars on the inquiry.",
     [("tens of millions of dollars", 1e7, "USD")], []),
    ("The firm said it had lost hundreds of millions of pounds on the contract.",
     [("hundreds of millions of pounds", 1e8, "GBP")], []),
    ("Police said dozens of people had been injured in the crush.", [("dozens of people", 12, "people")], []),
    ("Aid agencies said millions of children were at risk of hunger.", [("millions of children", 1e6, "child")], []),
    # time measured in years, and years that are no figure
    ("Geologists said the rocks had formed 2.5 billion years ago.", [("2.5 billion years", 2.5e9, "year")], []),
    ("Scientists said the fossil was about 66 million years old.", [("66 million years", 6.6e7, "year")], []),
    ("The report said wages had stagnated since the 1990s.", [], ["1990s"]),
    ("The ministry said the deficit in 2019-20 was 4.6% of GDP.", [("4.6%", 4.6, "percent")], ["2019-20"]),
    ("The company said it expected a profit of $2bn in FY24.", [("$2bn", 2e9, "USD")], ["24"]),
    ("The bank said lending grew 14 per cent in FY2023.", [("14 per cent", 14, "percent")], ["2023"]),
    ("Officials said the tower was built in the 1960s and housed 400 people.",
     [("400 people", 400, "people")], ["1960s"]),
    ("The company said sales in Q3 rose 6%.", [("6%", 6, "percent")], ["3"]),
    ("The union said the dispute was the longest since 1984.", [], ["1984"]),
    ("The museum said the painting had hung in the palace since the 1500s.", [], ["1500s"]),
    # model and product names
    ("The regulator said 171 Boeing 737 Max 9 jets had been grounded.",
     [("171", 171, None)], ["737", "Max 9"]),
    ("Apple said the iPhone 15 would go on sale on Friday.", [], ["15"]),
    ("The air force said it would buy 24 more F-35s.", [("24", 24, None)], ["F-35s"]),
    ("Microsoft said Windows 11 was now on 400 million devices.",
     [("400 million devices", 4e8, "device")], ["11"]),
    ("The army said two Chinook CH-47 helicopters had been sent.", [("two", 2, "helicopter")], ["47"]),
    ("The maker said the Galaxy S24 had outsold its rival.", [], ["24"]),
    ("The ministry said the MiG-29 fleet would be retired.", [], ["29"]),
    ("Airbus said it had delivered 735 aircraft, including 571 A320neo jets.",
     [("735 aircraft", 735, "aircraft"), ("571", 571, None)], ["320"]),
    ("The company said GPT-4 had been trained on far more data.", [], ["4"]),
    ("The agency said the COVID-19 wave had peaked.", [], ["19"]),
    # school years, forms and classes
    ("The headteacher said pupils in 10C had been sent home.", [], ["10C"]),
    ("The school said Year 9 pupils would sit the test in May.", [], ["9"]),
    ("The school said 30 pupils in Year 11 had missed the exam.", [("30 pupils", 30, "pupil")], ["11"]),
    ("The board said Class 12 results would be declared on Monday.", [], ["12"]),
    ("The principal said students in Grade 8 would get free laptops.", [], ["8"]),
    # clock times and military times
    ("The army said the attack began at 0300 hours.", [], ["0300"]),
    ("Police said the raid took place at 0545 on Friday.", [], ["0545"]),
    ("The military said the ceasefire would start at 2200 hours local time.", [], ["2200"]),
    ("The airline said the flight left at 7.45am and landed two hours late.", [("two hours", 2, "hour")], ["7.45"]),
    ("Officials said polls would close at 10pm.", [], ["10pm"]),
    ("The army said the convoy was ambushed at 0430 hours near the border.", [], ["0430"]),
    ("The pilot had logged 2,200 hours of flying, the airline said.", [("2,200 hours", 2200, "hour")], []),
    ("The workers said they had done 05 hours of overtime each, the union said.", [("05 hours", 5, "hour")], []),
    # military units and other names with figures
    ("The Ministry of Defence said 3 Para would be sent to Estonia.", [], ["3"]),
    ("A spokesman said 40 Commando would lead the exercise.", [], ["40"]),
    ("The army said 16 Air Assault Brigade was on standby.", [], ["16"]),
    ("The MoD said the 1st Battalion had lost two soldiers.", [("two soldiers", 2, "soldier")], ["1st"]),
    ("Police said the man was taken to Ward 7 under guard.", [], ["7"]),
    ("The council said the number 38 bus would be withdrawn.", [], ["38"]),
    ("Officials said the fire broke out on the A1 near Newark.", [], ["1"]),
    ("The company said Terminal 5 would close for repairs.", [], ["5"]),
    ("The broadcaster said Channel 4 would be sold.", [], ["4"]),
    ("The band said Blink-182 would tour in the spring.", [], ["182"]),
    # ages in every form
    ("Police said a woman aged 72 had been robbed.", [], ["72"]),
    ("The court heard the 34-year-old had no previous convictions.", [], ["34"]),
    ("Police said John Smith, 41, of Leeds, had been charged.", [], ["41"]),
    ("The court heard Ms Khan (29) had been assaulted.", [], ["29"]),
    ("The survey said women in their 60s were the most lonely.", [], ["60s"]),
    ("The family said the actor died at 81.", [], ["81"]),
    ("Police said the victim, a man in his thirties, had been stabbed.", [], ["thirties"]),
    ("The club said the striker had turned 30 on Monday.", [], ["30"]),
    ("Organisers said the race was open to children aged 8 to 12.", [], ["8", "12"]),
    ("The coroner said the teenager, 17, had died of his injuries.", [], ["17"]),
    ("The study said people over 65 were most at risk.", [], ["65"]),
    ("Police said two men, aged 23 and 25, had been arrested.", [("two men", 2, "man")], ["23", "25"]),
    # an age set off by commas after the person it is of, and one after "died at" or "turned"; a plural before
    # the commas is counted, and a figure going on to a noun or a phrase counts it
    ("Police said the victim, 23, had been stabbed in the chest.", [], ["23"]),
    ("The court heard the defendant, 19, had fled the scene.", [], ["19"]),
    ("The coroner said the cyclist, 54, died at the scene.", [], ["54"]),
    ("The school said the pupil, 15, had been suspended.", [], ["15"]),
    ("Relatives said the grandmother, 88, had lived alone.", [], ["88"]),
    ("The court heard the mother, 31, and her son, 9, were asleep.", [], ["31", "9"]),
    ("Police said the driver of the van was a man, 47.", [], ["47"]),
    ("The singer died at 76, his publicist said.", [], ["76"]),
    ("The family said the poet had died at 92 in a hospice.", [], ["92"]),
    ("The club said its captain would turn 35 next month.", [], ["35"]),
    ("Her agent said the actress had turned 40 in March.", [], ["40"]),
    ("The charity said its volunteers, 40 in all, had worked through the night.", [("40", 40, None)], []),
    ("Police said the suspects, 12, had been held overnight.", [("12", 12, None)], []),
    ("The index turned 30 points higher, traders said.", [("30 points", 30, "point")], []),
    ("Officials said the death toll rose to 81.", [("81", 81, None)], []),
    ("The ministry said the toll stood at 81 on Sunday.", [("81", 81, None)], []),
    ("The hospital said 12 patients died at the weekend.", [("12 patients", 12, "patient")], []),
    ("The union said the workers, 300 of them, had walked out.", [("300", 300, None)], []),
    ("The union said the delegation, 12 strong, would travel to London.", [("12", 12, None)], []),
    ("The airline said the crew, 15 in all, had been stood down.", [("15", 15, None)], []),
    ("The army said it had turned 40 Palestinians over to the police.", [("40", 40, None)], []),
    ("The league said the club, 2,000 members strong, would appeal.", [("2,000 members", 2000, "member")], []),
    # a figure set off by commas after a body, a sum or a rate counts; after "died at" or "turned" it is an age
    # only ending the clause or going on to its time
    ("The coach said the squad, 23, would fly out on Monday.", [("23", 23, None)], []),
    ("The court said the jury, 12, had retired to consider its verdict.", [("12", 12, None)], []),
    ("Pollsters said the margin, 7, had held since May.", [("7", 7, None)], []),
    ("Analysts said the party's lead, 6, had narrowed.", [("6", 6, None)], []),
    ("The bank said the rate, 5, would stay unchanged.", [("5", 5, None)], []),
    ("The council said the budget, 12, had been cut.", [("12", 12, None)], []),
    ("The coach said the side had turned 10 of its 12 chances into goals.",
     [("10", 10, None), ("12 chances", 12, "chance")], []),
    ("Officials said the coast guard had turned 40 over to immigration officials.", [("40", 40, None)], []),
    ("Officials said the guards had turned 12 away at the border.", [("12", 12, None)], []),
    ("The company said it had turned 2 of its plants over to the army.", [("2", 2, None)], []),
    ("The ministry said the victims died at 14 separate hospitals.", [("14", 14, None)], []),
    ("Traders said its shares turned 5 higher on Monday.", [("5", 5, None)], []),
    ("The family said the actor died at 101.", [], ["101"]),
    ("The club said the goalkeeper turned 40 on Sunday.", [], ["40"]),
    ("The singer, who turns 30 in May, said the tour would go ahead.", [], ["30"]),
    # rates per head and per thousand
    ("The study said the murder rate was 12 per 100,000 people.", [("12", 12, None)], ["100,000"]),
    ("Officials said infant mortality fell to a rate of 4.5 per 1,000 live births.",
     [("4.5", 4.5, None)], ["1,000"]),
    ("The agency said there were 310 cases per million residents.", [("310 cases", 310, "case")], ["million"]),
    ("The report said the country had 2.1 doctors per 1,000 people.", [("2.1 doctors", 2.1, "doctor")], ["1,000"]),
    # a rate's own figure beside its base, and "per" after an amount that is no base
    ("Statistics Canada said the overdose death rate reached 19.2 per 100,000 residents.", [("19.2", 19.2, None)],
     ["100,000"]),
    ("The council said bins would cost £45 per household per year.", [("£45", 45, "GBP")], []),
    ("The ministry said the tax would rise from 12 per cent to 15 per cent.",
     [("12 per cent", 12, "percent"), ("15 per cent", 15, "percent")], []),
    ("Officials said the scheme paid $500 per month to 3,000 families.",
     [("$500", 500, "USD"), ("3,000 families", 3000, "family")], []),
    # "as per" is "according to" (Indian English): the count after it is no base of a rate
    ("The district collector said compensation was paid as per 2,400 claims filed by farmers.",
     [("2,400 claims", 2400, "claim")], []),
    ("Indian officials said as per 1,500 complaints received, the dam had leaked for years.",
     [("1,500 complaints", 1500, "complaint")], []),
    # money with "a" and money in words
    ("The minister said the bridge would cost a billion dollars.", [("a billion dollars", 1e9, "USD")], []),
    ("The charity said it had raised a million pounds in a week.", [("a million pounds", 1e6, "GBP")], []),
    ("The club said the player had cost a hundred million euros.", [("a hundred million euros", 1e8, "EUR")], []),
    ("The firm said the deal was worth a billion euros.", [("a billion euros", 1e9, "EUR")], []),
    # currency after the figure, and a country's letters before it
    ("The fine was 50 euros for each offence, police said.", [("50 euros", 50, "EUR")], []),
    ("The victim's family said they had received 10,000 rupees in compensation.",
     [("10,000 rupees", 1e4, "INR")], []),
    ("The Lagos state government said it had spent 2 million naira on the clean-up.",
     [("2 million naira", 2e6, "NGN")], []),
    ("The treasury said it had borrowed KSh 2bn from local banks.", [("KSh 2bn", 2e9, "KES")], []),
    ("The department said P1.2 billion had been released for the flood victims.", [("P1.2 billion", 1.2e9, "PHP")],
     []),
    ("The City of Johannesburg said it would spend R1.2 billion on water pipes.", [("R1.2 billion", 1.2e9, "ZAR")],
     []),
    ("Transnet said it had lost R350,000 in stolen cable in a month.", [("R350,000", 3.5e5, "ZAR")], []),
    ("The mayor said the city would release P500,000 for each barangay.", [("P500,000", 5e5, "PHP")], []),
    # a scale glued in capitals after a currency, as headlines and tickers write it; alone "3M" is a company
    ("The club said it had fined the player €20K for the outburst.", [("€20K", 2e4, "EUR")], []),
    ("The startup said it had raised $5M from two funds.", [("$5M", 5e6, "USD")], []),
    ("The insurer said it had moved US$2B into bonds.", [("US$2B", 2e9, "USD")], []),
    ("The scheme said each farmer would get Rs 5K a month.", [("Rs 5K", 5e3, "INR")], []),
    ("The company said 3M had cut 2,000 jobs at its plants.", [("2,000", 2000, None)], ["3M"]),
    # a capital letter glued before a bare figure names a road, a form or a jet
    ("The council said the R101 road would be closed for a week.", [], ["R101"]),
    ("The employer said staff would get a P45 form when they left.", [], ["P45"]),
    ("The airline said the P8 jets had been grounded after a fault.", [], ["P8"]),
    ("The senator said the agency had lost ₱3.5 billion to graft.", [("₱3.5 billion", 3.5e9, "PHP")], []),
    ("The minister said the project would cost 4 billion rand.", [("4 billion rand", 4e9, "ZAR")], []),
    ("The court ordered him to pay 25,000 pesos, the prosecutor said.", [("25,000 pesos", 25000, None)], []),
    ("The bank said the loan was worth 300 million Swiss francs.", [("300 million Swiss francs", 3e8, "CHF")], []),
    ("Ottawa said it would spend C$2.5 billion on housing.", [("C$2.5 billion", 2.5e9, "CAD")], []),
    ("The minister said $1.6-billion would go to transit, the province said.", [("$1.6-billion", 1.6e9, None)], []),
    ("The airline said it had lost 40 million Canadian dollars in the quarter.",
     [("40 million Canadian dollars", 4e7, "CAD")], []),
    ("The board said the stadium would cost €1.1 billion, up from €800 million.",
     [("€1.1 billion", 1.1e9, "EUR"), ("€800 million", 8e8, "EUR")], []),
    # approximate and bounded
    ("Police said nearly 2,000 people had been evacuated.", [("nearly 2,000 people", 2000, "people")], []),
    ("The ministry said at least 37 people had died in the floods.", [("at least 37 people", 37, "people")], []),
    ("The company said it would cut up to 800 jobs.", [("up to 800 jobs", 800, "job")], []),
    ("The regulator said more than 40,000 customers had been overcharged.",
     [("more than 40,000 customers", 40000, "customer")], []),
    ("Officials said almost half of the town had been destroyed.", [("half", 0.5, None)], []),
    ("The agency said fewer than 300 tigers remained in the wild.", [("300 tigers", 300, "tiger")], []),
    ("The company said just under 5% of its staff had left.", [("5%", 5, "percent")], []),
    ("Organisers said some 15,000 runners had entered.", [("15,000 runners", 15000, "runner")], []),
    ("The minister said the scheme would cost in excess of £4bn.", [("£4bn", 4e9, "GBP")], []),
    ("Police said well over 100 officers had been deployed.", [("100 officers", 100, "officer")], []),
    # falls, negative figures and records
    ("The statistics office said the economy shrank by 0.3% in the third quarter.", [("0.3%", 0.3, "percent")],
     ["third"]),
    ("The company said its shares had lost a fifth of their value.", [("a fifth", 0.2, None)], []),
    ("The weather service said it was minus 40 degrees in Yakutsk.", [("minus 40 degrees", -40, None)], []),
    ("Figures showed the balance was -0.5% in May, the bureau said.", [("-0.5%", -0.5, "percent")], []),
    ("The bank said profit fell 18 per cent to £1.3bn.",
     [("18 per cent", 18, "percent"), ("£1.3bn", 1.3e9, "GBP")], []),
    ("The carmaker said sales dropped by 120,000 vehicles to a record low.",
     [("120,000 vehicles", 1.2e5, "vehicle")], []),
    ("The index closed down 412 points at a record low, traders said.", [("412 points", 412, "point")], []),
    ("The agency said the lake had fallen by 3.2 metres, a record.", [("3.2 metres", 3.2, "metre")], []),
    ("The firm said it had swung to a loss of $40 million from a profit of $12 million.",
     [("$40 million", 4e7, "USD"), ("$12 million", 1.2e7, "USD")], []),
    # counts in other house styles
    ("Gardaí said 11 people had been arrested after the match.", [("11 people", 11, "people")], []),
    ("The HSE said 612 patients were on trolleys on Tuesday.", [("612 patients", 612, "patient")], []),
    ("The Bureau of Meteorology said 120 millimetres of rain had fallen.",
     [("120 millimetres", 120, "mm")], []),
    ("The NDRRMC said 2,400 families had been displaced by the typhoon.",
     [("2,400 families", 2400, "family")], []),
    ("The police said 14 persons were held for rioting.", [("14 persons", 14, "person")], []),
    ("The Ontario government said 1,200 nurses would be hired.", [("1,200 nurses", 1200, "nurse")], []),
    ("The municipality said 350 households had no water for a week.",
     [("350 households", 350, "household")], []),
    ("Bloomberg said the fund had $2.3 trillion in assets.", [("$2.3 trillion", 2.3e12, "USD")], []),
    ("The FT said the group employed 18,000 people worldwide.", [("18,000 people", 18000, "people")], []),
    ("The mayor said twelve hundred homes were without power.", [("twelve hundred homes", 1200, "home")], []),
    # look-alikes that hold no figure
    ("The minister said the talks were at square one.", [], ["one"]),
    ("Police said the suspect was seen on the M25 near junction 10.", [], ["25", "10"]),
    ("The party said Clause 4 would stay in its constitution.", [], ["4"]),
    ("The station said the story aired on 60 Minutes last year.", [], ["60"]),
    ("The court said the case fell under Article 50 of the treaty.", [], ["50"]),
    ("The president said the G7 would meet in Italy.", [], ["7"]),
    ("The health service said the 111 line had been overwhelmed.", [], ["111"]),
    ("The club said the No 10 shirt would go to the new signing.", [], ["10"]),
    ("The firm said Web 3.0 would change banking.", [], ["3.0"]),
    ("The senator said the 9/11 memorial would reopen.", [], ["9/11"]),
]

# Probes the reader still gets wrong, and why.
_HALF_A_POINT = ("a fraction of a bare 'point' is no phrase the grammar reads whole, and 'a tenth' is not among the "
                 "fractions of a scale or of a percentage point it knows")
_RATIO = "ratios are held back (test_numbers_general): they made the claim clusters worse"
_TALLY = "a tally written with 'to' or a colon is read as figures: only a dashed tally is known as a score"
_VAGUE_SUM = "'spent' is not read as a verb of money for a vague plural with 'tens of' before it"
_AGO_OLD = "'ago' after a length of time is read as its unit"
_CODE_GLUED = "a figure glued after a letter ('Q3', '10C' with no word of heat) is read as a bare figure"
_MODEL_NAME = "a figure after a model's capitalised word ('Max 9') is read as a count of the noun after it"
_CLOCK_HOURS = ("a 24-hour time with no leading zero before 'hours' is read as a length of time: it may be one "
                "('logged 2200 hours')")
_UNIT_NAME = "a figure before a capitalised unit's name ('3 Para', '40 Commando') is read as a bare count"
_NUMBER_NAMES = "a figure naming a bus, a phone line or a programme is read as a bare count"
_LETTER_CURRENCY = ("a currency letter is the currency of the outlet's country or of the one country the text names "
                    "(nlp/outlet_units.py): this bare text names none, Transnet being a body no table holds, so 'R' "
                    "and 'P' stay the unit, as they are also the rouble and the pula")
_WORTH_A_BILLION = "'a billion euros' after 'worth' is not read (after 'cost' it is)"
_SHARE_LOST = "a fraction after a verb other than 'by' ('lost a fifth of') is not read"
_MILLIMETRES = "the labelling guide writes millimetres 'mm'; the word written out keeps its own lemma"
_SHARE_NAMED = ("a fraction before what it is a share of ('a third of their harvest', 'half its flights') is "
                "read only when the model tags it or 'by' comes before it")
STILL_WRONG: dict[str, str] = {
    "The central bank said it would cut rates by half a point in June.": _HALF_A_POINT,
    "The lender said it had trimmed its forecast by a tenth of a percentage point.": _HALF_A_POINT,
    "The survey found one in five adults had skipped a meal to save money, the charity said.": _RATIO,
    "The report said one in three children in the city lived in poverty.": _RATIO,
    "Researchers said 1 in 10 patients had suffered side effects.": _RATIO,
    "Nine out of 10 dentists recommended the paste, the firm claimed.": _RATIO,
    "The board voted 3 to 1 to approve the merger, the company said.": _TALLY,
    "Members backed the motion by a 2:1 majority, the union said.": _TALLY,
    "The club said it had spent tens of millions on new players.": _VAGUE_SUM,
    "Geologists said the rocks had formed 2.5 billion years ago.": _AGO_OLD,
    "The company said sales in Q3 rose 6%.": _CODE_GLUED,
    "The headteacher said pupils in 10C had been sent home.": _CODE_GLUED,
    "The regulator said 171 Boeing 737 Max 9 jets had been grounded.": _MODEL_NAME,
    "The military said the ceasefire would start at 2200 hours local time.": _CLOCK_HOURS,
    "The Ministry of Defence said 3 Para would be sent to Estonia.": _UNIT_NAME,
    "A spokesman said 40 Commando would lead the exercise.": _UNIT_NAME,
    "The army said 16 Air Assault Brigade was on standby.": _UNIT_NAME,
    "The council said the number 38 bus would be withdrawn.": _NUMBER_NAMES,
    "The health service said the 111 line had been overwhelmed.": _NUMBER_NAMES,
    "The station said the story aired on 60 Minutes last year.": _NUMBER_NAMES,
    "The department said P1.2 billion had been released for the flood victims.": _LETTER_CURRENCY,
    "Transnet said it had lost R350,000 in stolen cable in a month.": _LETTER_CURRENCY,
    "The firm said the deal was worth a billion euros.": _WORTH_A_BILLION,
    "The company said its shares had lost a fifth of their value.": _SHARE_LOST,
    "The Bureau of Meteorology said 120 millimetres of rain had fallen.": _MILLIMETRES,
    "Farmers said they had lost a third of their harvest to the drought.": _SHARE_NAMED,
    "The airline said it had cancelled half its flights because of the strike.": _SHARE_NAMED,
    "Residents said half the homes on the street had been flooded.": _SHARE_NAMED,
    "Fishermen told the Herald they had lost half their catch this season.": _SHARE_NAMED,
    "Growers said a fifth of the crop had rotted in the fields.": _SHARE_NAMED,
    "Half the staff were sent home, the manager said.": _SHARE_NAMED,
}


@pytest.mark.parametrize("sentence,figures,not_figures", figure_probes(PROBES, STILL_WRONG))
def test_numbers_styles_probes_reads_each_figure_and_no_other(extractor, sentence, figures, not_figures):
    assert_reads_figures(extractor, sentence, figures, not_figures)
