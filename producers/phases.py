"""Wall-clock seconds per phase of one poll, so a poll's summary says where its time went.

A profile of the poller's process cannot show this: the parse pool is other
processes, and most of a poll is waiting on them, on the network or on Kafka.
The parse workers' CPU seconds are added by the poller from each result.
"""
from __future__ import annotations

import time
from collections import Counter
from contextlib import contextmanager


class PhaseClock:
    def __init__(self) -> None:
        self.seconds: Counter = Counter()

    @contextmanager
    def __call__(self, phase: str):
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[phase] += time.perf_counter() - started

    def add(self, phase: str, seconds: float) -> None:
        self.seconds[phase] += seconds

    def __str__(self) -> str:
        return ", ".join(f"{name} {secs:.2f}s" for name, secs in self.seconds.items())
