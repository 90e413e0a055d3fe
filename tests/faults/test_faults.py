"""Issue 7, nothing lost, nothing doubled: the pipeline under faults, each test ending in the ledger.

Every test runs the real stages as processes (``python -m cli consume STAGE``)
and the poller as a loop of ``poll_feeds``, on the real broker and cluster, in
its own namespace, under a steady load from a local feed site whose items grow
over time. The ledger check at the end must find every published article
indexed exactly once with its claims, every key and version once on every
topic, lost = 0, dead-lettered = 0. The one exception is a stage killed with
-9: its successor re-sends the outputs of the batch it never committed, at most
as many as it left uncommitted; the ledger reports them.

The Elasticsearch and Kafka restarts touch every test running on this machine,
so they come last, are kept short, and always restart the service in ``finally``.
"""
from __future__ import annotations

import gc
import signal
import time
import warnings
from collections import Counter

import pytest

from tests.faults.loadgen import (FaultReport, group_lag, raw_end, record, settle, topic_end,
                                  wait_until)

pytestmark = [pytest.mark.slow, pytest.mark.kafka, pytest.mark.elasticsearch]

ALL = ("enricher", "indexer", "alerter")
OUTPUTS = {"enricher": "enriched", "alerter": "alerts"}   # the topic each stage publishes to

# kafka-python leaves a socket behind for each connection a stopped broker refuses; those are its
# leaks, not ours, and a restart test provokes them on purpose
BROKER_DOWN_SOCKETS = "unclosed <socket.socket"


@pytest.fixture(autouse=True)
def collect_what_a_fault_left():
    """Collect a fault's leftovers here, so they are not charged to whichever test runs next."""
    yield
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", BROKER_DOWN_SOCKETS, ResourceWarning)
        gc.collect()


def _input_end(settings, stage: str) -> int:
    return raw_end(settings) if stage == "enricher" else topic_end(settings, settings.names.enriched)


def _alert_ledger(settings) -> tuple[int, int, list[str]]:
    """(alert records on news.alerts, alert documents in ES, alert ids stored twice)."""
    from cli.verify import _stored_ids, read_topic
    from newsradar.clients import es_client
    on_topic = sum(1 for _ in read_topic(settings, settings.names.alerts))
    stored = _stored_ids(es_client(settings), settings.names.alerts_index)
    return on_topic, sum(stored.values()), sorted(k for k, n in stored.items() if n > 1)


def _deliveries_final(settings) -> bool:
    from newsradar.clients import es_client
    es = es_client(settings)
    es.indices.refresh(index=settings.names.outbox_index)
    hits = es.search(index=settings.names.outbox_index, size=100)["hits"]["hits"]
    return bool(hits) and all(h["_source"]["state"] in ("sent", "failed", "unknown", "digested") for h in hits)


def _finish(rig, report: FaultReport, stages=ALL, extra=None, resent=None, quiesce=None):
    settle(rig.settings, rig.site, stages)
    if quiesce:
        quiesce()
    rig.stop_all()
    if extra:
        report.notes.append(extra())
    alerts_on_topic, alert_docs, alert_dups = _alert_ledger(rig.settings)
    report.notes.append(f"alerts    on_topic={alerts_on_topic} stored={alert_docs} duplicated={len(alert_dups)}")
    report.notes.append(f"feed site requests={rig.site.requests} not_modified={rig.site.not_modified}")
    ledger = record(rig.settings, report, expect_published=rig.site.total, resent=resent)
    assert ledger.dead_lettered == 0, "a fault must not turn good articles into dead letters"
    assert not alert_dups
    return ledger


# ---------------------------------------------------------------------------------------------
# kill -9 in the middle of a batch, then restart


