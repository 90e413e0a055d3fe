"""news.enriched -> Elasticsearch ``news-articles`` and ``news-claims``, in bulk.

While the articles alias has one backing index (the month's write index, the usual case),
one batch from the runner becomes (``_create_first``):

1. one bulk stream per part: ``create`` of each article in the write index, followed by
   ``create`` of each of its claims (in the claims index of the same month). No lookup
   first: a new article (nearly every record) costs what a plain bulk costs, one item per
   document. Claim ids are ``claim_id_for(article_id, ordinal)``;
2. for the articles that came back 409 (they exist) or 4xx (refused) only: the lookup
   (``_lookup``, a real-time ``mget``) and the plan ``_lookup_first`` makes for every article:
   ``updated`` (newer version) and ``reindexed`` (same version, different content) are written
   with ``version_type=external_gte`` (Elasticsearch itself refuses an older version over a
   newer one, a 409 counted ``stale``), then their claims, and deletes of the ordinals
   ``new claim_count .. old claim_count - 1``; ``duplicate`` (same version, same content) and
   ``stale`` (the stored version is newer) write nothing;
3. ``_withdraw``: the create of step 1 stored the claims of an existing article at the ordinals
   it did not hold (the others came back 409, untouched). For a record that is then not
   written (stale, refused, or beaten by a newer version), the ordinals from the stored
   article's claim_count up are deleted at the record's version: created claims carry version
   1 and go, a newer writer's are kept. What is deleted follows from the record and the stored
   article, not from this attempt's statuses, so a replay after a crash before step 3 deletes
   them too: a claim of an article that is not stored is visible at most until then.

A duplicate whose claims a crash left unwritten gets them back from step 1's creates
(``claims_repaired_articles``).

With several backing indices (after a month rolled over) an article may live in an older
month, where a create in the write index would not see it: every article is looked up first
(``_lookup_first``: an ids ``search`` on the read alias, then the ``mget``) and written where it
lives, the article first and then, for those stored, their claims (no orphans); a replayed
duplicate's claims are checked with one ``mget`` (``_repair_claims``).

The batch is cut into ``2 x concurrency`` parts of at least 100 articles: the stage plans
part k+1 (builds and serialises its documents) while ``concurrency`` (2) worker threads write
parts k-1 and k, so the client's CPU work overlaps the bulk requests in flight. A smaller
batch is one part whose bulks are sent ``concurrency`` at a time. The stage sets the runner's
``overlap_next_poll``: the next batch is polled and decoded while this one's bulks are in flight.

A record of schema 4 carries its documents, serialised, and their ``doc_hash``: the enricher built
them (``newsradar.index_documents``), and they are written as they came, the article's bytes with
``indexed_at`` appended; an older record's are built here by the same code (``documents``), so
either way the bytes and ``doc_hash`` are the same. ``decode_record`` refuses carried documents
that cannot be the record's (a line count other than one per document, no ``doc_hash``).

Bulks are cut by ``settings.index.bulk_max_docs`` and ``bulk_max_bytes``. Connection
loss, 429 and 5xx (whole request or single items) are retried here with backoff a
few times, then raised as ``TransientError``: the runner rewinds and retries the batch
without committing. Which statuses are which is ``newsradar.errors``' one policy
(``es_error``, ``es_item_error``), shared with every other stage. A 4xx on an
item (``mapper_parsing_exception``, an immense term, ...) fails that record only: it
goes to ``StageResult.failed`` and the runner dead-letters it to ``news.dlq.indexer``;
the rest of the batch is stored.
"""
from __future__ import annotations

import logging
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from typing import ClassVar

import orjson
from elasticsearch import ApiError, Elasticsearch, NotFoundError, TransportError

