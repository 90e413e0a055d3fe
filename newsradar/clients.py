"""Connections to Kafka and Elasticsearch, built from settings, and the project's topics.

Everything that opens a connection goes through here, so TLS, SASL, API keys
and timeouts are set in one place and a missing service always gives the
same clear message.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass

from elasticsearch import Elasticsearch
from elasticsearch.serializer import NdjsonSerializer, OrjsonSerializer
from elasticsearch import exceptions as es_exc
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer
from kafka.admin import NewTopic
from kafka.errors import KafkaError, KafkaTimeoutError, TopicAlreadyExistsError, UnknownTopicOrPartitionError
from kafka.net.compat import KafkaNetClient

from newsradar.errors import ServiceUnavailableError, es_error, es_item_error
from newsradar.settings import Settings
from newsradar.topics import STAGES, Names

DAY_MS = 24 * 3600 * 1000

# Everything the Elasticsearch client raises; ``newsradar.errors.es_error`` says which are transient.
ES_ERRORS = (es_exc.ApiError, es_exc.TransportError)


@dataclass(frozen=True)
class TopicSpec:
    name: str
    partitions: int
    config: dict


# Room for a long article and its enrichment; larger records are refused at the producer.
MAX_RECORD_BYTES = str(8 * 1024 * 1024)


def topic_specs(names: Names, partitions: int = 3) -> list[TopicSpec]:
    """Explicit partitions and retention for every topic: nothing relies on auto-creation."""
    keep = {"retention.ms": str(14 * DAY_MS), "cleanup.policy": "delete", "max.message.bytes": MAX_RECORD_BYTES}
    return [
        TopicSpec(names.raw, partitions, keep),
        TopicSpec(names.enriched, partitions, keep),
        TopicSpec(names.alerts, 1, {"retention.ms": str(90 * DAY_MS), "cleanup.policy": "delete"}),
        # Dedupe state must outlive any retention: compaction keeps the last value per key.
        TopicSpec(names.seen, partitions, {"cleanup.policy": "compact", "min.compaction.lag.ms": "0"}),
        *(TopicSpec(names.dlq(stage), 1, {"retention.ms": str(90 * DAY_MS), "max.message.bytes": MAX_RECORD_BYTES})
          for stage in STAGES),
    ]


def _kafka_security(settings: Settings) -> dict:
    conf: dict = {"security_protocol": settings.kafka_security_protocol}
    if settings.kafka_sasl_mechanism:
        conf["sasl_mechanism"] = settings.kafka_sasl_mechanism
        conf["sasl_plain_username"] = settings.kafka_sasl_username
        if settings.kafka_sasl_password:
            conf["sasl_plain_password"] = settings.kafka_sasl_password.get_secret_value()
    if settings.kafka_ssl_cafile:
        conf["ssl_cafile"] = str(settings.kafka_ssl_cafile)
    return conf


def _unreachable_kafka(settings: Settings, exc: Exception) -> ServiceUnavailableError:
    return ServiceUnavailableError(
        f"Kafka is not reachable at {settings.kafka_bootstrap} ({exc.__class__.__name__}): "
        "start it with `make up`, or set NEWSRADAR_KAFKA_BOOTSTRAP")


def _construct(cls, *args, **conf):
    """``cls(*args, **conf)``, leaving nothing running when the constructor raises.

    kafka-python 3.0 starts its network client (an IO thread, its sockets) before it bootstraps and
    does not stop it when the bootstrap fails, and the caller never gets an object to close: each
    failed connect to a stopped or restarting broker would leave a thread retrying for ever. The
    client is built through the constructor's own ``kafka_client`` factory so it can be closed here.
    """
    built: list[KafkaNetClient] = []

    def network_client(**kwargs) -> KafkaNetClient:
        built.append(KafkaNetClient(**kwargs))
        return built[-1]

    try:
        return cls(*args, kafka_client=network_client, **conf)
    except BaseException:
        for client in built:
            client.close()
        raise


def kafka_producer(settings: Settings, **overrides) -> KafkaProducer:
    conf = dict(
        bootstrap_servers=settings.kafka_bootstrap,
        acks="all",
        # Idempotence keeps a retried send from writing a record twice.
        enable_idempotence=True,
        linger_ms=20,
        compression_type="gzip",
        max_request_size=8 * 1024 * 1024,
        retries=10,
        request_timeout_ms=30_000,
        **_kafka_security(settings),
    )
    conf.update(overrides)
    try:
        return _construct(KafkaProducer, **conf)
    except KafkaError as exc:
        raise _unreachable_kafka(settings, exc) from exc


def kafka_consumer(settings: Settings, group: str | None, *topics: str, **overrides) -> KafkaConsumer:
    conf = dict(
        bootstrap_servers=settings.kafka_bootstrap,
        group_id=group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        # The poller publishes in transactions; an aborted one (a poller killed
        # mid-publish) must be invisible to every stage and to the ledger.
        isolation_level="read_committed",
        max_poll_records=200,
        fetch_max_bytes=16 * 1024 * 1024,
        max_partition_fetch_bytes=8 * 1024 * 1024,
        session_timeout_ms=30_000,
        max_poll_interval_ms=600_000,
        **_kafka_security(settings),
    )
    conf.update(overrides)
    try:
        return _construct(KafkaConsumer, *topics, **conf)
    except KafkaError as exc:
        raise _unreachable_kafka(settings, exc) from exc


def topic_partitions(consumer: KafkaConsumer, topic: str, wait_s: float) -> set[int]:
    """The topic's partitions as the consumer's metadata has them, asked again for up to ``wait_s``:
    a topic made a moment ago may not be in the metadata yet."""
    deadline = time.monotonic() + wait_s
    while True:
        try:
            partitions = consumer.partitions_for_topic(topic) or set()
        except (KafkaTimeoutError, UnknownTopicOrPartitionError):
            # a metadata request slow on a loaded broker, or one answered "unknown topic" (kafka-python raises
            # it for a topic not made yet, seen once in CI), is asked again, like a miss
            partitions = set()
        if partitions or time.monotonic() >= deadline:
            return partitions
        time.sleep(0.2)


def kafka_admin(settings: Settings, **overrides) -> KafkaAdminClient:
    conf = dict(bootstrap_servers=settings.kafka_bootstrap, request_timeout_ms=15_000,
                **_kafka_security(settings))
    conf.update(overrides)
    try:
        return _construct(KafkaAdminClient, **conf)
    except KafkaError as exc:
        raise _unreachable_kafka(settings, exc) from exc


def ensure_topics(settings: Settings) -> list[str]:
    """Create missing topics; returns the names created (empty on a second run)."""
    admin = kafka_admin(settings)
    try:
        existing = set(admin.list_topics())
        missing = [s for s in topic_specs(settings.names, settings.kafka_partitions) if s.name not in existing]
        created = []
        for spec in missing:
            try:
                admin.create_topics([NewTopic(spec.name, spec.partitions, 1, topic_configs=spec.config)])
                created.append(spec.name)
            except TopicAlreadyExistsError:
                pass
        if created:
            # A consumer that joins a group for a topic whose partitions have no
            # leader yet can wait forever for an assignment (kafka-python 3.0).
            admin.wait_for_topics(created, timeout_ms=30_000)
        return created
    finally:
        admin.close()


def delete_topics(settings: Settings) -> None:
    admin = kafka_admin(settings)
    try:
        existing = set(admin.list_topics())
        doomed = [s.name for s in topic_specs(settings.names) if s.name in existing]
        if doomed:
            admin.delete_topics(doomed)
    finally:
        admin.close()


def display_url(url: str) -> str:
    """``url`` fit to print or log: ``https://user:pw@host`` becomes ``https://***@host``.

    Greedy up to the last ``@``: a password with an unencoded ``@`` or ``/`` in it is still hidden.
    """
    return re.sub(r"^([A-Za-z][A-Za-z0-9+.-]*://).*@", r"\1***@", url)


class _BytesNdjsonSerializer(NdjsonSerializer):
    """A bulk body already serialised to bytes is sent as it is; other lines are written by orjson.

    The stock serializer copies such a body twice (into a bytearray, then into bytes): about a
    microsecond a document of the indexer's bulks, a fiftieth of its client CPU, for nothing.
    The lines of an msearch (a header and a query each) went through the stdlib's json: some
    0.05 ms an article of the enricher's parent, five times what orjson takes.
    """

    json_dumps = OrjsonSerializer.json_dumps

    def dumps(self, data) -> bytes:
        if isinstance(data, bytes) and data.endswith(b"\n"):
            return data
        return super().dumps(data)


def es_client(settings: Settings, **overrides) -> Elasticsearch:
    # orjson parses the large bulk and mget responses several times faster than the stdlib json.
    conf: dict = dict(request_timeout=30, retry_on_timeout=True, max_retries=3,
                      serializers={"application/json": OrjsonSerializer(),
                                   "application/x-ndjson": _BytesNdjsonSerializer()})
    if settings.es_api_key:
        conf["api_key"] = settings.es_api_key.get_secret_value()
    elif settings.es_username and settings.es_password:
        conf["basic_auth"] = (settings.es_username, settings.es_password.get_secret_value())
    if settings.es_ca_file:
        conf["ca_certs"] = str(settings.es_ca_file)
    conf.update(overrides)
    return Elasticsearch(settings.es_url, **conf)


def check_es(settings: Settings) -> Elasticsearch:
    """A client for a reachable cluster, or a ServiceUnavailableError that says what to do."""
    es = es_client(settings)
    try:
        es.cluster.health(wait_for_status="yellow", timeout="10s")
    except (es_exc.ConnectionError, es_exc.ConnectionTimeout, es_exc.TransportError) as exc:
        raise ServiceUnavailableError(
            f"Elasticsearch is not reachable at {display_url(settings.es_url)}: start it with `make up`, "
            "or set NEWSRADAR_ES_URL") from exc
    return es


def check_kafka(settings: Settings) -> None:
    admin = kafka_admin(settings)
    try:
        admin.list_topics()
    except KafkaError as exc:
        raise _unreachable_kafka(settings, exc) from exc
    finally:
        admin.close()


def msearch(es: Elasticsearch, index: str, queries: list[dict], what: str) -> list[dict]:
    """One response per query, in order; a refused request or query raises by the one ES error policy."""
    body: list[dict] = []
    for query in queries:
        body += [{"index": index}, query]
    try:
        responses = es.msearch(searches=body)["responses"]
    except ES_ERRORS as exc:
        raise es_error(exc, f"{what} in {index}") from exc
    for r in responses:
        if "error" in r:
            raise es_item_error(r, f"{what} in {index}")
    return responses
