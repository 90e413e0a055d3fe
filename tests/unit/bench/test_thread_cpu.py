"""bench/thread_cpu.py: a thread that ends inside the window keeps its CPU, under its part's name.

The measurement runs in a fresh interpreter: a sample reads every thread's /proc entry, and the
threads earlier tests left in pytest's process (hundreds in a full run) make one sample outlast
the thread it should catch. The poll bench's process has a few dozen.
"""
from __future__ import annotations

import json
import multiprocessing
import subprocess
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bench.thread_cpu import _group

REPO = Path(__file__).resolve().parents[3]

_MEASURE = """
import json, threading, time
from bench.thread_cpu import ThreadCPU

def spin(seconds):
    deadline = time.thread_time() + seconds
    while time.thread_time() < deadline:
        pass

with ThreadCPU(interval=0.05) as cpu:
    fetch = threading.Thread(target=spin, args=(0.4,), name="poll-fetch")
    fetch.start()
    fetch.join()
    time.sleep(0.2)  # the fetch thread is gone before the window closes, as in a poll
print(json.dumps({"by_group": cpu.by_group, "sampler": cpu.sampler_cpu}))
"""


def test_thread_cpu_keeps_an_ended_threads_cpu_under_its_part():
    done = subprocess.run([sys.executable, "-c", _MEASURE], cwd=REPO, capture_output=True, text=True,
                          timeout=60, check=True)
    measured = json.loads(done.stdout)
    assert measured["by_group"].get("fetch thread (HTTP)", 0) >= 0.2
    assert measured["sampler"] < 0.4


def test_thread_cpu_puts_every_thread_a_process_pool_starts_under_the_pool():
    before = set(threading.enumerate())
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        pool.submit(abs, -1).result()
        started = [t for t in threading.enumerate() if t not in before]
        assert started, "the pool started no thread in this process"
        assert {_group(t) for t in started} == {"parse pool's pickling threads"}
