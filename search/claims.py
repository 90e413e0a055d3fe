"""Claim clusters: which outlets repeated a claim, where it came from, who denied or reacted.

An interim implementation, kept in this one file because the full claim clustering
replaces it: a cluster is every attributed claim of one resolved source (speaker)
in the window, found with a terms aggregation; a free-text ``ref`` is matched on the
claim content with the CLI's word-form query instead. Only ``trace`` and ``top`` are
the interface; their shapes are fixed.
"""
from __future__ import annotations

import re

from elasticsearch import Elasticsearch, NotFoundError

from search.queries import CLAIM_TEXT, text_query, window_start

SPEAKER_PREFIX = "speaker:"
MAX_CARRIERS = 100
_CLAIM_FIELDS = ["content", "outlet", "url", "title", "published_at", "speaker", "speaker_resolved", "cue",
                 "speaker_type", "numbers", "article_id", "negated"]
# a speaker or cue that names one of these is a social-media origin, not a person or an outlet
_SOCIAL = re.compile(r"\b(telegram|channel|post(ed)?|tweet(ed)?|x|twitter|facebook|tiktok|instagram|vk)\b", re.I)
_ATTRIBUTED = {"bool": {"must_not": [{"term": {"speaker_type": "AUTHOR"}}]}}


def source_kind(speaker: str | None, cue: str | None, speaker_type: str | None) -> str:
    if _SOCIAL.search(f"{speaker or ''} {cue or ''}"):
        return "social"
    return "person" if speaker_type == "PERSON" else "media"


def _source(hit: dict) -> dict:
    return hit["_source"]


def _window_filter(since: str | None) -> list[dict]:
    """``since`` as a range, cacheable by Elasticsearch (``window_start``)."""
    return [{"range": {"published_at": {"gte": window_start(since)}}}] if since else []


def top(es: Elasticsearch, settings, since: str | None = "48h", size: int = 20) -> list[dict]:
    """Clusters of the window, most outlets first."""
    query = {"bool": {"filter": [_ATTRIBUTED, {"exists": {"field": "speaker_resolved"}}, *_window_filter(since)]}}
    aggs = {"clusters": {
        "terms": {"field": "speaker_resolved.keyword", "size": size, "order": [{"outlets": "desc"}, {"_count": "desc"}]},
        "aggs": {"outlets": {"cardinality": {"field": "outlet", "precision_threshold": 100}},
                 "articles": {"cardinality": {"field": "article_id", "precision_threshold": 100}},
                 "first": {"top_hits": {"size": 1, "sort": [{"published_at": "asc"}],
                                        "_source": ["content", "outlet", "url", "published_at", "speaker",
                                                    "speaker_resolved", "cue", "speaker_type"]}}}}}
    try:
        resp = es.search(index=settings.names.claims_index, size=0, query=query, aggs=aggs)
    except NotFoundError:
        return []
    out = []
    for b in resp["aggregations"]["clusters"]["buckets"]:
        first = _source(b["first"]["hits"]["hits"][0])
        out.append({"cluster_id": SPEAKER_PREFIX + b["key"], "text": first["content"],
                    "outlets": b["outlets"]["value"], "articles": b["articles"]["value"],
                    "origin_kind": source_kind(first.get("speaker"), first.get("cue"), first.get("speaker_type")),
                    "first_seen": {k: first.get(k) for k in ("outlet", "url", "published_at")}})
    return sorted(out, key=lambda c: (-c["outlets"], -c["articles"]))


def _cluster_query(ref: str) -> dict:
    if ref.startswith(SPEAKER_PREFIX):
        match = {"term": {"speaker_resolved.keyword": ref[len(SPEAKER_PREFIX):]}}
    else:
        match = text_query(ref, CLAIM_TEXT)
    return {"bool": {"must": [match], "filter": [_ATTRIBUTED]}}


