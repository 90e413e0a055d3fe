#!/usr/bin/env python
"""Bench: 1,000 feeds served from localhost through the real poll path to the real Kafka.

    .venv/bin/python bench/poll_feeds.py [--feeds 1000] [--runs 3] [--workers 2]

Feeds: the real corpus in ../shared/corpus/feeds/ repeated under distinct URLs
(each copy's article links rewritten to a host of its own, so every copy's
items are new articles, not duplicates of the first copy), or generated RSS when
the corpus is absent. Each feed is served from its own loopback address
(127.0.x.y, one asyncio server in a separate process), so per-host politeness
stays on at its default and the fetcher still reaches many hosts in parallel.

Measured, median of ``--runs``:
- cold: the ``poll-feeds`` Prefect flow, run as ``newsradar run --once`` runs it
  (a tracked flow run with its tasks), on a fresh namespace: load state, fetch,
  parse in the pool, dedupe, publish to news.raw, flush, record news.seen, save health;
- re-poll: the same again, every feed answering 304 to its ETag;
- bare: ``feedparser.parse`` of the same bodies from memory, with the pipeline's
  own feedparser options and the same number of processes (fork pool, bodies
  inherited, no I/O at all), repeated over the bodies until it has run
  ``--min-seconds`` (20), so it is measured over a window as long as the poll's.

Each cold poll's CPU is also split by part: the parent's threads (sampled from /proc,
bench/thread_cpu.py) and, in the workers, feedparser against our code around it; and what
the feed server, the Kafka broker, the Prefect server and Elasticsearch spent over the same
window (on two cores, CPU the parse workers do not get).

``--profile`` adds one cold poll and its all-304 re-poll, not counted in the table (cProfile
slows the Python it watches), and prints where each spends its time in this process (the
flow, fetching, publishing; the parse pool's workers are other processes, so parsing shows
as a wait on them).
"""
from __future__ import annotations

import argparse
import asyncio
import glob
import hashlib
import multiprocessing
import os
import re
import resource
import socket
import statistics
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
CORPUS = REPO.parent / "shared" / "corpus" / "feeds"

from bench.service_load import cpu_seconds, service_pids  # noqa: E402 - after this checkout's path

_LINKISH = re.compile(rb"(<(?:link|guid|id|feedburner:origLink)\b[^>]*>\s*(?:<!\[CDATA\[)?\s*https?://|"
                      rb"<link\b[^>]*?href=[\"']https?://)", re.IGNORECASE)


def feed_bodies(count: int) -> list[bytes]:
    files = sorted(glob.glob(str(CORPUS / "*.xml")))
    if not files:
        return [_generated(i) for i in range(count)]
    corpus = [Path(f).read_bytes() for f in files]
    return [_LINKISH.sub(lambda m, i=i: m.group(1) + b"c%d." % i, corpus[i % len(corpus)]) for i in range(count)]


def _generated(i: int) -> bytes:
    items = "".join(
        f"<item><title>Generated story {i}-{k} about the budget</title><link>https://gen{i}.example/a/{k}</link>"
        f"<guid>https://gen{i}.example/a/{k}</guid><pubDate>Mon, 0{1 + k % 9} Sep 2025 10:00:00 GMT</pubDate>"
        f"<description>&lt;p&gt;Paragraph {k} of feed {i}, with &lt;b&gt;markup&lt;/b&gt; to strip.&lt;/p&gt;"
        f"</description></item>" for k in range(45))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Gen {i}</title>'
            f"<link>https://gen{i}.example/</link><language>en</language>{items}</channel></rss>").encode()


def host_for(i: int) -> str:
    return f"127.0.{1 + i // 250}.{1 + i % 250}"


# -- the server: one asyncio process listening on every feed's address ---------------------------------