@pytest.mark.parametrize("victim", ["poller", "enricher", "indexer", "alerter"])
def test_kill9_mid_batch_then_restart_loses_and_doubles_nothing(rig, victim):
    site = rig.load(total=160, rate=8.0 if victim == "poller" else 40.0)
    settings = rig.settings
    report = FaultReport(f"kill -9 {victim} mid-batch, restart", site.total)
    others = [s for s in ALL if s != victim]
    resent = None
    procs = {s: rig.stage(s) for s in others}
    poller = rig.poller(pause=0.3)
    if victim == "poller":
        # Release the articles only once the poller polls: however long it takes to start on a busy
        # Prefect server, its polls then publish them in several pieces, one of which the kill lands in.
        wait_until(lambda: poller.polls() >= 1, 180, "the poller's first poll")
    site.start()

    if victim == "poller":
        # Kill while a poll is publishing: news.raw grew within the last fraction of a second.
        wait_until(lambda: raw_end(settings) > 0, 120, "the first published article")
        last = raw_end(settings)

        def publishing() -> bool:
            nonlocal last
            now = raw_end(settings)
            grew, last = now > last, now
            return grew

        wait_until(publishing, 60, "the poller publishing", interval=0.15)
        at = raw_end(settings)
        poller.kill9()
        report.notes.append(f"killed poller pid {poller.pids[-1]} with news.raw at {at}/{site.total} records, "
                            f"after {poller.polls()} complete polls")
        time.sleep(1)
        poller.start()
    else:
        # Start the victim on the whole backlog, in small batches, so that a kill right after
        # its second batch report lands inside the third with most of the load still to do.
        # (A fast indexer on half the backlog could finish it in two batches.)
        wait_until(lambda: _input_end(settings, victim) >= site.total, 180, f"a backlog for {victim}")
        proc = procs[victim] = rig.stage(victim, env={"NEWSRADAR_ENRICH__BATCH_SIZE": "16",
                                                      "NEWSRADAR_INDEX__BULK_MAX_DOCS": "16"})
        if victim == "alerter":
            proc.wait_fetching(timeout=180)
            time.sleep(0.05)
        else:
            proc.wait_batches(2, timeout=180)
        proc.kill9()
        before = proc.progress()[-1] if proc.progress() else {"consumed": 0}
        lag = group_lag(settings, [victim])  # measured after the kill: what the dead process left uncommitted
        report.notes.append(f"killed {victim} pid {proc.pids[-1]} after {len(proc.progress())} batches "
                            f"(consumed={before.get('consumed')}), lag at kill {lag}")
        assert lag > 0, f"{victim} had nothing left to do: the kill was not mid-batch"
        if victim in OUTPUTS:
            resent = {getattr(settings.names, OUTPUTS[victim]): lag}
        proc.start()
    _finish(rig, report, resent=resent, extra=lambda: (
        f"news.raw records {raw_end(settings)}, news.enriched records "
        f"{topic_end(settings, settings.names.enriched)} (beyond {site.total}: re-sent after the kill)"))


# ---------------------------------------------------------------------------------------------
# consumers join and leave the groups during the load


