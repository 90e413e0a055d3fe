"""`newsradar up | down | status`: the local Kafka, Elasticsearch and Prefect server, idempotently.

`up` downloads what is missing, starts what is not running, waits until each
service answers, then creates the project's topics and index templates. A
service that already answers at its address (a second `up`, or your own
cluster) is left alone. The Prefect server is started only when PREFECT_API_URL
is unset (or names the local one): with your own server or Prefect Cloud,
NewsRadar uses that and starts nothing.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from kafka.errors import KafkaError

from infra.es_server import ElasticsearchServer
from infra.java import find_java
from infra.kafka_server import KafkaServer
from infra.prefect_server import PrefectServer, prefect_health
from newsradar.clients import ES_ERRORS, check_kafka, display_url, ensure_topics, es_client
from newsradar.errors import ServiceUnavailableError
from newsradar.settings import Settings


@dataclass
class ServiceStatus:
    name: str
    address: str
    healthy: bool
    pid: int | None
    log: Path
    detail: str = ""


def _servers(settings: Settings, java_home: Path | None = None):
    cache, repo = settings.cache_dir, settings.maven_repo_local
    return KafkaServer(cache, java_home, repo), ElasticsearchServer(cache, java_home, repo)


def kafka_healthy(settings: Settings) -> bool:
    try:
        check_kafka(settings)
        return True
    except (ServiceUnavailableError, KafkaError, OSError):
        return False


def es_health(settings: Settings) -> str | None:
    """The cluster's status, asked through the configured client (API key, basic auth, CA):
    a bare request to a secured cluster gets a 401, and `up` would then start a local one."""
    es = es_client(settings, request_timeout=5, max_retries=0, retry_on_timeout=False)
    try:
        return es.cluster.health().get("status")
    except ES_ERRORS:
        return None
    finally:
        es.close()


def _wait(what: str, check, server, timeout: float, log) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        if server.running_pid() is None:
            raise ServiceUnavailableError(f"{what} exited during start-up; see its log: {server.log_file}")
        time.sleep(1)
    raise ServiceUnavailableError(f"{what} did not become healthy in {timeout:.0f}s; see {server.log_file}")


def up(settings: Settings, log=print) -> list[ServiceStatus]:
    java_home = None
    kafka, es = _servers(settings)
    need_kafka = not kafka_healthy(settings)
    need_es = es_health(settings) not in ("green", "yellow")
    if need_kafka or need_es:
        java_home = find_java(log)
        kafka, es = _servers(settings, java_home)
    wait_prefect = _prefect_start(settings, log)
    for server, needed in ((kafka, need_kafka), (es, need_es)):
        if needed:
            server.fetch(log)
            if server.running_pid() is None:
                log(f"starting {server.name} (log: {server.log_file})")
                server.start()
    if need_kafka:
        _wait("Kafka", lambda: kafka_healthy(settings), kafka, 120, log)
    if need_es:
        _wait("Elasticsearch", lambda: es_health(settings) in ("green", "yellow"), es, 240, log)
    wait_prefect()
    created = ensure_topics(settings)
    if created:
        log(f"created topics: {', '.join(created)}")
    from newsradar.es_schema import ensure_schema  # noqa: PLC0415  (imports the ES client stack)
    for line in ensure_schema(es_client(settings), settings):
        log(line)
    return status(settings)


def _prefect_start(settings: Settings, log):
    """Start the local Prefect server if it is needed and down; return what waits until it answers."""
    api = settings.prefect_api_url
    if prefect_health(api):
        return lambda: None
    if api != settings.local_prefect_api_url:
        raise ServiceUnavailableError(
            f"the Prefect API set in PREFECT_API_URL ({display_url(api)}) is not reachable: start that server "
            "(or check PREFECT_API_KEY for Prefect Cloud), or unset PREFECT_API_URL to use the local one")
    server = PrefectServer(settings.cache_dir, settings.prefect_port)
    if server.running_pid() is None:
        log(f"starting {server.name} server (log: {server.log_file})")
        server.start()
    return lambda: _wait("the Prefect server", lambda: prefect_health(api), server, 240, log)


def down(settings: Settings, log=print) -> None:
    kafka, es = _servers(settings)
    for server in (PrefectServer(settings.cache_dir, settings.prefect_port), es, kafka):
        if server.stop():
            log(f"stopped {server.name}")
        else:
            log(f"{server.name} was not running (started by this checkout)")


def status(settings: Settings) -> list[ServiceStatus]:
    kafka, es = _servers(settings)
    health = es_health(settings)
    return [
        ServiceStatus("kafka", settings.kafka_bootstrap, kafka_healthy(settings), kafka.running_pid(),
                      kafka.log_file),
        ServiceStatus("elasticsearch", display_url(settings.es_url), health in ("green", "yellow"), es.running_pid(),
                      es.log_file, detail=f"cluster {health}" if health else "not answering"),
        _prefect_status(settings),
    ]


def _prefect_status(settings: Settings) -> ServiceStatus:
    server = PrefectServer(settings.cache_dir, settings.prefect_port)
    api = settings.prefect_api_url
    local = api == settings.local_prefect_api_url
    detail = f"UI {server.address}" if local else "PREFECT_API_URL (not managed here)"
    return ServiceStatus("prefect", display_url(api), prefect_health(api), server.running_pid() if local else None,
                         server.log_file, detail=detail)
