"""The Indexer stage against the real Elasticsearch: idempotence, updates, versions, months, search."""
from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

from consumers.indexer.stage import Indexer
from consumers.runner import Item
from newsradar.es_schema import month_suffix
from newsradar.clients import es_client
from newsradar.schema import claim_id_for
from search import search_articles, search_claims
from tests.samples.indexed_articles import as_record, sample_article, sample_claim

pytestmark = pytest.mark.elasticsearch


def _items(*msgs):
    return [Item(SimpleNamespace(offset=i, topic="t", partition=0), as_record(m)) for i, m in enumerate(msgs)]


def _refresh(es, settings):
    es.indices.refresh(index=f"{settings.namespace}-*")


def _claim_ids(es, settings, article_id):
    hits = es.search(index=settings.names.claims_index, query={"term": {"article_id": article_id}}, size=100)
    return sorted(h["_id"] for h in hits["hits"]["hits"])


def test_indexer_reindexing_twice_leaves_one_article_and_claims_once(isolated):
    es = es_client(isolated)
    indexer = Indexer(isolated)
    msgs = [sample_article(i, claims=3) for i in range(4)]
    first = indexer.process(_items(*msgs))
    second = indexer.process(_items(*msgs))
    _refresh(es, isolated)
    assert first.counts["indexed"] == 4 and first.counts["claims_indexed"] == 12
    assert second.counts["duplicate"] == 4 and second.counts["indexed"] == 0
    assert es.count(index=isolated.names.articles_index)["count"] == 4
    assert es.count(index=isolated.names.claims_index)["count"] == 12
    doc = es.search(index=isolated.names.articles_index,
                    query={"ids": {"values": [msgs[0].article.article_id]}})["hits"]["hits"][0]
    assert doc["_source"]["entities"]["gpe"] == ["Russia"]
    assert {"canonical": "Taliban", "label": "ORG", "count": 2, "in_title": True} in doc["_source"]["entity_list"]


def test_indexer_update_with_fewer_claims_deletes_the_old_ones(isolated):
    es = es_client(isolated)
    indexer = Indexer(isolated)
    v1 = sample_article(7, version=1, claims=4)
    v2 = sample_article(7, version=2, claims=1)
    aid = v1.article.article_id
    indexer.process(_items(v1))
    result = indexer.process(_items(v2))     # immediately: the lookup must be real-time
    _refresh(es, isolated)
    assert result.counts["updated"] == 1 and result.counts["claims_deleted"] == 3
    assert _claim_ids(es, isolated, aid) == [claim_id_for(aid, 0)]
    src = es.search(index=isolated.names.articles_index, query={"ids": {"values": [aid]}})["hits"]["hits"][0]
    assert src["_source"]["version"] == 2 and src["_source"]["claim_count"] == 1


def test_indexer_older_version_does_not_overwrite_newer(isolated):
    es = es_client(isolated)
    indexer = Indexer(isolated)
    newer = sample_article(3, version=3, claims=1, title="Newest title")
    older = sample_article(3, version=2, claims=5, title="Older title")
    indexer.process(_items(newer))
    result = indexer.process(_items(older))
    _refresh(es, isolated)
    assert result.counts["stale"] == 1
    hit = es.search(index=isolated.names.articles_index, query={"match_all": {}})["hits"]["hits"][0]
    assert hit["_source"]["title"] == "Newest title" and hit["_source"]["version"] == 3
    assert len(_claim_ids(es, isolated, newer.article.article_id)) == 1


def test_indexer_same_batch_keeps_the_highest_version(isolated):
    es = es_client(isolated)
    result = Indexer(isolated).process(_items(sample_article(1, version=2, claims=2),
                                              sample_article(1, version=1, claims=3)))
    _refresh(es, isolated)
    assert result.counts["indexed"] == 1 and result.counts["duplicate"] == 1
    assert es.count(index=isolated.names.claims_index)["count"] == 2


