"""Serve the demo outlets' RSS and Atom feeds (and article pages) on 127.0.0.1.

Feeds are rendered from ``stories.yaml``. Publication times are relative to
the hour the server started, so the demo always looks fresh, while the bytes
stay identical within that hour: ETag and Last-Modified then let a second poll
answer 304, as a real outlet's server would.
"""
from __future__ import annotations

import hashlib
import html
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

STORIES = Path(__file__).resolve().parent / "stories.yaml"
# Where configs/demo-feeds.yaml expects the demo site; served elsewhere, the feed list is rewritten.
DEMO_ORIGIN = "http://127.0.0.1:8765"


@dataclass
class Page:
    body: bytes
    content_type: str
    etag: str
    last_modified: str


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.strip().split("\n\n") if p.strip()]


def _html_body(text: str) -> str:
    return "".join(f"<p>{html.escape(p)}</p>" for p in _paragraphs(text))


def render_site(base_url: str, now: datetime, stories_file: Path = STORIES) -> dict[str, Page]:
    data = yaml.safe_load(stories_file.read_text(encoding="utf-8"))
    pages: dict[str, Page] = {}
    for outlet in data["outlets"]:
        items = [s for s in data["stories"] if s["outlet"] == outlet["id"]]
        for s in items:
            s["link"] = f"{base_url}/{outlet['id']}/{s['slug']}.html?utm_source=rss&utm_medium=feed"
            s["published"] = now - timedelta(hours=s["hours_ago"])
            article = (f"<html><head><title>{html.escape(s['title'])}</title></head><body>"
                       f"<nav>Home | World | Business</nav><article><h1>{html.escape(s['title'])}</h1>"
                       f"<p class=byline>By {html.escape(s['author'])}</p>{_html_body(s['body'])}</article>"
                       "<footer>(c) demo outlet</footer></body></html>")
            pages[f"/{outlet['id']}/{s['slug']}.html"] = _page(article.encode(), "text/html; charset=utf-8", now)
        render = _atom if outlet["format"] == "atom" else _rss
        pages[f"/{outlet['id']}/feed.xml"] = _page(render(outlet, items, base_url, now).encode(),
                                                   "application/xml; charset=utf-8", now)
    return pages


def _page(body: bytes, content_type: str, now: datetime) -> Page:
    return Page(body, content_type, '"' + hashlib.sha1(body).hexdigest()[:16] + '"', format_datetime(now, usegmt=True))


def _rss(outlet: dict, items: list[dict], base_url: str, now: datetime) -> str:
    entries = "".join(
        f"""
    <item>
      <title>{html.escape(s['title'])}</title>
      <link>{html.escape(s['link'])}</link>
      <guid isPermaLink="false">{outlet['id']}:{s['slug']}</guid>
      <dc:creator>{html.escape(s['author'])}</dc:creator>
      <pubDate>{format_datetime(s['published'], usegmt=True)}</pubDate>
      <description>{html.escape(s['summary'])}</description>
      <content:encoded><![CDATA[{_html_body(s['body'])}]]></content:encoded>
    </item>""" for s in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>{html.escape(outlet['name'])}</title>
    <link>{base_url}/{outlet['id']}/</link>
    <description>Demo outlet for NewsRadar</description>
    <language>{outlet['language']}</language>
    <lastBuildDate>{format_datetime(now, usegmt=True)}</lastBuildDate>{entries}
  </channel>
</rss>
"""


def _atom(outlet: dict, items: list[dict], base_url: str, now: datetime) -> str:
    entries = "".join(
        f"""
  <entry>
    <title>{html.escape(s['title'])}</title>
    <link href="{html.escape(s['link'])}"/>
    <id>tag:{outlet['id']},2026:{s['slug']}</id>
    <author><name>{html.escape(s['author'])}</name></author>
    <updated>{s['published'].isoformat()}</updated>
    <summary>{html.escape(s['summary'])}</summary>
    <content type="html">{html.escape(_html_body(s['body']))}</content>
  </entry>""" for s in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{outlet['language']}">
  <title>{html.escape(outlet['name'])}</title>
  <link href="{base_url}/{outlet['id']}/"/>
  <id>tag:{outlet['id']},2026:feed</id>
  <updated>{now.isoformat()}</updated>{entries}
</feed>
"""


class _Handler(BaseHTTPRequestHandler):
    pages: dict[str, Page] = {}

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        page = self.pages.get(self.path.split("?", 1)[0])
        if page is None:
            self.send_error(404)
            return
        if self.headers.get("If-None-Match") == page.etag:
            self.send_response(304)
            self.send_header("ETag", page.etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", page.content_type)
        self.send_header("Content-Length", str(len(page.body)))
        self.send_header("ETag", page.etag)
        self.send_header("Last-Modified", page.last_modified)
        self.end_headers()
        self.wfile.write(page.body)

    def log_message(self, *_args) -> None:
        pass


def serve(port: int = 0, stories_file: Path = STORIES) -> tuple[ThreadingHTTPServer, str]:
    """Start the demo site in a daemon thread; returns the server and its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", port), type("Handler", (_Handler,), {}))
    base_url = f"http://127.0.0.1:{server.server_address[1]}"
    now = datetime.now(timezone.utc).replace(minute=0, second=0, microsecond=0)
    server.RequestHandlerClass.pages = render_site(base_url, now, stories_file)
    threading.Thread(target=server.serve_forever, daemon=True, name="demo-feeds").start()
    return server, base_url


def feeds_served_at(base_url: str, feeds_file: Path, directory: Path) -> Path:
    """``feeds_file`` with its demo-site URLs pointed at ``base_url``, written into ``directory``."""
    out = Path(directory) / Path(feeds_file).name
    out.write_text(Path(feeds_file).read_text(encoding="utf-8").replace(DEMO_ORIGIN, base_url), encoding="utf-8")
    return out


def outlets(stories_file: Path = STORIES) -> list[dict]:
    return yaml.safe_load(stories_file.read_text(encoding="utf-8"))["outlets"]
