"""Claim clusters, asked from the read side: ``trace`` one claim, list the ``top`` spreading ones.

``trace(es, settings, ref)`` takes a cluster id (``k`` + 23 hex digits) or query
text; text finds the cluster whose carriers' content matches best (the claims
index, lemmas included, so "weapon" finds "weapons"), preferring the widest
spread among the close matches. The answer's keys are a contract with the web
board: add keys, never rename them.

Denials and reactions are read at trace time from the stories the cluster's
claims appear in, so a denial indexed after the claim still shows: a denial is
a claim of that story whose cue is a denial verb ("denied", "rejected") or
that is negated, made by a speaker the claim names (its subject: "the Taliban
denied ..."); every other attributed claim of those stories by a speaker outside
the cluster is a reaction.
"""
from __future__ import annotations

import re

from newsradar.errors import NewsRadarError
from newsradar.lemmas import lemmatise
from search.queries import since_expr

CLUSTER_ID = re.compile(r"^k[0-9a-f]{23}$")
# A denial cue ("denied", "disputed") makes its claim negated unless the denial was itself denied ("did not
# dispute that ..."), so ``negated`` says it; the extractor does not read rejection as negation, so its cues do.
REJECTION_CUES = frozenset({"reject", "rejected", "dismiss", "dismissed"})
_CARRIER_FIELDS = ("outlet", "url", "title", "published_at", "speaker", "cue", "cited_source", "source_kind",
                   "content", "numbers", "article_id", "claim_id", "story_id", "speaker_name", "cue_lemma",
                   "negated", "speaker_type", "cluster_id")


# A claim carried thousands of times (wire copy, syndication) would make every trace read and
# render them all; who carried it first is in the earliest ones, the rest are counted.
MAX_CARRIERS = 200


class ClaimNotFoundError(NewsRadarError):
    """No cluster matches the reference."""


def _find_cluster(es, settings, ref: str) -> str:
    names = settings.names
    if CLUSTER_ID.match(ref.strip()):
        return ref.strip()
    fields = {"content": ref, "lemmas": lemmatise(ref), "title": ref}
    query = {"bool": {"should": [{"match": {f: {"query": q, "minimum_should_match": "2<67%"}}}
                                 for f, q in fields.items()],
                      "minimum_should_match": 1, "filter": [{"exists": {"field": "cluster_id"}}]}}
    resp = es.search(index=names.claims_index, size=200, query=query, source_includes=["cluster_id"])
    # A cluster's relevance is the sum over its carriers: the claim that matches and spread wins.
    scores: dict[str, float] = {}
    for hit in resp["hits"]["hits"]:
        cid = hit["_source"]["cluster_id"]
        scores[cid] = scores.get(cid, 0.0) + hit["_score"]
    if not scores:
        raise ClaimNotFoundError(f"no claim cluster matches {ref!r}")
    return max(sorted(scores), key=scores.__getitem__)


def _carrier(c: dict) -> dict:
    return {"outlet": c["outlet"], "url": c["url"], "title": c.get("title"), "published_at": c["published_at"],
            "speaker": c.get("speaker_name") or c.get("speaker"), "cue": c.get("cue"),
            "cited_source": c.get("cited_source"), "source_kind": c.get("source_kind"), "text": c["content"],
            "numbers": [n.get("text") or str(n["value"]) for n in c.get("numbers") or []]}


def _said(c: dict) -> dict:
    return {"outlet": c["outlet"], "url": c["url"], "speaker": c.get("speaker_name") or c.get("speaker"),
            "text": c["content"], "published_at": c["published_at"]}


def _denies(c: dict, subjects: set[str]) -> bool:
    if (c.get("cue_lemma") or c.get("cue") or "").lower() not in REJECTION_CUES and not c.get("negated"):
        return False
    who = f"{c.get('speaker') or ''} {c.get('speaker_name') or ''}".lower()
    return any(s in who for s in subjects)


def _responses(es, settings, cluster: dict, claims: list[dict]) -> tuple[list[dict], list[dict]]:
    stories = sorted({c["story_id"] for c in claims if c.get("story_id")})
    if not stories:
        return [], []
    resp = es.search(index=settings.names.claims_index, size=500, source_includes=list(_CARRIER_FIELDS),
                     query={"bool": {"filter": [{"terms": {"story_id": stories}}],
                                     "must_not": [{"term": {"cluster_id": cluster["cluster_id"]}},
                                                  {"term": {"speaker_type": "AUTHOR"}}]}},
                     sort=[{"published_at": "asc"}, {"claim_id": "asc"}])
    subjects = {w.lower() for e in cluster.get("entities") or [] for w in e.split() if len(w) > 3}
    carriers = {(c.get("speaker_name") or c.get("speaker") or "").lower() for c in claims}
    denials, reactions = [], []
    for hit in resp["hits"]["hits"]:
        c = hit["_source"]
        if _denies(c, subjects):
            denials.append(_said(c))
        elif c.get("source_kind") in ("person", "official") and \
                (c.get("speaker_name") or c.get("speaker") or "").lower() not in carriers:
            reactions.append(_said(c))
    return denials, reactions


def trace(es, settings, ref: str, max_carriers: int = MAX_CARRIERS) -> dict:
    """The spread of one claim: origin, first seen, carriers in time order, variants, denials, reactions.

    ``carriers`` are the first ``max_carriers`` in time; ``carriers_total`` counts them all."""
    cluster_id = _find_cluster(es, settings, ref)
    names = settings.names
    found = es.options(ignore_status=404).get(index=names.claim_clusters_index, id=cluster_id)
    if not found.get("found"):
        raise ClaimNotFoundError(f"no claim cluster {cluster_id}")
    cluster = found["_source"]
    resp = es.search(index=names.claims_index, size=max_carriers, source_includes=list(_CARRIER_FIELDS),
                     query={"term": {"cluster_id": cluster_id}}, track_total_hits=True,
                     sort=[{"published_at": "asc"}, {"claim_id": "asc"}])
    claims = [h["_source"] for h in resp["hits"]["hits"]]
    denials, reactions = _responses(es, settings, cluster, claims)
    return {
        "cluster_id": cluster_id, "text": cluster["text"], "origin": cluster.get("origin"),
        "first_seen": cluster["first_seen"], "carriers": [_carrier(c) for c in claims],
        "carriers_total": resp["hits"]["total"]["value"],
        "outlets": cluster["outlet_count"], "articles": cluster["article_count"],
        "timeline": [{"hour": t["hour"], "outlet": t["outlet"], "count": t["count"]} for t in cluster["timeline"]],
        "number_variants": [{"value": v["value"], "outlets": v["outlets"]} for v in cluster["number_variants"]],
        "number_drift": cluster.get("number_drift", False),
        "denials": denials, "reactions": reactions,
    }


def top(es, settings, since: str | None = "24h", size: int = 20) -> list[dict]:
    """The clusters carried by the most outlets among those seen since ``since``."""
    filters = []
    expr = since_expr(since)
    if expr:
        filters.append({"range": {"last_seen": {"gte": expr}}})
    resp = es.search(index=settings.names.claim_clusters_index, size=size,
                     query={"bool": {"filter": filters}},
                     sort=[{"outlet_count": "desc"}, {"article_count": "desc"}, {"cluster_id": "asc"}])
    return [{"cluster_id": c["cluster_id"], "text": c["text"], "outlets": c["outlet_count"],
             "articles": c["article_count"], "origin_kind": (c.get("origin") or {}).get("kind"),
             "first_seen": c["first_seen"]}
            for c in (h["_source"] for h in resp["hits"]["hits"])]
