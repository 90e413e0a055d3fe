"""consumers/notifier/channels: the default templates render every channel from one AlertEvent."""
from __future__ import annotations

import json

from consumers.notifier.channels import CHANNEL_TYPES, build_channels
from consumers.notifier.channels.base import redact
from consumers.notifier.outbox import backoff
from consumers.alerter.rules import RulesFile
from newsradar.alerts_file import CHANNELS
from tests.samples.alert_articles import T0
from newsradar.schema import AlertEvent
from newsradar.settings import Settings

EVENT = AlertEvent(alert_id="abc", rule="r", rule_type="topic", status="firing", window_start=T0, window_end=T0,
                   first_seen=T0, last_seen=T0, outlets=["bbc", "cnn", "npr"], article_ids=["1", "2", "3"],
                   headline="Taliban <weapons> & Russia", links=["https://bbc.example/a"],
                   top_claims=[{"speaker": "Jim Banks", "content": "A disaster.", "outlet": "bbc"}], fired_at=T0)
RULE = RulesFile.model_validate({"rules": [{"name": "r", "type": "story", "notify": ["slack", "email", "webhook"],
                                            "email": {"to": ["a@example.org"]}}]}).rules[0]


def test_notifier_render_slack_block_kit():
    msg = build_channels(Settings())["slack"].render([EVENT], RULE, "abc:1:slack")
    blocks = msg.body["blocks"]
    assert blocks[0] == {"type": "header", "text": {"type": "plain_text", "text": "Taliban <weapons> & Russia"}}
    text = json.dumps(msg.body)
    assert "bbc, cnn, npr" in text and "Jim Banks" in text and "<https://bbc.example/a>" in text
    assert "2023-01-27 08:00 UTC" in text


def test_notifier_render_email_plain_and_escaped_html():
    msg = build_channels(Settings())["email"].render([EVENT], RULE, "abc:1:email")
    assert msg.recipients == ["a@example.org"]
    assert msg.subject == "[NewsRadar] Taliban <weapons> & Russia (3 outlets)"
    assert "bbc, cnn, npr" in msg.text and "Jim Banks" in msg.text
    assert "&lt;weapons&gt;" in msg.html and "<weapons>" not in msg.html


def test_notifier_render_webhook_and_digest():
    ch = build_channels(Settings())["webhook"]
    msg = ch.render([EVENT, EVENT.model_copy(update={"alert_id": "def"})], RULE, "digest:r:webhook:x", digest=True)
    assert msg.body["digest"] is True and [a["alert_id"] for a in msg.body["alerts"]] == ["abc", "def"]
    assert msg.body["delivery_id"] == "digest:r:webhook:x"
    slack = build_channels(Settings())["slack"].render([EVENT, EVENT], RULE, "d", digest=True)
    assert slack.body["blocks"][0]["text"]["text"].startswith("Digest: 2 alerts")


def test_notifier_render_registry_and_helpers():
    assert set(CHANNEL_TYPES) == set(CHANNELS) == {"slack", "email", "webhook"}
    assert redact("POST https://hooks.slack.com/T/B/xyz failed", "https://hooks.slack.com/T/B/xyz") == \
        "POST [redacted] failed"
    assert 0.8 <= backoff(1) <= 1.2 and 6.4 <= backoff(4) <= 9.6 and backoff(30) <= 360


def test_notifier_links_to_the_board_only_when_its_url_is_set():
    board = Settings(board_url="https://radar.example.org/board/")
    slack = build_channels(board)["slack"].render([EVENT], RULE, "abc:1:slack")
    assert "<https://radar.example.org/board/alerts/abc>" in json.dumps(slack.body)
    email = build_channels(board)["email"].render([EVENT], RULE, "abc:1:email")
    assert "https://radar.example.org/board/alerts/abc" in email.text
    assert 'href="https://radar.example.org/board/alerts/abc"' in email.html
    plain = build_channels(Settings(board_url=None))["slack"].render([EVENT], RULE, "abc:1:slack")
    assert "/alerts/abc" not in json.dumps(plain.body)
