"""Slack incoming webhooks with Block Kit (consumers/notifier/templates/slack.json.j2); the URL is a secret."""
from __future__ import annotations

from consumers.notifier.channels.http import _JsonPost


class SlackNotifier(_JsonPost):
    """Slack incoming webhook, Block Kit body (consumers/notifier/templates/slack.json.j2)."""

    name = "slack"
    url_setting = "slack_webhook_url"
    env_name = "NEWSRADAR_SLACK_WEBHOOK_URL"
