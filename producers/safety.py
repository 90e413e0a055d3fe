"""Refuse dangerous feed bodies before any XML parser sees them.

feedparser hands the bytes to expat, which expands internal entities: a
"billion laughs" document of a few kilobytes grows to gigabytes. Python's
expat does not fetch external entities, but a feed has no business declaring
any, so the rule is simple and cheap: a document type declaration with an
internal subset (``<!DOCTYPE x [ ... ]>``), any ``<!ENTITY``, or an external
``SYSTEM`` identifier other than the well-known RSS 0.91 DTD is refused as
``FeedError("unsafe_xml")``. A plain ``<!DOCTYPE rss PUBLIC ...>`` (RSS 0.91)
and an HTML error page's ``<!DOCTYPE html>`` pass.

The scan covers the prolog (everything before the root element) in the
encodings a feed can use: UTF-8/ASCII-compatible bytes, and UTF-16/32 bodies
are decoded first.
"""
from __future__ import annotations

import codecs
import re

from newsradar.errors import FeedError

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
_DOCTYPE = re.compile(rb"<!DOCTYPE\s+[^\s>\[]+([^>\[]*)(\[)?", re.IGNORECASE)
_SYSTEM = re.compile(rb"\bSYSTEM\b", re.IGNORECASE)
PROLOG_SCAN_BYTES = 64 * 1024


def _ascii_view(body: bytes) -> bytes:
    for bom, enc in _BOMS:
        if body.startswith(bom):
            return body[:PROLOG_SCAN_BYTES * 4].decode(enc, "replace").encode("utf-8", "replace")
    if body[:4] in (b"\x00<\x00?", b"<\x00?\x00", b"\x00\x00\x00<", b"<\x00\x00\x00"):
        enc = {b"\x00<\x00?": "utf-16-be", b"<\x00?\x00": "utf-16-le",
               b"\x00\x00\x00<": "utf-32-be", b"<\x00\x00\x00": "utf-32-le"}[body[:4]]
        return body[:PROLOG_SCAN_BYTES * 4].decode(enc, "replace").encode("utf-8", "replace")
    return body


def check_xml(body: bytes, max_bytes: int | None = None) -> None:
    """Raise ``FeedError`` (unsafe_xml, too_large) when ``body`` must not be parsed."""
    if max_bytes is not None and len(body) > max_bytes:
        raise FeedError("too_large", f"{len(body)} bytes is over the limit of {max_bytes}")
    view = _ascii_view(body)
    if _ENTITY.search(view):
        raise FeedError("unsafe_xml", "entity declaration (<!ENTITY>) refused")
    m = _DOCTYPE.search(view, 0, PROLOG_SCAN_BYTES)
    if m:
        if m.group(2):
            raise FeedError("unsafe_xml", "DOCTYPE with an internal subset refused")
        if _SYSTEM.search(m.group(1)) and b"netscape" not in m.group(1).lower():
            raise FeedError("unsafe_xml", "DOCTYPE with an external SYSTEM identifier refused")
