"""HTTP for feeds and article pages (httpx, async): polite, bounded, and honest about failure.

- timeouts (connect, read, and the whole request), gzip/deflate/brotli decoding
  by httpx, a clear User-Agent;
- redirects followed by hand, each hop checked by the SSRF guard, the final URL
  recorded; a loop or too many hops is ``redirect_loop``;
- the body streamed and cut at ``max_bytes`` (decoded, so a gzip bomb is caught
  too) -> ``too_large``;
- conditional GET with ETag / Last-Modified, and a body hash: a 200 whose body
  is byte-identical to the last one counts as not modified (validators that
  lie), while a new body under an old ETag is still seen as new;
- politeness: one request at a time per host and at least
  ``per_host_interval_s`` between two starts; ``429``/``503`` ``Retry-After``
  (seconds or an HTTP date) holds the whole host back; a global semaphore caps
  requests in flight, so many hosts are fetched in parallel;
- every failure is a ``FeedError`` with a kind (newsradar.errors), never a
  library exception.

The SSRF guard resolves the host and refuses the request when any address is
private, loopback, link-local, multicast, reserved or unspecified, unless the
feed allows private addresses. IPv4 carried inside IPv6 (mapped ``::ffff:a.b.c.d``,
NAT64 ``64:ff9b::/96``, 6to4 ``2002::/16``, IPv4-compatible ``::a.b.c.d``,
Teredo) is judged as the IPv4 address it reaches. The check runs where the
connection is made (``_GuardedBackend``): the name is resolved once, every
address checked, and the socket opened to a checked address, so a DNS answer
that changes between check and connect (rebinding) cannot slip through.
"""
from __future__ import annotations

import asyncio
import email.utils
import functools
import hashlib
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Literal
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from newsradar.errors import FeedError
from producers.asyncio_backend import AsyncioBackend, is_ip_address
from producers.config import HttpConfig

REDIRECT_CODES = {301, 302, 303, 307, 308}
DEFAULT_PORTS = {"http": 80, "https": 443}
FetchStatus = Literal["ok", "not_modified", "failed"]


@dataclass
class FetchResult:
    url: str
    status: FetchStatus
    fetched_at: datetime
    body: bytes | None = None
    final_url: str | None = None
    http_status: int | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    error: FeedError | None = None
    redirects: list[str] = field(default_factory=list)
    elapsed_s: float = 0.0


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """``Retry-After`` as seconds from now: delta-seconds or an HTTP date; None when unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.IPv6Network("64:ff9b:1::/48")  # RFC 8215: a site's own translators
_IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")


def embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address reaches through a translator or tunnel."""
    out = []
    if ip.ipv4_mapped:
        out.append(ip.ipv4_mapped)
    if ip in _NAT64 or ip in _IPV4_COMPATIBLE:
        out.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    if ip.sixtofour:
        out.append(ip.sixtofour)
    if ip.teredo:
        out.append(ip.teredo[1])
    return out


def blocked_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True for an address a feed must not make us reach (unless it allows private addresses)."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip in _NAT64_LOCAL or any(blocked_address(v4) for v4 in embedded_ipv4(ip)):
            return True
    # not global: private, loopback, link-local, shared (100.64/10), reserved, unspecified
    return not ip.is_global or ip.is_multicast


def _is_dns_error(exc: BaseException) -> bool:
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, socket.gaierror):
            return True
        text = str(exc).lower()
        if "name or service not known" in text or "nodename nor servname" in text \
                or "temporary failure in name resolution" in text or "no address associated" in text:
            return True
        exc = exc.__cause__ or exc.__context__
    return False


