"""Operator commands for the feed side, for cli/main.py to mount.

    from cli.feeds import feeds_command, serve_command
    app.command("feeds")(feeds_command)
    app.command("serve")(serve_command)

``newsradar feeds`` prints one line per configured feed from its health
document (Elasticsearch ``news-feeds``): status, last success, last error,
failures in a row, items, mean publish interval, next poll (the first run of
its group's schedule at or after the feed is due).
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace

import typer

from newsradar.schema import FeedHealth
from newsradar.terminal import printable
from newsradar.settings import get_settings

COLUMNS = ("feed", "outlet", "status", "last success", "last error", "fails", "items", "mean int.", "next poll")


def _ago(when: datetime | None, now: datetime) -> str:
    if when is None:
        return "-"
    seconds = (now - when).total_seconds()
    future = seconds < 0
    seconds = abs(seconds)
    text = (f"{seconds:.0f}s" if seconds < 90 else f"{seconds / 60:.0f}m" if seconds < 5400
            else f"{seconds / 3600:.1f}h" if seconds < 172800 else f"{seconds / 86400:.1f}d")
    return f"in {text}" if future else f"{text} ago"


def _interval(seconds: float | None) -> str:
    if not seconds:
        return "-"
    return f"{seconds / 60:.0f}m" if seconds < 5400 else f"{seconds / 3600:.1f}h"


def feed_rows(configured: list, healths: dict[str, FeedHealth], now: datetime,
              polled_at=None) -> list[tuple[str, ...]]:
    """One row per feed; ``polled_at(feed, due)`` says when its group's schedule polls it, if known."""
    rows = []
    for feed in configured:
        h = healths.get(feed.id)
        due = now if h is None or h.url != feed.url or h.next_poll_at is None else h.next_poll_at
        when = polled_at(feed, due) if polled_at else None
        if h is None or h.url != feed.url:
            rows.append((feed.id, feed.outlet, "new", "-", "-", "0", "0", "-", _ago(when, now) if when else "due"))
            continue
        error = f"{h.last_error_kind or ''} {_ago(h.last_polled_at, now)}" if h.consecutive_failures else "-"
        rows.append((feed.id, feed.outlet, h.status, _ago(h.last_success_at, now), error.strip(),
                     str(h.consecutive_failures), f"{h.items_published}/{h.items_seen}",
                     _interval(h.mean_publish_interval_s),
                     "never (dead)" if h.status == "dead" else _ago(when or h.next_poll_at, now)))
    return rows


def render_table(rows: list[tuple[str, ...]]) -> str:
    widths = [min(40, max(len(COLUMNS[i]), *(len(r[i]) for r in rows))) if rows else len(COLUMNS[i])
              for i in range(len(COLUMNS))]
    fmt = "  ".join(f"{{:<{w}.{w}}}" for w in widths)
    return "\n".join([fmt.format(*COLUMNS), *(fmt.format(*r) for r in rows)])


def feeds_command(
    feeds: Path = typer.Option(None, "--feeds", help="feeds YAML (default: configs/feeds.yaml)"),
    status: str = typer.Option(None, "--status", help="only feeds with this status: ok | failing | dead | new"),
) -> None:
    """Show each feed's health: status, last success and error, failures, items, next poll.

    Without --feeds: the feeds of configs/feeds.yaml and every other feed that has been polled.
    """
    from producers.config import load_feeds
    from newsradar.feed_health import HealthStore

    settings = get_settings()
    configured = load_feeds(feeds or settings.feeds_file).feeds()
    healths = HealthStore(settings).load()
    now = datetime.now(timezone.utc)
    rows = feed_rows(configured, healths, now, polled_at=_group_schedules(settings))
    if feeds is None:
        # Without --feeds, also show feeds polled from other files (the demo's, say).
        known = {f.id for f in configured}
        others = [SimpleNamespace(id=h.feed_id, outlet=h.outlet, url=h.url)
                  for h in sorted(healths.values(), key=lambda h: h.feed_id) if h.feed_id not in known]
        rows = feed_rows(others, healths, now) + rows
    if status:
        rows = [r for r in rows if r[2] == status]
    typer.echo(printable(render_table(rows)))
    counts: dict[str, int] = {}
    for r in rows:
        counts[r[2]] = counts.get(r[2], 0) + 1
    typer.echo("\n" + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())) + f" ({len(rows)} feeds)")


def _group_schedules(settings):
    """When each feed's group next polls it, from the Prefect server; None if it is not reachable."""
    import httpx

    from flows.deploy import deployment_status, first_run_at_or_after
    try:
        deployments = deployment_status(settings)
    except httpx.HTTPError:
        typer.echo("(Prefect server not reachable: next poll shows when each feed is due, not when its "
                   "group runs; start it with `make up`)", err=True)
        return None
    return lambda feed, due: first_run_at_or_after(due, deployments, feed.group, feed.id)


def serve_command(
    feeds: Path = typer.Option(None, "--feeds", help="feeds YAML (default: configs/feeds.yaml)"),
    shard: str = typer.Option(None, "--shard", help="i/n: poll only this shard of the feeds (stable hash of id)"),
) -> None:
    """Serve the scheduled poll-feeds deployments (one per feed group) until stopped."""
    from flows.deploy import serve

    serve(feeds, get_settings(), shard=shard, log=lambda m: typer.echo(m, err=True))
