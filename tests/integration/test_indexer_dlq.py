"""Through Kafka and the Runner: a document Elasticsearch rejects is dead-lettered, the rest stored."""
from __future__ import annotations

import pytest

from consumers.indexer.stage import Indexer
from consumers.runner import Runner
from newsradar.clients import es_client, kafka_consumer, kafka_producer
from newsradar.schema import encode
from tests.samples.indexed_articles import sample_article

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]


def test_indexer_mapping_error_goes_to_dlq_and_rest_is_stored(isolated):
    good = [sample_article(i, claims=2) for i in range(3)]
    # A keyword term over 32766 bytes: Elasticsearch rejects this one document (a 400 on its bulk item).
    bad = sample_article(99, url="https://news.example.com/" + "x" * 40_000, claims=2)
    producer = kafka_producer(isolated)
    for msg in [good[0], bad, *good[1:]]:
        producer.send(isolated.names.enriched, key=msg.article.article_id.encode(), value=encode(msg))
    producer.flush()
    producer.close()

    counts = Runner(Indexer(isolated), isolated, batch_size=50).run(until_idle=True, max_seconds=120)

    es = es_client(isolated)
    es.indices.refresh(index=f"{isolated.namespace}-*")
    stored = es.search(index=isolated.names.articles_index, query={"match_all": {}}, size=10)["hits"]["hits"]
    assert sorted(h["_id"] for h in stored) == sorted(m.article.article_id for m in good)
    assert es.count(index=isolated.names.claims_index)["count"] == 6
    assert counts["rejected"] == 1 and counts["dead_lettered"] == 1 and counts["indexed"] == 3

    consumer = kafka_consumer(isolated, None, isolated.names.dlq("indexer"), consumer_timeout_ms=5000)
    try:
        dead = list(consumer)
    finally:
        consumer.close()
    assert len(dead) == 1
    assert dead[0].key == bad.article.article_id.encode()
    headers = {k: v.decode() for k, v in dead[0].headers}
    assert headers["stage"] == "indexer" and headers["error_class"] == "IndexItemError"
    # The response carries no _id (filter_path): the reason names the document from its own op.
    assert f"article {bad.article.article_id} rejected (400)" in headers["error"]
