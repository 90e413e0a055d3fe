"""A service started detached outlives its Popen; the suite's warning filter must allow exactly that."""
from __future__ import annotations

import gc
import os
import signal
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
