"""Kill -9 a poller inside its open transaction, start it again: every article exactly once on news.raw.

The poller writes news.raw and news.seen in one transaction and commits it after
the optional full text. One feed asks for full text from a page that answers
slowly, so the poller holds its transaction open, every other article already
sent, while it waits: the kill lands there, and the test sees it did (records on
news.raw that a read_uncommitted reader sees and a read_committed one does not).
The restarted poller (same transactional id) fences the dead one, whose
transaction is aborted, and publishes every article once. Counted by key,
read_committed.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest
import yaml
from kafka import TopicPartition

from newsradar.clients import kafka_consumer
from newsradar.schema import Article, decode
from producers.testing import FeedServer, rss
from tests.integration.test_producer_kafka import read_topic, write_feeds

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]

SLOW_PAGE_S = 8.0   # how long the poller holds its transaction open, waiting for one article's page

SCRIPT = """
import sys
from pathlib import Path
from flows.poll_feeds import poll_feeds
from newsradar.settings import Settings
summary = poll_feeds.fn(Path(sys.argv[1]), Settings())
print(summary, flush=True)
"""


def _feeds(version: str) -> dict[str, bytes]:
    return {f"f{i}.xml": rss([{"title": f"Restart story {i}-{k} {version}", "link": f"https://r{i}.example/{k}",
                               "guid": f"r{i}-{k}", "description": f"Body {i}-{k} {version}"}
                              for k in range(40)]) for i in range(30)}


def _poller(feeds_file, settings) -> subprocess.Popen:
    env = {**os.environ, "NEWSRADAR_NAMESPACE": settings.namespace,
           "NEWSRADAR_KAFKA_BOOTSTRAP": settings.kafka_bootstrap, "NEWSRADAR_ES_URL": settings.es_url}
    # Its own session, so the kill takes its parse workers and forkserver with it, as a dying host would.
    return subprocess.Popen([sys.executable, "-c", SCRIPT, str(feeds_file)], env=env, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def _raw_end(settings, isolation: str) -> int:
    """news.raw's end offsets summed: the high watermark (read_uncommitted) or the last stable offset."""
    consumer = kafka_consumer(settings, None, isolation_level=isolation)
    try:
        tps = [TopicPartition(settings.names.raw, p) for p in consumer.partitions_for_topic(settings.names.raw) or ()]
        return sum(consumer.end_offsets(tps).values())
    finally:
        consumer.close()


def test_producer_restart_after_sigkill_publishes_each_article_once(isolated, tmp_path):
    feeds = _feeds("v1")
    with FeedServer(feeds, slow_seconds=SLOW_PAGE_S) as server:
        server.feeds["fulltext.xml"] = rss([{"title": "The story whose page is slow", "guid": "slow-page",
                                             "link": server.url("/slow.xml"), "description": "Slow page."}])
        feeds_file = write_feeds(tmp_path / "feeds.yaml", server, list(server.feeds), parse_workers=1)
        config = yaml.safe_load(feeds_file.read_text())
        config["groups"][0]["feeds"][-1]["fetch_full_text"] = True
        feeds_file.write_text(yaml.safe_dump(config))
        proc = _poller(feeds_file, isolated)
        # The page request means every feed was routed and the commit waits for the page; kill
        # once every article of the transaction is on the broker and none is readable committed.
        deadline = time.monotonic() + 180
        while not (server.requests["/slow.xml"] and _raw_end(isolated, "read_uncommitted") >= 30 * 40):
            assert proc.poll() is None, proc.stdout.read()
            assert time.monotonic() < deadline, "the poller never reached its full-text step"
            time.sleep(0.1)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(30)
        in_flight = _raw_end(isolated, "read_uncommitted")
        assert _raw_end(isolated, "read_committed") == 0, "the kill landed before the commit"

        rerun = _poller(feeds_file, isolated)
        out, _ = rerun.communicate(timeout=240)
        assert rerun.returncode == 0, out

        records = read_topic(isolated, isolated.names.raw)
        per_key = Counter(r.key for r in records)
        assert len(per_key) == 30 * 40 + 1, "every item published"
        assert max(per_key.values()) == 1, "and none twice"
        assert _raw_end(isolated, "read_uncommitted") >= in_flight + len(records), \
            "the dead poller's records are still on the topic, aborted, beside the ones read"

        # Updated items carry a higher version under the same key.
        server.feeds.update({k: v for k, v in list(_feeds("v2").items())[:2]})
        again = _poller(feeds_file, isolated)
        out, _ = again.communicate(timeout=240)
        assert again.returncode == 0, out
        records = read_topic(isolated, isolated.names.raw)
        updated = [decode(Article, r.value) for r in records if decode(Article, r.value).version == 2]
        assert len(updated) == 2 * 40
        firsts = {decode(Article, r.value).article_id for r in records if decode(Article, r.value).version == 1}
        assert {a.article_id for a in updated} <= firsts
