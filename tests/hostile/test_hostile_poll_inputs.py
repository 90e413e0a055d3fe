"""Issue 11's hostile feed inputs, all in ONE poll beside good feeds, through the real Kafka and Elasticsearch.

Each input must end as its own recorded error (feed health, ``rejected_invalid``
or a full-text failure), nothing may raise, and the good feeds of the same run
must be published in full. One summary row per input (tests/hostile/summary.py).
"""
from __future__ import annotations

import pytest

from newsradar.clients import es_client, kafka_consumer
from newsradar.schema import Article, decode
from producers.config import FeedsFile, FeedSpec
from newsradar.feed_health import HealthStore
from producers.poller import Poller, run_async
from tests.samples.feeds import BILLION_LAUGHS, FeedServer, rss
from tests.hostile.summary import report

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]

DATE = "Mon, 01 Sep 2025 10:00:00 GMT"


def _items(prefix: str, n: int) -> list[dict]:
    return [{"title": f"{prefix} story number {i} of the day", "link": f"https://{prefix}.example/{i}",
             "pubDate": DATE} for i in range(n)]


def _declared(doc: bytes, encoding: str) -> bytes:
    return doc.decode().replace('<?xml version="1.0"?>', f'<?xml version="1.0" encoding="{encoding}"?>',
                                1).encode(encoding)


def test_hostile_feed_inputs_cost_only_themselves(isolated):
    bodies = {
        "good-a.xml": rss(_items("gooda", 3)), "good-b.xml": rss(_items("goodb", 3)),
        "big-items.xml": rss([
            {"title": "A story with a nine megabyte summary", "link": "https://big.example/long",
             "description": "word " * 1_800_000, "pubDate": DATE},
            {"title": "A story whose link alone is megabytes", "link": "https://big.example/" + "a" * 1_500_000,
             "pubDate": DATE}]),
        "bomb-ebcdic.xml": _declared(BILLION_LAUGHS, "cp037"),
        "bomb-utf16.xml": BILLION_LAUGHS.decode().encode("utf-16"),
        "subset-quoted-gt.xml": b'<!DOCTYPE rss PUBLIC "-//x>y//EN" "u" [<!ATTLIST item a CDATA "z">]><rss/>',
    }
    lookups: list[str] = []

    async def rebinding(host: str, port: int) -> list[str]:
        lookups.append(host)
        return ["93.184.216.34"] if len(lookups) == 1 else ["127.0.0.1"]

    with FeedServer(bodies) as server:
        port = server._server.server_address[1]
        server.feeds["fulltext.xml"] = rss([{"title": "Full text story whose page has port 99999",
                                       "link": "http://127.0.0.1:99999/story", "description": "Summary only.",
                                       "pubDate": DATE}])
        server.redirects["/moved.xml"] = "http://localhost:99999/rss"
        # (id, url, feed options, what the summary row calls it, expected error kind)
        hostile = [
            ("redirect-bad-port", server.url("/moved.xml"), {}, "redirect to http://localhost:99999/", "blocked"),
            ("bomb-ebcdic", server.url("/feeds/bomb-ebcdic.xml"), {}, "billion laughs in EBCDIC", "unsafe_xml"),
            ("bomb-utf16", server.url("/feeds/bomb-utf16.xml"), {}, "billion laughs in UTF-16", "unsafe_xml"),
            ("subset-quoted-gt", server.url("/feeds/subset-quoted-gt.xml"), {},
             "DTD subset behind a quoted '>'", "unsafe_xml"),
            ("nat64", f"http://[64:ff9b::7f00:1]:{port}/feeds/good-a.xml", {"allow_private_addresses": False},
             "feed at [64:ff9b::7f00:1] (NAT64)", "blocked"),
            ("6to4", f"http://[2002:7f00:1::]:{port}/feeds/good-a.xml", {"allow_private_addresses": False},
             "feed at [2002:7f00:1::] (6to4)", "blocked"),
            ("v4-compatible", f"http://[::127.0.0.1]:{port}/feeds/good-a.xml", {"allow_private_addresses": False},
             "feed at [::127.0.0.1] (IPv4-compatible)", "blocked"),
            ("rebinding", f"http://localhost:{port}/feeds/good-b.xml?rebind", {"allow_private_addresses": False},
             "DNS rebinding to 127.0.0.1", "blocked"),
        ]
        config = FeedsFile.model_validate({
            "allow_private_addresses": True, "parse_workers": 0,
            "http": {"per_host_interval_s": 0, "max_bytes": 16_000_000, "total_timeout_s": 20},
            "groups": [{"name": "hostile", "feeds": [
                {"id": "good-a", "url": server.url("/feeds/good-a.xml")},
                {"id": "good-b", "url": server.url("/feeds/good-b.xml")},
                {"id": "big-items", "url": server.url("/feeds/big-items.xml")},
                {"id": "fulltext", "url": server.url("/feeds/fulltext.xml"), "fetch_full_text": True},
                *({"id": fid, "url": url, **options} for fid, url, options, _, _ in hostile)]}]})
        # A feed URL the config now refuses, as an older feeds.yaml or a caller could still hand it over.
        bad_port = FeedSpec(id="bad-port", url="https://h:99999/", group="hostile", outlet="h", language=None,
                            interval_s=900, fetch_full_text=False, allow_private=False)
        crashes = 0
        try:
            with Poller(isolated, config, role="hostile", resolver=rebinding) as poller:
                summary = poller.publish(poller.collect(run_async(poller.fetch(config.feeds() + [bad_port]))))
        except Exception:
            crashes = 1
            raise
        finally:
            hits = dict(server.requests)

    by_feed = {f.feed_id: f for f in summary.feeds}
    store = HealthStore(isolated)
    es_client(isolated).indices.refresh(index=store.index)  # health is saved without refresh
    health = store.load()
    consumer = kafka_consumer(isolated, None, isolated.names.raw, consumer_timeout_ms=3000,
                              isolation_level="read_committed")
    published = [decode(Article, r.value) for r in consumer]
    consumer.close()
    by_outlet_feed = {fid: sum(a.feed_id == fid for a in published) for fid in ("good-a", "good-b")}
    others_ok = by_outlet_feed == {"good-a": 3, "good-b": 3}
    unaffected = f"good feeds published {by_outlet_feed} of 3 each: {'unaffected' if others_ok else 'AFFECTED'}"

    rows = [("feed url https://h:99999/", by_feed["bad-port"].error_kind == "blocked"
             and health["bad-port"].last_error_kind == "blocked")]
    for fid, _, _, label, kind in hostile:
        rows.append((label, by_feed[fid].error_kind == kind and health[fid].last_error_kind == kind))
    rows.append(("item of 9 MB (summary capped, published)",
                 any(a.title.startswith("A story with a nine") and len(a.summary) <= 20_000 for a in published)))
    rows.append(("item with a 1.5 MB link (rejected_invalid)", by_feed["big-items"].counts["rejected_invalid"] == 1))
    rows.append(("full-text page at http://127.0.0.1:99999/ (failed_blocked, summary kept)",
                 summary.fulltext["failed_blocked"] == 1 and by_feed["fulltext"].counts["published"] == 1))
    for label, recorded in rows:
        report(f"poll: {label}", tried=1, errors=int(recorded), crashes=crashes, notes=[unaffected])

    assert all(recorded for _, recorded in rows), [label for label, recorded in rows if not recorded]
    assert others_ok, by_outlet_feed
    assert hits.get("/feeds/good-b.xml", 0) == 1  # the rebinding feed never reached the server
    assert len(published) == 3 + 3 + 1 + 1
