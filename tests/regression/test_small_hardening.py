"""Issue 11, item 5: the small ones, each through the real path (broker, cluster, local servers, CLI)."""
from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from pydantic import SecretStr

from consumers.alerter.stage import Alerter
from cli.verify import read_topic
from consumers.notifier.stage import Notifier
from demo.receivers import HttpReceiver, free_port
from newsradar.clock import parse_time, utcnow
from tests.samples.alert_articles import taliban_story
from consumers.runner import Runner
from newsradar.clients import es_client, kafka_producer
from newsradar.schema import SCHEMA_VERSION
from newsradar.settings import PROJECT_ROOT
from tests.hostile.summary import report
from tests.kafka_io import publish_enriched
from tests.conftest import topic_rule_yaml

RULES = topic_rule_yaml("slack")
SLACK = "/slack/T000/B000/secret"


def run(stage, settings) -> None:
    Runner(stage, settings, poll_timeout_ms=200).run(until_idle=True, idle_polls=2, max_seconds=60)


def newsradar(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cli", *args], capture_output=True, text=True,
                          env={**os.environ, **env}, cwd=PROJECT_ROOT, timeout=300)


@pytest.mark.kafka
@pytest.mark.elasticsearch
def test_retry_after_1e400_is_capped_and_the_delivery_is_not_left_sending(isolated, tmp_path):
    http = HttpReceiver(scripts={SLACK: [(429, {"Retry-After": "1e400"})]})
    settings = isolated.model_copy(update={"slack_webhook_url": SecretStr(f"{http.url}{SLACK}")})
    rules = tmp_path / "alerts.yaml"
    rules.write_text(RULES)
    publish_enriched(settings, taliban_story(3))
    run(Alerter(settings, rules), settings)
    notifier = Notifier(settings, rules, start_retry_thread=False)
    try:
        run(notifier, settings)
    finally:
        notifier.close()
        http.close()
    es = es_client(settings)
    es.indices.refresh(index=settings.names.outbox_index)
    [doc] = [h["_source"] for h in es.search(index=settings.names.outbox_index)["hits"]["hits"]]
    assert [r.status for r in http.all(SLACK)] == [429]
    assert doc["state"] == "pending" and doc["attempts"] == 1 and "429" in doc["last_error"]
    wait = parse_time(doc["next_attempt_at"]) - utcnow()
    assert timedelta(0) < wait <= timedelta(hours=1)
    report("slack 429 Retry-After: 1e400", tried=1, errors=1, crashes=0,
           notes=[f"delivery pending, next attempt in {wait.total_seconds():.0f}s (cap 1 h)"])


@pytest.mark.kafka
@pytest.mark.elasticsearch
def test_newer_schema_version_is_dead_lettered_as_unsupported_not_invalid(isolated, tmp_path):
    rules = tmp_path / "alerts.yaml"
    rules.write_text(RULES)
    story = taliban_story(3)
    newer = json.loads(story[0].model_dump_json())
    newer.update(schema_version=SCHEMA_VERSION + 1, added_later={"anything": True})
    producer = kafka_producer(isolated)
    producer.send(isolated.names.enriched, key=b"newer", value=json.dumps(newer).encode())
    producer.flush()
    producer.close()
    publish_enriched(isolated, story)
    run(Alerter(isolated, rules), isolated)
    [dead] = [{k: v.decode() for k, v in r.headers} for r in read_topic(isolated, isolated.names.dlq("alerter"))]
    assert dead["error_class"] == "PoisonError"
    assert dead["error"] == (f"schema_version {SCHEMA_VERSION + 1} is newer than this consumer's {SCHEMA_VERSION} "
                             f"(it reads versions 1 to {SCHEMA_VERSION}): upgrade the consumer")
    report(f"record with schema_version {SCHEMA_VERSION + 1}", tried=1, errors=1, crashes=0,
           notes=["dead-lettered as unsupported; the 3 current records fired their alert"])


@pytest.mark.elasticsearch
def test_bad_since_is_a_clear_error_not_a_traceback(isolated):
    names = isolated.names
    es = es_client(isolated)
    # Elasticsearch only parses the range against indices that hold documents.
    now = utcnow().isoformat()
    es.index(index=names.articles_index, id="a1", document={"title": "taliban", "published_at": now}, refresh=True)
    es.index(index=names.claims_index, id="c1", document={"content": "x", "published_at": now}, refresh=True)
    cases = [("search", "taliban", "--since", "yesterday"), ("search", "taliban", "--since", "2024-13-45"),
             ("search", "--claims", "x", "--since", "99999999y"), ("stats", "--window", "soon"),
             ("alerts", "test", "taliban-weapons-russia", "--since", "99999999999d"),
             ("alerts", "test", "taliban-weapons-russia", "--since", "9999999d")]
    unclear = []
    for args in cases:
        out = newsradar(*args, NEWSRADAR_NAMESPACE=isolated.namespace)
        clear = (out.returncode == 2 and "Traceback" not in out.stderr and out.stderr.startswith("error: ")
                 and ("since" in out.stderr.lower() or "duration" in out.stderr))
        if not clear:
            unclear.append(f"{' '.join(args)} -> exit {out.returncode}: {(out.stderr or out.stdout)[-300:]}")
    report("bad --since / --window values", tried=len(cases), errors=len(cases) - len(unclear), crashes=len(unclear),
           notes=unclear)
    assert not unclear, unclear


class _SecuredCluster:
    """A local HTTP server that answers /_cluster/health like Elasticsearch, only with the right credentials."""

    def __init__(self, accepted: set[str], tls=None):
        self.seen: list[str | None] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's naming
                auth = self.headers.get("authorization")
                outer.seen.append(auth)
                ok = auth in accepted and self.path.startswith("/_cluster/health")
                body = json.dumps({"cluster_name": "secured", "status": "green"} if ok else {
                    "error": {"type": "security_exception", "reason": "missing authentication credentials"},
                    "status": 401}).encode()
                self.send_response(200 if ok else 401)
                self.send_header("content-type", "application/json")
                self.send_header("x-elastic-product", "Elasticsearch")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        if tls is not None:
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_health_check_uses_the_configured_api_key_and_basic_auth():
    from infra.services import es_health, status
    from newsradar.settings import Settings

    api_key, user, password = "a2V5OnNlY3JldA==", "radar", "pw-4711"
    basic = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
    cluster = _SecuredCluster({f"ApiKey {api_key}", basic})
    try:
        with_key = Settings(es_url=cluster.url, es_api_key=SecretStr(api_key))
        with_basic = Settings(es_url=cluster.url, es_username=user, es_password=SecretStr(password))
        anonymous = Settings(es_url=cluster.url)
        assert es_health(with_key) == "green"
        assert es_health(with_basic) == "green"
        assert es_health(anonymous) is None
        es_row = next(s for s in status(with_key) if s.name == "elasticsearch")
        assert es_row.healthy and es_row.detail == "cluster green"
    finally:
        cluster.close()
    assert f"ApiKey {api_key}" in cluster.seen and basic in cluster.seen


@pytest.mark.elasticsearch
def test_es_url_credentials_are_never_printed(services):
    secret = "s3cret-in-url"
    healthy = newsradar("status", NEWSRADAR_ES_URL=f"http://radar:{secret}@127.0.0.1:9200")
    assert "http://***@127.0.0.1:9200" in healthy.stdout, healthy.stdout
    down = newsradar("search", "x", NEWSRADAR_ES_URL=f"http://radar:{secret}@127.0.0.1:{free_port()}")
    assert down.returncode == 2 and "http://***@127.0.0.1:" in down.stderr, down.stderr
    for out in (healthy, down):
        assert secret not in out.stdout + out.stderr


def _private_ca_and_server_cert(tmp_path):
    """A CA of our own and a certificate for 127.0.0.1 it signed: the cluster's CA file is the only trust."""
    import datetime as dt
    import ipaddress
    import ssl

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.timezone.utc)

    def cert(subject, issuer, key, signer, *, ca: bool):
        builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer).public_key(key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(hours=1))
                   .not_valid_after(now + dt.timedelta(days=1))
                   .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
        if not ca:
            builder = builder.add_extension(
                x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        return builder.sign(signer, hashes.SHA256())

    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "newsradar test CA")])
    ca_cert = cert(ca_name, ca_name, ca_key, ca_key, ca=True)
    server = cert(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]), ca_name, key, ca_key, ca=False)
    ca_file, cert_file, key_file = tmp_path / "ca.pem", tmp_path / "server.pem", tmp_path / "server.key"
    ca_file.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(server.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return ca_file, context


def test_health_check_trusts_the_configured_ca(tmp_path):
    from infra.services import es_health
    from newsradar.settings import Settings

    ca_file, context = _private_ca_and_server_cert(tmp_path)
    cluster = _SecuredCluster({"ApiKey k"}, tls=context)
    try:
        assert es_health(Settings(es_url=cluster.url, es_api_key=SecretStr("k"), es_ca_file=ca_file)) == "green"
        # without the CA the certificate cannot be trusted: not healthy
        assert es_health(Settings(es_url=cluster.url, es_api_key=SecretStr("k"))) is None
    finally:
        cluster.close()
