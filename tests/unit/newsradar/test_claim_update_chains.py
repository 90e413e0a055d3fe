"""Claim matching on a count, its update and a retelling of the update placed as one batch (cprec8).

The retelling ("23 are now known to have died") states the update's figure and matches the earlier count too, as
drift inside one story: it must join the update and not chain the count to it. Written for NewsRadar in other
topics than the bench's toll rows; the pairs of a count and its update are in ``test_claim_pairs_updates.py``.
"""
from __future__ import annotations

import pytest

from newsradar.claim_match import Fresh, Placed, place, signature

STORY = "story-1"


# A count, its update, and a retelling of the update that matches the count too (as drift): one batch.
CHAINS = [
    ("At least 14 people were killed in the landslide, officials said.",
     "Officials said the death toll from the landslide had risen to 23.",
     "Officials said 23 people were now known to have died in the landslide."),
    ("Police said 30 people were arrested after the match.",
     "Police said the number of arrests after the match had climbed to 48.",
     "Forty-eight people have now been arrested after the match, police said."),
    ("The fire service said 120 homes were damaged by the flood.",
     "The fire service said the number of homes damaged by the flood had risen to 180.",
     "Some 180 homes have now been damaged by the flood, the fire service said."),
]


@pytest.mark.parametrize("count,update,retold", CHAINS, ids=[c[0][:40] for c in CHAINS])
def test_claim_pairs_updates_a_retelling_does_not_chain_a_count_to_its_update(extractor, count, update, retold):
    fresh = [Fresh(text, 0.0, signature(extractor.extract_text(text).claims[0], STORY))
             for text in (count, update, retold)]
    ids = place(fresh, [[] for _ in fresh], lambda claim_id: claim_id)
    assert ids[1] == ids[2], "the update and its retelling are one statement"
    assert ids[0] != ids[1], "the count before the update is another"


@pytest.mark.parametrize("count,update,retold", CHAINS, ids=[c[0][:40] for c in CHAINS])
def test_claim_pairs_updates_a_retelling_arriving_last_joins_the_stored_update(extractor, count, update, retold):
    """As articles arrive: each claim is placed alone, against the claims stored before it."""
    stored: list[Placed] = []
    for at, text in enumerate((count, update, retold)):
        sig = signature(extractor.extract_text(text).claims[0], STORY)
        [cluster] = place([Fresh(text, float(at), sig)], [list(stored)], lambda claim_id: f"cluster-{claim_id}")
        stored.append(Placed(text, cluster, float(at), sig))
    count_cluster, update_cluster, retold_cluster = (p.cluster_id for p in stored)
    assert retold_cluster == update_cluster, "the retelling states the update's figure"
    assert count_cluster != update_cluster, "the count before the update is another statement"
