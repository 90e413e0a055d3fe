"""Claim matching of a refusal or a failure ("failed to", "refused to", "declined to", "ruled out") beside its retellings.

A refusal is retold by a positive verb as often as with a "not" ("kept rates on hold" for "declined to raise rates",
"rejected the offer" for "refused to accept it"), so these rows guard against reading a refusal as a negation, which
splits every such retelling. Each pair is two sentences as two outlets would write them, run through the path the
enricher takes (``conftest.joined``); written for NewsRadar in wire, broadsheet, tabloid, local and British or
Australian styles, no label batch.
"""
from __future__ import annotations

STORY = "story-1"

# A pair's third item is why the matcher still gets it wrong: run as a strict xfail, so a fix shows as a pass.
NOT_A_NEGATION = ("a refusal is not read as a negation, so it is apart from its retelling with a 'not' and one with "
                  "the claim it refuses when the words agree: read as one, it splits the positive retellings here")
NO_SYNONYM = ("a paraphrase by another verb or noun shares too few words ('refused to pay' / 'rejected the demand'): "
              "no synonym links them")
DENIED_REFUSAL = ("a refusal denied in turn ('would not rule out') is read as a denial by its 'not', as the claim of "
                  "no rise is")

SAME = [
    # a refusal retold with a "not", a "no" or a "never"
    ("Officials said the rocket failed to reach orbit.",
     "The rocket did not reach orbit, officials said.",
     NOT_A_NEGATION),
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
]

DIFFERENT = [
    # a refusal beside the claim it refuses
    ("Officials said the rocket failed to reach orbit.",
     "Officials said the rocket reached orbit.",
     NOT_A_NEGATION),
    # a refusal denied in turn affirms: "would not rule out" a rise is no "no rise", whose words it shares
    ("The governor said he would not rule out a rate rise in March.",
     "The governor said there would be no rate rise in March.",
     DENIED_REFUSAL),
    # one speaker's two refusals of two things
    ("The government said it had ruled out a snap election.",
     "The government said it had ruled out a second referendum."),
]

PAIRS = (("same", (STORY, STORY), True, SAME), ("different", (STORY, STORY), False, DIFFERENT))


def test_claim_pairs_refusals_beside_their_retellings_and_the_claims_they_refuse(joined, a, b, stories, same):
    assert joined(a, b, *stories) == same, f"{'should join' if same else 'should stay apart'}: {a!r} | {b!r}"
