"""Kill -9 a poller inside its open transaction, start it again: every article exactly once on news.raw.

The poller writes news.raw and news.seen in one transaction. The first run is
killed at the crash point ``poller.before_commit`` (NEWSRADAR_CRASH_AT): every
article sent, the commit not yet made. The test sees that it landed there
(records on news.raw that a read_uncommitted reader sees and a read_committed
one does not). The restarted poller (same transactional id) fences the dead one,
whose transaction is aborted, and publishes every article once. Counted by key,
read_committed.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections import Counter

import pytest
from kafka import TopicPartition

from newsradar.clients import kafka_consumer
from newsradar.schema import Article, decode
from tests.samples.feeds import FeedServer, rss
from tests.integration.test_producer_kafka import read_topic, write_feeds

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]

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


def _poller(feeds_file, settings, crash_at: str | None = None) -> subprocess.Popen:
    env = {**os.environ, "NEWSRADAR_NAMESPACE": settings.namespace,
           "NEWSRADAR_KAFKA_BOOTSTRAP": settings.kafka_bootstrap, "NEWSRADAR_ES_URL": settings.es_url}
    env.pop("NEWSRADAR_CRASH_AT", None)
    if crash_at:
        env["NEWSRADAR_CRASH_AT"] = crash_at
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
    with FeedServer(feeds) as server:
        feeds_file = write_feeds(tmp_path / "feeds.yaml", server, list(server.feeds), parse_workers=1)
        proc = _poller(feeds_file, isolated, crash_at="poller.before_commit")
        proc.wait(timeout=240)
        # The poll's parse workers live in the poller's session and hold its output open;
        # a dying host takes them too.
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        with proc.stdout:
            out = proc.stdout.read()
        assert proc.returncode == -signal.SIGKILL, f"the poller was to die at its crash point: {out}"
        in_flight = _raw_end(isolated, "read_uncommitted")
        assert in_flight >= 30 * 40, "every article of the open transaction was on the broker"
        assert _raw_end(isolated, "read_committed") == 0, "and none of it committed"

        rerun = _poller(feeds_file, isolated)
        out, _ = rerun.communicate(timeout=240)
        assert rerun.returncode == 0, out

        records = read_topic(isolated, isolated.names.raw)
        per_key = Counter(r.key for r in records)
        assert len(per_key) == 30 * 40, "every item published"
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
