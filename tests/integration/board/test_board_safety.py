"""Safe by default: feed text escaped, hostile links inert, the token on every request off loopback."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from starlette.testclient import TestClient

from board.app import create_app
from board.security import BoardSecurityError, require_token
from newsradar.clients import es_client

pytestmark = [pytest.mark.elasticsearch]

LOCAL = "http://127.0.0.1"  # the board answers only to its own names: TestClient's default "testserver" is refused
HOSTILE_TITLE = '<script>alert("x")</script><img src=x onerror=alert(1)> Taliban'


def _an_hour_ago() -> str:
    """Inside the board's default 48-hour window whatever the day the suite runs on."""
    return (datetime.now(UTC) - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture
def hostile(isolated):
    es = es_client(isolated)
    names = isolated.names
    doc = {"article_id": "h" * 64, "story_id": "s-hostile", "outlet": "<b>Evil</b> Outlet",
           "url": "javascript:alert(document.cookie)", "title": HOSTILE_TITLE, "summary": "<iframe src=//x>",
           "published_at": _an_hour_ago(), "entities": {"all": ["<svg onload=alert(1)>"]}}
    es.index(index=names.articles_index, id=doc["article_id"], document=doc, refresh=True)
    return isolated


def test_feed_text_is_escaped_and_javascript_links_are_inert(hostile):
    client = TestClient(create_app(hostile), base_url=LOCAL)
    for path in ("/stories/s-hostile", "/search?q=Taliban", "/"):
        html = client.get(path).text
        assert "<script>alert" not in html and "<img src=x" not in html and "<svg onload" not in html, path
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html, path
        assert "javascript:" not in html, path
        assert "<b>Evil</b>" not in html and "&lt;b&gt;Evil&lt;/b&gt;" in html, path
    csp = client.get("/").headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp


def test_the_token_is_required_on_every_request_when_set(hostile):
    client = TestClient(create_app(hostile, token="s3cret-board"), base_url=LOCAL)
    for path in ("/", "/api/spreading", "/feeds", "/static/board.css"):
        assert client.get(path).status_code == 401, path
        assert client.get(path, headers={"Authorization": "Bearer wrong"}).status_code == 401, path
        assert client.get(path, headers={"Authorization": "Bearer s3cret-board"}).status_code == 200, path
    first = client.get("/feeds?token=s3cret-board&sort=outlet", follow_redirects=False)
    assert first.status_code == 303 and "HttpOnly" in first.headers["set-cookie"]
    assert first.headers["location"] == "/feeds?sort=outlet", "the token does not stay in the URL"
    assert client.get("/api/feeds").status_code == 200, "the cookie carries the token on later requests"


def test_binding_beyond_loopback_needs_a_token():
    require_token("127.0.0.1", None)
    require_token("::1", None)
    for host in ("0.0.0.0", "192.168.1.5", "::"):
        with pytest.raises(BoardSecurityError, match="NEWSRADAR_BOARD_TOKEN"):
            require_token(host, None)
        require_token(host, "t")


def test_an_alert_whose_delivery_failed_still_renders(isolated):
    # found by bench/board_latency.py: a failed delivery has no sent_at
    es = es_client(isolated)
    names = isolated.names
    alert = {"alert_id": "a1", "rule": "r", "rule_type": "topic", "status": "firing", "revision": 1,
             "outlets": ["A", "B"], "article_ids": [], "headline": "Spreading", "links": [],
             "first_seen": _an_hour_ago(), "fired_at": _an_hour_ago()}
    es.index(index=names.alerts_index, id="a1", document=alert, refresh=True)
    es.index(index=names.outbox_index, id="a1:1:slack", refresh=True,
             document={"delivery_id": "a1:1:slack", "alert_id": "a1", "revision": 1, "channel": "slack",
                       "state": "failed", "attempts": 1, "last_error": "slack: NEWSRADAR_SLACK_WEBHOOK_URL is not set"})
    client = TestClient(create_app(isolated), base_url=LOCAL)
    page = client.get("/alerts/a1")
    assert page.status_code == 200 and "NEWSRADAR_SLACK_WEBHOOK_URL is not set" in page.text
    assert "slack: failed" in client.get("/alerts").text
