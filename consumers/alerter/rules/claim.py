"""`claim` rule: one claim cluster carried by ``min_outlets`` distinct outlets within ``window``.

The group is the claim's ``cluster_id`` (assigned by the enricher), so the
windows, escalation, cooldown and replay behaviour are the ``topic``/``story``
rules' own (``WindowedRule``). An article counts once per cluster however many
of its sentences repeat the claim.

``origin_kinds: [social, anonymous]`` fires only for claims whose origin, the
source cited by the earliest carrier that names one, is of those kinds: the
unverified claims a fact-checker wants to see before they spread further. The
alert's ``detail.trace`` holds the trace in short (origin, then each carrier
with what it cited), which the Slack and email templates print.
"""
from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from consumers.alerter.rules.base import MatchDoc, iso
from consumers.alerter.rules.cross_outlet import WindowedRule
from newsradar.schema import EnrichedArticle, SourceKind


def _origin(members: list[MatchDoc]) -> dict | None:
    for m in sorted(members, key=lambda m: (m.published_at, m.article_id)):
        for c in m.claims:
            if c.get("source_kind") not in (None, "author"):
                return {"source": c.get("cited_source"), "kind": c["source_kind"], "outlet": m.outlet,
                        "published_at": iso(m.published_at)}
    return None


class ClaimRule(WindowedRule):
    """The same claim (one claim cluster) from ``min_outlets`` outlets within ``window``."""

    type: Literal["claim"]
    origin_kinds: list[SourceKind] | None = Field(
        None, description="fire only when the claim's origin is of one of these kinds, e.g. [social, anonymous]")

    def match(self, ea: EnrichedArticle) -> list[MatchDoc]:
        if not self.text_matches(ea):
            return []
        by_cluster: dict[str, list] = {}
        for c in ea.enrichment.claims:
            if c.cluster_id:
                by_cluster.setdefault(c.cluster_id, []).append(c)
        out = []
        for cluster_id, claims in sorted(by_cluster.items()):
            doc = self._match_doc(ea, cluster_id)
            doc.claims = [{"speaker": c.cited_source or c.speaker_resolved or c.speaker, "content": c.content[:500],
                           "kind": c.kind, "confidence": c.confidence, "outlet": ea.article.outlet,
                           "cited_source": c.cited_source, "source_kind": c.source_kind} for c in claims]
            out.append(doc)
        return out

    def _first_window(self, free: list[MatchDoc], alerts: list[dict]):
        fired = super()._first_window(free, alerts)
        if fired and self.origin_kinds:
            origin = _origin(fired[1])
            if origin is None or origin["kind"] not in self.origin_kinds:
                return None
        return fired

    def _headline(self, members: list[MatchDoc]) -> str:
        first = next((c["content"] for m in members for c in m.claims), "")
        return f"Claim spreading: \u201c{first[:140]}\u201d" if first else self.name

    def _new_alert(self, group: str, anchor: datetime, members: list[MatchDoc], now: datetime) -> dict:
        alert = super()._new_alert(group, anchor, members, now)
        alert["detail"]["trace"] = trace_lines(members)
        alert["detail"]["origin"] = _origin(members)
        return alert

    def _update(self, doc: dict, seq, span: list[MatchDoc], new_ids: set[str], now: datetime):
        decision = super()._update(doc, seq, span, new_ids, now)
        if decision is not None and decision.action != "replay":
            decision.alert["detail"]["trace"] = trace_lines(span)
        return decision


def trace_lines(members: list[MatchDoc], limit: int = 10) -> list[str]:
    """The trace in short: where the claim came from, then who carried it, citing whom, in time order."""
    origin = _origin(members)
    lines = [f"origin: {origin['source']} ({origin['kind']}), first cited by {origin['outlet']}"] if origin else []
    seen = set()
    for m in sorted(members, key=lambda m: (m.published_at, m.article_id)):
        if m.article_id in seen:
            continue
        seen.add(m.article_id)
        c = m.claims[0] if m.claims else {}
        cited = f"citing {c['cited_source']} ({c.get('source_kind')})" if c.get("cited_source") else "unattributed"
        lines.append(f"{m.published_at:%Y-%m-%d %H:%M} {m.outlet}, {cited}")
    return lines[:limit]
