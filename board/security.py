"""Who may read the board: loopback by default; anywhere else only with the token.

The token comes from NEWSRADAR_BOARD_TOKEN and is checked on every request, as
``Authorization: Bearer <token>``, or once as ``?token=`` which then lives in an
HttpOnly cookie so that links inside the board keep working; the answer to that
first request is a redirect to the same URL without the token, so it does not
stay in the address bar, the history or links copied from the page.
"""
from __future__ import annotations

import hmac
import ipaddress

from starlette.datastructures import URL
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse
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

    def __init__(self, app: ASGIApp, token: str | None, secure_cookie: bool = False):
        self.app = app
        self.token = token
        self.cookie = f"{COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/" + ("; Secure" if secure_cookie else "")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.token:
            request = Request(scope)
            auth = request.headers.get("authorization", "")
            bearer = auth[7:] if auth.lower().startswith("bearer ") else None
            query = request.query_params.get("token")
            if _matches(query, self.token):
                await self._redirect_without_token(request.url)(scope, receive, send)
                return
            if not (_matches(bearer, self.token) or _matches(request.cookies.get(COOKIE), self.token)):
                await PlainTextResponse("401: this board needs its token (NEWSRADAR_BOARD_TOKEN)",
                                        status_code=401, headers=HEADERS)(scope, receive, send)
                return

        async def with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(k.encode(), v.encode()) for k, v in HEADERS.items()]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)

    def _redirect_without_token(self, url: URL) -> RedirectResponse:
        # relative, so a board behind an https proxy is not sent to its own http address
        rest = url.remove_query_params("token")
        response = RedirectResponse(rest.path + (f"?{rest.query}" if rest.query else ""), status_code=303,
                                    headers=HEADERS)
        response.headers.append("set-cookie", self.cookie)
        return response
