"""Indexer throughput in steady state: the consumer (Kafka in, ES out) against ``helpers.bulk`` on the same docs.

    .venv/bin/python bench/index_throughput.py [--articles 30000] [--claims 4] [--runs 3] [--profile]
        [--compression lz4|gzip|none]

Per run, fresh namespaces (own topics, own indices, removed afterwards):

* indexer: N enriched articles are produced to ``{ns}.news.enriched`` first, in the enricher's
  codec and producer batches; then
  ``Runner(Indexer)`` is run as ``newsradar consume indexer`` runs it (batch =
  ``index.bulk_max_docs``). The time from ``run()`` to the first committed batch
  (group join, first fetch, the month's write indices) is a fixed cost, printed on
  its own line; the steady rate counts the documents of every later batch over the
  time from that first commit to the commit of the batch holding the N-th record
  (the runner's idle polls at the end are not counted);
* helpers.bulk: the same article and claim documents (``doc_hash`` and ``indexed_at``
  included), built beforehand and not timed, sent with ``elasticsearch.helpers.bulk``
  (chunk 500, one request at a time) to another namespace's aliases; repeated into a
  fresh namespace until it has run ``--min-seconds`` in all, so both sides are
  measured over a similar length. Neither side asks for a refresh (the indices'
  own ``refresh_interval`` applies to both); the indexer also pays for Kafka,
  decoding and ``create`` (an existence check per document, as an index with an id has).

docs/s counts article + claim documents. Each side's client CPU a document (``time.process_time``,
every thread of the bench process, over the same window) is printed beside: it moves less with the
machine's load than the rates do, and on a machine whose cores Elasticsearch shares it is what the
indexer's own work costs the writes. A side that ran shorter than
``--min-seconds`` is flagged: raise ``--articles``. ``--profile`` adds one indexer run,
not counted in the table (cProfile slows the Python it watches), and prints where its
``run()`` spends its time (every thread, by area and by step, then the top functions;
the fixed cost is inside it, the idle polls at the end too).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import orjson  # noqa: E402
from elasticsearch import helpers  # noqa: E402

from bench.hotspots import RUNNER_STEPS, Hotspots, module_path  # noqa: E402
from consumers.enricher.stage import Enricher  # noqa: E402
from consumers.indexer.stage import Indexer  # noqa: E402
from newsradar.index_documents import article_doc, claim_docs, encode_carrying, serialised  # noqa: E402
from consumers.runner import Runner  # noqa: E402
from flows.pipeline import batch_size_for  # noqa: E402
from newsradar.clock import iso  # noqa: E402
from newsradar.es_schema import drop_namespace, ensure_schema  # noqa: E402
from newsradar.clients import delete_topics, ensure_topics, es_client, kafka_producer  # noqa: E402
from newsradar.schema import EnrichedArticle, decode_shape  # noqa: E402
from newsradar.settings import Settings  # noqa: E402
from newsradar.lemmas import lemmatise  # noqa: E402
from tests.samples.indexed_articles import sample_article  # noqa: E402


def _namespace(base: Settings, tag: str) -> Settings:
    return base.model_copy(update={"namespace": f"bench{tag}{uuid.uuid4().hex[:8]}"})


def run_indexer(base: Settings, values: list[tuple[bytes, bytes]], per_article_docs: int,
                hotspots: Hotspots, compression: str | None) -> dict:
    """Fixed cost (to the first commit) and steady docs/s (first commit to last) of the real consumer."""
    settings = _namespace(base, "i")
    ensure_topics(settings)
    es = es_client(settings)
    ensure_schema(es, settings)
    try:
        # As the enricher publishes: its codec and its producer batches. A record is some 11 kB, so
        # kafka-python's 16 kB default held one a batch, each read back with a batch's own header, CRC and
        # lz4 frame: 15.7 us a record consumed against 10.0 in the enricher's batches.
        producer = kafka_producer(settings, compression_type=compression, batch_size=Enricher.output_batch_bytes)
        for key, value in values:
            producer.send(settings.names.enriched, key=key, value=value)
        producer.flush()
        producer.close()
        marks: list[tuple[float, float, int]] = []

        def on_batch(counts):
            if not marks or marks[-1][2] < len(values):
                marks.append((time.perf_counter(), time.process_time(), counts["consumed"]))
        indexer = Indexer(settings, es=es)
        started = time.perf_counter()
        with hotspots:
            counts = Runner(indexer, settings, batch_size=batch_size_for("indexer", settings),
                            on_batch=on_batch).run(until_idle=True, max_seconds=1800)
        indexer.close()
        if counts["indexed"] != len(values):
            raise SystemExit(f"indexer stored {counts['indexed']} of {len(values)} articles: {dict(counts)}")
        if len(marks) < 2:
            raise SystemExit(f"{len(values)} articles fit in one batch, which is all fixed cost: raise --articles")
        (t_first, cpu_first, n_first), (t_last, cpu_last, n_last) = marks[0], marks[-1]
        return {"fixed_s": t_first - started, "steady_s": t_last - t_first, "cpu_s": cpu_last - cpu_first,
                "steady_docs": (n_last - n_first) * per_article_docs, "batches": len(marks)}
    finally:
        drop_namespace(es, settings)
        delete_topics(settings)


def bulk_actions(base: Settings, values: list[tuple[bytes, bytes]]) -> list[dict]:
    names = base.names
    actions = []
    now = iso(datetime.now(UTC))
    for _key, value in values:
        # The very documents the indexer writes, from the very records: same lemmas, doc_hash and indexed_at fields.
        m = decode_shape(EnrichedArticle, value)
        doc = article_doc(m, lemmatise)
        docs = serialised(doc, claim_docs(m, lemmatise, doc["entities"]), now)
        actions.append({"_index": names.articles_index, "_id": m["article"]["article_id"],
                        "_source": orjson.loads(docs.article)})
        actions += [{"_index": names.claims_index, "_id": cid, "_source": orjson.loads(body)}
                    for cid, body in docs.claims]
    return actions


def run_helpers_bulk(base: Settings, actions: list[dict], min_seconds: float) -> dict:
    """helpers.bulk of ``actions``, repeated into fresh namespaces until ``min_seconds`` have been timed."""
    elapsed, cpu, docs, rounds = 0.0, 0.0, 0, 0
    prefix = base.names.articles_index.removesuffix("news-articles")
    while elapsed < min_seconds or rounds == 0:
        settings = _namespace(base, "b")
        es = es_client(settings)
        ensure_schema(es, settings)
        names = settings.names
        rename = {f"{prefix}news-articles": names.articles_index, f"{prefix}news-claims": names.claims_index}
        mine = [{**a, "_index": rename[a["_index"]]} for a in actions]
        try:
            started, cpu_started = time.perf_counter(), time.process_time()
            ok, errors = helpers.bulk(es, mine, chunk_size=500, raise_on_error=True)
            elapsed += time.perf_counter() - started
            cpu += time.process_time() - cpu_started
            assert ok == len(mine), errors
            docs += ok
            rounds += 1
        finally:
            drop_namespace(es, settings)
    return {"seconds": elapsed, "cpu_s": cpu, "docs": docs, "rounds": rounds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=30000)
    parser.add_argument("--claims", type=int, default=4, help="claims per article")
    parser.add_argument("--runs", type=int, default=3, help="the table prints each run and the median")
    parser.add_argument("--min-seconds", type=float, default=20.0,
                        help="shortest measured time per side for a steady-state figure")
    parser.add_argument("--bulk-docs", type=int, default=None,
                        help="index.bulk_max_docs for the indexer (also its batch, as `newsradar consume` sets it); "
                             "default: the settings'")
    parser.add_argument("--compression", choices=["lz4", "gzip", "none"], default=Enricher.output_compression,
                        help="codec of the produced news.enriched records; default: the enricher's")
    parser.add_argument("--profile", action="store_true",
                        help="print where the indexer's steady window spends its time (last run)")
    args = parser.parse_args()
    compression = None if args.compression == "none" else args.compression
    base = Settings()
    if args.bulk_docs:
        base = base.model_copy(update={"index": base.index.model_copy(update={"bulk_max_docs": args.bulk_docs})})
    started = time.perf_counter()
    msgs = [sample_article(i, claims=args.claims) for i in range(args.articles)]
    # As the enricher publishes them: carrying their documents (schema 4).
    values = [(m.article.article_id.encode(), encode_carrying(m, lemmatise)) for m in msgs]
    actions = bulk_actions(base, values)
    del msgs
    print(f"built {args.articles} articles in {time.perf_counter() - started:.1f}s (not timed)", file=sys.stderr)
    per_article = 1 + args.claims
    rows = []
    for run in range(1, args.runs + 1):
        i = run_indexer(base, values, per_article, Hotspots(False), compression)
        b = run_helpers_bulk(base, actions, args.min_seconds)
        rows.append((run, i, b))
        print(f"run {run}: indexer fixed {i['fixed_s']:.2f}s + steady {i['steady_s']:.1f}s over {i['batches']} "
              f"batches; helpers.bulk {b['seconds']:.1f}s over {b['rounds']} round(s)", file=sys.stderr)

    def rate_i(i):
        return i["steady_docs"] / i["steady_s"]

    def rate_b(b):
        return b["docs"] / b["seconds"]
    print(f"{args.articles} articles x (1 + {args.claims} claims) = {args.articles * per_article} docs per run; "
          f"batch {batch_size_for('indexer', base)} records; news.enriched {args.compression}")
    print(f"{'run':<8} {'indexer docs/s':>15} {'helpers.bulk docs/s':>20} {'ratio':>7} {'indexer s':>10} "
          f"{'bulk s':>8} {'fixed s':>8} {'client CPU us/doc (indexer, bulk)':>34}")
    for run, i, b in rows:
        short = " (short: raise --articles)" if min(i["steady_s"], b["seconds"]) < args.min_seconds else ""
        cpu = f"{i['cpu_s'] / i['steady_docs'] * 1e6:.0f}, {b['cpu_s'] / b['docs'] * 1e6:.0f}"
        print(f"{run:<8} {rate_i(i):>15,.0f} {rate_b(b):>20,.0f} {rate_i(i) / rate_b(b):>7.2f} "
              f"{i['steady_s']:>10.1f} {b['seconds']:>8.1f} {i['fixed_s']:>8.2f} {cpu:>34}{short}")
    med_i = statistics.median(rate_i(r[1]) for r in rows)
    med_b = statistics.median(rate_b(r[2]) for r in rows)
    ratio = statistics.median(rate_i(r[1]) / rate_b(r[2]) for r in rows)
    print(f"{'median':<8} {med_i:>15,.0f} {med_b:>20,.0f} {ratio:>7.2f}   (ratio: median of the runs' ratios; "
          f"target >= 0.90)")
    print(f"fixed cost (group join, first fetch, write indices; not in the rate): median "
          f"{statistics.median(r[1]['fixed_s'] for r in rows):.2f}s")
    print(f"client CPU a document (every thread of the process, steady window): indexer median "
          f"{statistics.median(r[1]['cpu_s'] / r[1]['steady_docs'] for r in rows) * 1e6:.0f} us, helpers.bulk "
          f"{statistics.median(r[2]['cpu_s'] / r[2]['docs'] for r in rows) * 1e6:.0f} us: on a machine whose "
          f"cores Elasticsearch also uses, the indexer's extra CPU is throughput Elasticsearch does not get")
    if args.profile:
        # An extra run, out of the table: cProfile slows the Python it watches, not Elasticsearch.
        # The indexer parses with its own decode_record (decode_shape), not schema.decode.
        steps = tuple(("decode + shape check (Runner._decode)", module_path("consumers.runner"), "_decode")
                      if name == "decode" else (label, where, name) for label, where, name in RUNNER_STEPS)
        hotspots = Hotspots(True, steps=steps + (
            ("  backing indices (alias)", module_path("consumers.indexer.stage"), "_backing_indices"),
            ("  plan: build docs, lemmas, hash", module_path("consumers.indexer.stage"), "_plan_created"),
            ("  write parts (plans + waits on bulks)", module_path("consumers.indexer.stage"), "_write_parts_pipelined"),
            ("  create bulks (one bulk stream a part)", module_path("consumers.indexer.stage"), "_write_created"),
        ))
        run_indexer(base, values, per_article, hotspots, compression)
        hotspots.report("indexer run(), an extra run not in the table")


if __name__ == "__main__":
    main()
