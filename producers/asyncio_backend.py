"""httpcore's network layer on asyncio's own streams, for the fetcher's connections.

httpcore's default backend goes through anyio: each connection opens a task group
for its connect (happy eyeballs), and every read and write enters a cancel scope
of its own. For a re-poll, where each feed is one connect, one request and a
304 of a few hundred bytes, that bookkeeping was most of the per-request CPU.
The fetcher never needs anyio's portability (it only ever runs in an asyncio
loop), so its connections are asyncio streams with ``asyncio.timeout``.

The addresses to connect to come from the caller (the SSRF guard resolves and
checks them first), one at a time as httpcore asks, so nothing here resolves a
name unless it is given one.
"""
from __future__ import annotations

import asyncio
import ipaddress
import ssl
import typing

import httpcore
# Private, kept on purpose: neither httpx nor httpcore exports a readability check for a socket they did not
# open. httpcore's own backends answer "is_readable" (asked of an idle pooled connection before its reuse:
# readable means the server closed it) with this function, on sockets their unexported streams own; calling
# the same one keeps the answer identical to theirs. httpcore is pinned in requirements.lock, and
# tests/unit/producers/test_asyncio_backend.py fails if the function moves or changes its answer.
from httpcore._utils import is_socket_readable

_EXTRA_INFO = {"ssl_object": "ssl_object", "client_addr": "sockname", "server_addr": "peername", "socket": "socket"}


def is_ip_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


class AsyncioStream(httpcore.AsyncNetworkStream):
    __slots__ = ("_reader", "_writer")

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            async with asyncio.timeout(timeout):
                return await self._reader.read(max_bytes)
        except TimeoutError as exc:
            raise httpcore.ReadTimeout(str(exc)) from exc
        except OSError as exc:
            raise httpcore.ReadError(str(exc)) from exc

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        try:
            async with asyncio.timeout(timeout):
                self._writer.write(buffer)
                await self._writer.drain()
        except TimeoutError as exc:
            raise httpcore.WriteTimeout(str(exc)) from exc
        except OSError as exc:
            raise httpcore.WriteError(str(exc)) from exc

    async def aclose(self) -> None:
        # No wait for the peer's close: httpcore drops the stream right after, as anyio's does.
        self._writer.close()

    async def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                        timeout: float | None = None) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                await self._writer.start_tls(ssl_context, server_hostname=server_hostname)
        except TimeoutError as exc:
            self._writer.close()
            raise httpcore.ConnectTimeout(str(exc)) from exc
        except OSError as exc:
            self._writer.close()
            raise httpcore.ConnectError(str(exc)) from exc
        return self

    def get_extra_info(self, info: str) -> typing.Any:
        if info == "is_readable":
            # No socket (closed) reads as readable, at its end: what httpcore expects of anyio's too.
            return is_socket_readable(self._extra("socket"))
        name = _EXTRA_INFO.get(info)
        return None if name is None else self._extra(name)

    def _extra(self, name: str) -> typing.Any:
        try:
            return self._writer.get_extra_info(name)
        except AttributeError:  # a TLS transport, once closed, has dropped what would answer
            return None


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None, socket_options=None) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                # A name may resolve to several addresses: race them as anyio did (250 ms apart).
                # An address (what the SSRF guard passes) needs no race, nor its task.
                reader, writer = await asyncio.open_connection(
                    host, port, local_addr=(local_address, 0) if local_address else None,
                    happy_eyeballs_delay=None if is_ip_address(host) else 0.25)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(str(exc)) from exc
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        sock = writer.get_extra_info("socket")
        for option in socket_options or ():
            sock.setsockopt(*option)
        return AsyncioStream(reader, writer)

    async def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options=None):
        raise httpcore.ConnectError("unix sockets are never fetched")

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)
