"""Alerter throughput in steady state: the consumer (Kafka in, alerts out) against a bare kafka-python + ES loop.

    .venv/bin/python bench/alert_throughput.py [--articles 4000] [--rules bench|realistic] [--runs 3]
        [--min-seconds 20] [--profile]

Records: enriched articles of the pipeline bench's kind: ``--outlets`` outlets, stories of 1 to
6 articles from distinct outlets (a third of them syndicated copies), entities from a pool of
a few hundred names, claims in shared claim clusters, published over the past day, produced
in a shuffled order (seeded). Rules: ``bench`` is ``bench/pipeline_throughput.py``'s rule (a
story at 2 outlets: nearly every story fires); ``realistic`` is ``configs/alerts.yaml``
(topic, story at 5, claim with origin kinds, entity spike).

Per run, fresh namespaces (own topics, own indices, removed afterwards):

* alerter: the records are produced to ``{ns}.news.enriched`` first; then ``Runner(Alerter)``
  runs as ``newsradar consume alerter`` runs it. The time to the first committed batch
  (group join, first fetch) is a fixed cost, on its own line; the steady rate counts the
  records of every later batch over the time from that first commit to the commit of the
  batch holding the N-th record;
* bare: kafka-python consuming the same records in batches of the same size, decoding them
  with orjson, and per batch issuing the Elasticsearch I/O the rules need, batched as far as
  Elasticsearch allows: one bulk of the batch's rule matches (built beforehand from the rules'
  own ``match``, not timed), one msearch reading, per rule, all touched groups' matches in one
  search and their alerts in another, one bulk writing an alert for each group with enough
  outlets, each alert published to ``news.alerts``; then a commit.
  It decides nothing else (no windows, no escalation), so it is a floor, not a twin. It is
  repeated into fresh namespaces until it has run ``--min-seconds``.

``--profile`` adds one alerter run, out of the table, and prints where its ``run()`` spends
its time (bench/hotspots.py).
"""
from __future__ import annotations

import argparse
import logging
import random
import statistics
import sys
import time
import uuid
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import orjson  # noqa: E402
from kafka import OffsetAndMetadata  # noqa: E402

from bench.hotspots import RUNNER_STEPS, Hotspots, module_path  # noqa: E402
from bench.pipeline_throughput import BENCH_RULES  # noqa: E402
from consumers.alerter.rules import load_rules  # noqa: E402
from consumers.alerter.stage import Alerter  # noqa: E402
from consumers.runner import Runner  # noqa: E402
from flows.pipeline import batch_size_for  # noqa: E402
from newsradar.clients import delete_topics, ensure_topics, es_client, kafka_consumer, kafka_producer  # noqa: E402
from newsradar.clock import iso  # noqa: E402
from newsradar.es_schema import drop_namespace, ensure_schema  # noqa: E402
from newsradar.schema import (Article, Claim, EnrichedArticle, Enrichment, Entity, Keyphrase, Mention,  # noqa: E402
                              Span, article_id_for, claim_id_for, encode)
from newsradar.settings import PROJECT_ROOT, Settings  # noqa: E402

CACHE = PROJECT_ROOT / ".cache" / "bench"
WORDS = ("taliban weapons russia kremlin flood province minister election court budget strike port bank "
         "market vaccine storm border senate rally ceasefire drone pipeline tariff refinery mayor bridge").split()
LABELS = ("ORG", "GPE", "PERSON", "NORP")
KINDS = ("social", "anonymous", "official", "media", None)


