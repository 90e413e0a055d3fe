"""Aggregation windows are absolute and start on the hour, so Elasticsearch can cache them."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from search.queries import window_start

NOW = datetime(2026, 12, 1, 23, 41, 7, tzinfo=timezone.utc)


def test_relative_periods_become_absolute_hour_starts():
    assert window_start("48h", NOW) == "2026-11-29T23:00:00Z"
    assert window_start("1w", NOW) == "2026-11-24T23:00:00Z"
    assert window_start("2026-11-01", NOW) == "2026-11-01"


def test_bad_periods_say_what_is_accepted():
    with pytest.raises(ValueError, match="neither a period"):
        window_start("yesterday", NOW)
