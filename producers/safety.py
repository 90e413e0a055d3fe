"""Refuse dangerous feed bodies before feedparser parses them, with defusedxml.

feedparser converts a body to UTF-8 (BOM, XML declaration, HTTP charset) and
hands it to expat, which expands internal entities: a "billion laughs"
document of a few kilobytes grows to gigabytes. A feed has no business
declaring entities, so the check runs on exactly the bytes expat will get
(feedparser's own ``convert_to_utf8``, so a body in EBCDIC or UTF-16 is judged
as decoded) with defusedxml's expat reader, which refuses any entity
declaration and any external reference. On top of defusedxml's rules, a
DOCTYPE with an internal subset (``<!DOCTYPE x [ ... ]>``) or an external
``SYSTEM`` identifier other than the RSS 0.91 DTD is refused too. A plain
``<!DOCTYPE rss PUBLIC ...>`` (RSS 0.91) and an HTML error page's
``<!DOCTYPE html>`` pass. Everything refused is ``FeedError("unsafe_xml")``.

Declarations can only stand before the root element, so the reader stops
there. A body whose prolog expat cannot read goes to feedparser's loose
parser instead; for those the same rules are applied as a scan of the bytes.
"""
from __future__ import annotations

import re
from xml.sax import SAXException
from xml.sax.handler import ContentHandler

from defusedxml import DefusedXmlException, DTDForbidden
from defusedxml.expatreader import DefusedExpatParser
from feedparser.encodings import convert_to_utf8

from newsradar.errors import FeedError

_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
# name, then the external id (quoted strings may hold ">" or "["), then maybe the internal subset
_DOCTYPE = re.compile(rb"""<!DOCTYPE\s+[^\s>\[]+((?:\s*(?:"[^"]*"|'[^']*'|[^\s>\["']+))*)\s*(\[)?""",
                      re.IGNORECASE)
_SYSTEM = re.compile(rb"\bSYSTEM\b", re.IGNORECASE)
PROLOG_SCAN_BYTES = 64 * 1024


class _RootReached(Exception):
    """The prolog is over: nothing after the root's start tag can declare anything."""


class _StopAtRoot(ContentHandler):
    def startElement(self, name, attrs):  # noqa: N802 - SAX's naming
        raise _RootReached


class _FeedPrologReader(DefusedExpatParser):
    def __init__(self) -> None:
        super().__init__(forbid_dtd=False, forbid_entities=True, forbid_external=True)
        self.setContentHandler(_StopAtRoot())

    def reset(self) -> None:
        super().reset()
        self._parser.StartDoctypeDeclHandler = self._doctype
        self._parser.ExternalEntityRefHandler = self._external_reference

    def _external_reference(self, context, base, sysid, pubid) -> int:
        # No context: the DOCTYPE's own external subset, already judged by ``_doctype`` and
        # never loaded (feedparser turns external entities off). Anything else is refused.
        if context is None:
            return 1
        return self.defused_external_entity_ref_handler(context, base, sysid, pubid)

    @staticmethod
    def _doctype(name, sysid, pubid, has_internal_subset) -> None:
        if has_internal_subset:
            raise DTDForbidden(name, sysid, pubid)
        if sysid and not pubid and "netscape" not in sysid.lower():
            raise DTDForbidden(name, sysid, pubid)


def check_xml(body: bytes, max_bytes: int | None = None, content_type: str | None = None) -> None:
    """Raise ``FeedError`` (unsafe_xml, too_large) when ``body`` must not be parsed."""
    if max_bytes is not None and len(body) > max_bytes:
        raise FeedError("too_large", f"{len(body)} bytes is over the limit of {max_bytes}")
    try:
        utf8 = convert_to_utf8({"content-type": content_type} if content_type else {}, body, {})
    except (UnicodeError, ValueError):  # feedparser will fail on these bytes too; judge them as sent
        utf8 = body
    # What feedparser's expat will get; when expat cannot read that, the bytes as sent (feedparser's
    # detection can miss, e.g. UTF-16 with a BOM and no declared encoding), and then a byte scan.
    for data in dict.fromkeys((utf8, body)):
        if _prolog_read(data):
            return
    _scan(utf8)


def _prolog_read(data: bytes) -> bool:
    """True when the prolog was read and is safe, False when expat cannot read it."""
    reader = _FeedPrologReader()
    try:
        reader.feed(data)
        reader.close()
    except _RootReached:
        return True
    except DefusedXmlException as exc:
        raise FeedError("unsafe_xml", f"refused by defusedxml: {exc}") from exc
    except SAXException:
        return False
    return True  # cannot happen for XML (a readable document has a root), and is harmless anyway


def _scan(data: bytes) -> None:
    """The same rules for a body expat cannot read, as feedparser's loose parser will see it."""
    if _ENTITY.search(data):
        raise FeedError("unsafe_xml", "entity declaration (<!ENTITY>) refused")
    m = _DOCTYPE.search(data, 0, PROLOG_SCAN_BYTES)
    if m:
        if m.group(2):
            raise FeedError("unsafe_xml", "DOCTYPE with an internal subset refused")
        if _SYSTEM.search(m.group(1)) and b"netscape" not in m.group(1).lower():
            raise FeedError("unsafe_xml", "DOCTYPE with an external SYSTEM identifier refused")
