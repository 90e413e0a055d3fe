"""Issue 11, item 2: a 400 from Elasticsearch dead-letters the record that caused it, in every stage.

Each test puts one record that the real Elasticsearch refuses with a 400 between good
records, runs the real stage in the real runner, and checks that the record is in the
stage's DLQ with Elasticsearch's reason, that the good records went through, and that
the group's committed offsets reached the end of the topic (the partition moved on).
Before the one policy in ``newsradar.errors``, each of these 400s was retried as
transient for ever: the runner below gave up at ``max_seconds`` with nothing committed.
"""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from pydantic import SecretStr

from consumers.alerter.stage import Alerter
from consumers.lag import consumer_lag
from cli.verify import read_topic
from consumers.notifier.stage import Notifier
from demo.receivers import HttpReceiver
from tests.samples.alert_articles import make_article, taliban_story
from consumers.runner import Runner
from newsradar.clients import es_client, kafka_producer
from newsradar.schema import encode
from tests.hostile.summary import report
from tests.kafka_io import publish_enriched, read_alerts
from tests.conftest import topic_rule_yaml

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]

RULES = topic_rule_yaml("webhook")

# Longer than Lucene's 32766-byte term limit: Elasticsearch answers 400 for a keyword field.
IMMENSE = "x" * 40_000


@pytest.fixture
def rules_file(tmp_path):
    path = tmp_path / "alerts.yaml"
    path.write_text(RULES)
    return path


def run(stage, settings) -> None:
    Runner(stage, settings, poll_timeout_ms=200).run(until_idle=True, idle_polls=2, max_seconds=60)


def dlq(settings, stage: str) -> list[dict]:
    return [{k: v.decode() for k, v in r.headers} for r in read_topic(settings, settings.names.dlq(stage))]


def lag(settings, stage: str) -> int:
    rows = [r for r in consumer_lag(settings) if r.group == settings.names.group(stage)]
    assert rows, f"no committed offsets for {stage}"
    return sum(r.lag for r in rows)


def test_alerter_400_from_elasticsearch_is_dead_lettered_and_partition_moves_on(isolated, rules_file):
    story = taliban_story(3)
    hostile = make_article(IMMENSE, "Taliban sell Russia the weapons", "Taliban weapons for the Kremlin.")
    publish_enriched(isolated, [story[0], hostile, story[1], story[2]])
    run(Alerter(isolated, rules_file), isolated)

    [dead] = dlq(isolated, "alerter")
    assert dead["error_class"] == "PoisonError"
    assert "(400)" in dead["error"] and "failed to parse field [outlet]" in dead["error"]
    alerts = read_alerts(isolated)
    assert len({a.alert_id for a in alerts}) == 1
    assert alerts[-1].outlets == ["dailywire", "newsmax", "worldtribune"]
    assert lag(isolated, "alerter") == 0
    report("alerter: ES 400 (immense outlet)", tried=1, errors=1, crashes=0,
           notes=["3 good articles around it: alert fired, lag 0"])


def test_story_clusterer_400_is_dead_lettered_and_partition_moves_on(isolated):
    from consumers.enricher.stage import Enricher
    from consumers.enricher.stories import StoryClusterer
    from newsradar.schema import Article, article_id_for

    now = datetime.now(timezone.utc)

    def article(aid: str, n: int) -> Article:
        url = f"https://stories.example/{n}"
        return Article(article_id=aid, url=url, canonical_url=url, outlet="stories", feed_id="f",
                       feed_url="https://stories.example/rss", title=f"Mayor opens bridge {n}",
                       summary="The mayor opened the bridge on Tuesday.", published_at=now, fetched_at=now,
                       language="en", content_hash=f"h{n}")

    good = [article(article_id_for(f"https://stories.example/{n}"), n) for n in (1, 2)]
    # An _id longer than 512 bytes: the story index refuses the signature with a 400.
    bad = article("a" * 600, 3)
    producer = kafka_producer(isolated)
    for a in (good[0], bad, good[1]):
        producer.send(isolated.names.raw, key=a.article_id[:64].encode(), value=encode(a))
    producer.flush()
    producer.close()

    clusterer = StoryClusterer(es_client(isolated), isolated)
    try:
        run(Enricher(isolated, clusterer=clusterer), isolated)
    finally:
        clusterer.close()

    [dead] = dlq(isolated, "enricher")
    assert dead["error_class"] == "PoisonError" and "(400)" in dead["error"]
    assert "too long" in dead["error"]
    assert len(list(read_topic(isolated, isolated.names.enriched))) == 2
    assert lag(isolated, "enricher") == 0
    report("story clusterer: ES 400 (_id > 512 B)", tried=1, errors=1, crashes=0,
           notes=["2 good articles around it enriched, lag 0"])


def test_notifier_outbox_400_is_dead_lettered_and_partition_moves_on(isolated, rules_file):
    http = HttpReceiver()
    settings = isolated.model_copy(update={"webhook_url": SecretStr(f"{http.url}/hook")})
    publish_enriched(settings, taliban_story(3))
    run(Alerter(settings, rules_file), settings)
    good = read_alerts(settings)[-1]
    # The outbox's _id is built from alert_id: one over 512 bytes is refused with a 400.
    bad = good.model_copy(update={"alert_id": "b" * 600})
    producer = kafka_producer(settings)
    producer.send(settings.names.alerts, key=b"bad", value=encode(bad))
    producer.flush()
    producer.close()

    notifier = Notifier(settings, rules_file, start_retry_thread=False)
    try:
        run(notifier, settings)
        # The good alert's delivery was created in the failed batch attempt; the retry pass sends it.
        notifier.outbox.refresh()
        notifier.retry_due()
    finally:
        notifier.close()
        http.close()

    [dead] = dlq(settings, "notifier")
    assert dead["error_class"] == "PoisonError" and "(400)" in dead["error"]
    sent = http.accepted("/hook")
    assert sent and {r.body["alerts"][0]["alert_id"] for r in sent} == {good.alert_id}
    assert lag(settings, "notifier") == 0
    report("notifier outbox: ES 400 (_id > 512 B)", tried=1, errors=1, crashes=0,
           notes=["the good alert before it was delivered, lag 0"])
