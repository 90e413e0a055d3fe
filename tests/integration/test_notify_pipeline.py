"""enriched -> alerter -> news.alerts -> notifier -> a real SMTP server and a real HTTP receiver."""
from __future__ import annotations

import textwrap


import pytest
from pydantic import SecretStr

from consumers.alerter.stage import Alerter
from consumers.notifier.stage import Notifier
from demo.receivers import HttpReceiver, SmtpReceiver, wait_for
from tests.samples.alert_articles import taliban_story
from consumers.runner import Runner
from newsradar.clients import es_client
from newsradar.settings import SmtpSettings
from tests.kafka_io import publish_enriched
from tests.conftest import topic_rule_yaml

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]

RULES = topic_rule_yaml("slack, email") + "    email: {to: [desk@example.org], cc: [editor@example.org]}\n"


@pytest.fixture
def receivers():
    http, smtp = HttpReceiver(), SmtpReceiver()
    yield http, smtp
    http.close()
    smtp.close()


@pytest.fixture
def wired(isolated, receivers, tmp_path):
    http, smtp = receivers
    settings = isolated.model_copy(update={
        "slack_webhook_url": SecretStr(f"{http.url}/slack/T000/B000/secret-token"),
        "webhook_url": SecretStr(f"{http.url}/hook"),
        "smtp": SmtpSettings(host="127.0.0.1", port=smtp.port, tls="none", sender="radar@example.org")})
    rules = tmp_path / "alerts.yaml"
    rules.write_text(RULES)
    return settings, rules, http, smtp



def run_stage(stage, settings) -> None:
    Runner(stage, settings, poll_timeout_ms=200).run(until_idle=True, idle_polls=2, max_seconds=60)


SLACK = "/slack/T000/B000/secret-token"


def test_notify_three_outlets_one_slack_message_and_one_email(wired):
    settings, rules, http, smtp = wired
    publish_enriched(settings, taliban_story(3))
    run_stage(Alerter(settings, rules), settings)
    notifier = Notifier(settings, rules, retry_interval=0.3)
    try:
        run_stage(notifier, settings)
        assert wait_for(lambda: http.accepted(SLACK) and smtp.messages, 10)
    finally:
        notifier.close()
    [slack] = http.accepted(SLACK)
    text = str(slack.body)
    assert slack.body["blocks"][0]["type"] == "header"
    assert "Putin negotiating with Taliban" in slack.body["blocks"][0]["text"]["text"]
    for outlet in ("worldtribune", "newsmax", "dailywire"):
        assert outlet in text
    assert "Jim Banks" in text      # top claim with its speaker
    assert "https://newsmax.example/" in text

    [mail] = smtp.messages
    assert smtp.envelopes[0][1] == ["desk@example.org", "editor@example.org"]
    assert "Putin negotiating with Taliban" in mail["Subject"]
    plain = mail.get_body(("plain",)).get_content()
    html = mail.get_body(("html",)).get_content()
    for outlet in ("worldtribune", "newsmax", "dailywire"):
        assert outlet in plain and outlet in html
    assert "Jim Banks" in plain

    es = es_client(settings)
    es.indices.refresh(index=settings.names.outbox_index)
    states = sorted((h["_source"]["channel"], h["_source"]["state"], h["_source"]["attempts"])
                    for h in es.search(index=settings.names.outbox_index)["hits"]["hits"])
    assert states == [("email", "sent", 1), ("slack", "sent", 1)]


def test_notify_escalation_updates_instead_of_new_alert(wired):
    settings, rules, http, smtp = wired
    story = taliban_story(4)
    publish_enriched(settings, story[:3])
    run_stage(Alerter(settings, rules), settings)
    publish_enriched(settings, story[3:])
    run_stage(Alerter(settings, rules), settings)
    notifier = Notifier(settings, rules, retry_interval=0.3)
    try:
        run_stage(notifier, settings)
        assert wait_for(lambda: len(http.accepted(SLACK)) >= 2 and len(smtp.messages) >= 2, 10)
    finally:
        notifier.close()
    first, second = http.accepted(SLACK)
    assert "Escalated" in second.body["blocks"][0]["text"]["text"]
    assert "nypost" in str(second.body) and "nypost" not in str(first.body)
    assert smtp.messages[1]["Subject"].startswith("[NewsRadar] Escalated:")
    es = es_client(settings)
    assert es.count(index=settings.names.alerts_index)["count"] == 1


