"""What every page needs: the client and settings, and the request's validated parameters."""
from __future__ import annotations

from dataclasses import dataclass

from elasticsearch import Elasticsearch

from newsradar.settings import Settings
from search.queries import since_expr


class BadParameter(Exception):
    """A request parameter the page cannot use; the message says what is accepted (the page answers 400).

    Its own class rather than ValueError, so that a ValueError from a bug in a page stays a 500.
    """


def period(params, key: str, default: str | None = None) -> str | None:
    """A period or ISO date parameter (``window``, ``since``), checked with the CLI's own parser."""
    value = (params.get(key) or "").strip() or default
    try:
        since_expr(value, name=key)
    except ValueError as exc:
        raise BadParameter(str(exc)) from None
    return value


class NotFound(LookupError):
    """The page's subject (a story, claim or alert) is not in the indices."""


@dataclass(frozen=True)
class Board:
    es: Elasticsearch
    settings: Settings


def window(params, default: str = "48h") -> str:
    return period(params, "window", default)


def number(params, key: str, default: int, low: int, high: int) -> int:
    raw = params.get(key)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadParameter(f"{key}={raw!r} is not a whole number") from None
    if not low <= value <= high:
        raise BadParameter(f"{key}={value} is outside {low}..{high}")
    return value
