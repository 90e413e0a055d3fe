"""Claim clusters: the enricher gives every claim a ``cluster_id`` before it publishes.

Assigning in the enricher, not the indexer, means two outlets carrying a claim
seconds apart are matched against each other's signatures at once (earlier
claims of the same batch are candidates too), whatever the indexer's lag.

State lives in ``{ns}-news-claim-signatures``, one document per claim id: its
signature (``newsradar.claim_match``) and its cluster. A claim seen before with
the same signature digest (a replay) gets its stored cluster back, so ids are
stable and nothing is counted twice; a claim whose content changed (an updated
article) is placed again. Candidates are the stored claims within
``LOOKBACK`` that Elasticsearch's ``more_like_this`` ranks highest on their
terms, or that share the story: one ``_msearch`` per batch. ``claim_match.place``
groups the batch's claims that match one another or that their article shows to be one
statement (``newsradar.restatements``: a paraphrase and its quote), then gives each group the
cluster of its closest accepted candidate, or a new one named ``k`` + a prefix
of its earliest member's claim id (deterministic, so a replay from an empty
state rebuilds the same ids, in whatever order the claims come).
"""
from __future__ import annotations

from datetime import timedelta

from elasticsearch import exceptions as es_exc

from consumers.enricher.versioned_cache import VersionedCache, index_cached
from newsradar.clock import iso, parse_time, utcnow
from newsradar.claim_match import ClaimSignature, Fresh, MatchParams, Placed, place, signature
from newsradar.clients import ES_ERRORS, msearch
from newsradar.errors import es_bulk_error, es_error
from newsradar.restatements import restatement_links
from newsradar.schema import Article, Enrichment

LOOKBACK = timedelta(days=14)
CANDIDATES = 25
# Claims kept read for placing, so that a hit needs only its id and write (``versioned_cache``): some
# 3 kB each in memory, 25 MB at most.
PLACING_CACHE_SIZE = 8192


def cluster_id_for(claim_id: str) -> str:
    return f"k{claim_id[:23]}"


def _to_doc(claim_id: str, cluster_id: str, sig: ClaimSignature, article: Article) -> dict:
    return {"claim_id": claim_id, "cluster_id": cluster_id, "article_id": article.article_id,
            "story_id": sig.story_id, "outlet": article.outlet, "published_at": iso(article.published_at),
            "digest": sig.digest, "terms": sorted(sig.terms), "text": " ".join(sorted(sig.terms)),
            "entities": sorted(sig.entities), "numbers": [f"{u}:{v:g}" for u, v in sig.numbers],
            "speaker_kind": sig.speaker_kind, "speaker_key": sig.speaker_key, "negated": sig.negated,
            "speaker_role": sig.speaker_role, "speaker_org": sig.speaker_org, "speaker_body": sig.speaker_body,
            "speaker_owner": sig.speaker_owner, "speaker_party": sig.speaker_party, "measures": list(sig.measures),
            "modality": sig.modality, "speaker_voice": sig.speaker_voice, "assigned_at": iso(utcnow())}


# What placing a claim reads of a candidate (``_from_doc``): not the ``text`` that repeats its terms for
# more_like_this, nor the bookkeeping fields. Read only for a candidate the cache lacks.
_PLACING = ["claim_id", "cluster_id", "published_at", "story_id", "terms", "entities", "numbers", "speaker_kind",
            "speaker_key", "negated", "speaker_role", "speaker_org", "speaker_body", "speaker_owner",
            "speaker_party", "measures", "modality", "speaker_voice"]


def _from_doc(d: dict) -> Placed:
    numbers = tuple((u, float(v)) for u, v in (n.rsplit(":", 1) for n in d.get("numbers") or []))
    sig = ClaimSignature(frozenset(d.get("terms") or []), frozenset(d.get("entities") or []), numbers,
                         d.get("speaker_kind") or "author", d.get("speaker_key") or "", d.get("story_id"),
                         bool(d.get("negated")), d.get("speaker_role") or "", d.get("speaker_org") or "",
                         d.get("speaker_body") or "", d.get("speaker_owner") or "", d.get("speaker_party") or "",
                         tuple(d.get("measures") or ()), d.get("modality") or "", d.get("speaker_voice") or "")
    return Placed(d["claim_id"], d["cluster_id"], parse_time(d["published_at"]).timestamp(), sig)


def _links(items: list[tuple[Article, Enrichment, str | None]], fresh_ids: list[str]) -> list[tuple[int, int]]:
    """The restatements each article's structure shows (``newsradar.restatements``), as indices into
    the fresh claims; a pair with a stored half is left to matching, as an updated article's claims are."""
    at = {claim_id: i for i, claim_id in enumerate(fresh_ids)}
    links = []
    for article, enrichment, _story in items:
        ids = [c.claim_id for c in enrichment.claims]
        for i, j in restatement_links(enrichment.claims, article.text):
            if ids[i] in at and ids[j] in at:
                links.append((at[ids[i]], at[ids[j]]))
    return links


