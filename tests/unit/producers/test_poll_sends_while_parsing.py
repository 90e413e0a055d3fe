"""The poller sends each feed's articles while the pool still parses the others, and a failure then
takes its dedupe claims back.

Kafka is faked at the client boundary (a producer that records what it is asked, each record one
``send``); the feeds come from a real local HTTP server and are parsed in
the real process pool.
"""
from __future__ import annotations

import pytest

from newsradar.settings import Settings
from producers.config import FeedsFile
from producers.poller import POOL_MIN_FEEDS, Poller
from tests.samples.feeds import FeedServer, rss

FEEDS = POOL_MIN_FEEDS  # enough for the parse pool

pytestmark = pytest.mark.usefixtures("producer_public_api")


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
