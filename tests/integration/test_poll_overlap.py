"""Fetching, parsing and publishing overlap (real HTTP server, real Kafka, real Elasticsearch).

The feed server answers one feed slowly. Every feed is on the same host, so per-host
politeness fetches them one after the other, the slow one last: while it is still
answering, the others' articles must already be on news.raw, sent into the poll's open
transaction; with a transaction age limit of zero, already committed. Then a poll where
every feed answers 304 must not even open a Kafka producer.
"""
from __future__ import annotations

import time

import pytest
from kafka import TopicPartition

from newsradar.clients import es_client, kafka_consumer
from producers import publish
from producers.config import FeedsFile
from producers.poller import Poller
from tests.integration.test_producer_kafka import read_topic
from tests.samples.feeds import FeedServer, rss

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]

FEEDS, ITEMS = 3, 20


def _config(server: FeedServer) -> FeedsFile:
    feeds = [{"id": f"quick{i}", "url": server.url(f"/feeds/quick{i}.xml")} for i in range(FEEDS)]
    return FeedsFile.model_validate({
        "allow_private_addresses": True, "parse_workers": 0,
        "http": {"per_host_interval_s": 0, "total_timeout_s": 60},
        "groups": [{"name": "test", "feeds": feeds + [{"id": "slow", "url": server.url("/slow.xml")}]}]})


def _quick_feeds() -> dict[str, bytes]:
    return {f"quick{i}.xml": rss([{"title": f"Quick feed {i} story number {k}", "link": f"https://q{i}.example/{k}",
                                   "pubDate": "Mon, 01 Sep 2025 10:00:00 GMT"} for k in range(ITEMS)])
            for i in range(FEEDS)}


class _RawEnd:
    """news.raw's end offsets summed, as a read_committed or read_uncommitted reader sees them.

    Each commit adds a marker per partition, so this bounds the records from above by a few.
    """

    def __init__(self, settings, isolation: str):
        self.consumer = kafka_consumer(settings, None, isolation_level=isolation)
        self.tps = [TopicPartition(settings.names.raw, p)
                    for p in self.consumer.partitions_for_topic(settings.names.raw) or ()]

    def __call__(self) -> int:
        return sum(self.consumer.end_offsets(self.tps).values())


def _poll_watching_the_slow_feed(settings, isolation: str, enough: int) -> tuple[list[int], object]:
    """Poll once; while the slow feed is being answered, sample news.raw's end until ``enough`` (up to 10 s)."""
    end = _RawEnd(settings, isolation)
    seen: list[int] = []

    def watch(path: str) -> None:
        if path != "/slow.xml":
            return
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            seen.append(end())
            if seen[-1] >= enough:
                return
            time.sleep(0.2)

    try:
        with FeedServer(_quick_feeds(), slow_seconds=0.1) as server:
            server.on_request = watch
            config = _config(server)
            with Poller(settings, config, role="overlap") as poller:
                summary = poller.publish(poller.collect(poller.gather(config.feeds())))
    finally:
        end.consumer.close()
    return seen, summary


def test_articles_are_sent_while_a_slow_feed_is_still_answering(isolated):
    seen, summary = _poll_watching_the_slow_feed(isolated, "read_uncommitted", FEEDS * ITEMS)
    assert seen and max(seen) >= FEEDS * ITEMS, f"news.raw while the slow feed answered: {seen}"
    assert summary["published"] == FEEDS * ITEMS + 1


def test_an_old_transaction_is_committed_while_the_poll_goes_on(isolated, monkeypatch):
    monkeypatch.setattr(publish, "MAX_OPEN_S", 0.0)
    # Each feed's stream call commits the transaction before it: all but the last quick feed.
    seen, summary = _poll_watching_the_slow_feed(isolated, "read_committed", (FEEDS - 1) * ITEMS)
    assert seen and max(seen) >= (FEEDS - 1) * ITEMS, f"committed on news.raw while the slow feed answered: {seen}"
    assert summary["published"] == FEEDS * ITEMS + 1
    assert len(read_topic(isolated, isolated.names.raw)) == FEEDS * ITEMS + 1  # each once, all committed


def test_a_poll_of_only_304s_opens_no_kafka_producer(isolated):
    with FeedServer(_quick_feeds()) as server:
        config = FeedsFile.model_validate({
            "allow_private_addresses": True, "parse_workers": 0, "http": {"per_host_interval_s": 0},
            "groups": [{"name": "test", "feeds": [{"id": f"quick{i}", "url": server.url(f"/feeds/quick{i}.xml")}
                                                  for i in range(FEEDS)]}]})
        with Poller(isolated, config, role="repoll") as poller:
            first = poller.publish(poller.collect(poller.gather(config.feeds())))
        es_client(isolated).indices.refresh(index=isolated.names.feeds_index)
        with Poller(isolated, config, role="repoll") as poller:
            again = poller.publish(poller.collect(poller.gather(config.feeds())))
            producer = poller.publisher.producer
    assert first["published"] == FEEDS * ITEMS
    assert again["feeds_not_modified"] == FEEDS
    assert producer is None
