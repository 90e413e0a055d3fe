"""`newsradar run` and `serve` against the Prefect server: honest refusals, shards, restarts, pauses.

Each `serve` here is a subprocess on the real server that `newsradar up`
started; nothing triggers a run by hand.
"""
from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from newsradar.settings import Settings
from producers.config import Shard, load_feeds
from tests.samples.feeds import FeedServer, rss
from tests.faults.loadgen import PrefectServer, _Proc, child_env, wait_until
from tests.integration.conftest import completed_runs

pytestmark = [pytest.mark.prefect, pytest.mark.kafka, pytest.mark.elasticsearch]

BUDGET_S = 180


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _feeds_file(path: Path, server: FeedServer, names: list[str], **extra) -> Path:
    data = {"allow_private_addresses": True, "http": {"per_host_interval_s": 0}, **extra,
            "groups": [{"name": "watch", "interval": "1m", "feeds": [
                {"id": n.removesuffix(".xml"), "url": server.url(f"/feeds/{n}"), "outlet": n} for n in names]}]}
    path.write_text(yaml.safe_dump(data))
    return path


def _newsradar(settings: Settings, *args: str, prefect_api: str) -> subprocess.CompletedProcess:
    env = child_env(settings, {"PREFECT_API_URL": prefect_api})
    return subprocess.run([sys.executable, "-m", "cli", *args], env=env, capture_output=True,
                          text=True, timeout=120)


@pytest.mark.parametrize("command", ["run", "serve"])
def test_serve_schedule_refuses_an_unreachable_prefect_api(services, tmp_path, command):
    api = f"http://127.0.0.1:{_free_port()}/api"
    with FeedServer({"a.xml": rss([])}) as server:
        feeds = _feeds_file(tmp_path / "feeds.yaml", server, ["a.xml"])
        out = _newsradar(services, command, "--feeds", str(feeds), prefect_api=api)
    assert out.returncode == 2, out.stdout + out.stderr
    assert f"Prefect server is not reachable at {api}" in out.stderr
    assert "being served" not in out.stdout + out.stderr
    assert "started enricher" not in out.stderr, "no stage starts when nothing could be polled"


def test_serve_schedule_refuses_a_server_without_scheduler(services, tmp_path):
    # A copy of the local server's migrated database starts in seconds instead of half a minute.
    home = tmp_path / "prefect-noscheduler"
    home.mkdir()
    src, dst = sqlite3.connect(services.cache_dir / "prefect-server" / "prefect.db"), sqlite3.connect(home / "prefect.db")
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    server = PrefectServer(tmp_path / "logs", home, PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED="false")
    server.start()
    try:
        server.wait_healthy()
        with FeedServer({"a.xml": rss([])}) as feeds_server:
            feeds = _feeds_file(tmp_path / "feeds.yaml", feeds_server, ["a.xml"])
            out = _newsradar(services, "serve", "--feeds", str(feeds), prefect_api=server.api_url)
    finally:
        server.stop()
    assert out.returncode == 2, out.stdout + out.stderr
    assert "runs without its scheduler service" in out.stderr
    assert "being served" not in out.stdout + out.stderr


class Serve(_Proc):
    name = "serve"


