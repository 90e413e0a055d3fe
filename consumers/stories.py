"""Same-story clustering and near-duplicate (syndication) detection, with state in ES.

``StoryClusterer(es, settings).assign([(article, enrichment), ...])`` returns
``(story_id, near_duplicate_of)`` per article, in order. The enricher calls it
before publishing to news.enriched.

Two signatures per article, both over its words (title + body, lower-cased):

* **near duplicates**: a MinHash over word shingles (``shingle_size`` words),
  banded for LSH (``nd_bands``); an estimated shingle Jaccard at or above
  ``near_dup_threshold`` makes a copy (syndication: the same wire text with a
  byline or a sentence changed). A copy gets ``near_duplicate_of`` = the first
  copy's article_id, and its story. (A 64-bit SimHash with a 3-bit Hamming
  threshold was tried first: a four-word byline on a 60-word wire story moved it
  by 5 to 9 bits, so short copies were missed.)
* **same story in other words**: a MinHash (``num_perm`` hashes) over the
  article's content words, banded for LSH (``story_bands``), plus the overlap of
  its named entities. score = (1 - entity_weight) x estimated Jaccard of words +
  entity_weight x Jaccard of entities; the best candidate at or above
  ``threshold`` gives its story_id; otherwise the article starts a story
  (``s`` + its article_id prefix).

Candidates are the stored articles within ``lookback_days`` of the article's
time that share a band or an entity (one ``_msearch`` per batch, a search per
new article inside it), plus the articles earlier in the same batch. An article seen before (a replay) gets
its stored answer back, so story ids are stable. State: ``{ns}-news-stories``.
"""
from __future__ import annotations

import hashlib
import logging
import struct
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta

import numpy as np
from elasticsearch import helpers
from elasticsearch import exceptions as es_exc

from consumers.rules.base import StoryParams, iso, parse_time, utcnow
from consumers.rules.query import tokens
from newsradar.clients import ES_ERRORS
from newsradar.errors import es_bulk_error, es_error, es_item_error
from newsradar.schema import Article, Enrichment

log = logging.getLogger(__name__)

STORY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "EVENT", "LOC", "FAC", "LAW", "PRODUCT"}
_MERSENNE = (1 << 61) - 1
_STOP = set("""a an and are as at be been but by for from had has have he her his i in into is it its
of on or our she that the their them they this to was were will with would said says say after
about over more than also not no who what when where which while new after before up out""".split())


def _h64(data: str) -> int:
    return struct.unpack("<Q", hashlib.blake2b(data.encode(), digest_size=8).digest())[0]


def shingles(words: list[str], k: int) -> set[str]:
    return {" ".join(words[i:i + k]) for i in range(max(1, len(words) - k + 1))} if words else set()


def _perms(n: int) -> list[tuple[int, int]]:
    out = []
    for i in range(n):
        d = hashlib.blake2b(f"perm{i}".encode(), digest_size=16).digest()
        a, b = struct.unpack("<QQ", d)
        out.append(((a % (_MERSENNE - 1)) + 1, b % _MERSENNE))
    return out


def minhash(features: set[str], perms: list[tuple[int, int]]) -> list[int]:
    """Per permutation, min over features of ``((a * h64(f) + b) mod (2^61 - 1)) & 0xFFFFFFFF``.

    Computed exactly in uint64 numpy arrays (no 122-bit products): with p = 2^61 - 1,
    2^61 = 1 (mod p), so a * x splits into 32-bit halves whose partial products fit,
    and the sum of the reduced parts stays below 2^64. Equal, value for value, to the
    plain Python expression (a unit test compares them), 50 to 100x faster.
    """
    if not features:
        return [0xFFFFFFFF] * len(perms)
    x = np.fromiter((_h64(f) for f in features), dtype=np.uint64, count=len(features))
    a, b = _perm_arrays(perms)
    return _mulmod_min(a, b, x).tolist()


_M61 = np.uint64(_MERSENNE)
_LOW32 = np.uint64(0xFFFFFFFF)
_LOW29 = np.uint64((1 << 29) - 1)
_PERM_CACHE: dict[tuple, tuple[np.ndarray, np.ndarray]] = {}


