"""Rarer young-generation collections while a stage that allocates in bulk is running.

A decoded indexer batch is some hundred thousand small dicts, lists and strings, in no
reference cycle, all alive until the batch is written: CPython's cyclic collector ran a
young collection every 700 net allocations, and full ones as those objects survived,
and found nothing to free. Reference counting still frees each batch the moment it is
done; the collector only looks for cycles less often.
"""
from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass
class _Holders:
    """Who holds the raised threshold now, and what it was before the first of them."""
    count: int = 0
    original: tuple[int, ...] = ()


# What the bulk stages run under (the indexer, the enricher's parent, a poll): some hundred thousand
# acyclic objects alive at once, so 50,000 net allocations between young collections, where 700 made
# each of them spend a fifth to a quarter of its CPU in the collector (each stage says what it measured).
BULK_STAGE_THRESHOLD = 50_000

_lock = threading.Lock()
_held = _Holders()


@contextmanager
def young_gc_threshold(allocations: int | None) -> Iterator[None]:
    """Generation 0's threshold at least ``allocations`` inside; ``None`` changes nothing.

    The threshold belongs to the process: runners on threads of one process (tests) share
    it, and the last one out puts back what the first one found.
    """
    if not allocations:
        yield
        return
    with _lock:
        if _held.count == 0:
            _held.original = gc.get_threshold()
            gc.set_threshold(max(allocations, _held.original[0]), *_held.original[1:])
        _held.count += 1
    try:
        yield
    finally:
        with _lock:
            _held.count -= 1
            if _held.count == 0:
                gc.set_threshold(*_held.original)
