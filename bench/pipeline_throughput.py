#!/usr/bin/env python
"""Whole-pipeline bench: localhost feeds through poll, enrich, index and alert, stages as `newsradar run` runs them.

    .venv/bin/python bench/pipeline_throughput.py [--feeds 1000] [--items-per-feed 4] [--enrichers 1,2] [--runs 3]

Feeds: ``bench/poll_feeds.py``'s load (the real corpus repeated under distinct URLs,
each feed on its own loopback address, one asyncio server process), every feed
polled, but each serving only its first ``--items-per-feed`` items (0: all of them).
The whole load is about 45,000 items, which the enricher (the slowest stage, about
30 articles/s on two cores) needs some 25 minutes for: six runs of it do not fit in a
working session, so by default each of the 1,000 feeds serves 4 items (3,477 items;
at load 13 the enricher's rate made even that over 10 minutes a run, so the README's
figures use 1 item, 883 articles). Every feed is still fetched, parsed and published;
what shrinks is the number of articles behind each poll, so the poll's share of
the end-to-end time is larger than under the whole load. Per run, on a fresh namespace:

* the stages start as ``newsradar run`` starts them: one ``newsradar consume STAGE``
  process each (``--enrichers`` N enricher processes sharing the group), reading
  alert rules from a bench rules file (a ``story`` rule at 2 outlets, syndicated
  copies counted, so that most stories fire); the notifier is not started (it would
  only post to Slack);
* the clock starts with the ``poll-feeds`` flow (run in this process, as
  ``newsradar run --once`` runs it), and stops at the first lag sample, after the
  poll returned, in which the enricher, indexer and alerter groups have no lag left;
* every 2 s the consumer lag of each stage is sampled; the slowest stage is the one
  with the largest lag integral (record-seconds spent waiting in front of it);
* latencies, per article: from its ``news.raw`` record's timestamp (the poller's
  send; the poll publishes in one transaction, so consumers see it at the commit,
  at the poll's end) to its ``indexed_at`` in ``news-articles``; per alert event on
  ``news.alerts``: from the newest of its articles' ``news.raw`` timestamps to the
  event's own timestamp.

Stage start-up (interpreter, imports, model load, group join) overlaps the poll, as
it does under ``newsradar run``; it is inside the end-to-end time.
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import signal
import statistics
import subprocess
import sys
import threading
import time
import uuid
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.poll_feeds import CORPUS, feed_bodies, start_feed_server, write_feeds_file  # noqa: E402

STAGES = ("enricher", "indexer", "alerter")
_ITEM = re.compile(rb"<(item|entry)\b[^>]*>.*?</\1\s*>", re.S)
SAMPLE_EVERY_S = 2.0
BENCH_RULES = """\
# pipeline_throughput.py: one rule that fires for most stories, so alert latency has many samples.
rules:
  - name: bench-story
    type: story
    description: any story carried by two outlets (copies of one text counted)
    min_outlets: 2
    window: 48h
    count_syndicated: true
    notify: [webhook]
"""


def capped(body: bytes, per_feed: int) -> bytes:
    """The feed with only its first ``per_feed`` items (RSS ``item`` or Atom ``entry``)."""
    kept = 0

    def keep(match: re.Match) -> bytes:
        nonlocal kept
        kept += 1
        return match.group(0) if kept <= per_feed else b""
    return _ITEM.sub(keep, body) if per_feed else body


def _spawn_stages(namespace: str, rules_file: Path, enrichers: int, log_dir: Path) -> list[subprocess.Popen]:
    env = {**os.environ, "NEWSRADAR_NAMESPACE": namespace}
    procs = []
    for stage in ("enricher",) * enrichers + STAGES[1:]:
        log = (log_dir / f"{namespace}-{stage}-{len(procs)}.log").open("w")
        procs.append(subprocess.Popen([sys.executable, "-m", "cli", "consume", stage, "--rules", str(rules_file)],
                                      env=env, stdout=log, stderr=subprocess.STDOUT, cwd=REPO))
    return procs


def _stage_lags(settings) -> dict[str, int]:
    from consumers.lag import consumer_lag  # noqa: PLC0415

    lags = dict.fromkeys(STAGES, 0)
    for row in consumer_lag(settings):
        stage = row.group.rsplit(".", 1)[-1]
        if stage in lags:
            lags[stage] += row.lag
    return lags


class LagSampler(threading.Thread):
    """Samples every stage's lag until told to stop; ``drained_after(t)`` finds the end of the run."""

    def __init__(self, settings):
        super().__init__(daemon=True, name="lag-sampler")
        self.settings = settings
        self.samples: list[tuple[float, dict[str, int]]] = []
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                self.samples.append((time.time(), _stage_lags(self.settings)))
            except Exception as exc:  # noqa: BLE001 - a failed sample is skipped, the next one counts
                print(f"lag sample failed: {exc}", file=sys.stderr)
            self.stop.wait(SAMPLE_EVERY_S)

    def drained_after(self, t: float) -> float | None:
        return next((ts for ts, lags in self.samples if ts > t and not any(lags.values())), None)


