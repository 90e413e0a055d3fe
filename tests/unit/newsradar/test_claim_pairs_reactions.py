"""Claim matching on reactions: a welcome, thanks, praise or condemnation beside the act or statement it answers.

Written for NewsRadar (issue 13, no label batch) in other topics than the bench's reaction rows (a hostage's
release and the thanks for it, a body's support beside a family's charge): each reaction shares the words and
names of what it reacts to ("welcomed the release of the aid workers", "the aid workers were freed"), yet an
editor keeps the two apart, whether another speaker or the same one reacts. Beside them, as guards, one
reaction told two ways (active and passive, a noun for the verb) and a reaction verb in another sense ("welcomed
2 million visitors", "condemned to death", "thanks to"), which must join their plain retellings. Each pair runs
the enricher's path (the extractor, ``claim_match.signature`` with one story id, ``claim_match.place``).
"""
from __future__ import annotations


STORY = "story-1"

# A pair's third item is why the matcher still gets it wrong: run as a strict xfail, so a fix shows as a pass.
NOT_READ = ("a reaction is not read: the reaction verb is one term among the act's own words and names, which the "
            "two claims share")

APART = [
    # another speaker reacts to an act or a statement
    ("Rebels freed the two aid workers on Sunday, the Red Cross said.",
     "The Red Cross welcomed the release of the two aid workers."),
    ("The government said it would ban single-use plastic bags from January.",
     "Environmental groups said they welcomed the government's ban on plastic bags."),
    ("A bomb exploded at a crowded market in Mosul, killing 12 people, police said.",
     "The United Nations condemned the bombing of the crowded market in Mosul.", NOT_READ),
    ("The fire service said firefighters had rescued a family of five from the burning flats.",
     "The mayor praised the firefighters who rescued the family from the burning flats.", NOT_READ),
    ("Norway said it would give 50 million dollars to Pakistan's flood relief fund.",
     "Pakistan's prime minister thanked Norway for its gift to the flood relief fund."),
    ("The central bank said it would raise interest rates to 5.25%.",
     "Business leaders criticised the central bank's decision to raise interest rates.", NOT_READ),
    ("The White House said the president had signed the climate bill into law.",
     "Climate activists said they applauded the president for signing the climate bill."),
    ("Police said protesters had stormed the parliament building on Saturday.",
     "The prime minister condemned the storming of the parliament building.", NOT_READ),
    ("The army said the ceasefire with the rebels had come into force at midnight.",
     "The foreign minister welcomed the ceasefire between the army and the rebels."),
    ("The league said Rovers had won the championship for the first time in 40 years.",
     "The governor congratulated Rovers on winning the championship."),
    ("The airline said it had cancelled 300 flights because of the strike.",
     "Passenger groups criticised the airline for cancelling the flights."),
    ("The court ruled that the voting law was unconstitutional, lawyers said.",
     "Civil rights groups said they hailed the court's ruling on the voting law.", NOT_READ),
    ("The city council said it had approved the new cycle lanes on Monday.",
     "A cycling charity said it welcomed the council's approval of the new cycle lanes."),
    # the same speaker reacts to the act it reports
    ("The company said it had agreed to buy its rival Tessel for 2 billion dollars.",
     "The company's chief executive, Ana Ortiz, said she welcomed the deal to buy Tessel."),
    ("The Red Cross said rebels had freed the two aid workers.",
     "The Red Cross thanked the mediators who secured the aid workers' release."),
    ("The coach said his team had beaten Celtic 3-0 on Saturday.",
     "The coach praised his team for beating Celtic.", NOT_READ),
    ("The ministry said the hostages had been released unharmed.",
     "The ministry thanked Qatar for helping to free the hostages."),
]