def test_indexer_cross_month_update_lands_on_the_same_document(isolated):
    es = es_client(isolated)
    this_month = month_suffix(datetime.now(UTC))
    october = Indexer(isolated)                                  # this month writes
    november = Indexer(isolated, clock=lambda: datetime(2099, 1, 1, 0, 1, tzinfo=UTC))   # a later month
    v1 = sample_article(5, version=1, claims=3)
    october.process(_items(v1))
    _refresh(es, isolated)
    result = november.process(_items(sample_article(5, version=2, claims=2)))
    _refresh(es, isolated)
    assert result.counts["updated"] == 1
    hits = es.search(index=isolated.names.articles_index, query={"match_all": {}})["hits"]["hits"]
    assert len(hits) == 1 and hits[0]["_source"]["version"] == 2
    assert hits[0]["_index"] == f"{isolated.names.articles_index}-{this_month}"
    assert es.indices.exists(index=f"{isolated.names.articles_index}-2099.01")   # the new month writes
    claims = es.search(index=isolated.names.claims_index, query={"match_all": {}}, size=10)["hits"]["hits"]
    assert sorted(h["_id"] for h in claims) == sorted(claim_id_for(v1.article.article_id, i) for i in range(2))
    assert {h["_index"] for h in claims} == {f"{isolated.names.claims_index}-{this_month}"}


class _RecordingES:
    """The real client, with the size of every bulk request noted."""

    def __init__(self, es):
        self._es, self.bulk_sizes = es, []

    def bulk(self, body, **kw):
        self.bulk_sizes.append((body.count(b"\n") // 2, len(body)))
        return self._es.bulk(body=body, **kw)

    def __getattr__(self, name):
        return getattr(self._es, name)


def test_indexer_splits_bulks_by_count_and_bytes(isolated):
    es = es_client(isolated)
    isolated.index.bulk_max_docs = 3
    recorder = _RecordingES(es)
    result = Indexer(isolated, es=recorder).process(_items(*[sample_article(i, claims=2) for i in range(5)]))
    assert result.counts["indexed"] == 5 and result.counts["claims_indexed"] == 10
    # 5 articles + 10 claims, created in one stream of bulks of at most 3 documents.
    assert max(n for n, _ in recorder.bulk_sizes) == 3 and len(recorder.bulk_sizes) >= 5
    isolated.index.bulk_max_docs = 500
    isolated.index.bulk_max_bytes = 10_000
    recorder.bulk_sizes.clear()
    Indexer(isolated, es=recorder).process(_items(*[sample_article(i, claims=2, version=2) for i in range(5)]))
    assert len(recorder.bulk_sizes) >= 2 and all(b <= 10_000 for n, b in recorder.bulk_sizes if n > 1)


def test_indexer_search_finds_word_forms_and_speakers(isolated):
    es = es_client(isolated)
    aid = sample_article(1).article.article_id
    claims = [sample_claim(aid, 0, "Weapons were sold to Russia.", speaker="Banks", speaker_resolved=None),
              sample_claim(aid, 1, "The deal was worth a lot.", speaker="he", speaker_resolved="Jim Banks"),
              sample_claim(aid, 2, "Nobody knows.", speaker="Smith", speaker_resolved="Anna Smith")]
    msg = sample_article(1, title="Taliban sold weapons", body="Arms were sold.", claim_list=claims)
    Indexer(isolated).process(_items(msg))
    _refresh(es, isolated)
    assert [h["_id"] for h in search_articles(es, isolated, "weapon")] == [aid]
    assert search_articles(es, isolated, "weapon", outlet="no such outlet") == []
    assert search_articles(es, isolated, "weapon", entity="russia")
    speakers = {h["speaker"] for h in search_claims(es, isolated, speaker="Banks")}
    assert speakers == {"Banks", "he"}
    assert [h["content"] for h in search_claims(es, isolated, "weapon")] == ["Weapons were sold to Russia."]


def test_indexer_pipelined_parts_count_store_and_reject_like_one_bulk(isolated):
    # 250 articles: three parts written by the pool; one poison article in the middle part.
    es = es_client(isolated)
    msgs = [sample_article(i, claims=2) for i in range(250)]
    msgs[150] = sample_article(150, url="https://news.example.com/" + "x" * 40_000, claims=2)
    indexer = Indexer(isolated)
    assert indexer._part_size(len(msgs)) < len(msgs)
    first = indexer.process(_items(*msgs))
    assert first.counts["indexed"] == 249 and first.counts["claims_indexed"] == 498
    assert first.counts["rejected"] == 1 and [it.message for it, _ in first.failed] == [as_record(msgs[150])]
    # v2 with one claim fewer: every article updated, the surplus ordinal deleted, nothing orphaned.
    second = indexer.process(_items(*[sample_article(i, claims=1, version=2) for i in range(250)]))
    indexer.close()
    _refresh(es, isolated)
    assert second.counts["updated"] == 249 and second.counts["indexed"] == 1
    assert second.counts["claims_deleted"] == 249 and second.counts["claims_indexed"] == 250
    assert es.count(index=isolated.names.claims_index)["count"] == 250
    assert es.count(index=isolated.names.articles_index)["count"] == 250
