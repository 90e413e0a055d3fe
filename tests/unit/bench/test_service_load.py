"""bench/service_load.py: the counters read are the ones named, the CPU is user+system, the listener is found."""
from __future__ import annotations

import os
import socket
import time

from bench.service_load import ES_WORK, cpu_seconds, es_work, listener_pid

# One ``indices`` section as Elasticsearch 9 gives it, every counter distinct, with the neighbours a
# wrong field would read (the in-flight "current" gauges, "missing_total", "external_total").
_SECTION = {
    "search": {"query_total": 11, "query_time_in_millis": 12, "query_current": 13, "fetch_total": 14,
               "fetch_time_in_millis": 15, "fetch_current": 16, "scroll_total": 17},
    "indexing": {"index_total": 21, "index_time_in_millis": 22, "index_current": 23, "delete_total": 24},
    "get": {"total": 31, "time_in_millis": 32, "missing_total": 33, "exists_total": 34},
    "refresh": {"total": 41, "total_time_in_millis": 42, "external_total": 43, "external_total_time_in_millis": 44},
}


def test_es_work_reads_each_named_counter():
    assert es_work(_SECTION) == {"searches": 11, "query_ms": 12, "fetches": 14, "fetch_ms": 15, "indexed": 21,
                                 "index_ms": 22, "gets": 31, "refreshes": 41, "refresh_ms": 42}


def test_es_work_counts_a_missing_section_as_nothing():
    assert es_work({"search": _SECTION["search"]}) == {**dict.fromkeys(ES_WORK, 0), "searches": 11, "query_ms": 12,
                                                        "fetches": 14, "fetch_ms": 15}


def test_cpu_seconds_is_the_process_user_and_system_time():
    deadline = time.process_time() + 0.3
    while time.process_time() < deadline:
        pass
    before = os.times()
    measured = cpu_seconds([os.getpid()])
    after = os.times()
    assert before.user + before.system - 0.03 <= measured <= after.user + after.system + 0.03


def test_listener_pid_finds_the_process_listening_on_a_port():
    with socket.socket() as listening:
        listening.bind(("127.0.0.1", 0))
        listening.listen()
        assert listener_pid(listening.getsockname()[1]) == os.getpid()
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    assert listener_pid(port) is None
