"""The notifier interface: ``render(alerts, rule) -> Message`` and ``send(message)``.

A channel is a class with those two methods, registered by name in
``consumers/notifier/channels/__init__.py``. ``render`` is pure (templates only);
``send`` talks to the outside world and raises ``NotifyError`` (with
``retry_after`` from a 429, ``permanent`` when retrying cannot help). The
outbox decides what happens next.

Templates: ``consumers/notifier/templates/<channel>...j2`` by default; a rule's
``templates: {slack: my-slack.json.j2}`` overrides one (relative to
consumers/notifier/templates/ or absolute).

Secrets (webhook URLs, SMTP password) are never logged: every error message
built here passes through ``redact``.

Text from feeds is hostile: a headline ``<!channel>`` would ping a whole Slack
channel and a link ``https://x|Official statement`` would show a false label.
Templates put feed text into Slack ``mrkdwn`` only through the ``mrkdwn`` and
``slack_link`` filters below.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from newsradar.schema import AlertEvent

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "templates"

DEFAULT_TEMPLATES = {"slack": "slack.json.j2", "email": "email.txt.j2", "email_html": "email.html.j2",
                     "subject": "subject.txt.j2", "webhook": "webhook.json.j2"}


@dataclass
class Message:
    channel: str
    delivery_id: str
    body: dict | None = None          # JSON channels
    subject: str = ""
    text: str = ""
    html: str = ""
    recipients: list[str] = field(default_factory=list)


def mrkdwn(text) -> str:
    """Slack's escaping for mrkdwn text: ``&``, ``<`` and ``>``, which turn text into mentions and links."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_link(url) -> str:
    """``<url>`` that Slack shows as the URL itself: ``|`` would start a label, ``>`` end the link early."""
    return "<" + mrkdwn(str(url).replace("|", "%7C").replace(" ", "%20")) + ">"


def redact(text: str, *secrets: str | None) -> str:
    for s in secrets:
        if s:
            text = text.replace(s, "[redacted]")
    return text


class Templates:
    def __init__(self, directory: Path = TEMPLATE_DIR, board_url: str | None = None):
        self._envs: dict[Path, Environment] = {}
        self.directory = directory
        # the board's alert page is /alerts/<alert_id> (board/links.py); None: no board link
        self.board_url = board_url.rstrip("/") if board_url else None

    def _env(self, directory: Path) -> Environment:
        if directory not in self._envs:
            self._envs[directory] = Environment(
                loader=FileSystemLoader(str(directory)), undefined=StrictUndefined, trim_blocks=False,
                autoescape=select_autoescape(enabled_extensions=("html.j2",), default_for_string=False),
                keep_trailing_newline=False)
            self._envs[directory].filters.update(mrkdwn=mrkdwn, slack_link=slack_link)
        return self._envs[directory]

    def render(self, kind: str, rule, alerts: list[AlertEvent], digest: bool = False) -> str:
        name = (rule.templates or {}).get(kind) if rule is not None else None
        path = Path(name) if name else TEMPLATE_DIR / DEFAULT_TEMPLATES[kind]
        if not path.is_absolute():
            path = self.directory / path
        tpl = self._env(path.parent).get_template(path.name)
        return tpl.render(alerts=alerts, alert=alerts[0], rule=rule, digest=digest, board_url=self.board_url,
                          alerts_json=[json.loads(a.model_dump_json()) for a in alerts]).strip()


class Channel:
    """Base of the notifiers; subclasses set ``name`` and implement both methods."""

    name = "base"

    def __init__(self, settings, templates: Templates):
        self.settings = settings
        self.templates = templates

    def render(self, alerts: list[AlertEvent], rule, delivery_id: str, digest: bool = False) -> Message:
        raise NotImplementedError

    def send(self, message: Message) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass
