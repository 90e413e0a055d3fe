"""Optional full text: fetch each new article's page and keep its main text (trafilatura).

Pages go through the same ``Fetcher`` as feeds: the same per-host politeness,
byte limit, timeouts and SSRF guard (a link to a private, loopback or
link-local address is refused as ``blocked`` unless the feed allows private
addresses). Extraction is CPU-bound and runs in the parse process pool.
A page that fails leaves the article with its feed summary; it is counted,
never fatal.
"""
from __future__ import annotations

import asyncio

from newsradar.errors import FeedError
from producers.fetcher import Fetcher

PAGE_MAX_BYTES = 5_000_000


async def fetch_pages(fetcher: Fetcher, urls: list[tuple[str, bool]]) -> dict[str, bytes | FeedError]:
    """``[(url, allow_private)]`` -> ``{url: html bytes or the FeedError}``."""
    async def one(url: str, allow_private: bool):
        result = await fetcher.fetch(url, allow_private=allow_private,
                                     max_bytes=min(PAGE_MAX_BYTES, fetcher.config.max_bytes))
        return url, (result.body if result.status == "ok" and result.body else
                     result.error or FeedError("parse", "empty page"))

    pairs = await asyncio.gather(*(one(u, a) for u, a in dict(urls).items()))
    return dict(pairs)


def extract_text(page: bytes, url: str) -> str:
    """The page's main text, or "" when trafilatura finds none."""
    import trafilatura

    try:
        text = trafilatura.extract(page, url=url, include_comments=False, include_tables=False,
                                   favor_precision=True, deduplicate=True)
    except Exception:  # noqa: BLE001 - lxml raises many things on hostile HTML; no text then
        return ""
    return text or ""
