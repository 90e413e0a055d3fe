"""The walking skeleton, end to end on the real broker and Elasticsearch.

Demo feeds from a localhost server -> poll_feeds -> news.raw -> enricher ->
news.enriched -> indexer -> Elasticsearch, and -> alerter -> news-alerts and
news.alerts. A second run must add nothing: no record published twice on any
topic, no second alert; and the ledger (`newsradar verify`) passes.
"""
from __future__ import annotations


import pytest

from cli.verify import check
from flows.pipeline import run_once
from newsradar.clients import es_client
from newsradar.settings import PROJECT_ROOT
from tests.kafka_io import read_alerts

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch, pytest.mark.prefect]

SEED_OUTLETS = {"Northern Ledger", "Capital Dispatch", "Harbor Times"}



def test_pipeline_slice_fires_cross_outlet_alert_once(isolated, demo_feeds):
    rules = PROJECT_ROOT / "configs" / "alerts.yaml"
    run_once(isolated, demo_feeds, rules, log=lambda m: None)
    es = es_client(isolated)
    names = isolated.names
    es.indices.refresh(index=[names.articles_index, names.alerts_index, names.claims_index])

    articles = es.count(index=names.articles_index)["count"]
    assert articles == 9, "every demo item is indexed exactly once"
    hits = es.search(index=names.articles_index, size=20,
                     query={"multi_match": {"query": "Taliban", "fields": ["title", "body"]}})["hits"]["hits"]
    assert {h["_source"]["outlet"] for h in hits} >= SEED_OUTLETS

    alerts = es.search(index=names.alerts_index, query={"term": {"rule": "taliban-weapons-russia"}})["hits"]["hits"]
    assert len(alerts) == 1
    assert set(alerts[0]["_source"]["outlets"]) == SEED_OUTLETS
    on_topic = [a for a in read_alerts(isolated) if a.rule == "taliban-weapons-russia"]
    assert len(on_topic) == 1 and set(on_topic[0].outlets) == SEED_OUTLETS

    german = es.search(index=names.articles_index, query={"term": {"language": "de"}})["hits"]["hits"]
    assert len(german) == 1 and german[0]["_source"]["claim_count"] == 0, "no English model on German text"

    first = {t.topic: t.records for t in check(isolated).topics}
    assert first[names.raw] == first[names.enriched] == 9
    run_once(isolated, demo_feeds, rules, log=lambda m: None)
    # Elasticsearch stores an id once however often it is written: only the topics show a second
    # publication. They must hold what the first run left, each key and version once.
    ledger = check(isolated)
    assert ledger.ok, "\n".join(ledger.lines())
    assert {t.topic: t.records for t in ledger.topics} == first
    assert ledger.published == ledger.indexed == articles
    assert len([a for a in read_alerts(isolated) if a.rule == "taliban-weapons-russia"]) == 1
