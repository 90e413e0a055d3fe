"""Notification channels behind one two-method interface and a name registry.

Adding a channel:

1. subclass ``consumers.notifier.channels.base.Channel`` with ``name = "mychannel"``,
   ``render(alerts, rule, delivery_id, digest) -> Message`` (templates only) and
   ``send(message)`` (raise ``NotifyError``; ``retry_after``/``permanent`` steer the
   outbox's retries);
2. register it in ``CHANNEL_TYPES`` below and add the name to ``ChannelName``
   in ``newsradar/alerts_file.py`` (the one list of channel names);
3. add a default template under ``consumers/notifier/templates/``.
"""
from __future__ import annotations

from consumers.notifier.channels.base import Channel, Templates  # noqa: F401 - re-exported
from consumers.notifier.channels.email import EmailNotifier
from consumers.notifier.channels.slack import SlackNotifier
from consumers.notifier.channels.webhook import WebhookNotifier

CHANNEL_TYPES: dict[str, type[Channel]] = {
    SlackNotifier.name: SlackNotifier,
    EmailNotifier.name: EmailNotifier,
    WebhookNotifier.name: WebhookNotifier,
}


def build_channels(settings, templates: Templates | None = None) -> dict[str, Channel]:
    templates = templates or Templates(board_url=settings.board_url)
    return {name: cls(settings, templates) for name, cls in CHANNEL_TYPES.items()}
