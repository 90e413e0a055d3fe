"""Append a poll's records to kafka-python's producer in one call, not one ``send()`` each.

``KafkaProducer.send`` pays per record for checks whose answer is the same for every
record of a poll (closed? serialisers, metadata, the partition's place in the
transaction, the size estimate) and formats ``str(self)`` for a debug line that is not
logged. Worse, once a partition has a full batch queued, every further append wakes
the sender thread: a socket write in the sending thread and a sender loop turn, per
record, both fighting the parse pool and the main thread for the cores. A poll sends
about 90,000 records.

``append_records`` does what ``send`` does for records whose key and value are bytes
and whose partition is chosen: it adds each partition to the open transaction once,
appends to the accumulator, and wakes the sender once at the end if a batch filled
or a new one started. Delivery is unchanged: the same accumulator, the same
idempotent, transactional sender, the same ``flush`` and commit. It relies on
kafka-python 3.0's producer internals (pinned in requirements.lock);
tests/integration/test_kafka_batch.py reads back what it wrote.
"""
from __future__ import annotations

import time

from kafka import KafkaProducer
from kafka.errors import IllegalStateError, MessageSizeTooLargeError
from kafka.record.default_records import DefaultRecordBatchBuilder
from kafka.structs import TopicPartition


def append_records(producer: KafkaProducer, records: list[tuple[str, int, bytes, bytes]]) -> None:
    """Queue ``(topic, partition, key, value)`` records, in order, as ``producer.send`` would."""
    if producer._closed:
        raise IllegalStateError("KafkaProducer already closed!")
    accumulator = producer._accumulator
    transactions = producer._transaction_manager
    transactional = transactions is not None and transactions.is_transactional()
    max_size = producer.config["max_request_size"]
    partitions: dict[tuple[str, int], TopicPartition] = {}
    wake = False
    now = time.monotonic()
    timestamp_ms = int(time.time() * 1000)
    for topic, partition, key, value in records:
        size = DefaultRecordBatchBuilder.estimate_size_in_bytes(key, value, ())
        if size > max_size:
            raise MessageSizeTooLargeError(f"a record of {size} bytes is over the producer's limit of {max_size}")
        tp = partitions.get((topic, partition))
        if tp is None:
            tp = partitions[(topic, partition)] = _checked_partition(producer, topic, partition)
            if transactional:
                transactions.maybe_add_partition_to_transaction(tp)
        _future, full, created, _ = accumulator.append(tp, timestamp_ms, key, value, [], now=now)
        wake = wake or full or created
    if wake:
        producer._sender.wakeup()


def _checked_partition(producer: KafkaProducer, topic: str, partition: int) -> TopicPartition:
    """``send``'s own checks of an explicit partition, once per partition instead of once per record."""
    if producer._metadata.partitions_for_topic(topic) is None:
        producer._wait_on_metadata(topic, producer.config["max_block_ms"])
    known = producer._metadata.partitions_for_topic(topic)
    if known is None or partition not in known:
        raise ValueError(f"Unrecognized partition {partition} for topic {topic}")
    return TopicPartition(topic, partition)
