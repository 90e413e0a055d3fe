"""Claim matching of a refusal or a failure ("failed to", "refused to", "declined to", "ruled out", "skipped") beside
its retellings.

A refusal is retold by a positive verb as often as with a "not" ("kept rates on hold" for "declined to raise rates",
"rejected the offer" for "refused to accept it"), so it is not read as a negation, which split every such retelling:
it is one polarity with a negation and with a positive retelling, but never one claim with the act it refuses stated
as done, nor with a negation of a refusal ("would not rule out"). Each pair is two sentences as two outlets would
write them, run through the path the enricher takes (``conftest.joined``); written for NewsRadar in wire,
broadsheet, tabloid, local and British, Australian or Indian styles, no label batch.
"""
from __future__ import annotations

STORY = "story-1"

# A pair's third item is why the matcher still gets it wrong: run as a strict xfail, so a fix shows as a pass.
NO_SYNONYM = ("a paraphrase by another verb or noun shares too few words ('refused to pay' / 'rejected the demand'): "
              "no synonym links them")
NO_ACT = ("'ruled out' names no act: what it rules out ('a replay') is no verb the other claim's 'ordered' can be "
          "told from, so the refusal and the act done share every word but the verbs")
SAME = [
    # a refusal retold with a "not", a "no" or a "never"
    ("Officials said the rocket failed to reach orbit.",
     "The rocket did not reach orbit, officials said."),
    # a refusal retold by a positive verb
    ("The central bank said it declined to raise interest rates on Thursday.",
     "The central bank said it kept interest rates on hold on Thursday."),
    ("The governor said the bank had declined to cut rates.",
     "The governor said the bank had held rates steady."),
    ("The minister said she had ruled out tax rises next year.",
     "The minister said taxes would stay the same next year."),
    ("The tenants refused to leave the flat, the landlord said.",
     "The tenants stayed in the flat, the landlord said."),
    ("The club said the striker had refused to train with the squad.",
     "The club said the striker had skipped training with the squad."),
    ("The company said it had refused to pay the ransom.",
     "The company said it had rejected the ransom demand.",
     NO_SYNONYM),
    ("The union said its members refused to accept the pay offer.",
     "The union said its members rejected the pay offer."),
    ("The coroner said the hospital failed to act on the warning signs.",
     "The coroner said the hospital ignored the warning signs."),
    ("The regulator said the bank ruled out job cuts at its branches.",
     "The regulator said the bank would keep jobs at its branches."),
    # a refusal in a relative clause, in a condition or after "by", and a fall "declined to" a figure
    ("The council said drivers who fail to pay the charge will be fined £100.",
     "Drivers will be fined £100 if they do not pay the charge, the council said.",
     "the relative clause's 'will be fined' is read as plain, not as a future, and a condition never joins a plain "
     "statement (newsradar.modality): wrong on main too"),
    ("The school said pupils who fail to wear the uniform will be sent home.",
     "Pupils without the uniform will be sent home, the school said."),
    ("More than 700 people were arrested at protests against the call-up, where men who refuse to fight face jail, "
     "monitors said.",
     "Monitors said more than 700 people were arrested at protests against the call-up."),
    ("The council said residents who refuse to recycle will be fined.",
     "Residents will be fined for not recycling, the council said."),
    ("Police said drivers who fail to stop will face prosecution.",
     "Drivers will face prosecution, police said."),
    ("The chairman said he would resign if the board refused to act.",
     "The chairman said he would quit if the board did not act."),
    ("Unions said the strike would go ahead unless the company ruled out compulsory redundancies.",
     "The strike will go ahead unless the company says there will be no compulsory redundancies, unions said."),
    ("The senator said the party had done a face plant by failing to repeal the law.",
     "The senator said the party had done a face plant on the law."),
    ("The statistics office said exports declined to 2.1 billion dollars in May.",
     "The statistics office said exports fell to 2.1 billion dollars in May."),
    ("Traders said the shares declined to a two-year low on Friday.",
     "Traders said the shares fell to a two-year low on Friday."),
    # review rows (rev_crec6): a positive retelling that adds words to the refused act ('held off', 'rejected
    # calls to', 'turned down a request to', 'late') and purpose clauses ('rules to prevent ... from') stay joined
    ('The central bank declined to raise interest rates on Thursday, officials said.',
     'The central bank held off on an interest rate rise on Thursday, officials said.'),
    ('The Reserve Bank declined to raise the cash rate on Tuesday, the governor said.',
     'The Reserve Bank left the cash rate unchanged on Tuesday, resisting calls to raise it, the governor said.'),
    ('The minister refused to resign over the scandal, aides said.',
     'The minister rejected calls to quit over the scandal, aides said.'),
    ('The club refused to release the midfielder for the Asian Cup, the coach said.',
     'The club turned down a request to release the midfielder for the Asian Cup, the coach said.'),
    ('The club refused to release the striker for the Olympics, the manager said.',
     "The club blocked the striker's release for the Olympics, the manager said."),
    ('The union refused to strike over the pay offer, members said.',
     'The union voted against a strike over the pay offer, members said.'),
    ('The firm failed to file its accounts on time, Companies House said.',
     'The firm filed its accounts late, Companies House said.'),
    ('The government brought in new rules to prevent landlords from raising rents, the minister said.',
     'The government brought in new rules to curb rent rises by landlords, the minister said.'),
    ('The council built a flood wall to stop the river from flooding homes, the mayor said.',
     'The council built a flood wall to protect homes from flooding by the river, the mayor said.'),
    # a refusal beside a negation of something else ('no need for stimulus') is no denied refusal
    ('The bank declined to cut interest rates, saying there was no need for stimulus, officials said.',
     'The bank said there was no need to cut interest rates, officials said.'),
]