SAME = [
    # one reaction told two ways
    ("The United Nations condemned the bombing of the market in Mosul.",
     "The bombing of the Mosul market was condemned by the United Nations, its spokesman said."),
    ("Environmental groups said they welcomed the government's ban on plastic bags.",
     "The ban on plastic bags was welcomed by environmental groups, their spokeswoman said."),
    ("The mayor praised the firefighters who rescued the family from the flats.",
     "Firefighters who rescued the family from the flats were praised by the mayor."),
    ("Pakistan's prime minister thanked Norway for its gift to the flood relief fund.",
     "Norway was thanked by Pakistan's prime minister for its gift to the flood fund."),
    ("Climate activists said they applauded the president for signing the climate bill.",
     "The president was applauded by climate activists for signing the climate bill."),
    ("The governor congratulated Rovers on winning the championship.",
     "Rovers were congratulated by the governor on their championship win."),
    ("The union said it welcomed the pay offer from the hospital.",
     "The union welcomed the hospital's pay offer, a spokesman said."),
    ("Business leaders criticised the central bank's decision to raise rates.",
     "The central bank's decision to raise rates was criticised by business leaders, the paper said."),
    # a reaction verb in another sense, beside its plain retelling
    ("The museum welcomed 2 million visitors last year, its director said.",
     "The museum had two million visitors last year, the director said."),
    ("The charity said the town had welcomed 300 refugees since March.",
     "The charity said 300 refugees had arrived in the town since March."),
    ("The former general was condemned to death by a military court, state media said.",
     "A military court sentenced the former general to death, state media said."),
    ("The coastguard said the rescue had succeeded thanks to local fishermen.",
     "The coastguard said local fishermen had made the rescue possible."),
    ("Health officials said cases had halved thanks to the new vaccine.",
     "Health officials said the new vaccine had cut cases by half."),
    ("The hotel said it would welcome its first guests on Friday.",
     "The hotel said it would open to its first guests on Friday."),
    ("The airport said it expected to welcome 5 million passengers this summer.",
     "The airport said it expected 5 million passengers this summer."),
    ("Organisers said the festival had welcomed 80,000 fans over three days.",
     "Some 80,000 fans attended the festival over three days, organisers said."),
]


# cprec10: a thanks, a congratulation or a welcome of an act (``claim_match._reactions``) beside the act it answers,
# by another speaker or the same one, and as guards one reaction told two ways (active and passive, gratitude for
# thanks, a welcome retold as support or pleasure) and the words in another sense ("thanks to", a welcome of
# visitors or pupils, "a welcome relief", "are welcome to", a relative clause). Written before the code, in wire,
# broadsheet, tabloid, local, Indian, Australian, Irish and Nigerian styles.
TWO_THANKS = ("one reactor's two thanks in one story share the reactor's name and the verb, and the one-story bar "
              "joins them; wrong on main too")
GREETED = ("'welcomed the team home' and 'greeted the team' are one act in two words, which only a synonym table "
           "would join; apart on main too")
