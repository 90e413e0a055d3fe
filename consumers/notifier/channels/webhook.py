"""A generic JSON webhook: the alert events as published, plus the delivery id."""
from __future__ import annotations

from consumers.notifier.channels.base import Message
from consumers.notifier.channels.http import _JsonPost


class WebhookNotifier(_JsonPost):
    """Any HTTP endpoint taking JSON; ``Idempotency-Key`` lets the receiver drop a redelivery."""

    name = "webhook"
    url_setting = "webhook_url"
    env_name = "NEWSRADAR_WEBHOOK_URL"

    def render(self, alerts, rule, delivery_id, digest=False) -> Message:
        message = super().render(alerts, rule, delivery_id, digest)
        message.body["delivery_id"] = delivery_id
        return message

    def _headers(self, message: Message) -> dict:
        return {"content-type": "application/json", "idempotency-key": message.delivery_id}
