"""`topic` and `story` rules: fire when N distinct outlets carry the same thing within a window.

Windows are in article time (``published_at``), not processing time, so a
replay or a backtest reaches the same decisions as the live alerter.

An alert's window is anchored at the first matching article of the first
stretch of ``window`` that reached ``min_outlets`` sources; its id is
``(rule, group, anchor)``, so re-running the same articles finds the same
alert instead of firing again. Later matches that fall in the alert's span
(``[window_start - window, window_end]``) belong to it: a new source escalates it
(revision + 1), subject to ``realert``; anything else only re-announces the
current revision when the article is one of the alert's own (a replay after a
crash), which the notifier's outbox turns into nothing when already delivered.
After the span, a new alert for the same group needs ``cooldown`` to pass.

Sources: each outlet counts once. Syndicated copies (``near_duplicate_of``) of
one wire text add no source beyond their original unless ``count_syndicated``.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal

from pydantic import Field, model_validator

from consumers.alerter.rules.base import (Decision, Duration, MatchDoc, Read, RuleBase, alert_id_for, claims_of,
                                         top_claims)
from consumers.alerter.rules.query import (ArticleText, QuerySyntaxError, evaluate, parse_query_string,
                                           term_groups_match)
from newsradar.clock import iso, parse_time
from newsradar.schema import EnrichedArticle


def sources_of(members: list[MatchDoc], count_syndicated: bool) -> set[str]:
    """Distinct sources: outlets, where wire copies add nothing beyond their original."""
    if count_syndicated:
        return {m.outlet for m in members}
    keys = {m.outlet for m in members if not m.near_duplicate_of}
    present = {m.article_id for m in members}
    for m in members:
        if m.near_duplicate_of and m.near_duplicate_of not in present:
            keys.add(f"wire:{m.near_duplicate_of}")
    return keys


class _QueryMixin:
    """Optional text filter shared by rule types (fields: query, query_string, default_operator)."""

    def _compile(self) -> None:
        if self.query is not None:
            if set(self.query) != {"all_of"}:
                raise ValueError("query supports one key, all_of: [[synonym, ...], ...]")
            groups = self.query["all_of"]
            if (not isinstance(groups, list) or not groups
                    or not all(isinstance(g, list) and g and all(isinstance(t, str) and t.strip() for t in g)
                               for g in groups)):
                raise ValueError("query.all_of must be a non-empty list of non-empty lists of words")
        if self.query_string is not None:
            try:
                parse_query_string(self.query_string, self.default_operator)
            except QuerySyntaxError as exc:
                raise ValueError(f"query_string: {exc}") from exc

    def text_matches(self, ea: EnrichedArticle) -> bool:
        if self.query is None and self.query_string is None:
            return True
        text = ArticleText.of(ea)
        if self.query is not None and not term_groups_match(self.query["all_of"], text):
            return False
        if self.query_string is not None:
            return evaluate(parse_query_string(self.query_string, self.default_operator), text)
        return True


class WindowedRule(RuleBase, _QueryMixin):
    query: dict | None = Field(None, description="{all_of: [[word, synonym...], ...]}: every group must match")
    query_string: str | None = Field(None, description="Elasticsearch query_string subset, matched locally")
    default_operator: Literal["OR", "AND"] = "OR"
    min_outlets: int = Field(3, ge=1, le=1000)
    window: Duration = Field(description="e.g. 48h")
    count_syndicated: bool = Field(False, description="count each syndicated copy of a wire text as a source")

    @model_validator(mode="after")
    def _check_query(self):
        self._compile()
        if self.window.total_seconds() <= 0:
            raise ValueError("window must be positive")
        return self

    def _match_doc(self, ea: EnrichedArticle, group: str) -> MatchDoc:
        a = ea.article
        return MatchDoc(rule=self.name, group=group, article_id=a.article_id, outlet=a.outlet,
                        published_at=a.published_at, title=a.title, url=a.url, story_id=ea.story_id,
                        near_duplicate_of=ea.near_duplicate_of, claims=claims_of(ea))

    # -- evaluation ------------------------------------------------------------------------
    def _bounds(self, new: list[MatchDoc]) -> tuple[datetime, datetime, datetime]:
        """The reach of ``evaluate``'s reads: alerts and matches from ``lo``, outlets from ``first``, to ``hi``."""
        times = [m.published_at for m in new]
        win = self.window
        return min(times) - 2 * win - self.cooldown, min(times) - win, max(times) + win

    def reads(self, group: str, new: list[MatchDoc]) -> list[Read]:
        lo, first, hi = self._bounds(new)
        return [("alerts", (self.name, group, lo)), ("distinct_outlets", (self.name, group, first, hi)),
                ("matches", (self.name, group, lo, hi))]

    def evaluate(self, store, group: str, new: list[MatchDoc], now: datetime) -> list[Decision]:
        win = self.window
        lo, first, hi = self._bounds(new)
        existing = store.alerts(self.name, group, lo)
        if not existing and store.distinct_outlets(self.name, group, first, hi) < self.min_outlets:
            return []   # the cheap aggregation says no window can reach min_outlets
        docs = store.matches(self.name, group, lo, hi)
        new_ids = {m.article_id for m in new}
        decisions: list[Decision] = []
        covered: set[str] = set()
        for doc, seq in existing:
            ws, we = parse_time(doc["window_start"]), parse_time(doc["window_end"])
            span = [d for d in docs if ws - win <= d.published_at <= we]
            covered |= {d.article_id for d in span}
            if new_ids & {d.article_id for d in span}:
                dec = self._update(doc, seq, span, new_ids, now)
                if dec:
                    decisions.append(dec)
        free = sorted((d for d in docs if d.article_id not in covered), key=lambda d: (d.published_at, d.article_id))
        fired = self._first_window(free, [d for d, _ in existing])
        if fired and new_ids & {m.article_id for m in fired[1]}:
            decisions.append(Decision("fire", self._new_alert(group, fired[0], fired[1], now)))
        return decisions

    def _first_window(self, free: list[MatchDoc], alerts: list[dict]):
        win = self.window
        for i, first in enumerate(free):
            anchor = first.published_at
            if not all(anchor > parse_time(a["window_end"]) + self.cooldown
                       or anchor + win < parse_time(a["window_start"]) - win for a in alerts):
                continue
            members = [d for d in free[i:] if d.published_at <= anchor + win]
            if len(sources_of(members, self.count_syndicated)) >= self.min_outlets:
                return anchor, members
        return None

    def _headline(self, members: list[MatchDoc]) -> str:
        return members[0].title or self.name

    def _new_alert(self, group: str, anchor: datetime, members: list[MatchDoc], now: datetime) -> dict:
        srcs = sources_of(members, self.count_syndicated)
        return {
            "alert_id": alert_id_for(self.name, group, anchor),
            "rule": self.name, "rule_type": self.type, "status": "firing", "revision": 1,
            "group": group, "window_start": iso(anchor), "window_end": iso(anchor + self.window),
            "first_seen": iso(members[0].published_at), "last_seen": iso(max(m.published_at for m in members)),
            "outlets": sorted({m.outlet for m in members}),
            "article_ids": [m.article_id for m in members],
            "headline": self._headline(members),
            "links": [m.url for m in members if m.url][:20],
            "top_claims": top_claims(members),
            "detail": {"sources": sorted(srcs), "source_count": len(srcs), "min_outlets": self.min_outlets,
                       "window": str(self.window), "titles": {m.outlet: m.title for m in members}},
            "fired_at": iso(now), "last_notified_at": iso(now), "updated_at": iso(now),
        }

    def _update(self, doc: dict, seq, span: list[MatchDoc], new_ids: set[str], now: datetime) -> Decision | None:
        srcs = sources_of(span, self.count_syndicated)
        old = set(doc.get("detail", {}).get("sources", []))
        gained = srcs - old
        if not gained:
            if new_ids & set(doc.get("article_ids", [])):
                return Decision("replay", doc, seq)
            return None
        by_id = {m.article_id: m for m in span}
        known = set(doc["article_ids"])
        added = [m for m in sorted(span, key=lambda m: m.published_at) if m.article_id not in known]
        members = [by_id[a] for a in doc["article_ids"] if a in by_id] + added
        upd = dict(doc)
        upd["outlets"] = sorted(set(doc["outlets"]) | {m.outlet for m in added})
        upd["article_ids"] = doc["article_ids"] + [m.article_id for m in added]
        upd["links"] = (doc.get("links", []) + [m.url for m in added if m.url])[:20]
        upd["last_seen"] = iso(max([parse_time(doc["last_seen"])] + [m.published_at for m in added]))
        upd["top_claims"] = top_claims(members) or doc.get("top_claims", [])
        detail = dict(doc.get("detail", {}))
        detail["sources"] = sorted(srcs | old)
        detail["source_count"] = len(detail["sources"])
        detail["titles"] = {**detail.get("titles", {}), **{m.outlet: m.title for m in added}}
        upd["detail"] = detail
        upd["updated_at"] = iso(now)
        last = parse_time(doc.get("last_notified_at") or doc["fired_at"])
        if self.realert and now - last < self.realert:
            detail["held_by_realert"] = True
            return Decision("update", upd, seq)   # stored; announced by the next escalation
        detail.pop("held_by_realert", None)
        upd["status"] = "escalated"
        upd["revision"] = int(doc["revision"]) + 1
        upd["fired_at"] = iso(now)
        upd["last_notified_at"] = iso(now)
        return Decision("escalate", upd, seq)


class TopicRule(WindowedRule):
    """Articles matching a query, from ``min_outlets`` distinct outlets within ``window``."""

    type: Literal["topic"]

    @model_validator(mode="after")
    def _needs_query(self):
        if self.query is None and self.query_string is None:
            raise ValueError("a topic rule needs `query` (term groups) or `query_string`")
        return self

    def match(self, ea: EnrichedArticle) -> list[MatchDoc]:
        return [self._match_doc(ea, "")] if self.text_matches(ea) else []


class StoryRule(WindowedRule):
    """One story (``story_id``) reaching ``min_outlets`` sources within ``window``."""

    type: Literal["story"]
    window: Duration = Field(timedelta(hours=24))

    def match(self, ea: EnrichedArticle) -> list[MatchDoc]:
        if not ea.story_id or not self.text_matches(ea):
            return []
        return [self._match_doc(ea, ea.story_id)]
