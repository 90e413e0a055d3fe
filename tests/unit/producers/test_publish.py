"""The publisher's partition choice: the pool's key hash must land each article where Kafka's default
partitioner would, on news.raw and news.seen alike (the producer is faked, and what the publisher hands
kafka-python's accumulator is recorded); and a transaction the broker never finishes is given up on
within ``publish_commit_timeout_s`` (the fake's EndTxn never completes)."""
from __future__ import annotations

import time
from types import SimpleNamespace

import pytest
from kafka.partitioner.default import DefaultPartitioner
from kafka.producer.transaction_manager import TransactionalRequestResult

from newsradar.errors import TransientError
from newsradar.settings import Settings
from producers import publish
from producers.kafka_key import key_hash
from producers.publish import Publisher


class _Cluster:
    """The cluster metadata kafka-python's partitioner reads: one topic of ``n`` partitions."""

    def __init__(self, n: int):
        self.n = n

    def topics(self):
        return {"t"}

    def partitions_for_topic(self, topic):
        return set(range(self.n))

    available_partitions_for_topic = partitions_for_topic


class _RecordingProducer:
    def __init__(self, partitions: int):
        self.partitions = set(range(partitions))
        self.sends: list[tuple[str, bytes, int]] = []

    def partitions_for(self, topic):
        return self.partitions

    def begin_transaction(self):
        pass


def test_sends_land_on_the_default_partitioners_partition_whether_hashed_in_the_pool_or_not(monkeypatch):
    ids = [f"{i:064x}" for i in range(0, 4000, 7)]
    publisher = Publisher(Settings(), enabled=False)
    publisher.producer = producer = _RecordingProducer(partitions=5)
    monkeypatch.setattr(publish, "append_records", lambda to, records: to.sends.extend(
        (topic, key, partition) for topic, partition, key, _value in records))
    # Half the entries carry the pool's hash; the others (updates under an older id) carry none.
    entries = [dict(article_id=a, value=b"{}", seen_value=b"{}", key_hash=key_hash(a) if i % 2 else None)
               for i, a in enumerate(ids)]
    publisher.send(entries)

    default, cluster = DefaultPartitioner(), _Cluster(5)
    expected = {a.encode(): default.partition("t", a, a.encode(), None, None, cluster) for a in ids}
    assert len(producer.sends) == 2 * len(ids)
    assert {(key, partition) for _, key, partition in producer.sends} == set(expected.items())
    assert len(set(expected.values())) == 5  # the keys spread over every partition


class _Stuck:
    """A transaction manager whose EndTxn never completes, as kafka-python's does on a lost broker."""

    def __init__(self, completes: bool):
        self.completes = completes
        self.ended: list[str] = []

    def _end(self, step: str) -> TransactionalRequestResult:
        self.ended.append(step)
        result = TransactionalRequestResult()
        if self.completes:
            result.done()
        return result

    def begin_commit(self):
        return self._end("commit")

    def begin_abort(self):
        return self._end("abort")


class _TxnProducer(_RecordingProducer):
    """A producer faked at the client boundary, down to the two internals the bounded commit uses."""

    def __init__(self, completes: bool = True):
        super().__init__(partitions=1)
        self._transaction_manager = _Stuck(completes)
        self._sender = SimpleNamespace(wakeup=lambda: None, force_close=lambda: None)
        self.initialised = False
        self.closed_within: float | None = None

    def init_transactions(self):
        self.initialised = True

    def close(self, timeout=None):
        self.closed_within = timeout


def _publisher_in_a_transaction(monkeypatch, producer: _TxnProducer) -> Publisher:
    monkeypatch.setattr(publish, "append_records", lambda to, records: to.sends.extend(records))
    publisher = Publisher(Settings(kafka_bootstrap="127.0.0.1:19092", publish_commit_timeout_s=0.2))
    publisher.producer = producer
    publisher.send([dict(article_id="a" * 64, value=b"{}", seen_value=b"{}")])
    return publisher


def test_publish_commit_the_broker_never_finishes_gives_up_within_the_bound_and_a_fresh_producer_follows(
        monkeypatch):
    stuck = _TxnProducer(completes=False)
    publisher = _publisher_in_a_transaction(monkeypatch, stuck)
    started = time.monotonic()
    with pytest.raises(TransientError) as raised:
        publisher.commit()
    assert time.monotonic() - started < 1.5
    text = str(raised.value)
    assert "gave up publishing 1 articles" in text and "127.0.0.1:19092" in text and "`make up`" in text, text
    assert stuck._transaction_manager.ended == ["commit"]  # not aborted: that would wait on the same dead broker
    assert stuck.closed_within == publish.GIVE_UP_CLOSE_S
    assert publisher.producer is None and not publisher.in_transaction
    publisher.abort()  # the poller's failure path after a give-up: nothing left to wait for

    fresh = _TxnProducer(completes=True)
    monkeypatch.setattr(publish, "kafka_producer", lambda settings, **conf: fresh)
    publisher.send([dict(article_id="b" * 64, value=b"{}", seen_value=b"{}")])
    publisher.commit()
    assert fresh.initialised and fresh._transaction_manager.ended == ["commit"] and not publisher.in_transaction


def test_publish_abort_the_broker_never_finishes_returns_within_the_bound_and_drops_the_producer(monkeypatch):
    stuck = _TxnProducer(completes=False)
    publisher = _publisher_in_a_transaction(monkeypatch, stuck)
    started = time.monotonic()
    publisher.abort()
    assert time.monotonic() - started < 1.5
    assert stuck._transaction_manager.ended == ["abort"] and stuck.closed_within == publish.GIVE_UP_CLOSE_S
    assert publisher.producer is None and not publisher.in_transaction
