"""Secrets never leave the process: not in what the CLI prints, not in Prefect's logs, not in the data.

`newsradar run --once` runs as a subprocess on the demo feeds with fake secrets in
the environment: a Slack webhook URL and a generic webhook URL (both pointing at a
real local receiver), an SMTP password (a real local SMTP server that accepts the
login), an Elasticsearch user and password (the local node has security off and
accepts the basic auth), and a Kafka SASL password (ignored without a mechanism,
so PLAINTEXT still works). Everything it printed, the Prefect home it used
(database and logs), and every topic and index of its namespace are searched
for each secret and for the random token inside them.
"""
from __future__ import annotations

import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from demo.server import feeds_served_at, serve
from newsradar.settings import PROJECT_ROOT
from tests.faults.receiver import HookReceiver

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch, pytest.mark.prefect]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _Smtp:
    """aiosmtpd accepting any login without TLS, keeping the messages."""

    def __init__(self):
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult
        self.messages: list[bytes] = []
        self.logins: list[str] = []
        outer = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd API
                outer.messages.append(envelope.content)
                return "250 OK"

        def authenticator(server, session, envelope, mechanism, auth_data):
            outer.logins.append(mechanism)
            return AuthResult(success=True)

        self.port = _free_port()
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port,
                                     authenticator=authenticator, auth_require_tls=False)

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()


def _namespace_bytes(settings) -> bytes:
    """Every record of the namespace's topics and every document of its indices, as bytes."""
    from cli.verify import read_topic
    from elasticsearch import helpers
    from newsradar.clients import es_client
    chunks = []
    for topic in settings.names.all_topics():
        for r in read_topic(settings, topic):
            chunks += [r.key or b"", r.value or b"", *(v for _, v in (r.headers or []))]
    es = es_client(settings)
    es.indices.refresh(index=f"{settings.namespace}-*")
    for hit in helpers.scan(es, index=f"{settings.namespace}-*", query={"query": {"match_all": {}}}):
        chunks.append(repr(hit["_source"]).encode())
    return b"\n".join(chunks)


def _files_bytes(root: Path) -> bytes:
    return b"\n".join(p.read_bytes() for p in root.rglob("*") if p.is_file())


def test_secrets_never_printed_logged_or_stored(isolated, tmp_path):
    token = uuid.uuid4().hex
    server, base_url = serve(0)
    feeds = feeds_served_at(base_url, PROJECT_ROOT / "configs" / "demo-feeds.yaml", tmp_path)
    try:
        with HookReceiver() as hooks, _Smtp() as smtp:
            secrets = {
                "NEWSRADAR_SLACK_WEBHOOK_URL": hooks.url(f"/hooks/SECRET-slack-{token}"),
                "NEWSRADAR_WEBHOOK_URL": hooks.url(f"/hook?token=SECRET-webhook-{token}"),
                "NEWSRADAR_SMTP__PASSWORD": f"SECRET-smtp-{token}",
                "NEWSRADAR_ES_PASSWORD": f"SECRET-es-{token}",
                "NEWSRADAR_KAFKA_SASL_PASSWORD": f"SECRET-kafka-{token}",
            }
            # Prefect's client state of this run only, so the scan below sees what it wrote.
            prefect_home = tmp_path / "prefect"
            prefect_home.mkdir()
            env = {
                "PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "NEWSRADAR_NAMESPACE": isolated.namespace,
                "NEWSRADAR_ES_USERNAME": "newsradar", "NEWSRADAR_SMTP__USERNAME": "desk",
                "NEWSRADAR_SMTP__HOST": "127.0.0.1", "NEWSRADAR_SMTP__PORT": str(smtp.port),
                "PREFECT_HOME": str(prefect_home),
                "PREFECT_LOGGING_LEVEL": "DEBUG", **secrets,
            }
            cli = [sys.executable, "-m", "cli"]
            outputs = {}
            run = subprocess.run([*cli, "run", "--once", "--feeds", str(feeds)], capture_output=True,
                                 text=True, env=env, timeout=500, cwd=tmp_path)
            outputs["run --once"] = run.stdout + run.stderr
            assert run.returncode == 0, outputs["run --once"][-3000:]
            for args in (["status"], ["--help"], ["run", "--help"], ["consume", "--help"], ["status", "--help"],
                         ["verify"]):
                out = subprocess.run([*cli, *args], capture_output=True, text=True, env=env, timeout=120,
                                     cwd=tmp_path)
                outputs[" ".join(args)] = out.stdout + out.stderr
            delivered = list(hooks.requests)
            mails = list(smtp.messages)
    finally:
        server.shutdown()
        server.server_close()

    # the secrets were really used: the run reached Slack, the SMTP login and Elasticsearch with them
    assert any(f"SECRET-slack-{token}" in d.path for d in delivered), [d.path for d in delivered]
    assert mails and smtp.logins, "the e-mail notification with SMTP login did not happen"

    needles = [*secrets.values(), token]
    places = {**{f"output of `newsradar {k}`": v.encode() for k, v in outputs.items()},
              "Prefect home (database, logs)": _files_bytes(prefect_home),
              # flow-run logs and parameters are stored by the Prefect server that `newsradar up` runs
              "Prefect server (database, logs)": _files_bytes(isolated.cache_dir / "prefect-server"),
              "topics and indices of the namespace": _namespace_bytes(isolated),
              "notification bodies": b"\n".join([*(d.body for d in delivered), *mails])}
    leaks = [(where, needle) for where, blob in places.items() for needle in needles
             if needle.encode() in blob]
    assert not leaks, f"secrets leaked: {leaks}"
