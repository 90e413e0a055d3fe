"""Dedupe that survives restarts and is shared by every poller: the compacted ``news.seen`` topic.

An article is known by any of its keys: its canonical URL (``u:<article_id>``),
its GUID within its outlet (``g:...``), or its outlet + normalised title
(``t:...``, only within ``title_window``). A known article with the same
``content_hash`` is a duplicate (counted, not published); with a different
hash it is an update, published under the first copy's ``article_id`` with
``version + 1``.

State on the wire: one record per article on ``news.seen``, key =
``article_id``, value = ``{"article_id", "version", "content_hash", "seen_at",
"keys"}``. One record per article (its other keys inside the value) rather
than one per key keeps the topic a third the size, and compaction still keeps
exactly the latest state of each article.

Crash ordering: the poller writes the articles (``news.raw``) and their
``news.seen`` records in ONE Kafka transaction (producers.poller). A crash
before the commit aborts both, so read_committed readers (this loader, and
any consumer configured so) see neither and the next poll publishes the
articles again: exactly once. A consumer that reads uncommitted records may
see an aborted copy too; it carries the SAME version and key as the
re-publish, which downstream idempotence (ES ``_id`` = article_id, version
check) absorbs. Without transactions the order would have to be: publish
articles, flush, then record seen -- a crash then re-publishes, never loses.

The poller loads the state lazily, when the first feed of a poll has items:
a poll where every feed answers 304 never reads it. Loading reads the topic from the beginning to the end offsets captured at
start, in large fetches, without a consumer group; values are tiny JSON.
``catch_up`` reads what other pollers wrote since, before each poll.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timezone

import orjson
from kafka import TopicPartition

from newsradar.clients import kafka_consumer, topic_partitions
from newsradar.errors import ServiceUnavailableError
from newsradar.settings import Settings
from producers.parser import ParsedItem



@dataclass(slots=True)
class Known:
    article_id: str
    version: int
    content_hash: str
    seen_at: float
    keys: tuple[str, ...]


class SeenState:
    """In-memory index of ``news.seen``: key -> article, article -> its latest state."""

    def __init__(self, title_window_s: float = 3 * 86400):
        self.title_window_s = title_window_s
        self.articles: dict[str, Known] = {}
        self.by_key: dict[str, str] = {}
        # (now, its ISO form): a poll records every article with the same ``now``, and formatting
        # it cost a fifth of ``record`` when done for each of a cold poll's 45,000 articles.
        self._stamp: tuple[float, str] | None = None

    def __len__(self) -> int:
        return len(self.articles)

    def apply(self, value: bytes | dict) -> None:
        data = orjson.loads(value) if isinstance(value, (bytes, bytearray)) else value
        seen_at = data["seen_at"]
        if isinstance(seen_at, str):
            seen_at = datetime.fromisoformat(seen_at).timestamp()
        self._remember(Known(data["article_id"], int(data["version"]), data["content_hash"], float(seen_at),
                             tuple(data.get("keys") or (f"u:{data['article_id']}",))))

    def _remember(self, known: Known) -> None:
        previous = self.articles.get(known.article_id)
        if previous is not None and previous.version > known.version:
            return  # an out-of-order older state never wins
        self.articles[known.article_id] = known
        for key in known.keys:
            self.by_key[key] = known.article_id

    def lookup(self, keys: tuple[str, ...], now: float) -> Known | None:
        for key in keys:
            article_id = self.by_key.get(key)
            if article_id is None:
                continue
            known = self.articles[article_id]
            if key.startswith("t:") and now - known.seen_at > self.title_window_s:
                continue
            return known
        return None

    def decide(self, item: ParsedItem, now: float) -> tuple[str, int, str]:
        """("new" | "duplicate" | "update", version to publish, article_id to publish under)."""
        known = self.lookup(item.keys, now)
        if known is None:
            return "new", 1, item.article_id
        if known.content_hash == item.content_hash:
            return "duplicate", known.version, known.article_id
        return "update", known.version + 1, known.article_id

    def record(self, article_id: str, version: int, content_hash: str, keys: tuple[str, ...],
               now: float) -> bytes:
        """Remember an article (in memory) and return the ``news.seen`` value to publish."""
        previous = self.articles.get(article_id)
        all_keys = tuple(dict.fromkeys((previous.keys if previous else ()) + keys))
        self._remember(Known(article_id, version, content_hash, now, all_keys))
        if self._stamp is None or self._stamp[0] != now:
            self._stamp = (now, datetime.fromtimestamp(now, timezone.utc).isoformat())
        return orjson.dumps({"article_id": article_id, "version": version, "content_hash": content_hash,
                             "seen_at": self._stamp[1], "keys": all_keys})


class SeenLog:
    """Reads ``news.seen`` into a ``SeenState`` and keeps following it (``catch_up``)."""

    def __init__(self, settings: Settings, state: SeenState):
        self.settings = settings
        self.state = state
        self.topic = settings.names.seen
        self._consumer = None
        self.records_read = 0

    def open(self) -> "SeenLog":
        self._consumer = kafka_consumer(
            self.settings, None, max_poll_records=20_000, isolation_level="read_committed",
            fetch_max_bytes=64 * 1024 * 1024, max_partition_fetch_bytes=32 * 1024 * 1024)
        partitions = topic_partitions(self._consumer, self.topic, 15)
        if not partitions:
            self._consumer.close()
            self._consumer = None
            raise ServiceUnavailableError(
                f"topic {self.topic} does not exist on {self.settings.kafka_bootstrap}: "
                "create the topics with `newsradar up`")
        tps = [TopicPartition(self.topic, p) for p in sorted(partitions)]
        self._consumer.assign(tps)
        self._consumer.seek_to_beginning(*tps)
        self.catch_up()
        return self

    def catch_up(self, timeout_s: float = 60.0) -> int:
        """Read every record up to the current end offsets; returns how many were read."""
        consumer = self._consumer
        if consumer is None:
            return 0
        tps = list(consumer.assignment())
        if not tps:
            return 0
        ends = consumer.end_offsets(tps)
        pending = {tp for tp in tps if consumer.position(tp) < ends[tp]}
        read = 0
        deadline = time.monotonic() + timeout_s
        while pending and time.monotonic() < deadline:
            for tp, records in consumer.poll(timeout_ms=500, max_records=20_000).items():
                for r in records:
                    if r.value is not None:
                        self.state.apply(r.value)
                read += len(records)
            pending = {tp for tp in pending if consumer.position(tp) < ends[tp]}
        self.records_read += read
        return read

    def close(self) -> None:
        if self._consumer is not None:
            self._consumer.close()
            self._consumer = None
