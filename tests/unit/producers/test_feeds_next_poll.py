"""`newsradar feeds` "next poll": the first run of the feed's group schedule at or after the feed is due."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

from flows.deploy import DeploymentRow, first_run_at_or_after
from newsradar.schema import FeedHealth
from cli.feeds import feed_rows

NOW = datetime(2026, 12, 1, 20, 0, tzinfo=timezone.utc)


def row(group: str, next_in_s: float, every_m: int = 1, paused: bool = False,
        shard: str | None = None) -> DeploymentRow:
    return DeploymentRow(name=f"poll-feeds-{group}", schedule=f"every {every_m}m", paused=paused, served=True,
                         last_run="-", last_state="-", next_run="-", group=group,
                         interval=timedelta(minutes=every_m), next_at=NOW + timedelta(seconds=next_in_s),
                         shard=shard)


def test_feeds_next_poll_is_the_first_group_run_at_or_after_due():
    rows = [row("world", 30, every_m=1), row("asia", 10, every_m=15)]
    assert first_run_at_or_after(NOW, rows, "world", "a") == NOW + timedelta(seconds=30)
    # due in 5 min: the 1-minute group runs at +30s, +90s, ... so +330s polls it
    assert first_run_at_or_after(NOW + timedelta(minutes=5), rows, "world", "a") == NOW + timedelta(seconds=330)
    assert first_run_at_or_after(NOW, rows, "nowhere", "a") is None


def test_feeds_next_poll_takes_prefects_pendulum_times():
    import pendulum

    prefect_row = row("world", 30)
    prefect_row.next_at = pendulum.instance(prefect_row.next_at)  # what the Prefect client returns
    assert first_run_at_or_after(NOW + timedelta(minutes=5), [prefect_row], "world", "a") == NOW + timedelta(seconds=330)


def test_feeds_next_poll_ignores_paused_groups_and_takes_the_earliest_unsharded_run():
    rows = [row("world", 50), row("world", 20), row("asia", 5, paused=True)]
    assert first_run_at_or_after(NOW, rows, "world", "a") == NOW + timedelta(seconds=20)
    assert first_run_at_or_after(NOW, rows, "asia", "a") is None


def test_feeds_next_poll_column_uses_the_schedule_when_known():
    feed = SimpleNamespace(id="a", outlet="A", url="https://a.example/rss", group="world")
    health = FeedHealth(feed_id="a", url=feed.url, outlet="A", group="world", status="ok",
                        next_poll_at=NOW + timedelta(minutes=5), updated_at=NOW)
    rows = [row("world", 30)]
    polled_at = lambda f, due: first_run_at_or_after(due, rows, f.group, f.id)  # noqa: E731
    assert feed_rows([feed], {"a": health}, NOW, polled_at)[0][-1] == "in 6m"
    assert feed_rows([feed], {}, NOW, polled_at)[0][-1] == "in 30s"
    assert feed_rows([feed], {"a": health}, NOW)[0][-1] == "in 5m"


def test_feeds_next_poll_takes_the_run_of_the_shard_that_polls_the_feed():
    from producers.config import Shard

    owner = next(i for i in range(2) if Shard(i, 2).owns("a"))
    rows = [row("world", 50, shard=f"{owner}/2"), row("world", 20, shard=f"{1 - owner}/2")]
    # the other shard runs first, but never polls feed "a"
    assert first_run_at_or_after(NOW, rows, "world", "a") == NOW + timedelta(seconds=50)
