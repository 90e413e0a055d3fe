"""Kill -9 a poller mid-publish, start it again: every article exactly once on news.raw.

The poller writes news.raw and news.seen in one transaction; a SIGKILL before
the commit leaves an aborted transaction that read_committed readers skip,
and the restarted poller (same transactional id: it fences the dead one)
publishes the articles once. Counted by key, read_committed.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest

from newsradar.schema import Article, decode
from producers.testing import FeedServer, rss
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


def _poller(feeds_file, settings) -> subprocess.Popen:
    env = {**os.environ, "NEWSRADAR_NAMESPACE": settings.namespace,
           "NEWSRADAR_KAFKA_BOOTSTRAP": settings.kafka_bootstrap, "NEWSRADAR_ES_URL": settings.es_url}
    return subprocess.Popen([sys.executable, "-c", SCRIPT, str(feeds_file)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def test_producer_restart_after_sigkill_publishes_each_article_once(isolated, tmp_path):
    feeds = _feeds("v1")
    with FeedServer(feeds, slow_seconds=0) as server:
        feeds_file = write_feeds(tmp_path / "feeds.yaml", server, list(feeds), parse_workers=1)
        proc = _poller(feeds_file, isolated)
        # Kill it once it has fetched (the server saw every feed): it is parsing or publishing.
        while sum(server.requests.values()) < len(feeds) and proc.poll() is None:
            time.sleep(0.01)
        time.sleep(0.3)
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)

        rerun = _poller(feeds_file, isolated)
        out, _ = rerun.communicate(timeout=240)
        assert rerun.returncode == 0, out

        records = read_topic(isolated, isolated.names.raw)
        per_key = Counter(r.key for r in records)
        assert len(per_key) == 30 * 40, "every item published"
        assert max(per_key.values()) == 1, "and none twice"

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
