"""Fault-injection hook shared by the restart tests of every stage and the poller.

``NEWSRADAR_CRASH_AT=<name>`` makes the process SIGKILL itself at the point of
that name, so a test can kill it at an exact step (inside an open transaction,
between a send and its commit) instead of after a guessed sleep.
"""
from __future__ import annotations

import logging
import os
import signal

log = logging.getLogger(__name__)


def crash_armed(name: str) -> bool:
    return os.environ.get("NEWSRADAR_CRASH_AT") == name


def crash_point(name: str) -> None:
    if crash_armed(name):
        log.warning("crash point %s reached: SIGKILL", name)
        os.kill(os.getpid(), signal.SIGKILL)