def enriched_articles(n: int, outlets: int, seed: int = 7) -> list[EnrichedArticle]:
    """``n`` articles in stories of 1-6 outlets, shuffled; deterministic for one seed."""
    rnd = random.Random(seed)
    names = [f"outlet-{i:03d}" for i in range(outlets)]
    entities = [(f"{w.title()} {rnd.choice(WORDS).title()}", rnd.choice(LABELS)) for w in WORDS for _ in range(12)]
    now = datetime.now(UTC).replace(microsecond=0)
    out: list[EnrichedArticle] = []
    story = 0
    while len(out) < n:
        story += 1
        start = now - timedelta(hours=rnd.uniform(1, 24))
        words = rnd.sample(WORDS, 5)
        title = f"{' '.join(words).capitalize()}, story {story}"
        body = f"{title}. " + " ".join(rnd.choice(WORDS) for _ in range(120)) + "."
        ents = rnd.sample(entities, 6)
        cluster = f"claim-{rnd.randrange(n // 3 + 1)}"
        origin = rnd.choice(KINDS)
        first_id = None
        for outlet in rnd.sample(names, min(outlets, rnd.randint(1, 6))):
            url = f"https://{outlet}.example/{story}"
            aid = article_id_for(url)
            published = start + timedelta(minutes=rnd.uniform(0, 180))
            content = f"the {words[0]} {words[1]} was {words[2]}, story {story} says"
            claims = [Claim(claim_id=claim_id_for(aid, 0), kind="direct", speaker="officials", speaker_type="PERSON", cue="said",
                            cue_lemma="say", content=content, sentence=Span(start=0, end=len(content)),
                            content_span=Span(start=0, end=len(content)), entities=[ents[0][0]],
                            rule="said_pattern", confidence=0.8, cluster_id=cluster,
                            cited_source="a Telegram channel" if origin else None, source_kind=origin)]
            article = Article(article_id=aid, url=url, canonical_url=url, outlet=outlet, feed_id=f"{outlet}-rss",
                              feed_url=f"https://{outlet}.example/rss", title=title, body=body,
                              published_at=published, fetched_at=published + timedelta(minutes=2), language="en",
                              content_hash=f"{story}-{outlet}")
            enrichment = Enrichment(
                language="en", enriched=True, model="bench", model_version="0",
                entities=[Entity(label=label, canonical=name, mentions=[Mention(text=name, start=0, end=len(name))],
                                 count=2) for name, label in ents],
                claims=claims, keyphrases=[Keyphrase(text=" ".join(words[:2]), lemma=" ".join(words[:2]), score=0.7)],
                lemmas=body.lower())
            copy = first_id if first_id and rnd.random() < 0.33 else None
            out.append(EnrichedArticle(article=article, enrichment=enrichment, story_id=f"story-{story}",
                                       near_duplicate_of=copy))
            first_id = first_id or aid
    out = out[:n]
    rnd.shuffle(out)
    return out


def _namespace(base: Settings, tag: str) -> Settings:
    return base.model_copy(update={"namespace": f"bench{tag}{uuid.uuid4().hex[:8]}"})


def _produce(settings: Settings, values: list[tuple[bytes, bytes]]) -> None:
    producer = kafka_producer(settings)
    for key, value in values:
        producer.send(settings.names.enriched, key=key, value=value)
    producer.flush()
    producer.close()


def run_alerter(base: Settings, values: list[tuple[bytes, bytes]], rules_file: Path, hotspots: Hotspots) -> dict:
    settings = _namespace(base, "a")
    ensure_topics(settings)
    es = es_client(settings)
    ensure_schema(es, settings)
    try:
        _produce(settings, values)
        marks: list[tuple[float, int]] = []

        def on_batch(counts):
            if not marks or marks[-1][1] < len(values):
                marks.append((time.perf_counter(), counts["consumed"]))
        alerter = Alerter(settings, rules_file, es=es)
        started = time.perf_counter()
        with hotspots:
            counts = Runner(alerter, settings, batch_size=batch_size_for("alerter", settings),
                            on_batch=on_batch).run(until_idle=True, max_seconds=3600)
        if counts["consumed"] != len(values) or counts["dead_lettered"]:
            raise SystemExit(f"alerter consumed {counts['consumed']} of {len(values)} records: {dict(counts)}")
        if len(marks) < 2:
            raise SystemExit(f"{len(values)} records fit in one batch, which is all fixed cost: raise --articles")
        (t_first, n_first), (t_last, n_last) = marks[0], marks[-1]
        events = sum(counts[a] for a in ("fire", "escalate", "replay"))
        return {"fixed_s": t_first - started, "steady_s": t_last - t_first, "steady_records": n_last - n_first,
                "events": events, "batches": len(marks)}
    finally:
        drop_namespace(es, settings)
        delete_topics(settings)