def test_notify_slack_outage_500_then_429_then_200_one_message_email_unaffected(wired):
    settings, rules, http, smtp = wired
    http.scripts[SLACK] = [(500, {}), (429, {"Retry-After": "1"})]
    publish_enriched(settings, taliban_story(3))
    run_stage(Alerter(settings, rules), settings)
    notifier = Notifier(settings, rules, retry_interval=0.2)
    try:
        run_stage(notifier, settings)
        # e-mail went out on the first attempt, while Slack was still failing
        assert len(smtp.messages) == 1
        assert wait_for(lambda: len(http.accepted(SLACK)) == 1, 15)
        attempts = http.all(SLACK)
        assert [r.status for r in attempts] == [500, 429, 200]
        # Retry-After: 1 was honoured between the 429 and the success
        assert attempts[2].at - attempts[1].at >= 0.9
        wait_for(lambda: False, 1.0)   # and nothing more arrives afterwards
    finally:
        notifier.close()
    assert len(http.all(SLACK)) == 3 and len(smtp.messages) == 1
    es = es_client(settings)
    doc = es.get(index=settings.names.outbox_index,
                 id=next(h["_id"] for h in es.search(index=settings.names.outbox_index,
                                                      query={"term": {"channel": "slack"}})["hits"]["hits"]))
    assert doc["_source"]["state"] == "sent" and doc["_source"]["attempts"] == 3


def test_notify_secret_url_never_in_errors(wired, caplog):
    settings, rules, http, smtp = wired
    http.scripts[SLACK] = [(404, {})]
    publish_enriched(settings, taliban_story(3))
    run_stage(Alerter(settings, rules), settings)
    notifier = Notifier(settings, rules, retry_interval=0.2)
    try:
        run_stage(notifier, settings)
    finally:
        notifier.close()
    es = es_client(settings)
    es.indices.refresh(index=settings.names.outbox_index)
    slack = es.search(index=settings.names.outbox_index, query={"term": {"channel": "slack"}})["hits"]["hits"][0]
    assert slack["_source"]["state"] == "failed"     # 404 is permanent: not retried
    assert "secret-token" not in slack["_source"]["last_error"]
    assert "secret-token" not in caplog.text
    assert len(http.all(SLACK)) == 1




DIGEST_RULES = textwrap.dedent("""
    rules:
      - name: any-story
        type: story
        min_outlets: 2
        window: 12h
        notify: [webhook]
        digest_minutes: 60
""")


def test_notify_digest_sends_at_most_one_message_per_period(wired):
    from tests.samples.alert_articles import T0, make_article
    settings, _, http, _ = wired
    rules = wired[1].parent / "digest.yaml"
    rules.write_text(DIGEST_RULES)
    arts = [make_article(o, f"{s} story by {o}", "text", story_id=s, published_at=T0)
            for s in ("s-one", "s-two") for o in ("bbc", "cnn")]
    publish_enriched(settings, arts)
    run_stage(Alerter(settings, rules), settings)
    notifier = Notifier(settings, rules, start_retry_thread=False)
    try:
        run_stage(notifier, settings)
        assert http.all("/hook") == []                # queued for the digest, not sent one by one
        notifier.retry_due()
        [digest] = http.accepted("/hook")
        assert digest.body["digest"] is True
        assert sorted(a["group"] for a in digest.body["alerts"]) == ["s-one", "s-two"]
        # a third story fires later in the same period: it waits for the next digest
        publish_enriched(settings, [make_article(o, f"three by {o}", "t", story_id="s-three", published_at=T0)
                           for o in ("bbc", "npr")])
        run_stage(Alerter(settings, rules), settings)
        run_stage(notifier, settings)
        notifier.retry_due()
        notifier.retry_due()
        assert len(http.all("/hook")) == 1
    finally:
        notifier.close()
    es = es_client(settings)
    es.indices.refresh(index=settings.names.outbox_index)
    states = sorted(h["_source"]["state"] for h in es.search(index=settings.names.outbox_index, size=20)["hits"]["hits"])
    assert states == ["digested", "digested", "queued", "sent"]
