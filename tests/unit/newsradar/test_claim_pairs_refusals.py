"""Claim matching of a refusal or a failure ("failed to", "refused to", "declined to", "ruled out") beside its retelling.

Each pair is two sentences as two outlets would write them about one event, run through the path the enricher
takes (``conftest.joined``). A refusal negates what it governs, as a "not" does: "the rocket failed to reach orbit"
is "the rocket did not reach orbit" of another outlet, and never "the rocket reached orbit". Written for NewsRadar
in wire, broadsheet, tabloid, local and British or Australian styles, no label batch: the look-alikes are the claim
a refusal denies, a refusal denied in turn ("did not rule out"), a refusal inside a relative clause or after "by",
and a fall "declined to" a figure or a level.
"""
from __future__ import annotations

STORY = "story-1"

# A pair's third item is why the matcher still gets it wrong: run as a strict xfail, so a fix shows as a pass.

SAME = [
    # a refusal retold with a "not", a "no" or a "never"
    ("The prime minister said the government had ruled out a snap election.",
     "The government will not call a snap election, the prime minister said."),
    ("Police said the suspect had refused to answer questions.",
     "The suspect did not answer questions, police said."),
    ("The club said the striker had failed to turn up for training.",
     "The striker did not turn up for training, the club said."),
    ("The airline said it had declined to pay compensation to stranded passengers.",
     "The airline said it would not pay compensation to stranded passengers."),
    ("The council said the contractor failed to finish the road repairs on time.",
     "The contractor did not finish the road repairs on time, the council said."),
    ("The union said its members had refused to cross the picket line.",
     "Its members would not cross the picket line, the union said."),
    ("Officials said the rocket failed to reach orbit.",
     "The rocket did not reach orbit, officials said."),
    ("The Reserve Bank said it had ruled out a rate cut this year.",
     "The Reserve Bank said there would be no rate cut this year."),
    ("The minister said Britain would refuse to pay the divorce bill.",
     "Britain will not pay the divorce bill, the minister said."),
    ("The coroner said the hospital had failed to act on the warning signs.",
     "The hospital did not act on the warning signs, the coroner said."),
    ("The mayor said the city declined to renew the festival's permit.",
     "The city did not renew the festival's permit, the mayor said."),
    ("A spokesman said the company had ruled out job cuts at the plant.",
     "There will be no job cuts at the plant, a spokesman said."),
    ("Witnesses said the driver failed to stop at the red light.",
     "The driver did not stop at the red light, witnesses said."),
    ("The opposition leader said she had ruled out a coalition with the far right.",
     "The opposition leader said she would not form a coalition with the far right."),
    ("Firefighters said the smoke alarm had failed to go off.",
     "The smoke alarm did not go off, firefighters said."),
    ("Her agent said the singer refused to apologise for the tweet.",
     "The singer won't apologise for the tweet, her agent said."),
    ("The parish council said it had declined to fund the new bus shelter.",
     "The parish council said it would not fund the new bus shelter."),
    ("Police said they had ruled out foul play.",
     "Police said there was no foul play."),
    ("The landlord said the tenants had refused to leave the flat.",
     "The tenants would not leave the flat, the landlord said."),
    # near-misses the rule leaves as they were: a refusal in a relative clause or after "by", a fall to a figure
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
     "The suspect answered questions, police said."),
    ("Officials said the rocket failed to reach orbit.",
     "Officials said the rocket reached orbit."),
    ("The prime minister said the government had ruled out a snap election.",
     "The prime minister said the government would call a snap election."),
    ("The airline said it had declined to pay compensation to stranded passengers.",
     "The airline said it had paid compensation to stranded passengers."),
    ("Witnesses said the driver failed to stop at the red light.",
     "Witnesses said the driver stopped at the red light."),
    ("The mayor said the city declined to renew the festival's permit.",
     "The mayor said the city renewed the festival's permit."),
    ("The union said its members had refused to cross the picket line.",
     "The union said its members had crossed the picket line."),
    ("The Reserve Bank said it had ruled out a rate cut this year.",
     "The Reserve Bank said it would cut rates this year."),
    ("Her agent said the singer refused to apologise for the tweet.",
     "The singer apologised for the tweet, her agent said."),
    ("The parish council said it had declined to fund the new bus shelter.",
     "The parish council said it would fund the new bus shelter."),
    ("Firefighters said the smoke alarm had failed to go off.",
     "Firefighters said the smoke alarm had gone off."),
    ("The opposition leader said she had ruled out a coalition with the far right.",
     "The opposition leader said she would form a coalition with the far right."),
    ("The coroner said the hospital had failed to act on the warning signs.",
     "The coroner said the hospital had acted on the warning signs."),
    ("The landlord said the tenants had refused to leave the flat.",
     "The landlord said the tenants had left the flat."),
    # a refusal denied in turn affirms: "would not rule out" a rise is no "no rise"
    ("The governor said he would not rule out a rate rise in March.",
     "The governor said there would be no rate rise in March."),
    ("The minister said she did not rule out tax rises next year.",
     "The minister said there would be no tax rises next year."),
    ("The club said the striker had never failed to turn up for training.",
     "The striker did not turn up for training, the club said."),
    ("The company said it did not refuse to pay the fine.",
     "The company said it would not pay the fine."),
    # one speaker's two refusals of two things
    ("The government said it had ruled out a snap election.",
     "The government said it had ruled out a second referendum."),
]

PAIRS = (("same", (STORY, STORY), True, SAME), ("different", (STORY, STORY), False, DIFFERENT))


def test_claim_pairs_refusals_a_refusal_is_one_claim_with_its_retelling_by_a_not(joined, a, b, stories, same):
    assert joined(a, b, *stories) == same, f"{'should join' if same else 'should stay apart'}: {a!r} | {b!r}"