DIFFERENT = [
    # a refusal beside the claim it refuses
    ("Officials said the rocket failed to reach orbit.",
     "Officials said the rocket reached orbit."),
    # a refusal denied in turn affirms: "would not rule out" a rise is no "no rise", whose words it shares
    ("The governor said he would not rule out a rate rise in March.",
     "The governor said there would be no rate rise in March."),
    # one speaker's two refusals of two things
    ("The government said it had ruled out a snap election.",
     "The government said it had ruled out a second referendum."),
]

# A refusal beside a negation of the same act or thing, in the house styles.
NEGATION_SAME = [
    ("The chancellor ruled out raising income tax before the election, the Treasury said.",
     "The chancellor will not raise income tax before the election, the Treasury said."),
    ("The club said the striker refused to travel with the squad to Madrid.",
     "The club said the striker did not travel with the squad to Madrid."),
    ("Reality star Jess Moore skipped the reunion show, her agent said.",
     "Reality star Jess Moore did not attend the reunion show, her agent said."),
    ("The central bank declined to cut interest rates on Wednesday, officials said.",
     "The central bank did not cut interest rates on Wednesday, officials said."),
    ("The council failed to collect bins on Elm Street for three weeks, residents said.",
     "Bins on Elm Street were not collected for three weeks, residents said."),
    ("The premier ruled out an early election, her office said.",
     "The premier will not call an early election, her office said."),
    ("The court said it had barred the newspaper from publishing the names of the victims.",
     "The court said the newspaper could not publish the names of the victims."),
    ("The regulator stopped the airline from selling tickets for the route, the ministry said.",
     "The airline can no longer sell tickets for the route, the ministry said."),
    ("The president refused to sign the bill, aides said.",
     "The president will not sign the bill, aides said."),
    ("The minister refused to resign, a spokeswoman said.",
     "The minister has not resigned, a spokeswoman said."),
    ("Opposition parties boycotted the vote on the budget, the speaker's office said.",
     "Opposition parties did not take part in the vote on the budget, the speaker's office said."),
    ("The landlord failed to repair the boiler for months, tenants said.",
     "The boiler was not repaired for months, tenants said."),
    ("The union is refusing to sign the pay deal, its general secretary said.",
     "The union will not sign the pay deal, its general secretary said."),
    ("The state government has ruled out any hike in bus fares, the transport minister said.",
     "There will be no hike in bus fares, the transport minister said."),
    ("The hospital failed to give the patient antibiotics, the coroner said.",
     "The patient was never given antibiotics by the hospital, the coroner said."),
    ("The health secretary ruled out a second lockdown this winter, officials said.",
     "There will be no second lockdown this winter, officials said."),
    ("Ministers have refused to publish the report, the committee said.",
     "The report has not been published by ministers, the committee said."),
    ("The mayor declined to attend the ceremony, her spokesman said.",
     "The mayor did not attend the ceremony, her spokesman said."),
    # another verb for the refused act: no synonym links them
    ("The satellite's solar panel failed to open, engineers said.",
     "One of the satellite's solar panels did not deploy, engineers said.",
     "'open' and 'deploy' are one act here, but a refusal joins a negation only through the act or thing it names: "
     "without that, one speaker's 'refused to resign' joined 'did not know about the scandal'"),
    # review rows: a thing refusal with a negation that adds only taking part ('attend', 'take part') or the
    # thing's coming ('call', 'face')
    ('Ministers ruled out a fuel duty rise in the autumn statement, the Treasury said.',
     'There will be no fuel duty rise in the autumn statement, the Treasury said.'),
    ('The goalkeeper skipped training on Tuesday, the manager said.',
     'The goalkeeper did not attend training on Tuesday, the manager said.'),
    ('Opposition MPs boycotted the budget vote on Thursday, the speaker said.',
     'Opposition MPs did not take part in the budget vote on Thursday, the speaker said.'),
    ('The reserve bank ruled out an interest rate cut this year, the governor said.',
     'There will be no interest rate cut this year, the governor said.'),
    ('The prime minister ruled out a snap election, her spokesman said.',
     'The prime minister will not call a snap election, her spokesman said.'),
    ('The judge ruled out a prison sentence for the teenager, the court heard.',
     'The teenager will not face a prison sentence, the court heard.'),
    ('The president boycotted the summit in Johannesburg, officials said.',
     'The president did not attend the summit in Johannesburg, officials said.'),
]

