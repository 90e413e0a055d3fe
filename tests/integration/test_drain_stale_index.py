"""A one-shot drain into an index made from an older template ends, says why, and loses nothing."""
from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from consumers.indexer.stage import Indexer
from consumers.lag import PartitionLag, consumer_lag
from consumers.runner import Item
from flows.pipeline import drain
from newsradar.clients import es_client, kafka_producer
from newsradar.errors import StalledError, TransientError
from newsradar.es_schema import (effective_template, ensure_schema, ensure_write_index, has_english_analyzer,
                                 prefixed, template_for)
from newsradar.schema import Article, article_id_for, encode
from tests.samples.indexed_articles import as_record, sample_article

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]

# A field each stage writes that an older template of its index did not map.
SIGNATURES, NEWER_SIGNATURE_FIELD = "news-claim-signatures", "modality"
ARTICLES_INDEX, NEWER_ARTICLE_FIELD = "news-articles", "doc_hash"
# Project-written copy: one sourced claim per article, so the enricher writes claim signatures.
ARTICLES = [
    ("lakeside-post", "Ministry says Tarvel bridge will reopen in June",
     "The Tarvel bridge will reopen in June after repairs costing 30 million euros, the transport ministry said "
     "on Tuesday."),
    ("hill-gazette", "Tarvel bridge to reopen in June, ministry says",
     "The transport ministry said the Tarvel bridge will reopen in June once repairs worth 30 million euros end."),
]


def _make_index_from_an_older_template(es, settings, alias: str, newer_field: str) -> str:
    tf = template_for(alias)
    name = prefixed(settings, alias)
    body = effective_template(tf, has_english_analyzer(es))
    del body["mappings"]["properties"][newer_field]
    es.indices.put_index_template(name=name, index_patterns=[f"{name}-*"], template=body, version=tf.version - 1,
                                  _meta={"managed_by": "newsradar", "digest": "older"}, priority=200)
    for index in es.indices.get_alias(name=name):
        es.indices.delete(index=index)
    return ensure_write_index(es, settings, alias)


def _publish(settings) -> int:
    at = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    producer = kafka_producer(settings)
    try:
        for outlet, title, body in ARTICLES:
            url = f"https://{outlet}.example/{hashlib.sha1(title.encode()).hexdigest()[:8]}"
            article = Article(article_id=article_id_for(url), version=1, url=url, canonical_url=url, outlet=outlet,
                              feed_id=f"{outlet}-rss", feed_url=f"https://{outlet}.example/rss", title=title,
                              body=body, published_at=at, fetched_at=at, language="en",
                              content_hash=hashlib.sha256(f"{title}{body}".encode()).hexdigest())
            producer.send(settings.names.raw, key=article.article_id.encode(), value=encode(article))
        producer.flush()
    finally:
        producer.close()
    return len(ARTICLES)


def _enricher_lag(settings) -> list[PartitionLag]:
    return [row for row in consumer_lag(settings) if row.group == settings.names.group("enricher")]


@pytest.mark.timeout(240)
def test_drain_into_an_index_from_an_older_template_stops_naming_it_and_commits_nothing(isolated):
    settings = isolated.model_copy(update={"drain_give_up_s": 3})
    es = es_client(settings)
    index = _make_index_from_an_older_template(es, settings, SIGNATURES, NEWER_SIGNATURE_FIELD)
    sent = _publish(settings)

    with pytest.raises(StalledError) as raised:
        drain("enricher", settings, log=lambda m: None)
    text = str(raised.value)
    assert "times in a row over" in text
    assert index in text, "the error does not say which index refused the writes"
    assert "strict_dynamic_mapping_exception" in text and f"[{NEWER_SIGNATURE_FIELD}]" in text
    assert "run `newsradar up`" in text
    lag = _enricher_lag(settings)
    assert all(row.committed is None for row in lag), "offsets of a batch given up on were committed"
    assert sum(row.lag for row in lag) == sent

    ensure_schema(es, settings)      # what `newsradar up` does: the field reaches the existing index
    assert drain("enricher", settings, log=lambda m: None)["consumed"] == sent, "records were lost"


def test_the_indexer_says_why_an_index_from_an_older_template_refuses_its_documents(isolated):
    es = es_client(isolated)
    _make_index_from_an_older_template(es, isolated, ARTICLES_INDEX, NEWER_ARTICLE_FIELD)
    indexer = Indexer(isolated, max_retries=1, backoff_s=0.01)
    try:
        with pytest.raises(TransientError) as raised:
            indexer.process([Item(SimpleNamespace(offset=0, topic="t", partition=0), as_record(sample_article(1)))])
    finally:
        indexer.close()
    text = str(raised.value)
    assert prefixed(isolated, ARTICLES_INDEX) in text, "the error does not say which index refused"
    assert "strict_dynamic_mapping_exception" in text and f"[{NEWER_ARTICLE_FIELD}]" in text
    assert "run `newsradar up`" in text