from consumers.indexer.claim_summaries import refresh_clusters
from consumers.runner import Item, StageResult
from consumers.young_gc import BULK_STAGE_THRESHOLD
from newsradar.es_schema import backing_index_for, ensure_write_index, month_suffix
from newsradar.es_schema import month_of as _month_of
from newsradar.clock import iso, utcnow
from newsradar.errors import PoisonError, TransientError, es_error, es_item_error, es_reason
from newsradar.index_documents import Serialised, check_carried, documents
from newsradar.schema import EnrichedArticle, claim_id_for, decode_shape
from newsradar.settings import Settings

log = logging.getLogger(__name__)

ARTICLES = "news-articles"
CLAIMS = "news-claims"
# Only what the indexer reads of a bulk response; _shards, _seq_no, result... are most of its bytes, and
# the _index and _id of every item most of the rest: an item's _id is in its op, and its _index is read
# only where an article was written through the alias (BULK_RESPONSE_WHERE). Parsing 500 creates'
# items took 0.47 ms with them, 0.26 without.
BULK_RESPONSE_FIELDS = "items.*.status,items.*.error"
BULK_RESPONSE_WHERE = BULK_RESPONSE_FIELDS + ",items.*._index"
MIN_CHUNK_DOCS = 100                  # below this, splitting a bulk for concurrency costs more than it gains
# The messages of a record carrying its documents that the indexer does not read: it writes the documents
# as they came and reads, besides, only the article's id and version and each claim's cluster_id, so what
# is inside these is not checked (about 30% of the shape check's time, 3 us a record of 4 claims).
UNREAD_WHEN_CARRIED = frozenset({"dateline", "entities", "keyphrases", "sentence", "cue_span", "speaker_span",
                                 "content_span", "numbers"})


class IndexItemError(PoisonError):
    """Elasticsearch refused a document of this record (a 4xx on the bulk item)."""


@dataclass
class _Existing:
    index: str
    version: int
    claim_count: int
    doc_hash: str | None
    claim_clusters: list[str] = field(default_factory=list)


@dataclass
class _Plan:
    item: Item
    msg: dict                         # an EnrichedArticle, as decode_shape reads it
    outcome: str                      # indexed | updated | reindexed | duplicate (a replay: claims only)
    target: str                       # alias (new) or concrete index (existing)
    docs: Serialised
    old_claim_count: int = 0
    stored_index: str | None = None   # filled from the bulk response
    refused: bool = False             # the article's create got a 4xx other than 409
    created_claims: int = 0           # claims the create stored (201)


@dataclass
class _Op:
    """One bulk action (+ source), already serialised, and who it belongs to."""
    lines: bytes
    owner: _Plan
    kind: str                         # article | claim | delete


