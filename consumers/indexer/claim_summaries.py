"""The ``news-claim-clusters`` documents, recomputed from the claims index after each indexer batch.

A cluster's summary (canonical text, sources, origin, first seen, outlets, article
count, per-hour timeline, number variants and drift) is a function of the claims
that carry its ``cluster_id``. Recomputing it for the clusters a batch touched
(the clusters of its new claims, and those its updated articles' claims left),
rather than incrementing counters, makes replays and updates right by
construction: a replayed claim is the same document, a claim that moved is
counted only where it now is, and a cluster left with no claims is deleted, so
no orphan stays behind.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime, timedelta

from elasticsearch import helpers

from newsradar.claim_match import numbers_drift
from newsradar.clock import floor_time, iso, parse_time
from newsradar.errors import es_bulk_error, es_item_error

HOUR = timedelta(hours=1)
MAX_CLAIMS = 2000                     # per cluster read back; far above any real spread


def _specificity(source: str) -> int:
    """Capitalised words after the first: "Telegram channel General SVR" names more than "the channel"."""
    return sum(1 for w in source.split()[1:] if w[:1].isupper())


def origin_of(claims: list[dict]) -> dict | None:
    """The earliest cited source (not the outlet's own voice), named as specifically as any carrier names it."""
    cited = [c for c in claims if c.get("source_kind") and c["source_kind"] != "author" and c.get("cited_source")]
    if not cited:
        return None
    first = cited[0]
    same_kind = [c for c in cited if c["source_kind"] == first["source_kind"]]
    name = max(same_kind, key=lambda c: (_specificity(c["cited_source"]), -same_kind.index(c)))["cited_source"]
    return {"source": name, "kind": first["source_kind"], "outlet": first["outlet"], "url": first["url"],
            "published_at": first["published_at"]}


def number_variants(claims: list[dict]) -> tuple[list[dict], bool]:
    """Each figure as written, with the outlets that used it; and whether one quantity drifted."""
    by_text: dict[str, dict] = {}
    per_unit: dict[str, list[float]] = defaultdict(list)
    for c in claims:
        for n in c.get("numbers") or []:
            text = " ".join(str(n.get("text") or n["value"]).split())
            v = by_text.setdefault(text, {"value": text, "amount": n["value"], "unit": n.get("unit"), "outlets": []})
            if c["outlet"] not in v["outlets"]:
                v["outlets"].append(c["outlet"])
            per_unit[n.get("unit") or ""].append(n["value"])
    return list(by_text.values()), any(numbers_drift(vals) for vals in per_unit.values())


def summarise(cluster_id: str, claims: list[dict], now: datetime) -> dict:
    """The cluster document of ``claims`` (sorted by published_at, then claim_id)."""
    first = claims[0]
    outlets = list(dict.fromkeys(c["outlet"] for c in claims))
    # Syndicated copies (near duplicates of one wire text) count once.
    articles = {c.get("near_duplicate_of") or c["article_id"] for c in claims}
    timeline: Counter = Counter()
    seen_articles: set = set()
    for c in claims:
        if c["article_id"] not in seen_articles:
            seen_articles.add(c["article_id"])
            timeline[(iso(floor_time(parse_time(c["published_at"]), HOUR)), c["outlet"])] += 1
    variants, drift = number_variants(claims)
    return {
        "cluster_id": cluster_id, "text": first["content"],
        "sources": list(dict.fromkeys(c["cited_source"] for c in claims if c.get("cited_source"))),
        "source_kinds": list(dict.fromkeys(c["source_kind"] for c in claims if c.get("source_kind"))),
        "origin": origin_of(claims),
        "first_seen": {"outlet": first["outlet"], "url": first["url"], "published_at": first["published_at"]},
        "last_seen": claims[-1]["published_at"],
        "outlets": outlets, "outlet_count": len(outlets), "article_count": len(articles),
        "claim_count": len(claims),
        "story_ids": sorted({c["story_id"] for c in claims if c.get("story_id")}),
        "entities": sorted({e for c in claims for e in c.get("entities") or []}),
        "timeline": [{"hour": h, "outlet": o, "count": n} for (h, o), n in sorted(timeline.items())],
        "number_variants": variants, "number_drift": drift,
        "updated_at": iso(now),
    }


def cluster_claims_query(cluster_id: str) -> dict:
    return {"size": MAX_CLAIMS, "query": {"term": {"cluster_id": cluster_id}},
            "sort": [{"published_at": "asc"}, {"claim_id": "asc"}]}


def refresh_clusters(es, names, cluster_ids: set[str], now: datetime, retrying) -> Counter:
    """Recompute (or delete) the documents of ``cluster_ids``; ``retrying(call, what)`` maps ES errors."""
    counts: Counter = Counter()
    ids = sorted(i for i in cluster_ids if i)
    if not ids:
        return counts
    retrying(lambda: es.indices.refresh(index=names.claims_index), "refreshing claims for cluster summaries")
    body: list[dict] = []
    for cid in ids:
        body += [{"index": names.claims_index}, cluster_claims_query(cid)]
    resp = retrying(lambda: es.msearch(searches=body), "reading claims of touched clusters")
    ops: list[dict] = []
    for cid, r in zip(ids, resp["responses"], strict=True):
        if "error" in r:
            raise es_item_error(r, f"reading claims of cluster {cid}")
        claims = [h["_source"] for h in r["hits"]["hits"]]
        if claims:
            ops.append({"_op_type": "index", "_index": names.claim_clusters_index, "_id": cid,
                        "_source": summarise(cid, claims, now)})
            counts["clusters_updated"] += 1
        else:
            ops.append({"_op_type": "delete", "_index": names.claim_clusters_index, "_id": cid})
            counts["clusters_deleted"] += 1
    def write():
        _, errors = helpers.bulk(es, ops, raise_on_error=False, refresh=False)
        bad = [e for e in errors if next(iter(e.values())).get("status") != 404]
        if bad:
            raise es_bulk_error(bad, f"writing claim clusters ({len(bad)} of {len(ops)} failed)")
    retrying(write, "writing claim clusters")
    return counts
