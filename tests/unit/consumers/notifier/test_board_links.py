"""The notifier's templates spell the board's alert path themselves (the notifier may not import board):
this keeps them equal to what board/links.py, the owner of those paths, builds."""
from __future__ import annotations

import json

from board import links
from consumers.alerter.rules.base import alert_id_for
from consumers.notifier.channels import build_channels
from newsradar.settings import Settings
from tests.samples.alert_articles import T0
from tests.unit.consumers.notifier.test_render import EVENT, RULE

BOARD = "https://radar.example.org/board"


def test_slack_and_email_link_to_the_alert_page_board_links_names() -> None:
    event = EVENT.model_copy(update={"alert_id": alert_id_for("r", "taliban", T0)})
    expected = BOARD + links.alert(event.alert_id)
    channels = build_channels(Settings(board_url=BOARD + "/"))
    slack = json.dumps(channels["slack"].render([event], RULE, "x:1:slack").body)
    email = channels["email"].render([event], RULE, "x:1:email")
    assert f"<{expected}|" in slack or f"<{expected}>" in slack
    assert f"On the board: {expected}\n" in email.text + "\n"
    assert f'href="{expected}"' in email.html
