"""Publish one poll: the articles to news.raw and their dedupe records to news.seen, in ONE Kafka transaction.

A crash or a broker error before the commit aborts both: read_committed
consumers (the poller's own state loader among them) see neither, and the
next poll publishes the same articles again, exactly once.
"""
from __future__ import annotations

from kafka.errors import KafkaError
from kafka.partitioner.default import murmur2

from newsradar.clients import kafka_producer
from newsradar.errors import TransientError
from newsradar.faults import crash_armed, crash_point
from newsradar.settings import Settings


class Publisher:
    def __init__(self, settings: Settings, role: str = "all"):
        self.settings = settings
        self.role = role
        self.producer = None
        self._partitions: dict[str, list[int]] = {}
        self._same_partitions = True

    @property
    def transactional_id(self) -> str:
        """Stable per poller role, so a restarted poller fences its killed predecessor's transaction."""
        ns = self.settings.namespace or "prod"
        return f"newsradar-poller.{ns}.{self.role}"

    def open(self) -> Publisher:
        self.producer = kafka_producer(self.settings, transactional_id=self.transactional_id,
                                       batch_size=1_000_000, linger_ms=100)
        self.producer.init_transactions()
        return self

    def close(self) -> None:
        if self.producer is not None:
            self.producer.flush()
            self.producer.close()
            self.producer = None

    def _partition(self, topic: str, key: bytes) -> int:
        partitions = self._partitions.get(topic)
        if partitions is None:
            partitions = self._partitions[topic] = sorted(self.producer.partitions_for(topic))
            self._same_partitions = (len(self._partitions) < 2 or
                                     len({len(p) for p in self._partitions.values()}) == 1)
        return partitions[(murmur2(key) & 0x7FFFFFFF) % len(partitions)]

    def publish(self, entries: list[dict]) -> None:
        """Send each entry's ``value`` (news.raw) and ``seen_value`` (news.seen), keyed by ``article_id``, and commit."""
        if self.producer is None or not entries:
            return
        raw, seen = self.settings.names.raw, self.settings.names.seen
        try:
            self.producer.begin_transaction()
            for entry in entries:
                key = entry["article_id"].encode()
                # One murmur2 per article (kafka-python's is pure Python): the default partitioner's choice.
                partition = self._partition(raw, key)
                self.producer.send(raw, key=key, value=entry["value"], partition=partition)
                self.producer.send(seen, key=key, value=entry["seen_value"],
                                   partition=partition if self._same_partitions else self._partition(seen, key))
            if crash_armed("poller.before_commit"):
                # The commit flushes anyway; flushing first puts every record of the open
                # transaction on the broker, so the restart test sees what the crash aborts.
                self.producer.flush()
                crash_point("poller.before_commit")
            self.producer.commit_transaction()
        except BaseException as exc:
            try:
                self.producer.abort_transaction()
            except KafkaError:
                pass
            if isinstance(exc, KafkaError):
                raise TransientError(
                    f"publishing {len(entries)} articles failed, transaction aborted: {exc}") from exc
            raise
