"""Through Kafka and the Runner: documents an enriched record carries (schema 4) are stored as the
indexer would have built them; a record whose carried documents cannot be its own is dead-lettered."""
from __future__ import annotations

import orjson
import pytest

from consumers.indexer.stage import Indexer
from consumers.runner import Runner
from newsradar.clients import es_client, kafka_consumer, kafka_producer
from newsradar.index_documents import article_doc, claim_docs, encode_carrying, serialised
from newsradar.lemmas import lemmatise
from newsradar.schema import EnrichedArticle, decode_shape, encode
from tests.samples.indexed_articles import sample_article

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]


def test_indexer_stores_carried_documents_as_it_would_build_them(isolated):
    carried = [sample_article(i, claims=3) for i in range(3)]
    built_here = sample_article(10, claims=2)
    bad = orjson.loads(encode_carrying(sample_article(20, claims=2), lemmatise))
    bad["index_documents"] = bad["index_documents"].split("\n", 1)[0]     # the article's line only
    producer = kafka_producer(isolated)
    for msg in carried:
        producer.send(isolated.names.enriched, key=msg.article.article_id.encode(),
                      value=encode_carrying(msg, lemmatise))
    producer.send(isolated.names.enriched, key=built_here.article.article_id.encode(), value=encode(built_here))
    producer.send(isolated.names.enriched, key=b"bad", value=orjson.dumps(bad))
    producer.flush()
    producer.close()

    counts = Runner(Indexer(isolated), isolated, batch_size=50).run(until_idle=True, max_seconds=120)

    assert counts["indexed"] == 4 and counts["dead_lettered"] == 1
    es = es_client(isolated)
    es.indices.refresh(index=f"{isolated.namespace}-*")
    for msg in [*carried, built_here]:
        record = decode_shape(EnrichedArticle, encode(msg))
        doc = article_doc(record, lemmatise)
        claims = claim_docs(record, lemmatise, doc["entities"])
        expected = serialised(doc, claims, "-")
        stored = es.get(index=isolated.names.articles_index, id=msg.article.article_id)["_source"]
        assert {k: v for k, v in stored.items() if k != "indexed_at"} == {**doc, "doc_hash": expected.doc_hash}
        for cid, cdoc in claims:
            assert es.get(index=isolated.names.claims_index, id=cid)["_source"] == cdoc

    consumer = kafka_consumer(isolated, None, isolated.names.dlq("indexer"), consumer_timeout_ms=5000)
    try:
        dead = list(consumer)
    finally:
        consumer.close()
    assert [d.key for d in dead] == [b"bad"]
    headers = {k: v.decode() for k, v in dead[0].headers}
    assert headers["error_class"] == "PoisonError" and "holds 1 document(s) for 1 article and 2" in headers["error"]
