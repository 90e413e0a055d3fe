"""Claim matching on pairs it was not tuned on: one story told by two outlets, one claim or two.

Each pair is two sentences as two outlets would write them about one event, run through the path the
enricher takes (the extractor, ``claim_match.signature`` with the story's id, ``claim_match.place``).
87 restate one claim in other words (a paraphrase, a figure rounded, the speaker named otherwise, a
count's drift, one unnamed source written two ways) and must join; 62 are two claims of the story sharing its
names and figures (a denial and what it denies, a reaction, two quantities, one speaker's two points, two
unnamed sources of other sides) and must not. Written for NewsRadar, no
label batch: a probe set of the general cases, so a rule fitted to one bench row shows here.
"""
from __future__ import annotations

import pytest

from consumers.enricher.nlp.pipeline import Extractor
from newsradar.claim_match import Fresh, place, signature

STORY = "story-1"

# A pair's third item is why the matcher still gets it wrong: run as a strict xfail, so a fix shows as a pass.
FIGURE_VAGUE = ("a vague plural figure ('thousands') is read as 1,000, so it conflicts with the 2,000 it "
                "rounds, and 'shed roles' shares no word with 'cut jobs'")
NO_SYNONYM = "a paraphrase by another verb or noun shares too few words: no synonym links them"
TWO_ROLES = ("two public roles of other heads are not told apart, only a private party from any other side: "
             "the split of any two heads (038d6d3) also split one source written two ways ('police', 'officials')")
ORGANISERS = ("'organisers' are in no party: a protest's are a private side, a games' or an election's often the "
              "officials another outlet names")
NO_PARTY = ("an observer and a party are in no side: the UN and governments send observers too, and the party is "
            "read from the head noun, never a modifier ('opposition parties' as 'local police' is)")
DRIFT_OR_QUANTITY = ("inside one story another value is read as drift of one quantity, whatever the verbs say "
                     "about what is counted")

