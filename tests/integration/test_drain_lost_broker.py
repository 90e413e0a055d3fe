"""A one-shot drain whose broker goes away, or is not there at all, ends with a clear error in bounded time.

The shared broker is never stopped: the broker is "lost" by sending every new connection of the real
kafka-python client to a local port nobody listens on, after closing the ones it has.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from consumers.runner import Runner, StageResult
from newsradar.clients import kafka_producer
from newsradar.errors import StalledError
from newsradar.schema import Article
from newsradar.settings import PROJECT_ROOT, Settings
from tests.integration.conftest import redirect_to

pytestmark = pytest.mark.kafka


class _Passes:
    name = "indexer"
    input_model = Article

    def __init__(self, topic: str):
        self.topic = topic

    def input_topic(self) -> str:
        return self.topic

    def decode_record(self, raw: bytes) -> dict:
        return {}

    def process(self, batch) -> StageResult:
        return StageResult()




def test_a_drain_whose_broker_goes_away_mid_run_gives_up_in_bounded_time(isolated: Settings, monkeypatch,
                                                                         closed_port: int):
    settings = isolated.model_copy(update={"drain_give_up_s": 5})
    producer = kafka_producer(settings)
    try:
        producer.send(settings.names.raw, key=b"k", value=b"{}")
        producer.flush()
    finally:
        producer.close()
    runner = Runner(_Passes(settings.names.raw), settings)
    runner.on_batch = lambda _counts: redirect_to(closed_port, runner._consumer._client, monkeypatch)
    started = time.monotonic()
    with pytest.raises(StalledError) as raised:
        runner.run(until_idle=True)
    # The client's own request timeout (30 s) bounds each failed call; two of them exceed the 5 s budget.
    assert time.monotonic() - started < 150
    text = str(raised.value)
    assert text.startswith("indexer: gave up reading") and settings.kafka_bootstrap in text, text
    assert "`make up`" in text, text
    assert runner.counts["consumed"] == 1, "the batch read before the broker went away was not finished"


def test_run_once_with_no_broker_at_its_bootstrap_still_exits_2_naming_it_and_the_fix(tmp_path, closed_port: int):
    """A guard, not a test of the drain's give-up: a broker missing at start-up already failed this way
    (ServiceUnavailableError once bootstrapping gives up) before the drain learned to give up on reads."""
    env = {"PATH": "/usr/bin:/bin", "PREFECT_HOME": str(tmp_path / "prefect"), "NEWSRADAR_NAMESPACE": "tnobroker",
           "NEWSRADAR_KAFKA_BOOTSTRAP": f"127.0.0.1:{closed_port}", "PYTHONPATH": str(PROJECT_ROOT),
           "HOME": os.environ.get("HOME", str(tmp_path))}
    started = time.monotonic()
    out = subprocess.run([sys.executable, "-m", "cli", "run", "--once"], capture_output=True, text=True, env=env,
                         timeout=180, cwd=PROJECT_ROOT)
    assert time.monotonic() - started < 120
    assert out.returncode == 2, out.stderr[-2000:]
    assert f"127.0.0.1:{closed_port}" in out.stderr and "`make up`" in out.stderr, out.stderr[-2000:]
    assert "Traceback" not in out.stderr, out.stderr[-2000:]
