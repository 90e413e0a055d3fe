import asyncio
import gzip
from email.utils import formatdate

import httpx

from producers.config import HttpConfig
from producers.fetcher import Fetcher, parse_retry_after

CFG = HttpConfig(per_host_interval_s=0, max_bytes=10_000)


async def _public(host, port):
    return ["93.184.216.34"]


def _fetch(handler, url="https://feeds.example/rss", cfg=CFG, **kw):
    async def go():
        async with Fetcher(cfg, transport=httpx.MockTransport(handler), resolver=_public) as f:
            return await f.fetch(url, **kw)
    return asyncio.run(go())


def test_fetcher_conditional_get_sends_validators_and_maps_304():
    seen = {}

    def handler(request):
        seen.update(request.headers)
        return httpx.Response(304, headers={"ETag": '"v1"'})

    r = _fetch(handler, etag='"v1"', last_modified="Mon, 01 Sep 2025 10:00:00 GMT")
    assert r.status == "not_modified"
    assert seen["if-none-match"] == '"v1"' and seen["if-modified-since"].startswith("Mon")
    assert seen["user-agent"] == "NewsRadar/0.1 (+https://github.com/newsradar)"


def test_fetcher_identical_body_is_not_modified_even_without_304():
    r1 = _fetch(lambda req: httpx.Response(200, content=b"<rss/>", headers={"ETag": '"x"'}))
    r2 = _fetch(lambda req: httpx.Response(200, content=b"<rss/>", headers={"ETag": '"x"'}), body_hash=r1.body_hash)
    r3 = _fetch(lambda req: httpx.Response(200, content=b"<rss>new</rss>", headers={"ETag": '"x"'}),
                body_hash=r1.body_hash)
    assert (r1.status, r2.status, r3.status) == ("ok", "not_modified", "ok")


def test_fetcher_gzip_decoded_and_limit_applies_to_decoded_bytes():
    bomb = gzip.compress(b"a" * 50_000)
    r = _fetch(lambda req: httpx.Response(200, content=bomb, headers={"Content-Encoding": "gzip"}))
    assert r.status == "failed" and r.error.kind == "too_large"
    ok = _fetch(lambda req: httpx.Response(200, content=gzip.compress(b"<rss/>"),
                                           headers={"Content-Encoding": "gzip"}))
    assert ok.body == b"<rss/>"


def test_fetcher_classifies_http_errors_and_retry_after():
    assert _fetch(lambda r: httpx.Response(404)).error.kind == "http_4xx"
    assert _fetch(lambda r: httpx.Response(502)).error.kind == "http_5xx"
    limited = _fetch(lambda r: httpx.Response(429, headers={"Retry-After": "30"}))
    assert limited.error.kind == "rate_limited" and limited.error.retry_after == 30


def test_fetcher_transport_errors_classified():
    def timeout(request):
        raise httpx.ReadTimeout("slow", request=request)

    def refused(request):
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    assert _fetch(timeout).error.kind == "timeout"
    assert _fetch(refused).error.kind == "connect"


def test_fetcher_redirects_recorded_and_loops_caught():
    def handler(request):
        if request.url.path == "/old":
            return httpx.Response(301, headers={"Location": "/new"})
        if request.url.path in ("/a", "/b"):
            return httpx.Response(302, headers={"Location": "/b" if request.url.path == "/a" else "/a"})
        return httpx.Response(200, content=b"<rss/>")

    r = _fetch(handler, url="https://feeds.example/old")
    assert r.status == "ok" and r.final_url == "https://feeds.example/new"
    assert _fetch(handler, url="https://feeds.example/a").error.kind == "redirect_loop"


def test_fetcher_ssrf_guard_checks_every_address_and_each_hop():
    async def mixed(host, port):
        return ["93.184.216.34", "10.0.0.5"]

    async def go(url, resolver, handler):
        async with Fetcher(CFG, transport=httpx.MockTransport(handler), resolver=resolver) as f:
            return await f.fetch(url)

    never = lambda req: httpx.Response(200, content=b"<rss/>")  # noqa: E731
    assert asyncio.run(go("https://x.example/rss", mixed, never)).error.kind == "blocked"
    assert _fetch(never, url="http://169.254.169.254/latest").error.kind == "blocked"
    to_loopback = lambda req: httpx.Response(302, headers={"Location": "http://127.0.0.1/admin"})  # noqa: E731
    assert _fetch(to_loopback).error.kind == "blocked"


def test_fetcher_politeness_spaces_requests_to_one_host():
    times = []

    def handler(request):
        times.append(asyncio.get_event_loop().time())
        return httpx.Response(200, content=b"<rss/>")

    async def go():
        cfg = HttpConfig(per_host_interval_s=0.2)
        async with Fetcher(cfg, transport=httpx.MockTransport(handler), resolver=_public) as f:
            await asyncio.gather(*(f.fetch(f"https://one.example/{i}") for i in range(3)))

    asyncio.run(go())
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert all(g >= 0.19 for g in gaps), gaps


def test_fetcher_retry_after_seconds_and_http_date():
    assert parse_retry_after("120") == 120
    assert 55 <= parse_retry_after(formatdate(1_000_060, usegmt=True), now=1_000_000) <= 60
    assert parse_retry_after("soon") is None


def test_fetcher_clients_share_one_verifying_tls_context():
    # Each context loads the CA bundle (0.4 s at load 7): two polls' fetchers, guarded or not,
    # must reuse the process's one, and it must still verify.
    import ssl

    async def contexts():
        found = []
        for allow_private in (False, True, False):
            async with Fetcher(CFG) as f:
                pool = f._client(allow_private)._transport._pool
                found.append(pool._ssl_context)
        return found

    found = asyncio.run(contexts())
    assert all(ctx is found[0] for ctx in found)
    assert found[0].verify_mode == ssl.CERT_REQUIRED and found[0].check_hostname
