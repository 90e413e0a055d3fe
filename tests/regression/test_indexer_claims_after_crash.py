"""An indexer killed between an article's bulk and its claims' bulk: the replay writes the claims.

Found by the kill -9 fault test: 32 claims lost of 320 (the 16 articles of the
batch the indexer died in were stored, their claims not; the replay found the
articles unchanged and skipped them). Here the state such a crash leaves is made
on the real Elasticsearch (article stored, claims absent), then the record is
replayed through the indexer.
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from consumers.indexer.stage import Indexer
from consumers.runner import Item
from newsradar.clients import es_client
from newsradar.schema import claim_id_for
from tests.samples.indexed_articles import as_record, sample_article

pytestmark = pytest.mark.elasticsearch


def test_replayed_article_whose_claims_were_never_written_gets_them(isolated):
    es = es_client(isolated)
    indexer = Indexer(isolated)
    crashed, whole = sample_article(1, claims=3), sample_article(2, claims=2)
    items = [Item(SimpleNamespace(offset=i, topic="t", partition=0), as_record(m))
             for i, m in enumerate((crashed, whole))]
    indexer.process(items)
    es.indices.refresh(index=f"{isolated.namespace}-*")
    lost = [claim_id_for(crashed.article.article_id, i) for i in range(3)]
    hits = es.search(index=isolated.names.claims_index, query={"ids": {"values": lost}}, size=10)["hits"]["hits"]
    for hit in hits:
        es.delete(index=hit["_index"], id=hit["_id"], version=crashed.article.version, version_type="external_gte")
    es.indices.refresh(index=f"{isolated.namespace}-*")
    assert es.count(index=isolated.names.claims_index)["count"] == 2, "the crash's state: article, no claims"

    replay = indexer.process(items)

    es.indices.refresh(index=f"{isolated.namespace}-*")
    assert replay.counts["duplicate"] == 2 and replay.counts["indexed"] == 0
    assert replay.counts["claims_repaired_articles"] == 1, "only the article missing its claims is written"
    stored = es.search(index=isolated.names.claims_index, query={"ids": {"values": lost}}, size=10)["hits"]["hits"]
    assert sorted(h["_id"] for h in stored) == sorted(lost)
    assert es.count(index=isolated.names.claims_index)["count"] == 5
