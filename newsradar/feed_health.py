"""Per-feed health (``newsradar.schema.FeedHealth``) in Elasticsearch, alias ``news-feeds``.

Documents are exactly ``FeedHealth.model_dump(mode="json")`` with ``_id =
feed_id``. They are loaded at start (conditional-GET validators, body hash,
schedule, failure count) and written after the poll's articles are durable on
Kafka, so a crash never leaves an ETag that hides unpublished items.

Writes use ``require_alias``: the index template and alias belong to
``newsradar/es_schema.ensure_schema``; the poller never lets Elasticsearch
auto-create a concrete ``news-feeds`` index that would block the alias later.
When the alias does not exist the store says so once and keeps the state in
memory for the run.
"""
from __future__ import annotations

import logging

from elasticsearch import Elasticsearch
from elasticsearch import exceptions as es_exc

from newsradar.schema import FeedHealth
from newsradar.settings import Settings

log = logging.getLogger(__name__)


class HealthStore:
    def __init__(self, settings: Settings, es: Elasticsearch | None = None):
        from newsradar.clients import es_client

        self.settings = settings
        self.index = settings.names.feeds_index
        self.es = es or es_client(settings)
        self.available = True

    def load(self) -> dict[str, FeedHealth]:
        out: dict[str, FeedHealth] = {}
        try:
            if not self.es.indices.exists_alias(name=self.index):
                self._unavailable("alias does not exist")
                return out
            resp = self.es.search(index=self.index, size=10_000, sort=["_doc"], query={"match_all": {}})
            hits = resp["hits"]["hits"]
            while hits:
                for hit in hits:
                    try:
                        health = FeedHealth.model_validate(hit["_source"])
                    except ValueError:
                        log.warning("feed health %s is unreadable; starting it afresh", hit["_id"])
                        continue
                    out[health.feed_id] = health
                if len(hits) < 10_000:
                    break
                resp = self.es.search(index=self.index, size=10_000, sort=["_doc"],
                                      search_after=hits[-1]["sort"], query={"match_all": {}})
                hits = resp["hits"]["hits"]
        except (es_exc.ConnectionError, es_exc.TransportError, es_exc.ApiError) as exc:
            self._unavailable(f"{exc.__class__.__name__}: {exc}")
        return out

    def save(self, healths: list[FeedHealth]) -> int:
        if not healths or not self.available:
            return 0
        operations: list[dict] = []
        for h in healths:
            operations.append({"index": {"_index": self.index, "_id": h.feed_id}})
            operations.append(h.model_dump(mode="json"))
        try:
            resp = self.es.bulk(operations=operations, require_alias=True, refresh=False)
        except (es_exc.ConnectionError, es_exc.TransportError, es_exc.ApiError) as exc:
            self._unavailable(f"{exc.__class__.__name__}: {exc}")
            return 0
        if resp.get("errors"):
            first = next((i["index"]["error"] for i in resp["items"] if "error" in i["index"]), None)
            log.warning("feed health: some documents were refused: %s", first)
        return sum(1 for i in resp["items"] if "error" not in i["index"])

    def _unavailable(self, why: str) -> None:
        if self.available:
            log.warning("feed health index %s unavailable (%s): health kept in memory for this run; "
                        "run `newsradar up` to create the indices", self.index, why)
        self.available = False