def match_actions(values: list[tuple[bytes, bytes]], rules_file: Path) -> dict[bytes, list[dict]]:
    """Per record key: the rule-match docs the rules' own ``match`` finds (built before the clock starts)."""
    rules = load_rules(rules_file).active
    out = {}
    for key, value in values:
        ea = EnrichedArticle.model_validate_json(value)
        out[key] = [{"_id": m.doc_id, **m.to_doc()} for r in rules for m in r.match(ea)]
    return out


def _bare_batch(es, producer, names, docs: list[dict], min_outlets: dict[str, int]) -> None:
    ops: list = []
    for d in docs:
        ops += [{"index": {"_index": names.matches_index, "_id": d["_id"]}},
                {k: v for k, v in d.items() if k != "_id"}]
    if not ops:
        return
    es.bulk(operations=ops, refresh=True)
    # One search per rule for all its groups' matches, one for their alerts: as batched as Elasticsearch allows.
    groups = defaultdict(set)
    for d in docs:
        groups[d["rule"]].add(d["group"])
    lo = iso(datetime.now(UTC) - timedelta(days=4))
    searches: list = []
    for rule, gs in groups.items():
        flt = [{"term": {"rule": rule}}, {"terms": {"group": sorted(gs)}}]
        searches += [{"index": names.matches_index},
                     {"query": {"bool": {"filter": flt + [{"range": {"published_at": {"gte": lo}}}]}},
                      "size": 10000, "sort": [{"published_at": "asc"}, {"article_id": "asc"}]},
                     {"index": names.alerts_index},
                     {"query": {"bool": {"filter": flt + [{"range": {"window_end": {"gte": lo}}}]}},
                      "size": 10000, "seq_no_primary_term": True}]
    responses = es.msearch(searches=searches)["responses"]
    writes: list = []
    for rule, matches in zip(groups, responses[::2]):
        by_group = defaultdict(list)
        for h in matches["hits"]["hits"]:
            by_group[h["_source"]["group"]].append(h["_source"])
        for group, hits in by_group.items():
            outlets = sorted({h["outlet"] for h in hits})
            if len(outlets) < min_outlets.get(rule, 1):
                continue
            alert_id = f"{rule}:{group}"
            writes += [{"index": {"_index": names.alerts_index, "_id": alert_id}},
                       {"alert_id": alert_id, "rule": rule, "group": group, "outlets": outlets,
                        "article_ids": [h["article_id"] for h in hits], "window_start": hits[0]["published_at"],
                        "window_end": hits[-1]["published_at"], "revision": 1, "status": "firing"}]
    if writes:
        es.bulk(operations=writes, refresh=True)
        for doc in writes[1::2]:
            producer.send(names.alerts, key=doc["alert_id"].encode(), value=orjson.dumps(doc))
        producer.flush()


def run_bare(base: Settings, values: list[tuple[bytes, bytes]], actions: dict[bytes, list[dict]],
             rules_file: Path, min_seconds: float) -> dict:
    """kafka-python + one bulk, one msearch and one bulk per batch; repeated until ``min_seconds`` are timed."""
    min_outlets = {r.name: getattr(r, "min_outlets", 1) for r in load_rules(rules_file).active}
    batch = batch_size_for("alerter", base)
    elapsed, records, rounds = 0.0, 0, 0
    while elapsed < min_seconds or rounds == 0:
        settings = _namespace(base, "b")
        ensure_topics(settings)
        es = es_client(settings)
        ensure_schema(es, settings)
        try:
            _produce(settings, values)
            consumer = kafka_consumer(settings, settings.names.group("bare-alerter"), max_poll_records=batch)
            consumer.subscribe([settings.names.enriched])
            producer = kafka_producer(settings)
            seen, first_at = 0, None
            while seen < len(values):
                polled = consumer.poll(timeout_ms=1000, max_records=batch)
                recs = [r for rs in polled.values() for r in rs]
                if not recs:
                    continue
                docs = []
                for r in recs:
                    orjson.loads(r.value)
                    docs += actions[r.key]
                _bare_batch(es, producer, settings.names, docs, min_outlets)
                consumer.commit({tp: OffsetAndMetadata(rs[-1].offset + 1, None) for tp, rs in polled.items()})
                if first_at is None:
                    first_at, first_n = time.perf_counter(), len(recs)
                seen += len(recs)
            elapsed += time.perf_counter() - first_at
            records += seen - first_n
            rounds += 1
            consumer.close()
            producer.close()
        finally:
            drop_namespace(es, settings)
            delete_topics(settings)
    return {"seconds": elapsed, "records": records, "rounds": rounds}


