"""One real pipeline run over the demo feeds (plus a feed that fails), shared by the board's API and
browser tests; and the board served over real HTTP on a free port."""
from __future__ import annotations

import os
import socket
import threading
import time
import uuid

import pytest
from pydantic import SecretStr

from newsradar.settings import PROJECT_ROOT, Settings, SmtpSettings
from tests.conftest import topic_rule_yaml

# a feed path the demo server does not have: its poll fails with a 404
FAILING_FEED = ('      - {id: wire-down, url: "BASE/wire-down/feed.xml", outlet: "Zeta Wire", '
                'language: en}\n')
DEMO_OUTLETS = {"Northern Ledger", "Capital Dispatch", "Harbor Times"}


@pytest.fixture(scope="session")
def board_data(services: Settings, tmp_path_factory) -> Settings:
    """A namespace holding what `newsradar demo` leaves behind, alert deliveries included."""
    from demo.receivers import HttpReceiver, SmtpReceiver
    from demo.server import feeds_served_at, serve
    from flows.pipeline import run_once
    from newsradar.es_schema import drop_namespace, ensure_schema
    from newsradar.clients import delete_topics, ensure_topics, es_client

    settings = services.model_copy(update={"namespace": f"t{uuid.uuid4().hex[:10]}"})
    ensure_topics(settings)
    es = es_client(settings)
    ensure_schema(es, settings)
    server, base_url = serve(0)
    http, smtp = HttpReceiver(), SmtpReceiver()
    wired = settings.model_copy(update={
        "slack_webhook_url": SecretStr(f"{http.url}/slack/T000/B000/secret"),
        "smtp": SmtpSettings(host="127.0.0.1", port=smtp.port, tls="none", sender="radar@example.org")})
    tmp = tmp_path_factory.mktemp("board")
    feeds = feeds_served_at(base_url, PROJECT_ROOT / "configs" / "demo-feeds.yaml", tmp)
    feeds.write_text(feeds.read_text() + FAILING_FEED.replace("BASE", base_url))
    rules = tmp / "alerts.yaml"
    rules.write_text(topic_rule_yaml("slack, email") + "    email: {to: [desk@example.org]}\n")
    try:
        run_once(wired, feeds, rules, log=lambda m: None)
    finally:
        server.shutdown()
        server.server_close()
        http.close()
        smtp.close()
    names = settings.names
    es.indices.refresh(index=[names.articles_index, names.claims_index, names.alerts_index, names.feeds_index,
                              names.outbox_index])
    yield settings
    if os.environ.get("NEWSRADAR_KEEP_TEST_DATA"):
        return
    drop_namespace(es, settings)
    delete_topics(settings)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def board_url(board_data: Settings) -> str:
    """The board over ``board_data``, served by uvicorn as `newsradar web` serves it."""
    import uvicorn

    from board.app import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(board_data), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            pytest.fail("the board did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)
