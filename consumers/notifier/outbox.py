"""The durable outbox in ``news-outbox``: one doc per (alert_id, revision, channel).

States::

    queued --(digest sent)--> digested                (rules with digest_minutes)
    pending --claim--> sending --ack--> sent
                          |-- NotifyError --> pending (next_attempt_at: backoff or Retry-After)
                          |-- permanent / attempts used up --> failed
                          '-- notifier died, lease expired --> unknown (at-most-once, default)
                                                           '-> pending (at-least-once)

Every transition is a conditional write (``if_seq_no``/``if_primary_term``), so
two notifier threads or instances never both claim one delivery, and a
delivery marked ``sent`` is never sent again. The doc is created with
``op_type=create``: the same alert revision announced twice (a replay) finds
its delivery already there.

The boundary choice: between "the channel accepted it" and "the outbox says
sent" there is a window in which the process can die. Which is worse, a
missed or a doubled newsroom alert, is the rule's ``delivery`` option: the
default ``at-most-once`` marks such a delivery ``unknown`` and logs it (the
restart sends nothing); ``at-least-once`` sends it again (webhooks carry an
``Idempotency-Key`` and e-mails a stable ``Message-ID`` so receivers can drop
the copy). Failures the channel reported (HTTP 5xx/429, SMTP 4xx, connection
refused) are always retried: they were not delivered.
"""
from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

from elasticsearch import Elasticsearch
from elasticsearch import exceptions as es_exc

from newsradar.clock import iso, utcnow
from newsradar.clients import ES_ERRORS
from newsradar.errors import es_error
from newsradar.schema import AlertEvent

Seq = tuple[int, int]


def delivery_id_for(alert_id: str, revision: int, channel: str) -> str:
    return f"{alert_id}:{revision}:{channel}"


def backoff(attempts: int, base: float = 1.0, cap: float = 300.0) -> float:
    """Exponential backoff with +-20% jitter: 1, 2, 4, ... seconds, at most ``cap``."""
    delay = min(cap, base * 2 ** max(0, attempts - 1))
    return delay * random.uniform(0.8, 1.2)


class Outbox:
    def __init__(self, es: Elasticsearch, index: str):
        self.es = es
        self.index = index

    def _call(self, what: str, fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except es_exc.ConflictError:
            return None
        except ES_ERRORS as exc:
            raise es_error(exc, f"outbox {what} in {self.index}") from exc

    def create(self, event: AlertEvent, channel: str, state: str, now: datetime) -> tuple[dict, Seq] | None:
        doc = {"delivery_id": delivery_id_for(event.alert_id, event.revision, channel),
               "alert_id": event.alert_id, "revision": event.revision, "channel": channel, "rule": event.rule,
               "state": state, "attempts": 0, "next_attempt_at": iso(now), "created_at": iso(now),
               "updated_at": iso(now), "event": json.loads(event.model_dump_json())}
        return self.create_doc(doc)

    def create_doc(self, doc: dict) -> tuple[dict, Seq] | None:
        resp = self._call("create", self.es.index, index=self.index, id=doc["delivery_id"], document=doc,
                          op_type="create")
        return None if resp is None else (doc, (resp["_seq_no"], resp["_primary_term"]))

    def get(self, delivery_id: str) -> tuple[dict, Seq] | None:
        try:
            r = self.es.get(index=self.index, id=delivery_id)
        except es_exc.NotFoundError:
            return None
        except ES_ERRORS as exc:
            raise es_error(exc, "outbox get") from exc
        return r["_source"], (r["_seq_no"], r["_primary_term"])

    def transition(self, doc: dict, seq: Seq, **changes) -> tuple[dict, Seq] | None:
        """Write ``doc`` with ``changes`` if nobody changed it since ``seq``; None on conflict."""
        new = {**doc, **changes, "updated_at": iso(utcnow())}
        resp = self._call("update", self.es.index, index=self.index, id=doc["delivery_id"], document=new,
                          if_seq_no=seq[0], if_primary_term=seq[1])
        return None if resp is None else (new, (resp["_seq_no"], resp["_primary_term"]))

    def search(self, query: dict, size: int = 100, sort=None) -> list[tuple[dict, Seq]]:
        resp = self._call("search", self.es.search, index=self.index, query=query, size=size,
                          seq_no_primary_term=True, sort=sort or [{"next_attempt_at": "asc"}])
        if resp is None:
            return []
        return [(h["_source"], (h["_seq_no"], h["_primary_term"])) for h in resp["hits"]["hits"]]

    def due(self, now: datetime, size: int = 50) -> list[tuple[dict, Seq]]:
        return self.search({"bool": {"filter": [{"term": {"state": "pending"}},
                                                {"range": {"next_attempt_at": {"lte": iso(now)}}}]}}, size)

    def stale(self, now: datetime, lease: timedelta) -> list[tuple[dict, Seq]]:
        return self.search({"bool": {"filter": [{"term": {"state": "sending"}},
                                                {"range": {"claimed_at": {"lt": iso(now - lease)}}}]}})

    def queued(self) -> list[tuple[dict, Seq]]:
        return self.search({"term": {"state": "queued"}}, size=500, sort=[{"created_at": "asc"}])

    def last_digest(self, rule: str, channel: str) -> dict | None:
        hits = self.search({"bool": {"filter": [{"term": {"rule": rule}}, {"term": {"channel": channel}},
                                                {"exists": {"field": "digest_of"}}]}},
                           size=1, sort=[{"created_at": "desc"}])
        return hits[0][0] if hits else None

    def digests_containing(self, delivery_ids: list[str]) -> set[str]:
        hits = self.search({"terms": {"digest_of": delivery_ids}}, size=100, sort=[{"created_at": "asc"}])
        return {d for doc, _ in hits for d in doc.get("digest_of", [])}

    def refresh(self) -> None:
        self._call("refresh", self.es.indices.refresh, index=self.index)