def rules_path(which: str) -> Path:
    if which == "realistic":
        return PROJECT_ROOT / "configs" / "alerts.yaml"
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / "alerts-bench.yaml"
    path.write_text(BENCH_RULES)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=4000)
    parser.add_argument("--outlets", type=int, default=120)
    parser.add_argument("--rules", choices=["bench", "realistic"], default="bench",
                        help="bench: pipeline_throughput.py's fire-on-every-story rule; realistic: configs/alerts.yaml")
    parser.add_argument("--runs", type=int, default=3, help="the table prints each run and the median")
    parser.add_argument("--min-seconds", type=float, default=20.0,
                        help="shortest measured time per side for a steady-state figure")
    parser.add_argument("--profile", action="store_true",
                        help="print where the alerter's run() spends its time (an extra run)")
    args = parser.parse_args()
    # The alerter logs a line per alert event (tens of thousands a run); the table is the output.
    logging.getLogger("consumers.alerter.stage").setLevel(logging.ERROR)
    base = Settings()
    rules_file = rules_path(args.rules)
    started = time.perf_counter()
    msgs = enriched_articles(args.articles, args.outlets)
    values = [(m.article.article_id.encode(), encode(m)) for m in msgs]
    actions = match_actions(values, rules_file)
    stories = len({m.story_id for m in msgs})
    del msgs
    print(f"built {args.articles} articles in {time.perf_counter() - started:.1f}s (not timed)", file=sys.stderr)
    rows = []
    for run in range(1, args.runs + 1):
        a = run_alerter(base, values, rules_file, Hotspots(False))
        b = run_bare(base, values, actions, rules_file, args.min_seconds)
        rows.append((run, a, b))
        print(f"run {run}: alerter fixed {a['fixed_s']:.2f}s + steady {a['steady_s']:.1f}s over {a['batches']} "
              f"batches, {a['events']} alert events; bare {b['seconds']:.1f}s over {b['rounds']} round(s)",
              file=sys.stderr)

    def rate_a(a):
        return a["steady_records"] / a["steady_s"]

    def rate_b(b):
        return b["records"] / b["seconds"]
    matches = sum(len(v) for v in actions.values())
    print(f"{args.articles} articles ({stories} stories, {args.outlets} outlets, {matches} rule matches) per run; "
          f"rules: {args.rules} ({rules_file.name}); batch {batch_size_for('alerter', base)} records")
    print(f"{'run':<8} {'alerter art/s':>14} {'bare art/s':>11} {'ratio':>7} {'alerter s':>10} {'bare s':>8} "
          f"{'fixed s':>8} {'events':>7}")
    for run, a, b in rows:
        short = " (short: raise --articles)" if min(a["steady_s"], b["seconds"]) < args.min_seconds else ""
        print(f"{run:<8} {rate_a(a):>14,.1f} {rate_b(b):>11,.1f} {rate_a(a) / rate_b(b):>7.2f} "
              f"{a['steady_s']:>10.1f} {b['seconds']:>8.1f} {a['fixed_s']:>8.2f} {a['events']:>7}{short}")
    print(f"{'median':<8} {statistics.median(rate_a(r[1]) for r in rows):>14,.1f} "
          f"{statistics.median(rate_b(r[2]) for r in rows):>11,.1f} "
          f"{statistics.median(rate_a(r[1]) / rate_b(r[2]) for r in rows):>7.2f}   (ratio: median of the runs' ratios)")
    print(f"fixed cost (group join, first fetch; not in the rate): median "
          f"{statistics.median(r[1]['fixed_s'] for r in rows):.2f}s")
    if args.profile:
        stage = module_path("consumers.alerter.stage")
        hotspots = Hotspots(True, steps=RUNNER_STEPS + (
            ("  match (rules' match on each article)", stage, "_match"),
            ("  write matches", module_path("consumers.alerter.rules.state"), "write_matches"),
            ("  evaluate + apply", stage, "_decide"),
        ))
        run_alerter(base, values, rules_file, hotspots)
        hotspots.report("alerter run(), an extra run not in the table")


if __name__ == "__main__":
    main()
