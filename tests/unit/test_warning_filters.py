"""The suite turns warnings into errors; these are the ones it lets through, each on purpose."""
from __future__ import annotations

import gc
import os
import signal
import socket
import time
import warnings

import pytest

from infra.process import read_pid, spawn


def test_spawn_detaches_a_service_without_failing_the_suite(tmp_path):
    pid_file = tmp_path / "sleep.pid"
    pid = spawn(["sleep", "30"], log_file=tmp_path / "sleep.log", pid_file=pid_file, env={}, cwd=tmp_path)
    try:
        gc.collect()  # the Popen object is gone while the process runs: the fault tests' restarts do this
        assert read_pid(pid_file) == pid
    finally:
        os.killpg(pid, signal.SIGTERM)
        time.sleep(0.1)


def test_a_socket_a_stopped_broker_refused_is_let_through():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    refused = socket.socket()  # left open, as kafka-python leaves it
    assert refused.connect_ex(("127.0.0.1", closed_port)) != 0
    del refused
    gc.collect()


def test_a_connected_socket_to_the_broker_is_let_through_and_no_other():
    dropped = ("unclosed <socket.socket fd=12, family=2, type=1, proto=6, laddr=('127.0.0.1', 53310), "
               "raddr=('127.0.0.1', {port})>")
    warnings.warn(dropped.format(port=9092), ResourceWarning)  # a closed kafka-python client's
    with pytest.raises(ResourceWarning):
        warnings.warn(dropped.format(port=9200), ResourceWarning)  # e.g. an Elasticsearch client's
