"""`spike` rules: a term mentioned far above its own rolling baseline.

Each mention is one doc in ``news-rule-matches`` per (rule, term, article), so a
replay counts nothing twice and no scripted counter update is needed (our
cluster has no painless). The bucket that holds the new mention is compared
with the previous ``baseline`` buckets (a date_histogram with empty buckets
filled in):

* ``method: ratio``   fire when count >= ``ratio`` x max(mean, ``min_rate``);
* ``method: zscore``  fire when (count - mean) / sqrt(max(variance, mean, 1)) >= ``z``;
* ``method: poisson`` fire when P(X >= count | lambda = max(mean, min_rate)) <= ``p``;

and always only when count >= ``min_count``, the bucket has ``min_outlets``
distinct outlets, and the term has been watched for a whole baseline (its first
mention falls in the first baseline bucket or earlier: steady traffic that starts now is
not a spike against the empty past). The alert's window is the bucket; its id is (rule, term,
bucket start); new outlets in the same bucket escalate it.
"""
from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import Literal

from pydantic import Field, model_validator

from consumers.alerter.rules.base import (Decision, Duration, MatchDoc, Read, RuleBase, alert_id_for, claims_of,
                                         top_claims)
from consumers.alerter.rules.cross_outlet import _QueryMixin
from newsradar.clock import floor_time, iso, parse_time
from newsradar.schema import EnrichedArticle


def poisson_sf(k: int, lam: float) -> float:
    """P(X >= k) for X ~ Poisson(lam)."""
    if k <= 0:
        return 1.0
    term = math.exp(-lam)
    cdf = term
    for i in range(1, k):
        term *= lam / i
        cdf += term
    return max(0.0, 1.0 - cdf)


