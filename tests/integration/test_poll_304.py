"""A poll where every feed answers 304 costs the GETs and the health write, not a Kafka producer
(real HTTP server, real Kafka, real Elasticsearch)."""
from __future__ import annotations

import pytest

from newsradar.clients import es_client
from producers.config import FeedsFile
from producers.poller import Poller
from tests.samples.feeds import FeedServer, rss

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]

FEEDS, ITEMS = 3, 20


def _quick_feeds() -> dict[str, bytes]:
    return {f"quick{i}.xml": rss([{"title": f"Quick feed {i} story number {k}", "link": f"https://q{i}.example/{k}",
                                   "pubDate": "Mon, 01 Sep 2025 10:00:00 GMT"} for k in range(ITEMS)])
            for i in range(FEEDS)}


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
