"""Publish a poll: the articles to news.raw and their dedupe records to news.seen, in Kafka transactions.

Each article and its ``news.seen`` record go in the same transaction, so a crash
or a broker error before the commit aborts both: read_committed consumers (the
poller's own state loader among them) see neither, and the next poll publishes
the same articles again, exactly once.

The producer starts on the first send: a poll where every feed answers 304 opens
no Kafka connection at all. ``ensure_open`` fences a killed predecessor's
transaction (same transactional id) before the dedupe state is read.
"""
from __future__ import annotations

import time

from kafka.errors import KafkaError

from newsradar.clients import kafka_producer
from newsradar.errors import TransientError
from newsradar.faults import crash_armed, crash_point
from newsradar.settings import Settings
from producers.kafka_batch import append_records
from producers.kafka_key import key_hash
from producers.kafka_txn import close_within, end_transaction

# No compression: gzip was 40% of the producer's CPU (1.8 against 1.0 CPU s for 20,000 articles
# of about 1.3 kB and their news.seen records, on the broker beside the poller), CPU the parse
# workers need on a small machine. The bytes stay on the local network and disk.
COMPRESSION = None
TRANSACTION_TIMEOUT_MS = 300_000  # under the broker's transaction.max.timeout.ms (15 min by default)
# A producer given up on has nothing left worth waiting for: its transaction is abandoned, and the next
# producer's init_transactions fences it. close() may take about twice this (its flush, then the sender's join).
GIVE_UP_CLOSE_S = 5.0


