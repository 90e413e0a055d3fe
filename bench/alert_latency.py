"""Alert latency: from an article's publish on news.enriched to the notification at a local HTTP receiver.

Span measured: ``KafkaProducer.send`` of the article that completes an alert (on
news.enriched) -> the alerter (rules, ES state) -> news.alerts -> the notifier
(outbox, webhook POST) -> arrival at a local ``http.server`` receiver. The
enricher (spaCy) and the feed fetch are outside the span.

Load: a steady background of non-alerting articles at ``--rate`` per second
(each written to the rule-match index, as in production), and every
``--probe-every`` seconds a probe: two articles of a new story from two
outlets, which a ``story`` rule with ``min_outlets: 2`` turns into one alert.
The alerter and the notifier run as their own processes
(``python -m consumers.alerter.stage|notifier.stage``), as deployed.

    .venv/bin/python bench/alert_latency.py [--seconds 30] [--rate 50] [--probe-every 0.5]

Uses a throw-away namespace on the running Kafka and Elasticsearch and removes it afterwards.
"""
from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from demo.receivers import HttpReceiver, wait_for  # noqa: E402
from tests.samples.alert_articles import make_article  # noqa: E402
from newsradar.clients import delete_topics, ensure_topics, es_client, kafka_producer  # noqa: E402
from newsradar.schema import encode  # noqa: E402
from newsradar.settings import Settings  # noqa: E402

RULES = """
rules:
  - name: bench-story
    type: story
    min_outlets: 2
    window: 1h
    notify: [webhook]
"""


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--rate", type=float, default=50, help="background articles per second")
    ap.add_argument("--probe-every", type=float, default=0.5)
    args = ap.parse_args()

    from newsradar.es_schema import drop_namespace, ensure_schema
    settings = Settings().model_copy(update={"namespace": f"bench{uuid.uuid4().hex[:8]}"})
    ensure_topics(settings)
    es = es_client(settings)
    ensure_schema(es, settings)
    http = HttpReceiver()
    tmp = Path(tempfile.mkdtemp())
    rules = tmp / "alerts.yaml"
    rules.write_text(RULES)
    env = {**os.environ, "NEWSRADAR_NAMESPACE": settings.namespace, "NEWSRADAR_WEBHOOK_URL": f"{http.url}/hook",
           "NEWSRADAR_NOTIFY_RETRY_INTERVAL": "0.5", "PYTHONPATH": str(REPO)}
    procs = [subprocess.Popen([sys.executable, "-m", f"consumers.{m}.stage", str(rules)], cwd=REPO, env=env,
                              stdout=(tmp / f"{m}.log").open("wb"), stderr=subprocess.STDOUT)
             for m in ("alerter", "notifier")]
    sent: dict[str, float] = {}
    stop = threading.Event()
    base = datetime.now(timezone.utc)
    counts = {"background": 0}

    def background(producer) -> None:
        i, start = 0, time.monotonic()
        while not stop.is_set():
            ea = make_article(f"bg{i % 40}", f"Background item {i}", "Nothing to see here, routine news.",
                              published_at=base + timedelta(seconds=i / args.rate), story_id=f"bg-{i}")
            producer.send(settings.names.enriched, key=ea.article.article_id.encode(), value=encode(ea))
            i += 1
            counts["background"] = i
            delay = start + i / args.rate - time.monotonic()
            if delay > 0:
                time.sleep(delay)

    try:
        producer = kafka_producer(settings, linger_ms=5)
        # warm up: both stages joined their groups and answered one alert
        warm = [make_article(o, "warm-up", "w", story_id="warm", published_at=base) for o in ("a", "b")]
        for ea in warm:
            producer.send(settings.names.enriched, key=ea.article.article_id.encode(), value=encode(ea))
        producer.flush()
        if not wait_for(lambda: http.accepted("/hook"), 90):
            raise SystemExit(f"no warm-up alert arrived; see {tmp}/*.log")
        bg = threading.Thread(target=background, args=(producer,), daemon=True)
        bg.start()
        t_end = time.monotonic() + args.seconds
        n = 0
        while time.monotonic() < t_end:
            story = f"probe-{n}"
            first, second = (make_article(o, f"Probe {n} by {o}", "probe", story_id=story,
                                          published_at=base + timedelta(seconds=n)) for o in ("p1", "p2"))
            producer.send(settings.names.enriched, key=first.article.article_id.encode(), value=encode(first))
            sent[story] = time.time()
            producer.send(settings.names.enriched, key=second.article.article_id.encode(), value=encode(second))
            producer.flush()   # the probe's span starts at the send of the completing article
            n += 1
            time.sleep(args.probe_every)
        stop.set()
        bg.join()
        producer.flush()
        wait_for(lambda: len({r.body["alerts"][0]["group"] for r in http.accepted("/hook")} & set(sent)) >= len(sent),
                 30)
    finally:
        stop.set()
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
        http.close()
        drop_namespace(es, settings)
        delete_topics(settings)

    arrived = {}
    for r in http.accepted("/hook"):
        group = r.body["alerts"][0]["group"]
        if group in sent and group not in arrived:
            arrived[group] = r.at - sent[group]
    # A probe that never arrived is the worst latency there is: it enters the percentiles as
    # infinite, so a stage that drops alerts cannot look fast.
    if not sent:
        raise SystemExit("no probe was sent: run for longer than --probe-every")
    lat = [arrived.get(story, math.inf) for story in sent]
    missing = sum(1 for v in lat if math.isinf(v))
    print()
    print("span: news.enriched send of the completing article -> webhook POST received (alerter + notifier "
          "as processes; enricher excluded)")
    print(f"background load: {counts['background'] / args.seconds:.1f} articles/s for {args.seconds:.0f}s; "
          f"probes: {len(sent)}, alerts received: {len(sent) - missing}, missing: {missing}")
    print()
    print(f"{'metric':<10}{'seconds':>10}")
    print(f"{'-' * 20}")
    for name, v in (("min", min(lat)), ("p50", pct(lat, 50)), ("p95", pct(lat, 95)), ("p99", pct(lat, 99)),
                    ("max", max(lat))):
        print(f"{name:<10}{v:>10.3f}")
    p95 = pct(lat, 95)
    print(f"\ntarget p95 <= 5 s: {'met' if p95 <= 5 else 'MISSED'}")
    if missing:
        raise SystemExit(f"{missing} of {len(sent)} probes never arrived: the alert path loses alerts")

if __name__ == "__main__":
    main()
