"""The runner's overlap: the next batch is polled and decoded while a stage's batch is in flight,
and the commit-after-success order holds through a transient failure."""
from __future__ import annotations

import threading
import time
from collections import Counter

import pytest
from kafka import TopicPartition

from consumers.runner import Runner, StageResult
from newsradar.clients import kafka_consumer, kafka_producer
from newsradar.errors import TransientError
from newsradar.schema import Article, encode
from tests.samples.indexed_articles import sample_article

pytestmark = [pytest.mark.kafka]

RECORDS = 60
BATCH = 10


class _Stage:
    name = "indexer"
    input_model = Article
    overlap_next_poll = True

    def __init__(self, settings, fail_batches: int = 0):
        self.settings = settings
        self.fail_batches = fail_batches
        self.processed: list[str] = []
        self.decoded_during: list[bool] = []
        self.decoded = 0
        self.lock = threading.Lock()
        self.read_ahead: set[int] = set()     # partitions of the last batch decoded
        # Records decoded in all when each batch was decoded: the next batch may be decoded
        # before this thread starts processing, and that counts as decoded meanwhile.
        self.decoded_by: dict[int, int] = {}

    def input_topic(self) -> str:
        return self.settings.names.raw

    def process(self, batch):
        with self.lock:
            seen_before = self.decoded_by.get(id(batch), self.decoded)
        # Wait, as a bulk in flight would, and look whether the runner decoded more records meanwhile.
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline and self.decoded == seen_before:
            time.sleep(0.02)
        self.decoded_during.append(self.decoded > seen_before)
        # Fail a batch whose read-ahead holds a partition it does not: a rewind of the failed
        # batch alone would skip that partition's records.
        other_partitions = self.read_ahead - {item.record.partition for item in batch}
        if self.fail_batches and self.decoded_during[-1] and other_partitions:
            self.fail_batches -= 1
            raise TransientError("elasticsearch away for one batch")
        self.processed += [item.message.article_id for item in batch]
        return StageResult(counts=Counter(done=len(batch)))


def _produce(settings) -> list[str]:
    producer = kafka_producer(settings)
    ids = []
    for i in range(RECORDS):
        article = sample_article(i).article
        producer.send(settings.names.raw, key=article.article_id.encode(), value=encode(article))
        ids.append(article.article_id)
    producer.flush()
    producer.close()
    return ids


def _run(settings, stage, monkeypatch) -> Counter:
    real_decode = Runner._decode

    def watched_decode(self, records):
        batch = real_decode(self, records)
        with stage.lock:
            stage.read_ahead = {r.partition for r in records}
            stage.decoded += len(records)
            stage.decoded_by[id(batch.items)] = stage.decoded
        return batch
    monkeypatch.setattr(Runner, "_decode", watched_decode)
    return Runner(stage, settings, batch_size=BATCH).run(until_idle=True, max_seconds=120)


def _committed_to_the_end(settings) -> bool:
    consumer = kafka_consumer(settings, settings.names.group("indexer"))
    try:
        tps = [TopicPartition(settings.names.raw, p) for p in consumer.partitions_for_topic(settings.names.raw)]
        ends = consumer.end_offsets(tps)
        return all((consumer.committed(tp) or 0) >= ends[tp] for tp in tps)
    finally:
        consumer.close()


def test_runner_overlap_decodes_the_next_batch_while_one_is_in_flight(isolated, monkeypatch):
    ids = _produce(isolated)
    stage = _Stage(isolated)
    counts = _run(isolated, stage, monkeypatch)
    assert sorted(stage.processed) == sorted(ids) and counts["consumed"] == RECORDS
    # Every batch but the last had the next one decoded while it was processed.
    assert sum(stage.decoded_during) >= len(stage.decoded_during) - 1 >= 2
    assert _committed_to_the_end(isolated)


def test_runner_overlap_a_transient_failure_rewinds_the_batch_and_the_one_read_ahead(isolated, monkeypatch):
    ids = _produce(isolated)
    stage = _Stage(isolated, fail_batches=1)
    counts = _run(isolated, stage, monkeypatch)
    assert counts["retried_batches"] == 1
    # Nothing lost (the failed batch and the one polled behind it are read again), nothing processed twice.
    assert sorted(stage.processed) == sorted(ids)
    assert _committed_to_the_end(isolated)


class _Prefetching(_Stage):
    """Records each batch handed to ``prefetch``; a batch in flight waits to see the next one handed over."""

    def __init__(self, settings):
        super().__init__(settings)
        self.prefetched: list[list] = []
        self.next_prefetched_during: list[bool] = []
        self.prefetched_before_process: list[bool] = []

    def prefetch(self, batch):
        with self.lock:
            self.prefetched.append(batch)

    def process(self, batch):
        with self.lock:
            mine = [n for n, ahead in enumerate(self.prefetched) if ahead is batch]
        self.prefetched_before_process.append(bool(mine))
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline and mine and len(self.prefetched) == mine[0] + 1:
            time.sleep(0.02)
        self.next_prefetched_during.append(bool(mine) and len(self.prefetched) > mine[0] + 1)
        self.processed += [item.message.article_id for item in batch]
        return StageResult(counts=Counter(done=len(batch)))


def test_runner_hands_each_batch_to_prefetch_before_the_one_in_flight_is_done(isolated):
    ids = _produce(isolated)
    stage = _Prefetching(isolated)
    counts = Runner(stage, isolated, batch_size=BATCH).run(until_idle=True, max_seconds=120)
    assert sorted(stage.processed) == sorted(ids) and counts["consumed"] == RECORDS
    assert all(stage.prefetched_before_process)
    # Every batch but the last saw the next one handed to prefetch while it was processed.
    assert sum(stage.next_prefetched_during) >= len(stage.next_prefetched_during) - 1 >= 2