def test_rebalance_join_and_leave_loses_and_doubles_nothing(rig):
    site = rig.load(total=300, rate=15.0)
    settings = rig.settings
    report = FaultReport("second enricher + indexer join, first enricher leaves", site.total)
    # Half the load is held back until the second pair owns partitions: released on the clock, all of
    # it could be consumed by the first enricher before the second one has loaded spaCy and joined.
    site.cap = site.total // 2
    first = {s: rig.stage(s) for s in ALL}
    rig.poller(pause=0.3)
    site.start()
    wait_until(lambda: raw_end(settings) >= site.total // 4, 120, "a quarter of the load")
    second = {s: rig.stage(s, tag="-2") for s in ("enricher", "indexer")}
    for proc in second.values():
        wait_until(lambda: "Setting newly assigned partitions {TopicPartition" in proc.log(), 180,
                   f"{proc.name}: partitions assigned")
    site.cap = site.total
    second["enricher"].wait_batches(1, timeout=120)
    second["indexer"].wait_batches(1, timeout=120)
    report.notes.append(f"joined enricher-2, indexer-2 at news.raw={raw_end(settings)}")
    first["enricher"].stop()
    report.notes.append(f"enricher-1 left (SIGTERM, rc {first['enricher'].proc.returncode}) at "
                        f"news.raw={raw_end(settings)}")
    ledger = _finish(rig, report, stages=ALL)
    shares = {p.name: (p.progress()[-1].get("consumed", 0) if p.progress() else 0)
              for p in [*first.values(), *second.values()]}
    report.notes.append(f"consumed per process: {shares}")
    assert shares["enricher-2"] > 0 and shares["indexer-2"] > 0, shares
    assert ledger.published == site.total


# ---------------------------------------------------------------------------------------------
# the alert stage restarted inside a firing window: exactly one notification


def test_alert_restart_in_firing_window_notifies_once(rig):
    from tests.faults.conftest import FAULT_RULES
    from tests.faults.receiver import HookReceiver
    # The notifier is killed at a moment the test does not choose: it may be inside a send. Under
    # the default at-most-once such a delivery is marked unknown and never arrives (stop 23's CI
    # saw exactly that), which is the documented trade-off, not what this test is about. With
    # at-least-once nothing may be lost, and a resend carries the same Idempotency-Key, so the
    # newsroom's receiver sees one alert.
    rig.rules_file.write_text(FAULT_RULES.replace("notify: [webhook]", "notify: [webhook]\n    delivery: at-least-once"))
    site = rig.load(total=120, rate=20.0)
    settings = rig.settings
    report = FaultReport("alerter and notifier kill -9 inside the firing window", site.total)
    with HookReceiver() as hooks:
        env = {"NEWSRADAR_WEBHOOK_URL": hooks.url("/hooks/fault"),
               "NEWSRADAR_SLACK_WEBHOOK_URL": hooks.url("/slack/fault"),
               # a send cut off by the kill is taken up again after this lease, well inside the wait below
               "NEWSRADAR_NOTIFY_LEASE_SECONDS": "15"}
        procs = {s: rig.stage(s, env=env) for s in ALL}
        notifier = rig.stage("notifier", env=env)
        rig.poller(pause=0.3)
        site.start()
        # The rule fires once the fourth outlet's first article is evaluated: kill the
        # alerter just after its first batch, while the window fills.
        procs["alerter"].wait_batches(1, timeout=180)
        procs["alerter"].kill9()
        procs["alerter"].start()
        wait_until(lambda: topic_end(settings, settings.names.alerts) >= 1, 180, "an alert on news.alerts")
        notifier.kill9()
        report.notes.append(f"killed alerter once mid-window and notifier right after the alert "
                            f"(deliveries so far {len(hooks.requests)})")
        notifier.start()
        # Once every delivery is final, neither the consumer nor the retry thread has anything
        # left to send, so a second notification would already be here.
        _finish(rig, report, stages=(*ALL, "notifier"), quiesce=lambda: wait_until(
            lambda: _deliveries_final(settings), 150, "every delivery in a final state", interval=1))
        report.notes.append(f"notifications received {len(hooks.requests)}: "
                            f"{Counter(r.path for r in hooks.requests)}")
        with open(rig.log_dir / "notifications.txt", "w") as fh:
            fh.writelines(f"{r.path} {r.body[:300]!r}\n" for r in hooks.requests)
        print("\n   " + report.notes[-1])
        keys = {r.headers.get("Idempotency-Key") or r.headers.get("idempotency-key") for r in hooks.requests}
        assert hooks.requests, "the alert was never delivered"
        assert len(keys) == 1 and None not in keys, [(r.path, r.headers) for r in hooks.requests]
        assert len(hooks.requests) <= 2, "only a send cut off by the kill may be repeated"


# ---------------------------------------------------------------------------------------------
# services: Elasticsearch stopped 60 s, Kafka restarted (last: they affect everyone)


def _same_processes(procs) -> None:
    for p in procs:
        assert p.alive, f"{p.name} exited:\n{p.tail()}"
        assert len(p.pids) == 1, f"{p.name} was restarted: pids {p.pids}"


def test_elasticsearch_stopped_60s_consumers_pause_and_resume(rig):
    from infra.es_server import ElasticsearchServer
    from infra.java import find_java
    from infra.services import es_health
    site = rig.load(total=200, rate=10.0)
    settings = rig.settings
    report = FaultReport("Elasticsearch stopped for 60 s under load", site.total)
    procs = [rig.stage(s) for s in ALL]
    rig.poller(pause=0.5)
    site.start()
    wait_until(lambda: raw_end(settings) >= 40, 120, "some load before the outage")
    server = ElasticsearchServer(settings.cache_dir, find_java(lambda m: None))
    try:
        t0 = time.monotonic()
        server.stop()
        wait_until(lambda: es_health(settings) is None, 60, "Elasticsearch to stop")
        report.notes.append(f"ES stopped at news.raw={raw_end(settings)} (stop took {time.monotonic() - t0:.0f}s)")
        time.sleep(60)
        report.notes.append(f"ES down 60s; news.raw={raw_end(settings)}")
    finally:
        if es_health(settings) not in ("green", "yellow"):
            server.start()
        wait_until(lambda: es_health(settings) in ("green", "yellow"), 300, "Elasticsearch back",
                   interval=2)
    report.notes.append(f"ES back after {time.monotonic() - t0:.0f}s")
    _same_processes(procs)
    _finish(rig, report)
    for p in procs:
        assert len(p.pids) == 1 and p.proc.returncode in (0, -signal.SIGTERM), (p.name, p.proc.returncode)


@pytest.mark.filterwarnings(f"ignore:{BROKER_DOWN_SOCKETS}:ResourceWarning")
def test_kafka_broker_restart_producers_and_consumers_reconnect(rig):
    from infra.java import find_java
    from infra.kafka_server import KafkaServer
    from infra.services import kafka_healthy
    site = rig.load(total=200, rate=10.0)
    settings = rig.settings
    report = FaultReport("Kafka broker restarted under load", site.total)
    procs = [rig.stage(s) for s in ALL]
    poller = rig.poller(pause=0.5)
    site.start()
    wait_until(lambda: raw_end(settings) >= 40, 120, "some load before the restart")
    server = KafkaServer(settings.cache_dir, find_java(lambda m: None))
    assert server.running_pid(), (f"the broker at {settings.kafka_bootstrap} was not started from "
                                  f"{server.pid_file}: this test cannot stop it")
    try:
        t0 = time.monotonic()
        server.stop()
        wait_until(lambda: not kafka_healthy(settings), 60, "Kafka to go down")
        report.notes.append(f"Kafka down {time.monotonic() - t0:.0f}s after the stop")
        time.sleep(5)  # the outage itself: clients must ride out a few seconds without a broker
    finally:
        if not kafka_healthy(settings):
            server.start()
        wait_until(lambda: kafka_healthy(settings), 180, "Kafka back", interval=1)
    report.notes.append(f"Kafka back after {time.monotonic() - t0:.0f}s")
    poller_alive_at_end = []
    _finish(rig, report, extra=lambda: f"stage pids {[p.pids for p in procs]}, poller pids {poller.pids}",
            quiesce=lambda: poller_alive_at_end.append(poller.alive))
    for p in procs:
        assert len(p.pids) == 1, f"{p.name} had to be restarted: {p.pids}"
    assert poller_alive_at_end == [True] and len(poller.pids) == 1, \
        f"the poller did not ride out the restart (pids {poller.pids}):\n{poller.tail()}"