def _raw_timestamps(settings) -> dict[str, float]:
    """article_id -> its news.raw record's timestamp (seconds)."""
    return {key.decode(): ts for key, ts, _value in _read_topic(settings, settings.names.raw, values=False)}


def _read_topic(settings, topic: str, values: bool = True):
    from kafka import TopicPartition  # noqa: PLC0415

    from newsradar.clients import kafka_consumer  # noqa: PLC0415

    consumer = kafka_consumer(settings, None, max_poll_records=5000)
    try:
        tps = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
        ends = consumer.end_offsets(tps)
        while any(consumer.position(tp) < ends[tp] for tp in tps):
            for records in consumer.poll(timeout_ms=1000).values():
                for r in records:
                    yield r.key, r.timestamp / 1000, (r.value if values else None)
    finally:
        consumer.close()


def _indexed_latencies(es, settings, raw: dict[str, float]) -> list[float]:
    from elasticsearch import helpers  # noqa: PLC0415

    out = []
    for hit in helpers.scan(es, index=settings.names.articles_index, _source=["article_id", "indexed_at"],
                            query={"query": {"match_all": {}}}):
        src = hit["_source"]
        if src.get("article_id") in raw and src.get("indexed_at"):
            indexed = datetime.fromisoformat(src["indexed_at"].replace("Z", "+00:00")).timestamp()
            out.append(indexed - raw[src["article_id"]])
    return out


