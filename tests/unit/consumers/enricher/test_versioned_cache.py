"""consumers/enricher/versioned_cache.py: an entry serves only the write it was stored under, and the
least recently used leave first."""
from __future__ import annotations

from consumers.enricher.versioned_cache import VersionedCache


def test_versioned_cache_serves_only_the_write_it_holds():
    cache: VersionedCache[str] = VersionedCache(4)
    cache.put("a", (5, 1), "first")
    assert cache.get("a", (5, 1)) == "first"
    assert cache.get("a", (6, 1)) is None          # rewritten since
    assert cache.get("a", (5, 2)) is None          # a new primary
    cache.put("a", (6, 1), "second")
    assert cache.get("a", (6, 1)) == "second" and len(cache) == 1


def test_versioned_cache_keeps_the_most_recently_used():
    cache: VersionedCache[int] = VersionedCache(2)
    cache.put("a", (1, 1), 1)
    cache.put("b", (2, 1), 2)
    assert cache.get("a", (1, 1)) == 1             # "b" is now the least recently used
    cache.put("c", (3, 1), 3)
    assert len(cache) == 2 and cache.get("b", (2, 1)) is None
    assert cache.get("a", (1, 1)) == 1 and cache.get("c", (3, 1)) == 3


def test_versioned_cache_keeps_each_written_document_under_the_write_the_bulk_reports(monkeypatch):
    from consumers.enricher import versioned_cache

    def bulk(es, actions, **kwargs):
        actions = list(actions)
        assert [a["_id"] for a in actions] == ["a", "b"] and not kwargs["refresh"]
        yield True, {"index": {"_id": "a", "_seq_no": 4, "_primary_term": 2}}
        yield False, {"index": {"_id": "b", "status": 400, "error": {"type": "mapper_parsing_exception"}}}

    monkeypatch.setattr(versioned_cache.helpers, "streaming_bulk", bulk)
    cache: VersionedCache[str] = VersionedCache(4)
    errors = versioned_cache.index_cached(None, "idx", [{"id": "a", "n": 1}, {"id": "b", "n": 2}], "id", cache,
                                          lambda d: f"built {d['n']}")
    assert errors == [{"index": {"_id": "b", "status": 400, "error": {"type": "mapper_parsing_exception"}}}]
    assert cache.get("a", (4, 2)) == "built 1" and len(cache) == 1
