"""The suite turns warnings into errors; these are the two it lets through, each on purpose."""
from __future__ import annotations

import gc
import os
import signal
import socket
import time

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
