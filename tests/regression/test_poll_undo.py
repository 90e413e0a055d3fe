"""Issue 11, item 1: a publish that fails in ANY way takes back its dedupe claims.

The failure is faked at the Kafka client boundary (a producer whose commit
raises something that is not a KafkaError, like a client bug would); the feed
comes from a real local HTTP server. Before the fix only ``TransientError``
undid the claims, so the retry saw every item as a duplicate and published nothing.
"""
from __future__ import annotations

import pytest

from newsradar.settings import Settings
from producers.config import FeedsFile
from producers.poller import Poller, run_async
from tests.samples.feeds import FeedServer, rss


class _ProducerThatBreaksOnCommit:
    def __init__(self):
        self.sent = 0
        self.aborted = False

    def begin_transaction(self):
        pass

    def partitions_for(self, topic):
        return {0}

    def send(self, topic, **kwargs):
        self.sent += 1

    def commit_transaction(self):
        raise RuntimeError("client bug during commit")

    def abort_transaction(self):
        self.aborted = True


@pytest.mark.usefixtures("producer_public_api")
def test_failed_publish_of_any_kind_undoes_claims_so_the_retry_publishes():
    items = [{"title": f"Story number {i} about the vote", "link": f"https://undo.example/{i}"} for i in range(3)]
    with FeedServer({"a.xml": rss(items)}) as server:
        config = FeedsFile.model_validate({
            "allow_private_addresses": True, "parse_workers": 0, "http": {"per_host_interval_s": 0},
            "groups": [{"name": "g", "feeds": [{"id": "a", "url": server.url("/feeds/a.xml")}]}]})
        poller = Poller(Settings(), config, use_kafka=False, use_es=False)
        poller.publisher.producer = broken = _ProducerThatBreaksOnCommit()
        with pytest.raises(RuntimeError):
            poller.publish(poller.collect(run_async(poller.fetch(config.feeds()))))
        assert broken.sent == 6 and broken.aborted  # the transaction is not left open either

        poller.publisher.producer = None
        summary = poller.publish(poller.collect(run_async(poller.fetch(config.feeds()))))
    assert (summary["published"], summary["duplicates"]) == (3, 0)
