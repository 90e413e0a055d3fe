"""The ``news.raw`` record of one parsed item, encoded without building the model.

Constructing an ``Article`` and dumping it was a tenth of the parse worker's time
per item, and validated values the normaliser has just made (every field a
string it cleaned, or a datetime in UTC). ``encode_article`` writes the same
bytes with orjson, in the model's field order; the consumers still validate
every record they read against ``newsradar.schema.Article``.
tests/unit/producers/test_record.py holds it to the model's own encoding.
"""
from __future__ import annotations

from datetime import datetime

import orjson

from newsradar.schema import SCHEMA_VERSION

_OPTIONS = orjson.OPT_UTC_Z  # the model writes UTC as "Z"


def encode_article(*, article_id: str, url: str, canonical_url: str, guid: str | None, outlet: str,
                   feed_id: str, feed_url: str, title: str, summary: str, body: str, authors: list[str],
                   tags: list[str], published_at: datetime, published_at_estimated: bool,
                   fetched_at: datetime, language: str | None, content_hash: str) -> bytes:
    """``newsradar.schema.encode(Article(...))`` of a new article (version 1), byte for byte."""
    return orjson.dumps({
        "schema_version": SCHEMA_VERSION, "article_id": article_id, "version": 1, "url": url,
        "canonical_url": canonical_url, "guid": guid, "outlet": outlet, "feed_id": feed_id,
        "feed_url": feed_url, "title": title, "summary": summary, "body": body, "authors": authors,
        "tags": tags, "published_at": published_at, "published_at_estimated": published_at_estimated,
        "fetched_at": fetched_at, "language": language, "content_hash": content_hash,
    }, option=_OPTIONS)
