"""A bounded in-process copy of documents the enricher reads back as search candidates.

Each candidate search used to return every hit's ``_source``, and parsing those sources was
the largest share of the parent's Elasticsearch work; but most hits are documents this process
wrote a few batches before. The searches now ask only for ids and each hit's ``_seq_no`` and
``_primary_term``, which change with every write of the document: an entry is used only when
both equal what the hit reports, so a document rewritten by another enricher process is read
again, never served stale. The entries kept are the most recently used, up to ``size``.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

from elasticsearch import helpers

V = TypeVar("V")

Version = tuple[int, int]   # (_seq_no, _primary_term)


def hit_version(hit: dict) -> Version:
    return hit["_seq_no"], hit["_primary_term"]


class VersionedCache(Generic[V]):
    def __init__(self, size: int):
        self.size = size
        self._entries: OrderedDict[str, tuple[Version, V]] = OrderedDict()

    def get(self, doc_id: str, version: Version) -> V | None:
        entry = self._entries.get(doc_id)
        if entry is None or entry[0] != version:
            return None
        self._entries.move_to_end(doc_id)
        return entry[1]

    def put(self, doc_id: str, version: Version, value: V) -> None:
        self._entries[doc_id] = (version, value)
        self._entries.move_to_end(doc_id)
        if len(self._entries) > self.size:
            self._entries.popitem(last=False)

    def of_hits(self, hits: list[dict], read: Callable[[list[str]], list[dict]],
                build: Callable[[dict], V]) -> dict[str, V]:
        """Each hit's value by id: the cached one when it is for the write the hit reports, else built
        from the ``_source`` of what one ``read`` (an mget) of all the others returns, and cached.

        A document deleted since the search has no value; one rewritten since is read as it is now.
        """
        out: dict[str, V] = {}
        missing: dict[str, None] = {}
        for h in hits:
            if h["_id"] in out:
                continue
            value = self.get(h["_id"], hit_version(h))
            if value is None:
                missing[h["_id"]] = None
            else:
                out[h["_id"]] = value
        if missing:
            for d in read(list(missing)):
                if d.get("found"):
                    out[d["_id"]] = build(d["_source"])
                    self.put(d["_id"], hit_version(d), out[d["_id"]])
        return out

    def __len__(self) -> int:
        return len(self._entries)


def index_cached(es, index: str, docs: list[dict], id_field: str, cache: VersionedCache[V],
                 build: Callable[[dict], V]) -> list[dict]:
    """Index ``docs`` (``_id`` = their ``id_field``) in one bulk, without refresh, and cache ``build(doc)``
    of each under the write the bulk reports; the failed items, as ``helpers.bulk`` gives them."""
    written = {d[id_field]: d for d in docs}
    errors = []
    for ok, item in helpers.streaming_bulk(es, ({"_index": index, "_id": d[id_field], "_source": d} for d in docs),
                                           refresh=False, raise_on_error=False, yield_ok=True):
        if ok:
            result = item["index"]
            cache.put(result["_id"], hit_version(result), build(written[result["_id"]]))
        else:
            errors.append(item)
    return errors
