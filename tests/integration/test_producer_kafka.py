"""The poll path through the real Kafka and Elasticsearch: news.raw, news.seen and feed health.

Real corpus feeds (or generated ones when ../shared is absent) are served from
127.0.0.1; every item lands on news.raw exactly once (counted by key), a second
poll publishes nothing (304s and dedupe), and a changed item is published as
version 2 under the same key.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from flows.poll_feeds import poll_feeds
from newsradar.clients import es_client, kafka_consumer
from newsradar.schema import Article, FeedHealth, decode
from tests.samples.feeds import FeedServer, rss
from tests.conftest import SHARED

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]

CORPUS = SHARED / "corpus" / "feeds"


def read_topic(settings, topic: str) -> list:
    consumer = kafka_consumer(settings, None, topic, consumer_timeout_ms=3000,
                              isolation_level="read_committed")
    try:
        return list(consumer)
    finally:
        consumer.close()


def corpus_or_generated(count: int = 12) -> dict[str, bytes]:
    if CORPUS.exists():
        return {p.name: p.read_bytes() for p in sorted(CORPUS.glob("*.xml"))[:count]}
    return {f"gen{i}.xml": rss([{"title": f"Generated story {i}-{k} for the test", "link": f"https://g{i}.example/{k}"}
                                for k in range(5)]) for i in range(count)}


def write_feeds(path: Path, server: FeedServer, names: list[str], **extra) -> Path:
    data = {"allow_private_addresses": True, "http": {"per_host_interval_s": 0},
            "groups": [{"name": "test", "feeds": [{"id": f"f{i}", "url": server.url(f"/feeds/{n}"),
                                                   "outlet": f"Outlet {i}"} for i, n in enumerate(names)]}],
            **extra}
    path.write_text(yaml.safe_dump(data))
    return path


def story(body: str) -> bytes:
    return rss([{"title": "The changing story of the day", "link": "https://changing.example/1",
                 "guid": "changing-1", "description": body}])


def test_producer_kafka_exactly_once_then_304_then_update(isolated, tmp_path):
    feeds = {**corpus_or_generated(), "changing.xml": story("First version of the text.")}
    with FeedServer(feeds) as server:
        feeds_file = write_feeds(tmp_path / "feeds.yaml", server, list(feeds))
        first = poll_feeds.fn(feeds_file, isolated)
        assert first["feeds_ok"] >= len(feeds) - 1 and first["published"] > 0

        records = read_topic(isolated, isolated.names.raw)
        # A feed may carry the same article twice with different text: that is an update (v2), same key.
        versions = Counter((r.key, decode(Article, r.value).version) for r in records)
        assert len(records) == first["published"] + first["updates"]
        assert max(versions.values()) == 1, "each article version once"
        assert len({r.key for r in records}) == first["published"]
        article = decode(Article, records[0].value)
        assert records[0].key == article.article_id.encode()
        assert len(read_topic(isolated, isolated.names.seen)) == first["published"] + first["updates"]

        es = es_client(isolated)
        es.indices.refresh(index=isolated.names.feeds_index)
        docs = es.search(index=isolated.names.feeds_index, size=100)["hits"]["hits"]
        healths = [FeedHealth.model_validate(d["_source"]) for d in docs]
        assert {h.feed_id for h in healths} == {f"f{i}" for i in range(len(feeds))}
        assert all(h.etag for h in healths if h.status == "ok")

        second = poll_feeds.fn(feeds_file, isolated)
        assert second["published"] == 0 and second["feeds_not_modified"] >= first["feeds_ok"]

        server.feeds["changing.xml"] = story("Second version, with a correction.")
        third = poll_feeds.fn(feeds_file, isolated)
        assert third["updates"] == 1 and third["published"] == 0

    records = read_topic(isolated, isolated.names.raw)
    versions = [decode(Article, r.value) for r in records if decode(Article, r.value).guid == "changing-1"]
    assert sorted(a.version for a in versions) == [1, 2]
    assert len({a.article_id for a in versions}) == 1
