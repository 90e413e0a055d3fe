"""The ledger check: was every article published indexed exactly once, with its claims?

It reads what the pipeline promised (news.raw, news.enriched, the dead-letter
topics) and what Elasticsearch holds, and accounts for every key:

    published   distinct article keys on news.raw
    indexed     of those, found in news-articles
    dead        dead-lettered by some stage, with the reason
    lost        published, not indexed, not dead-lettered   (must be 0)
    duplicated  ids stored more than once across backing indices (must be 0)

and the same for the claims of the latest version of each enriched article.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from elasticsearch import helpers
from kafka import TopicPartition

from newsradar.clients import es_client, kafka_consumer
from newsradar.errors import PoisonError
from newsradar.schema import EnrichedArticle, decode
from newsradar.settings import Settings
from newsradar.topics import STAGES


@dataclass
class Ledger:
    published: int = 0
    indexed: int = 0
    dead_lettered: int = 0
    lost: list[str] = field(default_factory=list)
    duplicated: list[str] = field(default_factory=list)
    claims_expected: int = 0
    claims_indexed: int = 0
    claims_lost: list[str] = field(default_factory=list)
    claims_orphaned: list[str] = field(default_factory=list)
    claims_duplicated: list[str] = field(default_factory=list)
    dead_reasons: Counter = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        return not (self.lost or self.duplicated or self.claims_lost or self.claims_orphaned
                    or self.claims_duplicated)

    def lines(self) -> list[str]:
        out = [
            f"articles  published={self.published} indexed={self.indexed} dead_lettered={self.dead_lettered} "
            f"lost={len(self.lost)} duplicated={len(self.duplicated)}",
            f"claims    expected={self.claims_expected} indexed={self.claims_indexed} "
            f"lost={len(self.claims_lost)} orphaned={len(self.claims_orphaned)} "
            f"duplicated={len(self.claims_duplicated)}",
        ]
        out += [f"dead      {reason}: {n}" for reason, n in self.dead_reasons.most_common()]
        for label, ids in (("lost", self.lost), ("duplicated", self.duplicated),
                           ("claims lost", self.claims_lost), ("claims orphaned", self.claims_orphaned)):
            if ids:
                out.append(f"{label}: {', '.join(ids[:5])}{' ...' if len(ids) > 5 else ''}")
        out.append("OK" if self.ok else "MISMATCH")
        return out


def read_topic(settings: Settings, topic: str):
    """Every record of ``topic`` from the beginning to the end offsets taken at the start."""
    consumer = kafka_consumer(settings, None)
    try:
        parts = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in parts]
        if not tps:
            return
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
        ends = consumer.end_offsets(tps)
        remaining = {tp for tp in tps if ends[tp] > 0}
        while remaining:
            for tp, records in consumer.poll(timeout_ms=1000).items():
                for r in records:
                    if r.offset < ends[tp]:
                        yield r
                if consumer.position(tp) >= ends[tp]:
                    remaining.discard(tp)
            remaining = {tp for tp in remaining if consumer.position(tp) < ends[tp]}
    finally:
        consumer.close()


def _stored_ids(es, alias: str) -> Counter:
    if not es.indices.exists_alias(name=alias) and not es.indices.exists(index=alias):
        return Counter()
    es.indices.refresh(index=alias)
    return Counter(hit["_id"] for hit in helpers.scan(es, index=alias, query={"query": {"match_all": {}}},
                                                       _source=False, size=2000))


def check(settings: Settings) -> Ledger:
    names = settings.names
    ledger = Ledger()
    published = {r.key.decode() for r in read_topic(settings, names.raw) if r.key}
    dead_keys = set()
    for stage in STAGES:
        for r in read_topic(settings, names.dlq(stage)):
            headers = {k: v.decode("utf-8", "replace") for k, v in (r.headers or [])}
            ledger.dead_reasons[f"{stage}/{headers.get('error_class', '?')}"] += 1
            if r.key:
                dead_keys.add(r.key.decode("utf-8", "replace"))
    latest: dict[str, EnrichedArticle] = {}
    for r in read_topic(settings, names.enriched):
        try:
            msg = decode(EnrichedArticle, r.value)
        except PoisonError:
            continue
        known = latest.get(msg.article.article_id)
        if known is None or msg.article.version >= known.article.version:
            latest[msg.article.article_id] = msg

    es = es_client(settings)
    articles = _stored_ids(es, names.articles_index)
    ledger.published = len(published)
    ledger.indexed = len(published & set(articles))
    ledger.dead_lettered = len((published - set(articles)) & dead_keys)
    ledger.lost = sorted(published - set(articles) - dead_keys)
    ledger.duplicated = sorted(k for k, n in articles.items() if n > 1)

    expected_claims = {c.claim_id for m in latest.values() if m.article.article_id in articles
                       for c in m.enrichment.claims}
    claims = _stored_ids(es, names.claims_index)
    ledger.claims_expected = len(expected_claims)
    ledger.claims_indexed = len(expected_claims & set(claims))
    ledger.claims_lost = sorted(expected_claims - set(claims))
    ledger.claims_orphaned = sorted(set(claims) - expected_claims)
    ledger.claims_duplicated = sorted(k for k, n in claims.items() if n > 1)
    return ledger
