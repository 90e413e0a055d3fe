from datetime import datetime, timedelta, timezone

from newsradar.schema import FeedHealth
from producers.config import FeedSpec, ScheduleConfig, Shard
from producers.schedule import is_dead, next_failure_interval, next_success_interval, observed_interval

FEED = FeedSpec(id="f", url="https://e.com/rss", group="g", outlet="E", language=None, interval_s=900,
                fetch_full_text=False, allow_private=False)
CFG = ScheduleConfig()
NOW = datetime(2025, 9, 1, tzinfo=timezone.utc)


def test_schedule_follows_publish_rate_within_bounds():
    hourly = [NOW.timestamp() - 3600 * i for i in range(10)]
    assert observed_interval(hourly) == 3600
    assert next_success_interval(FEED, 3600, CFG) == 1800
    assert next_success_interval(FEED, 60, CFG) == 300            # never under 5 min
    assert next_success_interval(FEED, 10 * 86400, CFG) == 86400  # never over 24 h
    assert next_success_interval(FEED, None, CFG) == 900          # configured interval without dates


def test_schedule_backoff_grows_and_is_weighted_by_kind():
    t1 = next_failure_interval(FEED, 1, "timeout", None, CFG)
    t3 = next_failure_interval(FEED, 3, "timeout", None, CFG)
    bomb = next_failure_interval(FEED, 1, "unsafe_xml", None, CFG)
    assert t1 < t3 and t1 < bomb
    assert next_failure_interval(FEED, 1, "rate_limited", 7200, CFG) >= 7200
    assert next_failure_interval(FEED, 40, "timeout", None, CFG) == 86400


def test_schedule_dead_after_many_failures_or_long_failing():
    h = FeedHealth(feed_id="f", url="u", outlet="o", updated_at=NOW, consecutive_failures=CFG.dead_after_failures)
    assert is_dead(h, NOW, CFG)
    h = FeedHealth(feed_id="f", url="u", outlet="o", updated_at=NOW, consecutive_failures=3,
                   last_success_at=NOW - timedelta(days=8))
    assert is_dead(h, NOW, CFG)
    h.consecutive_failures = 1
    assert not is_dead(h, NOW, CFG)


def test_schedule_shards_split_feeds_without_overlap():
    ids = [f"feed-{i}" for i in range(500)]
    shards = [Shard.parse(f"{i}/3") for i in range(3)]
    owners = [[s for s in shards if s.owns(fid)] for fid in ids]
    assert all(len(o) == 1 for o in owners)
    assert min(sum(1 for o in owners if o[0] is s) for s in shards) > 100
