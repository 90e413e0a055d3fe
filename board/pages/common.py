"""What every page needs: the client and settings, and the request's validated parameters."""
from __future__ import annotations

from dataclasses import dataclass

from elasticsearch import Elasticsearch

from newsradar.settings import Settings
from search.queries import since_expr


class NotFound(LookupError):
    """The page's subject (a story, claim or alert) is not in the indices."""


@dataclass(frozen=True)
class Board:
    es: Elasticsearch
    settings: Settings


def window(params, default: str = "48h") -> str:
    """The ``window`` parameter, checked with the CLI's own period parser (ValueError says what is accepted)."""
    value = params.get("window") or default
    since_expr(value)
    return value


def number(params, key: str, default: int, low: int, high: int) -> int:
    raw = params.get(key)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{key}={raw!r} is not a whole number") from None
    if not low <= value <= high:
        raise ValueError(f"{key}={value} is outside {low}..{high}")
    return value