SAME = [
    # paraphrase, no figure shared or a figure given in words
    ("Acme Motors will cut 2,000 jobs, the company said on Tuesday.",
     "Acme Motors said it plans to shed thousands of roles.",
     FIGURE_VAGUE),
    ("The Taliban denied any involvement in the attack, a spokesman said.",
     "A Taliban spokesman said the group had nothing to do with the attack.",
     "'denied any involvement' is not read as a negation, 'nothing to do with' is"),
    ("The mayor said the bridge would reopen next month.",
     "The bridge will open again in a month, the mayor told reporters."),
    ("Police said a man had been arrested on suspicion of murder.",
     "A man has been detained on suspicion of murder, police said."),
    ("The company said it would appeal against the ruling.",
     "The company said it plans to challenge the ruling in a higher court.",
     NO_SYNONYM),
    ("The minister said fuel prices would rise in January.",
     "Fuel prices are set to increase in January, the minister said."),
    ("The union said its members would strike for 48 hours.",
     "Union members will walk out for two days, the union said."),
    ("The health ministry said 14 people were killed in the blast.",
     "Fourteen people died in the explosion, the health ministry said."),
    # a figure rounded or restated
    ("The Kremlin said Russia would pay $7.1 billion for the weapons.",
     "Russia will pay about $7 billion for the arms, the Kremlin said."),
    ("The airline said it had cancelled 460 flights because of the storm.",
     "The airline said nearly 500 flights were cancelled because of the storm."),
    ("Officials said 1.2 million people had lost power.",
     "More than a million people were left without power, officials said."),
    ("The board said turnout reached 71%.",
     "Some 71 per cent of voters cast a ballot, the board said."),
    ("The utility said 312,000 homes were without electricity.",
     "Roughly 300,000 homes had no power, the utility said."),
    ("Regulators said the bank would pay a fine of $2.5 billion.",
     "The bank will pay $2.5bn to settle the case, regulators said."),
    ("The charity said one in four children lived in poverty.",
     "A quarter of children live in poverty, the charity said."),
    # the speaker named otherwise
    ("The Kremlin said Moscow was in talks with the Taliban over the weapons.",
     "Dmitry Peskov, the Kremlin spokesman, said Russia was negotiating with the Taliban over the weapons."),
    ("The Pentagon said the drone was shot down over the Black Sea.",
     "A Pentagon spokesman said the drone had been downed over the Black Sea."),
    ("Finance Minister Oskar Lind said VAT would rise to 22 percent.",
     "The finance minister said VAT would go up to 22 percent."),
    ("The White House said the president would veto the bill.",
     "President Biden will veto the bill, the White House said."),
    ("A Telegram channel claimed Putin was negotiating with the Taliban.",
     "General SVR claimed Putin was in talks with the Taliban.",
     "'General SVR' is read as a person keyed 'svr', not the channel's name"),
    ("Samsung said profits fell 60% in the quarter.",
     "Samsung Electronics said its quarterly profit dropped 60%."),
    ("Police said the suspect fled the scene in a white van.",
     "The suspect escaped in a white van, a police spokeswoman said."),
    ("The World Health Organization said the outbreak was under control.",
     "The WHO said the outbreak had been brought under control."),
    ("Reuters reported that the talks had collapsed.",
     "The talks have broken down, Reuters reported."),
    # a claim relayed
    ("The spokesman told the BBC that the army had withdrawn from the town.",
     "The army has pulled out of the town, the spokesman said."),
    ("Sources familiar with the talks said a deal was close.",
     "A deal is close, people familiar with the negotiations said."),
    ("The police chief said the gunman acted alone.",
     "The gunman acted alone, according to the police chief."),
    ("The prosecutor said the defendant would face trial in March.",
     "The district attorney said the defendant will stand trial in March."),
    ("The company said it had not been hacked.",
     "The company denied that it had been hacked."),
    ("Zelensky said Ukraine would never give up Crimea.",
     "Ukraine will not surrender Crimea, Zelensky said."),
    ("The ministry said the ban would take effect on Monday.",
     "The prohibition comes into force on Monday, the ministry said.",
     NO_SYNONYM),
    ("The coach said he would resign at the end of the season.",
     "The coach will quit at the end of the season, he said."),
    # a role opening the sentence is the role said after the claim; a surname alone stays a person
    ("Economists said unemployment would rise to 5% next year.",
     "Unemployment will rise to 5% next year, economists said."),
    ("King said the bill would pass the Senate next week.",
     "Senator Angus King said the bill would pass the Senate next week."),
    # another value of one count is drift, which the cluster reports, not another claim
    ("Rescuers said 23 miners were killed in the explosion.",
     "The explosion left 25 miners dead, rescuers said."),
    ("Officials said 1,870 residents had left their homes in the valley.",
     "Officials said 2,140 residents were evacuated from their homes in the valley."),
    # one source named by two roles, or as a body and as its officials
    ("Officials said the bomb was made from fertiliser.",
     "The bomb was made from fertiliser, police said."),
    ("Five people were killed in the blast, police said.",
     "Five people were killed in the blast, officials said."),
    ("Five bodies were recovered from the rubble, rescuers said.",
     "Five bodies were recovered from the rubble, civil defence officials said."),
    ("Hamas said the hostages would be freed on Sunday.",
     "The hostages will be freed on Sunday, Hamas officials said."),
    ("The Houthis said they had fired missiles at the ship.",
     "They had fired missiles at the ship, Houthi officials said."),
    # one unnamed source written two ways: a service by its people, a body by its officials, a private party
    # by two nouns; the reviewers' look-alikes of the private-party split
    ('Officers said the driver had been arrested at the scene.',
     'The driver was arrested at the scene, police said.'),
    ('Authorities said the fire had destroyed more than 300 homes.',
     'More than 300 homes were destroyed by the fire, officials said.'),
    ('Detectives said the attack appeared to have been planned.',
     'Police said the attack appeared to have been planned.'),
    ('The force said the officer had been suspended pending an inquiry.',
     'The officer has been suspended pending an inquiry, police said.'),
    ('Coastguards said the boat had capsized in heavy seas.',
     'The boat capsized in heavy seas, rescuers said.'),
    ('Firefighters said the blaze started in the kitchen.',
     'The blaze started in the kitchen, the fire service said.'),
    ('Crews said the fire was under control by Sunday evening.',
     'Firefighters said the fire was under control by Sunday evening.'),
    ('Health officials said the outbreak had been traced to a restaurant.',
     'Doctors said the outbreak had been traced to a restaurant.'),
    ('The hospital said the injured boy was in a critical condition.',
     'Doctors said the injured boy was in a critical condition.'),
    ('Soldiers said the village had been shelled overnight.',
     'The village was shelled overnight, the army said.'),
    ('The military said two drones had been shot down.',
     'Two drones were shot down, army officials said.'),
    ('Investigators said the plane had run out of fuel.',
     'The plane ran out of fuel, officials said.'),
    ('Prosecutors said the former minister took bribes from the contractor.',
     'The former minister took bribes from the contractor, prosecutors said.'),
    ('Rescuers said the climbers were found alive on Tuesday.',
     'The climbers were found alive on Tuesday, emergency services said.'),
    ('Authorities said the dam was at risk of collapse.',
     'The dam was at risk of collapse, police said.'),
    ('Lawyers said the ruling would be appealed.',
     'The ruling will be appealed, the lawyers said.'),
    ('Residents said the water had reached the first floor.',
     'The water reached the first floor, residents said.'),
    ('Witnesses said the gunman fired from a car.',
     'The gunman fired from a car, witnesses said.'),
    ('Analysts said the merger would raise prices.',
     'The merger will raise prices, analysts said.'),
    ('The union said the strike would go ahead on Monday.',
     'The strike will go ahead on Monday, union officials said.'),
    ('Relatives said the victim had been threatened for months.',
     'The victim had been threatened for months, his family said.'),
    ('Officials said the border crossing would reopen on Friday.',
     'The border crossing will reopen on Friday, authorities said.'),
    ('Activists said 40 people were detained at the march.',
     'Forty people were detained at the march, rights groups said.'),
    ('Employees said the factory would shut in May.',
     'The factory will shut in May, the union said.'),
    ('Nurses said the ward had been short of staff for months.',
     'The ward had been short of staff for months, union officials said.'),
    ("The victim's mother said he had been bullied at school.",
     'He had been bullied at school, his family said.'),
    ('Locals said the road had flooded twice this year.',
     'The road has flooded twice this year, residents said.'),
    ("The company's lawyers said it would appeal the fine.",
     'The company said it would appeal the fine.'),
    ('Opposition leaders said the vote had been rigged.',
     'The vote had been rigged, critics of the government said.'),
    # look-alikes of the private-party split (review of f7ee2cf): a party word as a modifier ("local", "parent",
    # "union") or in a named body is no party; two private nouns are one side; a lawyer "for" a client is the
    # client's; an expert or a monitor is as often an institution's
    ('Local police said the suspect had been arrested.',
     'The suspect had been arrested, police said.'),
    ('At least 12 people were killed in the landslide, local authorities said.',
     'Twelve people died in the landslide, officials said.'),
    ('The European Union said the tariffs would take effect in March.',
     'The tariffs will take effect in March, EU officials said.'),
    ('The parent company said the unit would be sold.',
     'The company said the unit would be sold.'),
    ('A family court judge said the boy should stay with his mother.',
     'The boy should stay with his mother, the judge said.'),
    ('The patient safety watchdog said the ward was unsafe.',
     'The ward was unsafe, the regulator said.'),
    ('Resident doctors said the strike would continue.',
     'The strike will continue, doctors said.'),
    ('Economists said the rate rise would push the economy into recession.',
     'The rate rise would push the economy into recession, analysts said.'),
    ('Critics said the bill would gut press freedom.',
     'The bill would gut press freedom, rights activists said.'),
    ('Teachers said the strike would go ahead next week.',
     'The strike will go ahead next week, the union said.'),
    ('Opposition supporters said the count had been rigged.',
     'The count had been rigged, supporters of the opposition said.'),
    ('Student protesters said the police had used batons.',
     'The police had used batons, protesters said.'),
    ('Lawyers for the company said it would appeal the fine.',
     'The company said it would appeal the fine.'),
    ('A lawyer for the family said the boy had been restrained for hours.',
     "The boy had been restrained for hours, the family's lawyer said."),
    ('A lawyer for the union said the dismissals were unlawful.',
     'The dismissals were unlawful, the union said.'),
    ('UN experts said the camp had run out of food.',
     'The camp had run out of food, the United Nations said.'),
    ('Government experts said the vaccine was safe.',
     'The vaccine was safe, health officials said.'),
]

