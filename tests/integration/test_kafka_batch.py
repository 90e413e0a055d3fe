"""``append_records`` against the real broker: what it queues is what ``send`` would have written.

Records appended in a transaction are read back (read_committed) on the partitions they were
given, in order, with their keys and values; an aborted transaction's records are not; a record
over the producer's request limit and an unknown partition are refused before anything is queued
for them.
"""
from __future__ import annotations

import pytest
from kafka.errors import MessageSizeTooLargeError

from newsradar.clients import kafka_consumer, kafka_producer
from producers.kafka_batch import append_records

pytestmark = pytest.mark.kafka


def read_committed(settings, topic: str) -> list:
    consumer = kafka_consumer(settings, None, topic, consumer_timeout_ms=3000, isolation_level="read_committed")
    try:
        return list(consumer)
    finally:
        consumer.close()


def test_appended_records_are_committed_where_they_were_put_and_aborted_ones_vanish(isolated):
    raw, seen = isolated.names.raw, isolated.names.seen
    producer = kafka_producer(isolated, transactional_id=f"{isolated.namespace}.batch", linger_ms=100,
                              batch_size=4096, compression_type=None)
    try:
        producer.init_transactions()
        producer.begin_transaction()
        # Big enough to fill several 4 kB batches per partition: the sender must still drain them all.
        kept = [(topic, i % 3, b"k%04d" % i, b"%s-%04d " % (topic.encode(), i) * 20)
                for i in range(600) for topic in (raw, seen)]
        for start in range(0, len(kept), 90):
            append_records(producer, kept[start:start + 90])
        producer.commit_transaction()

        producer.begin_transaction()
        append_records(producer, [(raw, 0, b"gone", b"aborted")])
        producer.abort_transaction()

        producer.begin_transaction()
        with pytest.raises(MessageSizeTooLargeError):
            append_records(producer, [(raw, 0, b"big", b"x" * (producer.config["max_request_size"] + 1))])
        with pytest.raises(ValueError):
            append_records(producer, [(raw, 99, b"nowhere", b"v")])
        producer.abort_transaction()
    finally:
        producer.close()

    for topic in (raw, seen):
        records = read_committed(isolated, topic)
        want = [(p, k, v) for t, p, k, v in kept if t == topic]
        got = [(r.partition, r.key, r.value) for r in records]
        assert sorted(got) == sorted(want)
        for partition in range(3):  # in the order appended, partition by partition
            assert [k for p, k, _ in got if p == partition] == [k for p, k, _ in want if p == partition]
