"""`newsradar web` itself: the token rule at start-up, and that the app it serves enforces it.

uvicorn.run and the Elasticsearch check are the faked boundaries: the app handed to uvicorn is
exercised with Starlette's TestClient.
"""
from __future__ import annotations

from unittest.mock import MagicMock

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from cli.main import app as cli
from newsradar.settings import get_settings

TOKEN = "web-command-token"


@pytest.fixture
def served(monkeypatch) -> dict:
    import uvicorn

    import newsradar.clients

    captured: dict = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: captured.update(app=app, **kw))
    monkeypatch.setattr(newsradar.clients, "check_es", lambda settings: MagicMock())
    monkeypatch.delenv("NEWSRADAR_BOARD_TOKEN", raising=False)
    get_settings.cache_clear()
    yield captured
    get_settings.cache_clear()


def test_binding_beyond_loopback_without_a_token_exits_2(served: dict) -> None:
    result = CliRunner().invoke(cli, ["web", "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "NEWSRADAR_BOARD_TOKEN" in result.output
    assert "app" not in served


def test_the_served_app_requires_the_token(served: dict, monkeypatch) -> None:
    monkeypatch.setenv("NEWSRADAR_BOARD_TOKEN", TOKEN)
    result = CliRunner().invoke(cli, ["web", "--host", "0.0.0.0", "--port", "8799"])
    assert result.exit_code == 0, result.output
    assert (served["host"], served["port"]) == ("0.0.0.0", 8799)
    client = TestClient(served["app"], base_url="http://0.0.0.0:8799")
    assert client.get("/static/board.css").status_code == 401
    assert client.get("/static/board.css", headers={"authorization": f"Bearer {TOKEN}"}).status_code == 200


def test_port_has_help(served: dict) -> None:
    result = CliRunner().invoke(cli, ["web", "--help"], env={"COLUMNS": "200"})
    assert "TCP port to serve on" in result.output
