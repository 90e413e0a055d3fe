"""Claim trace: where a claim came from, who repeated it and when, number variants, denials, reactions."""
from __future__ import annotations

from board import links
from board.charts import from_hours
from board.pages.common import BadParameter, Board, NotFound
from search import claims


def data(board: Board, params, ref: str = "") -> dict:
    ref = ref or params.get("q") or ""
    if not ref.strip():
        raise BadParameter("name a claim: /claims/<cluster id>, or /claims?q=words of the claim")
    found = claims.trace(board.es, board.settings, ref)
    if found is None:
        raise NotFound(f"no claim matches {ref!r}")
    return {**found, "link": links.claim(found["cluster_id"])}


def chart(page: dict):
    return from_hours(page["timeline"])
