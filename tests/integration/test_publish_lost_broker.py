"""A poll publish whose broker goes away after its sends gives up within ``publish_commit_timeout_s``, or at
once with records still in flight; either way its producer is dropped and the next publish commits.

kafka-python waits on a transaction's EndTxn without end; before the bound, this commit was still
waiting after 200 s. The shared broker is never stopped: it is "lost" by sending every new connection
of the real client to a local port nobody listens on, after closing the ones it has.
"""
from __future__ import annotations

import time

import pytest

from newsradar.clients import kafka_consumer
from newsradar.errors import TransientError
from newsradar.settings import Settings
from producers.publish import Publisher
from tests.integration.conftest import redirect_to

pytestmark = pytest.mark.kafka


def _entries(prefix: str) -> list[dict]:
    return [dict(article_id=f"{prefix}{i:063x}", value=b'{"n": %d}' % i, seen_value=b"{}") for i in range(5)]


def _committed_keys(settings: Settings) -> set[bytes]:
    consumer = kafka_consumer(settings, None, settings.names.raw, consumer_timeout_ms=3000)
    try:
        return {r.key for r in consumer}
    finally:
        consumer.close()


def test_a_publish_whose_broker_goes_away_gives_up_in_bounded_time_and_the_next_one_commits(
        isolated: Settings, closed_port: int):
    settings = isolated.model_copy(update={"publish_commit_timeout_s": 3})
    publisher = Publisher(settings)
    try:
        publisher.send(_entries("a"))
        publisher.producer.flush()  # the records are on the broker: only the commit is left
        with pytest.MonkeyPatch.context() as mp:
            redirect_to(closed_port, publisher.producer._sender._client, mp)
            started = time.monotonic()
            with pytest.raises(TransientError) as raised:
                publisher.commit()
            # 3 s for the commit, then the give-up's close: about 5 s, up to twice that (its flush, then the join).
            assert time.monotonic() - started < 15
        text = str(raised.value)
        assert text.startswith("gave up publishing 5 articles") and settings.kafka_bootstrap in text, text
        assert "`make up`" in text, text
        assert publisher.producer is None and not publisher.in_transaction

        # The broker is back: a fresh producer fences the abandoned transaction (this broker never saw its
        # EndTxn, so it aborts it), and the next publish commits.
        publisher.send(_entries("b"))
        publisher.commit()
    finally:
        publisher.close()
    assert _committed_keys(settings) == {e["article_id"].encode() for e in _entries("b")}


def test_a_publish_whose_broker_goes_away_with_records_in_flight_drops_its_producer_and_the_next_one_commits(
        isolated: Settings, closed_port: int):
    settings = isolated.model_copy(update={"publish_commit_timeout_s": 3})
    publisher = Publisher(settings)
    try:
        # No flush: records still in flight when the connections drop are cancelled, which puts kafka-python's
        # transaction manager in its fatal state, so the commit and the abort both fail fast.
        publisher.send([dict(article_id=f"a{i:063x}", value=b"x" * 1000, seen_value=b"{}") for i in range(3000)])
        with pytest.MonkeyPatch.context() as mp:
            redirect_to(closed_port, publisher.producer._sender._client, mp)
            with pytest.raises(TransientError):
                publisher.commit()
        assert publisher.producer is None and not publisher.in_transaction

        publisher.send(_entries("b"))
        publisher.commit()
    finally:
        publisher.close()
    assert _committed_keys(settings) == {e["article_id"].encode() for e in _entries("b")}
