"""Story: its articles on a timeline by outlet (syndicated copies marked), top entities and claims."""
from __future__ import annotations

from elasticsearch import NotFoundError

from board import links
from board.charts import Point, timeline
from board.pages.common import Board, NotFound
from newsradar.clock import parse_time

MAX_ARTICLES = 200
_FIELDS = ["article_id", "title", "outlet", "url", "published_at", "near_duplicate_of", "story_id"]


def articles(board: Board, query: dict) -> dict:
    """The articles ``query`` selects (one story's, or one alert's: bounded), outlets and top entities."""
    aggs = {"outlets": {"cardinality": {"field": "outlet"}},
            "entities": {"terms": {"field": "entities.all", "size": 12}}}
    try:
        resp = board.es.search(index=board.settings.names.articles_index, query=query, size=MAX_ARTICLES,
                               sort=[{"published_at": "asc"}], source=_FIELDS, aggs=aggs, track_total_hits=True)
    except NotFoundError:
        resp = None
    if not resp or not resp["hits"]["hits"]:
        raise NotFound("no articles")
    rows = [{**h["_source"], "syndicated": bool(h["_source"].get("near_duplicate_of")),
             "story_link": links.story(h["_source"]["story_id"]) if h["_source"].get("story_id") else None}
            for h in resp["hits"]["hits"]]
    return {"articles": rows, "article_count": resp["hits"]["total"]["value"],
            "outlets": resp["aggregations"]["outlets"]["value"],
            "outlet_names": sorted({r["outlet"] for r in rows}),
            "entities": [(b["key"], b["doc_count"]) for b in resp["aggregations"]["entities"]["buckets"]]}


def story_claims(board: Board, story_ids: list[str], size: int = 20) -> list[dict]:
    query = {"bool": {"filter": [{"terms": {"story_id": story_ids}}],
                      "must_not": [{"term": {"speaker_type": "AUTHOR"}}]}}
    try:
        resp = board.es.search(index=board.settings.names.claims_index, query=query, size=size,
                               sort=[{"confidence": "desc"}, {"published_at": "asc"}],
                               source=["content", "speaker", "speaker_resolved", "cue", "outlet", "url",
                                       "published_at", "negated"])
    except NotFoundError:
        return []
    return [h["_source"] for h in resp["hits"]["hits"]]


def chart(page: dict):
    return timeline([Point(parse_time(a["published_at"]), a["outlet"], marked=a["syndicated"],
                           title=f"{a['outlet']}: {a.get('title') or ''}") for a in page["articles"]])


def data(board: Board, params, story_id: str = "") -> dict:
    try:
        found = articles(board, {"term": {"story_id": story_id}})
    except NotFound:
        raise NotFound(f"story {story_id!r} is not in {board.settings.names.articles_index}") from None
    return {"story_id": story_id, "link": links.story(story_id), "title": found["articles"][0].get("title"),
            **found, "claims": story_claims(board, [story_id])}
