"""The Prefect API server, with its scheduler and UI, as a local service from the installed package.

Scheduled runs are created only by the scheduler service of a real
``prefect server start``; Prefect's ephemeral API (what it uses when
``PREFECT_API_URL`` is unset) has none, so a served deployment would never run.
Its database (SQLite) and logs live under ``.cache/prefect-server``; the UI is
bundled in the ``prefect`` wheel and served on the same port.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import httpx

from infra.process import read_pid, spawn, stop

# The scheduler's default loop is 60 s: after `serve` re-registers a deployment (which drops
# its future runs) the next run would show up to a minute late in `status` and the UI.
SCHEDULER_LOOP_SECONDS = "10"

# The task-run recorder writes each task run's events to SQLite as they arrive (a batch of one).
# A tagged task run's first event lands just before its request for a concurrency slot, whose
# write (a read, then an update, in a deferred transaction) is then refused at once with
# "database is locked" (SQLite's stale-snapshot error, which no busy timeout waits out); the
# server answers 503 and Prefect's client retries 2 s later, 5 times in 8 task runs. Batched and
# flushed every few seconds, the recorder's writes rarely meet a slot request (1 in 24); task
# runs then show in the UI a few seconds late.
TASK_RUN_RECORDER_BATCH = "100"


class PrefectServer:
    name = "prefect"

    def __init__(self, cache: Path, port: int):
        self.port = port
        self.root = cache / "prefect-server"
        self.log_file = self.root / "logs" / "server.log"
        self.pid_file = self.root / "prefect-server.pid"

    @property
    def address(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        return f"{self.address}/api"

    def fetch(self, log=print) -> None:
        """Nothing to download: the server is part of the installed ``prefect`` package."""

    def running_pid(self) -> int | None:
        return read_pid(self.pid_file)

    def start(self) -> None:
        # SQLite cannot create its database in a missing folder.
        self.root.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, PREFECT_HOME=str(self.root), PREFECT_SERVER_ANALYTICS_ENABLED="false",
                   PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS=SCHEDULER_LOOP_SECONDS,
                   PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_BATCH_SIZE=TASK_RUN_RECORDER_BATCH)
        # The server must not try to reach itself (or someone else's) as a client.
        env.pop("PREFECT_API_URL", None)
        env.pop("PREFECT_API_KEY", None)
        spawn([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
               "--port", str(self.port)], log_file=self.log_file, pid_file=self.pid_file, env=env,
              cwd=self.root)

    def stop(self) -> bool:
        return stop(self.pid_file, timeout=30)


def prefect_health(api_url: str) -> bool:
    """True if the Prefect API at ``api_url`` answers its health check (with PREFECT_API_KEY for Cloud)."""
    key = os.environ.get("PREFECT_API_KEY")
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    try:
        return httpx.get(f"{api_url.rstrip('/')}/health", headers=headers, timeout=5).status_code == 200
    except httpx.HTTPError:
        return False
