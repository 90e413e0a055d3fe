"""`newsradar run`, started as users start it, polls on schedule through the real Prefect server.

Issue 17: against Prefect's ephemeral API, served deployments never ran, and
the tests did not notice because they triggered runs by hand. Here nothing is
triggered: the test starts `newsradar run` with a 1-minute group, waits for the
articles, the alert and a run the server's scheduler created, stops it, adds
one item, starts it again, and sees exactly that item arrive, once.
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
import yaml

from demo.server import render_site
from newsradar.clients import es_client
from newsradar.settings import PROJECT_ROOT
from tests.samples.feeds import FeedServer
from tests.faults.loadgen import _Proc, child_env, wait_until
from tests.integration.conftest import completed_runs
from tests.kafka_io import read_alerts
from tests.integration.test_producer_kafka import read_topic

pytestmark = [pytest.mark.prefect, pytest.mark.kafka, pytest.mark.elasticsearch]

BUDGET_S = 180  # the "within 3 minutes"
OUTLETS = ("northern-ledger", "capital-dispatch", "harbor-times", "prairie-post", "rheinblick")
RULE = "taliban-weapons-russia"
LATE_ITEM = "Harbor Times follows up: Kremlin denies any arms talks with the Taliban"


class RunProcess(_Proc):
    name = "newsradar-run"

    def interrupt(self, timeout: float = 60) -> None:
        """Ctrl-C, as a user stops it: SIGINT to the whole foreground group."""
        os.killpg(self.proc.pid, signal.SIGINT)
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill9()


def _feeds_file(path: Path, server: FeedServer) -> Path:
    # min = max = 1m: each feed is due again one group interval after its poll, so the late item
    # is fetched by the first run after the restart that finds its feed due.
    data = {"allow_private_addresses": True, "http": {"per_host_interval_s": 0},
            "defaults": {"fetch_full_text": False},
            "schedule": {"min_interval": "1m", "max_interval": "1m"},
            "groups": [{"name": "watch", "interval": "1m", "feeds": [
                {"id": o, "url": server.url(f"/feeds/{o}.xml"), "outlet": o} for o in OUTLETS]}]}
    path.write_text(yaml.safe_dump(data))
    return path


def _add_item(feed: bytes, title: str) -> bytes:
    now = datetime.now(timezone.utc).strftime("%a, %d %b %Y %H:%M:%S GMT")
    item = (f"<item><title>{title}</title><link>https://harbor.example/late</link>"
            f"<guid isPermaLink=\"false\">harbor-times:late</guid><pubDate>{now}</pubDate>"
            "<description>The Kremlin said on Friday it was not negotiating with the Taliban for "
            "American weapons left in Afghanistan.</description></item>")
    return feed.replace(b"</channel>", item.encode() + b"</channel>", 1)


def test_scheduled_polling_run_polls_on_schedule_and_resumes_without_repeats(namespaced_deployments, tmp_path):
    settings = namespaced_deployments
    es, names = es_client(settings), settings.names
    rules = PROJECT_ROOT / "configs" / "alerts.yaml"
    deployment = f"{settings.namespace}-poll-feeds-watch"

    def indexed(query: dict | None = None) -> int:
        es.indices.refresh(index=names.articles_index)
        return es.count(index=names.articles_index, query=query or {"match_all": {}})["count"]

    def alerts() -> int:
        es.indices.refresh(index=names.alerts_index)
        return es.count(index=names.alerts_index, query={"term": {"rule": RULE}})["count"]

    with FeedServer() as server:
        pages = render_site(server.base_url, datetime.now(timezone.utc))
        server.feeds.update({f"{o}.xml": pages[f"/{o}/feed.xml"].body for o in OUTLETS})
        feeds_file = _feeds_file(tmp_path / "feeds.yaml", server)
        env = child_env(settings, {"PREFECT_LOGGING_LEVEL": "WARNING"})
        cmd = [sys.executable, "-m", "cli", "run", "--feeds", str(feeds_file), "--rules", str(rules)]
        run = RunProcess(cmd, env, tmp_path / "run.log")

        started = time.monotonic()
        run.start()
        try:
            first_article = None

            def everything_in() -> bool:
                nonlocal first_article
                assert run.alive, f"newsradar run exited:\n{run.tail()}"
                count = indexed()
                if count and first_article is None:
                    first_article = time.monotonic() - started
                return (count == 9 and alerts() == 1
                        and any(r.auto_scheduled for r in completed_runs(deployment)))

            wait_until(everything_in, BUDGET_S, "9 articles indexed, the alert, and a scheduler-created run",
                       interval=2)
            print(f"\nwall time from `newsradar run` to the first indexed article: {first_article:.1f}s")
            on_start = [r for r in completed_runs(deployment) if "on-start" in r.tags]
            assert len(on_start) == 1, "the first poll is made at start, not one interval later"
            # Watchable: status lists the deployment with its next run, feeds each feed's next poll.
            status = subprocess.run([sys.executable, "-m", "cli", "status"], env=env,
                                    capture_output=True, text=True, timeout=120)
            line = next((ln for ln in status.stdout.splitlines() if ln.startswith(deployment)), "")
            # the next run: ahead, or just due and not yet picked up by the served runner (a busy machine)
            next_run = re.search(r"\d\d:\d\d:\d\d \((?:in \d+\w+|\d+s ago)\)$", line.rstrip())
            assert status.returncode == 0 and "every 1m" in line and next_run, status.stdout + status.stderr
            feeds = subprocess.run([sys.executable, "-m", "cli", "feeds", "--feeds", str(feeds_file)],
                                   env=env, capture_output=True, text=True, timeout=120)
            rows = [ln for ln in feeds.stdout.splitlines() if ln.split(" ", 1)[0] in OUTLETS]
            assert feeds.returncode == 0 and len(rows) == len(OUTLETS), feeds.stdout + feeds.stderr
            assert all(row.split()[-2] == "in" for row in rows), feeds.stdout
        finally:
            run.interrupt()
        assert "Your deployments are being served" in run.log()

        server.feeds["harbor-times.xml"] = _add_item(server.feeds["harbor-times.xml"], LATE_ITEM)
        late = {"match_phrase": {"title": LATE_ITEM}}
        run.start()
        try:
            def late_item_in() -> bool:
                assert run.alive, f"newsradar run exited after the restart:\n{run.tail()}"
                return indexed(late) == 1

            wait_until(late_item_in, BUDGET_S, "the item added while stopped", interval=2)
            # One more scheduled run after the arrival: a repeat would have had its chance.
            arrived = {r.id for r in completed_runs(deployment)}
            wait_until(lambda: len({r.id for r in completed_runs(deployment)} - arrived) >= 1, BUDGET_S,
                       "the next scheduled run after the late item", interval=2)
        finally:
            run.interrupt()

    assert indexed() == 10 and indexed(late) == 1
    raw_titles = [r.value for r in read_topic(settings, names.raw) if LATE_ITEM.encode() in r.value]
    assert len(raw_titles) == 1, "the late item is published once, not once per poll or per start"
    assert len([a for a in read_alerts(settings) if a.rule == RULE]) == 1
