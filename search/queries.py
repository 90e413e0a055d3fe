"""Queries over the NewsRadar aliases: articles, claims, and stats.

Every free-text query is matched twice, and either match counts: against the
original text (``standard`` analysis, plus the ``english`` subfields where the
cluster has them), and, lemmatised (``newsradar.lemmas``), against the ``lemmas``
field the pipeline writes. So "weapon" finds "weapons" on any cluster.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from elasticsearch import Elasticsearch, NotFoundError

from newsradar.lemmas import get_lemmatiser

ARTICLE_TEXT = ["title^3", "title.english^2", "summary^2", "summary.english", "body", "body.english"]
CLAIM_TEXT = ["content^2", "content.english", "title"]
_SINCE_RE = re.compile(r"^(\d+)\s*([hdwmy])$")
_UNITS = {"h": "h", "d": "d", "w": "w", "m": "M", "y": "y"}
_UNIT_DAYS = {"h": 1 / 24, "d": 1, "w": 7, "m": 31, "y": 366}
MAX_SINCE_DAYS = 1000 * 366


def since_expr(since: str | None, name: str = "--since") -> str | None:
    """'7d' -> 'now-7d'-style date math; an ISO date passes through; None stays None.

    Anything else is a ``ValueError`` that says what is accepted: passed on, Elasticsearch
    would answer 400 and the command would end in a traceback. ``name`` is what the
    caller's user typed (the CLI's flag, the board's query parameter).
    """
    if not since:
        return None
    m = _SINCE_RE.match(since.strip().lower())
    if m:
        if int(m.group(1)) * _UNIT_DAYS[m.group(2)] > MAX_SINCE_DAYS:
            raise ValueError(f"{name} {since!r} reaches back more than 1000 years")
        return f"now-{m.group(1)}{_UNITS[m.group(2)]}"
    try:
        (datetime if "T" in since else date).fromisoformat(since.strip())
    except ValueError:
        raise ValueError(f"{name} {since!r} is neither a period (24h, 7d, 2w, 3m, 1y) "
                         "nor an ISO date (2024-05-01 or 2024-05-01T08:00:00)") from None
    return since.strip()


def window_start(since: str, now: datetime | None = None) -> str:
    """The start of ``since`` as an absolute UTC time, floored to the hour.

    For aggregations that pages repeat: a range that names ``now`` is never kept in
    Elasticsearch's request cache, an absolute one is, until the index changes. Months
    and years count as 30 and 365 days here.
    """
    expr = since_expr(since)
    if not expr.startswith("now-"):
        return expr
    m = _SINCE_RE.match(since.strip().lower())
    days = int(m.group(1)) * {"h": 1 / 24, "d": 1, "w": 7, "m": 30, "y": 365}[m.group(2)]
    start = (now or datetime.now(timezone.utc)) - timedelta(days=days)
    return start.replace(minute=0, second=0, microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def text_query(query: str, fields: list[str], lemma_field: str = "lemmas") -> dict:
    """All words of ``query`` in the text, or all their lemmas in ``lemma_field``."""
    lemmatiser = get_lemmatiser()
    words = lemmatiser.query_lemmas(query)
    lemma_side = {"bool": {"must": [{"match": {lemma_field: {"query": cands, "operator": "or"}}}
                                    for cands in words if cands]}}
    text_side = {"multi_match": {"query": query, "fields": fields, "operator": "and", "type": "cross_fields"}}
    return {"bool": {"should": [text_side, lemma_side] if words else [text_side], "minimum_should_match": 1}}


def _ci_term(field: str, value: str) -> dict:
    return {"term": {field: {"value": value, "case_insensitive": True}}}


def _filters(since: str | None, outlet: str | None) -> list[dict]:
    out = []
    if since:
        out.append({"range": {"published_at": {"gte": since_expr(since)}}})
    if outlet:
        out.append(_ci_term("outlet", outlet))
    return out


def _hits(resp) -> list[dict]:
    return [{"_id": h["_id"], "_index": h["_index"], "_score": h.get("_score"), **h["_source"],
             "highlight": h.get("highlight", {})} for h in resp["hits"]["hits"]]


def article_query(query: str | None, since: str | None = None, outlet: str | None = None,
                  entity: str | None = None) -> dict:
    filters = _filters(since, outlet)
    if entity:
        filters.append({"bool": {"should": [_ci_term("entities.all", entity),
                                            {"match_phrase": {"title": entity}}], "minimum_should_match": 1}})
    return {"bool": {"must": [text_query(query, ARTICLE_TEXT)] if query else [{"match_all": {}}],
                     "filter": filters}}


def search_articles(es: Elasticsearch, settings, query: str, since: str | None = None, outlet: str | None = None,
                    entity: str | None = None, size: int = 20) -> list[dict]:
    body = article_query(query, since, outlet, entity)
    resp = es.search(index=settings.names.articles_index, query=body, size=size,
                     source_excludes=["body", "lemmas", "entity_list"],
                     sort=["_score", {"published_at": "desc"}],
                     highlight={"fields": {"title": {"number_of_fragments": 0}, "body": {"fragment_size": 160,
                                                                                          "number_of_fragments": 2},
                                           "summary": {"fragment_size": 160, "number_of_fragments": 1}},
                                "pre_tags": ["[["], "post_tags": ["]]"]})
    return _hits(resp)


def speaker_query(name: str) -> dict:
    """"Banks" matches speaker "Banks" and speaker_resolved "Jim Banks"."""
    return {"bool": {"should": [{"match_phrase": {"speaker": name}}, {"match_phrase": {"speaker_resolved": name}}],
                     "minimum_should_match": 1}}


def claim_query(query: str | None = None, speaker: str | None = None, entity: str | None = None,
                outlet: str | None = None, since: str | None = None, source_kind: str | None = None) -> dict:
    """``source_kind`` is the speaker type the pipeline assigns (PERSON, ORG, DOCUMENT, ...)."""
    must = [text_query(query, CLAIM_TEXT)] if query else []
    filters = _filters(since, outlet)
    if speaker:
        must.append(speaker_query(speaker))
    if entity:
        filters.append({"bool": {"should": [_ci_term("entities", entity), _ci_term("article_entities.all", entity)],
                                 "minimum_should_match": 1}})
    if source_kind:
        filters.append(_ci_term("speaker_type", source_kind))
    return {"bool": {"must": must or [{"match_all": {}}], "filter": filters}}


def search_claims(es: Elasticsearch, settings, query: str | None = None, speaker: str | None = None,
                  entity: str | None = None, outlet: str | None = None, since: str | None = None,
                  size: int = 20, source_kind: str | None = None) -> list[dict]:
    body = claim_query(query, speaker, entity, outlet, since, source_kind)
    resp = es.search(index=settings.names.claims_index, query=body, size=size, source_excludes=["lemmas"],
                     sort=(["_score"] if query else []) + [{"published_at": "desc"}],
                     highlight={"fields": {"content": {"number_of_fragments": 0}},
                                "pre_tags": ["[["], "post_tags": ["]]"]})
    return _hits(resp)


ARTICLE_FACETS = {"outlet": "outlet", "entity": "entities.all"}
CLAIM_FACETS = {"outlet": "outlet", "speaker": "speaker_name", "source_kind": "speaker_type",
                "entity": "entities"}


def facets(es: Elasticsearch, index: str, body: dict, fields: dict[str, str], size: int = 10) -> dict:
    """Counts per value of each facet, and per day, for the documents ``body`` matches."""
    aggs = {name: {"terms": {"field": field, "size": size}} for name, field in fields.items()}
    aggs["date"] = {"date_histogram": {"field": "published_at", "calendar_interval": "day", "min_doc_count": 1}}
    try:
        resp = es.search(index=index, size=0, query=body, aggs=aggs, track_total_hits=True)
    except NotFoundError:
        return {"total": 0, **{name: [] for name in aggs}}
    out = {name: [(b["key"], b["doc_count"]) for b in resp["aggregations"][name]["buckets"]] for name in fields}
    out["date"] = [(b["key_as_string"][:10], b["doc_count"]) for b in resp["aggregations"]["date"]["buckets"]]
    out["total"] = resp["hits"]["total"]["value"]
    return out


def _count(es: Elasticsearch, index: str) -> int | None:
    try:
        return es.count(index=index)["count"]
    except NotFoundError:
        return None


def _top(es: Elasticsearch, index: str, field: str, window: str | None, size: int = 10) -> list[tuple[str, int]]:
    query = {"range": {"published_at": {"gte": since_expr(window)}}} if window else {"match_all": {}}
    try:
        resp = es.search(index=index, size=0, query=query, aggs={"top": {"terms": {"field": field, "size": size}}})
    except NotFoundError:
        return []
    return [(b["key"], b["doc_count"]) for b in resp["aggregations"]["top"]["buckets"]]


def stats(es: Elasticsearch, settings, window: str = "30d") -> dict:
    """Documents per alias, and the top outlets, entities and speakers of the last ``window``."""
    names = settings.names
    indices = {"articles": names.articles_index, "claims": names.claims_index, "feeds": names.feeds_index,
               "alerts": names.alerts_index}
    return {
        "window": window,
        "counts": {k: _count(es, v) for k, v in indices.items()},
        "top_outlets": _top(es, names.articles_index, "outlet", window),
        "top_entities": _top(es, names.articles_index, "entities.all", window),
        "top_speakers": _top(es, names.claims_index, "speaker_name", window),
    }
