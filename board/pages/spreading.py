"""Spreading now: stories and claim clusters ranked by distinct outlets in a window."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from elasticsearch import NotFoundError

from board import links
from board.charts import from_hours
from board.pages.common import Board, number, window
from search.alerts import alert_history
from search import claims
from search.queries import window_start


def _ranked(board: Board, window: dict, size: int) -> list[dict]:
    """Story ids by distinct outlets; only the cardinality runs over every story of the window."""
    aggs = {"stories": {
        "terms": {"field": "story_id", "size": size, "order": [{"outlets": "desc"}, {"_count": "desc"}]},
        # exact below 100 outlets per story, which is all a newsroom reads off this list
        "aggs": {"outlets": {"cardinality": {"field": "outlet", "precision_threshold": 100}}}}}
    resp = board.es.search(index=board.settings.names.articles_index, size=0, aggs=aggs, query=window)
    return resp["aggregations"]["stories"]["buckets"]


def stories(board: Board, since: str, size: int) -> list[dict]:
    """Top stories by outlet count, each with its first headline and hourly arrivals per outlet.

    Two requests: ranking first, then headlines and timelines for the ranked few only, which
    keeps the page fast when the window holds thousands of stories.
    """
    window = {"range": {"published_at": {"gte": window_start(since)}}}
    try:
        ranked = _ranked(board, window, size)
        if not ranked:
            return []
        ids = [b["key"] for b in ranked]
        aggs = {"stories": {
            "terms": {"field": "story_id", "size": len(ids)},
            "aggs": {"first": {"top_hits": {"size": 1, "sort": [{"published_at": "asc"}],
                                            "_source": ["title", "outlet", "published_at"]}},
                     "hours": {"date_histogram": {"field": "published_at", "calendar_interval": "hour",
                                                  "min_doc_count": 1},
                               "aggs": {"by_outlet": {"terms": {"field": "outlet", "size": 20}}}}}}}
        resp = board.es.search(index=board.settings.names.articles_index, size=0, aggs=aggs,
                               query={"bool": {"filter": [window, {"terms": {"story_id": ids}}]}})
    except NotFoundError:
        return []
    details = {b["key"]: b for b in resp["aggregations"]["stories"]["buckets"]}
    out = []
    for rank in ranked:
        b = {**details[rank["key"]], "outlets": rank["outlets"]}
        first = b["first"]["hits"]["hits"][0]["_source"]
        out.append({"story_id": b["key"], "link": links.story(b["key"]), "title": first.get("title"),
                    "first_outlet": first.get("outlet"), "first_seen": first.get("published_at"),
                    "outlets": b["outlets"]["value"], "articles": b["doc_count"],
                    "timeline": [{"hour": h["key_as_string"], "outlet": o["key"], "count": o["doc_count"]}
                                 for h in b["hours"]["buckets"] for o in h["by_outlet"]["buckets"]]})
    return out


def data(board: Board, params, **_) -> dict:
    since = window(params)
    size = number(params, "size", 15, 1, 100)
    # three independent reads: side by side, the page waits for the slowest, not for their sum
    with ThreadPoolExecutor(max_workers=3) as pool:
        top = pool.submit(claims.top, board.es, board.settings, since)
        # the topic rules group articles the story clusterer keeps apart: their alerts show that spread too
        recent = pool.submit(alert_history, board.es, board.settings, 5)
        ranked = pool.submit(stories, board, since, size)
        claim_rows = [{**c, "link": links.claim(c["cluster_id"])} for c in top.result()]
        firing = [{**a, "link": links.alert(a["alert_id"])} for a in recent.result()]
        return {"window": since, "alerts": firing, "stories": ranked.result(), "claims": claim_rows[:size]}


def charts(page: dict) -> dict:
    return {s["story_id"]: from_hours(s["timeline"], width=360) for s in page["stories"]}