class SpikeRule(RuleBase, _QueryMixin):
    type: Literal["spike"]
    source: Literal["entities", "keyphrases", "story"] = Field(
        "entities", description="what is counted: entity canonical names, keyphrase lemmas, or story_id")
    terms: list[str] | None = Field(None, description="only these terms (case-insensitive); all when unset")
    labels: list[str] | None = Field(None, description="entity labels to count (source: entities)")
    query: dict | None = None
    query_string: str | None = None
    default_operator: Literal["OR", "AND"] = "OR"
    bucket: Duration = Field(timedelta(hours=1))
    baseline: int = Field(24, ge=2, le=24 * 60, description="number of previous buckets in the baseline")
    method: Literal["ratio", "zscore", "poisson"] = "ratio"
    ratio: float = Field(5.0, gt=1)
    z: float = Field(3.0, gt=0)
    p: float = Field(0.001, gt=0, lt=1)
    min_rate: float = Field(0.5, ge=0, description="floor of the baseline rate per bucket")
    min_count: int = Field(5, ge=1)
    min_outlets: int = Field(1, ge=1)

    @model_validator(mode="after")
    def _check(self):
        self._compile()
        if self.bucket.total_seconds() < 60:
            raise ValueError("bucket must be at least 1m")
        return self

    def match(self, ea: EnrichedArticle) -> list[MatchDoc]:
        if not self.text_matches(ea):
            return []
        if self.source == "story":
            found = [ea.story_id] if ea.story_id else []
        elif self.source == "keyphrases":
            found = [k.lemma.lower() for k in ea.enrichment.keyphrases]
        else:
            labels = set(self.labels) if self.labels else None
            found = [e.canonical.lower() for e in ea.enrichment.entities if labels is None or e.label in labels]
        if self.terms is not None:
            wanted = {t.lower() for t in self.terms}
            found = [t for t in found if t in wanted]
        a = ea.article
        return [MatchDoc(rule=self.name, group=t, term=t, article_id=a.article_id, outlet=a.outlet,
                         published_at=a.published_at, title=a.title, url=a.url, story_id=ea.story_id,
                         near_duplicate_of=ea.near_duplicate_of, claims=claims_of(ea, 2))
                for t in sorted(set(found))]

    def is_spike(self, count: int, baseline: list[int]) -> tuple[bool, dict]:
        mean = sum(baseline) / len(baseline) if baseline else 0.0
        var = sum((c - mean) ** 2 for c in baseline) / len(baseline) if baseline else 0.0
        rate = max(mean, self.min_rate)
        stats = {"count": count, "baseline_mean": round(mean, 3), "baseline_var": round(var, 3),
                 "method": self.method}
        if count < self.min_count:
            return False, stats
        if self.method == "ratio":
            stats["ratio"] = round(count / rate, 2) if rate else None
            return count >= self.ratio * rate, stats
        if self.method == "zscore":
            z = (count - mean) / math.sqrt(max(var, mean, 1.0))
            stats["z"] = round(z, 2)
            return z >= self.z, stats
        p = poisson_sf(count, rate)
        stats["p"] = p
        return p <= self.p, stats

    def reads(self, group: str, new: list[MatchDoc]) -> list[Read]:
        """Each bucket's mentions and alerts; the baseline is read only for the rare bucket that gets that far."""
        out: list[Read] = []
        for start in sorted({floor_time(m.published_at, self.bucket) for m in new}):
            out += [("matches", (self.name, group, start, start + self.bucket - timedelta(milliseconds=1))),
                    ("alerts", (self.name, group, start - self.cooldown))]
        return out

    def evaluate(self, store, group: str, new: list[MatchDoc], now: datetime) -> list[Decision]:
        decisions = []
        for start in sorted({floor_time(m.published_at, self.bucket) for m in new}):
            dec = self._evaluate_bucket(store, group, start, [m for m in new
                                                              if floor_time(m.published_at, self.bucket) == start], now)
            if dec:
                decisions.append(dec)
        return decisions

    def _evaluate_bucket(self, store, group, start: datetime, new: list[MatchDoc], now) -> Decision | None:
        end = start + self.bucket
        new_ids = {m.article_id for m in new}
        members = [m for m in store.matches(self.name, group, start, end - timedelta(milliseconds=1))]
        outlets = {m.outlet for m in members}
        existing = store.alerts(self.name, group, start - self.cooldown)
        for doc, seq in existing:
            if parse_time(doc["window_start"]) == start:
                gained = outlets - set(doc["outlets"])
                if gained:
                    upd = dict(doc)
                    known = set(doc["article_ids"])
                    upd["outlets"] = sorted(outlets | set(doc["outlets"]))
                    upd["article_ids"] = doc["article_ids"] + [m.article_id for m in members
                                                               if m.article_id not in known]
                    upd["detail"] = {**doc.get("detail", {}), "count": len(members)}
                    upd["updated_at"] = iso(now)
                    last = parse_time(doc.get("last_notified_at") or doc["fired_at"])
                    if self.realert and now - last < self.realert:
                        return Decision("update", upd, seq)
                    upd.update(status="escalated", revision=int(doc["revision"]) + 1, fired_at=iso(now),
                               last_notified_at=iso(now))
                    return Decision("escalate", upd, seq)
                if new_ids & set(doc["article_ids"]):
                    return Decision("replay", doc, seq)
                return None
            if start <= parse_time(doc["window_end"]) + self.cooldown:
                return None  # cooling down after the previous spike of this term
        if len(outlets) < self.min_outlets or len(members) < self.min_count:
            return None
        base_start = start - self.baseline * self.bucket
        first = store.first_seen(self.name, group)
        if first is None or first >= base_start + self.bucket:
            return None   # warming up: the term has not been watched for a whole baseline yet
        baseline = store.bucket_counts(self.name, group, base_start, start, self.bucket)
        fire, stats = self.is_spike(len(members), baseline)
        if not fire:
            return None
        members.sort(key=lambda m: m.published_at)
        stats.update(baseline_buckets=self.baseline, bucket=str(self.bucket), term=group)
        return Decision("fire", {
            "alert_id": alert_id_for(self.name, group, start),
            "rule": self.name, "rule_type": self.type, "status": "firing", "revision": 1, "group": group,
            "window_start": iso(start), "window_end": iso(end),
            "first_seen": iso(members[0].published_at), "last_seen": iso(members[-1].published_at),
            "outlets": sorted(outlets), "article_ids": [m.article_id for m in members],
            "headline": f"Spike: {group!r} mentioned {len(members)}x in {self.bucket} "
                        f"(usual {stats['baseline_mean']:.1f})",
            "links": [m.url for m in members if m.url][:20], "top_claims": top_claims(members),
            "detail": stats, "fired_at": iso(now), "last_notified_at": iso(now), "updated_at": iso(now),
        })
