"""When to poll a feed next, and when to give up on it.

A healthy feed is polled at about half its observed publishing interval (the
mean gap between its recent items, smoothed over polls), bounded to
``min_interval`` .. ``max_interval``; a feed with no usable dates uses its
configured interval. A failing feed is pushed back exponentially, faster for
kinds that will not heal by themselves (a 404 or an XML bomb) than for a
timeout; a ``Retry-After`` is honoured as a floor. A feed that has failed
``dead_after_failures`` times in a row, or for ``dead_after`` since its last
success (after at least 3 tries), is ``dead``: it is no longer polled until an
operator fixes it (a config change of its URL resets it) and it shows in
``newsradar feeds``.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from newsradar.schema import FeedHealth
from producers.config import FeedSpec, ScheduleConfig

# How much a failure of each kind stretches the backoff.
FAILURE_WEIGHT = {
    "timeout": 1.0, "connect": 1.0, "http_5xx": 1.0, "rate_limited": 1.0, "dns": 2.0, "parse": 2.0,
    "http_4xx": 4.0, "too_large": 4.0, "redirect_loop": 4.0, "unsafe_xml": 8.0, "blocked": 8.0,
}
EMA_WEIGHT = 0.3
RECENT_ITEMS = 20


def observed_interval(publish_times: list[float]) -> float | None:
    """Mean gap in seconds between the most recent distinct publish times, or None."""
    times = sorted(set(publish_times))[-RECENT_ITEMS:]
    if len(times) < 2:
        return None
    span = times[-1] - times[0]
    return span / (len(times) - 1) if span > 0 else None


def smoothed(previous: float | None, observed: float | None) -> float | None:
    if observed is None:
        return previous
    if previous is None:
        return observed
    return (1 - EMA_WEIGHT) * previous + EMA_WEIGHT * observed


def next_success_interval(feed: FeedSpec, mean_interval_s: float | None, cfg: ScheduleConfig) -> float:
    lo, hi = cfg.min_interval.total_seconds(), cfg.max_interval.total_seconds()
    wanted = mean_interval_s / 2 if mean_interval_s else feed.interval_s
    return min(hi, max(lo, wanted))


def next_failure_interval(feed: FeedSpec, failures: int, kind: str | None, retry_after: float | None,
                          cfg: ScheduleConfig) -> float:
    lo, hi = cfg.min_interval.total_seconds(), cfg.max_interval.total_seconds()
    base = max(lo, min(feed.interval_s, hi))
    delay = base * FAILURE_WEIGHT.get(kind or "", 1.0) * 2 ** max(0, min(failures - 1, 12))
    if retry_after:
        delay = max(delay, retry_after)
    return min(hi, max(lo, delay))


def is_dead(health: FeedHealth, now: datetime, cfg: ScheduleConfig) -> bool:
    if health.consecutive_failures >= cfg.dead_after_failures:
        return True
    since = health.last_success_at
    return (since is not None and health.consecutive_failures >= 3
            and now - since >= cfg.dead_after)


def is_due(health: FeedHealth | None, now: datetime) -> bool:
    if health is None or health.next_poll_at is None:
        return True
    return health.status != "dead" and health.next_poll_at <= now


def after(now: datetime, seconds: float) -> datetime:
    return now + timedelta(seconds=seconds)
