"""Claim matching of a refusal or a failure ("failed to", "refused to", "declined to", "ruled out") beside its retellings.

Each pair is two sentences as two outlets would write them about one event, run through the path the enricher
takes (``conftest.joined``). A refusal is retold with a "not" ("the rocket did not reach orbit") as often as with a
positive verb ("the bank kept rates on hold" for "declined to raise rates", "the members rejected the offer" for
"refused to accept it"), and stands beside the claim it refuses ("the rocket reached orbit"). Written for NewsRadar
in wire, broadsheet, tabloid, local and British or Australian styles, no label batch. A refusal is not read as a
negation: read as one (branch crec4, dropped), it joined the "not" retellings and split the claim it refuses, but
split every positive paraphrase too, 8 of the 12 below worse than main, as "failed to" alone did before (4efdcd8).
"""
from __future__ import annotations

STORY = "story-1"

# A pair's third item is why the matcher still gets it wrong: run as a strict xfail, so a fix shows as a pass.
NOT_A_NEGATION = ("a refusal is not read as a negation, so it is apart from its retelling with a 'not' and one with "
                  "the claim it refuses when the words agree: read as one, it split the positive paraphrases below")
NO_SYNONYM = ("a paraphrase by another verb or noun shares too few words ('testify' / 'stayed silent', 'foul play' / "
              "'an accident'): no synonym links them")
DENIED_REFUSAL = ("a refusal denied in turn ('would not rule out', 'never failed to', 'did not refuse to') is read as "
                  "a denial by its 'not', as the claim of no rise or of no appearance is")

SAME = [
    # a refusal retold with a "not", a "no" or a "never"
    ("The prime minister said the government had ruled out a snap election.",
     "The government will not call a snap election, the prime minister said.",
     NOT_A_NEGATION),
    ("Police said the suspect had refused to answer questions.",
     "The suspect did not answer questions, police said.",
     NOT_A_NEGATION),
    ("The club said the striker had failed to turn up for training.",
     "The striker did not turn up for training, the club said.",
     NOT_A_NEGATION),
    ("The airline said it had declined to pay compensation to stranded passengers.",
     "The airline said it would not pay compensation to stranded passengers.",
     NOT_A_NEGATION),
    ("The council said the contractor failed to finish the road repairs on time.",
     "The contractor did not finish the road repairs on time, the council said.",
     NOT_A_NEGATION),
    ("The union said its members had refused to cross the picket line.",
     "Its members would not cross the picket line, the union said.",
     NOT_A_NEGATION),
    ("Officials said the rocket failed to reach orbit.",
     "The rocket did not reach orbit, officials said.",
     NOT_A_NEGATION),
    ("The Reserve Bank said it had ruled out a rate cut this year.",
     "The Reserve Bank said there would be no rate cut this year.",
     NOT_A_NEGATION),
    ("The minister said Britain would refuse to pay the divorce bill.",
     "Britain will not pay the divorce bill, the minister said.",
     NOT_A_NEGATION),
    ("The coroner said the hospital had failed to act on the warning signs.",
     "The hospital did not act on the warning signs, the coroner said.",
     NOT_A_NEGATION),
    ("The mayor said the city declined to renew the festival's permit.",
     "The city did not renew the festival's permit, the mayor said.",
     NOT_A_NEGATION),
    ("A spokesman said the company had ruled out job cuts at the plant.",
     "There will be no job cuts at the plant, a spokesman said.",
     NOT_A_NEGATION),
    ("Witnesses said the driver failed to stop at the red light.",
     "The driver did not stop at the red light, witnesses said.",
     NOT_A_NEGATION),
    ("The opposition leader said she had ruled out a coalition with the far right.",
     "The opposition leader said she would not form a coalition with the far right.",
     NOT_A_NEGATION),
    ("Firefighters said the smoke alarm had failed to go off.",
     "The smoke alarm did not go off, firefighters said.",
     NOT_A_NEGATION),
    ("Her agent said the singer refused to apologise for the tweet.",
     "The singer won't apologise for the tweet, her agent said.",
     NOT_A_NEGATION),
    ("The parish council said it had declined to fund the new bus shelter.",
     "The parish council said it would not fund the new bus shelter.",
     NOT_A_NEGATION),
    ("Police said they had ruled out foul play.",
     "Police said there was no foul play.",
     NOT_A_NEGATION),
    ("The landlord said the tenants had refused to leave the flat.",
     "The tenants would not leave the flat, the landlord said.",
     NOT_A_NEGATION),
    # a refusal retold by a positive verb
    ("The central bank said it declined to raise interest rates on Thursday.",
     "The central bank said it kept interest rates on hold on Thursday."),
    ("The governor said the bank had declined to cut rates.",
     "The governor said the bank had held rates steady."),
    ("The minister said she had ruled out tax rises next year.",
     "The minister said taxes would stay the same next year."),
    ("Police said they had ruled out foul play in the death.",
     "Police said the death was being treated as an accident.",
     NO_SYNONYM),
    ("The tenants refused to leave the flat, the landlord said.",
     "The tenants stayed in the flat, the landlord said."),
    ("The club said the striker had refused to train with the squad.",
     "The club said the striker had skipped training with the squad."),
    ("The company said it had refused to pay the ransom.",
     "The company said it had rejected the ransom demand.",
     NO_SYNONYM),
    ("The union said its members refused to accept the pay offer.",
     "The union said its members rejected the pay offer."),
    ("The judge said the witness had refused to testify.",
     "The judge said the witness had stayed silent in court.",
     NO_SYNONYM),
    ("The council said it had declined to renew the licence.",
     "The council said it had let the licence lapse.",
     NO_SYNONYM),
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
]