def _alert_latencies(settings, raw: dict[str, float]) -> list[float]:
    from newsradar.schema import AlertEvent, decode  # noqa: PLC0415

    out = []
    for _key, ts, value in _read_topic(settings, settings.names.alerts):
        event = decode(AlertEvent, value)
        published = [raw[a] for a in event.article_ids if a in raw]
        if published:
            out.append(ts - max(published))
    return out


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def run_pipeline(base, es, feeds_file: Path, rules_file: Path, enrichers: int, keep: bool, timeout: float) -> dict:
    from flows.poll_feeds import poll_feeds  # noqa: PLC0415
    from newsradar.es_schema import drop_namespace, ensure_schema  # noqa: PLC0415
    from newsradar.clients import delete_topics, ensure_topics  # noqa: PLC0415

    settings = base.model_copy(update={"namespace": f"benchp{uuid.uuid4().hex[:8]}"})
    ensure_topics(settings)
    ensure_schema(es, settings)
    log_dir = REPO / ".cache" / "bench" / "pipeline-logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    procs = _spawn_stages(settings.namespace, rules_file, enrichers, log_dir)
    sampler = LagSampler(settings)
    try:
        started = time.time()
        sampler.start()
        summary = poll_feeds(feeds_file, settings)
        polled = time.time()
        while (ended := sampler.drained_after(polled)) is None:
            if time.time() - polled > timeout:
                raise SystemExit(f"not drained {timeout:.0f}s after the poll; last lags {sampler.samples[-1][1]}; "
                                 f"stage logs in {log_dir}")
            if any(p.poll() is not None for p in procs):
                raise SystemExit(f"a stage exited early; see its log in {log_dir}")
            time.sleep(0.5)
        sampler.stop.set()
        for p in procs:
            p.send_signal(signal.SIGTERM)
        raw = _raw_timestamps(settings)
        es.indices.refresh(index=settings.names.articles_index)
        indexed = _indexed_latencies(es, settings, raw)
        alerted = _alert_latencies(settings, raw)
        integral = dict.fromkeys(STAGES, 0.0)
        peak = dict.fromkeys(STAGES, 0)
        for (t1, lags), (t2, _) in zip(sampler.samples, sampler.samples[1:]):
            for stage in STAGES:
                integral[stage] += lags[stage] * (t2 - t1)
                peak[stage] = max(peak[stage], lags[stage])
        return {"published": summary.counts["published"], "seconds": ended - started, "poll_s": polled - started,
                "indexed": len(indexed), "alerts": len(alerted), "integral": integral, "peak": peak,
                "indexed_p50": _pct(indexed, 0.5), "indexed_p95": _pct(indexed, 0.95),
                "alert_p50": _pct(alerted, 0.5), "alert_p95": _pct(alerted, 0.95)}
    finally:
        sampler.stop.set()
        for p in procs:
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        for p in procs:
            try:
                p.wait(timeout=60)
            except subprocess.TimeoutExpired:
                p.kill()
        if not keep:
            drop_namespace(es, settings)
            delete_topics(settings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--items-per-feed", type=int, default=4,
                        help="each feed serves only its first N items (0: all, about 45,000 items for 1,000 feeds)")
    parser.add_argument("--enrichers", default="1,2", help="enricher process counts to run, comma-separated")
    parser.add_argument("--runs", type=int, default=3, help="runs per enricher count; the table prints medians")
    parser.add_argument("--timeout", type=float, default=7200, help="seconds to wait for the stages to drain")
    parser.add_argument("--keep", action="store_true", help="keep the bench namespaces' topics and indices")
    args = parser.parse_args()
    counts = [int(n) for n in args.enrichers.split(",")]

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, 8192)), hard))
    bodies = [capped(b, args.items_per_feed) for b in feed_bodies(args.feeds)]
    served = sum(len(_ITEM.findall(b)) for b in bodies)
    port, server = start_feed_server(bodies)

    from newsradar.settings import Settings, apply_prefect_defaults  # noqa: PLC0415

    apply_prefect_defaults(Settings())  # before Prefect is imported, as the CLI does

    from newsradar.clients import es_client  # noqa: PLC0415

    cache = REPO / ".cache" / "bench"
    cache.mkdir(parents=True, exist_ok=True)
    feeds_file, rules_file = cache / "feeds-pipeline.yaml", cache / "alerts-pipeline.yaml"
    write_feeds_file(feeds_file, args.feeds, port, os.cpu_count() or 2)
    rules_file.write_text(BENCH_RULES)
    base = Settings()
    es = es_client(base)
    results: dict[int, list[dict]] = {}
    try:
        for n in counts:
            for run in range(1, args.runs + 1):
                r = run_pipeline(base, es, feeds_file, rules_file, n, args.keep, args.timeout)
                results.setdefault(n, []).append(r)
                print(f"{n} enricher(s), run {run}: {r['published']} articles in {r['seconds']:.0f}s "
                      f"(poll {r['poll_s']:.0f}s); peak lag {r['peak']}; indexed {r['indexed']}, "
                      f"alert events {r['alerts']}", file=sys.stderr, flush=True)
    finally:
        server.terminate()

    def med(rows, key):
        return statistics.median(r[key] for r in rows)
    source = f"corpus x{args.feeds / max(1, len(list(CORPUS.glob('*.xml')))):.1f}" if CORPUS.exists() else "generated"
    cap = f"first {args.items_per_feed} items of each" if args.items_per_feed else "every item"
    print(f"\n{args.feeds} feeds ({source}; {cap}: {served:,} items served), stages as `newsradar run` starts "
          f"them, {os.cpu_count()} cores, {base.kafka_partitions} partitions; medians of {args.runs} run(s); "
          f"load average {os.getloadavg()[0]:.1f} at the end")
    print(f"{'enrichers':<10} {'articles':>8} {'seconds':>8} {'art/s':>7} {'art/day':>11} {'slowest stage':>14} "
          f"{'->indexed p50/p95 s':>20} {'->alert p50/p95 s':>18} {'alerts':>7}")
    for n, rows in results.items():
        integral = {s: statistics.median(r["integral"][s] for r in rows) for s in STAGES}
        slowest = max(integral, key=integral.get)
        rate = med(rows, "published") / med(rows, "seconds")
        print(f"{n:<10} {med(rows, 'published'):>8.0f} {med(rows, 'seconds'):>8.0f} {rate:>7.1f} "
              f"{rate * 86400:>11,.0f} {slowest:>14} "
              f"{med(rows, 'indexed_p50'):>9.0f} / {med(rows, 'indexed_p95'):<8.0f} "
              f"{med(rows, 'alert_p50'):>8.0f} / {med(rows, 'alert_p95'):<7.0f} {med(rows, 'alerts'):>7.0f}")
        print(f"{'':<10} lag integral (record-s) " + ", ".join(f"{s} {integral[s]:,.0f}" for s in STAGES)
              + "; peak lag " + ", ".join(f"{s} {statistics.median(r['peak'][s] for r in rows):,.0f}"
                                          for s in STAGES))


if __name__ == "__main__":
    main()