THANKS_APART = [
    ("Hamas freed three Thai farm workers on Friday, Thailand's foreign ministry said.",
     "Thailand's prime minister thanked Egypt and Qatar for helping to free the three Thai farm workers."),
    ('The Central Bank cut its key interest rate to 3.5% on Thursday, the bank said.',
     "Business groups welcomed the Central Bank's decision to cut its key interest rate to 3.5%."),
    ('Rebels and the army agreed a ceasefire in Darfur on Sunday, mediators said.',
     'The African Union said it welcomed the ceasefire agreed in Darfur by the rebels and the army.'),
    ('The European Commission said it had agreed a deal with Britain on Northern Ireland trade rules.',
     'Irish ministers said they welcomed the deal between Brussels and Britain on Northern Ireland trade rules.'),
    ('The hospital said the conjoined twins had been separated after a 14-hour operation.',
     'The hospital thanked the staff who worked through the 14-hour operation to separate the twins.'),
    ('Dog walker Sue Hill pulled a drowning boy from the River Tame, police said.',
     'Police thanked dog walker Sue Hill for pulling the drowning boy from the River Tame.'),
    ('Lottery winner Gary Platt handed 1 million pounds to his village cricket club, the club said.',
     'The village cricket club said it was grateful to lottery winner Gary Platt for the 1 million pounds.'),
    ('Volunteers cleared two tonnes of litter from Westbrook beach on Saturday, the council said.',
     'The council thanked the volunteers for clearing litter from Westbrook beach on Saturday.'),
    ('The county council said it had scrapped plans for an incinerator at Lowfield.',
     "Residents of Lowfield said they welcomed the council's decision to scrap the incinerator."),
    ('Gardai said a 34-year-old man had been arrested over the stabbing in Carlow.',
     "The victim's family said they wanted to thank gardai for arresting a man over the stabbing in Carlow."),
    ("Chandrayaan-3 landed near the Moon's south pole on Wednesday, Isro said.",
     "Prime Minister Narendra Modi congratulated Isro on the landing of Chandrayaan-3 near the Moon's south pole."),
    ('The Supreme Court on Monday upheld the quota for economically weaker sections, lawyers said.',
     "The Union law minister welcomed the Supreme Court's verdict upholding the quota for weaker sections."),
    ('The Matildas beat England 2-1 to reach the World Cup final, Football Australia said.',
     'Prime Minister Anthony Albanese congratulated the Matildas on reaching the World Cup final.'),
    ('The Federal Government said it had approved N30bn for repairs to the Lagos-Ibadan expressway.',
     "The Lagos State governor welcomed the Federal Government's approval of N30bn for the Lagos-Ibadan expressway."),
    ('The Red Cross said the two kidnapped nurses had been released in Mali.',
     'The Red Cross said it was grateful to those who helped secure the release of the two nurses in Mali.'),
    ('The club said it had agreed a new three-year contract with captain Leah Moss.',
     'The club said it welcomed the news that captain Leah Moss had agreed a new three-year contract.'),
    ('Prime Minister Ana Ruiz thanked Qatar for its help in freeing the hostages, her office said.',
     "Prime Minister Ana Ruiz thanked the hostages' families for their patience, her office said.", TWO_THANKS),
]

THANKS_SAME = [
    ('The minister thanked Qatar for its help in freeing the hostages.',
     'The minister said she was grateful to Qatar for its help in freeing the hostages.'),
    ('The family thanked the rescue teams who searched the moor for their son, police said.',
     'Police said the family had expressed their gratitude to the rescue teams who searched the moor for their son.'),
    ('Modi congratulated the Indian team on winning the T20 World Cup, his office said.',
     'The Indian team was congratulated by Modi on winning the T20 World Cup, his office said.'),
    ('Nursing unions said they welcomed the pay deal for nurses.',
     'The pay deal for nurses was welcomed by nursing unions, a spokesman said.'),
    ('Opposition parties welcomed the move to lower the voting age, the paper reported.',
     'The move to lower the voting age was welcomed by opposition parties, the paper reported.'),
    ('The president thanked Kenya for sending police officers to Haiti.',
     'The president expressed gratitude to Kenya for sending police officers to Haiti.'),
    ('Albanese congratulated the Matildas on reaching the World Cup final.',
     'Albanese said he wanted to congratulate the Matildas on reaching the World Cup final.'),
    ("The mayor said she welcomed the government's decision to fund the tram extension.",
     "The government's decision to fund the tram extension was welcomed by the mayor."),
    ('Sales rose 12% thanks to strong demand for electric cars, the company said.',
     'The company said sales rose 12% on strong demand for electric cars.'),
    ('Edinburgh welcomed a record 5 million visitors last year, VisitScotland said.',
     'A record 5 million people visited Edinburgh last year, VisitScotland said.'),
    ('The rain is a welcome relief for farmers in Queensland, the bureau said.',
     'The bureau said the rain would bring relief to farmers in Queensland.'),
    ('The school welcomed pupils back on Monday after the floods, the head teacher said.',
     'Pupils returned to the school on Monday after the floods, the head teacher said.'),
    ('Tourists are welcome to visit the temple again from Monday, the trust said.',
     'The trust said tourists could visit the temple again from Monday.'),
    ('The mediators, who were thanked by both sides, said the ceasefire would hold.',
     'The mediators said the ceasefire would hold.'),
    ('Congratulations poured in for the Indian team after its win over Pakistan, the board said.',
     'The board said the Indian team had received many messages after its win over Pakistan.'),
    ('The new stadium will welcome its first fans in August, the club said.',
     'The club said the new stadium would open to fans in August.'),
    ('Rescuers said the climber survived thanks to a passing hiker.',
     "Rescuers said a passing hiker saved the climber's life."),
    ('Residents said they welcomed plans for a bypass around Kelso.',
     'Residents said they backed plans for a bypass around Kelso.'),
    ('The union welcomed the pay offer from the hospital trust.',
     'The union said it was pleased with the pay offer from the hospital trust.'),
    ('Fans welcomed the team home at Dublin airport, gardai said.',
     'Thousands of fans greeted the team at Dublin airport, gardai said.', GREETED),
    ('The minister said she would welcome any move to cut fuel duty.',
     'The minister said she supported a cut in fuel duty.'),
    ('"We thank the public for their patience," the operator said.',
     'The operator thanked the public for their patience.'),
    ("Police said the volunteers, who were thanked by the mayor, had cleared two tonnes of litter from the beach.",
     "Police said the volunteers had cleared two tonnes of litter from the beach."),
    ("The club said its fans, who thanked the players after the match, had raised 5,000 pounds for the hospice.",
     "The club said its fans had raised 5,000 pounds for the hospice."),
    ('The council backed plans for a bypass around Kelso, the clerk said.',
     'The council approved plans for a bypass around Kelso, the clerk said.'),
]

