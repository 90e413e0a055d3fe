"""Poison Kafka records to every stage's input topic, between good ones, with the stages running.

Each poison record must be dead-lettered once to ``news.dlq.<stage>`` with the
headers that say why (stage, error_class, error), the stage process must keep
serving (same pid), and every good record around the poison must come through:
the ledger finds nothing lost and nothing doubled.
"""
from __future__ import annotations

import json
from collections import Counter
from datetime import datetime, timezone

import pytest

from newsradar.clients import kafka_producer
from newsradar.schema import Article, article_id_for, encode
from tests.faults.loadgen import StageProcess, topic_end, wait_until
from tests.hostile.summary import report

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch, pytest.mark.slow]

FIVE_MB = 5 * 1024 * 1024


def article(i: int, body: str = "") -> Article:
    url = f"https://poison.example.org/news/{i}"
    now = datetime.now(timezone.utc)
    return Article(article_id=article_id_for(url), url=url, canonical_url=url, outlet=f"Outlet {i % 3}",
                   feed_id="poison", feed_url="https://poison.example.org/feed.xml",
                   title=f"Mayor Ana Silva opens bridge number {i}",
                   summary=f"\"It took us {i} years,\" Ana Silva said on Tuesday in Porto.",
                   body=body, published_at=now, fetched_at=now, language="en", content_hash=f"h{i}")


def poisons(valid: bytes) -> list[tuple[str, bytes | None]]:
    """(name, value) pairs every stage must refuse; ``valid`` is a good record of its input model."""
    doc = json.loads(valid)
    return [
        ("invalid_json", b'{"article_id": "abc", "title": '),
        ("not_utf8", b'\xff\xfe\x00\xc3\x28 latin-1 caf\xe9 \x80\x81'),
        ("huge_5mb", b'{"junk": "' + b"A" * FIVE_MB + b'"}'),
        ("wrong_schema_version", json.dumps({**doc, "schema_version": 99}).encode()),
        ("unknown_field", json.dumps({**doc, "surprise": True}).encode()),
        ("json_array", b"[1, 2, 3]"),
        ("empty", b""),
        ("tombstone", None),
        ("nul_bytes", b"\x00" * 64),
    ]


def _dlq(settings, stage: str) -> list:
    from cli.verify import read_topic
    return list(read_topic(settings, settings.names.dlq(stage)))


def test_poison_records_are_dead_lettered_and_every_stage_keeps_serving(isolated, tmp_path):
    from cli.verify import check
    settings = isolated
    names = settings.names
    good_before = [article(i) for i in range(10)]
    good_after = [article(i) for i in range(10, 20)]
    big = article(99, body="Ana Silva said the bridge was finished. " * (FIVE_MB // 40))
    from newsradar.schema import AlertEvent, EnrichedArticle, Enrichment
    enriched_ok = EnrichedArticle(article=article(50), enrichment=Enrichment(language="en", enriched=False))
    now = datetime.now(timezone.utc)
    alert_ok = AlertEvent(alert_id="a" * 32, rule="no-such-rule", rule_type="topic", status="firing",
                          window_start=now, window_end=now, first_seen=now, last_seen=now, outlets=["x"],
                          article_ids=["y"], headline="h", fired_at=now)
    sent = {
        names.raw: [*poisons(encode(good_before[0])), ("huge_valid_article_5mb", encode(big))],
        names.enriched: poisons(encode(enriched_ok)),
        names.alerts: poisons(encode(alert_ok)),
    }
    producer = kafka_producer(settings)
    for a in good_before:
        producer.send(names.raw, key=a.article_id.encode(), value=encode(a))
    for topic, records in sent.items():
        for name, value in records:
            producer.send(topic, key=f"poison-{name}".encode(), value=value)
    for a in good_after:
        producer.send(names.raw, key=a.article_id.encode(), value=encode(a))
    producer.flush()
    producer.close()

    expected = {"enricher": len(sent[names.raw]), "indexer": len(sent[names.enriched]),
                "alerter": len(sent[names.enriched]), "notifier": len(sent[names.alerts])}
    procs = [StageProcess(s, settings, tmp_path, env={"NEWSRADAR_ENRICH__BATCH_SIZE": "8"}).start()
             for s in ("enricher", "indexer", "alerter", "notifier")]
    try:
        for p in procs:
            wait_until(lambda: topic_end(settings, names.dlq(p.stage)) >= expected[p.stage] or not p.alive,
                       180, f"{p.stage} to dead-letter {expected[p.stage]} records", interval=1)
        wait_until(lambda: _indexed(settings) >= 20 or not all(p.alive for p in procs), 120,
                   "the 20 good articles indexed", interval=1)
        alive = {p.stage: p.alive and len(p.pids) == 1 for p in procs}
    finally:
        for p in procs:
            p.stop()
    notes, recorded, bad_headers = [], 0, []
    for stage, n in expected.items():
        dlq = _dlq(settings, stage)
        recorded += len(dlq)
        classes = Counter()
        for r in dlq:
            h = {k: v.decode("utf-8", "replace") for k, v in (r.headers or [])}
            classes[h.get("error_class")] += 1
            if h.get("stage") != stage or not h.get("error_class") or not h.get("error"):
                bad_headers.append((stage, r.key, h))
        notes.append(f"{stage}: sent {n} poison, dead-lettered {len(dlq)} {dict(classes)}")
        assert len(dlq) == n, f"{stage}: {len(dlq)} dead letters for {n} poison records"
    ledger = check(settings, allow_dead_letters=True)   # the dead letters are the point here
    notes += ledger.lines()
    crashes = sum(1 for ok in alive.values() if not ok)
    report("poison records -> 4 stages", tried=sum(expected.values()), errors=recorded, crashes=crashes,
           notes=notes)
    assert not bad_headers, bad_headers
    assert all(alive.values()), {p.name: p.tail() for p in procs}
    assert ledger.ok, ledger.lines()
    assert ledger.indexed == 20 and ledger.dead_lettered == len(sent[names.raw])


def _indexed(settings) -> int:
    from newsradar.clients import es_client
    es = es_client(settings)
    es.indices.refresh(index=settings.names.articles_index)
    return es.count(index=settings.names.articles_index)["count"]
