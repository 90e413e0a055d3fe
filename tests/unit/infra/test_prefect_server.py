"""The local Prefect server's start: the settings it is started with."""
from __future__ import annotations

import infra.prefect_server as prefect_server
from infra.prefect_server import PrefectServer


def test_the_task_run_recorder_writes_in_batches(monkeypatch, tmp_path):
    # With a batch of one, the recorder's write of a task run's first event races that task
    # run's concurrency-slot write, which SQLite refuses at once: a 503 and a 2 s client retry.
    started = {}
    monkeypatch.setattr(prefect_server, "spawn", lambda cmd, **kw: started.update(kw))
    PrefectServer(tmp_path, 4999).start()
    assert int(started["env"]["PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_BATCH_SIZE"]) > 1
    assert started["env"]["PREFECT_HOME"] == str(tmp_path / "prefect-server")
