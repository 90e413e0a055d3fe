#!/usr/bin/env python
"""Bench: the fetcher's own CPU per conditional GET answered 304, offline (no Kafka, no Prefect).

    PYTHONPATH=$PWD .venv/bin/python bench/fetch_cost.py [--feeds 1000] [--repeat 5] [--profile]

What an all-304 re-poll does per feed, alone: ``Fetcher.fetch`` with the feed's ETag
against the feed server of ``poll_feeds.py`` (each feed on a loopback address of its
own, ``Connection: close``), every fetch of a pass in one event loop, as the poll's
fetch thread runs them. CPU time of that thread (``time.thread_time``; the server is
another process), the minimum over ``--repeat`` passes, per GET. The wall clock is
printed too, but on a shared machine it says more about the load than the code.

PYTHONPATH says which checkout's producers/ is measured; alternate two checkouts
(A B A B) to compare them.
"""
from __future__ import annotations

import argparse
import asyncio
import cProfile
import hashlib
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))   # after PYTHONPATH, so a run can measure another checkout's producers/

from bench.poll_feeds import feed_bodies, host_for, start_feed_server  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--feeds", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--concurrency", type=int, default=64, help="as poll_feeds.py's feeds file sets it")
    ap.add_argument("--profile", action="store_true", help="print a cProfile of one more pass")
    args = ap.parse_args()

    from producers import fetcher
    from producers.config import HttpConfig

    bodies = feed_bodies(args.feeds)
    etags = ['"%s"' % hashlib.sha1(b).hexdigest()[:16] for b in bodies]  # what the server sends
    port, server = start_feed_server(bodies)
    urls = [f"http://{host_for(i)}:{port}/f{i}.xml" for i in range(args.feeds)]
    config = HttpConfig(concurrency=args.concurrency)

    async def one_pass() -> None:
        async with fetcher.Fetcher(config) as f:
            results = await asyncio.gather(*(f.fetch(u, etag=e, allow_private=True) for u, e in zip(urls, etags)))
        statuses = {r.status for r in results}
        if statuses != {"not_modified"}:
            raise SystemExit(f"expected every feed not modified, got {statuses}")

    try:
        cpu, wall = [], []
        for _ in range(args.repeat):
            c, w = time.thread_time(), time.perf_counter()
            asyncio.run(one_pass())
            cpu.append(time.thread_time() - c)
            wall.append(time.perf_counter() - w)
        per = 1000 / args.feeds
        print(f"{fetcher.__file__}: {args.feeds} conditional GETs, concurrency {args.concurrency}, "
              f"load average {os.getloadavg()[0]:.1f}")
        print(f"CPU ms per GET: min {min(cpu) * per:.3f}  all {' '.join(f'{t * per:.3f}' for t in sorted(cpu))}")
        print(f"wall s per pass: {' '.join(f'{t:.2f}' for t in wall)}")
        if args.profile:
            profile = cProfile.Profile()
            profile.runcall(asyncio.run, one_pass())
            pstats.Stats(profile).sort_stats("tottime").print_stats(30)
            pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
