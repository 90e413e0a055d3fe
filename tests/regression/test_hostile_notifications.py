"""Issue 11, item 3: a headline, a claim or a link from a feed cannot take over a notification.

Hostile articles go through the real alerter and notifier to a real local HTTP receiver
(Slack) and a real local SMTP server. What Slack receives must contain no mention
(``<!channel>``, ``<!here>``, ``<@U..>``, ``<!subteam^..>``) and no link label a feed chose:
every ``<...>`` left in mrkdwn is a link to an http(s) URL with no ``|``.
"""
from __future__ import annotations

import re
import textwrap

import pytest
from pydantic import SecretStr

from consumers.alerter.stage import Alerter
from consumers.notifier.stage import Notifier
from demo.receivers import HttpReceiver, SmtpReceiver
from tests.samples.alert_articles import T0, make_article
from consumers.runner import Runner
from newsradar.settings import SmtpSettings
from tests.hostile.summary import report
from tests.kafka_io import publish_enriched

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]

RULES = textwrap.dedent("""
    rules:
      - name: hostile-story
        type: story
        min_outlets: 3
        window: 12h
        notify: [slack, email]
        email: {to: [desk@example.org]}
""")

SLACK = "/slack/T000/B000/secret"

# What clean_text makes of a feed title "&lt;!channel&gt; ...": the entities are unescaped.
HOSTILE = [
    ("outlet-a", "<!channel> Taliban sell Russia the weapons\r\nBcc: evil@example.org",
     "https://a.example/story|Official White House statement",
     ("<!here>", "<!everyone> they are coming, see <https://evil.example|the proof>")),
    ("outlet-b", "<https://evil.example/login|Read the official report> <@U024BE7LH> <!subteam^S012>",
     "https://b.example/x>injected<!channel>", ("Ana <@U0ADMIN>", "A & B <b>bold</b> claims")),
    ("outlet-c", "Taliban weapons for Russia", "https://c.example/ok?a=1&b=2",
     ("Someone", "&lt;!here&gt; was double-encoded in the feed")),
]


def mrkdwn_texts(body: dict) -> list[str]:
    """Every string Slack parses as mrkdwn: the top-level text and each mrkdwn text object."""
    out = [body["text"]]

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "mrkdwn":
                out.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    walk(body["blocks"])
    return out


def test_hostile_headlines_claims_and_links_cannot_ping_or_relabel_in_slack(isolated, tmp_path):
    http, smtp = HttpReceiver(), SmtpReceiver()
    settings = isolated.model_copy(update={
        "slack_webhook_url": SecretStr(f"{http.url}{SLACK}"),
        "smtp": SmtpSettings(host="127.0.0.1", port=smtp.port, tls="none", sender="radar@example.org")})
    rules = tmp_path / "alerts.yaml"
    rules.write_text(RULES)
    arts = [make_article(outlet, title, "The same story, told again.", url=url, published_at=T0,
                         story_id="s-hostile", claims=[claim]) for outlet, title, url, claim in HOSTILE]
    publish_enriched(settings, arts)
    Runner(Alerter(settings, rules), settings, poll_timeout_ms=200).run(until_idle=True, idle_polls=2,
                                                                        max_seconds=60)
    notifier = Notifier(settings, rules, start_retry_thread=False)
    try:
        Runner(notifier, settings, poll_timeout_ms=200).run(until_idle=True, idle_polls=2, max_seconds=60)
    finally:
        notifier.close()
        http.close()
        smtp.close()

    [slack] = http.accepted(SLACK)
    texts = mrkdwn_texts(slack.body)
    problems = []
    for text in texts:
        for bad in ("<!", "<@", "<#"):
            if bad in text:
                problems.append(f"{bad!r} in {text!r}")
        for inside in re.findall(r"<([^>]*)>", text):
            if not inside.startswith(("http://", "https://")) or "|" in inside:
                problems.append(f"link <{inside}> in {text!r}")
    report("hostile headlines/claims/links -> Slack+email", tried=len(HOSTILE), errors=len(problems),
           crashes=0, notes=["one Slack message and one e-mail, both delivered", *problems])
    assert not problems, problems
    # the words are still there, shown as text
    shown = "\n".join(texts)
    assert "&lt;!channel&gt;" in shown and "&amp;lt;!here&amp;gt;" in shown
    assert "%7COfficial%20White%20House%20statement" in shown
    assert slack.body["blocks"][0]["type"] == "header"
    assert slack.body["blocks"][0]["text"]["type"] == "plain_text"

    [mail] = smtp.messages
    assert smtp.envelopes[0][1] == ["desk@example.org"]
    assert "\r" not in mail["Subject"] and "\n" not in mail["Subject"]
    assert mail["Bcc"] is None
