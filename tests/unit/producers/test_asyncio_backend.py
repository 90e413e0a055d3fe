"""The fetcher's connections on asyncio streams: real loopback sockets, no mock transport."""
import asyncio
import contextlib
import ssl
import subprocess

import httpcore
import httpx
import pytest

from producers.asyncio_backend import AsyncioBackend
from producers.config import HttpConfig
from producers.fetcher import Fetcher, _GuardedBackend, _Transport

CFG = HttpConfig(per_host_interval_s=0, connect_timeout_s=2, read_timeout_s=5, total_timeout_s=5)


@contextlib.asynccontextmanager
async def _serve(answer, **server_options):
    """A loopback server that reads one request head and writes ``answer(head)`` (None: never answers)."""
    handlers = set()

    async def handle(reader, writer):
        handlers.add(asyncio.current_task())
        try:
            reply = answer(await reader.readuntil(b"\r\n\r\n"))
            if reply is None:
                await asyncio.Event().wait()
            writer.write(reply)
            await writer.drain()
        except (asyncio.CancelledError, ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, **server_options)
    async with server:
        yield server.sockets[0].getsockname()[1]
        for task in handlers:
            task.cancel()
        await asyncio.gather(*handlers, return_exceptions=True)


def test_conditional_get_over_a_real_socket_maps_304_and_reads_200():
    def answer(head):
        if b'\r\nif-none-match: "v1"' in head.lower():
            return b'HTTP/1.1 304 Not Modified\r\nETag: "v1"\r\nConnection: close\r\n\r\n'
        return b'HTTP/1.1 200 OK\r\nETag: "v1"\r\nContent-Length: 6\r\nConnection: close\r\n\r\n<rss/>'

    async def go():
        async with _serve(answer) as port, Fetcher(CFG) as f:
            url = f"http://127.0.0.1:{port}/feed.xml"
            return await f.fetch(url, allow_private=True), await f.fetch(url, etag='"v1"', allow_private=True)

    cold, again = asyncio.run(go())
    assert (cold.status, cold.body, cold.etag) == ("ok", b"<rss/>", '"v1"')
    assert (again.status, again.http_status, again.body) == ("not_modified", 304, None)


def test_guarded_connection_goes_through_the_asyncio_backend_to_the_checked_address():
    async def checked(host, port):
        return ["127.0.0.1"]

    async def go():
        async with _serve(lambda head: b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok") as port:
            backend = _GuardedBackend(checked)
            async with httpx.AsyncClient(transport=_Transport(backend, httpx.Limits(max_connections=1))) as client:
                response = await client.get(f"http://feeds.invalid:{port}/a.xml")
        return backend, response

    backend, response = asyncio.run(go())
    assert isinstance(backend._inner, AsyncioBackend)
    assert response.status_code == 200 and response.content == b"ok"


def test_an_idle_connection_reads_as_readable_once_the_server_has_closed_it():
    # httpcore reuses a pooled connection only while it is not readable: readable at rest means closed by the peer
    async def go():
        hang_up = asyncio.Event()

        async def handle(reader, writer):
            await hang_up.wait()
            writer.close()

        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        async with server:
            stream = await AsyncioBackend().connect_tcp("127.0.0.1", server.sockets[0].getsockname()[1], timeout=2)
            await asyncio.sleep(0.05)
            at_rest = stream.get_extra_info("is_readable")
            hang_up.set()
            async with asyncio.timeout(2):
                while not stream.get_extra_info("is_readable"):
                    await asyncio.sleep(0.01)
            await stream.aclose()
        return at_rest

    assert asyncio.run(go()) is False


def test_a_silent_server_is_a_read_timeout_and_a_closed_port_a_connect_error():
    async def go():
        async with _serve(lambda head: None) as port, Fetcher(CFG.model_copy(update={"read_timeout_s": 0.3})) as f:
            silent = await f.fetch(f"http://127.0.0.1:{port}/a.xml", allow_private=True)
        refused = await Fetcher(CFG).fetch(f"http://127.0.0.1:{port}/a.xml", allow_private=True)
        return silent, refused

    silent, refused = asyncio.run(go())
    assert silent.status == "failed" and silent.error.kind == "timeout"
    assert "ReadTimeout" in str(silent.error)  # the read's own timeout, before the whole request's
    assert refused.status == "failed" and refused.error.kind == "connect"


def test_the_whole_request_deadline_still_fails_the_fetch_as_a_timeout():
    async def go():
        cfg = CFG.model_copy(update={"read_timeout_s": 30, "total_timeout_s": 0.3})
        async with _serve(lambda head: None) as port, Fetcher(cfg) as f:
            return await f.fetch(f"http://127.0.0.1:{port}/a.xml", allow_private=True)

    result = asyncio.run(go())
    assert result.status == "failed" and result.error.kind == "timeout"
    assert "within" in str(result.error)


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    return cert, key


def test_tls_is_started_verified_and_read_through(self_signed):
    cert, key = self_signed
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)
    trusting = ssl.create_default_context(cafile=str(cert))

    async def go():
        reply = b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\nConnection: close\r\n\r\n<rss/>"
        results = []
        async with _serve(lambda head: reply, ssl=server_ctx) as port:
            for ctx in (trusting, ssl.create_default_context()):
                async with httpcore.AsyncConnectionPool(ssl_context=ctx, network_backend=AsyncioBackend()) as pool:
                    try:
                        response = await pool.request("GET", f"https://localhost:{port}/a.xml")
                        results.append((response.status, response.content))
                    except httpcore.ConnectError as exc:
                        results.append(exc)
        return results

    verified, untrusted = asyncio.run(go())
    assert verified == (200, b"<rss/>")  # plain HTTP to this server would get no answer
    assert isinstance(untrusted, httpcore.ConnectError)  # an unknown issuer is refused, not read
