"""consumers/runner.py: the consumer options the shared loop takes from Settings."""
from __future__ import annotations

import pytest

from consumers.runner import Runner
from newsradar.schema import Article
from newsradar.settings import Settings


class _Stage:
    name = "enricher"
    input_model = Article

    def input_topic(self) -> str:
        return "unit.news.raw"

    def process(self, batch):  # pragma: no cover - never polled here
        raise AssertionError


def test_a_short_session_set_in_the_environment_reaches_the_consumer(monkeypatch):
    monkeypatch.setenv("NEWSRADAR_KAFKA_SESSION_TIMEOUT_MS", "6000")
    assert Runner(_Stage(), Settings())._session_tuning() == {
        "session_timeout_ms": 6000, "heartbeat_interval_ms": 1000, "metadata_max_age_ms": 5000}


def test_without_it_kafkas_defaults_stand(monkeypatch):
    monkeypatch.delenv("NEWSRADAR_KAFKA_SESSION_TIMEOUT_MS", raising=False)
    assert Runner(_Stage(), Settings())._session_tuning() == {}


@pytest.mark.kafka
def test_the_enricher_publishes_in_its_codec_and_other_stages_in_the_default():
    from consumers.enricher.stage import Enricher  # noqa: PLC0415 - loads spaCy's pipeline code

    class Enriching(_Stage):
        output_compression = Enricher.output_compression

    for stage, codec in ((Enriching(), "lz4"), (_Stage(), "gzip")):
        runner = Runner(stage, Settings())
        runner._connect()
        try:
            assert runner._producer.config["compression_type"] == codec
        finally:
            runner.close()
