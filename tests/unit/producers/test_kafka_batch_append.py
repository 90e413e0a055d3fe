"""``append_records`` on kafka-python's real accumulator, without a broker.

The producer around the accumulator is a stand-in with what ``append_records`` reads (its
metadata and the sender's wakeup); the batches it leaves are closed and read back as the
sender would send them. tests/integration/test_kafka_batch.py does the same against the broker.
"""
from __future__ import annotations

import pytest
from kafka.errors import MessageSizeTooLargeError
from kafka.record.default_records import DefaultRecordBatchBuilder
from kafka.producer.record_accumulator import RecordAccumulator
from kafka.record.memory_records import MemoryRecords
from kafka.structs import TopicPartition

from producers.kafka_batch import append_records


class _Metadata:
    def partitions_for_topic(self, topic):
        return {0, 1, 2}


class _Sender:
    def __init__(self):
        self.wakeups = 0

    def wakeup(self):
        self.wakeups += 1


class _Producer:
    def __init__(self, batch_size: int):
        self._closed = False
        self._accumulator = RecordAccumulator(batch_size=batch_size)
        self._transaction_manager = None
        self._metadata = _Metadata()
        self._sender = _Sender()
        self.config = {"max_request_size": 1_000_000, "max_block_ms": 1000}


def _queued(producer: _Producer, tp: TopicPartition) -> list[list[tuple[bytes, bytes]]]:
    """Each queued batch's records, as the sender would send them."""
    out = []
    for batch in producer._accumulator._batches[tp]:
        batch.records.close()
        out.append([(r.key, r.value) for b in MemoryRecords(batch.records.buffer()) for r in b])
    return out


def test_records_fill_batches_in_order_partition_by_partition():
    producer = _Producer(batch_size=2048)
    want = {(topic, p): [] for topic in ("raw", "seen") for p in range(3)}
    for call in range(5):
        records = []
        for i in range(60):
            topic, partition = ("raw", "seen")[i % 2], (call + i) % 3
            # Sizes that vary, so a short record could fit where a long one did not.
            record = (b"k%d-%d" % (call, i), b"value %d of call %d " % (i, call) * (1 + i * 7 % 23))
            records.append((topic, partition, *record))
            want[(topic, partition)].append(record)
        append_records(producer, records)
    for (topic, partition), records in want.items():
        batches = _queued(producer, TopicPartition(topic, partition))
        assert len(batches) > 1  # several batches filled: the batch that has no room is left for a new one
        assert [r for batch in batches for r in batch] == records
    assert producer._sender.wakeups >= 1


def test_a_batch_the_sender_closed_takes_no_more_records():
    producer = _Producer(batch_size=1_000_000)
    tp = TopicPartition("raw", 0)
    append_records(producer, [("raw", 0, b"a", b"first")])
    producer._accumulator._batches[tp][-1].records.close()  # drained: the sender closed it
    append_records(producer, [("raw", 0, b"b", b"second"), ("raw", 0, b"c", b"third")])
    assert _queued(producer, tp) == [[(b"a", b"first")], [(b"b", b"second"), (b"c", b"third")]]


def test_a_bad_record_is_refused_before_any_record_of_the_call_is_queued():
    producer = _Producer(batch_size=1_000_000)
    with pytest.raises(ValueError):
        append_records(producer, [("raw", 0, b"a", b"fine"), ("raw", 7, b"b", b"nowhere")])
    assert not any(producer._accumulator._batches.values())


@pytest.mark.parametrize("value_bytes", [100, 127, 128, 16_383, 16_384, 999_900])
def test_the_size_limit_is_kafkas_estimate_to_the_byte(value_bytes):
    # The limit set where kafka-python's own estimate of the record lands: at it the record is
    # queued, one byte under it refused (lengths on both sides of the varints' size steps).
    key, value = b"k" * 64, b"v" * value_bytes
    estimate = DefaultRecordBatchBuilder.estimate_size_in_bytes(key, value, ())
    fits = _Producer(batch_size=1_000_000)
    fits.config["max_request_size"] = estimate
    append_records(fits, [("raw", 0, key, value)])
    assert _queued(fits, TopicPartition("raw", 0)) == [[(key, value)]]
    over = _Producer(batch_size=1_000_000)
    over.config["max_request_size"] = estimate - 1
    with pytest.raises(MessageSizeTooLargeError):
        append_records(over, [("raw", 0, key, value)])
    assert not any(over._accumulator._batches.values())
