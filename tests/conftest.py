"""Shared fixtures: the real services, started once per run, and an isolated namespace per test.

The services are started by the same code as `newsradar up`. Each test that
touches them gets its own namespace, i.e. its own topics and indices, so the
suite can run again and again beside the demo's data.
"""
from __future__ import annotations

import os
import threading
import uuid
from pathlib import Path

import pytest

from newsradar.settings import Settings, apply_prefect_defaults

apply_prefect_defaults(Settings())

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
# CI sets this: there ../shared is always present, so its absence is a broken set-up, and no
# test may skip at all (no skip reason in this suite holds on every machine).
STRICT = os.environ.get("NEWSRADAR_REQUIRE_SHARED") == "1"


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or a clean skip when it is absent (users do not have it)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        why = f"{path} is absent (../shared is only on the developers' machines)"
        if STRICT:
            pytest.fail(f"{why}, and NEWSRADAR_REQUIRE_SHARED=1 requires it", pytrace=False)
        pytest.skip(why)
    return path


def pytest_report_header(config) -> str:
    mode = "required (NEWSRADAR_REQUIRE_SHARED=1: every skip is a failure)" if STRICT else "optional"
    return f"newsradar: shared data {SHARED} {'present' if SHARED.is_dir() else 'ABSENT'}, {mode}"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if STRICT and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped under NEWSRADAR_REQUIRE_SHARED=1, which makes a skip a failure: {reason}"


def _kafka_io_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name.startswith("kafka-io-")}


@pytest.fixture(autouse=True)
def kafka_clients_closed():
    """Every Kafka client a test opens is closed by the test's end, or the test fails.

    A kafka-python 3.0 client's IO thread runs until ``close()``, so a client dropped unclosed
    shows as a thread left behind, charged here to the test that dropped it. This is what makes
    pyproject's filter for sockets to the broker safe: a socket the garbage collector finds is
    then one that a closed client's library code left, never a client of ours left open.
    """
    before = _kafka_io_threads()
    yield
    left = _kafka_io_threads() - before
    assert not left, (f"{len(left)} Kafka client(s) left open by this test: close each in a finally "
                      f"(threads {sorted(t.name for t in left)})")


@pytest.fixture(scope="session")
def services() -> Settings:
    """Kafka and Elasticsearch, up and healthy; a missing service fails the run, it never skips."""
    from infra.services import up

    settings = Settings()
    up(settings, log=lambda m: None)
    return settings


@pytest.fixture
def isolated(services: Settings, request) -> Settings:
    """Settings with a unique namespace whose topics and indices exist, and are removed afterwards."""
    from newsradar.es_schema import drop_namespace, ensure_schema
    from newsradar.clients import delete_topics, ensure_topics, es_client

    namespace = f"t{uuid.uuid4().hex[:10]}"
    settings = services.model_copy(update={"namespace": namespace})
    ensure_topics(settings)
    es = es_client(settings)
    ensure_schema(es, settings)
    yield settings
    if os.environ.get("NEWSRADAR_KEEP_TEST_DATA"):
        return
    drop_namespace(es, settings)
    delete_topics(settings)


def topic_rule_yaml(notify: str) -> str:
    """alerts.yaml with the demo's cross-outlet topic rule ("Taliban weapons Russia"), sent to ``notify``."""
    return (
        "rules:\n"
        "  - name: taliban-weapons-russia\n"
        "    type: topic\n"
        "    query: {all_of: [[taliban], [weapon, weapons, arms, weaponry, equipment],\n"
        "                     [russia, russian, putin, kremlin, moscow]]}\n"
        "    min_outlets: 3\n"
        "    window: 48h\n"
        f"    notify: [{notify}]\n")


@pytest.fixture
def demo_feeds(tmp_path: Path) -> Path:
    """configs/demo-feeds.yaml pointed at the demo outlets served on a free localhost port."""
    from demo.server import feeds_served_at, serve
    from newsradar.settings import PROJECT_ROOT

    server, base_url = serve(0)
    yield feeds_served_at(base_url, PROJECT_ROOT / "configs" / "demo-feeds.yaml", tmp_path)
    server.shutdown()
    server.server_close()


@pytest.fixture
def producer_public_api(monkeypatch):
    """The publisher reaches a faked producer through kafka-python's public API only.

    The publisher hands kafka-python's accumulator a whole batch (producers.kafka_batch) and ends its
    transactions with a bounded wait (producers.kafka_txn), both of which need the real producer's
    internals; tests that fake the producer count ``send`` calls and see ``commit_transaction`` and
    ``abort_transaction`` instead.
    """
    from producers import publish

    def append_records(producer, records):
        for topic, partition, key, value in records:
            producer.send(topic, key=key, value=value, partition=partition)

    def end_transaction(producer, *, commit, timeout_s):
        if commit:
            producer.commit_transaction()
        else:
            producer.abort_transaction()
        return True

    monkeypatch.setattr(publish, "append_records", append_records)
    monkeypatch.setattr(publish, "end_transaction", end_transaction)
