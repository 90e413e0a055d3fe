"""Alert history: recent alerts with their per-channel deliveries, for `newsradar alerts list` and the board."""
from __future__ import annotations

from elasticsearch import exceptions as es_exc

from newsradar.errors import NewsRadarError


def alert_history(es, settings, limit: int = 20, rule: str | None = None,
                  alert_id: str | None = None) -> list[dict]:
    """Recent alerts, newest first, each with ``deliveries``: its outbox rows (one per revision and
    channel, oldest revision first) and ``channels``: the latest revision's state per channel."""
    query = ({"term": {"alert_id": alert_id}} if alert_id else {"term": {"rule": rule}} if rule
             else {"match_all": {}})
    try:
        hits = es.search(index=settings.names.alerts_index, query=query, size=limit,
                         sort=[{"fired_at": "desc"}])["hits"]["hits"]
        ids = [h["_source"]["alert_id"] for h in hits]
        deliveries = es.search(index=settings.names.outbox_index, query={"terms": {"alert_id": ids}},
                               size=1000, source_excludes=["event"],
                               sort=[{"revision": "asc"}, {"channel": "asc"}])["hits"]["hits"] if ids else []
    except es_exc.NotFoundError as exc:
        raise NewsRadarError("the alert indices do not exist: run `newsradar up`") from exc
    by_alert: dict[str, list[dict]] = {}
    for d in deliveries:
        by_alert.setdefault(d["_source"]["alert_id"], []).append(d["_source"])
    out = []
    for h in hits:
        a = dict(h["_source"])
        a["deliveries"] = by_alert.get(a["alert_id"], [])
        # rows are in revision order, so the last one per channel is the latest revision's
        a["channels"] = {d["channel"]: d["state"] for d in a["deliveries"]}
        out.append(a)
    return out
