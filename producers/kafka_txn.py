"""End a kafka-python transaction, and close its producer, within a time limit.

kafka-python 3.0.12's ``commit_transaction()`` and ``abort_transaction()`` wait on the EndTxn
result with no timeout, and its sender retries EndTxn for as long as the broker refuses
connections: a broker lost after a send hangs the caller forever (a flush before the commit does
not help, since EndTxn itself needs the broker). A request that times out or is cut off instead
puts the transaction manager in its fatal state, where both fail fast. The client has no
public bounded form, so this does what those two methods do with a bounded wait; it is the
only place that touches the producer's private transaction manager and sender.
"""
from __future__ import annotations

from kafka import KafkaProducer
from kafka.errors import KafkaError


def end_transaction(producer: KafkaProducer, *, commit: bool, timeout_s: float) -> bool:
    """Commit (or abort) the open transaction: False if the broker has not finished it within ``timeout_s``.

    The broker's own refusals raise as they do from ``commit_transaction()``. After False the producer
    is stuck mid-EndTxn: the caller must close and drop it. A new producer with the same transactional
    id fences what was left open: the broker aborts it, or completes a commit it had already begun; the
    next poll may then publish duplicates, which the idempotent sinks absorb.
    """
    manager = producer._transaction_manager
    result = manager.begin_commit() if commit else manager.begin_abort()
    producer._sender.wakeup()
    return result.wait(timeout_ms=timeout_s * 1000)


def close_within(producer: KafkaProducer, timeout_s: float) -> None:
    """Close the producer, waiting at most about ``timeout_s`` for what it still has to send."""
    try:
        producer.close(timeout=timeout_s)
    except KafkaError:
        # close() flushes first and raises when records are still undelivered, before its own clean-up
        # stops the sender thread, which would then retry against a dead broker for the life of the process.
        producer._sender.force_close()
