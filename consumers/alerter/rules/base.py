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
from datetime import datetime, timedelta
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, PlainSerializer

from newsradar.alerts_file import RuleOptions
from newsradar.clock import floor_time, iso, parse_time, utcnow
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

class RuleBase(RuleOptions):
    """Options common to all rule types: the shared ones (``RuleOptions``) and the alerter's own."""

    cooldown: Duration = Field(timedelta(0), description="after an alert's window ends, no new alert "
                                                         "for the same group for this long")
    realert: Duration = Field(timedelta(0), description="minimum time between two notifications "
                                                        "(escalations) of the same alert")

    # the two-method interface ---------------------------------------------------------
    def match(self, ea: EnrichedArticle) -> list[MatchDoc]:  # pragma: no cover - abstract
        raise NotImplementedError

    def evaluate(self, store, group: str, new: list[MatchDoc], now: datetime) -> list[Decision]:
        raise NotImplementedError  # pragma: no cover

    def reads(self, group: str, new: list[MatchDoc]) -> list[Read]:
        """The store reads ``evaluate(store, group, new, ...)`` will make (all or the likely ones), for the
        alerter to answer for a whole batch in one round trip; a read left out is made when needed."""
        return []


# One store read: the method's name and its positional arguments, e.g. ("alerts", (rule, group, since)).
Read = tuple[str, tuple]


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
