"""Feed bytes -> normalised ``Article`` records and their dedupe keys.

``parse_feed`` is a pure function of its arguments so that it can run in a
process pool (parsing is CPU-bound): it checks the bytes (producers.safety),
parses RSS 0.9x/1.0/2.0 and Atom with feedparser (a "bozo" feed still yields
whatever items could be read), and normalises every entry. It returns the
encoded records, so the parent process only routes bytes.
"""
from __future__ import annotations

import calendar
import hashlib
import html
import re
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import NamedTuple

import feedparser

from newsradar.errors import FeedError
from newsradar.schema import Article, article_id_for, encode
from producers.canonical import canonical_of_resolved, resolve_link
from producers.config import FeedSpec
from producers.kafka_key import key_hashes
from producers.record import encode_article
from producers.safety import check_xml

_DROP_BLOCKS = re.compile(r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_COMMENTS = re.compile(r"<!--.*?-->", re.DOTALL)
_BREAKS = re.compile(r"<\s*(?:br|/p|/div|/li|/h[1-6]|/blockquote|/tr|p|li|h[1-6])\b[^>]*>", re.IGNORECASE)
# Whether _DROP_BLOCKS has anything to do: one search, instead of lower-casing a copy of the text
# and four substring scans. ASCII case only, as str.lower() matches them (re's Unicode case
# folding would also take the long s of "<ſcript" for an s).
_DROPPED_TAG = re.compile(r"<(?:script|style|noscript|template)", re.IGNORECASE | re.ASCII)
_TAGS = re.compile(r"<[^>]*>")
# Spaces other than " " that clean_text turns into one; a run of them and of " " becomes one " ".
_ODD_SPACES = ("\t", "\r", "\f", "\v", "\u00a0", "\u200b")
_TITLE_NOISE = re.compile(r"[\W_]+", re.UNICODE)

# Text is cleaned by our own normaliser, and links are canonicalised later; feedparser's
# sanitiser and URI resolution would only repeat that work (bench/poll_feeds.py uses the same).
FEEDPARSER_OPTIONS = {"sanitize_html": False, "resolve_relative_uris": False}
# Caps per field, in characters: far above real articles, far below what a record may carry.
MAX_TITLE_CHARS = 1_000
MAX_SUMMARY_CHARS = 20_000
MAX_BODY_CHARS = 200_000
MAX_NAME_CHARS = 200  # one author or tag
MAX_GUID_CHARS = 2_000
# An encoded article larger than this is its item's rejected_invalid. Enrichment adds lemmas,
# entities and claims to it, and the result must still fit the topics' 8 MB records.
MAX_ARTICLE_BYTES = 1_000_000


def clean_text(markup: str | None) -> str:
    """HTML (or plain text) -> readable text: tags stripped, entities unescaped, whitespace collapsed.

    Paragraph-like breaks become one newline, every other run of space one space.
    """
    if not markup:
        return ""
    text = markup
    if "<" in text:
        if "<!--" in text:
            text = _COMMENTS.sub(" ", text)
        if _DROPPED_TAG.search(text):
            text = _DROP_BLOCKS.sub(" ", text)
        text = _BREAKS.sub("\n", text)
        text = _TAGS.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    text = _collapse_spaces(text)
    if "\n" not in text:
        return text.strip()
    # Each line stripped and blank lines dropped: what the regex \s*\n\s* -> "\n" did, without
    # a match attempt at every space (str.strip and re's \s take the same characters as space).
    return "\n".join(line for line in (part.strip() for part in text.split("\n")) if line)


def _collapse_spaces(text: str) -> str:
    """Every run of spaces (_ODD_SPACES and " ") as one " "; newlines kept.

    str.replace and ``in``, which skip ahead with fast searches, instead of a regex that tries a
    match at every character: that regex was a quarter of the normaliser's time. Each pass halves
    the longest run, so a run of n spaces costs log2(n) passes.
    """
    for space in _ODD_SPACES:
        if space in text:
            text = text.replace(space, " ")
    while "  " in text:
        text = text.replace("  ", " ")
    return text


def normalise_title(title: str) -> str:
    text = unicodedata.normalize("NFKC", title).casefold()
    return " ".join(_TITLE_NOISE.sub(" ", text).split())


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def content_hash(title: str, summary: str, body: str) -> str:
    return _digest(title, summary, body)


class ParsedItem(NamedTuple):
    """One article ready to publish, plus what dedupe needs without decoding it.

    A named tuple, not a dataclass: every item crosses the pool's process boundary, and the
    parent's pool thread, which shares the interpreter lock with the routing, rebuilds a tuple
    from its fields where a dataclass also needed its ``__dict__`` pickled and set (unpickling
    1.0 to 1.2 us an item against 1.5 to 1.9).
    """

    article_id: str
    keys: tuple[str, ...]          # url key first, then guid and title keys when present
    content_hash: str
    value: bytes                   # newsradar.schema.encode(Article)
    url: str
    fetch_full_text: bool = False
    key_hash: int | None = None    # the Kafka key's murmur2, here in the pool: kafka-python's is pure Python


@dataclass
class ParseResult:
    feed_id: str
    items: list[ParsedItem] = field(default_factory=list)
    rejected_future: int = 0
    rejected_invalid: int = 0
    bozo: str | None = None
    publish_times: list[float] = field(default_factory=list)
    cpu_s: float = 0.0  # the parse's CPU seconds, for the poll's phases (its worker is another process)
    feedparser_cpu_s: float = 0.0  # the part of cpu_s inside feedparser; the rest is ours
    # (kind, message), not the exception: FeedError does not survive pickling back from the pool.
    failure: tuple[str, str] | None = None

    @property
    def error(self) -> FeedError | None:
        return FeedError(*self.failure) if self.failure else None

    @error.setter
    def error(self, exc: FeedError | None) -> None:
        self.failure = (exc.kind, str(exc).split(": ", 1)[-1]) if exc is not None else None

    @property
    def seen(self) -> int:
        return len(self.items) + self.rejected_future + self.rejected_invalid


def dedupe_keys(article_id: str, outlet: str, guid: str | None, title: str) -> tuple[str, ...]:
    keys = [f"u:{article_id}"]
    if guid:
        keys.append("g:" + _digest(outlet, guid)[:40])
    norm = normalise_title(title)
    if len(norm) >= 12:  # "Live", "Briefing" and friends are not identities
        keys.append("t:" + _digest(outlet, norm)[:40])
    return tuple(keys)


def _language(value: str | None) -> str | None:
    if not value:
        return None
    primary = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else None


def _get(entry, key: str):
    # dict.get, not FeedParserDict.get: its alias lookup was a tenth of the normaliser, and none
    # of the keys read here, an entry's or its authors', tags', links' and details', is an alias.
    return dict.get(entry, key)


def _name(author) -> str | None:
    return dict.get(author, "name")


def _term(tag) -> str | None:
    return dict.get(tag, "term")


def _timestamp(entry) -> float | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = dict.get(entry, key)  # bypass FeedParserDict's deprecated updated->published alias
        if value:
            try:
                return float(calendar.timegm(value))
            except (TypeError, ValueError, OverflowError):
                continue
    return None


def _link(entry) -> str | None:
    link = _get(entry, "link")
    if link:
        return link
    for candidate in _get(entry, "links") or ():
        if _get(candidate, "href") and dict.get(candidate, "rel", "alternate") == "alternate":
            return candidate["href"]
    guid = _get(entry, "id")
    if guid and re.match(r"^https?://", guid):
        return guid
    return None


def parse_feed(body: bytes, feed: FeedSpec, *, fetched_at: datetime, base_url: str | None = None,
               content_type: str | None = None, future_tolerance_s: float = 86400.0,
               max_bytes: int | None = None) -> ParseResult:
    """Parse one feed body. Never raises: a refused or unreadable body sets ``error``."""
    started = time.process_time()
    result = _parse(body, feed, fetched_at, base_url, content_type, future_tolerance_s, max_bytes)
    result.cpu_s = time.process_time() - started
    return result


def _parse(body: bytes, feed: FeedSpec, fetched_at: datetime, base_url: str | None, content_type: str | None,
           future_tolerance_s: float, max_bytes: int | None) -> ParseResult:
    result = ParseResult(feed.id)
    try:
        check_xml(body, max_bytes, content_type)
    except FeedError as exc:
        result.error = exc
        return result
    headers = {"content-type": content_type} if content_type else None
    try:
        started = time.process_time()
        parsed = feedparser.parse(body, response_headers=headers, **FEEDPARSER_OPTIONS)
    except Exception as exc:  # noqa: BLE001 - feedparser can raise from deep inside sgmllib
        result.error = FeedError("parse", f"{exc.__class__.__name__}: {exc}")
        return result
    result.feedparser_cpu_s = time.process_time() - started
    if parsed.get("bozo"):
        result.bozo = str(parsed.get("bozo_exception"))[:300]
    if not parsed.entries:
        if not parsed.get("version"):
            result.error = FeedError("parse", f"not an RSS/Atom/RDF feed: {result.bozo or 'no feed element'}")
        return result

    base = base_url or feed.url
    feed_language = _language(parsed.feed.get("language")) if parsed.feed else None
    fetched = fetched_at.astimezone(timezone.utc)
    fetched_ts = fetched.timestamp()
    limit = fetched_ts + future_tolerance_s
    normalised = []
    for entry in parsed.entries:
        try:
            fields = _normalise(entry, feed, base, fetched, fetched_ts, limit, feed_language, result)
        except (ValueError, TypeError) as exc:  # a malformed entry must not cost the others
            result.rejected_invalid += 1
            if result.bozo is None:
                result.bozo = f"entry skipped: {exc}"[:300]
            continue
        if fields is not None:
            normalised.append(fields)
    # The Kafka keys' hashes of the whole feed at once (producers.kafka_key.key_hashes).
    hashes = key_hashes([fields[0] for fields in normalised])
    result.items = [ParsedItem(*fields, feed.fetch_full_text, hashed) for fields, hashed in zip(normalised, hashes)]
    result.publish_times.sort()
    return result


def _normalise(entry, feed: FeedSpec, base: str, fetched: datetime, fetched_ts: float, limit: float,
               feed_language: str | None, result: ParseResult) -> tuple[str, tuple[str, ...], str, bytes, str] | None:
    """The first five fields of the entry's ``ParsedItem``, or None when the entry is rejected (counted)."""
    link = _link(entry)
    if not link:
        result.rejected_invalid += 1
        return None
    url = resolve_link(link, base)
    canonical = canonical_of_resolved(url)  # resolved once, for both
    if not canonical.startswith(("http://", "https://")):
        result.rejected_invalid += 1
        return None
    title = clean_text(_get(entry, "title"))[:MAX_TITLE_CHARS]
    summary = clean_text(_get(entry, "summary"))[:MAX_SUMMARY_CHARS]
    body = ""
    content = _get(entry, "content")
    if content:
        body = clean_text("\n".join(dict.get(c, "value", "") for c in content))[:MAX_BODY_CHARS]
        if body == summary:
            body = ""
    if not title:
        title = (summary or body)[:120]
    if not title:
        result.rejected_invalid += 1
        return None
    ts = _timestamp(entry)
    estimated = ts is None
    if ts is None:
        ts = fetched_ts
    elif ts > limit:
        result.rejected_future += 1
        return None
    else:
        result.publish_times.append(ts)
    published = datetime.fromtimestamp(ts, timezone.utc)
    authors = [name for name in map(_name, _get(entry, "authors") or ()) if name]
    if not authors and _get(entry, "author"):
        authors = [clean_text(_get(entry, "author"))]
    tags = [term for term in map(_term, _get(entry, "tags") or ()) if term]
    item_language = None
    for key in ("title_detail", "summary_detail"):
        item_language = item_language or _language(_get(_get(entry, key) or {}, "language"))
    guid = (_get(entry, "id") or "").strip()[:MAX_GUID_CHARS] or None
    article_id = article_id_for(canonical)
    digest = content_hash(title, summary, body)
    value = encode_article(
        article_id=article_id, url=url, canonical_url=canonical, guid=guid, outlet=feed.outlet,
        feed_id=feed.id, feed_url=feed.url, title=title, summary=summary, body=body,
        authors=[clean_text(a)[:MAX_NAME_CHARS] for a in authors[:20]],
        tags=[clean_text(t)[:MAX_NAME_CHARS] for t in tags[:50]],
        published_at=published, published_at_estimated=estimated, fetched_at=fetched,
        language=item_language or feed_language or feed.language, content_hash=digest,
    )
    if len(value) > MAX_ARTICLE_BYTES:  # what no cap shortens, e.g. a link of megabytes
        result.rejected_invalid += 1
        return None
    return article_id, dedupe_keys(article_id, feed.outlet, guid, title), digest, value, url


def with_full_text(value: bytes, text: str) -> tuple[bytes, str]:
    """The record with ``body`` replaced by extracted full text, and its new content hash."""
    article = Article.model_validate_json(value)
    body = clean_text(text)[:MAX_BODY_CHARS]
    digest = content_hash(article.title, article.summary, body)
    return encode(article.model_copy(update={"body": body, "content_hash": digest})), digest


def bump_version(value: bytes, version: int, article_id: str) -> bytes:
    """An update of a known article: same id as the first copy, version + 1."""
    article = Article.model_validate_json(value)
    return encode(article.model_copy(update={"version": version, "article_id": article_id}))


FUTURE_TOLERANCE = timedelta(days=1)
