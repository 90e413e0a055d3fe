"""Alerter and notifier as real processes, SIGKILLed at controlled points, then restarted.

The crash points are ``NEWSRADAR_CRASH_AT`` hooks in the code (newsradar.faults.crash_point):
``notifier.after_send`` (the channel accepted the message; nothing else happened yet),
``alerter.before_publish`` (the third article was read and the alert stored, nothing published),
``notifier.before_send`` (the outbox doc is written, nothing sent).
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from kafka import TopicPartition

from demo.receivers import HttpReceiver, wait_for
from tests.samples.alert_articles import taliban_story
from newsradar.clients import es_client, kafka_consumer, kafka_producer
from newsradar.schema import encode

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]

REPO = Path(__file__).resolve().parents[2]
SLACK = "/slack/restart"
RULES = textwrap.dedent("""
    rules:
      - name: taliban-weapons-russia
        type: topic
        query: {all_of: [[taliban], [weapon, weapons, arms], [russia, russian, putin, kremlin, moscow]]}
        min_outlets: 3
        window: 48h
        notify: [slack]
""")


class Proc:
    def __init__(self, module: str, settings, rules: Path, http: HttpReceiver, crash_at: str | None, log: Path):
        env = {**os.environ, "NEWSRADAR_NAMESPACE": settings.namespace,
               "NEWSRADAR_SLACK_WEBHOOK_URL": f"{http.url}{SLACK}", "NEWSRADAR_NOTIFY_RETRY_INTERVAL": "0.3",
               "NEWSRADAR_NOTIFY_LEASE_SECONDS": "2", "NEWSRADAR_KAFKA_SESSION_TIMEOUT_MS": "6000",
               "PYTHONPATH": str(REPO)}
        env.pop("NEWSRADAR_CRASH_AT", None)
        if crash_at:
            env["NEWSRADAR_CRASH_AT"] = crash_at
        self.log = log
        with log.open("ab") as out:  # the child writes to its own copy of the descriptor
            self.p = subprocess.Popen([sys.executable, "-m", module, str(rules)], cwd=REPO, env=env,
                                      stdout=out, stderr=subprocess.STDOUT)

    def wait_killed(self, timeout: float = 60) -> None:
        rc = self.p.wait(timeout=timeout)
        assert rc == -9, f"expected SIGKILL at the crash point, got rc {rc}:\n{self.log.read_text()[-3000:]}"

    def reached_crash_point(self, timeout: float) -> bool:
        """True when it died at its crash point; False (and killed) when it never got there.

        kafka-python 3.0.12 sometimes stalls after its second JoinGroup for a topic created a
        moment earlier (the broker logs the SyncGroup, the client never heartbeats again);
        killing it then is just an earlier crash, and the test starts it again."""
        try:
            self.wait_killed(timeout)
            return True
        except subprocess.TimeoutExpired:
            self.p.kill()
            self.p.wait()
            return False

    def stop(self) -> None:
        if self.p.poll() is None:
            self.p.terminate()
            try:
                self.p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.p.kill()
                self.p.wait()


def caught_up(settings, stage: str, topic: str) -> bool:
    """The stage's group has committed everything on ``topic``."""
    cons = kafka_consumer(settings, settings.names.group(stage))   # never subscribes: only reads commits
    try:
        parts = [TopicPartition(topic, p) for p in cons.partitions_for_topic(topic) or []]
        ends = cons.end_offsets(parts)
        return all(ends[tp] == 0 or (cons.committed(tp) or 0) >= ends[tp] for tp in parts)
    finally:
        cons.close()


@pytest.fixture
def setup(isolated, tmp_path):
    http = HttpReceiver()
    rules = tmp_path / "alerts.yaml"
    rules.write_text(RULES)
    procs: list[Proc] = []

    def start(module, crash_at=None):
        proc = Proc(module, isolated, rules, http, crash_at, tmp_path / f"{module}.log")
        procs.append(proc)
        return proc

    yield isolated, http, start
    for p in procs:
        p.stop()
    http.close()


def publish_story(settings) -> None:
    prod = kafka_producer(settings)
    for ea in taliban_story(3):
        prod.send(settings.names.enriched, key=ea.article.article_id.encode(), value=encode(ea))
    prod.flush()
    prod.close()


def outbox_states(settings) -> list[str]:
    es = es_client(settings)
    es.indices.refresh(index=settings.names.outbox_index)
    return [h["_source"]["state"] for h in es.search(index=settings.names.outbox_index)["hits"]["hits"]]


SETTLED = {"sent", "failed", "unknown", "digested"}


def quiet(settings) -> bool:
    """Nothing can be sent any more: both groups committed everything, and every delivery is in a
    final state (a pending or sending one is what the retry thread would still send)."""
    states = outbox_states(settings)
    return (caught_up(settings, "alerter", settings.names.enriched)
            and caught_up(settings, "notifier", settings.names.alerts)
            and bool(states) and set(states) <= SETTLED)


def test_notify_restart_killed_after_send_does_not_send_again(setup):
    settings, http, start = setup
    publish_story(settings)
    alerter = start("consumers.alerter.stage")
    if not start("consumers.notifier.stage", crash_at="notifier.after_send").reached_crash_point(25):
        start("consumers.notifier.stage", crash_at="notifier.after_send").wait_killed()
    assert len(http.accepted(SLACK)) == 1          # it was sent, then the notifier died at once

    restarted = start("consumers.notifier.stage")
    # the restarted notifier re-reads the uncommitted alert and runs its retry loop a few times
    assert wait_for(lambda: caught_up(settings, "notifier", settings.names.alerts), 30)
    # once the dead sender's 2 s lease is over, the delivery is recorded as unknown, not resent
    assert wait_for(lambda: outbox_states(settings) == ["unknown"], 15)
    assert wait_for(lambda: quiet(settings), 30)
    restarted.stop()
    alerter.stop()
    assert len(http.all(SLACK)) == 1


@pytest.mark.parametrize("crash_at", ["alerter.before_publish", "notifier.before_send"])
def test_notify_restart_killed_before_send_sends_exactly_one(setup, crash_at):
    settings, http, start = setup
    publish_story(settings)
    stage = crash_at.split(".")[0]
    other = "notifier" if stage == "alerter" else "alerter"
    start(f"consumers.{other}.stage")
    if not start(f"consumers.{stage}.stage", crash_at=crash_at).reached_crash_point(25):
        start(f"consumers.{stage}.stage", crash_at=crash_at).wait_killed()
    # The crashed stage is dead, and a send completes (the receiver records it) before the sender
    # moves on; the other stage has nothing to send: no alert was published / no delivery taken.
    assert http.all(SLACK) == []                     # nothing was sent before the crash

    start(f"consumers.{stage}.stage")
    assert wait_for(lambda: len(http.accepted(SLACK)) >= 1, 30)
    assert wait_for(lambda: quiet(settings), 30)
    assert len(http.all(SLACK)) == 1
    assert outbox_states(settings) == ["sent"]
