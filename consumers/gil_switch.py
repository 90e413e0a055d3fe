"""A longer GIL switch interval while a stage whose threads all compute is running.

The indexer's process holds five busy threads (the runner decoding the next batch, the stage
planning a part, two bulk threads, kafka-python's I/O thread) on a machine of two cores that
Elasticsearch shares. At CPython's 5 ms a thread waiting for the GIL makes its holder hand it
over every 5 ms, and each hand-over is a futex round and a colder cache for both. The threads
wait on sockets often enough to let each other run, so forced hand-overs are seldom needed.
"""
from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass
class _Holders:
    """Who holds the longer interval now, and what it was before the first of them."""
    count: int = 0
    original: float = 0.0


_lock = threading.Lock()
_held = _Holders()


@contextmanager
def gil_switch_interval(seconds: float | None) -> Iterator[None]:
    """The interpreter's switch interval at least ``seconds`` inside; ``None`` changes nothing.

    The interval belongs to the process: runners on threads of one process (tests) share
    it, and the last one out puts back what the first one found.
    """
    if not seconds:
        yield
        return
    with _lock:
        if _held.count == 0:
            _held.original = sys.getswitchinterval()
            sys.setswitchinterval(max(seconds, _held.original))
        _held.count += 1
    try:
        yield
    finally:
        with _lock:
            _held.count -= 1
            if _held.count == 0:
                sys.setswitchinterval(_held.original)
