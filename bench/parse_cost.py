#!/usr/bin/env python
"""Bench: the parse worker's own CPU per item, offline, and a digest of what it produces.

    PYTHONPATH=$PWD .venv/bin/python bench/parse_cost.py [--repeat 7] [--profile]

``producers.parser.parse_feed`` runs on every body of ../shared/corpus/feeds/ with
``feedparser.parse`` answered from a cache filled beforehand, so what is timed is our
code around feedparser only (safety check, normaliser, encoding, dedupe keys): the
part of the poll's worker CPU that is ours, without feedparser's noise on top.
CPU time (``time.process_time``), the minimum over ``--repeat`` passes, per 1,000 items.

The digest covers every field of every ``ParseResult`` (encoded records, keys, hashes,
counts, errors): run it with PYTHONPATH at two checkouts to see that a speed change left
the output byte-identical.
"""
from __future__ import annotations

import argparse
import cProfile
import glob
import hashlib
import pstats
import time
from datetime import datetime, timezone
from pathlib import Path

# No sys.path entry of its own: PYTHONPATH says which checkout's producers/ is measured.
REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "feeds"
# Fixed, so the future-date rejections and estimated dates are the same on every run.
FETCHED_AT = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)


def _feeds():
    from producers.config import FeedSpec

    for path in sorted(glob.glob(str(CORPUS / "*.xml"))):
        name = Path(path).name
        yield Path(path).read_bytes(), FeedSpec(
            id=name.removesuffix(".xml"), url=f"https://feeds.invalid/{name}", group="bench",
            outlet=name.split("-")[0], language=None, interval_s=900, fetch_full_text=False,
            allow_private=False)


def _digest(results) -> str:
    sha = hashlib.sha256()
    for r in results:
        sha.update(repr((r.feed_id, r.rejected_future, r.rejected_invalid, r.bozo, r.publish_times,
                         r.failure)).encode())
        for item in r.items:
            sha.update(repr((item.article_id, item.keys, item.content_hash, item.url,
                             item.fetch_full_text, item.key_hash)).encode())
            sha.update(item.value)
    return sha.hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--profile", action="store_true", help="print a cProfile of one more pass")
    args = ap.parse_args()

    import feedparser

    from producers import parser

    feeds = list(_feeds())
    parsed = {}
    real_parse = feedparser.parse

    def cached_parse(body, **kwargs):
        if body not in parsed:
            parsed[body] = real_parse(body, **kwargs)
        return parsed[body]

    parser.feedparser.parse = cached_parse

    def one_pass():
        return [parser.parse_feed(body, spec, fetched_at=FETCHED_AT) for body, spec in feeds]

    results = one_pass()  # fills the cache
    items = sum(len(r.items) for r in results)
    times = []
    for _ in range(args.repeat):
        started = time.process_time()
        one_pass()
        times.append(time.process_time() - started)
    per = 1000 / items
    print(f"{parser.__file__}: feeds {len(feeds)}  items {items}  digest {_digest(results)}")
    print(f"ours per 1,000 items: min {min(times) * per:.4f} s  "
          f"all {' '.join(f'{t * per:.4f}' for t in sorted(times))}")
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(one_pass)
        pstats.Stats(profile).sort_stats("tottime").print_stats(30)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(30)


if __name__ == "__main__":
    main()
