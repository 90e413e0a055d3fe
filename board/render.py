"""Jinja2 for the board: autoescape everywhere, and the filters its templates use."""
from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape

from newsradar.clock import parse_time

TEMPLATES = Path(__file__).resolve().parent / "templates"


def safe_url(url: str | None) -> str:
    """Feed links only if they are http(s): a ``javascript:`` or ``data:`` link becomes inert."""
    if not url:
        return "#"
    scheme = urlsplit(url.strip()).scheme.lower()
    return url.strip() if scheme in ("http", "https") else "#"


def when(value: str | datetime | None) -> str:
    """A stored timestamp in UTC; one that does not parse (an old or foreign document) is "-", not a 500."""
    if not value:
        return "-"
    try:
        at = parse_time(value if isinstance(value, datetime) else str(value))
    except ValueError:
        return "-"
    return at.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def without_token(query: str) -> str:
    """A query string minus ``token``: links built from the current URL must not carry the secret."""
    return urlencode([(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k != "token"])


def query(params: Mapping[str, str | None], **changes: str | None) -> str:
    """``params`` with ``changes`` applied as a query string; empty values are left out."""
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v})


def environment() -> Environment:
    # documents written by older versions lack newer optional fields: a missing one renders empty
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)),
                      autoescape=select_autoescape(enabled_extensions=("html",), default=True))
    env.filters.update(safe_url=safe_url, when=when, without_token=without_token, query=query)
    return env
