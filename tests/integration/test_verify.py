"""`newsradar verify` on the real broker and cluster cannot pass vacuously.

It passes a clean pipeline run, and still passes when that run's topics carry an
aborted transaction's copy of a record (read_committed never sees it) and an
article re-published as version 2 (an update, not a duplicate). It fails on a
planted dead letter (unless ``--allow-dead-letters``), on a record planted twice
on news.raw or news.enriched, on a namespace that does not exist and on one
where nothing was published.
"""
from __future__ import annotations

import os
import subprocess
import sys
import uuid

import pytest

from cli.verify import check, read_topic
from flows.pipeline import run_once
from newsradar.clients import kafka_producer
from newsradar.schema import Article, EnrichedArticle, decode, encode
from newsradar.settings import PROJECT_ROOT

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]


def verify(settings, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NEWSRADAR_NAMESPACE": settings.namespace,
           "NEWSRADAR_KAFKA_BOOTSTRAP": settings.kafka_bootstrap, "NEWSRADAR_ES_URL": settings.es_url}
    return subprocess.run([sys.executable, "-m", "cli", "verify", *args], capture_output=True, text=True,
                          env=env, timeout=300, cwd=PROJECT_ROOT)


def test_verify_fails_on_a_namespace_that_does_not_exist(services):
    settings = services.model_copy(update={"namespace": f"nosuch{uuid.uuid4().hex[:8]}"})
    out = verify(settings)
    assert out.returncode == 1, out.stdout + out.stderr
    names = settings.names
    for missing in (f"missing topic {names.raw}", f"missing topic {names.dlq('notifier')}",
                    f"missing index {names.articles_index}"):
        assert missing in out.stdout, out.stdout
    assert out.stdout.rstrip().endswith("MISMATCH")


def test_verify_fails_when_nothing_was_published(isolated):
    out = verify(isolated)
    assert out.returncode == 1, out.stdout + out.stderr
    assert "nothing was published on news.raw" in out.stdout, out.stdout


@pytest.mark.prefect
def test_verify_passes_a_clean_run_and_fails_on_each_planted_fault(isolated, demo_feeds):
    names = isolated.names
    run_once(isolated, demo_feeds, PROJECT_ROOT / "configs" / "alerts.yaml", log=lambda m: None)
    clean = verify(isolated)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert f"{names.raw} " in clean.stdout and f"{names.articles_index} " in clean.stdout, "the table it checked"

    raw = list(read_topic(isolated, names.raw))
    first = raw[0]
    aborted = kafka_producer(isolated, transactional_id=f"verify-test-{isolated.namespace}")
    aborted.init_transactions()
    aborted.begin_transaction()
    aborted.send(names.raw, key=first.key, value=first.value, partition=first.partition)
    aborted.flush()
    aborted.abort_transaction()
    aborted.close()
    article = decode(Article, first.value)
    producer = kafka_producer(isolated)
    update = article.model_copy(update={"version": 2, "body": article.body + " An update."})
    producer.send(names.raw, key=first.key, value=encode(update))
    producer.flush()
    ledger = check(isolated)
    assert ledger.ok, ledger.lines()
    raw_count = next(t for t in ledger.topics if t.topic == names.raw)
    assert raw_count.records == len(raw) + 1, "the aborted copy is not read, the update is"

    producer.send(names.dlq("indexer"), key=b"planted-dead-letter", value=b"{}",
                  headers=[("stage", b"indexer"), ("error_class", b"PlantedError"), ("error", b"planted")])
    producer.flush()
    dead = verify(isolated)
    assert dead.returncode == 1, dead.stdout
    assert "dead letters from indexer: 1" in dead.stdout, dead.stdout
    allowed = verify(isolated, "--allow-dead-letters")
    assert allowed.returncode == 0, allowed.stdout
    assert "dead      indexer/PlantedError: 1" in allowed.stdout, allowed.stdout

    enriched = next(iter(read_topic(isolated, names.enriched)))
    version = decode(EnrichedArticle, enriched.value).article.version
    producer.send(names.enriched, key=enriched.key, value=enriched.value)
    producer.send(names.raw, key=first.key, value=first.value)
    producer.flush()
    producer.close()
    doubled = verify(isolated, "--allow-dead-letters")
    assert doubled.returncode == 1, doubled.stdout
    assert (f"duplicate on {names.enriched}: key {enriched.key.decode()} version {version}: 2 records"
            in doubled.stdout), doubled.stdout
    assert f"duplicate on {names.raw}: key {first.key.decode()} version 1: 2 records" in doubled.stdout
