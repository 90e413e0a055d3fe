"""The real Prefect flow and its deployments, on the Prefect server `newsradar up` starts (the `services` fixture)."""
from __future__ import annotations

import threading

import pytest

from flows.deploy import deployments
from flows.poll_feeds import poll_feeds, poll_once
from tests.samples.feeds import FeedServer, rss
from tests.integration.test_producer_kafka import read_topic, write_feeds

pytestmark = [pytest.mark.prefect, pytest.mark.kafka, pytest.mark.elasticsearch]


def test_flows_poll_feeds_runs_as_a_prefect_flow(isolated, tmp_path):
    feeds = {f"f{i}.xml": rss([{"title": f"Flow story {i}-{k} for the test", "link": f"https://fl{i}.example/{k}"}
                               for k in range(3)]) for i in range(3)}
    with FeedServer(feeds) as server:
        feeds_file = write_feeds(tmp_path / "feeds.yaml", server, list(feeds))
        state = poll_feeds(feeds_file, isolated, return_state=True)
        assert state.is_completed()
        summary = state.result()
        assert summary["published"] == 9 and summary["feeds_ok"] == 3
        assert "published=9" in str(summary)
    assert len(read_topic(isolated, isolated.names.raw)) == 9


def _heartbeat_threads() -> int:
    """Prefect's flow-run heartbeat threads alive now (each runs ``heartbeat_loop`` in a copied context)."""
    return sum(1 for t in threading.enumerate()
               if getattr(t, "_args", None) and getattr(t._args[0], "__name__", "") == "heartbeat_loop")


@pytest.mark.parametrize("call, heartbeats", [(poll_feeds, True), (poll_once, False)])
def test_poll_once_runs_the_flow_without_the_heartbeat_its_end_waits_for(isolated, tmp_path, call, heartbeats):
    feeds = {"f0.xml": rss([{"title": "Heartbeat story for the test", "link": "https://hb.example/1"}])}
    seen: list[int] = []
    with FeedServer(feeds) as server:
        server.on_request = lambda _path: seen.append(_heartbeat_threads())  # mid-poll, inside the flow run
        summary = call(write_feeds(tmp_path / "feeds.yaml", server, list(feeds)), isolated)
    assert summary["published"] == 1
    assert seen and (seen[0] > 0) is heartbeats


def test_flows_deployments_one_per_group_with_interval_and_shard(tmp_path):
    path = tmp_path / "feeds.yaml"
    path.write_text("groups:\n"
                    "  - {name: world, interval: 15m, feeds: [{id: a, url: 'https://a.example/rss'}]}\n"
                    "  - {name: asia, interval: 1h, feeds: [{id: b, url: 'https://b.example/rss'}]}\n")
    deps = deployments(path, shard="1/3")
    assert [d.name for d in deps] == ["poll-feeds-world-shard-1-of-3", "poll-feeds-asia-shard-1-of-3"]
    assert deps[0].parameters == {"feeds_file": str(path.resolve()), "group": "world", "shard": "1/3",
                                  "only_due": True}
    intervals = [d.schedules[0].schedule.interval.total_seconds() for d in deps]
    assert intervals == [900, 3600]
    assert deps[0].concurrency_limit == 1


def test_flows_deployments_carry_the_namespace(tmp_path):
    path = tmp_path / "feeds.yaml"
    path.write_text("groups:\n  - {name: world, interval: 15m, feeds: [{id: a, url: 'https://a.example/rss'}]}\n")
    assert [d.name for d in deployments(path, namespace="t123")] == ["t123-poll-feeds-world"]