DIFFERENT = [
    # a denial and what it denies
    ("A Telegram channel claimed Putin was negotiating with the Taliban over the weapons.",
     "The Kremlin denied that Putin was negotiating with the Taliban over the weapons."),
    ("The report said the minister had taken bribes from the contractor.",
     "The minister denied taking bribes from the contractor."),
    ("The opposition said 5,000 ballots had been dumped.",
     "The electoral commission denied that 5,000 ballots had been dumped."),
    ("Police said the driver was drunk.",
     "The driver's lawyer said his client was not drunk."),
    ("The company said 80% of its staff would return to the office.",
     "The union said no more than half of staff would return to the office."),
    # a reaction to a claim
    ("A Telegram channel claimed Russia would buy American weapons from the Taliban.",
     "Rep. Jim Banks said the claim showed the withdrawal was a disaster."),
    ("The central bank said it would raise interest rates to 4.25%.",
     "Economists said the rise to 4.25% would hurt homeowners."),
    ("The government said it would ban the group.",
     "The group said the ban was an attack on free speech."),
    ("The mayor said the bridge would reopen next month.",
     "Residents said they doubted the bridge would reopen next month."),
    # two quantities or two values
    ("The airline said it would cut 1,200 jobs.",
     "The airline said it would close 12 routes."),
    ("The health ministry said 17 people were killed in the blast.",
     "The health ministry said 40 people were injured in the blast."),
    ("Police said 12 people were arrested after the match.",
     "Police said 30 people were injured after the match."),
    ("The hackers demanded $5 million.",
     "The hackers lowered their demand to $2 million.",
     DRIFT_OR_QUANTITY),
    ("The company said revenue rose 12% to $4.1 billion.",
     "The company said profit fell 30% to $800 million."),
    ("Officials said 8,500 residents were ordered to evacuate.",
     "Officials said 8,500 residents were allowed to return home.",
     'one shared figure in one story joins whatever the verbs: ordered out and allowed back are two events'),
    ("The survey said 60% of voters backed the plan.",
     "The survey said 25% of voters opposed the plan.",
     DRIFT_OR_QUANTITY),
    ("The union said its members would strike for 48 hours.",
     "The union said its members would strike for two weeks."),
    # one speaker, two things
    ("The sheriff said 8,000 residents were ordered out.",
     "The sheriff said the fire was started by a power line."),
    ("Finance Minister Oskar Lind said VAT would rise to 22 percent.",
     "Finance Minister Oskar Lind said defence spending would rise by 1.5 billion euros."),
    ("The coach said he would resign at the end of the season.",
     "The coach said the players had let the fans down."),
    ("Police said a man had been arrested on suspicion of murder.",
     "Police said a knife was found near the scene."),
    ("The Kremlin said Moscow was in talks with the Taliban over the weapons.",
     "The Kremlin said Moscow would open an embassy in Kabul."),
    ("The company said it would appeal against the ruling.",
     "The company said the ruling would not affect its customers."),
    # two speakers of one story
    ("Rep. Jim Banks said the withdrawal was a disaster.",
     "President Biden said the withdrawal was a success."),
    ("The victim's sister said he had been threatened for months.",
     "A police spokesman said he had been threatened for months."),
    ("The prosecutor said the defendant lied to investigators.",
     "The defence lawyer said the defendant told investigators the truth."),
    ("The Taliban said the weapons belonged to Afghanistan.",
     "The Pentagon said the weapons belonged to the United States."),
    ("Israel said the strike killed 12 militants.",
     "Hamas said the strike killed 12 civilians."),
    ("The landlord said the tenants had been warned about the damp.",
     "The tenants said they had never been warned about the damp."),
    ("Doctors said the patient was in a stable condition.",
     "Doctors said the patient would need further surgery."),
    ("The regulator said it was investigating the leak.",
     "The company said it had stopped the leak.",
     'two unnamed bodies (a regulator, a company) are compatible, and two words of a short claim reach the story bar'),
    ("The ministry said the ban would take effect on Monday.",
     "Shop owners said the ban would ruin their businesses."),
    # two roles of other heads, opening the sentence or following the claim, one a private party or both public
    ("Doctors said the patient had lost a lot of blood.",
     "Nurses said the patient had lost a lot of blood.",
     TWO_ROLES),
    ("The victim had been stabbed several times, police said.",
     "The victim had been stabbed several times, prosecutors said.",
     TWO_ROLES),
    ("The ruling would be appealed, lawyers said.",
     "The ruling would be appealed, officials said."),
    ("Doctors said the patient would recover.",
     "Relatives said the patient would recover."),
    ("Officials said the virus was spreading among children.",
     "Officials said the vaccine was safe for children."),
    # two unnamed sources of other sides: a private party and an office, a service or a body, or two parties
    ('Police said the driver had been speeding.',
     'Witnesses said the driver had been speeding.'),
    ('The driver had been speeding, officials said.',
     'The driver had been speeding, passengers said.'),
    ('Officials said the school would reopen on Monday.',
     'Parents said the school would reopen on Monday.'),
    ('The school would reopen on Monday, teachers said.',
     'The school would reopen on Monday, the ministry said.'),
    ('Police said the protest had been peaceful.',
     'Activists said the protest had been peaceful.'),
    ('The protest was peaceful, organisers said.',
     'The protest was peaceful, authorities said.',
     ORGANISERS),
    ('The company said the plant would close next year.',
     'The union said the plant would close next year.'),
    ('Workers said the plant would close next year.',
     'The plant will close next year, officials said.'),
    ('Doctors said the patient had been given the wrong drug.',
     'Relatives said the patient had been given the wrong drug.'),
    ('The patient was given the wrong drug, the hospital said.',
     'The patient was given the wrong drug, his family said.'),
    ('Prosecutors said the defendant had lied to the court.',
     'Defence lawyers said the defendant had lied to the court.'),
    ('The defendant had lied to the court, police said.',
     'The defendant had lied to the court, his lawyers said.'),
    ('Economists said the tax rise would hurt small firms.',
     'The tax rise would hurt small firms, the ministry said.'),
    ('Officials said the stadium was safe.',
     'Fans said the stadium was safe.'),
    ('Neighbours said the house had been empty for years.',
     'The house had been empty for years, police said.'),
    ('Critics said the law would restrict free speech.',
     'The law would restrict free speech, the government said.'),
    ('Campaigners said the river was polluted with sewage.',
     'The river was polluted with sewage, the regulator said.'),
    ('Students said the exam had been leaked online.',
     'The exam had been leaked online, officials said.'),
    ('Residents said the evacuation order came too late.',
     'The evacuation order came too late, firefighters said.'),
    ('Passengers said the train had stopped without warning.',
     'The train stopped without warning, the rail operator said.'),
    ('Patients said the clinic had run out of vaccines.',
     'The clinic ran out of vaccines, health officials said.'),
    ('Observers said the vote had been fair.',
     'The vote was fair, the electoral commission said.', NO_PARTY),
    ("The family's lawyer said the boy had been restrained for hours.",
     'The boy had been restrained for hours, police said.'),
    ('Supporters said the referee had been attacked.',
     'The referee was attacked, the club said.'),
    ('The vote had been rigged, opposition parties said.',
     'The vote had been rigged, officials said.', NO_PARTY),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _pairs():
    for same, pairs in ((True, SAME), (False, DIFFERENT)):
        for a, b, *still_wrong in pairs:
            marks = [pytest.mark.xfail(strict=True, reason=reason) for reason in still_wrong]
            yield pytest.param(a, b, same, id=f"{'same' if same else 'different'}: {a[:40]} | {b[:40]}", marks=marks)


def _placed(extractor: Extractor, sentence: str) -> Fresh:
    claims = extractor.extract_text(sentence).claims
    assert claims, f"no claim extracted from {sentence!r}"
    return Fresh(sentence, 0.0, signature(claims[0], STORY))


@pytest.mark.parametrize("a,b,same", list(_pairs()))
def test_claim_pairs_general_two_outlets_one_claim_or_two(extractor, a, b, same):
    fresh = [_placed(extractor, a), _placed(extractor, b)]
    ids = place(fresh, [[], []], lambda claim_id: claim_id)
    assert (ids[0] == ids[1]) == same, f"{'should join' if same else 'should stay apart'}: {a!r} | {b!r}"
