"""`newsradar demo`: the pipeline over the bundled offline outlets, and what it found."""
from __future__ import annotations

import tempfile
from pathlib import Path

from pydantic import SecretStr

from demo.receivers import HttpReceiver, SmtpReceiver, wait_for
from demo.server import feeds_served_at, serve
from flows.pipeline import run_once
from newsradar.clients import check_es, check_kafka
from newsradar.settings import PROJECT_ROOT, Settings
from search.claims import ClaimNotFoundError, trace
from cli.claims import render_trace

DEMO_FEEDS = PROJECT_ROOT / "configs" / "demo-feeds.yaml"
DEMO_RULES = PROJECT_ROOT / "configs" / "alerts.yaml"


def run_demo(settings: Settings, port: int = 8765, echo=print, feeds_file: Path = DEMO_FEEDS,
             rules_file: Path = DEMO_RULES) -> None:
    check_kafka(settings)
    es = check_es(settings)
    server, base_url = serve(port)
    echo(f"demo feeds served at {base_url}/<outlet>/feed.xml")
    # Stand-ins for Slack and the newsroom's mail server, so the notifications are really sent.
    slack, mail = HttpReceiver(), SmtpReceiver()
    settings = settings.model_copy(update={
        "slack_webhook_url": SecretStr(f"{slack.url}/services/demo"),
        "smtp": settings.smtp.model_copy(update={"host": "127.0.0.1", "port": mail.port, "tls": "none"}),
    })
    echo(f"local Slack receiver at {slack.url}, local SMTP server at 127.0.0.1:{mail.port}")
    try:
        with tempfile.TemporaryDirectory(prefix="newsradar-demo-") as tmp:
            summary = run_once(settings, feeds_served_at(base_url, feeds_file, Path(tmp)), rules_file, log=echo)
        wait_for(lambda: slack.requests and mail.messages, timeout=10)
    finally:
        server.shutdown()
        server.server_close()
        slack.close()
        mail.close()
    echo("\n== pipeline ==")
    for line in summary.lines():
        echo(line)
    names = settings.names
    es.indices.refresh(index=[names.articles_index, names.claims_index, names.alerts_index])
    _show_entities(es, names, echo)
    _show_claims(es, names, echo)
    _show_alerts(es, names, echo)
    _show_notifications(slack, mail, echo)
    _show_claim_trace(es, settings, echo)
    _show_board(settings, echo)


def _show_entities(es, names, echo) -> None:
    echo("\n== top entities (all demo articles) ==")
    aggs = {label: {"terms": {"field": f"entities.{label}", "size": 6}}
            for label in ("person", "org", "gpe", "norp", "money")}
    resp = es.search(index=names.articles_index, size=0, aggs=aggs)
    for label, agg in resp["aggregations"].items():
        shown = ", ".join(f"{b['key']} ({b['doc_count']})" for b in agg["buckets"])
        echo(f"{label.upper():<7} {shown}")


def _show_claims(es, names, echo) -> None:
    resp = es.search(index=names.claims_index, size=12, sort=[{"confidence": "desc"}],
                     query={"bool": {"must_not": {"term": {"speaker_type": "AUTHOR"}}}})
    echo(f"\n== attributed claims ({resp['hits']['total']['value']} in all; the most confident) ==")
    for hit in resp["hits"]["hits"]:
        c = hit["_source"]
        speaker = c.get("speaker_resolved") or c.get("speaker") or "?"
        content = c["content"] if len(c["content"]) <= 110 else c["content"][:107] + "..."
        echo(f"- [{c['outlet']}] {speaker} ({c['kind']}, {c.get('cue') or '-'}): {content}")


def _show_alerts(es, names, echo) -> None:
    resp = es.search(index=names.alerts_index, size=10, sort=[{"fired_at": "desc"}])
    echo(f"\n== alerts ({resp['hits']['total']['value']}) ==")
    for hit in resp["hits"]["hits"]:
        a = hit["_source"]
        echo(f"ALERT {a['rule']} [{a['status']} rev {a['revision']}] {len(a['outlets'])} outlets: "
             f"{', '.join(a['outlets'])}\n      {a['headline']}")


def _show_board(settings: Settings, echo) -> None:
    echo("\n== the newsroom board ==")
    echo("start it with:  .venv/bin/newsradar web")
    echo(f"then open:      {settings.board_url or 'http://127.0.0.1:8750'}/  (spreading stories and claims, "
         "claim traces, search, alerts, feeds)")


def _show_notifications(slack: HttpReceiver, mail: SmtpReceiver, echo) -> None:
    echo(f"\n== notifications received this run: {len(slack.requests)} Slack, {len(mail.messages)} email ==")
    for req in slack.requests:
        blocks = (req.body or {}).get("blocks", [])
        header = next((b["text"]["text"] for b in blocks if b.get("type") == "header"), (req.body or {}).get("text"))
        echo(f"slack  {req.status}  {header}")
    for msg in mail.messages:
        echo(f"email  to {msg['To']}: {msg['Subject']}")
    if not slack.requests and not mail.messages:
        echo("(none: the alert was already sent by an earlier run, and is never sent twice)")


DEMO_CLAIM = "Putin Taliban weapons"


def _show_claim_trace(es, settings, echo) -> None:
    echo(f'\n== newsradar claims trace "{DEMO_CLAIM}" ==')
    try:
        echo(render_trace(trace(es, settings, DEMO_CLAIM)))
    except ClaimNotFoundError as exc:
        echo(f"(no trace: {exc})")