# Look-alikes: a refusal beside the act done, a refusal denied, two speakers, one speaker's two statements, and
# refusal verbs that refuse nothing here (a noun, a fall to a figure, a relative clause, an adjunct).
NEGATION_APART = [
    ("The central bank declined to cut interest rates on Wednesday, officials said.",
     "The central bank cut interest rates on Wednesday, officials said."),
    ("The president refused to sign the bill, aides said.",
     "The president signed the bill, aides said."),
    ("The minister refused to resign, a spokeswoman said.",
     "The minister resigned, a spokeswoman said."),
    ("The club said the striker refused to travel with the squad to Madrid.",
     "The club said the striker travelled with the squad to Madrid."),
    ("The union is refusing to sign the pay deal, its general secretary said.",
     "The union has signed the pay deal, its general secretary said."),
    ("Police barred protesters from entering the square, a spokesman said.",
     "Protesters entered the square, a police spokesman said."),
    ("The chancellor did not rule out a rise in fuel duty, the Treasury said.",
     "There will be no rise in fuel duty, the Treasury said."),
    ("The council did not refuse to collect the bins, a spokesman said.",
     "The council did not collect the bins, a spokesman said."),
    ("Mayor Jane Holt said she had ruled out a rise in council tax.",
     "Councillor Tom Reid said there would be no rise in council tax."),
    ("The premier ruled out an early election, her office said.",
     "The premier will not raise stamp duty, her office said."),
    ("The airline skipped its dividend this year, the company said.",
     "The airline did not cut its fares this year, the company said."),
    ("The Football Association ruled out a replay of the cup tie, a spokesman said.",
     "The Football Association ordered a replay of the cup tie, a spokesman said.",
     NO_ACT),
    ("Council workers removed a skip from outside the house, a neighbour said.",
     "Council workers did not remove the skip from outside the house, a neighbour said."),
    ("Exports declined to 2.1 billion dollars in May, the statistics office said.",
     "Exports did not fall in May, the statistics office said."),
    ("Drivers who refuse to pay the toll will be fined, the agency said.",
     "Drivers will not be fined, the agency said."),
    ("The party lost votes by failing to repeal the law, the senator said.",
     "The party did not lose votes, the senator said."),
    # one speaker's refusal and a negation of another act or thing
    ("The health secretary ruled out a second lockdown this winter, officials said.",
     "There will be no second vaccine dose this winter, officials said."),
    ("The company denied the report of job cuts, a spokesman said.",
     "The company did not confirm the report of job cuts, a spokesman said."),
    ("The minister refused to resign over the scandal, aides said.",
     "The minister did not know about the scandal, aides said."),
    ("The striker skipped training on Tuesday, the club said.",
     "The striker did not play on Saturday, the club said."),
    ("The union refused to accept the pay offer, its leader said.",
     "The union will not strike over the pay offer, its leader said."),
    ("Residents failed to stop the demolition of the library, campaigners said.",
     "The library will not be demolished, campaigners said."),
    ("The board ruled out a merger with its rival, the chairman said.",
     "The board has no plans to sell its rival's shares, the chairman said."),
    ("Police ruled out foul play in the death, a spokesman said.",
     "Police have not yet identified the dead man, a spokesman said."),
    ("The government blocked the takeover of the steelworks, the minister said.",
     "The government will not nationalise the steelworks, the minister said."),
    ("The council refused to grant planning permission for the tower, a spokesman said.",
     "The council did not receive a planning application for the tower, a spokesman said."),
    ("The airline stopped flights to Kyiv, the company said.",
     "The airline will not refund flights to Kyiv, the company said."),
    ("The Premier League club refused to release the player for the World Cup, his agent said.",
     "The player will not play in the World Cup, his agent said."),
    # a denial beside a confirmation: "denied" is no refusal verb here, and the two share every word but the verbs
    ("The company denied the report, a spokesman said.",
     "The company confirmed the report, a spokesman said.",
     "a denial said by 'denied' in the content (not the cue) is read by neither the extractor's flag nor the "
     "refusal reader; the claims share every word but the verb: wrong on main too"),
    # review rows: a thing refusal beside a negation of another act on the thing ('lose a match on',
    # 'cancel', 'mention', 'hold', 'speak at')
    ('The team skipped the pre-season tour of Asia, the club said.',
     'The team did not lose a match on the pre-season tour of Asia, the club said.'),
    ('The team skipped the victory parade in Manchester, the club said.',
     'The team did not cancel the victory parade in Manchester, the club said.'),
    ('The chancellor ruled out a fuel duty rise, the Treasury said.',
     'The chancellor did not mention fuel duty in her speech, the Treasury said.'),
    ('The board boycotted the shareholder meeting, the company said.',
     'The board did not hold the shareholder meeting, the company said.'),
    ('The mayor skipped the council meeting on Monday, a spokesman said.',
     'The mayor did not speak at the council meeting on Monday, a spokesman said.'),
    # a bar and an absence: 'barred from playing' joins 'cannot play', not 'did not play'
    ('The FA barred the player from playing for six matches, it said.',
     'The player did not play for six matches, the FA said.'),
    # a refusal denied beside the refusal or the plain negation
    ('The senator did not refuse to testify before the committee, his lawyer said.',
     'The senator will not testify before the committee, his lawyer said.'),
    ('The premier ruled out an early election, officials said.',
     'The premier did not rule out an early election, officials said.'),
    ('The premier ruled out a coalition with the Greens, officials said.',
     'The premier did not rule out a coalition with the Greens, officials said.'),
    ('The minister ruled out new taxes on fuel, the Treasury said.',
     'The minister did not rule out new taxes on fuel, the Treasury said.'),
    # the refused act stated as done, adding nothing
    ('The mayor refused to sign the budget on Monday, a spokesman said.',
     'The mayor signed the budget on Monday, a spokesman said.'),
    ('The rocket failed to reach orbit, officials said, after the engine shut down early.',
     'The rocket reached orbit, officials said, after the engine fired as planned.'),
    ('The company failed to meet its profit target, the chief executive said.',
     'The company met its profit target, the chief executive said.'),
    ('The council failed to grit the roads before the snow, residents said.',
     'The council gritted the roads before the snow, residents said.'),
    ('Lawmakers refused to pass the budget on Friday, the speaker said.',
     'Lawmakers passed the budget on Friday, the speaker said.'),
]

PAIRS = (("same", (STORY, STORY), True, SAME), ("different", (STORY, STORY), False, DIFFERENT),
         ("negation same", (STORY, STORY), True, NEGATION_SAME),
         ("negation apart", (STORY, STORY), False, NEGATION_APART))


def test_claim_pairs_refusals_beside_their_retellings_and_the_claims_they_refuse(joined, a, b, stories, same):
    assert joined(a, b, *stories) == same, f"{'should join' if same else 'should stay apart'}: {a!r} | {b!r}"
