"""Issue 11, item 1: one feed cannot stop a poll (real HTTP server, real Kafka, real Elasticsearch).

One poll carries, beside a well-behaved feed, each input that used to stop
every feed of the run: a feed URL with an invalid port, a redirect to one, an
item bigger than a Kafka record may be, and in the full-text path an article
link with an invalid port. Each must cost only itself.
"""
from __future__ import annotations

import time

import pytest

from newsradar.clients import es_client, kafka_admin, kafka_consumer
from newsradar.schema import Article, decode
from producers.config import FeedsFile, FeedSpec
from newsradar.feed_health import HealthStore
from producers.parser import MAX_SUMMARY_CHARS
from producers.poller import Poller, run_async
from tests.samples.feeds import FeedServer, rss

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]

DATE = "Mon, 01 Sep 2025 10:00:00 GMT"


def _config(server: FeedServer, feeds: list[dict]) -> FeedsFile:
    return FeedsFile.model_validate({
        "allow_private_addresses": True, "parse_workers": 0,
        "http": {"per_host_interval_s": 0, "max_bytes": 16_000_000, "total_timeout_s": 20},
        "groups": [{"name": "test", "feeds": feeds}]})


def _items(prefix: str, n: int) -> list[dict]:
    return [{"title": f"{prefix} story number {i} of the day", "link": f"https://{prefix}.example/{i}",
             "description": f"Summary of {prefix} story {i}.", "pubDate": DATE} for i in range(n)]


def _read_raw(settings) -> list[Article]:
    consumer = kafka_consumer(settings, None, settings.names.raw, consumer_timeout_ms=3000,
                              isolation_level="read_committed")
    try:
        return [decode(Article, r.value) for r in consumer]
    finally:
        consumer.close()


def _poll(poller: Poller, feeds: list[FeedSpec]):
    return poller.publish(poller.collect(run_async(poller.fetch(feeds))))


def _health(settings) -> dict:
    store = HealthStore(settings)
    es_client(settings).indices.refresh(index=store.index)  # health is saved without refresh
    return store.load()


def test_feed_url_with_invalid_port_fails_that_feed_only(isolated):
    with FeedServer({"good.xml": rss(_items("good", 3))}) as server:
        server.redirects["/moved.xml"] = "http://localhost:99999/rss"
        config = _config(server, [{"id": "good", "url": server.url("/feeds/good.xml")},
                                  {"id": "redirect-bad-port", "url": server.url("/moved.xml")}])
        # A feed spec the config would now refuse, as an older feeds.yaml or a caller could hand it over.
        bad_port = FeedSpec(id="bad-port", url="https://h:99999/", group="test", outlet="h", language=None,
                            interval_s=900, fetch_full_text=False, allow_private=False)
        with Poller(isolated, config, role="bad-port") as poller:
            summary = _poll(poller, config.feeds() + [bad_port])

    by_feed = {f.feed_id: f for f in summary.feeds}
    assert by_feed["good"].counts["published"] == 3 and len(_read_raw(isolated)) == 3
    health = _health(isolated)
    for feed_id in ("bad-port", "redirect-bad-port"):
        assert (by_feed[feed_id].status, by_feed[feed_id].error_kind) == ("failed", "blocked"), by_feed[feed_id]
        assert (health[feed_id].status, health[feed_id].last_error_kind) == ("failing", "blocked")
    assert health["good"].status == "ok"


def test_item_too_big_for_a_record_costs_only_itself(isolated):
    huge = rss(_items("huge", 1) + [
        {"title": "A story with a nine megabyte summary", "link": "https://huge.example/long",
         "description": "word " * 1_800_000, "pubDate": DATE},
        {"title": "A story whose link alone is megabytes", "link": "https://huge.example/" + "a" * 1_500_000,
         "pubDate": DATE}])
    with FeedServer({"good.xml": rss(_items("good", 3)), "huge.xml": huge}) as server:
        config = _config(server, [{"id": "good", "url": server.url("/feeds/good.xml")},
                                  {"id": "huge", "url": server.url("/feeds/huge.xml")}])
        with Poller(isolated, config, role="huge") as poller:
            summary = _poll(poller, config.feeds())

    by_feed = {f.feed_id: f for f in summary.feeds}
    assert by_feed["good"].counts["published"] == 3
    assert (by_feed["huge"].counts["published"], by_feed["huge"].counts["rejected_invalid"]) == (2, 1)
    articles = {a.title: a for a in _read_raw(isolated)}
    assert len(articles) == 5
    assert len(articles["A story with a nine megabyte summary"].summary) == MAX_SUMMARY_CHARS
    assert all(h.status == "ok" for h in _health(isolated).values())


def test_full_text_page_with_invalid_port_keeps_the_summary_and_the_poll(isolated):
    with FeedServer({"good.xml": rss(_items("good", 3))}) as server:
        server.feeds["fulltext.xml"] = rss([
            {"title": "Full text story with a reachable page", "link": server.url("/page/1"), "pubDate": DATE},
            {"title": "Full text story whose page has port 99999", "link": "http://127.0.0.1:99999/story",
             "description": "Only the summary of this one.", "pubDate": DATE}])
        config = _config(server, [
            {"id": "good", "url": server.url("/feeds/good.xml")},
            {"id": "fulltext", "url": server.url("/feeds/fulltext.xml"), "fetch_full_text": True}])
        with Poller(isolated, config, role="fulltext") as poller:
            summary = _poll(poller, config.feeds())

    assert summary["published"] == 5
    assert summary.fulltext["extracted"] == 1 and summary.fulltext["failed_blocked"] == 1
    articles = {a.title: a for a in _read_raw(isolated)}
    assert len(articles) == 5
    assert "Paragraph 0 of the full article number 1" in articles["Full text story with a reachable page"].body
    assert articles["Full text story whose page has port 99999"].summary == "Only the summary of this one."


def test_full_text_pages_are_fetched_before_the_transaction_opens(isolated):
    """A slow page host must not hold the poll's Kafka transaction open (it has a 60 s timeout)."""
    admin = kafka_admin(isolated)
    states: list[str] = []

    with FeedServer({"plain.xml": rss(_items("plain", 3))}) as server:
        server.feeds["fulltext.xml"] = rss([{"title": "Story that needs its page", "link": server.url("/page/7"),
                                             "pubDate": DATE}])
        config = _config(server, [{"id": "plain", "url": server.url("/feeds/plain.xml")},
                                  {"id": "fulltext", "url": server.url("/feeds/fulltext.xml"),
                                   "fetch_full_text": True}])
        with Poller(isolated, config, role="pages-first") as poller:
            def watch(path: str) -> None:
                if not path.startswith("/page/"):
                    return
                # While the page is being served, watch the broker's view of this poller's transaction.
                # The producer sends within its 100 ms linger, so 3 s would show any transaction opened
                # before the page fetch.
                deadline = time.monotonic() + 3
                while time.monotonic() < deadline:
                    description = admin.describe_transactions([poller.publisher.transactional_id])
                    states.append(str(description[poller.publisher.transactional_id].state.value))
                    if states[-1] == "Ongoing":
                        return
                    time.sleep(0.2)

            server.on_request = watch
            summary = _poll(poller, config.feeds())
    admin.close()

    assert states and "Ongoing" not in states, states
    assert summary.fulltext["extracted"] == 1
    assert summary["published"] == 4 and len(_read_raw(isolated)) == 4
