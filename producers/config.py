"""``configs/feeds.yaml`` as pydantic models, and the resolved per-feed view the poller uses.

The file has ``defaults`` (applied to every feed), ``groups`` (each with its own
poll interval and feeds), and optional ``http``, ``schedule`` and ``dedupe``
sections whose defaults suit a newsroom. Every value a group or feed leaves
out falls back to the level above: feed -> group -> defaults.
``configs/schemas/feeds.json`` can be generated from ``FeedsFile``.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from newsradar.configfile import load_model
from newsradar.errors import ConfigError

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, None: 1}


def _duration(value) -> timedelta:
    """``90``, ``"90s"``, ``"15m"``, ``"2h"``, ``"1d"`` (a bare number is seconds)."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return timedelta(seconds=value)
    if isinstance(value, str) and (m := _DURATION.match(value)):
        return timedelta(seconds=float(m.group(1)) * _UNITS[m.group(2)])
    raise ValueError("a duration such as 30s, 15m, 2h or 1d")


def _positive(value: timedelta) -> timedelta:
    if value <= timedelta(0):
        raise ValueError("must be longer than zero")
    return value


def _feed_url(value: str) -> str:
    """An http(s) URL with a host and, when given, a port in 1..65535."""
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"not a usable URL ({exc})") from exc
    if parts.scheme not in ("http", "https"):
        raise ValueError("must start with http:// or https://")
    if not parts.hostname:
        raise ValueError("has no host")
    if port == 0:
        raise ValueError("port 0 is not a port")
    return value


Duration = Annotated[timedelta, BeforeValidator(_duration)]
# A zero or negative interval would make a feed due on every run, hammering its host.
Interval = Annotated[timedelta, BeforeValidator(_duration), AfterValidator(_positive)]
FeedUrl = Annotated[str, AfterValidator(_feed_url)]


class _Strict(BaseModel):
    # Frozen: load_feeds hands the same validated model to every poll of a served poller.
    model_config = ConfigDict(extra="forbid", frozen=True)


ALLOW_PRIVATE_HELP = (
    "allow fetching from private, loopback and link-local addresses (127.0.0.1, 10/8, 192.168/16, "
    "169.254/16, ::1, fc00::/7). Off by default: a feed or article link pointing inside the network "
    "is refused as `blocked` (SSRF guard). Set true only for feeds you host yourself, e.g. the demo."
)


class FeedDefaults(_Strict):
    interval: Interval = Field(timedelta(minutes=15), description="poll interval when nothing else says")
    fetch_full_text: bool = Field(False, description="fetch each new article's page and extract its text")
    language: str | None = Field(None, description="ISO 639-1 code used when the feed declares none")
    allow_private_addresses: bool | None = Field(None, description=ALLOW_PRIVATE_HELP)


class FeedEntry(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]{0,99}$", description="stable id: health document id, shard key")
    url: FeedUrl = Field(description="the RSS/Atom/RDF URL: http(s), a host, a valid port if any")
    outlet: str | None = Field(None, description="outlet name; the URL's host when absent")
    language: str | None = None
    interval: Interval | None = None
    fetch_full_text: bool | None = None
    allow_private_addresses: bool | None = Field(None, description=ALLOW_PRIVATE_HELP)


class FeedGroup(_Strict):
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,59}$", description="deployment poll-feeds-<name>")
    interval: Interval | None = Field(None, description="how often the group's deployment runs")
    fetch_full_text: bool | None = None
    language: str | None = None
    allow_private_addresses: bool | None = Field(None, description=ALLOW_PRIVATE_HELP)
    feeds: list[FeedEntry] = Field(min_length=1)


class HttpConfig(_Strict):
    user_agent: str = "NewsRadar/0.1 (+https://github.com/newsradar)"
    connect_timeout_s: float = Field(10.0, gt=0, le=120)
    read_timeout_s: float = Field(20.0, gt=0, le=300)
    total_timeout_s: float = Field(60.0, gt=0, le=900, description="whole request, body included")
    max_bytes: int = Field(10_000_000, ge=10_000, description="larger (decoded) bodies fail as too_large")
    max_redirects: int = Field(5, ge=0, le=20)
    per_host_interval_s: float = Field(1.0, ge=0, le=3600,
                                       description="at least this long between two requests to one host")
    concurrency: int = Field(32, ge=1, le=1000, description="requests in flight, all hosts together")
    max_retry_after_s: float = Field(6 * 3600, ge=1, description="a longer Retry-After is capped to this")
    max_host_wait_s: float = Field(30.0, ge=0, description="a feed whose host is held back longer than this "
                                                           "fails as rate_limited instead of stalling the run")


class ScheduleConfig(_Strict):
    min_interval: Interval = Field(timedelta(minutes=5), description="never poll a feed more often")
    max_interval: Interval = Field(timedelta(hours=24), description="never poll a live feed less often")
    dead_after_failures: int = Field(30, ge=2, description="consecutive failures that make a feed dead")
    dead_after: Duration = Field(timedelta(days=7), description="failing this long since the last success: dead")


