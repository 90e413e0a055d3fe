"""The story and claim clusterers' candidate searches ask Elasticsearch for their top hits and no total.

A total makes Elasticsearch count, and so visit and score, every match of the window; without it
it skips the hits that cannot reach the top ``size``, and the top hits are the same. Nothing reads
the total of these searches (the story clusterer's document-frequency count reads its own).
"""
from __future__ import annotations

from consumers.enricher.claim_clusters import ClaimClusterer
from consumers.enricher.stories import Signature, StoryClusterer
from newsradar.alerts_file import StoryParams
from newsradar.claim_match import ClaimSignature
from newsradar.settings import Settings
from tests.samples.alert_articles import T0, make_article


def test_story_candidate_search_counts_no_total():
    clusterer = StoryClusterer(None, Settings(namespace="unit"), params=StoryParams())
    sig = Signature("a", "outlet", "2024-05-18T00:00:00Z", [0] * 64, 60, ["dam", "breach"], ["Carson"],
                    "dam breach")
    body = clusterer._search(sig)
    assert body["track_total_hits"] is False
    assert body["size"] == StoryParams().candidates


def test_claim_candidate_search_counts_no_total():
    clusterer = ClaimClusterer(None, Settings(namespace="unit"))
    article = make_article("a", "dam breach floods valley", "", published_at=T0).article
    sig = ClaimSignature(frozenset({"dam", "breach"}), frozenset(), (), "author", "", "s1", False, "", "", "", "",
                         "", (), "", "")
    assert clusterer._search(article, sig)["track_total_hits"] is False
