"""close_within on a producer whose close() cannot deliver what it still holds (the producer is faked)."""
from __future__ import annotations

from kafka.errors import KafkaTimeoutError

from producers.kafka_txn import close_within


class _Sender:
    def __init__(self):
        self.forced = False

    def force_close(self):
        self.forced = True


class _UndeliverableProducer:
    """close() raises as kafka-python's does when its flush times out with records undelivered."""

    def __init__(self):
        self._sender = _Sender()

    def close(self, timeout=None):
        raise KafkaTimeoutError("Failed to flush buffered records within 1 secs")


def test_kafka_txn_close_within_force_closes_the_sender_when_close_raises():
    producer = _UndeliverableProducer()
    close_within(producer, 1)
    assert producer._sender.forced
