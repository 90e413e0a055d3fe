"""The indexer's one create bulk per part (article + claims, no lookup first) against the real Elasticsearch.

A create stores claims before Elasticsearch has said whether their article was stored;
these hold that no claim of an article that is not stored stays behind, even after a
crash between the create bulk and the deletes that withdraw them.
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from consumers.indexer.stage import Indexer
from consumers.runner import Item
from newsradar.clients import es_client
from newsradar.errors import TransientError
from tests.samples.indexed_articles import as_record, sample_article

pytestmark = pytest.mark.elasticsearch


def _items(*msgs):
    return [Item(SimpleNamespace(offset=i, topic="t", partition=0), as_record(m)) for i, m in enumerate(msgs)]


def _claims_of(es, settings, article_id):
    es.indices.refresh(index=f"{settings.namespace}-*")
    hits = es.search(index=settings.names.claims_index, query={"term": {"article_id": article_id}}, size=100)
    return sorted(h["_source"]["ordinal"] for h in hits["hits"]["hits"])


def test_indexer_refused_article_leaves_none_of_its_claims(isolated):
    # feed_url is the article's alone: Elasticsearch refuses the article (immense keyword), not its claims.
    es = es_client(isolated)
    bad, good = sample_article(1, claims=3), sample_article(2, claims=2)
    items = _items(bad, good)
    items[0].message["article"]["feed_url"] = "https://news.example.com/" + "x" * 40_000
    result = Indexer(isolated).process(items)
    assert result.counts["indexed"] == 1 and result.counts["rejected"] == 1
    assert [it for it, _ in result.failed] == [items[0]]
    assert "rejected (400)" in str(result.failed[0][1])
    assert _claims_of(es, isolated, bad.article.article_id) == []
    assert _claims_of(es, isolated, good.article.article_id) == [0, 1]


def test_indexer_stale_record_replayed_after_a_crash_withdraws_the_claims_its_create_stored(isolated):
    es = es_client(isolated)
    newer = sample_article(3, version=3, claims=1, title="Newest title")
    older = sample_article(3, version=2, claims=4, title="Older title")
    aid = newer.article.article_id
    Indexer(isolated).process(_items(newer))

    crashing = Indexer(isolated)

    def crash(*_args, **_kwargs):
        raise TransientError("killed after the create bulk")
    crashing._withdraw = crash
    with pytest.raises(TransientError):
        crashing.process(_items(older))
    assert _claims_of(es, isolated, aid) == [0, 1, 2, 3], "the crash's state: the create stored ordinals 1 to 3"

    replay = Indexer(isolated).process(_items(older))

    assert replay.counts["stale"] == 1 and replay.counts["claims_withdrawn"] == 3
    assert _claims_of(es, isolated, aid) == [0]
    hit = es.search(index=isolated.names.articles_index, query={"ids": {"values": [aid]}})["hits"]["hits"][0]
    assert hit["_source"]["title"] == "Newest title" and hit["_source"]["claim_count"] == 1