# One named reactor's thanks told by the author and in the reactor's own reported words, which share the thing
# thanked and little else (``claim_match._one_reaction``).
THING_RENAMED = ("the reactor's own words name the thing thanked by a pronoun or another form ('them', 'every "
                 "Victorian'), so no name but the reactor's is shared; apart on main too")
ONE_REACTOR = [
    ("Prime Minister Ana Ruiz welcomed the hostages' return and thanked the government of Qatar for its mediation.",
     "Ana Ruiz said she was relieved the hostages were safe and thanked Qatar."),
    ("Chancellor Olaf Weber thanked Norway for the gas it had sent during the winter shortage.",
     "Weber said he thanked Norway and was glad Germany had got through the winter."),
    ("President Samia Hassan congratulated the Taifa Stars on qualifying for the Africa Cup of Nations.",
     "Hassan said the Taifa Stars had made the country proud and she congratulated them.", THING_RENAMED),
    ("Premier Dan Andrews thanked Victorians for sticking with the lockdown rules in Melbourne.",
     "Andrews said he wanted to thank every Victorian who had stayed home.", THING_RENAMED),
    ("Mayor Tom Hart thanked firefighters for saving the historic mill in Ashby.",
     "Hart said the firefighters had done a remarkable job and he thanked them.", THING_RENAMED),
]

