from datetime import datetime, timedelta, timezone

from newsradar.schema import Article, article_id_for
from producers.config import FeedSpec
from producers.parser import clean_text, parse_feed
from tests.samples.feeds import rss

FEED = FeedSpec(id="f", url="https://news.example/feeds/rss.xml", group="g", outlet="Example News",
                language="en", interval_s=900, fetch_full_text=False, allow_private=False)
NOW = datetime(2025, 9, 1, 12, 0, tzinfo=timezone.utc)


def _articles(body: bytes, **kw) -> tuple[list[Article], object]:
    result = parse_feed(body, FEED, fetched_at=NOW, **kw)
    return [Article.model_validate_json(i.value) for i in result.items], result


def test_feed_parser_clean_text_strips_html_unescapes_and_collapses():
    html = "<p>Hello&nbsp;<b>world</b> &amp; friends</p><script>evil()</script><p>Second   para</p>"
    assert clean_text(html) == "Hello world & friends\nSecond para"


def test_feed_parser_clean_text_whitespace_runs_and_blank_lines():
    # One space per run of any kind, one newline per group of lines with only space between them.
    assert clean_text(" a\t\t b\u00a0c\u200bd  \r\n \n\u2028\n  e \n") == "a b c d\ne"
    assert clean_text("x\ty") == "x y" and clean_text("x y") == "x y"
    assert clean_text("<DIV>a</DIV><STYLE>p{}</STYLE><!-- <p>c</p> -->b") == "a\nb"


def test_feed_parser_clean_text_collapses_every_mix_of_spaces_as_the_former_regex_did():
    import itertools
    import re

    former = re.compile(r"[ \t\r\f\v\u00a0\u200b]{2,}|[\t\r\f\v\u00a0\u200b]")
    alphabet = " \t\r\f\v\u00a0\u200bx"
    for size in range(1, 5):
        for chars in itertools.product(alphabet, repeat=size):
            text = "a" + "".join(chars) + "b"
            assert clean_text(text) == former.sub(" ", text).strip(), repr(text)
    assert clean_text("a" + " " * 1000 + "\t" * 33 + "b") == "a b"


def test_feed_parser_clean_text_drops_script_blocks_in_any_ascii_case_only():
    assert clean_text("a<ScRiPt>x()</sCrIpT>b") == "a b"
    # str.lower() leaves the long s alone, so such a tag was never taken for <script>
    assert clean_text("a<\u017fcript>x</\u017fcript>b") == "a x b"


def test_feed_parser_rss2_item_normalised():
    body = rss([{"title": "A &lt;b&gt;big&lt;/b&gt; story", "link": "/world/1?utm_source=rss",
                 "guid": "abc-1", "pubDate": "Mon, 01 Sep 2025 10:00:00 +0200",
                 "description": "&lt;p&gt;Summary &amp;amp; more&lt;/p&gt;", "category": "World",
                 "author": "jane@example.com (Jane Doe)"}])
    [a], _ = _articles(body, base_url="https://news.example/feeds/rss.xml")
    assert a.canonical_url == "https://news.example/world/1"
    assert a.article_id == article_id_for(a.canonical_url)
    assert a.title == "A big story" and a.summary == "Summary & more"
    assert a.published_at == datetime(2025, 9, 1, 8, 0, tzinfo=timezone.utc)
    assert not a.published_at_estimated
    assert a.guid == "abc-1" and a.tags == ["World"] and a.outlet == "Example News" and a.language == "en"


def test_feed_parser_missing_date_uses_fetch_time_and_future_is_rejected():
    future = (NOW + timedelta(days=3)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    body = rss([{"title": "Undated story here", "link": "https://n.example/1"},
                {"title": "Story from the future", "link": "https://n.example/2", "pubDate": future}])
    [a], result = _articles(body)
    assert a.published_at == NOW and a.published_at_estimated
    assert result.rejected_future == 1


def test_feed_parser_atom_with_content_and_language():
    body = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
    <title>T</title><entry><title>Ein Artikel mit Inhalt</title><link href="https://n.example/de/1"/>
    <id>urn:x:1</id><updated>2025-09-01T09:00:00Z</updated><author><name>Max</name></author>
    <summary>Kurz</summary><content type="html">&lt;p&gt;Der ganze Text.&lt;/p&gt;</content></entry></feed>"""
    [a], _ = _articles(body)
    assert a.body == "Der ganze Text." and a.summary == "Kurz" and a.authors == ["Max"] and a.language == "de"


def test_feed_parser_bozo_feed_still_yields_items():
    body = rss([{"title": "Fine item in a broken feed", "link": "https://n.example/ok"}])[:-len(b"</channel></rss>")]
    articles, result = _articles(body)
    assert len(articles) == 1 and result.bozo


def test_feed_parser_html_page_is_a_parse_error():
    result = parse_feed(b"<html><body><h1>403 Forbidden</h1></body></html>", FEED, fetched_at=NOW)
    assert result.error is not None and result.error.kind == "parse"


def test_feed_parser_reports_feedparsers_share_of_its_cpu():
    # The poll bench splits the workers' CPU into feedparser's and ours with these two figures.
    body = rss([{"title": f"Story number {i} about the budget", "link": f"https://news.example/a/{i}",
                 "description": "&lt;p&gt;Some &lt;b&gt;markup&lt;/b&gt;&lt;/p&gt;" * 20} for i in range(200)])
    result = parse_feed(body, FEED, fetched_at=NOW)
    assert len(result.items) == 200
    assert 0 < result.feedparser_cpu_s < result.cpu_s
