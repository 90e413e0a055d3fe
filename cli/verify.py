"""The ledger check: was every article published indexed exactly once, with its claims?

It reads what the pipeline promised (every topic of the namespace, committed
records only) and what Elasticsearch holds, and accounts for every record:

    topics      records per (key, version) on news.raw, news.enriched, news.seen
                and news.alerts (alert id, revision): more than one is a duplicate
    dead        records on news.dlq.<stage>, per stage and reason
    published   distinct article keys on news.raw
    indexed     of those, found in news-articles
    lost        published, not indexed, not dead-lettered
    duplicated  ids stored more than once across backing indices

and the same for the claims of the latest version of each enriched article.
A missing topic or index, or nothing published at all, fails the check: a
mistyped namespace must not pass for an empty, healthy pipeline. An aborted
transaction's records are not read (read_committed), so they never count.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from elasticsearch import helpers
from kafka import TopicPartition

from newsradar.clients import es_client, kafka_admin, kafka_consumer
from newsradar.errors import PoisonError
from newsradar.schema import EnrichedArticle, decode
from newsradar.settings import Settings
from newsradar.topics import STAGES

SHOWN = 5


@dataclass
class TopicCount:
    topic: str
    records: int = 0
    per_version: Counter = field(default_factory=Counter)   # (key, version) -> records

    @property
    def duplicates(self) -> list[tuple[str, object, int]]:
        return sorted((key, version, n) for (key, version), n in self.per_version.items() if n > 1)


@dataclass
class Ledger:
    namespace: str = ""
    allow_dead_letters: bool = False
    missing: list[str] = field(default_factory=list)
    topics: list[TopicCount] = field(default_factory=list)
    index_docs: dict[str, Counter] = field(default_factory=dict)   # alias -> _id -> copies
    dlq_topics: dict[str, str] = field(default_factory=dict)       # stage -> its dead-letter topic
    dead_letters: Counter = field(default_factory=Counter)         # stage -> records
    dead_reasons: Counter = field(default_factory=Counter)
    published: int = 0
    indexed: int = 0
    dead_lettered: int = 0
    lost: list[str] = field(default_factory=list)
    claims_expected: int = 0
    claims_indexed: int = 0
    claims_lost: list[str] = field(default_factory=list)
    claims_orphaned: list[str] = field(default_factory=list)

    @property
    def duplicates(self) -> list[tuple[str, str, object, int]]:
        """(topic, key, version, records) for every key and version carried more than once."""
        return [(t.topic, key, version, n) for t in self.topics for key, version, n in t.duplicates]

    @property
    def duplicated(self) -> list[str]:
        """Ids stored more than once in an index (across its monthly backing indices)."""
        return sorted(f"{alias}/{doc}" for alias, ids in self.index_docs.items()
                      for doc, n in ids.items() if n > 1)

    def problems(self) -> list[str]:
        out = [f"missing {what}" for what in self.missing]
        if not self.missing and self.published == 0:
            out.append("nothing was published on news.raw")
        out += [f"duplicate on {topic}: key {key} version {version}: {n} records"
                for topic, key, version, n in self.duplicates]
        out += [f"stored twice: {doc}" for doc in self.duplicated]
        if not self.allow_dead_letters:
            out += [f"dead letters from {stage}: {n} (--allow-dead-letters to accept them)"
                    for stage, n in sorted(self.dead_letters.items()) if n]
        for label, ids in (("lost", self.lost), ("claims lost", self.claims_lost),
                           ("claims orphaned", self.claims_orphaned)):
            if ids:
                out.append(f"{label}: {len(ids)}: {', '.join(ids[:SHOWN])}{' ...' if len(ids) > SHOWN else ''}")
        return out

    @property
    def ok(self) -> bool:
        return not self.problems()

    def lines(self) -> list[str]:
        out = [f"namespace {self.namespace or '(none: production names)'}",
               f"{'topic':<44} {'records':>8} {'key+version':>11} {'duplicates':>10}"]
        for t in self.topics:
            if f"topic {t.topic}" in self.missing:
                out.append(f"{t.topic:<44} {'MISSING':>8}")
            else:
                out.append(f"{t.topic:<44} {t.records:>8} {len(t.per_version):>11} {len(t.duplicates):>10}")
        for stage, topic in self.dlq_topics.items():
            shown = "MISSING" if f"topic {topic}" in self.missing else self.dead_letters[stage]
            out.append(f"{topic:<44} {shown:>8}")
        out.append(f"{'index':<44} {'docs':>8} {'ids':>11} {'duplicated':>10}")
        for alias, ids in self.index_docs.items():
            if f"index {alias}" in self.missing:
                out.append(f"{alias:<44} {'MISSING':>8}")
            else:
                out.append(f"{alias:<44} {sum(ids.values()):>8} {len(ids):>11} "
                           f"{sum(1 for n in ids.values() if n > 1):>10}")
        out += [
            f"articles  published={self.published} indexed={self.indexed} dead_lettered={self.dead_lettered} "
            f"lost={len(self.lost)}",
            f"claims    expected={self.claims_expected} indexed={self.claims_indexed} "
            f"lost={len(self.claims_lost)} orphaned={len(self.claims_orphaned)}",
        ]
        out += [f"dead      {reason}: {n}" for reason, n in self.dead_reasons.most_common()]
        problems = self.problems()
        out += [f"FAIL      {p}" for p in problems]
        out.append("MISMATCH" if problems else "OK")
        return out


def read_topic(settings: Settings, topic: str):
    """Every committed record of ``topic`` from the beginning to the end offsets taken at the start."""
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


def _json(value: bytes | None):
    try:
        doc = json.loads(value) if value else None
    except ValueError:
        return None
    return doc if isinstance(doc, dict) else None


def _version(topic_kind: str, doc: dict | None):
    """The version a record carries; None for a record that does not decode (it is poison, still counted)."""
    if doc is None:
        return None
    if topic_kind == "enriched":
        doc = doc.get("article") if isinstance(doc.get("article"), dict) else {}
    return doc.get("revision" if topic_kind == "alerts" else "version")


def _existing(settings: Settings, es) -> list[str]:
    """The namespace's topics and indices that are missing."""
    admin = kafka_admin(settings)
    try:
        topics = set(admin.list_topics())
    finally:
        admin.close()
    names = settings.names
    missing = [f"topic {t}" for t in names.all_topics() if t not in topics]
    for index in (names.articles_index, names.claims_index, names.alerts_index):
        if not es.indices.exists_alias(name=index) and not es.indices.exists(index=index):
            missing.append(f"index {index}")
    return missing


