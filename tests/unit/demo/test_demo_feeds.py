"""`newsradar demo --port N`: the feed list the demo polls points at the site it serves, on any port."""
from __future__ import annotations

import httpx

from demo.runner import DEMO_FEEDS
from demo.server import feeds_served_at, serve
from producers.config import load_feeds


def test_demo_feeds_point_at_the_site_served_on_another_port(tmp_path):
    server, base_url = serve(0)
    try:
        feeds = load_feeds(feeds_served_at(base_url, DEMO_FEEDS, tmp_path))
        urls = [f.url for g in feeds.groups for f in g.feeds]
        assert urls and all(str(u).startswith(base_url) for u in urls)
        assert all(httpx.get(str(u)).status_code == 200 for u in urls)
    finally:
        server.shutdown()
        server.server_close()
