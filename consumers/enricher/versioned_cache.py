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
from typing import Generic, TypeVar

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

    def __len__(self) -> int:
        return len(self._entries)
