"""The board's stable paths: alerts, stories and claims link to these from Slack and email.

They are part of the board's public interface: keep them stable. The notifier
templates build ``{board_url}/alerts/{alert_id}`` from the same scheme.
"""
from __future__ import annotations

from urllib.parse import quote


def alert(alert_id: str) -> str:
    return f"/alerts/{quote(alert_id, safe='')}"


def story(story_id: str) -> str:
    return f"/stories/{quote(story_id, safe='')}"


def claim(cluster_id: str) -> str:
    return f"/claims/{quote(cluster_id, safe='')}"
