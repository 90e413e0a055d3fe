"""Issue 11, item 4: the SSRF guard holds against rebinding DNS and IPv4 hidden inside IPv6.

A real feed server listens on 127.0.0.1; every test asks the fetcher to reach
it by a route the guard must refuse, and checks that the server saw nothing.
"""
from __future__ import annotations

import asyncio
import ipaddress

import httpx
import pytest

from producers.config import HttpConfig
from producers.fetcher import Fetcher
from tests.samples.feeds import FeedServer, rss

CFG = HttpConfig(per_host_interval_s=0, connect_timeout_s=2, total_timeout_s=5)
FEED = rss([{"title": "Internal only", "link": "https://intranet.example/1"}])

# Each is 127.0.0.1 reached through IPv6: NAT64 (RFC 6052), 6to4 (RFC 3056), IPv4-compatible
# (RFC 4291, deprecated), IPv4-mapped.
EMBEDDED_LOOPBACK = ["64:ff9b::7f00:1", "2002:7f00:1::", "::127.0.0.1", "::ffff:127.0.0.1"]


def _fetch(url: str, resolver=None):
    async def go():
        async with Fetcher(CFG, resolver=resolver) as fetcher:
            return await fetcher.fetch(url)
    return asyncio.run(go())


@pytest.mark.parametrize("address", EMBEDDED_LOOPBACK)
def test_ipv6_literal_embedding_loopback_is_blocked(address):
    with FeedServer({"a.xml": FEED}) as server:
        result = _fetch(f"http://[{address}]:{server._server.server_address[1]}/feeds/a.xml")
    assert result.status == "failed" and result.error.kind == "blocked", result.error
    assert sum(server.requests.values()) == 0


@pytest.mark.parametrize("address", EMBEDDED_LOOPBACK + ["2001:0:4136:e378:8000:63bf:80ff:fffe",
                                                         "64:ff9b:1::a00:1"])
def test_name_resolving_to_embedded_private_ipv4_is_blocked(address):
    # Teredo's client (here 127.0.0.1, stored inverted) and RFC 8215 local-use NAT64 too.
    async def resolver(host, port):
        return [address]

    result = _fetch("http://feeds.example/rss", resolver)
    assert result.status == "failed" and result.error.kind == "blocked", result.error
    assert str(ipaddress.ip_address(address)) in str(result.error)


def test_dns_rebinding_after_the_check_does_not_reach_the_private_address():
    answers = []

    async def rebinding(host, port):
        # The first answer (what a guard that resolves on its own sees) is public,
        # every later one is loopback, as a hostile resolver with TTL 0 would answer.
        answers.append(host)
        return ["93.184.216.34"] if len(answers) == 1 else ["127.0.0.1"]

    with FeedServer({"a.xml": FEED}) as server:
        # "localhost" is what the system resolver maps to the server: a client that resolves
        # again when it connects reaches it.
        result = _fetch(f"http://localhost:{server._server.server_address[1]}/feeds/a.xml", rebinding)
    assert sum(server.requests.values()) == 0
    assert result.status == "failed" and result.error.kind == "blocked", result.error
    assert len(answers) == 2  # checked once before the request, once where the socket is opened


def test_allowed_private_feed_is_still_fetched_by_name():
    with FeedServer({"a.xml": FEED}) as server:
        async def go():
            async with Fetcher(CFG) as fetcher:
                return await fetcher.fetch(f"http://localhost:{server._server.server_address[1]}/feeds/a.xml",
                                           allow_private=True)
        result = asyncio.run(go())
    assert result.status == "ok" and result.body == FEED


def test_guarded_connection_opens_the_socket_to_the_checked_address_not_the_name():
    # The check itself is replaced (a boundary fake): it answers 127.0.0.1 for a name no DNS knows,
    # so the request can only succeed if the socket goes to the checked address, unresolved again.
    from producers.fetcher import _GuardedBackend, _Transport

    async def checked(host, port):
        return ["127.0.0.1"]

    with FeedServer({"a.xml": FEED}) as server:
        async def go():
            limits = httpx.Limits(max_connections=1)
            transport = _Transport(_GuardedBackend(checked), limits)
            async with httpx.AsyncClient(transport=transport) as client:
                return await client.get(f"http://feeds.invalid:{server._server.server_address[1]}/feeds/a.xml")
        response = asyncio.run(go())
    assert response.status_code == 200 and response.content == FEED
    assert server.headers_seen[-1]["Host"].startswith("feeds.invalid:")  # the name still goes in Host
