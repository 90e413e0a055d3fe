"""Every fetch behaviour against a real HTTP server on 127.0.0.1, all in one poll.

Each misbehaving feed gets its documented outcome, and the well-behaved feeds
of the same run (the real corpus, when present) are still ingested.
Kafka and Elasticsearch are not involved here (``use_kafka=False``): see
test_producer_kafka.py for the path to news.raw.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from producers.config import FeedsFile
from producers.poller import Poller, run_async
from tests.samples.feeds import FeedServer, rss
from tests.conftest import SHARED

CORPUS = SHARED / "corpus" / "feeds"


def _config(server: FeedServer, feeds: list[dict], **extra) -> FeedsFile:
    return FeedsFile.model_validate({
        "allow_private_addresses": True, "parse_workers": 0,
        "http": {"read_timeout_s": 1.0, "total_timeout_s": 3.0, "max_bytes": 5_000_000,
                 "per_host_interval_s": 0.0, "concurrency": 16},
        "groups": [{"name": "test", "feeds": feeds}], **extra})


def _poll(poller: Poller, feeds):
    fetched = poller.collect(run_async(poller.fetch(feeds)))
    return fetched, poller.publish(fetched)


def _corpus() -> dict[str, bytes]:
    if not CORPUS.exists():
        return {}
    return {p.name: p.read_bytes() for p in sorted(CORPUS.glob("*.xml"))}


SCENARIOS = {
    "redirected": ("/redirect/good.xml", "ok"),
    "redirect-loop": ("/loop-a", "redirect_loop"),
    "server-error": ("/error.xml", "http_5xx"),
    "not-found": ("/notfound.xml", "http_4xx"),
    "slow": ("/slow.xml", "timeout"),
    "bomb": ("/bomb.xml", "unsafe_xml"),
    "huge": ("/huge.xml", "too_large"),
}


def test_producer_http_every_outcome_in_one_run():
    good = rss([{"title": f"Good story number {i}", "link": f"https://good.example/{i}",
                 "pubDate": "Mon, 01 Sep 2025 10:00:00 GMT"} for i in range(3)])
    feeds = {"good.xml": good, **_corpus()}
    # The 429 comes from a host of its own: its Retry-After holds back every feed of that host.
    with FeedServer(feeds, slow_seconds=4) as server, FeedServer() as limited:
        entries = [{"id": f"corpus-{i}", "url": server.url(f"/feeds/{name}")}
                   for i, name in enumerate(feeds)]
        entries += [{"id": fid, "url": server.url(path)} for fid, (path, _) in SCENARIOS.items()]
        entries += [{"id": "rate-limited", "url": limited.url("/ratelimited.xml")},
                    {"id": "same-host-as-429", "url": limited.url("/feeds/none.xml")}]
        entries.append({"id": "lying", "url": server.url("/lying.xml")})
        config = _config(server, entries)
        poller = Poller(None, config, use_kafka=False, use_es=False)
        fetched, summary = _poll(poller, config.feeds())
        by_id = {o.feed_id: o for o in summary.feeds}

        for fid, (_, expected) in SCENARIOS.items():
            outcome = by_id[fid]
            if expected == "ok":
                assert outcome.status == "ok", outcome
            else:
                assert (outcome.status, outcome.error_kind) == ("failed", expected), outcome
        assert by_id["rate-limited"].error_kind == "rate_limited"
        assert by_id["same-host-as-429"].error_kind == "rate_limited", "held back, not requested"
        assert limited.requests["/feeds/none.xml"] == 0
        redirected = next(f for f in fetched if f.feed.id == "redirected")
        assert redirected.result.final_url == server.url("/feeds/good.xml")
        assert poller.health["rate-limited"].next_poll_at >= poller.health["rate-limited"].last_polled_at
        assert (poller.health["rate-limited"].next_poll_at
                - poller.health["rate-limited"].last_polled_at).total_seconds() >= 120

        # The good feeds of the same run were ingested in full.
        assert by_id["corpus-0"].status == "ok" or not CORPUS.exists()
        good_ok = [o for o in summary.feeds if o.feed_id.startswith("corpus-") and o.status == "ok"]
        assert len(good_ok) >= len(feeds) - 3  # the HTML 403 page and two truncated files are not feeds
        assert summary["published"] > (2000 if CORPUS.exists() else 2)
        assert server.headers_seen[0]["User-Agent"].startswith("NewsRadar/0.1")

        # Second poll: conditional GET answers 304; the lying ETag's identical body is "not modified";
        # the duplicates of the redirected feed are not published again.
        fetched2, summary2 = _poll(poller, config.feeds())
        by_id2 = {o.feed_id: o for o in summary2.feeds}
        assert by_id2["corpus-0"].status == "not_modified"
        assert by_id2["lying"].status == "not_modified"
        assert summary2["published"] == 0

        # Same ETag, new body: still caught.
        server.lying_body = rss([{"title": "A lying feed's only item", "link": "https://liar.example/1"},
                                 {"title": "A second item under the same ETag", "link": "https://liar.example/2"}])
        _, summary3 = _poll(poller, [f for f in config.feeds() if f.id == "lying"])
        assert summary3.feeds[0].status == "ok"
        assert summary3["published"] == 1 and summary3["duplicates"] == 1


def test_producer_http_ssrf_guard_blocks_loopback_unless_allowed():
    with FeedServer({"good.xml": rss([{"title": "Local story here", "link": "https://l.example/1"}])}) as server:
        config = _config(server, [{"id": "local", "url": server.url("/feeds/good.xml")}],
                         ).model_copy(update={"allow_private_addresses": False})
        poller = Poller(None, config, use_kafka=False, use_es=False)
        _, summary = _poll(poller, config.feeds())
        assert (summary.feeds[0].status, summary.feeds[0].error_kind) == ("failed", "blocked")
        assert server.requests["/feeds/good.xml"] == 0, "refused before any request was sent"


def test_producer_http_full_text_fetched_and_extracted():
    items = [{"title": f"Budget vote story {i}", "link": f"/page/{i}", "description": "Short teaser."}
             for i in range(2)]
    with FeedServer({"ft.xml": rss(items)}) as server:
        config = _config(server, [{"id": "ft", "url": server.url("/feeds/ft.xml"), "fetch_full_text": True}])
        poller = Poller(None, config, use_kafka=False, use_es=False)
        fetched, summary = _poll(poller, config.feeds())
        assert summary.fulltext["extracted"] == 2, summary
        assert server.requests["/page/0"] == 1


def test_producer_http_config_errors_name_file_line_and_key(tmp_path: Path):
    from newsradar.errors import ConfigError
    from producers.config import load_feeds

    path = tmp_path / "feeds.yaml"
    path.write_text("groups:\n  - name: world\n    feeds:\n      - {id: ok-feed, url: 'https://a.example/rss'}\n"
                    "      - {id: bad, url: 'ftp://nope'}\n")
    with pytest.raises(ConfigError) as info:
        load_feeds(path)
    assert f"{path}:5" in str(info.value) and "groups[0].feeds[1].url" in str(info.value)