class Publisher:
    def __init__(self, settings: Settings, role: str = "all", *, enabled: bool = True):
        self.settings = settings
        self.role = role
        self.enabled = enabled  # False: sends go nowhere (a poller without Kafka, in tests)
        self.producer = None
        self._partitions: dict[str, list[int]] = {}
        self._same_partitions = True
        self._opened_at: float | None = None  # when the open transaction began
        self.sent = 0  # records of the open transaction

    @property
    def transactional_id(self) -> str:
        """Stable per poller role, so a restarted poller fences its killed predecessor's transaction."""
        ns = self.settings.namespace or "prod"
        return f"newsradar-poller.{ns}.{self.role}"

    def ensure_open(self) -> Publisher:
        if self.producer is None and self.enabled:
            # One large batch per partition and a linger long enough to fill it: kafka-python's cost
            # is per request as much as per record.
            # The transaction stays open while the pool parses the rest of a cold poll (the poller sends
            # each feed as its parse lands): Kafka's default 60 s was less than a 1,000-feed cold poll
            # at load 10. A killed poller's transaction is fenced by its restart, not by this timeout.
            self.producer = kafka_producer(self.settings, transactional_id=self.transactional_id,
                                           batch_size=1_000_000, linger_ms=100, compression_type=COMPRESSION,
                                           transaction_timeout_ms=TRANSACTION_TIMEOUT_MS)
            try:
                self.producer.init_transactions()
            except KafkaError as exc:
                self.producer.close()
                self.producer = None
                raise TransientError(f"the poller's Kafka transactions could not start: {exc}") from exc
        return self

    def close(self) -> None:
        self.abort()  # a poll that failed before its commit
        if self.producer is not None:
            close_within(self.producer, self.settings.publish_commit_timeout_s)
            self.producer = None

    @property
    def in_transaction(self) -> bool:
        return self._opened_at is not None

    def _partition(self, topic: str, hashed: int) -> int:
        """The default partitioner's choice, from the key's hash."""
        partitions = self._partitions.get(topic)
        if partitions is None:
            partitions = self._partitions[topic] = sorted(self.producer.partitions_for(topic))
            self._same_partitions = (len(self._partitions) < 2 or
                                     len({len(p) for p in self._partitions.values()}) == 1)
        return partitions[hashed % len(partitions)]

    def send(self, entries: list[dict]) -> None:
        """Send each entry's ``value`` (news.raw) and ``seen_value`` (news.seen), keyed by ``article_id``.

        Opens a transaction if none is open. Does not wait for the broker, so most errors surface at
        ``commit``; a send the client refuses at once is a ``TransientError`` here.
        """
        self.ensure_open()
        producer = self.producer
        if not entries or producer is None:
            return
        if self._opened_at is None:
            producer.begin_transaction()
            self._opened_at = time.monotonic()
        raw, seen = self.settings.names.raw, self.settings.names.seen
        try:
            self._send_all(producer, raw, seen, entries)
        except KafkaError as exc:
            raise TransientError(f"sending {len(entries)} articles failed: {exc}") from exc
        self.sent += len(entries)

    def _send_all(self, producer, raw: str, seen: str, entries: list[dict]) -> None:
        records = []
        for entry in entries:
            # The hash comes from the parse pool, except for an update published under an older id.
            hashed = entry.get("key_hash")
            if hashed is None:
                hashed = key_hash(entry["article_id"])
            key = entry["article_id"].encode()
            partition = self._partition(raw, hashed)
            records.append((raw, partition, key, entry["value"]))
            records.append((seen, partition if self._same_partitions else self._partition(seen, hashed),
                            key, entry["seen_value"]))
        append_records(producer, records)

    def commit(self) -> None:
        """Commit the open transaction (if any); on failure it is aborted and ``TransientError`` raised.

        A broker that does not finish the commit within ``publish_commit_timeout_s`` is given up on:
        the producer is dropped (the next send makes a fresh one, which fences this transaction: the broker
        aborts it, or completes a commit it had already begun, so the next poll may publish duplicates,
        which the idempotent sinks absorb).
        """
        if self._opened_at is None:
            return
        sent = self.sent
        try:
            if crash_armed("poller.before_commit"):
                # The commit flushes anyway; flushing first puts every record of the open
                # transaction on the broker, so the restart test sees what the crash aborts.
                self.producer.flush()
                crash_point("poller.before_commit")
            committed = end_transaction(self.producer, commit=True, timeout_s=self.settings.publish_commit_timeout_s)
        except BaseException as exc:
            self.abort()
            if isinstance(exc, KafkaError):
                raise TransientError(f"publishing {sent} articles failed, transaction aborted: {exc}") from exc
            raise
        if not committed:
            raise self._give_up("commit", sent)
        self._opened_at, self.sent = None, 0

    def abort(self) -> None:
        if self._opened_at is None:
            return
        self._opened_at, self.sent = None, 0
        try:
            aborted = end_transaction(self.producer, commit=False, timeout_s=self.settings.publish_commit_timeout_s)
        except KafkaError:
            # A request cut off by a lost connection, or timed out, leaves kafka-python's transaction manager
            # in its fatal state, where it refuses this abort and every later transaction, even once the
            # broker is back: only a new producer, which fences this one, can publish again.
            aborted = False
        if not aborted:
            self._drop_producer()  # abort runs on a failure path: that failure is the one to report

    def _drop_producer(self) -> None:
        """Close and forget a producer whose transaction the broker did not finish; the next send makes a new one."""
        self._opened_at, self.sent = None, 0
        producer, self.producer = self.producer, None
        self._partitions.clear()
        close_within(producer, GIVE_UP_CLOSE_S)

    def _give_up(self, step: str, sent: int) -> TransientError:
        """Drop the producer; the error to raise says where and what next."""
        waited = self.settings.publish_commit_timeout_s
        self._drop_producer()
        return TransientError(
            f"gave up publishing {sent} articles: the Kafka broker at {self.settings.kafka_bootstrap} did not "
            f"complete the transaction's {step} within {waited:g} s (NEWSRADAR_PUBLISH_COMMIT_TIMEOUT_S). "
            "The feeds' state is unchanged, so the next poll publishes again whatever this transaction did "
            "not commit. Start Kafka with `make up` (or `newsradar up`), or set NEWSRADAR_KAFKA_BOOTSTRAP.")
