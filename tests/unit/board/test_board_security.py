"""The board's HTTP guards, on the Starlette app itself; Elasticsearch is the faked boundary."""
from __future__ import annotations

from unittest.mock import MagicMock

import pytest
from starlette.testclient import TestClient

from board.app import create_app
from newsradar.settings import Settings

TOKEN = "s3cret-token"


def client(token: str | None = None, board_url: str | None = None, host: str = "127.0.0.1",
           base: str = "http://127.0.0.1") -> TestClient:
    settings = Settings(board_url=board_url)
    return TestClient(create_app(settings, es=MagicMock(), token=token, host=host), base_url=base,
                      follow_redirects=False)


def test_a_foreign_host_header_is_refused() -> None:
    c = client()
    assert c.get("/static/board.css", headers={"host": "attacker.example"}).status_code == 400
    assert c.get("/static/board.css").status_code == 200


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "[::1]", "board.example.org", "10.0.0.5"])
def test_the_board_answers_to_its_own_names(host: str) -> None:
    c = client(token=TOKEN, board_url="https://board.example.org/radar", host="10.0.0.5")
    response = c.get("/static/board.css", headers={"host": host, "authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200


def test_a_token_in_the_query_becomes_a_cookie_and_leaves_the_url() -> None:
    c = client(token=TOKEN)
    response = c.get(f"/static/board.css?token={TOKEN}&x=1")
    assert response.status_code == 303
    assert response.headers["location"] == "/static/board.css?x=1"
    assert f"newsradar_board={TOKEN}" in response.headers["set-cookie"]
    assert c.get("/static/board.css?x=1").status_code == 200


def test_a_wrong_query_token_is_refused_without_a_cookie() -> None:
    response = client(token=TOKEN).get("/static/board.css?token=nope")
    assert response.status_code == 401
    assert "set-cookie" not in response.headers


def test_the_cookie_is_secure_when_the_board_is_served_over_https() -> None:
    secure = client(token=TOKEN, board_url="https://board.example.org").get(f"/?token={TOKEN}")
    plain = client(token=TOKEN, board_url="http://127.0.0.1:8750").get(f"/?token={TOKEN}")
    assert "secure" in secure.headers["set-cookie"].lower()
    assert "secure" not in plain.headers["set-cookie"].lower()
