"""The poller sends each feed's articles while the pool still parses the others, and a failure then
takes its dedupe claims back.

Kafka is faked at the client boundary (a producer that records what it is asked); the feeds come from a
real local HTTP server and are parsed in the real process pool.
"""
from __future__ import annotations

import pytest

from newsradar.settings import Settings
from producers.config import FeedsFile
from producers.poller import POOL_MIN_FEEDS, Poller
from tests.samples.feeds import FeedServer, rss

FEEDS = POOL_MIN_FEEDS  # enough for the parse pool


class _RecordingProducer:
    def __init__(self, fail_on_send: int | None = None):
        self.sent: list[str] = []
        self.committed = self.aborted = False
        self.fail_on_send = fail_on_send

    def begin_transaction(self):
        pass

    def partitions_for(self, topic):
        return {0}

    def send(self, topic, **kwargs):
        if self.fail_on_send is not None and len(self.sent) + 1 == self.fail_on_send:
            raise RuntimeError("client bug during send")
        self.sent.append(topic)

    def commit_transaction(self):
        self.committed = True

    def abort_transaction(self):
        self.aborted = True


def _poller(server: FeedServer) -> tuple[Poller, FeedsFile]:
    config = FeedsFile.model_validate({
        "allow_private_addresses": True, "parse_workers": 1, "http": {"per_host_interval_s": 0},
        "groups": [{"name": "g", "feeds": [{"id": f"f{i}", "url": server.url(f"/feeds/f{i}.xml")}
                                           for i in range(FEEDS)]}]})
    return Poller(Settings(), config, use_kafka=False, use_es=False), config


def _feeds() -> dict[str, bytes]:
    return {f"f{i}.xml": rss([{"title": f"Story {i}-{k} about the vote", "link": f"https://s{i}.example/{k}"}
                              for k in range(3)]) for i in range(FEEDS)}


def test_articles_are_sent_as_their_parses_land_and_committed_by_publish():
    with FeedServer(_feeds()) as server:
        poller, config = _poller(server)
        poller.publisher.producer = producer = _RecordingProducer()
        fetched = poller.gather(config.feeds())
        assert not producer.sent  # nothing sent while the fetch thread runs
        poller.collect(fetched)
        # Before publish: every article and its dedupe record already sent, in the open transaction.
        assert len(producer.sent) == 2 * 3 * FEEDS and not producer.committed
        summary = poller.publish(fetched)
    assert producer.committed and summary["published"] == 3 * FEEDS
    assert len(producer.sent) == 2 * 3 * FEEDS  # publish sent nothing twice


def test_a_send_failure_while_parsing_aborts_and_takes_the_claims_back():
    with FeedServer(_feeds()) as server:
        poller, config = _poller(server)
        poller.publisher.producer = broken = _RecordingProducer(fail_on_send=5)
        with pytest.raises(RuntimeError):
            poller.collect(poller.gather(config.feeds()))
        assert broken.aborted and not broken.committed

        poller.publisher.producer = _RecordingProducer()
        summary = poller.publish(poller.collect(poller.gather(config.feeds())))
    assert (summary["published"], summary["duplicates"]) == (3 * FEEDS, 0)


def test_the_pool_starts_before_the_fetching_when_a_feed_must_be_parsed(monkeypatch):
    import time

    from newsradar.schema import FeedHealth
    from producers import poller as poller_module

    started: list[float] = []
    monkeypatch.setattr(poller_module.Poller, "submit", lambda self, fn, *a, **k: started.append(time.monotonic()))
    config = FeedsFile.model_validate({
        "parse_workers": 2,
        "groups": [{"name": "g", "feeds": [{"id": f"f{i}", "url": f"https://f{i}.example/rss"}
                                           for i in range(FEEDS)]}]})
    poller = Poller(Settings(), config, use_kafka=False, use_es=False)
    feeds = config.feeds()
    # Every feed fetched whole before: all may answer 304, so no pool is started for them.
    poller.health = {f.id: FeedHealth(feed_id=f.id, url=f.url, outlet="o", group="g", updated_at="2026-01-01T00:00:00Z",
                                      body_hash="ab") for f in feeds}
    assert not poller.warm_pool(feeds)
    # One feed never fetched whole: its body will be parsed, so both workers start now, before any fetch.
    del poller.health[feeds[3].id]
    assert poller.warm_pool(feeds)
    deadline = time.monotonic() + 5
    while len(started) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert len(started) == 2
