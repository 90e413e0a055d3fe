"""CPU seconds of this process's threads over a window, grouped by what each thread does.

``getrusage`` gives one figure for the whole process; a poll's parent process runs the
fetch loop, the routing and Kafka appends, kafka-python's sender, the parse pool's
pickling threads and Prefect's loops, and only a split says which of them to cut.
Linux keeps each thread's CPU in /proc/self/task/<tid>/stat, but a thread that ends
inside the window (the fetch thread does) takes its figure with it, so a sampler thread
reads them every ``interval`` seconds; what a thread spends after its last sample is
missed (under one interval of it). A sample reads one file per thread and waits for the GIL
after each read, so in a process of hundreds of threads it can outlast a short thread; the
poller's process has a few dozen. The sampler's own CPU is reported, to subtract.
"""
from __future__ import annotations

import os
import threading
import time
from collections import Counter
from pathlib import Path

_TICK = os.sysconf("SC_CLK_TCK")


def _group(thread: threading.Thread | None) -> str:
    if thread is None:
        return "other threads"
    name = thread.name
    if name == "MainThread":
        return "main thread (route, dedupe, Kafka appends)"
    if name == "poll-fetch":
        return "fetch thread (HTTP)"
    if name.startswith("kafka-python"):
        return "Kafka sender thread"
    # The pool's manager thread keeps the default name ("Thread-N"): its class's module says whose it is.
    if name == "QueueFeederThread" or type(thread).__module__ == "concurrent.futures.process":
        return "parse pool's pickling threads"
    return "other threads (Prefect's loops)"


def _task_cpu() -> dict[int, float]:
    out = {}
    for tid in os.listdir("/proc/self/task"):
        try:
            fields = Path(f"/proc/self/task/{tid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended between the listing and the read
        out[int(tid)] = (int(fields[11]) + int(fields[12])) / _TICK
    return out


class ThreadCPU:
    def __init__(self, interval: float = 0.5) -> None:
        self.interval = interval
        self.by_group: Counter = Counter()
        self.sampler_cpu = 0.0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> "ThreadCPU":
        self._start = _task_cpu()
        self._last: dict[int, float] = dict(self._start)
        self._groups: dict[int, str] = {}
        self._thread = threading.Thread(target=self._run, name="thread-cpu-sampler", daemon=True)
        self._thread.start()
        return self

    def _sample(self) -> None:
        for thread in threading.enumerate():
            if thread.native_id is not None and thread is not self._thread:
                self._groups.setdefault(thread.native_id, _group(thread))
        self._last.update(_task_cpu())

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()
        self._sample()
        self.sampler_cpu = time.thread_time()

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        sampler = self._thread.native_id
        for tid, cpu in self._last.items():
            if tid != sampler:
                self.by_group[self._groups.get(tid, _group(None))] += cpu - self._start.get(tid, 0.0)
