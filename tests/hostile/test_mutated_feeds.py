"""A generated corpus of broken feeds (hypothesis) through the producer's parse path.

Mutations of a valid RSS feed: truncated XML, the wrong encoding (declared or
not), huge fields, control characters, byte flips, and entity expansion (the
billion laughs, external entities). ``parse_feed`` must never raise: each body
gives valid ``Article`` records, or a ``FeedError`` the poller records in feed
health; and a dangerous body must be refused before any XML parser sees it.
"""
from __future__ import annotations

import time
from collections import Counter
from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsradar.errors import FeedError
from newsradar.schema import Article
from producers.config import FeedSpec
from producers.parser import parse_feed
from tests.hostile.summary import report

SPEC = FeedSpec(id="mutant", url="https://example.org/feed.xml", group="hostile", outlet="Mutant Times",
                language="en", interval_s=900, fetch_full_text=False, allow_private=False)
FETCHED = datetime(2026, 1, 15, 12, 0, tzinfo=timezone.utc)
TALLY: Counter = Counter()
SLOW_S = 20.0


def feed(title: str = "Minister resigns over budget", description: str = "The minister said she would go.",
         items: int = 3, decl: str = '<?xml version="1.0" encoding="UTF-8"?>\n', prolog: str = "") -> str:
    entries = "".join(
        f"<item><title>{title} {i}</title><link>https://example.org/a/{i}</link>"
        f"<guid>mutant-{i}</guid><pubDate>Wed, 14 Jan 2026 0{i}:00:00 GMT</pubDate>"
        f"<description>{description}</description></item>" for i in range(items))
    return (f"{decl}{prolog}<rss version=\"2.0\"><channel><title>Mutant Times</title>"
            f"<link>https://example.org/</link><description>d</description>{entries}</channel></rss>")


VALID = feed().encode()


def check(body: bytes, what: str) -> None:
    """The property every mutant must satisfy; counted for the summary."""
    TALLY["inputs"] += 1
    TALLY[f"inputs:{what}"] += 1
    started = time.monotonic()
    try:
        result = parse_feed(body, SPEC, fetched_at=FETCHED, max_bytes=10_000_000)
    except Exception:
        TALLY["crashes"] += 1
        raise
    elapsed = time.monotonic() - started
    assert elapsed < SLOW_S, f"{what}: parsing took {elapsed:.1f}s"
    if result.error is not None:
        assert isinstance(result.error, FeedError) and result.error.kind in FeedError.KINDS
        assert result.items == []
        TALLY["feed_errors"] += 1
        TALLY[f"feed_error:{result.error.kind}"] += 1
    elif result.bozo:
        TALLY["bozo_recorded"] += 1
    for item in result.items:
        article = Article.model_validate_json(item.value)  # what goes on news.raw is a valid Article
        assert article.title and article.canonical_url.startswith("https://")
        assert "root:x:0:0" not in article.summary + article.body + article.title
    TALLY["items"] += len(result.items)


@pytest.fixture(scope="module", autouse=True)
def summary():
    TALLY.clear()
    yield
    kinds = {k: v for k, v in sorted(TALLY.items()) if ":" in k}
    report("mutated feeds -> parse_feed", tried=TALLY["inputs"],
           errors=TALLY["feed_errors"] + TALLY["bozo_recorded"], crashes=TALLY["crashes"],
           notes=[f"items={TALLY['items']} feed_errors={TALLY['feed_errors']} bozo={TALLY['bozo_recorded']}",
                  f"{kinds}"])


FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.integers(min_value=0, max_value=len(VALID)))
def test_mutated_feed_truncated_anywhere(cut):
    check(VALID[:cut], "truncated")


@FAST
@given(st.sampled_from(["latin-1", "cp1252", "koi8-r", "utf-16", "utf-16-le", "utf-32", "shift_jis",
                        "gb18030", "iso-8859-7"]),
       st.booleans(), st.text(min_size=1, max_size=40))
def test_mutated_feed_wrong_encoding(encoding, keep_declaration, text):
    doc = feed(title=f"Café Ω Привет 東京 {_xml_safe(text)}",
               decl='<?xml version="1.0" encoding="UTF-8"?>\n' if keep_declaration else "")
    check(doc.encode(encoding, "replace"), "encoding")


@FAST
@given(st.lists(st.sampled_from([chr(c) for c in [*range(0, 32), 0x7F, 0x85, 0xFFFE, 0xFFFF, 0x2028, 0x200B]]),
                min_size=1, max_size=20), st.integers(min_value=0, max_value=len(VALID) - 1))
def test_mutated_feed_control_characters(chars, at):
    injected = "".join(chars)
    check(feed(title=f"Breaking{injected}news", description=f"a{injected}b").encode("utf-8", "surrogatepass"),
          "control_in_text")
    check(VALID[:at] + injected.encode("utf-8") + VALID[at:], "control_anywhere")


@FAST
@given(st.lists(st.tuples(st.integers(min_value=0, max_value=len(VALID) - 1), st.integers(0, 255)),
                min_size=1, max_size=30))
def test_mutated_feed_byte_flips(flips):
    body = bytearray(VALID)
    for at, value in flips:
        body[at] = value
    check(bytes(body), "byte_flips")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.sampled_from(["title", "description", "items"]), st.integers(min_value=200_000, max_value=3_000_000))
def test_mutated_feed_huge_fields(where, size):
    if where == "title":
        body = feed(title="T" * size, items=1)
    elif where == "description":
        body = feed(description=("word " * (size // 5)), items=2)
    else:
        body = feed(items=min(size // 1000, 3000))
    check(body.encode(), f"huge_{where}")


LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
          + "]>\n")
ENTITY_PROLOGS = {
    "billion_laughs": LAUGHS,
    "external_file": '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n',
    "external_http": '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/evil">]>\n',
    "parameter_entity": '<!DOCTYPE rss [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;]>\n',
    "external_dtd": '<!DOCTYPE rss SYSTEM "http://127.0.0.1:9/evil.dtd">\n',
    "quadratic_blowup": f'<!DOCTYPE rss [<!ENTITY a "{"x" * 50_000}">]>\n',
}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(ENTITY_PROLOGS)), st.sampled_from(["utf-8", "utf-16", "utf-32"]),
       st.sampled_from(["", "\n", "<!-- c -->\n", " "]))
def test_mutated_feed_entity_expansion_is_refused(kind, encoding, before):
    use = {"billion_laughs": "&lol9;", "quadratic_blowup": "&a;" * 200}.get(kind, "&xxe;")
    doc = feed(title=f"Leak {use}" if "xxe" in use or kind != "external_dtd" else "Leak",
               decl=f'<?xml version="1.0" encoding="{encoding.upper()}"?>\n{before}',
               prolog=ENTITY_PROLOGS[kind])
    body = doc.encode(encoding)
    check(body, f"entity_{kind}")
    result = parse_feed(body, SPEC, fetched_at=FETCHED)
    assert result.error is not None and result.error.kind == "unsafe_xml", (kind, encoding, result)


def _xml_safe(text: str) -> str:
    return "".join(c for c in text if c.isprintable() and c not in "<>&")