# cprec10's review: one table per mend, of the reviewer's rows (/tmp/rev_cprec10.md, "P" numbers) and the mender's
# own, each seen failing with its mend undone.
# A reaction word in another sense is no reaction (``newsradar.reactions``, ``claim_match._REACTION``): a thank-you
# is a kind of banner or card, a welcome of a return or of investment hosts; the noun "congratulations" after its
# verb is the congratulation (P45, P49, P50, P51, P31, and two of the mender's own).
MEND3_SENSES_SAME = [
    ('Residents hung thank-you banners outside the hospital, the trust said.',
     'The trust said residents had hung banners outside the hospital.'),
    ('The minister said the country would welcome investment from China in its ports.',
     'The minister said the country was open to investment from China in its ports.'),
    ('Scotland will welcome the return of the Open to St Andrews in 2027, the R&A said.',
     'The Open will return to St Andrews in 2027, the R&A said.'),
    ("Crowds welcomed the team's return to Buenos Aires with a parade, police said.",
     "Police said crowds held a parade in Buenos Aires for the team's return."),
    ('The Taoiseach congratulated Rory McIlroy on winning the Masters at Augusta.',
     "Rory McIlroy received the Taoiseach's congratulations after winning the Masters at Augusta."),
    ('Pupils made thank-you cards for the firefighters who saved the school, the head teacher said.',
     'The head teacher said pupils had made cards for the firefighters who saved the school.'),
]
# A plural act is its noun (``stem``): the welcome of "the positive results" reacts to the results (P90, the
# mender's "decisions").
MEND3_PLURAL_APART = [
    ('The vaccine trial produced positive results, the company said.',
     'The health minister welcomed the positive results of the vaccine trial, his office said.'),
    ('The health board welcomed the decisions of both councils to fund the Ardee clinic, a spokesman said.',
     'Both councils decided to fund the Ardee clinic, the health board said.'),
]
# The reactor's own stance on what it reacted to (``claim_match._retold_by_reactor``: a stance of
# ``reactions.RETOLD_STANCES``, by a speaker or in words naming the reactor) is its reaction retold, whatever the
# kind: P29, P32, P33, P36, P37, P38, P39, P64, P80 and four of the mender's own join. Another's stance stays apart
# from the reaction (P89, P91, P92, P93, and three of the mender's own).
MEND1_RETOLD_SAME = [
    ("Amnesty International welcomed the Supreme Court's ruling on the protest law.",
     "Amnesty International hailed the Supreme Court's verdict on the protest law as a victory."),
    ("The BMA welcomed the government's pay offer to junior doctors.",
     "The BMA said the government's pay offer to junior doctors was a positive step."),
    ('Greenpeace welcomed the ban on deep-sea mining, a spokesperson said.',
     'Greenpeace said the ban on deep-sea mining was good news for the oceans.'),
    ('The mayor welcomed the arrest of the suspect in the Elm Park shooting.',
     'The mayor said she was relieved a suspect in the Elm Park shooting had been arrested.'),
    ('The US embassy congratulated Nigerians on the peaceful conduct of the election.',
     'The US embassy commended Nigerians for the peaceful conduct of the election.'),
    ('England captain Harry Kane thanked the fans for their support in Germany.',
     'England captain Harry Kane paid tribute to the fans for their support in Germany.'),
    ('The RMT hailed the pay deal as a victory for rail workers.',
     'The RMT welcomed the pay deal for rail workers, its general secretary said.'),
    ('Foreign Secretary David Lammy welcomed the release of the British aid worker in Yemen.',
     'Lammy said the release of the aid worker in Yemen was a relief to his family.'),
    ("Unions welcomed the government's pledge on sick pay, the TUC said.",
     "The TUC said unions were glad about the government's pledge on sick pay."),
    ("The Law Society welcomed the government's decision to scrap court fees, its president said.",
     "The Law Society said it was delighted by the government's decision to scrap court fees."),
    ("Kenya's president congratulated the Harambee Stars on qualifying for the Africa Cup of Nations.",
     "Kenya's president said he was proud of the Harambee Stars for qualifying for the Africa Cup of Nations."),
    ("The farmers' union welcomed the new subsidy scheme for hill farms, a spokesman said.",
     "The farmers' union said the new subsidy scheme for hill farms was good news."),
    ('The coach thanked the supporters for their backing in Cardiff, the club said.',
     'The coach paid tribute to the supporters for their backing in Cardiff, the club said.'),
]
MEND1_OTHERS_APART = [
    ('Labour won a landslide victory in the general election, the Electoral Commission said.',
     'President Biden congratulated Keir Starmer on Labour\'s victory in the general election, the White House said.'),
    ('Police said the rescue of the trapped miners was good news for the village.',
     'The mayor thanked the police for the rescue of the trapped miners, his office said.'),
    ('The council backed plans for a new bypass around Kelso, the clerk said.',
     "Residents said they welcomed the council's plans for a new bypass around Kelso."),
    ('The Springboks were proud to win the World Cup, their captain said.',
     'President Ramaphosa congratulated the Springboks on winning the World Cup, his office said.'),
    ('Shipping firms backed the new rules on ballast water, the industry body said.',
     'The environment minister welcomed the new rules on ballast water, her office said.'),
    ('Opposition MPs said the rise in the state pension was good news for pensioners.',
     'Age UK welcomed the rise in the state pension, its director said.'),
    ('The relay team was proud to win gold in Budapest, its captain said.',
     "Kenya's sports minister congratulated the relay team on winning gold in Budapest."),
    # Debatable (the review's P55 and P65, "one claim, I think"); two claims by the guide (bench/data/README.md,
    # claim_variants: "the same speaker's other statement" is a hard negative): a thanks, and what the thanked did.
    ('The Kenyan athlete thanked God after winning the Boston Marathon in a course record, his manager said.',
     'The Kenyan athlete said God had helped him win the Boston Marathon in a course record.'),
    ('Prime Minister Jacinda Ardern thanked the rescuers at Whakaari for their courage.',
     'Ardern said the rescuers at Whakaari had shown extraordinary courage.'),
]
# One reactor's two reactions join only when what both take names one thing (``claim_match._one_reaction``,
# ``reacted``), not when they share a place in a reason clause (P86, and two of the mender's own); one thanks of one
# party told twice still joins (P57, and one of the mender's own).
MEND6_REACTED_APART = [
    ('Taoiseach Simon Harris thanked the Defence Forces for evacuating Irish citizens from Sudan.',
     'Harris said he wanted to thank Egypt for letting the evacuees from Sudan cross its border.'),
    ('Premier Danielle Smith thanked British Columbia for sending firefighters to Jasper, her office said.',
     'Smith said she wanted to thank Ottawa for the soldiers it sent to Jasper.'),
    ('Mayor Brandon Johnson thanked the Chicago Fire Department for its work at the Pilsen blaze.',
     'Johnson said he was grateful to neighbours in Pilsen who sheltered the families.'),
]
MEND6_REACTED_SAME = [
    ('Taoiseach Simon Harris thanked the Defence Forces for evacuating Irish citizens from Sudan.',
     'Harris said he wanted to thank the Defence Forces for their work.'),
    ('President William Ruto thanked Tanzania for hosting the Kenyan delegation in Arusha.',
     'Ruto said he thanked Tanzania for hosting the talks in Arusha.'),
]
# A welcome's object is read to its head noun past a possessive name (``claim_match._head``), not its first four words:
# one welcome told with a short and a long name of the decider is one claim (P78, P79, and the mender's grocers),
# and the long name's welcome stays apart from the act (P5, and the Malkinson act of story S2).
MEND2_HEAD_SAME = [
    ("Campaigners said they welcomed the decision to overturn Andrew Malkinson's conviction.",
     "Campaigners said they welcomed the Court of Appeal's decision to overturn Andrew Malkinson's conviction."),
    ("FICCI said it welcomed the RBI's decision to keep the repo rate at 6.5%.",
     "FICCI said it welcomed the Reserve Bank of India's decision to keep the repo rate at 6.5%."),
    ("Grocers said they welcomed the European Central Bank's surprise cut in interest rates.",
     'Grocers said they welcomed the surprise cut in interest rates by the European Central Bank.'),
]
MEND2_HEAD_APART = [
    ('The Reserve Bank of India kept the repo rate unchanged at 6.5% on Friday, the bank said.',
     "Industry body FICCI welcomed the Reserve Bank of India's decision to keep the repo rate at 6.5%."),
    ('The Court of Appeal overturned the conviction of Andrew Malkinson on Wednesday, his lawyers said.',
     "Campaigners said they welcomed the Court of Appeal's decision to overturn Andrew Malkinson's conviction."),
]
# A reaction in a "that" relative clause is not the claim's (``claim_match._main_clause_before``, as ``_refusals``
# reads it): its plain retelling joins it.
MEND5_THAT_RELATIVE = [
    ("The fan group that had welcomed the club's decision to sack the manager marched to the stadium on Saturday, "
     "police said.",
     'Police said the fan group marched to the stadium on Saturday.'),
    ('Police said the charity that has thanked the volunteers had closed the food bank in Leeds.',
     'Police said the charity had closed the food bank in Leeds.'),
    ('The minister said the unions that had welcomed the pay offer would ballot members next week.',
     'The minister said the unions would ballot members next week on the pay offer.'),
    ("Residents that had welcomed the council's plans for a bypass blocked the road in Kelso on Monday, the council "
     "said.",
     'The council said residents blocked the road in Kelso on Monday.'),
]
# The reactor's own stance is read by its speaker's words as ``terms`` reads them (``ClaimSignature.speaker_terms``):
# two bodies that share only "of" are two voices, and one body's welcome and its own backing are one claim.
NO_VOICE = ("a newspaper's name is read as no speaker, and two speakers of no words and one kind may be one; joined "
            "on the stage too")
