"""What every rule type shares: durations, notification options, and the two-method interface.

A rule type is a pydantic model (its config, validated on load) with two methods:

* ``match(ea) -> list[MatchDoc]``: which groups this article counts towards (none,
  one group for ``topic``/``story``, one per mentioned term for ``spike``);
* ``evaluate(store, group, new) -> list[Decision]``: given the group's stored
  matches and alerts, fire a new alert or escalate an open one.

Both are pure functions of the message and of the store, so the alerter (ES
store) and the backtest (in-memory store) run the same code.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer, model_validator

from newsradar.schema import EnrichedArticle

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d|w)\s*$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def parse_duration(value: Any) -> timedelta:
    """``90s``, ``30m``, ``48h``, ``7d``, ``2w``, a number of seconds, or a timedelta."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return timedelta(seconds=value)
    if isinstance(value, str):
        m = _DURATION.match(value)
        if m:
            try:
                return timedelta(seconds=float(m.group(1)) * _UNITS[m.group(2)])
            except OverflowError:
                raise ValueError(f"{value!r} is longer than any duration can be") from None
    raise ValueError(f"{value!r} is not a duration (use e.g. 90s, 30m, 48h, 7d)")


def format_duration(td: timedelta) -> str:
    s = int(td.total_seconds())
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if s and s % size == 0:
            return f"{s // size}{unit}"
    return f"{s}s"


Duration = Annotated[timedelta, BeforeValidator(parse_duration),
                     PlainSerializer(format_duration, return_type=str, when_used="json")]

CHANNELS = ("slack", "email", "webhook")


class EmailOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")
    to: list[str] = Field(min_length=1, description="recipient addresses (config; passwords are env)")
    cc: list[str] = Field(default_factory=list)
    subject: str | None = Field(None, description="Jinja2 template of the subject line")

    @model_validator(mode="after")
    def _addresses(self) -> EmailOptions:
        for addr in [*self.to, *self.cc]:
            if not re.fullmatch(r"[^@\s]+@[^@\s]+", addr):
                raise ValueError(f"{addr!r} is not an e-mail address")
        return self


class StoryParams(BaseModel):
    """`stories:` in configs/alerts.yaml."""

    model_config = ConfigDict(extra="forbid")
    shingle_size: int = Field(3, ge=1, le=10, description="words per shingle for the near-duplicate MinHash")
    near_dup_threshold: float = Field(0.7, gt=0, le=1, description="shingle Jaccard that makes two texts copies")
    near_dup_min_words: int = Field(25, ge=5, description="shorter texts are never called copies")
    num_perm: int = Field(64, ge=16, le=256, description="near-duplicate MinHash size (a multiple of band_rows)")
    band_rows: int = Field(4, ge=1, le=16)
    threshold: float = Field(0.17, gt=0, le=1, description="story score needed to join a story")
    drift_threshold: float = Field(0.15, ge=0, le=1,
                                   description="cosine to the story's centroid below which it is never joined")
    link_weight: float = Field(0.5, ge=0, le=1, description="share of the best single-article cosine in the score; "
                                                            "the rest is the cosine to the centroid")
    title_boost: float = Field(2.0, ge=1, le=10, description="weight of a headline word relative to a lead word")
    entity_boost: float = Field(1.5, ge=0, le=10, description="weight of a named entity relative to a word of equal IDF")
    half_life_hours: float = Field(96, gt=0, description="the score halves per this many hours to the story's "
                                                         "nearest article")
    lookback_days: float = Field(3, gt=0, le=60, description="candidates are this close in time")
    df_days: float = Field(30, gt=0, le=365, description="document frequencies are counted over this many days")
    lead_terms: int = Field(80, ge=10, le=2000, description="lemmas of title and lead an article is compared on")
    core_terms: int = Field(40, ge=5, le=500, description="heaviest terms kept of a story's centroid")
    candidates: int = Field(20, ge=5, le=1000, description="stored articles fetched per article")


