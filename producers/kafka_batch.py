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
appends a partition's records to its open batch under one hold of its lock (in their
order; partitions are independent), and wakes the sender once at the end if a batch
filled or a new one started. It makes no per-record future: nothing reads them, and
each cost an object on append and a callback in the sender thread on the batch's answer.
Delivery is unchanged: the same accumulator, the same
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

_NO_HEADERS = ()
# The most ``estimate_size_in_bytes`` adds to a record's key and value: the batch header, the
# record's own overhead, and the two lengths' and the empty header count's varints (5 bytes at
# most each below 2**31). A record whose key and value leave this much room under the limit
# fits whatever the varints come to, so only one near the limit costs the estimate (0.8 us a
# record, on the thread that routes and sends while the pool parses).
_MOST_ADDED = DefaultRecordBatchBuilder.HEADER_STRUCT.size + DefaultRecordBatchBuilder.MAX_RECORD_OVERHEAD + 3 * 5


def append_records(producer: KafkaProducer, records: list[tuple[str, int, bytes, bytes]]) -> None:
    """Queue ``(topic, partition, key, value)`` records, in order within each partition, as ``producer.send`` would."""
    if producer._closed:
        raise IllegalStateError("KafkaProducer already closed!")
    accumulator = producer._accumulator
    transactions = producer._transaction_manager
    transactional = transactions is not None and transactions.is_transactional()
    max_size = producer.config["max_request_size"]
    runs: dict[tuple[str, int], list[tuple[bytes, bytes]]] = {}
    for topic, partition, key, value in records:
        if len(key) + len(value) + _MOST_ADDED > max_size:
            size = DefaultRecordBatchBuilder.estimate_size_in_bytes(key, value, ())
            if size > max_size:
                raise MessageSizeTooLargeError(f"a record of {size} bytes is over the producer's limit of {max_size}")
        run = runs.get((topic, partition))
        if run is None:
            run = runs[(topic, partition)] = []
        run.append((key, value))
    tps = {}
    for topic, partition in runs:
        tps[(topic, partition)] = _checked_partition(producer, topic, partition)
    wake = False
    now = time.monotonic()
    timestamp_ms = int(time.time() * 1000)
    for where, run in runs.items():
        tp = tps[where]
        if transactional:
            transactions.maybe_add_partition_to_transaction(tp)
        done = 0
        while done < len(run):
            done, full = _fill_open_batch(accumulator, tp, timestamp_ms, run, done, now)
            wake = wake or full
            if done < len(run):  # no open batch, or it has no room: the accumulator starts one
                key, value = run[done]
                _future, full, created, _ = accumulator.append(tp, timestamp_ms, key, value, [], now=now)
                wake = wake or full or created
                done += 1
    if wake:
        producer._sender.wakeup()


def _fill_open_batch(accumulator, tp: TopicPartition, timestamp_ms: int, run: list[tuple[bytes, bytes]],
                     start: int, now: float) -> tuple[int, bool]:
    """Append ``run[start:]`` to the partition's open batch while it has room: (next index, batch full).

    What ``accumulator.append`` does for a record that fits, under one hold of the partition's
    lock instead of one per record, and without the per-record future (a ``FutureRecordMetadata``
    made on append and resolved by the sender thread on the batch's answer) that no caller of
    ``append_records`` reads: the batch's own future still carries its success or error to the
    transaction. A batch the sender has closed takes nothing (``append`` answers None).
    """
    done = start
    accumulator._appends_in_progress.increment()  # as append does: abort_incomplete_batches waits on it
    try:
        with accumulator._tp_lock(tp):
            queued = accumulator._batches[tp]
            if not queued:
                return done, False
            batch = queued[-1]
            builder = batch.records
            for key, value in run[start:]:
                metadata = builder.append(timestamp_ms, key, value, _NO_HEADERS)
                if metadata is None:
                    break
                if metadata.size > batch.max_record_size:
                    batch.max_record_size = metadata.size
                done += 1
            if done > start:
                batch.last_append = now
            return done, len(queued) > 1 or builder.is_full()
    finally:
        accumulator._appends_in_progress.decrement()


def _checked_partition(producer: KafkaProducer, topic: str, partition: int) -> TopicPartition:
    """``send``'s own checks of an explicit partition, once per partition instead of once per record."""
    if producer._metadata.partitions_for_topic(topic) is None:
        producer._wait_on_metadata(topic, producer.config["max_block_ms"])
    known = producer._metadata.partitions_for_topic(topic)
    if known is None or partition not in known:
        raise ValueError(f"Unrecognized partition {partition} for topic {topic}")
    return TopicPartition(topic, partition)
