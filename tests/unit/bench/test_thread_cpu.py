"""bench/thread_cpu.py: a thread that ends inside the window keeps its CPU, under its part's name."""
from __future__ import annotations

import threading
import time

from bench.thread_cpu import ThreadCPU


def _spin(seconds: float) -> None:
    deadline = time.thread_time() + seconds
    while time.thread_time() < deadline:
        pass


def test_thread_cpu_keeps_an_ended_threads_cpu_under_its_part():
    with ThreadCPU(interval=0.05) as cpu:
        fetch = threading.Thread(target=_spin, args=(0.4,), name="poll-fetch")
        fetch.start()
        fetch.join()
        time.sleep(0.2)  # the fetch thread is gone before the window closes, as in a poll
    assert cpu.by_group["fetch thread (HTTP)"] >= 0.2
    assert cpu.sampler_cpu < 0.4