SPEAKER_WORDS_APART = [
    ('The Ministry of Foreign Affairs said it welcomed the ceasefire agreement between Israel and Hamas.',
     'The Bank of England said it backed the ceasefire agreement between Israel and Hamas.'),
    ('The Ministry of Defence said it welcomed the decision to extend the training mission in Iraq.',
     'The Council of Europe said it supported the decision to extend the training mission in Iraq.'),
    ("The University of Oxford said it welcomed the government's plan to fund new research laboratories.",
     "The Bank of Scotland said it backed the government's plan to fund new research laboratories."),
    ('The Chamber of Commerce said it welcomed the new trade agreement with Canada.',
     'The Church of England said it was pleased with the new trade agreement with Canada.'),
    ('The Department of Health said it welcomed the ban on disposable vapes.',
     'The Royal College of Nursing said the ban on disposable vapes was good news for children.'),
    ("The Guardian said it welcomed the court's ruling on press freedom in Hungary.",
     "The Times said it supported the court's ruling on press freedom in Hungary.", NO_VOICE),
    ('The Mayor of London said he welcomed the decision to build a new bridge over the Thames.',
     'The Port of London Authority said it backed the decision to build a new bridge over the Thames.'),
    ('The foreign minister said she welcomed the peace deal between Armenia and Azerbaijan.',
     'The finance minister said he backed the peace deal between Armenia and Azerbaijan.'),
    ('The Minister of Health said she welcomed the new funding for rural clinics.',
     'The Minister of Education said he supported the new funding for rural clinics.'),
    ('The Archbishop of Canterbury said he welcomed the release of the hostages in Gaza.',
     'The Bank of Israel said it was relieved by the release of the hostages in Gaza.'),
]
SPEAKER_WORDS_SAME = [
    ('The Ministry of Foreign Affairs said it welcomed the ceasefire agreement between Israel and Hamas.',
     'The Ministry of Foreign Affairs said it backed the ceasefire agreement between Israel and Hamas.'),
    ("The Bank of England said it welcomed the government's new fiscal rules.",
     "The Bank of England said it supported the government's new fiscal rules."),
    ('The Chamber of Commerce said it welcomed the new trade agreement with Canada.',
     'The Chamber of Commerce said it was pleased with the new trade agreement with Canada.'),
]


