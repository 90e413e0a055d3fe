"""`newsradar consume enricher` stopped by SIGTERM to its whole process group, mid-batch.

A supervisor (and the fault tests' load generator) stops a stage with ``killpg``; a
user's Ctrl-C sends SIGINT to the whole foreground group. Either reaches the
enricher's spaCy process as well as the enricher. Only the enricher may decide when
its extractor stops: the batch in flight is finished, published and committed (or
left uncommitted to be read again), never dead-lettered for the stop.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta

import pytest
from kafka import TopicPartition

from cli.verify import read_topic
from newsradar.clients import kafka_consumer, kafka_producer
from newsradar.schema import EnrichedArticle, encode
from newsradar.settings import PROJECT_ROOT
from tests.samples.alert_articles import T0, WIRE_TEXT, make_article

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]

ARTICLES = 160
BATCH = 32


def _produce(settings) -> dict[int, dict[int, str]]:
    """The articles' ids by partition and offset of ``news.raw``."""
    producer = kafka_producer(settings)
    try:
        futures = []
        for i in range(ARTICLES):
            a = make_article(f"outlet{i % 7}", f"Council report {i} on the harbour", f"Report {i}. {WIRE_TEXT}",
                             published_at=T0 + timedelta(minutes=i)).article
            futures.append((a.article_id, producer.send(settings.names.raw, key=a.article_id.encode(),
                                                        value=encode(a))))
        producer.flush()
        placed: dict[int, dict[int, str]] = {}
        for article_id, fut in futures:
            meta = fut.get(timeout=30)
            placed.setdefault(meta.partition, {})[meta.offset] = article_id
        return placed
    finally:
        producer.close()


def _committed(settings, partitions) -> dict[int, int]:
    consumer = kafka_consumer(settings, settings.names.group("enricher"))
    try:
        return {p: consumer.committed(TopicPartition(settings.names.raw, p)) or 0 for p in partitions}
    finally:
        consumer.close()


def _wait_for_progress(proc: subprocess.Popen, log_path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if "enricher: " in log_path.read_text(errors="replace"):
            return
        time.sleep(0.1)
    raise AssertionError(f"no batch finished in {timeout:.0f}s:\n{log_path.read_text(errors='replace')[-3000:]}")


def test_sigterm_to_the_enrichers_process_group_mid_batch_finishes_the_batch(isolated, tmp_path):
    placed = _produce(isolated)
    env = dict(os.environ, NEWSRADAR_NAMESPACE=isolated.namespace, NEWSRADAR_KAFKA_BOOTSTRAP=isolated.kafka_bootstrap,
               NEWSRADAR_ES_URL=isolated.es_url, NEWSRADAR_ENRICH__BATCH_SIZE=str(BATCH),
               NEWSRADAR_ENRICH__CHUNK_SIZE="8", NEWSRADAR_ENRICH__EXTRACT_IN_CHILD="true", PYTHONUNBUFFERED="1")
    log_path = tmp_path / "enricher.log"
    with log_path.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "cli", "consume", "enricher"], env=env, cwd=PROJECT_ROOT,
                                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True)
    try:
        # The first batch is done, so the next one is in flight (and one more prefetched) in the child.
        _wait_for_progress(proc, log_path, timeout=240)
        os.killpg(proc.pid, signal.SIGTERM)
        rc = proc.wait(timeout=180)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
    log = log_path.read_text(errors="replace")
    assert rc in (0, -signal.SIGTERM), log[-3000:]
    assert "BrokenProcessPool" not in log and "batch failed" not in log, log[-3000:]
    assert not list(read_topic(isolated, isolated.names.dlq("enricher")))

    enriched = {EnrichedArticle.model_validate_json(r.value).article.article_id
                for r in read_topic(isolated, isolated.names.enriched)}
    committed = _committed(isolated, placed)
    done = [article_id for p, by_offset in placed.items() for offset, article_id in by_offset.items()
            if offset < committed[p]]
    # More than the first batch was committed: the one in flight at the SIGTERM was finished, not dropped.
    assert len(done) > BATCH, (committed, log[-3000:])
    assert set(done) <= enriched
