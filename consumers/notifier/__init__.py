"""Notifier stage: news.alerts -> the durable outbox -> Slack, e-mail, webhook (channels/)."""
