"""Who may read the board: loopback by default; anywhere else only with the token.

The token comes from NEWSRADAR_BOARD_TOKEN and is checked on every request, as
``Authorization: Bearer <token>``, or once as ``?token=`` which then lives in an
HttpOnly cookie so that links inside the board keep working.
"""
from __future__ import annotations

import hmac
import ipaddress

from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Receive, Scope, Send

COOKIE = "newsradar_board"
# Feed text is escaped by the templates; the policy is the second wall: no script runs at all.
HEADERS = {
    "content-security-policy": "default-src 'none'; style-src 'self'; img-src 'self' data:; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}


class BoardSecurityError(ValueError):
    pass


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def require_token(host: str, token: str | None) -> None:
    """Refuse to serve beyond this machine without a token."""
    if not is_loopback(host) and not token:
        raise BoardSecurityError(f"binding the board to {host} exposes it beyond this machine: "
                                 "set NEWSRADAR_BOARD_TOKEN (every request must then carry it)")


def _matches(candidate: str | None, token: str) -> bool:
    return candidate is not None and hmac.compare_digest(candidate.encode(), token.encode())


class TokenMiddleware:
    """Security headers on every response; with a token, 401 for any request without it."""

    def __init__(self, app: ASGIApp, token: str | None):
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        set_cookie = False
        if self.token:
            from starlette.requests import Request
            request = Request(scope)
            auth = request.headers.get("authorization", "")
            bearer = auth[7:] if auth.lower().startswith("bearer ") else None
            query = request.query_params.get("token")
            if not (_matches(bearer, self.token) or _matches(request.cookies.get(COOKIE), self.token)
                    or _matches(query, self.token)):
                await PlainTextResponse("401: this board needs its token (NEWSRADAR_BOARD_TOKEN)",
                                        status_code=401, headers=HEADERS)(scope, receive, send)
                return
            set_cookie = _matches(query, self.token)

        async def with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(k.encode(), v.encode()) for k, v in HEADERS.items()]
                if set_cookie:
                    headers.append((b"set-cookie", f"{COOKIE}={self.token}; HttpOnly; SameSite=Strict; "
                                                   "Path=/".encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)
