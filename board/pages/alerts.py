"""Alerts: history with status, revisions and per-channel deliveries; one alert with its articles."""
from __future__ import annotations

from board import links
from board.pages import story
from board.pages.common import Board, NotFound, number
from search.alerts import alert_history


def _row(a: dict) -> dict:
    return {**a, "link": links.alert(a["alert_id"])}


def history(board: Board, params, **_) -> dict:
    limit = number(params, "limit", 50, 1, 1000)
    rule = params.get("rule") or None
    return {"rule": rule, "alerts": [_row(a) for a in alert_history(board.es, board.settings, limit, rule)]}


def detail(board: Board, params, alert_id: str = "") -> dict:
    found = alert_history(board.es, board.settings, 1, alert_id=alert_id)
    if not found:
        raise NotFound(f"alert {alert_id!r} is not in {board.settings.names.alerts_index}")
    alert = _row(found[0])
    try:
        arts = story.articles(board, {"terms": {"article_id": alert.get("article_ids") or []}})
    except NotFound:
        arts = {"articles": [], "outlets": 0, "outlet_names": [], "entities": [], "article_count": 0}
    return {"alert": alert, **arts}