def _perm_arrays(perms: list[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
    key = tuple(perms)
    hit = _PERM_CACHE.get(key)
    if hit is None:
        hit = (np.array([a for a, _ in perms], dtype=np.uint64)[:, None],
               np.array([b for _, b in perms], dtype=np.uint64)[:, None])
        _PERM_CACHE[key] = hit
    return hit


def _mod61(y: np.ndarray) -> np.ndarray:
    """y mod (2^61 - 1) for y < 2^64: one fold leaves r < 2^61 + 8; then min(r, r - p) in
    unsigned arithmetic picks r - p exactly when r >= p (otherwise r - p wraps above r)."""
    r = y & _M61
    r += y >> _S61
    return np.minimum(r, r - _M61, out=r)


def _mulmod_min(a: np.ndarray, b: np.ndarray, x: np.ndarray) -> np.ndarray:
    """min over x of ((a * x + b) mod p) & 0xFFFFFFFF, for a, b of shape (P, 1) and x of shape (N,)."""
    x = _mod61(x)                                   # a*x + b = a*(x mod p) + b (mod p); now x < 2^61
    xh, xl = x >> _S32, x & _LOW32                   # xh < 2^29
    ah, al = a >> _S32, a & _LOW32                   # ah < 2^29
    total = ah * xh                                  # * 2^64 = * 8 (mod p)
    total <<= _S3                                    # < 2^61
    mid = ah * xl
    mid += al * xh                                   # < 2^62, to be multiplied by 2^32:
    total += mid >> _S29                             # the part above 2^61 folds down (2^61 = 1)
    mid &= _LOW29
    mid <<= _S32
    total += mid                                     # < 2^62 + 2^33
    low = al * xl                                    # < 2^64
    total += low >> _S61
    low &= _M61
    total += low                                     # < 2^62 + 2^61 + 2^34
    total += b                                       # < 2^63 + 2^62
    total = _mod61(total)
    total &= _LOW32
    return total.min(axis=1)


_S3, _S29, _S32, _S61 = (np.uint64(n) for n in (3, 29, 32, 61))


def jaccard_est(a: list[int], b: list[int]) -> float:
    return sum(1 for x, y in zip(a, b) if x == y) / len(a) if a else 0.0


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


@dataclass
class Signature:
    article_id: str
    outlet: str
    published_at: str
    nd_minhash: list[int]
    minhash: list[int]
    entities: set[str]
    n_words: int
    story_id: str = ""
    near_duplicate_of: str | None = None

    def to_doc(self, title: str, params: StoryParams) -> dict:
        return {"article_id": self.article_id, "story_id": self.story_id,
                "near_duplicate_of": self.near_duplicate_of, "outlet": self.outlet,
                "published_at": self.published_at, "title": title[:500],
                "n_words": self.n_words, "nd_minhash": self.nd_minhash, "minhash": self.minhash,
                "nd_bands": bands(self.nd_minhash, params.band_rows),
                "story_bands": bands(self.minhash, params.band_rows),
                "entities": sorted(self.entities), "assigned_at": iso(utcnow())}

    @classmethod
    def from_doc(cls, d: dict) -> Signature:
        return cls(d["article_id"], d["outlet"], d["published_at"], d["nd_minhash"], d["minhash"],
                   set(d.get("entities", [])), int(d.get("n_words") or 0), d["story_id"], d.get("near_duplicate_of"))


def bands(mh: list[int], rows: int) -> list[str]:
    return [f"{i}:{hashlib.blake2b(repr(mh[i * rows:(i + 1) * rows]).encode(), digest_size=6).hexdigest()}"
            for i in range(len(mh) // rows)]


def stories_index(settings) -> str:
    ns = settings.namespace
    return f"{ns}-news-stories" if ns else "news-stories"


class StoryClusterer:
    def __init__(self, es, settings, params: StoryParams | None = None, rules_file=None):
        self.es = es
        self.index = stories_index(settings)
        if params is None:
            from consumers.rules import load_rules
            # A broken rules file stops the enricher as it stops the alerter: silently clustering
            # with defaults would give story ids that no longer match what the operator configured.
            params = load_rules(rules_file or settings.rules_file).stories
        self.params = params
        self._perms = _perms(params.num_perm)
        # The refresh that makes a batch's signatures searchable runs in the background,
        # while the runner publishes and the next batch is parsed; ``_searchable`` waits for
        # it before the next msearch (see ``_write``).
        self._pool: ThreadPoolExecutor | None = None
        self._refreshing: Future | None = None
        self._unrefreshed = False

    def signature(self, article: Article, enrichment: Enrichment) -> Signature:
        words = tokens(f"{article.title} {article.body or article.summary}")
        content = {w for w in words if w not in _STOP and len(w) > 2 and not w.isdigit()}
        ents = {e.canonical.lower() for e in enrichment.entities if e.label in STORY_LABELS}
        return Signature(article.article_id, article.outlet, iso(article.published_at),
                         minhash(shingles(words, self.params.shingle_size), self._perms), minhash(content, self._perms), ents, len(words))

    def assign(self, items: list[tuple[Article, Enrichment]]) -> list[tuple[str, str | None]]:
        if not items:
            return []
        known = self._stored([a.article_id for a, _ in items])
        # Signatures and stored candidates of every new article first, in one msearch: the
        # stored state does not change within a batch (this batch is written at the end),
        # so this finds what one search per article would, in one round trip.
        fresh: dict[str, Signature] = {}
        for article, enrichment in items:
            if article.article_id not in known and article.article_id not in fresh:
                fresh[article.article_id] = self.signature(article, enrichment)
        if fresh:
            self._searchable()
        stored = dict(zip(fresh, self._candidates_many(list(fresh.values()))))
        batch: list[Signature] = []
        out: list[tuple[str, str | None]] = []
        docs = []
        for article, _enrichment in items:
            if article.article_id in known:
                sig = known[article.article_id]
            else:
                sig = fresh[article.article_id]
                self._place(sig, stored[article.article_id] + [s for s in batch if s.article_id != sig.article_id])
                docs.append(sig.to_doc(article.title, self.params))
                known[article.article_id] = sig
            batch.append(sig)
            out.append((sig.story_id, sig.near_duplicate_of))
        self._write(docs)
        return out

    def _place(self, sig: Signature, candidates: list[Signature]) -> None:
        p = self.params
        copies = [c for c in candidates
                  if min(sig.n_words, c.n_words) >= p.near_dup_min_words
                  and jaccard_est(sig.nd_minhash, c.nd_minhash) >= p.near_dup_threshold]
        if copies:
            first = min(copies, key=lambda c: (c.published_at, c.article_id))
            sig.near_duplicate_of = first.near_duplicate_of or first.article_id
            sig.story_id = first.story_id
            return
        best, best_score = None, 0.0
        for c in candidates:
            text = jaccard_est(sig.minhash, c.minhash)
            if sig.entities and c.entities:
                score = (1 - p.entity_weight) * text + p.entity_weight * jaccard(sig.entities, c.entities)
            else:
                score = text
            if score > best_score:
                best, best_score = c, score
        sig.story_id = best.story_id if best is not None and best_score >= p.threshold else f"s{sig.article_id[:23]}"

    def _stored(self, ids: list[str]) -> dict[str, Signature]:
        try:
            resp = self.es.mget(index=self.index, ids=ids)
        except es_exc.NotFoundError:
            return {}
        except ES_ERRORS as exc:
            raise es_error(exc, "reading story signatures") from exc
        return {d["_id"]: Signature.from_doc(d["_source"]) for d in resp["docs"] if d.get("found")}

    def _query(self, sig: Signature) -> dict:
        t = parse_time(sig.published_at)
        look = timedelta(days=self.params.lookback_days)
        rows = self.params.band_rows
        should = [{"terms": {"nd_bands": bands(sig.nd_minhash, rows)}},
                  {"terms": {"story_bands": bands(sig.minhash, rows)}}]
        if sig.entities:
            should.append({"terms": {"entities": sorted(sig.entities)}})
        return {"bool": {
            "filter": [{"range": {"published_at": {"gte": iso(t - look), "lte": iso(t + look)}}}],
            "should": should, "minimum_should_match": 1}}

    def _candidates_many(self, sigs: list[Signature]) -> list[list[Signature]]:
        """Stored articles near each signature in time that share a band or an entity: one msearch."""
        if not sigs:
            return []
        body: list[dict] = []
        for sig in sigs:
            body += [{"index": self.index}, {"size": 100, "query": self._query(sig)}]
        try:
            resp = self.es.msearch(searches=body)
        except ES_ERRORS as exc:
            raise es_error(exc, f"searching story candidates in {self.index}") from exc
        out = []
        for r in resp["responses"]:
            if "error" in r:
                raise es_item_error(r, f"searching story candidates in {self.index}")
            out.append([Signature.from_doc(h["_source"]) for h in r["hits"]["hits"]])
        return out

    def _write(self, docs: list[dict]) -> None:
        """Store the batch's signatures (durable before the runner publishes), then refresh in the background.

        The bulk itself is synchronous and its errors raise, as before. Only the refresh,
        which makes the documents visible to search, is deferred: the next ``assign``
        waits for it (or refreshes itself) before it searches, so it sees every
        signature written before it, exactly as with ``refresh=True``; mget (replays) is
        real-time anyway. Nothing else reads this index.
        """
        if not docs:
            return
        try:
            _, errors = helpers.bulk(self.es, ({"_index": self.index, "_id": d["article_id"], "_source": d}
                                               for d in docs), refresh=False, raise_on_error=False)
        except ES_ERRORS as exc:
            raise es_error(exc, "writing story signatures") from exc
        self._unrefreshed = True
        if errors:
            raise es_bulk_error(errors, f"writing story signatures ({len(errors)} of {len(docs)} failed)")
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="stories-refresh")
        self._refreshing = self._pool.submit(self._refresh)

    def _refresh(self) -> None:
        self.es.indices.refresh(index=self.index)
        self._unrefreshed = False

    def _searchable(self) -> None:
        """Wait for the background refresh of the last write; refresh here if it failed."""
        pending, self._refreshing = self._refreshing, None
        if pending is not None:
            try:
                pending.result()
            except Exception:  # noqa: BLE001 - retried synchronously below, where errors are mapped
                log.debug("background refresh of %s failed; refreshing again", self.index, exc_info=True)
        if self._unrefreshed:
            try:
                self._refresh()
            except ES_ERRORS as exc:
                raise es_error(exc, "refreshing story signatures") from exc

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