class _GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network layer with the SSRF guard inside: connect only to an address just checked."""

    def __init__(self, checked_addresses):
        self._checked_addresses = checked_addresses
        self._inner = AsyncioBackend()

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None, socket_options=None) -> httpcore.AsyncNetworkStream:
        failure: Exception | None = None
        # TLS still verifies and sends SNI for the name: httpcore passes the URL's host to start_tls.
        for address in await self._checked_addresses(host, port):
            try:
                return await self._inner.connect_tcp(address, port, timeout=timeout, local_address=local_address,
                                                     socket_options=socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        raise failure or httpcore.ConnectError(f"{host} has no address")

    async def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options=None):
        raise FeedError("blocked", "unix sockets are never fetched")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


@functools.cache
def tls_context() -> ssl.SSLContext:
    """One verifying TLS context per process, shared by every fetcher's clients.

    Building one loads the CA bundle: 0.1 s on a quiet machine and 0.4 to 0.6 s at load 7,
    paid by every poll's fetcher (and again by its full-text fetcher). A context holds no
    socket, so sharing it leaves nothing to close.
    """
    return httpx.create_ssl_context(trust_env=False)


class _Transport(httpx.AsyncHTTPTransport):
    def __init__(self, backend: httpcore.AsyncNetworkBackend, limits: httpx.Limits):
        # httpx has no parameter for httpcore's network backend; its transport only wraps
        # ``self._pool``, so we build that pool ourselves, as httpx would, with our backend.
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=tls_context(),
            max_connections=limits.max_connections, max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry, network_backend=backend)


class _Host:
    __slots__ = ("lock", "next_at")

    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.next_at = 0.0


class Fetcher:
    """One per event loop; ``async with Fetcher(config) as f: await f.fetch(url, ...)``."""

    def __init__(self, config: HttpConfig | None = None, *, transport: httpx.AsyncBaseTransport | None = None,
                 resolver=None):
        self.config = config or HttpConfig()
        self._transport = transport
        self._resolver = resolver
        self._hosts: dict[str, _Host] = {}
        self._semaphore = asyncio.Semaphore(self.config.concurrency)
        self._clients: dict[bool, httpx.AsyncClient] = {}
        self._checked: dict[str, FeedError | None] = {}

    async def __aenter__(self) -> "Fetcher":
        return self

    async def __aexit__(self, *exc) -> None:
        clients, self._clients = self._clients, {}
        for client in clients.values():
            await client.aclose()

    def _client(self, allow_private: bool) -> httpx.AsyncClient:
        """The guarded client, or for feeds allowed private addresses one without the guard."""
        client = self._clients.get(allow_private)
        if client is None:
            c = self.config
            limits = httpx.Limits(max_connections=c.concurrency, max_keepalive_connections=c.concurrency)
            timeout = httpx.Timeout(connect=c.connect_timeout_s, read=c.read_timeout_s,
                                    write=c.read_timeout_s, pool=c.total_timeout_s)
            transport = self._transport
            if transport is None:
                backend = AsyncioBackend() if allow_private else _GuardedBackend(self._public_addresses)
                transport = _Transport(backend, limits)
            client = self._clients[allow_private] = httpx.AsyncClient(
                follow_redirects=False, timeout=timeout, limits=limits, transport=transport, verify=tls_context(),
                headers={"User-Agent": c.user_agent,
                         "Accept": "application/rss+xml, application/atom+xml, application/rdf+xml, "
                                   "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"},
                trust_env=False,
            )
        return client

    # -- guard ---------------------------------------------------------------------------------

    async def _resolve(self, host: str, port: int) -> list[str]:
        if self._resolver is not None:
            return await self._resolver(host, port)
        loop = asyncio.get_running_loop()
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        return [info[4][0] for info in infos]

    async def _public_addresses(self, host: str, port: int) -> list[str]:
        """Every address of ``host``; ``FeedError('blocked')`` when any of them is not public."""
        try:
            addresses = [host] if is_ip_address(host) else await self._resolve(host, port)
        except OSError as exc:
            raise FeedError("dns", f"cannot resolve {host}: {exc}") from exc
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%", 1)[0])
            if blocked_address(ip):
                raise FeedError("blocked", f"{host} resolves to non-public address {ip} "
                                           "(set allow_private_addresses for feeds you host yourself)")
        return addresses

    async def check_url(self, url: str, allow_private: bool) -> None:
        """Raise ``FeedError('blocked')`` for a URL or address the fetcher must not reach.

        Before each hop, for a clear error early; the connection itself is guarded again
        (``_GuardedBackend``), which is what holds against a DNS answer that changes.
        """
        parts = _http_url(url)
        if allow_private:
            return
        host = parts.hostname
        if host not in self._checked:
            try:
                await self._public_addresses(host, parts.port or DEFAULT_PORTS[parts.scheme])
                self._checked[host] = None
            except FeedError as exc:
                self._checked[host] = exc
        if self._checked[host] is not None:
            raise self._checked[host]

    # -- politeness ------------------------------------------------------------------------------

    def _host(self, url: str) -> _Host:
        key = (urlsplit(url).netloc or "").lower()
        host = self._hosts.get(key)
        if host is None:
            host = self._hosts[key] = _Host()
        return host

    def hold_host(self, url: str, seconds: float) -> None:
        host = self._host(url)
        host.next_at = max(host.next_at, time.monotonic() + min(seconds, self.config.max_retry_after_s))

    # -- fetch -----------------------------------------------------------------------------------

    async def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
                    body_hash: str | None = None, allow_private: bool = False,
                    max_bytes: int | None = None) -> FetchResult:
        """GET ``url`` politely; never raises: failures come back as ``status='failed'``."""
        started = time.monotonic()
        fetched_at = datetime.now(timezone.utc)
        try:
            _http_url(url)
        except FeedError as exc:
            return FetchResult(url, "failed", fetched_at, error=exc)
        host = self._host(url)
        async with host.lock:
            wait = host.next_at - time.monotonic()
            if wait > self.config.max_host_wait_s:
                # The host asked us (Retry-After) to stay away longer than a run should wait.
                return FetchResult(url, "failed", fetched_at, error=FeedError(
                    "rate_limited", f"host held back for {wait:.0f}s more by an earlier Retry-After",
                    retry_after=wait))
            if wait > 0:
                await asyncio.sleep(wait)
            try:
                # asyncio.timeout, not wait_for: the same deadline without a task of its own per request.
                async with self._semaphore, asyncio.timeout(self.config.total_timeout_s):
                    result = await self._get(url, etag, last_modified, allow_private,
                                             max_bytes or self.config.max_bytes, fetched_at)
            except FeedError as exc:
                result = FetchResult(url, "failed", fetched_at, error=exc)
            except TimeoutError:
                result = FetchResult(url, "failed", fetched_at, error=FeedError(
                    "timeout", f"no complete answer within {self.config.total_timeout_s:.0f}s"))
            except Exception as exc:  # noqa: BLE001 - whatever one URL does fails that URL, not the run
                result = FetchResult(url, "failed", fetched_at, error=classify(exc))
            finally:
                host.next_at = max(host.next_at, time.monotonic() + self.config.per_host_interval_s)
            if result.error is not None and result.error.retry_after:
                self.hold_host(url, result.error.retry_after)
        result.elapsed_s = time.monotonic() - started
        if result.status == "ok" and body_hash and result.body_hash == body_hash:
            result.status = "not_modified"  # a 200 with the very same bytes: the validators lied
        return result

    async def _get(self, url: str, etag: str | None, last_modified: str | None, allow_private: bool,
                   max_bytes: int, fetched_at: datetime) -> FetchResult:
        client = self._client(allow_private)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current, visited = url, [url]
        for _hop in range(self.config.max_redirects + 1):
            await self.check_url(current, allow_private)
            try:
                async with client.stream("GET", current, headers=headers) as response:
                    if response.status_code in REDIRECT_CODES and response.headers.get("location"):
                        try:
                            target = urljoin(current, response.headers["location"])
                        except ValueError as exc:
                            raise FeedError("blocked", f"unusable redirect from {current}: {exc}") from exc
                        if target in visited:
                            raise FeedError("redirect_loop", f"{target} was already visited: {' -> '.join(visited)}")
                        visited.append(target)
                        current = target
                        continue
                    return await self._read(url, current, response, visited, max_bytes, fetched_at)
            except (httpx.HTTPError, httpx.InvalidURL) as exc:
                raise classify(exc) from exc
        raise FeedError("redirect_loop", f"more than {self.config.max_redirects} redirects: {' -> '.join(visited)}")

    async def _read(self, url: str, final: str, response: httpx.Response, visited: list[str], max_bytes: int,
                    fetched_at: datetime) -> FetchResult:
        status = response.status_code
        base = dict(final_url=final, http_status=status, redirects=visited[1:],
                    etag=response.headers.get("etag"), last_modified=response.headers.get("last-modified"),
                    content_type=response.headers.get("content-type"))
        if status == 304:
            return FetchResult(url, "not_modified", fetched_at, **base)
        if status == 429 or (status == 503 and "retry-after" in response.headers):
            retry = parse_retry_after(response.headers.get("retry-after"))
            kind = "rate_limited" if status == 429 else "http_5xx"
            raise FeedError(kind, f"HTTP {status} from {final}, Retry-After {response.headers.get('retry-after')}",
                            retry_after=retry if retry is not None else None)
        if status >= 500:
            raise FeedError("http_5xx", f"HTTP {status} from {final}")
        if status >= 400:
            raise FeedError("http_4xx", f"HTTP {status} from {final}")
        if status in REDIRECT_CODES:
            raise FeedError("http_4xx", f"HTTP {status} without a Location header from {final}")
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > max_bytes \
                and "content-encoding" not in response.headers:
            raise FeedError("too_large", f"Content-Length {declared} is over the limit of {max_bytes}")
        chunks, size = [], 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > max_bytes:
                raise FeedError("too_large", f"body passed the limit of {max_bytes} bytes; aborted")
            chunks.append(chunk)
        body = b"".join(chunks)
        return FetchResult(url, "ok", fetched_at, body=body, body_hash=hashlib.sha256(body).hexdigest(), **base)


def classify(exc: BaseException) -> FeedError:
    """An httpx exception as a ``FeedError`` kind."""
    if isinstance(exc, httpx.TimeoutException):
        return FeedError("timeout", f"{exc.__class__.__name__}: {exc}")
    if isinstance(exc, httpx.TooManyRedirects):
        return FeedError("redirect_loop", str(exc))
    if isinstance(exc, httpx.DecodingError):
        return FeedError("parse", f"undecodable content encoding: {exc}")
    if _is_dns_error(exc):
        return FeedError("dns", f"{exc.__class__.__name__}: {exc}")
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return FeedError("blocked", f"{exc.__class__.__name__}: {exc}")
    return FeedError("connect", f"{exc.__class__.__name__}: {exc}" or exc.__class__.__name__)


def _http_url(url: str):
    """``urlsplit(url)`` of an http(s) URL with a host and a valid port, else ``FeedError('blocked')``."""
    try:
        parts = urlsplit(url)
        port = parts.port  # raises for a port out of range or not a number
    except ValueError as exc:
        raise FeedError("blocked", f"not a valid URL ({exc}): {url[:200]}") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname or port == 0:
        raise FeedError("blocked", f"not an http(s) URL with a host and a usable port: {url[:200]}")
    return parts