def _carrier(c: dict) -> dict:
    speaker = c.get("speaker_resolved") or c.get("speaker")
    return {"outlet": c.get("outlet"), "url": c.get("url"), "title": c.get("title"),
            "published_at": c.get("published_at"), "speaker": speaker, "cue": c.get("cue"),
            "cited_source": speaker,
            "source_kind": source_kind(c.get("speaker"), c.get("cue"), c.get("speaker_type")),
            "text": c.get("content"), "numbers": [n["text"] for n in c.get("numbers") or [] if n.get("text")]}


def _responses(es: Elasticsearch, settings, article_ids: list[str], exclude: set[str]) -> tuple[list, list]:
    """Denials (negated claims) and reactions (other people's claims) in the carriers' articles."""
    resp = es.search(index=settings.names.claims_index, size=MAX_CARRIERS, sort=[{"published_at": "asc"}],
                     query={"bool": {"filter": [{"terms": {"article_id": article_ids}}, _ATTRIBUTED]}},
                     source=_CLAIM_FIELDS)
    denials, reactions = [], []
    for h in resp["hits"]["hits"]:
        if h["_id"] in exclude:
            continue
        c = _source(h)
        row = {"outlet": c.get("outlet"), "url": c.get("url"), "speaker": c.get("speaker_resolved") or c.get("speaker"),
               "text": c.get("content"), "published_at": c.get("published_at")}
        if c.get("negated"):
            denials.append(row)
        elif c.get("speaker_type") == "PERSON":
            reactions.append(row)
    return denials, reactions


def trace(es: Elasticsearch, settings, ref: str, since: str | None = None) -> dict | None:
    """The cluster ``ref`` names (a cluster id, or claim text to match), or None if nothing matches."""
    query = _cluster_query(ref)
    if since:
        query["bool"]["filter"] += _window_filter(since)
    aggs = {"outlets": {"cardinality": {"field": "outlet"}},
            "articles": {"cardinality": {"field": "article_id"}},
            "hours": {"date_histogram": {"field": "published_at", "calendar_interval": "hour", "min_doc_count": 1},
                      "aggs": {"by_outlet": {"terms": {"field": "outlet", "size": 50}}}}}
    try:
        hits = es.search(index=settings.names.claims_index, size=MAX_CARRIERS, query=query,
                         sort=[{"published_at": "asc"}], source=_CLAIM_FIELDS)["hits"]["hits"]
        if not hits:
            return None
        # a separate size-0 request: only those are kept in Elasticsearch's request cache
        aggs_out = es.search(index=settings.names.claims_index, size=0, query=query, aggs=aggs)["aggregations"]
    except NotFoundError:
        return None
    carriers = [_carrier(_source(h)) for h in hits]
    first = carriers[0]
    variants: dict[str, list[str]] = {}
    for c in carriers:
        for n in c["numbers"]:
            outlets = variants.setdefault(n, [])
            if c["outlet"] not in outlets:
                outlets.append(c["outlet"])
    denials, reactions = _responses(es, settings, sorted({_source(h)["article_id"] for h in hits}),
                                    {h["_id"] for h in hits})
    return {
        "cluster_id": ref,
        "text": first["text"],
        "origin": {"source": first["cited_source"], "kind": first["source_kind"], "outlet": first["outlet"],
                   "url": first["url"], "published_at": first["published_at"]} if first["cited_source"] else None,
        "first_seen": {k: first[k] for k in ("outlet", "url", "published_at")},
        "carriers": carriers,
        "outlets": aggs_out["outlets"]["value"],
        "articles": aggs_out["articles"]["value"],
        "timeline": [{"hour": b["key_as_string"], "outlet": o["key"], "count": o["doc_count"]}
                     for b in aggs_out["hours"]["buckets"] for o in b["by_outlet"]["buckets"]],
        "number_variants": [{"value": v, "outlets": o} for v, o in variants.items()],
        "denials": denials,
        "reactions": reactions,
    }
