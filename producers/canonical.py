"""Canonical article URLs: one spelling per article, so its id (sha256 of it) is stable.

Lower-case scheme and host, default ports dropped, tracking parameters
(``utm_*``, ``fbclid``, ``gclid``, ``mc_cid`` ...) and the fragment removed, the
remaining query parameters sorted, relative links resolved against the feed URL.
The path keeps its case (servers are case-sensitive) and its trailing slash.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid",
    "_ga", "_gl", "ocid", "cmpid", "ncid", "sr_share", "at_medium", "at_campaign", "at_custom1",
    "at_custom2", "at_custom3", "at_custom4", "icid", "mbid", "smid", "spm", "s_cid", "cid_source",
    "ref_src", "rss", "rssfeed", "from_rss", "feedtype", "feedname",
})
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "oly_", "vero_")
DEFAULT_PORTS = {"http": 80, "https": 443}
# Most article links are already canonical: lower-case scheme and host, no port, credentials,
# query or fragment, a path, nothing urlsplit would strip. Splitting and joining them again was
# most of the time canonicalising took, and gave back the same string.
_ALREADY_CANONICAL = re.compile(r"https?://[a-z0-9-]+(?:\.[a-z0-9-]+)*/[^?#\s\x00-\x20\x7f]*\Z")
# The same with a query (half the corpus's links): only the query needs work, not the split.
_CANONICAL_BUT_QUERY = re.compile(r"(https?://[a-z0-9-]+(?:\.[a-z0-9-]+)*/[^?#\s\x00-\x20\x7f]*)"
                                  r"\?([^#\s\x00-\x20\x7f]*)\Z")
# A query of names and values made of characters quote_plus leaves alone (no "%", "+" or space),
# "name" or "name=value" pairs joined by single "&": parse_qsl would decode it to the same strings
# and urlencode give those back, so its pairs are only filtered, sorted and joined (five in six
# of the corpus's queries; the two calls were a sixth of the parse worker's own time).
_PLAIN_QUERY = re.compile(r"[A-Za-z0-9_.~-]+(?:=[A-Za-z0-9_.~-]*)?(?:&[A-Za-z0-9_.~-]+(?:=[A-Za-z0-9_.~-]*)?)*\Z")
# Most links are absolute, and urljoin gives such a link back as urlunsplit(urlsplit(link)) (or
# verbatim for another scheme than the base's): the same string unless the split drops something.
# It drops an empty query or fragment ("x?", "x#") and an empty ";params" of the path, and strips
# tabs and newlines; a link with none of those, a plain ASCII host and an optional port skips it.
_ABSOLUTE_AS_JOINED = re.compile(r"https?://[A-Za-z0-9.-]+(?::[0-9]+)?(?:/[^?#;\s\x00-\x20\x7f]*)?"
                                 r"(?:\?[^#\s\x00-\x20\x7f]+)?(?:#[^\s\x00-\x20\x7f]+)?\Z")


def is_tracking(name: str) -> bool:
    low = name.lower()
    return low in TRACKING_PARAMS or low.startswith(TRACKING_PREFIXES)


def canonical_url(url: str, base: str | None = None) -> str:
    """The canonical form of ``url`` (resolved against ``base`` when relative)."""
    url = (url or "").strip()
    return canonical_of_resolved(resolve_link(url, base) if base else url)


def resolve_link(link: str, base: str) -> str:
    """``link`` as an absolute URL: resolved against ``base``, a scheme-relative one given its scheme."""
    link = link.strip()
    if _ABSOLUTE_AS_JOINED.match(link):
        return link
    if link.startswith("//"):
        link = (urlsplit(base).scheme or "https") + ":" + link
    return urljoin(base, link)


def canonical_of_resolved(url: str) -> str:
    """The canonical form of a URL ``resolve_link`` (or the caller) has already made absolute."""
    if _ALREADY_CANONICAL.match(url):
        return url
    m = _CANONICAL_BUT_QUERY.match(url)
    if m:
        query = _canonical_query(m.group(2))
        return f"{m.group(1)}?{query}" if query else m.group(1)
    return _canonical_of_split(url)


def _canonical_of_split(url: str) -> str:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host
    if ":" in host:  # IPv6 literal
        netloc = f"[{host}]"
    if port is not None and DEFAULT_PORTS.get(scheme) != port:
        netloc += f":{port}"
    if parts.username:  # credentials in a link are kept: they are part of where it points
        userinfo = parts.username + (f":{parts.password}" if parts.password else "")
        netloc = f"{userinfo}@{netloc}"
    path = parts.path or ("/" if netloc else "")
    return urlunsplit((scheme, netloc, path, _canonical_query(parts.query), ""))


def _canonical_query(query: str) -> str:
    """The query without its tracking parameters, sorted and re-encoded."""
    if not query:  # most article links have none: parsing and re-encoding nothing was a third of the time
        return ""
    if _PLAIN_QUERY.match(query):
        pairs = [(k, v) for k, _, v in (pair.partition("=") for pair in query.split("&")) if not is_tracking(k)]
        pairs.sort()
        return "&".join([f"{k}={v}" for k, v in pairs])
    pairs = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not is_tracking(k)]
    pairs.sort()
    return urlencode(pairs, doseq=True)
