"""Claim matching on reactions placed one claim at a time, as the enricher places articles (cprec10).

One story's act, a thanks, congratulation or welcome of it (``claim_match._reactions``) and the reaction retold, in
every arrival order and as one batch: the act must not join the reaction's cluster through a claim stored beside
either. Written for NewsRadar in other topics than the bench's reaction rows; the pairs are in
``test_claim_pairs_reactions.py``.
"""
from __future__ import annotations

import itertools

import pytest

from newsradar.claim_match import Fresh, Placed, place, signature

STORY = "story-1"


# One story's act (A), a reaction to it (R) and the reaction retold (T), each claim placed alone in every arrival order
# as the enricher places articles, and all three as one batch: the reaction and its retelling are one cluster, the act
# another.
PASSIVE_RETOLD = ("the welcome and its passive retelling share too few words for the one-story bar and name no "
                  "reactor; on main the retelling joins the act instead")
REACTION_BATCHES = [
    ("Hamas freed three Thai farm workers on Friday, Thailand's foreign ministry said.",
     "Thailand's prime minister thanked Egypt and Qatar for helping to free the three farm workers.",
     "The three farm workers' release was welcomed by Thailand's prime minister, who thanked Egypt and Qatar."),
    ('The council said it had scrapped plans for an incinerator at Lowfield.',
     "Residents of Lowfield said they welcomed the council's decision to scrap the incinerator.",
     'The decision to scrap the Lowfield incinerator was welcomed by residents, they said.', PASSIVE_RETOLD),
    ('The Matildas beat England 2-1 to reach the World Cup final, Football Australia said.',
     'Prime Minister Anthony Albanese congratulated the Matildas on reaching the World Cup final.',
     'The Matildas were congratulated by Prime Minister Anthony Albanese on reaching the World Cup final.'),
    # cprec10's review, mend 2 (S2, S11): a welcome of "the Court of Appeal's decision" is read to its head noun, so
    # it is a welcome, one with its passive or shorter retelling, and apart from the act
    ('The Court of Appeal overturned the conviction of Andrew Malkinson on Wednesday, his lawyers said.',
     "Campaigners said they welcomed the Court of Appeal's decision to overturn Andrew Malkinson's conviction.",
     "The decision to overturn Andrew Malkinson's conviction was welcomed by campaigners, the BBC reported."),
    ('The Court of Appeal overturned the conviction of Andrew Malkinson on Wednesday, his lawyers said.',
     "Campaigners said they welcomed the decision to overturn Andrew Malkinson's conviction.",
     "Campaigners said they welcomed the Court of Appeal's decision to overturn Andrew Malkinson's conviction."),
    # cprec10's review, mend 1 (S9): the reactor's own stance joins its welcome, the act stays apart
    ('The government made a pay offer of 22% to junior doctors, the health secretary said.',
     'The BMA welcomed the pay offer to junior doctors, its chair said.',
     'The BMA said the pay offer to junior doctors was a positive step.'),
]
ORDERS = [*itertools.permutations(range(3)), None]


@pytest.mark.parametrize("order", ORDERS, ids=["".join("ART"[k] for k in o) if o else "batch" for o in ORDERS])
@pytest.mark.parametrize("act,reaction,retold", [
    pytest.param(*texts, id=texts[0][:40], marks=[pytest.mark.xfail(strict=True, reason=r) for r in reasons])
    for *texts, reasons in [(*b[:3], b[3:]) for b in REACTION_BATCHES]])
def test_claim_pairs_reactions_in_every_arrival_order(extractor, act, reaction, retold, order):
    texts = (act, reaction, retold)
    sigs = [signature(extractor.extract_text(text).claims[0], STORY) for text in texts]
    if order is None:
        fresh = [Fresh(text, 0.0, sig) for text, sig in zip(texts, sigs)]
        clusters = place(fresh, [[] for _ in texts], lambda claim_id: claim_id)
    else:
        stored: list[Placed] = []
        placed: dict[int, str] = {}
        for at, k in enumerate(order):
            [placed[k]] = place([Fresh(texts[k], float(at), sigs[k])], [list(stored)], lambda claim_id: f"c-{claim_id}")
            stored.append(Placed(texts[k], placed[k], float(at), sigs[k]))
        clusters = [placed[k] for k in range(3)]
    assert clusters[1] == clusters[2], "the reaction and its retelling are one claim"
    assert clusters[0] != clusters[1], "the act is another claim than the reaction to it"
