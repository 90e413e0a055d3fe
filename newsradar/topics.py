"""Topic names, index aliases and consumer groups, derived from one namespace.

The namespace is empty in production. Tests set ``NEWSRADAR_NAMESPACE`` to a
unique value so they can share a broker and a cluster with the demo's data.
"""
from __future__ import annotations

from dataclasses import dataclass

# In data-path order: `run --once` drains them in this order.
STAGES = ("enricher", "indexer", "alerter", "notifier")


@dataclass(frozen=True)
class Names:
    namespace: str = ""

    def _topic(self, name: str) -> str:
        return f"{self.namespace}.{name}" if self.namespace else name

    def _index(self, name: str) -> str:
        return f"{self.namespace}-{name}" if self.namespace else name

    @property
    def raw(self) -> str:
        return self._topic("news.raw")

    @property
    def enriched(self) -> str:
        return self._topic("news.enriched")

    @property
    def alerts(self) -> str:
        return self._topic("news.alerts")

    @property
    def seen(self) -> str:
        """Compacted: the producer's dedupe state, keyed by dedupe key."""
        return self._topic("news.seen")

    def dlq(self, stage: str) -> str:
        return self._topic(f"news.dlq.{stage}")

    def group(self, stage: str) -> str:
        return self._topic(f"newsradar.{stage}")

    @property
    def articles_index(self) -> str:
        return self._index("news-articles")

    @property
    def claims_index(self) -> str:
        return self._index("news-claims")

    @property
    def claim_clusters_index(self) -> str:
        """One document per claim cluster: its summary, recomputed by the indexer from the claims."""
        return self._index("news-claim-clusters")

    @property
    def claim_signatures_index(self) -> str:
        """The enricher's matching state: each claim's signature and cluster (replays get it back)."""
        return self._index("news-claim-signatures")

    @property
    def alerts_index(self) -> str:
        return self._index("news-alerts")

    @property
    def stories_index(self) -> str:
        """Story clusters: the enricher's memory of which articles tell one story."""
        return self._index("news-stories")

    @property
    def feeds_index(self) -> str:
        return self._index("news-feeds")

    @property
    def matches_index(self) -> str:
        """Alert state: which article matched which rule (windows survive restarts)."""
        return self._index("news-rule-matches")

    @property
    def outbox_index(self) -> str:
        """Notification deliveries per alert and channel (never send twice)."""
        return self._index("news-outbox")

    def all_topics(self) -> list[str]:
        return [self.raw, self.enriched, self.alerts, self.seen, *(self.dlq(s) for s in STAGES)]
