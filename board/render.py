"""Jinja2 for the board: autoescape everywhere, and the filters its templates use."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATES = Path(__file__).resolve().parent / "templates"


def safe_url(url: str | None) -> str:
    """Feed links only if they are http(s): a ``javascript:`` or ``data:`` link becomes inert."""
    if not url:
        return "#"
    scheme = urlsplit(url.strip()).scheme.lower()
    return url.strip() if scheme in ("http", "https") else "#"


def when(value: str | datetime | None) -> str:
    if not value:
        return "-"
    at = value if isinstance(value, datetime) else datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return at.strftime("%Y-%m-%d %H:%M UTC")


def environment() -> Environment:
    # documents written by older versions lack newer optional fields: a missing one renders empty
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)),
                      autoescape=select_autoescape(enabled_extensions=("html",), default=True))
    env.filters.update(safe_url=safe_url, when=when)
    return env