class ClaimClusterer:
    def __init__(self, es, settings, params: MatchParams | None = None):
        self.es = es
        self.index = settings.names.claim_signatures_index
        self.params = params or MatchParams()
        # Our own signature writes not yet refreshed into search: the next batch must see them,
        # so that a claim can match one from the batch before. Others' writes show within the
        # index's 1 s refresh_interval, as they always did between two of our refreshes.
        self._unsearchable_writes = False
        self._placing: VersionedCache[Placed] = VersionedCache(PLACING_CACHE_SIZE)

    def assign(self, items: list[tuple[Article, Enrichment, str | None]]) -> list[Enrichment]:
        """Each enrichment with its claims' ``cluster_id`` set, in order."""
        wanted = [(a, c, signature(c, story)) for a, e, story in items for c in e.claims]
        if not wanted:
            return [e for _, e, _ in items]
        stored = self._stored([c.claim_id for _, c, _ in wanted])
        fresh = [(a, c, sig) for a, c, sig in wanted
                 if stored.get(c.claim_id, {}).get("digest") != sig.digest]
        found = self._candidates_many([(a, sig) for a, _, sig in fresh])
        clusters = place([Fresh(c.claim_id, a.published_at.timestamp(), sig) for a, c, sig in fresh], found,
                         cluster_id_for, self.params, _links(items, [c.claim_id for _, c, _ in fresh]))
        assigned = {cid: d["cluster_id"] for cid, d in stored.items()}
        docs = []
        for (article, claim, sig), cluster in zip(fresh, clusters):
            assigned[claim.claim_id] = cluster
            docs.append(_to_doc(claim.claim_id, cluster, sig, article))
        self._write(docs)
        out = []
        for _article, enrichment, _story in items:
            claims = [c.model_copy(update={"cluster_id": assigned[c.claim_id]}) for c in enrichment.claims]
            out.append(enrichment.model_copy(update={"claims": claims}) if claims else enrichment)
        return out

    def _stored(self, ids: list[str]) -> dict[str, dict]:
        try:
            resp = self.es.mget(index=self.index, ids=ids, source_includes=["cluster_id", "digest"])
        except es_exc.NotFoundError:
            return {}
        except ES_ERRORS as exc:
            raise es_error(exc, "reading claim signatures") from exc
        return {d["_id"]: d["_source"] for d in resp["docs"] if d.get("found")}

    def _search(self, article: Article, sig: ClaimSignature) -> dict:
        t = article.published_at
        should: list[dict] = [{"more_like_this": {"fields": ["text"], "like": " ".join(sorted(sig.terms)),
                                                  "min_term_freq": 1, "min_doc_freq": 1, "max_query_terms": 30,
                                                  "minimum_should_match": "30%"}}]
        if sig.story_id:
            should.append({"term": {"story_id": sig.story_id}})
        # No total, as the story candidates' search (``stories``): the same top hits, without scoring the rest.
        return {"size": CANDIDATES, "_source": False, "seq_no_primary_term": True, "track_total_hits": False,
                "query": {"bool": {
            "filter": [{"range": {"published_at": {"gte": iso(t - LOOKBACK), "lte": iso(t + LOOKBACK)}}}],
            "should": should, "minimum_should_match": 1}}}

    def _candidates_many(self, fresh: list[tuple[Article, ClaimSignature]]) -> list[list[Placed]]:
        if not fresh:
            return []
        if self._unsearchable_writes:
            self._refresh()
        responses = msearch(self.es, self.index, [self._search(article, sig) for article, sig in fresh],
                            "searching claim candidates")
        hits = [r["hits"]["hits"] for r in responses]
        placing = self._placing.of_hits([h for found in hits for h in found], self._read_placing, _from_doc)
        return [[placing[h["_id"]] for h in found if h["_id"] in placing] for found in hits]

    def _read_placing(self, ids: list[str]) -> list[dict]:
        try:
            return self.es.mget(index=self.index, ids=ids, source_includes=_PLACING)["docs"]
        except ES_ERRORS as exc:
            raise es_error(exc, "reading claim candidates") from exc

    def _refresh(self) -> None:
        try:
            self.es.indices.refresh(index=self.index)
        except ES_ERRORS as exc:
            raise es_error(exc, f"refreshing {self.index}") from exc
        self._unsearchable_writes = False

    def _write(self, docs: list[dict]) -> None:
        if not docs:
            return
        # Set before the call: a bulk that fails half-way may still have written some.
        self._unsearchable_writes = True
        try:
            errors = index_cached(self.es, self.index, docs, "claim_id", self._placing,
                                  lambda d: _from_doc({k: d[k] for k in _PLACING}))
        except ES_ERRORS as exc:
            raise es_error(exc, "writing claim signatures") from exc
        if errors:
            raise es_bulk_error(errors, f"writing claim signatures ({len(errors)} of {len(docs)} failed)")
