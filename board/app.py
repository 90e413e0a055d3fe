"""The board's ASGI app: every page at its path, and its JSON twin under /api/.

Read-only by construction: every route accepts GET (and so HEAD) only, anything
else is 405. Errors are pages too: a bad parameter is 400 with what is accepted,
a missing story or claim 404, Elasticsearch unreachable 503.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

from elasticsearch import ApiError, ConnectionError as ESConnectionError, Elasticsearch
from starlette.applications import Starlette
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from board.pages import alerts, claim, feeds, search, spreading, story
from board.pages.common import BadParameter, Board, NotFound
from board.render import environment
from board.security import TokenMiddleware
from newsradar.errors import NewsRadarError
from newsradar.settings import Settings

log = logging.getLogger(__name__)
STATIC = Path(__file__).resolve().parent / "static"


@dataclass(frozen=True)
class Page:
    path: str
    api: str
    load: Callable[..., dict]
    template: str
    charts: Callable[[dict], object] | None = None


PAGES = [
    Page("/", "/api/spreading", spreading.data, "spreading.html", spreading.charts),
    Page("/stories/{story_id}", "/api/stories/{story_id}", story.data, "story.html", story.chart),
    Page("/claims", "/api/claims", claim.data, "claim.html", claim.chart),
    Page("/claims/{ref:path}", "/api/claims/{ref:path}", claim.data, "claim.html", claim.chart),
    Page("/search", "/api/search", search.data, "search.html"),
    Page("/alerts", "/api/alerts", alerts.history, "alerts.html"),
    Page("/alerts/{alert_id}", "/api/alerts/{alert_id}", alerts.detail, "alert.html",
         lambda p: story.chart(p) if p["articles"] else None),
    Page("/feeds", "/api/feeds", feeds.data, "feeds.html"),
]


def _jsonable(value):
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def _json(payload: dict, status: int = 200) -> Response:
    return Response(json.dumps(payload, default=_jsonable), status_code=status, media_type="application/json")


def _load(page: Page, request: Request) -> tuple[int, dict]:
    board: Board = request.app.state.board
    try:
        return 200, page.load(board, request.query_params, **request.path_params)
    except NotFound as exc:
        return 404, {"error": str(exc)}
    except BadParameter as exc:
        return 400, {"error": str(exc)}
    except (ESConnectionError, NewsRadarError) as exc:
        return 503, {"error": f"Elasticsearch is not answering: {exc}"}
    except ApiError as exc:
        # the refusal names indices and query internals: the log keeps it, the reader gets the status
        log.warning("board page %s: Elasticsearch refused the query: %s", request.url.path, exc)
        return 502, {"error": "Elasticsearch refused the query; the board's log has the details"}


def _html_endpoint(page: Page):
    def endpoint(request: Request) -> Response:
        status, payload = _load(page, request)
        env = request.app.state.templates
        if status != 200:
            body = env.get_template("error.html").render(status=status, error=payload["error"], request=request)
            return HTMLResponse(body, status_code=status)
        chart = page.charts(payload) if page.charts else None
        body = env.get_template(page.template).render(page=payload, chart=chart, request=request,
                                                      api_path=request.url.path.replace("/", "/api/", 1)
                                                      if request.url.path != "/" else "/api/spreading")
        return HTMLResponse(body)
    return endpoint


def _api_endpoint(page: Page):
    def endpoint(request: Request) -> Response:
        status, payload = _load(page, request)
        return _json(payload, status)
    return endpoint


def allowed_hosts(host: str, board_url: str | None) -> list[str]:
    """The names the board answers to: a page reached under any other Host is a DNS-rebinding attempt."""
    names = ["localhost", "127.0.0.1", "::1", host]
    if board_url and urlsplit(board_url).hostname:
        names.append(urlsplit(board_url).hostname)
    # an IPv6 address arrives in the Host header in brackets
    return [f"[{name}]" if ":" in name else name.lower() for name in names]


def create_app(settings: Settings, es: Elasticsearch | None = None, token: str | None = None,
               host: str = "127.0.0.1") -> Starlette:
    """The board over ``settings``' indices, bound to ``host``; with ``token``, every request must carry it."""
    if es is None:
        from newsradar.clients import es_client
        es = es_client(settings)
    routes = []
    for page in PAGES:
        routes.append(Route(page.path, _html_endpoint(page), methods=["GET"]))
        routes.append(Route(page.api, _api_endpoint(page), methods=["GET"]))
    routes.append(Mount("/static", StaticFiles(directory=STATIC), name="static"))
    app = Starlette(routes=routes)
    app.state.board = Board(es=es, settings=settings)
    app.state.templates = environment()
    app.add_middleware(TokenMiddleware, token=token,
                       secure_cookie=urlsplit(settings.board_url or "").scheme == "https")
    # added last, so it runs first: a foreign Host is refused before anything else is looked at
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts(host, settings.board_url))
    return app
