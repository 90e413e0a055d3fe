"""A real HTTP feed server on 127.0.0.1 for tests and demos of the fetcher's behaviour.

``FeedServer`` (threaded ``http.server``, random port) serves:

- ``/feeds/<name>``: every body given in ``feeds``, with ETag/Last-Modified and 304s;
- ``/lying.xml``: the same ETag whatever the body, If-None-Match ignored (body set via ``lying_body``);
- ``/redirect/<name>`` -> 301 to ``/feeds/<name>``; ``/loop-a`` <-> ``/loop-b``;
- ``/ratelimited.xml``: 429 with ``Retry-After: 120``; ``/error.xml``: 503 (no Retry-After);
- ``/slow.xml``: answers after ``slow_seconds``; ``/huge.xml``: a 50 MB body, streamed;
- ``/bomb.xml``: a billion-laughs document; ``/page/<n>``: an HTML article page;
- any path in ``redirects``: 302 to the ``Location`` given there, verbatim.

``requests`` counts hits per path, so tests can check what was (not) fetched;
``on_request(path)``, when set, runs before each answer, to observe the system mid-poll.
"""
from __future__ import annotations

import hashlib
import threading
import time
from collections import Counter
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title>
<link>https://bomb.example/a</link></item></channel></rss>"""

ARTICLE_PAGE = """<html><head><title>{title}</title></head><body><nav>Home | World | Sport</nav>
<article><h1>{title}</h1>{paras}</article><footer>Copyright footer text</footer></body></html>"""


def rss(items: list[dict], *, title: str = "Test feed", link: str = "https://test.example/") -> bytes:
    out = [f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
           f"<link>{link}</link><language>en</language>"]
    for it in items:
        out.append("<item>" + "".join(f"<{k}>{v}</{k}>" for k, v in it.items()) + "</item>")
    out.append("</channel></rss>")
    return "".join(out).encode("utf-8")


class FeedServer:
    def __init__(self, feeds: dict[str, bytes] | None = None, *, slow_seconds: float = 5.0,
                 huge_bytes: int = 50_000_000):
        self.feeds = dict(feeds or {})
        self.redirects: dict[str, str] = {}
        self.on_request = None
        self.lying_body = rss([{"title": "A lying feed's only item", "link": "https://liar.example/1"}])
        self.slow_seconds = slow_seconds
        self.huge_bytes = huge_bytes
        self.requests: Counter = Counter()
        self.headers_seen: list[dict] = []
        self.last_modified = formatdate(time.time() - 3600, usegmt=True)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True, name="feed-server")

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def __enter__(self) -> "FeedServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def _send(self, status: int, body: bytes = b"", headers: dict | None = None) -> None:
                self.send_response(status)
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if body and self.command != "HEAD":
                    self.wfile.write(body)

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                path = self.path.split("?", 1)[0]
                server.requests[path] += 1
                server.headers_seen.append(dict(self.headers))
                if server.on_request is not None:
                    server.on_request(path)
                try:
                    self._route(path)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _route(self, path: str) -> None:
                if path.startswith("/feeds/") and path[7:] in server.feeds:
                    body = server.feeds[path[7:]]
                    etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                    if self.headers.get("If-None-Match") == etag:
                        return self._send(304, headers={"ETag": etag})
                    return self._send(200, body, {"Content-Type": "application/rss+xml; charset=utf-8",
                                                  "ETag": etag, "Last-Modified": server.last_modified})
                if path == "/lying.xml":
                    return self._send(200, server.lying_body, {"ETag": '"always-the-same"',
                                                               "Content-Type": "application/rss+xml"})
                if path in server.redirects:
                    return self._send(302, headers={"Location": server.redirects[path]})
                if path.startswith("/redirect/"):
                    return self._send(301, headers={"Location": "/feeds/" + path[len("/redirect/"):]})
                if path in ("/loop-a", "/loop-b"):
                    return self._send(302, headers={"Location": "/loop-b" if path == "/loop-a" else "/loop-a"})
                if path == "/ratelimited.xml":
                    return self._send(429, b"slow down", {"Retry-After": "120"})
                if path == "/error.xml":
                    return self._send(503, b"upstream broke")
                if path == "/notfound.xml":
                    return self._send(404, b"no such feed")
                if path == "/slow.xml":
                    time.sleep(server.slow_seconds)
                    return self._send(200, rss([{"title": "Too late", "link": "https://slow.example/1"}]))
                if path == "/bomb.xml":
                    return self._send(200, BILLION_LAUGHS, {"Content-Type": "application/rss+xml"})
                if path == "/huge.xml":
                    self.send_response(200)
                    self.send_header("Content-Type", "application/rss+xml")
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    chunk = b"<!-- padding -->" * 4096
                    sent = 0
                    while sent < server.huge_bytes:
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                        sent += len(chunk)
                    self.wfile.write(b"0\r\n\r\n")
                    return None
                if path.startswith("/page/"):
                    n = path[len("/page/"):]
                    paras = "".join(f"<p>Paragraph {i} of the full article number {n}, with enough words "
                                    f"to look like real reporting about the budget vote.</p>" for i in range(8))
                    body = ARTICLE_PAGE.format(title=f"Full article {n}", paras=paras).encode()
                    return self._send(200, body, {"Content-Type": "text/html; charset=utf-8"})
                return self._send(404, b"not found")

        return Handler
