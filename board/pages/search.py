"""Search: articles or claims with the CLI's word-form matching, and facets from aggregations."""
from __future__ import annotations

from elasticsearch import NotFoundError

from board import links
from board.pages.common import BadParameter, Board, number, period
from search.queries import (ARTICLE_FACETS, CLAIM_FACETS, article_query, claim_query, facets, search_articles,
                            search_claims)

FILTERS = ("outlet", "speaker", "source_kind", "entity", "since")


def data(board: Board, params, **_) -> dict:
    kind = params.get("kind") or "articles"
    if kind not in ("articles", "claims"):
        raise BadParameter(f"kind={kind!r}: use articles or claims")
    q = (params.get("q") or "").strip()
    f = {k: (params.get(k) or "").strip() or None for k in FILTERS}
    period(params, "since")
    size = number(params, "size", 25, 1, 200)
    names = board.settings.names
    try:
        if kind == "claims":
            hits = search_claims(board.es, board.settings, q or None, speaker=f["speaker"], entity=f["entity"],
                                 outlet=f["outlet"], since=f["since"], size=size, source_kind=f["source_kind"])
            counts = facets(board.es, names.claims_index, claim_query(q or None, f["speaker"], f["entity"],
                                                                      f["outlet"], f["since"], f["source_kind"]),
                            CLAIM_FACETS)
        else:
            hits = search_articles(board.es, board.settings, q, since=f["since"], outlet=f["outlet"],
                                   entity=f["entity"], size=size)
            counts = facets(board.es, names.articles_index, article_query(q, f["since"], f["outlet"], f["entity"]),
                            ARTICLE_FACETS)
    except NotFoundError:
        hits, counts = [], {"total": 0}
    for h in hits:
        h.pop("highlight", None)
        if h.get("story_id"):
            h["story_link"] = links.story(h["story_id"])
    return {"q": q, "kind": kind, "filters": f, "total": counts.pop("total", 0), "facets": counts, "hits": hits}