def _serve(bodies: list[bytes], port: int, ready) -> None:
    etags = [hashlib.sha1(b).hexdigest()[:16].encode() for b in bodies]

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            path = head.split(b" ", 2)[1]
            i = int(path.strip(b"/").split(b".")[0][1:])
            inm = re.search(rb"(?i)\r\nif-none-match:\s*\"?([^\"\r]*)", head)
            if inm and inm.group(1) == etags[i]:
                writer.write(b'HTTP/1.1 304 Not Modified\r\nETag: "%s"\r\nConnection: close\r\n\r\n' % etags[i])
            else:
                writer.write(b'HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nETag: "%s"\r\n'
                             b"Content-Length: %d\r\nConnection: close\r\n\r\n" % (etags[i], len(bodies[i])))
                writer.write(bodies[i])
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, ValueError, IndexError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        hosts = sorted({host_for(i) for i in range(len(bodies))})
        server = await asyncio.start_server(handle, host=hosts, port=port, backlog=512, reuse_address=True)
        ready.set()
        async with server:
            await server.serve_forever()

    asyncio.run(main())


def workers_cpu() -> float:
    """CPU of the parse pool's workers (forkserver children, not ours)."""
    from producers.poller import _POOLS

    return cpu_seconds([pid for pool in _POOLS.values() for pid in (pool._processes or {})])