DIFFERENT = [
    # a refusal beside the claim it refuses
    ("Police said the suspect had refused to answer questions.",
     "The suspect answered questions, police said.",
     NOT_A_NEGATION),
    ("Officials said the rocket failed to reach orbit.",
     "Officials said the rocket reached orbit.",
     NOT_A_NEGATION),
    ("The prime minister said the government had ruled out a snap election.",
     "The prime minister said the government would call a snap election.",
     NOT_A_NEGATION),
    ("The airline said it had declined to pay compensation to stranded passengers.",
     "The airline said it had paid compensation to stranded passengers.",
     NOT_A_NEGATION),
    ("Witnesses said the driver failed to stop at the red light.",
     "Witnesses said the driver stopped at the red light.",
     NOT_A_NEGATION),
    ("The mayor said the city declined to renew the festival's permit.",
     "The mayor said the city renewed the festival's permit.",
     NOT_A_NEGATION),
    ("The union said its members had refused to cross the picket line.",
     "The union said its members had crossed the picket line.",
     NOT_A_NEGATION),
    ("The Reserve Bank said it had ruled out a rate cut this year.",
     "The Reserve Bank said it would cut rates this year.",
     NOT_A_NEGATION),
    ("Her agent said the singer refused to apologise for the tweet.",
     "The singer apologised for the tweet, her agent said.",
     NOT_A_NEGATION),
    ("The parish council said it had declined to fund the new bus shelter.",
     "The parish council said it would fund the new bus shelter.",
     NOT_A_NEGATION),
    ("Firefighters said the smoke alarm had failed to go off.",
     "Firefighters said the smoke alarm had gone off.",
     NOT_A_NEGATION),
    ("The opposition leader said she had ruled out a coalition with the far right.",
     "The opposition leader said she would form a coalition with the far right.",
     NOT_A_NEGATION),
    ("The coroner said the hospital had failed to act on the warning signs.",
     "The coroner said the hospital had acted on the warning signs.",
     NOT_A_NEGATION),
    ("The landlord said the tenants had refused to leave the flat.",
     "The landlord said the tenants had left the flat.",
     NOT_A_NEGATION),
    # a refusal denied in turn affirms: "would not rule out" a rise is no "no rise", whose words it shares
    ("The governor said he would not rule out a rate rise in March.",
     "The governor said there would be no rate rise in March.",
     DENIED_REFUSAL),
    ("The minister said she did not rule out tax rises next year.",
     "The minister said there would be no tax rises next year.",
     DENIED_REFUSAL),
    ("The club said the striker had never failed to turn up for training.",
     "The striker did not turn up for training, the club said.",
     DENIED_REFUSAL),
    ("The company said it did not refuse to pay the fine.",
     "The company said it would not pay the fine.",
     DENIED_REFUSAL),
    # one speaker's two refusals of two things
    ("The government said it had ruled out a snap election.",
     "The government said it had ruled out a second referendum."),
]

PAIRS = (("same", (STORY, STORY), True, SAME), ("different", (STORY, STORY), False, DIFFERENT))


def test_claim_pairs_refusals_beside_their_retellings_and_the_claims_they_refuse(joined, a, b, stories, same):
    assert joined(a, b, *stories) == same, f"{'should join' if same else 'should stay apart'}: {a!r} | {b!r}"