PAIRS = (("apart", (STORY, STORY), False, APART), ("same", (STORY, STORY), True, SAME),
         ("thanks apart", (STORY, STORY), False, THANKS_APART), ("thanks same", (STORY, STORY), True, THANKS_SAME),
         ("one reactor", (STORY, STORY), True, ONE_REACTOR),
         ("mend3 senses", (STORY, STORY), True, MEND3_SENSES_SAME),
         ("mend3 plural", (STORY, STORY), False, MEND3_PLURAL_APART),
         ("mend1 retold same", (STORY, STORY), True, MEND1_RETOLD_SAME),
         ("mend1 others apart", (STORY, STORY), False, MEND1_OTHERS_APART),
         ("mend6 reacted apart", (STORY, STORY), False, MEND6_REACTED_APART),
         ("mend6 reacted same", (STORY, STORY), True, MEND6_REACTED_SAME),
         ("mend2 head same", (STORY, STORY), True, MEND2_HEAD_SAME),
         ("mend2 head apart", (STORY, STORY), False, MEND2_HEAD_APART),
         ("mend5 that relative", (STORY, STORY), True, MEND5_THAT_RELATIVE),
         ("speaker words apart", (STORY, STORY), False, SPEAKER_WORDS_APART),
         ("speaker words same", (STORY, STORY), True, SPEAKER_WORDS_SAME))


def test_claim_pairs_reactions_apart_from_what_they_answer(joined, a, b, stories, same):
    assert joined(a, b, *stories) == same, f"{'should join' if same else 'should stay apart'}: {a!r} | {b!r}"