def test_serve_schedule_two_shards_and_a_restart_never_poll_a_feed_twice(namespaced_deployments, tmp_path):
    settings = namespaced_deployments
    names = [f"s{i}.xml" for i in range(8)]
    feeds = {n: rss([{"title": f"Shard story {n} for the test", "link": f"https://{n[:-4]}.example/1"}])
             for n in names}
    with FeedServer(feeds) as server:
        # An hour at least between two polls of one feed outlasts this test however slow the
        # machine, so every poll after each feed's first must skip it: any second request is a repeat.
        feeds_file = _feeds_file(tmp_path / "feeds.yaml", server, names, schedule={"min_interval": "1h"})
        env = child_env(settings, {"PREFECT_LOGGING_LEVEL": "WARNING"})
        shards = {i: Serve([sys.executable, "-m", "cli", "serve", "--feeds", str(feeds_file),
                            "--shard", f"{i}/2"], env, tmp_path / f"serve-{i}.log") for i in (0, 1)}
        deployment = {i: f"{settings.namespace}-poll-feeds-watch-shard-{i}-of-2" for i in shards}
        own = {f.url.removeprefix(server.base_url) for f in load_feeds(feeds_file).feeds(shard=Shard.parse("0/2"))}
        assert 0 < len(own) < len(names), "the test needs feeds in both shards"

        def fetched() -> dict[str, int]:
            return {p: c for p, c in server.requests.items() if p.startswith("/feeds/")}

        def runs(i: int, at_least: int) -> bool:
            assert shards[i].alive, f"serve --shard {i}/2 exited:\n{shards[i].tail()}"
            return len(completed_runs(deployment[i])) >= at_least

        try:
            shards[0].start()
            wait_until(lambda: runs(0, 1), BUDGET_S, "shard 0's first run", interval=2)
            assert fetched() == dict.fromkeys(own, 1), "shard 0 fetches its own feeds and no other"
            shards[1].start()
            wait_until(lambda: runs(0, 2) and runs(1, 2), BUDGET_S, "a scheduled run of each shard", interval=2)
            before = len(completed_runs(deployment[0]))
            shards[0].stop()
            shards[0].start()
            wait_until(lambda: runs(0, before + 1), BUDGET_S, "the restarted shard's first run", interval=2)
        finally:
            for proc in shards.values():
                proc.stop()
        assert fetched() == {f"/feeds/{n}": 1 for n in names}


def test_serve_schedule_a_paused_group_stays_paused_across_a_restart(namespaced_deployments, tmp_path):
    from prefect import get_client
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterId

    settings = namespaced_deployments
    with FeedServer({"a.xml": rss([{"title": "Paused story for the test", "link": "https://p.example/1"}])}) as server:
        feeds_file = _feeds_file(tmp_path / "feeds.yaml", server, ["a.xml"])
        env = child_env(settings, {"PREFECT_LOGGING_LEVEL": "WARNING"})
        serve = Serve([sys.executable, "-m", "cli", "serve", "--feeds", str(feeds_file)], env,
                      tmp_path / "serve.log")
        name = f"poll-feeds/{settings.namespace}-poll-feeds-watch"
        serve.start()
        try:
            wait_until(lambda: len(completed_runs(name.split("/")[1])) >= 1, BUDGET_S, "the first poll", interval=2)
            serve.stop()
            with get_client(sync_client=True) as client:
                client.pause_deployment(client.read_deployment_by_name(name).id)  # what the UI toggle does
            serve.start()
            # Only this start's part of the log counts.
            wait_until(lambda: "being served" in serve.log().rsplit("\n--- start ", 1)[-1] or not serve.alive,
                       BUDGET_S, "serve to start again", interval=1)
            assert serve.alive, serve.tail()
        finally:
            serve.stop()
        with get_client(sync_client=True) as client:
            deployment = client.read_deployment_by_name(name)
            assert deployment.paused, "the restart resumed a paused group"
            runs = client.read_flow_runs(deployment_filter=DeploymentFilter(
                id=DeploymentFilterId(any_=[deployment.id])))
        assert len([r for r in runs if "on-start" in r.tags]) == 1, "a paused group got a start-up poll"


def test_serve_schedule_demo_names_an_unreachable_prefect_api(services, tmp_path):
    api = f"http://127.0.0.1:{_free_port()}/api"
    out = _newsradar(services, "demo", "--port", str(_free_port()), prefect_api=api)
    assert out.returncode == 2, out.stdout + out.stderr
    assert f"Prefect server is not reachable at {api}" in out.stderr
    assert "Traceback" not in out.stderr
