"""Spike rules on the real ES: a burst over a quiet baseline fires; steady traffic does not."""
from __future__ import annotations

import textwrap
from datetime import timedelta

import pytest

from consumers.alerter.stage import Alerter
from tests.samples.alert_articles import T0, make_article
from consumers.runner import Runner
from newsradar.clients import kafka_consumer, kafka_producer
from newsradar.schema import AlertEvent, decode, encode

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]

RULES = textwrap.dedent("""
    rules:
      - name: entity-spike
        type: spike
        source: entities
        terms: [Taliban, Kremlin]
        bucket: 1h
        baseline: 24
        method: ratio
        ratio: 6
        min_count: 6
        min_outlets: 4
        notify: [webhook]
""")
OUTLETS = ["bbc", "cnn", "aljazeera", "guardian", "npr", "dw"]


def mention(entity: str, i: int, at):
    return make_article(OUTLETS[i % len(OUTLETS)], f"{entity} news item {i}", f"Something about the {entity}, item {i}.",
                        published_at=at, entities=[(entity, "ORG")])


def test_alert_spike_burst_over_quiet_baseline_fires_steady_traffic_does_not(isolated, tmp_path):
    articles = []
    # Taliban: quiet, one mention every third hour for a day, then 8 mentions by 4+ outlets in one hour
    articles += [mention("Taliban", h, T0 + timedelta(hours=h, minutes=5)) for h in range(0, 24, 3)]
    articles += [mention("Taliban", 100 + i, T0 + timedelta(hours=24, minutes=3 * i)) for i in range(8)]
    # Kremlin: steady 6 an hour for a day, then 7 in the same hour as the Taliban burst
    articles += [mention("Kremlin", 6 * h + i, T0 + timedelta(hours=h, minutes=7 * i)) for h in range(24) for i in range(6)]
    articles += [mention("Kremlin", 1000 + i, T0 + timedelta(hours=24, minutes=5 * i)) for i in range(7)]
    rules = tmp_path / "alerts.yaml"
    rules.write_text(RULES)
    prod = kafka_producer(isolated)
    for ea in articles:
        prod.send(isolated.names.enriched, key=ea.article.article_id.encode(), value=encode(ea))
    prod.flush()
    prod.close()
    Runner(Alerter(isolated, rules), isolated, poll_timeout_ms=200, batch_size=50).run(
        until_idle=True, idle_polls=2, max_seconds=90)
    cons = kafka_consumer(isolated, None, isolated.names.alerts, consumer_timeout_ms=1500)
    events = [decode(AlertEvent, r.value) for r in cons]
    cons.close()
    fired = [e for e in events if e.status == "firing"]
    assert [(e.group, e.window_start) for e in fired] == [("taliban", T0 + timedelta(hours=24))]
    spike = fired[0]
    assert spike.detail["count"] >= 6 and spike.detail["baseline_mean"] < 1
    assert len(spike.outlets) >= 4
    assert all(e.group == "taliban" for e in events)   # the steady term never fired, not even at the start
