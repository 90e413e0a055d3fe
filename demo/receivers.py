"""Local receivers for the notification channels: a real SMTP server and a real HTTP endpoint.

Used by the integration tests, the latency bench and demos, so that every byte
goes through smtplib / httpx and a socket: nothing is patched.

``HttpReceiver`` records each POST (path, headers, JSON body, arrival time) and
answers from a per-path script of ``(status, headers)`` (default 200), e.g.
``[(500, {}), (429, {"Retry-After": "1"})]`` then 200s.
"""
from __future__ import annotations

import email
import email.policy
import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Received:
    path: str
    headers: dict
    body: dict | None
    status: int
    at: float


@dataclass
class HttpReceiver:
    scripts: dict[str, list[tuple[int, dict]]] = field(default_factory=dict)
    requests: list[Received] = field(default_factory=list)

    def __post_init__(self):
        receiver = self
        self._lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's naming
                raw = self.rfile.read(int(self.headers.get("content-length", 0)))
                with receiver._lock:
                    script = receiver.scripts.get(self.path) or []
                    status, headers = script.pop(0) if script else (200, {})
                    try:
                        body = json.loads(raw)
                    except ValueError:
                        body = None
                    receiver.requests.append(Received(self.path, dict(self.headers), body, status, time.time()))
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                payload = b"ok" if status < 300 else b"error"
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def accepted(self, path: str) -> list[Received]:
        with self._lock:
            return [r for r in self.requests if r.path == path and r.status < 300]

    def all(self, path: str) -> list[Received]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class SmtpReceiver:
    """An aiosmtpd server on 127.0.0.1 and a free port; ``messages`` are parsed e-mails."""

    def __init__(self):
        from aiosmtpd.controller import Controller

        self.messages: list[email.message.EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        outer = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's naming
                outer.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
                outer.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
                return "250 OK"

        self.port = free_port()
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def close(self) -> None:
        self.controller.stop()


def wait_for(predicate, timeout: float = 15.0, interval: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()