def poller_cpu() -> float:
    """CPU of this process plus the parse pool's workers."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime + workers_cpu()


def start_feed_server(bodies: list[bytes]):
    """The feeds served from a forked process on a free port: (port, process); exits if it does not start."""
    port = free_port()
    context = multiprocessing.get_context("fork")
    ready = context.Event()
    server = context.Process(target=_serve, args=(bodies, port, ready), daemon=True)
    server.start()
    if not ready.wait(60):
        sys.exit("feed server did not start")
    return port, server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- the bare baseline ------------------------------------------------------------------------------------

_BODIES: list[bytes] = []


def _bare_one(i: int) -> int:
    import feedparser

    from producers.parser import FEEDPARSER_OPTIONS

    return len(feedparser.parse(_BODIES[i], **FEEDPARSER_OPTIONS).entries)


def bare_parse(bodies: list[bytes], workers: int, min_seconds: float) -> tuple[float, int, float, int]:
    """Parse every body, again and again until ``min_seconds`` have passed: seconds, items, CPU s, passes."""
    global _BODIES
    _BODIES = bodies
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(workers) as pool:
        pool.map(_bare_one, range(min(workers, len(bodies))))  # warm the imports
        pids = [p.pid for p in pool._pool]
        cpu0 = cpu_seconds(pids)
        started = time.perf_counter()
        items = passes = 0
        while passes == 0 or time.perf_counter() - started < min_seconds:
            items += sum(pool.imap_unordered(_bare_one, range(len(bodies)), chunksize=4))
            passes += 1
        elapsed = time.perf_counter() - started
        return elapsed, items, cpu_seconds(pids) - cpu0, passes


# -- the poll path ----------------------------------------------------------------------------------------

def write_feeds_file(path: Path, count: int, port: int, workers: int) -> None:
    lines = ["allow_private_addresses: true", f"parse_workers: {workers}",
             "http: {concurrency: 64}", "defaults: {interval: 15m}", "groups:", "  - name: bench", "    feeds:"]
    for i in range(count):
        lines.append(f'      - {{id: bench-{i:04d}, url: "http://{host_for(i)}:{port}/f{i}.xml", '
                     f'outlet: "Bench outlet {i}", language: en}}')
    path.write_text("\n".join(lines) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--keep", action="store_true", help="keep the bench namespaces' topics and indices")
    parser.add_argument("--min-seconds", type=float, default=20.0,
                        help="the bare side parses the bodies again until it has run this long")
    parser.add_argument("--profile", action="store_true",
                        help="print where the last cold poll spends its time (this process's threads; "
                             "the parse workers are other processes and show as waits)")
    args = parser.parse_args()

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, 8192)), hard))
    bodies = feed_bodies(args.feeds)
    source = f"corpus x{args.feeds / 60:.1f}" if CORPUS.exists() else "generated"
    port, server = start_feed_server(bodies)

    from newsradar.settings import Settings, apply_prefect_defaults

    apply_prefect_defaults(Settings())  # before Prefect is imported, as the CLI does

    from bench.hotspots import Hotspots
    from bench.thread_cpu import ThreadCPU
    from flows.poll_feeds import poll_once
    from newsradar.es_schema import drop_namespace, ensure_schema
    from newsradar.clients import delete_topics, ensure_topics, es_client

    feeds_file = REPO / ".cache" / "bench" / "feeds-bench.yaml"
    feeds_file.parent.mkdir(parents=True, exist_ok=True)
    write_feeds_file(feeds_file, args.feeds, port, args.workers)
    base = Settings()
    es = es_client(base)

    hotspots = repoll_hotspots = Hotspots(False)
    cold, warm, bare, items_cold, published = [], [], [], [], []
    cold_cpu, bare_cpu, server_cpu = [], [], []
    services = service_pids(base)
    services_cpu: dict[str, list[float]] = {name: [] for name in services}
    # Per run, not the last run's counts: the bare side parses the bodies as many times as its
    # window needs, so its item count differs between runs, and rates are what compare.
    bare_rate, bare_cpu_per_item = [], []
    split: list[Counter] = []  # per run: the cold poll's CPU seconds per 1,000 items, by thread or part
    try:
        for run in range(args.runs):
            settings = base.model_copy(update={"namespace": f"bench{uuid.uuid4().hex[:8]}"})
            ensure_topics(settings)
            ensure_schema(es, settings)
            try:
                cpu0, srv0, workers0 = poller_cpu(), cpu_seconds([server.pid]), workers_cpu()
                services0 = {name: cpu_seconds(pids) for name, pids in services.items()}
                with ThreadCPU() as threads:
                    s1 = _timed(poll_once, feeds_file, settings)
                cold_cpu.append(poller_cpu() - cpu0 - threads.sampler_cpu)
                pool_cpu = workers_cpu() - workers0
                server_cpu.append(cpu_seconds([server.pid]) - srv0)
                for name, pids in services.items():
                    services_cpu[name].append(cpu_seconds(pids) - services0[name])
                es.indices.refresh(index=settings.names.feeds_index)
                s2 = _timed(poll_once, feeds_file, settings)
            finally:
                if not args.keep:
                    drop_namespace(es, settings)
                    delete_topics(settings)
            summary1, t1 = s1
            summary2, t2 = s2
            c1, c2 = summary1.counts, summary2.counts
            cold.append(t1)
            warm.append(t2)
            items_cold.append(c1["items_seen"])
            split.append(_cpu_split(threads.by_group, pool_cpu, summary1.phases.seconds, c1["items_seen"]))
            published.append(c1["published"])
            t3, bare_items, c3, passes = bare_parse(bodies, args.workers, args.min_seconds)
            bare.append(t3)
            bare_cpu.append(c3)
            bare_rate.append(bare_items / t3)
            bare_cpu_per_item.append(c3 / bare_items)
            print(f"run {run + 1}: cold {t1:.1f}s ({c1['feeds_ok']} ok, {c1['feeds_failed']} failed, "
                  f"{c1['items_seen']} items, {c1['published']} published) | re-poll {t2:.2f}s "
                  f"({c2['feeds_not_modified']} not modified) | bare parse {t3:.1f}s ({bare_items} items, {passes} "
                  f"pass(es)) | "
                  f"CPU s: poller {cold_cpu[-1]:.1f} + feed server {server_cpu[-1]:.1f}, bare {c3:.1f} | "
                  f"the cold poll's window on the services: "
                  f"{', '.join(f'{name} {cpu[-1]:.1f}s' for name, cpu in services_cpu.items())} | "
                  f"load average {os.getloadavg()[0]:.1f}", flush=True)
            for name, summary, total in (("cold", summary1, t1), ("re-poll", summary2, t2)):
                print(f"  {name} phases: {summary.phases}; outside the poll (flow run, config, close) "
                      f"{total - summary.elapsed_s:.2f}s", flush=True)
        if args.profile:
            # An extra cold poll, out of the table: cProfile slows the Python it watches.
            settings = base.model_copy(update={"namespace": f"bench{uuid.uuid4().hex[:8]}"})
            ensure_topics(settings)
            ensure_schema(es, settings)
            hotspots = Hotspots(True, steps=poll_steps())
            repoll_hotspots = Hotspots(True, steps=poll_steps())
            try:
                with hotspots:
                    poll_once(feeds_file, settings)
                es.indices.refresh(index=settings.names.feeds_index)
                with repoll_hotspots:
                    poll_once(feeds_file, settings)
            finally:
                drop_namespace(es, settings)
                delete_topics(settings)
    finally:
        server.terminate()

    mc, mw, mb = statistics.median(cold), statistics.median(warm), statistics.median(bare)
    items = statistics.median(items_cold)
    mbr = statistics.median(bare_rate)
    rows = [
        ("cold poll -> news.raw", f"{mc:.1f}", f"{items / mc:,.0f}", f"{args.feeds / mc:,.1f}"),
        ("re-poll (all 304)", f"{mw:.2f}", "-", f"{args.feeds / mw:,.1f}"),
        (f"bare feedparser x{args.workers} proc", f"{mb:.1f}", f"{mbr:,.0f}", "-"),
    ]
    print(f"\n{args.feeds} feeds ({source}), {args.workers} parse processes, median of {args.runs} runs, "
          f"{os.cpu_count()} cores")
    print(f"{'path':<28} {'seconds':>8} {'items/s':>9} {'feeds/s':>8}")
    for r in rows:
        print(f"{r[0]:<28} {r[1]:>8} {r[2]:>9} {r[3]:>8}")
    runs = ", ".join(f"{(n / c) / r:.2f}" for n, c, r in zip(items_cold, cold, bare_rate))
    print(f"\ncold throughput / bare parsing = {(items / mc) / mbr:.2f}x (target >= 0.8x; runs {runs})")
    print(f"re-poll speed-up over cold     = {mc / mw:.1f}x (target >= 10x)")
    print(f"published on the cold poll     = {statistics.median(published):.0f} of {items:.0f} items")
    mcc = statistics.median(cold_cpu)
    bare_per_item = statistics.median(bare_cpu_per_item)
    print(f"CPU seconds per 1,000 items     = cold poller {1000 * mcc / items:.2f} (main + parse workers; the Kafka "
          f"broker and the feed server's {statistics.median(server_cpu):.1f}s not included) vs bare "
          f"{1000 * bare_per_item:.2f}: bare/cold = {bare_per_item / (mcc / items):.2f}")
    print("the services' CPU seconds per 1,000 items over the cold poll's window (medians; what they spend idle, "
          "and on other clients, included): " + ", ".join(
              f"{name} {1000 * statistics.median(cpu) / items:.3f}" for name, cpu in services_cpu.items() if cpu))
    print("fixed cost: none apart; the cold poll includes loading state and the Prefect flow run's bookkeeping, "
          "which a 1,000-feed poll pays once (each run's phases above: they overlap, so they do not add up)")
    print("cold poller's CPU seconds per 1,000 items by part (medians; the parent's threads are sampled "
          "every 0.5 s, so a thread's last half second can be missed):")
    for part in dict.fromkeys(part for run in split for part in run):
        print(f"  {part:<58} {statistics.median(run[part] for run in split):.3f}")
    hotspots.report("an extra cold poll, not in the table (poll_feeds flow, this process)")
    repoll_hotspots.report("its all-304 re-poll, not in the table (poll_feeds flow, this process)")


def _cpu_split(by_thread: Counter, pool_cpu: float, phases: Counter, items: int) -> Counter:
    """The cold poll's CPU per 1,000 items: the parent's threads, then the workers' parts."""
    per = 1000 / max(items, 1)
    parse, feedparser = phases["parse CPU in the pool"], phases["of which feedparser"]
    out = Counter({f"parent: {group}": cpu * per for group, cpu in sorted(by_thread.items())})
    out["workers: feedparser.parse"] = feedparser * per
    out["workers: ours around it (safety check, normalise, encode)"] = (parse - feedparser) * per
    out["workers: outside parse_feed (pickling, pool)"] = (pool_cpu - parse) * per
    return out


def poll_steps() -> tuple[tuple[str, str, str], ...]:
    from bench.hotspots import module_path  # noqa: PLC0415
    flow = module_path("flows.poll_feeds")
    return (
        ("fetch_feeds task (HTTP, conditional GET)", flow, "fetch_feeds"),
        ("parse_feeds task (waits on the parse pool)", flow, "parse_feeds"),
        ("publish_articles task (dedupe, Kafka transaction)", flow, "publish_articles"),
    )


def _timed(fn, *args):
    started = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - started


if __name__ == "__main__":
    main()
