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
feed allows private addresses. (httpx resolves again when it connects, so a
DNS answer that changes in between is not caught; the guard is against links
that point inside the network, not against a hostile resolver.)
"""
from __future__ import annotations

import asyncio
import email.utils
import hashlib
import ipaddress
import socket
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Literal
from urllib.parse import urljoin, urlsplit

import httpx

from newsradar.errors import FeedError
from producers.config import HttpConfig

REDIRECT_CODES = {301, 302, 303, 307, 308}
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


def _blocked_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
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
        self._client: httpx.AsyncClient | None = None
        self._checked: dict[str, FeedError | None] = {}

    async def __aenter__(self) -> "Fetcher":
        c = self.config
        limits = httpx.Limits(max_connections=c.concurrency, max_keepalive_connections=c.concurrency)
        timeout = httpx.Timeout(connect=c.connect_timeout_s, read=c.read_timeout_s,
                                write=c.read_timeout_s, pool=c.total_timeout_s)
        self._client = httpx.AsyncClient(
            follow_redirects=False, timeout=timeout, limits=limits, transport=self._transport,
            headers={"User-Agent": c.user_agent,
                     "Accept": "application/rss+xml, application/atom+xml, application/rdf+xml, "
                               "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"},
            trust_env=False,
        )
        return self

    async def __aexit__(self, *exc) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    # -- guard ---------------------------------------------------------------------------------

    async def _resolve(self, host: str, port: int) -> list[str]:
        if self._resolver is not None:
            return await self._resolver(host, port)
        loop = asyncio.get_running_loop()
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        return [info[4][0] for info in infos]

    async def check_url(self, url: str, allow_private: bool) -> None:
        """Raise ``FeedError('blocked')`` for a scheme or address the fetcher must not reach."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FeedError("blocked", f"not an http(s) URL: {url[:200]}")
        if allow_private:
            return
        host = parts.hostname
        if host in self._checked:
            if self._checked[host] is not None:
                raise self._checked[host]
            return
        try:
            addresses = [host] if _is_ip(host) else await self._resolve(host, parts.port or 443)
        except (socket.gaierror, OSError) as exc:
            raise FeedError("dns", f"cannot resolve {host}: {exc}") from exc
        error = None
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%", 1)[0])
            if _blocked_address(ip):
                error = FeedError("blocked", f"{host} resolves to non-public address {ip} "
                                             "(set allow_private_addresses for feeds you host yourself)")
                break
        self._checked[host] = error
        if error is not None:
            raise error

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
                async with self._semaphore:
                    result = await asyncio.wait_for(
                        self._get(url, etag, last_modified, allow_private, max_bytes or self.config.max_bytes,
                                  fetched_at),
                        timeout=self.config.total_timeout_s)
            except FeedError as exc:
                result = FetchResult(url, "failed", fetched_at, error=exc)
            except (asyncio.TimeoutError, TimeoutError):
                result = FetchResult(url, "failed", fetched_at, error=FeedError(
                    "timeout", f"no complete answer within {self.config.total_timeout_s:.0f}s"))
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
        assert self._client is not None, "use `async with Fetcher(...)`"
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current, visited = url, [url]
        for _hop in range(self.config.max_redirects + 1):
            await self.check_url(current, allow_private)
            try:
                async with self._client.stream("GET", current, headers=headers) as response:
                    if response.status_code in REDIRECT_CODES and response.headers.get("location"):
                        target = urljoin(current, response.headers["location"])
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


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
