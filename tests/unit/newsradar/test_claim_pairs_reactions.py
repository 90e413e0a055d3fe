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


PAIRS = (("apart", (STORY, STORY), False, APART), ("same", (STORY, STORY), True, SAME))


def test_claim_pairs_reactions_apart_from_what_they_answer(joined, a, b, stories, same):
    assert joined(a, b, *stories) == same, f"{'should join' if same else 'should stay apart'}: {a!r} | {b!r}"
