"""The one set of time helpers: every timestamp NewsRadar writes is UTC, ISO 8601, with a ``Z``."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

# The days of the week as English copy names them: the enricher reads them in its own language, whatever the
# machine's locale (which ``calendar.day_name`` follows).
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# The names of a date's month, capitalised as a date writes them ("may" is a verb), and their short forms.
MONTHS = frozenset("""January February March April May June July August September October November December Jan Feb
Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec""".split())


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def iso(dt: datetime) -> str:
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


def parse_time(value: str | datetime) -> datetime:
    """Always zone-aware: a time without a zone is UTC, as everything NewsRadar writes is."""
    at = value if isinstance(value, datetime) else datetime.fromisoformat(value.replace("Z", "+00:00"))
    return at if at.tzinfo else at.replace(tzinfo=timezone.utc)


def floor_time(dt: datetime, step: timedelta) -> datetime:
    n = (dt - _EPOCH) // step
    return _EPOCH + n * step
