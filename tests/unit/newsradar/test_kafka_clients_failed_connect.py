"""A Kafka client whose bootstrap fails leaves nothing running (no broker needed: nothing listens)."""
import socket
import threading

import pytest

from newsradar.clients import kafka_admin, kafka_consumer, kafka_producer
from newsradar.errors import ServiceUnavailableError
from newsradar.settings import Settings


def _io_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name.startswith("kafka-io-")}


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("make", [kafka_consumer, kafka_producer, kafka_admin])
def test_a_client_that_cannot_bootstrap_stops_its_network_thread(make):
    settings = Settings(kafka_bootstrap=f"127.0.0.1:{_closed_port()}")
    before = _io_threads()
    with pytest.raises(ServiceUnavailableError, match="Kafka is not reachable"):
        if make is kafka_consumer:
            make(settings, None, bootstrap_timeout_ms=1500)
        else:
            make(settings, bootstrap_timeout_ms=1500)
    assert _io_threads() == before
