"""Feeds: the health table `newsradar feeds` prints, sortable by any column."""
from __future__ import annotations

from datetime import datetime, timezone

from board.pages.common import BadParameter, Board
from newsradar.feed_health import HealthStore

COLUMNS = ("feed_id", "outlet", "status", "last_success_at", "last_error", "consecutive_failures",
           "items_published", "next_poll_at")
# problems first by default: dead, then failing, then the rest
_STATUS_ORDER = {"dead": 0, "failing": 1, "new": 2, "ok": 3}


def _key(column: str):
    earliest = datetime.min.replace(tzinfo=timezone.utc)
    if column == "status":
        return lambda r: (_STATUS_ORDER.get(r["status"], 9), r["feed_id"])
    if column.endswith("_at"):
        return lambda r: (r[column] or earliest, r["feed_id"])
    return lambda r: (r[column] if r[column] is not None else "", r["feed_id"])


def data(board: Board, params, **_) -> dict:
    sort = params.get("sort") or "status"
    if sort not in COLUMNS:
        raise BadParameter(f"sort={sort!r}: use one of {', '.join(COLUMNS)}")
    descending = params.get("order") == "desc"
    rows = [{"feed_id": h.feed_id, "outlet": h.outlet, "url": h.url, "group": h.group, "status": h.status,
             "last_polled_at": h.last_polled_at, "last_success_at": h.last_success_at,
             "last_error": h.last_error, "last_error_kind": h.last_error_kind,
             "consecutive_failures": h.consecutive_failures, "items_published": h.items_published,
             "items_seen": h.items_seen,
             "next_poll_at": None if h.status == "dead" else h.next_poll_at}
            for h in HealthStore(board.settings, board.es).load().values()]
    rows.sort(key=_key(sort), reverse=descending)
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    return {"sort": sort, "order": "desc" if descending else "asc", "columns": COLUMNS, "counts": counts,
            "feeds": rows}