class DedupeConfig(_Strict):
    title_window: Duration = Field(timedelta(days=3),
                                   description="same outlet + same normalised title within this is the same article")
    future_tolerance: Duration = Field(timedelta(days=1),
                                       description="items dated further in the future are rejected")


class FeedsFile(_Strict):
    allow_private_addresses: bool = Field(False, description=ALLOW_PRIVATE_HELP)
    defaults: FeedDefaults = FeedDefaults()
    groups: list[FeedGroup] = Field(min_length=1)
    http: HttpConfig = HttpConfig()
    schedule: ScheduleConfig = ScheduleConfig()
    dedupe: DedupeConfig = DedupeConfig()
    parse_workers: int | None = Field(None, ge=0, le=64,
                                      description="parser processes; 0 parses in-process, empty = CPU count")

    @model_validator(mode="after")
    def _unique_ids(self) -> "FeedsFile":
        seen: set[str] = set()
        for group in self.groups:
            for feed in group.feeds:
                if feed.id in seen:
                    raise ValueError(f"feed id {feed.id!r} is used twice")
                seen.add(feed.id)
        names = [g.name for g in self.groups]
        if len(set(names)) != len(names):
            raise ValueError("group names must be unique")
        return self

    def feeds(self, group: str | None = None, shard: "Shard | None" = None) -> list["FeedSpec"]:
        out = []
        for g in self.groups:
            if group is not None and g.name != group:
                continue
            for f in g.feeds:
                spec = FeedSpec(
                    id=f.id, url=f.url, group=g.name,
                    outlet=f.outlet or (urlsplit(f.url).hostname or f.url),
                    language=_first(f.language, g.language, self.defaults.language),
                    interval_s=_first(f.interval, g.interval, self.defaults.interval).total_seconds(),
                    fetch_full_text=bool(_first(f.fetch_full_text, g.fetch_full_text,
                                                self.defaults.fetch_full_text)),
                    allow_private=bool(_first(f.allow_private_addresses, g.allow_private_addresses,
                                              self.defaults.allow_private_addresses,
                                              self.allow_private_addresses)),
                )
                if shard is None or shard.owns(spec.id):
                    out.append(spec)
        if group is not None and not any(g.name == group for g in self.groups):
            raise ConfigError(f"no group named {group!r}", key="groups")
        return out

    def group_interval(self, name: str) -> timedelta:
        for g in self.groups:
            if g.name == name:
                return g.interval or self.defaults.interval
        raise ConfigError(f"no group named {name!r}", key="groups")


def _first(*values):
    for v in values:
        if v is not None:
            return v
    return None


@dataclass(frozen=True)
class FeedSpec:
    """One feed with every default applied: what fetch, parse and schedule read."""

    id: str
    url: str
    group: str
    outlet: str
    language: str | None
    interval_s: float
    fetch_full_text: bool
    allow_private: bool


@dataclass(frozen=True)
class Shard:
    """``i/n``: this poller owns the feeds whose stable hash of the id is ``i`` modulo ``n``.

    Sharding (not a lease) splits feeds across pollers: it needs no coordination,
    cannot double-poll while every process uses the same ``n``, and a feed's owner
    is predictable from its id alone. A stopped shard's feeds wait for it to be
    restarted (run each shard under the supervisor), which a newsroom prefers to
    the lease's failure modes (clock skew, lease expiry in a long GC pause).
    """

    index: int
    count: int

    @classmethod
    def parse(cls, text: str) -> "Shard":
        m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text or "")
        if not m or not (0 <= int(m.group(1)) < int(m.group(2))):
            raise ConfigError(f"shard must be i/n with 0 <= i < n, not {text!r}", key="--shard")
        return cls(int(m.group(1)), int(m.group(2)))

    def owns(self, feed_id: str) -> bool:
        digest = hashlib.sha1(feed_id.encode("utf-8")).digest()
        return int.from_bytes(digest[:8], "big") % self.count == self.index

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


_LOADED: dict[Path, tuple[bytes, FeedsFile]] = {}


def load_feeds(path: Path) -> FeedsFile:
    """Validate ``path``; errors name file:line: key (newsradar.configfile).

    A served poller reads the file at every run. Bytes equal to the last load's give back the
    model already validated (0.15 s for 1,000 feeds, a twentieth of an all-304 re-poll); an
    edited file, whatever its timestamps say, is validated again.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError:
        data = None  # load_model reports it, naming the file
    cached = _LOADED.get(path)
    if data is not None and cached is not None and cached[0] == data:
        return cached[1]
    model = load_model(path, FeedsFile)
    if data is not None:
        if len(_LOADED) >= 16:
            _LOADED.clear()  # a process that reads many files (the tests) keeps no more than a few
        _LOADED[path] = (data, model)
    return model