def check(settings: Settings, *, allow_dead_letters: bool = False) -> Ledger:
    names = settings.names
    es = es_client(settings)
    ledger = Ledger(namespace=settings.namespace, allow_dead_letters=allow_dead_letters,
                    missing=_existing(settings, es))

    published: set[str] = set()
    latest: dict[str, EnrichedArticle] = {}
    for kind, topic in (("raw", names.raw), ("enriched", names.enriched), ("seen", names.seen),
                        ("alerts", names.alerts)):
        count = TopicCount(topic)
        ledger.topics.append(count)
        for r in read_topic(settings, topic):
            key = r.key.decode("utf-8", "replace") if r.key else None
            doc = _json(r.value)
            version = _version(kind, doc)
            count.records += 1
            count.per_version[(key, version)] += 1
            if kind == "raw" and key:
                published.add(key)
            elif kind == "enriched":
                try:
                    msg = decode(EnrichedArticle, r.value)
                except PoisonError:
                    continue
                known = latest.get(msg.article.article_id)
                if known is None or msg.article.version >= known.article.version:
                    latest[msg.article.article_id] = msg

    dead_keys = set()
    ledger.dlq_topics = {stage: names.dlq(stage) for stage in STAGES}
    for stage in STAGES:
        for r in read_topic(settings, names.dlq(stage)):
            headers = {k: v.decode("utf-8", "replace") for k, v in (r.headers or [])}
            ledger.dead_letters[stage] += 1
            ledger.dead_reasons[f"{stage}/{headers.get('error_class', '?')}"] += 1
            if r.key:
                dead_keys.add(r.key.decode("utf-8", "replace"))

    articles = _stored_ids(es, names.articles_index)
    claims = _stored_ids(es, names.claims_index)
    ledger.index_docs = {names.articles_index: articles, names.claims_index: claims,
                         names.alerts_index: _stored_ids(es, names.alerts_index)}
    ledger.published = len(published)
    ledger.indexed = len(published & set(articles))
    ledger.dead_lettered = len((published - set(articles)) & dead_keys)
    ledger.lost = sorted(published - set(articles) - dead_keys)

    expected_claims = {c.claim_id for m in latest.values() if m.article.article_id in articles
                       for c in m.enrichment.claims}
    ledger.claims_expected = len(expected_claims)
    ledger.claims_indexed = len(expected_claims & set(claims))
    ledger.claims_lost = sorted(expected_claims - set(claims))
    ledger.claims_orphaned = sorted(set(claims) - expected_claims)
    return ledger