@dataclass
class Indexer:
    """The indexer stage: ``EnrichedArticle`` -> article and claim documents."""

    settings: Settings
    es: Elasticsearch | None = None
    max_retries: int = 4
    backoff_s: float = 0.5
    concurrency: int = 2              # bulk requests in flight at once
    lemmatise: object = None
    clock: object = None
    name: str = "indexer"
    input_model: type = EnrichedArticle
    # A batch mostly waits on its bulks: the runner polls and decodes the next one meanwhile.
    overlap_next_poll: ClassVar[bool] = True
    # A batch is ~300 acyclic objects a record, alive until written: with the collector's default
    # (700) its young and full collections took about a quarter of this stage's CPU and freed nothing.
    young_gc_threshold: ClassVar[int] = BULK_STAGE_THRESHOLD
    _write_month: str | None = field(default=None, init=False)
    _write_index: str | None = field(default=None, init=False)
    _pool: ThreadPoolExecutor | None = field(default=None, init=False)
    _known_claim_indices: set = field(default_factory=set, init=False)

    def __post_init__(self):
        if self.es is None:
            from newsradar.clients import es_client  # noqa: PLC0415
            self.es = es_client(self.settings)
        if self.lemmatise is None:
            from newsradar.lemmas import lemmatise  # noqa: PLC0415
            self.lemmatise = lemmatise
        names = self.settings.names
        self.articles_alias, self.claims_alias = names.articles_index, names.claims_index

    def input_topic(self) -> str:
        return self.settings.names.enriched

    def decode_record(self, raw: bytes | None) -> dict:
        """Plain dicts, shape-checked: the enricher validated each record before publishing it,
        and a second full validation was the largest share of this stage's own CPU. A record
        carrying its documents is checked down to what is read of it (``UNREAD_WHEN_CARRIED``)."""
        msg = decode_shape(self.input_model, raw, _unread)
        check_carried(msg)
        return msg

    # -- the stage --------------------------------------------------------------

    def process(self, batch: list[Item]) -> StageResult:
        result = StageResult()
        latest: dict[str, Item] = {}
        for item in batch:
            aid = item.message["article"]["article_id"]
            prev = latest.get(aid)
            if prev is None or item.message["article"]["version"] >= prev.message["article"]["version"]:
                if prev is not None:
                    result.counts["duplicate"] += 1   # superseded inside the batch
                latest[aid] = item
            else:
                result.counts["duplicate"] += 1
        if not latest:
            return result
        self._roll_month()
        items = list(latest.values())
        per_part = self._part_size(len(items))
        parts = [items[i:i + per_part] for i in range(0, len(items), per_part)]
        article_failed: dict[int, tuple[Item, Exception]] = {}
        claim_failed: dict[int, tuple[Item, Exception]] = {}
        if self._backing_indices() == [self._write_index]:
            existing, outcomes = self._create_first(parts, result.counts)
        else:
            existing, outcomes = self._lookup_first(parts, result.counts)
        for counts, a_failed, c_failed in outcomes:
            result.counts.update(counts)
            article_failed.update(a_failed)
            for key, value in c_failed.items():
                claim_failed.setdefault(key, value)
        failed = {**article_failed, **{k: v for k, v in claim_failed.items() if k not in article_failed}}
        result.failed = list(failed.values())
        result.counts["rejected"] += len(failed)
        # The clusters this batch's claims joined, and those its updated articles' claims left.
        touched = {c["cluster_id"] for item in items for c in item.message["enrichment"]["claims"]}
        touched.update(cid for aid in latest if aid in existing for cid in existing[aid].claim_clusters)
        result.counts.update(refresh_clusters(self.es, self.settings.names, touched,
                                              self.clock() if self.clock else utcnow(), self._retrying))
        return result

    def _lookup_first(self, parts: list[list[Item]], counts: Counter):
        """Several months behind the alias: where each article lives is read first, then written there."""
        existing = self._lookup([item.message["article"]["article_id"] for part in parts for item in part])
        replayed: list[_Plan] = []
        if len(parts) == 1:
            outcomes = [self._write_part(self._plan(parts[0], existing, counts, replayed), parallel=True)]
        else:
            outcomes = self._write_parts_pipelined(
                [lambda part=part: self._plan(part, existing, counts, replayed) for part in parts], self._write_part)
        repaired = (Counter(), {}, {})
        self._repair_claims(replayed, repaired[2], repaired[0])
        return existing, [*outcomes, repaired]

    def _create_first(self, parts: list[list[Item]], counts: Counter):
        """One backing index: every article and its claims are *created* in one bulk, no lookup first.

        ``create`` stores a document only where its id is absent, so a new article (the usual
        record) costs one bulk item per document, as a plain bulk does. An article that exists
        comes back 409, and so do its claims at the ordinals it holds; only those articles are
        then looked up and planned as ``_lookup_first`` plans every article (updated, reindexed,
        duplicate, stale). The ordinals above the stored article's claim_count that the create
        stored for a record not written after all (stale, refused, or beaten by a newer version)
        are deleted again (``_withdraw``), decided from the record and the stored article, not from
        this attempt's statuses, so a replay after a crash deletes them too: no orphan claim stays.
        """
        claims_index = self._claims_index_for(self._write_index)
        now = iso(self.clock() if self.clock else utcnow())
        if len(parts) == 1:
            outcomes = [self._write_created(self._plan_created(parts[0], claims_index, now), parallel=True)]
        else:
            outcomes = self._write_parts_pipelined(
                [lambda part=part: self._plan_created(part, claims_index, now) for part in parts],
                self._write_created)
        retry: list[_Plan] = [plan for *_, conflicts in outcomes for plan in conflicts]
        outcomes = [outcome[:3] for outcome in outcomes]
        if not retry:
            return {}, outcomes
        existing = self._lookup([plan.msg["article"]["article_id"] for plan in retry])
        follow = (Counter(), {}, {})
        counts_f, a_failed, c_failed = follow
        planned, withdraw = [], []
        for plan in retry:
            old = existing.get(plan.msg["article"]["article_id"])
            if old is None or plan.refused:
                # Refused by Elasticsearch (a 4xx, already in a_failed of its part): only its claims go.
                withdraw.append((plan, old.claim_count if old is not None else 0))
                continue
            version = plan.msg["article"]["version"]
            if old.version > version:
                counts_f["stale"] += 1
                withdraw.append((plan, old.claim_count))
            elif old.version == version and old.doc_hash == plan.docs.doc_hash:
                counts_f["duplicate"] += 1
                if plan.created_claims:
                    # Claims a crash between two earlier requests left unwritten: the create wrote them.
                    counts_f["claims_repaired_articles"] += 1
                    counts_f["claims_indexed"] += plan.created_claims
            else:
                planned.append(_Plan(plan.item, plan.msg, "updated" if version > old.version else "reindexed",
                                     old.index, plan.docs, old.claim_count))
        if planned:
            stored = {id(p) for p in self._write_articles(planned, a_failed, counts_f)}
            self._write_claims([p for p in planned if id(p) in stored], c_failed, counts_f)
            withdraw += [(p, p.old_claim_count) for p in planned if id(p) not in stored]
        self._withdraw(withdraw, claims_index, c_failed, counts_f)
        return existing, [*outcomes, follow]

    def _plan_created(self, items: list[Item], claims_index: str, now: str) -> list[_Op]:
        """``create`` of each article in the write index followed by ``create`` of each of its claims."""
        ops = []
        for item in items:
            msg: dict = item.message
            docs = documents(msg, self.lemmatise, now)
            plan = _Plan(item, msg, "indexed", self._write_index, docs, stored_index=self._write_index)
            ops.append(_Op(_create(self._write_index, msg["article"]["article_id"], docs.article), plan, "article"))
            ops += [_Op(_create(claims_index, cid, source), plan, "claim") for cid, source in docs.claims]
        return ops

    def _write_created(self, ops: list[_Op], parallel: bool) -> tuple[Counter, dict, dict, list[_Plan]]:
        """Send the creates; an article that exists or was refused comes back in the last list."""
        counts: Counter = Counter()
        article_failed: dict[int, tuple[Item, Exception]] = {}
        claim_failed: dict[int, tuple[Item, Exception]] = {}
        conflicts: dict[int, _Plan] = {}
        rewrite: dict[int, _Plan] = {}
        claims = []
        for op, item in self._bulk(ops, parallel):
            plan, status = op.owner, item.get("status", 500)
            if op.kind == "article":
                if status == 201:
                    counts["indexed"] += 1
                elif status == 409:
                    conflicts[id(plan)] = plan
                else:
                    article_failed[id(plan.item)] = (plan.item, IndexItemError(_reason("article", op, item)))
                    plan.refused = True
                    conflicts[id(plan)] = plan
            else:
                claims.append((plan, status, item))
        for plan, status, item in claims:
            if status == 201:
                plan.created_claims += 1
                if id(plan) not in conflicts:
                    counts["claims_indexed"] += 1
            elif status == 409:
                if id(plan) not in conflicts:
                    rewrite[id(plan)] = plan    # a claim left without its article: this article's own replaces it
            else:
                claim_failed.setdefault(id(plan.item), (plan.item, IndexItemError(_reason("claim", op, item))))
        if rewrite:
            counts["claims_indexed"] -= sum(plan.created_claims for plan in rewrite.values())
            self._write_claims(list(rewrite.values()), claim_failed, counts, parallel)
        return counts, article_failed, claim_failed, list(conflicts.values())

    def _withdraw(self, plans: list[tuple[_Plan, int]], claims_index: str, failed: dict, counts: Counter) -> None:
        """Delete the claims a record's create may have stored above its stored article's claim_count.

        ``external_gte`` at the record's version: a claim the create stored has version 1 and goes;
        one a newer version of the article wrote meanwhile is kept (409).
        """
        ops = []
        for plan, keep in plans:
            aid, version = plan.msg["article"]["article_id"], plan.msg["article"]["version"]
            ops += [_Op(_action("delete", claims_index, claim_id_for(aid, ordinal), version), plan, "delete")
                    for ordinal in range(keep, len(plan.docs.claims))]
        for op, item in self._bulk(ops):
            status = item.get("status", 500)
            if status == 200:
                counts["claims_withdrawn"] += 1
            elif status not in (404, 409):
                failed.setdefault(id(op.owner.item), (op.owner.item, IndexItemError(_reason("claim delete", op, item))))

    def _backing_indices(self) -> list[str]:
        """The articles alias's concrete indices (cluster state, no shard work)."""
        def backing():
            try:
                return sorted(self.es.indices.get_alias(name=self.articles_alias))
            except NotFoundError:
                return []
        return self._retrying(backing, "listing the article indices")

    def _part_size(self, n: int) -> int:
        """Articles per pipelined part: ``2 x concurrency`` parts, none under MIN_CHUNK_DOCS articles."""
        if self.concurrency <= 1:
            return max(1, n)
        return max(MIN_CHUNK_DOCS, -(-n // (2 * self.concurrency)))

    def _write_parts_pipelined(self, plans, write) -> list[tuple]:
        """Plan part k+1 here (``plans``: one call per part) while the pool writes part k with ``write``.

        Each part keeps its own order (claims only for articles stored or created with them),
        and every part is awaited before returning, so a TransientError still leaves the
        batch uncommitted and nothing of it in flight.
        """
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="indexer-bulk")
        futures = [self._pool.submit(write, plan(), parallel=False) for plan in plans]
        outcomes, error = [], None
        for fut in futures:
            try:
                outcomes.append(fut.result())
            except Exception as exc:  # noqa: BLE001 - the first error is raised once all parts are done
                error = error or exc
        if error is not None:
            raise error
        return outcomes

    def _write_part(self, plans: list[_Plan], parallel: bool) -> tuple[Counter, dict, dict]:
        """Articles, then the claims of those stored; counts and failures are returned, not shared."""
        counts: Counter = Counter()
        article_failed: dict[int, tuple[Item, Exception]] = {}
        claim_failed: dict[int, tuple[Item, Exception]] = {}
        stored = self._write_articles(plans, article_failed, counts, parallel)
        self._write_claims(stored, claim_failed, counts, parallel)
        return counts, article_failed, claim_failed

    def _roll_month(self) -> None:
        now = self.clock() if self.clock else utcnow()
        month = month_suffix(now)
        if month != self._write_month:
            self._write_index, _ = self._retrying(
                lambda: [ensure_write_index(self.es, self.settings, a, now) for a in (ARTICLES, CLAIMS)],
                "creating the month's write indices")
            self._write_month = month

    def _lookup(self, ids: list[str]) -> dict[str, _Existing]:
        """Where each article lives and what it holds, in two calls.

        The alias's backing indices are listed first (cluster state, no shard work);
        with one, a real-time ``mget`` on it is the whole answer. With several, a
        ``search`` on the read alias finds the concrete index (any month), but it
        only sees refreshed documents; the ``mget`` on those concrete indices (the
        write index for ids not found) is real-time, so a version written a moment
        ago is not mistaken for absent, nor its claim_count read stale.
        """
        fields = ["version", "claim_count", "doc_hash", "claim_clusters"]
        indices = self._backing_indices()
        if len(indices) == 1:
            # One backing index (the usual case until the first month rolls over): every
            # article is there or nowhere, and mget is real-time; no search needed.
            docs = [{"_index": indices[0], "_id": i} for i in ids]
        else:
            def search():
                return self.es.search(index=self.articles_alias, query={"ids": {"values": ids}}, size=len(ids),
                                      source=False, track_total_hits=False)
            where = {hit["_id"]: hit["_index"]
                     for hit in self._retrying(search, "looking up articles")["hits"]["hits"]}
            docs = [{"_index": where.get(i, self._write_index), "_id": i} for i in ids]

        def mget():
            return self.es.mget(docs=docs, source_includes=fields)
        found = {}
        for doc in self._retrying(mget, "reading existing articles")["docs"]:
            if doc.get("found"):
                src = doc.get("_source") or {}
                found[doc["_id"]] = _Existing(doc["_index"], src.get("version", 0), src.get("claim_count", 0),
                                              src.get("doc_hash"), src.get("claim_clusters") or [])
        return found

    def _plan(self, items, existing: dict[str, _Existing], counts: Counter, replayed: list[_Plan]) -> list[_Plan]:
        """The writes each article needs; a stored twin (same version, same content) goes to ``replayed``."""
        plans = []
        now = iso(self.clock() if self.clock else utcnow())
        for item in items:
            msg: dict = item.message
            version = msg["article"]["version"]
            old = existing.get(msg["article"]["article_id"])
            if old is not None and old.version > version:
                counts["stale"] += 1
                continue
            docs = documents(msg, self.lemmatise, now)
            if old is None:
                plans.append(_Plan(item, msg, "indexed", self.articles_alias, docs))
            elif old.version == version and old.doc_hash == docs.doc_hash:
                counts["duplicate"] += 1
                if docs.claims:
                    replayed.append(_Plan(item, msg, "duplicate", old.index, docs, old.claim_count,
                                          stored_index=old.index))
            else:
                outcome = "updated" if version > old.version else "reindexed"
                plans.append(_Plan(item, msg, outcome, old.index, docs, old.claim_count))
        return plans

    # -- bulk writes -------------------------------------------------------------

    def _write_articles(self, plans: list[_Plan], failed: dict, counts: Counter,
                        parallel: bool = True) -> list[_Plan]:
        ops = [_Op(_action("index", p.target, p.msg["article"]["article_id"], p.msg["article"]["version"],
                           p.docs.article),
                   p, "article") for p in plans]
        stored = []
        for op, item in self._bulk(ops, parallel, BULK_RESPONSE_WHERE):
            plan = op.owner
            status = item.get("status", 500)
            if status in (200, 201):
                plan.stored_index = item["_index"]
                counts[plan.outcome] += 1
                stored.append(plan)
            elif status == 409:
                counts["stale"] += 1     # a newer version was written meanwhile
            else:
                failed[id(plan.item)] = (plan.item, IndexItemError(_reason("article", op, item)))
        return stored

    def _write_claims(self, plans: list[_Plan], failed: dict, counts: Counter, parallel: bool = True) -> None:
        ops: list[_Op] = []
        for plan in plans:
            index = self._claims_index_for(plan.stored_index)
            version = plan.msg["article"]["version"]
            for cid, source in plan.docs.claims:
                ops.append(_Op(_action("index", index, cid, version, source), plan, "claim"))
            aid = plan.msg["article"]["article_id"]
            for ordinal in range(len(plan.docs.claims), plan.old_claim_count):
                ops.append(_Op(_action("delete", index, claim_id_for(aid, ordinal), version), plan, "delete"))
        for op, item in self._bulk(ops, parallel):
            status = item.get("status", 500)
            if op.kind == "delete":
                if status == 200:
                    counts["claims_deleted"] += 1
                elif status not in (404, 409):
                    failed.setdefault(id(op.owner.item), (op.owner.item, IndexItemError(_reason("claim delete", op, item))))
            elif status in (200, 201):
                counts["claims_indexed"] += 1
            elif status == 409:
                counts["claims_stale"] += 1
            else:
                failed.setdefault(id(op.owner.item), (op.owner.item, IndexItemError(_reason("claim", op, item))))

    def _repair_claims(self, plans: list[_Plan], failed: dict, counts: Counter) -> None:
        """Write the claims of replayed articles whose claims are not all stored.

        An indexer killed between an article's bulk and its claims' bulk leaves the
        article stored and its claims missing; the replay finds the article unchanged
        (a duplicate), so without this check the claims would never be written. The
        check is one real-time mget, made only when a batch holds such replays.
        """
        wanted = [(plan, cid) for plan in plans for cid, _ in plan.docs.claims]
        if not wanted:
            return
        docs = [{"_index": self._claims_index_for(plan.stored_index), "_id": cid} for plan, cid in wanted]
        found = self._retrying(lambda: self.es.mget(docs=docs, source=False), "checking replayed articles' claims")
        incomplete = {id(plan) for (plan, _), doc in zip(wanted, found["docs"], strict=True) if not doc.get("found")}
        todo = [plan for plan in plans if id(plan) in incomplete]
        if todo:
            counts["claims_repaired_articles"] += len(todo)
            self._write_claims(todo, failed, counts)

    def _claims_index_for(self, article_index: str) -> str:
        """Claims live in the claims index of the article's month: one place per article, across updates."""
        month = _month_of(article_index)
        if month is None:
            return self.claims_alias
        index = f"{self.claims_alias}-{month}"
        if index not in self._known_claim_indices:
            self._retrying(lambda: backing_index_for(self.es, self.settings, CLAIMS, month), "creating " + index)
            self._known_claim_indices.add(index)
        return index

    def _bulk(self, ops: list[_Op], parallel: bool = True,
              fields: str = BULK_RESPONSE_FIELDS) -> list[tuple[_Op, dict]]:
        """``(op, response item)`` for every op, in order; retries retryable items, raises TransientError.

        A response item holds ``fields`` (a ``filter_path``) only.

        Chunks respect ``bulk_max_docs`` and ``bulk_max_bytes``. With ``parallel`` (a batch
        written as one part) a phase is cut into at least ``concurrency`` chunks sent side
        by side, so Elasticsearch's write threads (one per bulk on a single shard) all work;
        a pipelined part is already one of ``concurrency`` in flight and sends its chunks in turn.
        """
        if not ops:
            return []
        max_bytes = self.settings.index.bulk_max_bytes
        spread = self.concurrency if parallel else 1
        per_chunk = min(self.settings.index.bulk_max_docs,
                        max(MIN_CHUNK_DOCS, -(-len(ops) // max(1, spread))))
        chunks = [chunk for start in range(0, len(ops), per_chunk)
                  for chunk in _within_bytes(ops[start:start + per_chunk], max_bytes)]
        if len(chunks) == 1 or self.concurrency <= 1 or not parallel:
            return [pair for chunk in chunks for pair in self._send(chunk, fields)]
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="indexer-bulk")
        return [pair for result in self._pool.map(self._send, chunks, repeat(fields)) for pair in result]

    def _send(self, chunk: list[_Op], fields: str) -> list[tuple[_Op, dict]]:
        done: list[tuple[_Op, dict]] = []
        pending = chunk
        refused: tuple[_Op, dict, TransientError] | None = None
        for attempt in range(self.max_retries + 1):
            body = b"".join([op.lines for op in pending])
            resp = self._retrying(lambda b=body: self.es.bulk(body=b, filter_path="errors," + fields),
                                  "bulk request")
            items = [next(iter(entry.values())) for entry in resp["items"]]
            if not resp.get("errors", True):
                # No item failed: nothing to retry, and nothing to check item by item.
                done += zip(pending, items, strict=True)
                return done
            retry = []
            for op, item in zip(pending, items, strict=True):
                mapped = es_item_error(item, "indexing") if item.get("status", 500) >= 300 else None
                if isinstance(mapped, TransientError):
                    retry.append(op)
                    refused = (op, item, mapped)
                else:
                    done.append((op, item))
            if not retry:
                return done
            pending = retry
            if attempt < self.max_retries:
                time.sleep(self.backoff_s * 2 ** attempt)
        # Not only 429/5xx are transient (an index lacking a field is too): the last refusal says which.
        # It names its backing index when the response kept the item's `_index`; otherwise only the
        # op's action line says where, and that is the write target (usually the alias), not the index.
        op, item, error = refused
        where = ""
        if not item.get("_index"):
            target = _action_meta(op).get("_index")
            where = f" (write target {target})"
        raise TransientError(f"elasticsearch kept refusing {len(pending)} bulk item(s); the last{where}: {error}")

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None

    def _retrying(self, call, what: str):
        for attempt in range(self.max_retries + 1):
            try:
                return call()
            except (ApiError, TransportError) as exc:
                mapped = es_error(exc, what)
                if isinstance(mapped, PoisonError):
                    raise mapped from exc
                err = exc
            if attempt < self.max_retries:
                log.warning("indexer: %s failed (%s), retry %d/%d", what, err, attempt + 1, self.max_retries)
                time.sleep(self.backoff_s * 2 ** attempt)
        raise TransientError(f"elasticsearch unavailable while {what}: {err}") from err


def _within_bytes(ops: list[_Op], max_bytes: int) -> list[list[_Op]]:
    """``ops`` in order, cut where a chunk would pass ``max_bytes`` (one op alone may)."""
    if sum(len(op.lines) for op in ops) <= max_bytes:
        return [ops]
    chunks: list[list[_Op]] = [[]]
    size = 0
    for op in ops:
        if chunks[-1] and size + len(op.lines) > max_bytes:
            chunks.append([])
            size = 0
        chunks[-1].append(op)
        size += len(op.lines)
    return chunks


def _unread(msg: dict) -> frozenset[str]:
    return UNREAD_WHEN_CARRIED if msg.get("index_documents") is not None else frozenset()


def _action(op: str, index: str, doc_id: str, version: int, source: bytes | None = None) -> bytes:
    meta = orjson.dumps({op: {"_index": index, "_id": doc_id, "version": version, "version_type": "external_gte"}})
    if source is None:
        return meta + b"\n"
    return meta + b"\n" + source + b"\n"


def _create(index: str, doc_id: str, source: bytes) -> bytes:
    """A ``create``: stored only if the id is absent (409 otherwise); create takes internal versions only.

    The same bytes as serialising ``{"create": {"_index": index, "_id": doc_id}}``, put together from
    the index's, made once, and the id's: one action line a document, five a record.
    """
    return b'%s,"_id":%s}}\n%s\n' % (_create_head(index), orjson.dumps(doc_id), source)


@lru_cache(maxsize=64)
def _create_head(index: str) -> bytes:
    return b'{"create":{"_index":' + orjson.dumps(index)


def _action_meta(op: _Op) -> dict:
    """The metadata of an op's action line (its first; every op's lines end in a newline): ``_index``, ``_id``."""
    return next(iter(orjson.loads(op.lines[:op.lines.index(b"\n")]).values()))


def _reason(what: str, op: _Op, item: dict) -> str:
    action = _action_meta(op)
    return f"{what} {action['_id']} rejected ({item.get('status')}): {es_reason(item.get('error'))}"[:1500]