class RuleBase(BaseModel):
    """Options common to all rule types."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$", max_length=100,
                      description="stable identifier: part of every alert_id")
    description: str = ""
    enabled: bool = True
    notify: list[Literal["slack", "email", "webhook"]] = Field(default_factory=lambda: ["slack"])
    cooldown: Duration = Field(timedelta(0), description="after an alert's window ends, no new alert "
                                                         "for the same group for this long")
    realert: Duration = Field(timedelta(0), description="minimum time between two notifications "
                                                        "(escalations) of the same alert")
    digest_minutes: int | None = Field(None, ge=1, le=7 * 24 * 60,
                                       description="at most one message per N minutes, summarising")
    email: EmailOptions | None = None
    templates: dict[Literal["slack", "email", "email_html", "webhook", "subject"], str] = Field(
        default_factory=dict, description="per-channel Jinja2 template file (relative to "
                                          "consumers/templates/ or absolute) overriding the default")
    delivery: Literal["at-most-once", "at-least-once"] = Field(
        "at-most-once", description="what to do with a send that was started but never acknowledged "
                                    "when the notifier died: drop it (default) or send it again")

    @model_validator(mode="after")
    def _channels_need_config(self):
        if "email" in self.notify and self.email is None:
            raise ValueError("notify includes email, so `email: {to: [...]}` is required")
        if len(set(self.notify)) != len(self.notify):
            raise ValueError("notify lists a channel twice")
        return self

    # the two-method interface ---------------------------------------------------------
    def match(self, ea: EnrichedArticle) -> list[MatchDoc]:  # pragma: no cover - abstract
        raise NotImplementedError

    def evaluate(self, store, group: str, new: list[MatchDoc], now: datetime) -> list[Decision]:
        raise NotImplementedError  # pragma: no cover

    def candidates(self, store, new: dict[str, list[MatchDoc]]) -> set[str]:
        """Which of a batch's groups can change anything: a cheap pre-check, all of them by default."""
        return set(new)


@dataclass
class MatchDoc:
    """One article counted towards one group of one rule: a doc in ``news-rule-matches``."""

    rule: str
    group: str
    article_id: str
    outlet: str
    published_at: datetime
    title: str = ""
    url: str = ""
    story_id: str | None = None
    near_duplicate_of: str | None = None
    term: str | None = None
    claims: list[dict] = field(default_factory=list)
    matched_at: datetime | None = None

    @property
    def doc_id(self) -> str:
        return hashlib.sha256(f"{self.rule}\x1f{self.group}\x1f{self.article_id}".encode()).hexdigest()[:40]

    def to_doc(self) -> dict:
        return {"rule": self.rule, "group": self.group, "article_id": self.article_id,
                "outlet": self.outlet, "published_at": iso(self.published_at), "title": self.title,
                "url": self.url, "story_id": self.story_id, "near_duplicate_of": self.near_duplicate_of,
                "term": self.term, "claims": self.claims,
                "matched_at": iso(self.matched_at or utcnow())}

    @classmethod
    def from_doc(cls, d: dict) -> MatchDoc:
        return cls(rule=d["rule"], group=d.get("group") or "", article_id=d["article_id"],
                   outlet=d["outlet"], published_at=parse_time(d["published_at"]),
                   title=d.get("title") or "", url=d.get("url") or "", story_id=d.get("story_id"),
                   near_duplicate_of=d.get("near_duplicate_of"), term=d.get("term"),
                   claims=d.get("claims") or [],
                   matched_at=parse_time(d["matched_at"]) if d.get("matched_at") else None)


@dataclass
class Decision:
    """What evaluation concluded for one group: a new alert, or a new revision of one."""

    action: Literal["fire", "escalate", "replay"]
    alert: dict          # the alert document (AlertEvent fields + state)
    seq: tuple[int, int] | None = None   # (seq_no, primary_term) of the version it replaces


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def iso(dt: datetime) -> str:
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


def parse_time(value: str | datetime) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def floor_time(dt: datetime, step: timedelta) -> datetime:
    epoch = datetime(1970, 1, 1, tzinfo=timezone.utc)
    n = (dt - epoch) // step
    return epoch + n * step


def alert_id_for(rule: str, group: str, window_start: datetime) -> str:
    """Stable key of one alert: the rule, the group and the window's start (to the minute)."""
    anchor = iso(floor_time(window_start, timedelta(minutes=1)))
    return hashlib.sha256(f"{rule}\x1f{group}\x1f{anchor}".encode()).hexdigest()[:32]


def top_claims(matches: list[MatchDoc], limit: int = 3) -> list[dict]:
    seen, out = set(), []
    claims = sorted((c for m in matches for c in m.claims), key=lambda c: -float(c.get("confidence", 0)))
    for c in claims:
        key = (c.get("speaker"), c.get("content"))
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
        if len(out) >= limit:
            break
    return out


def claims_of(ea: EnrichedArticle, limit: int = 5) -> list[dict]:
    """The article's best claims with speakers, kept on its match doc for the notification."""
    cs = sorted(ea.enrichment.claims, key=lambda c: (c.speaker is None, -c.confidence))[:limit]
    return [{"speaker": c.speaker_resolved or c.speaker, "content": c.content[:500], "kind": c.kind,
             "confidence": c.confidence, "outlet": ea.article.outlet} for c in cs]
