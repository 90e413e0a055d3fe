"""Indexer throughput: the consumer end to end (Kafka in, ES out) against ``helpers.bulk`` on the same docs.

    .venv/bin/python bench/index_throughput.py [--articles 2000] [--claims 4] [--runs 3]

Per run, two fresh namespaces (own topics, own indices, removed afterwards):

* indexer: N enriched articles are produced to ``{ns}.news.enriched`` first; the
  clock starts when ``Runner(Indexer).run(until_idle=True)`` is called (consumer
  join and fetch included) and stops when the batch holding the N-th record has
  been stored and committed (the runner's idle polls at the end are not counted);
* helpers.bulk: the same article and claim documents (``doc_hash`` and ``indexed_at``
  included), built beforehand and not timed, sent with ``elasticsearch.helpers.bulk``
  (chunk 500, one request at a time) to the other namespace's aliases. Neither side
  asks for a refresh (the indices' own ``refresh_interval`` applies to both); the
  indexer also pays for Kafka, decoding, the lookup and external versions.

docs/s counts article + claim documents. The table shows each run and the median.
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

from elasticsearch import helpers  # noqa: E402

from consumers.indexer.stage import Indexer, _doc_hash, _utc, article_doc, claim_docs  # noqa: E402
from consumers.runner import Runner  # noqa: E402
from newsradar.es_schema import drop_namespace, ensure_schema  # noqa: E402
from newsradar.clients import delete_topics, ensure_topics, es_client, kafka_producer  # noqa: E402
from newsradar.schema import encode  # noqa: E402
from newsradar.settings import Settings  # noqa: E402
from newsradar.lemmas import lemmatise  # noqa: E402
from tests.samples.indexed_articles import sample_article  # noqa: E402


def _namespace(base: Settings, tag: str) -> Settings:
    return base.model_copy(update={"namespace": f"bench{tag}{uuid.uuid4().hex[:8]}"})


def run_indexer(base: Settings, msgs) -> float:
    settings = _namespace(base, "i")
    ensure_topics(settings)
    es = es_client(settings)
    ensure_schema(es, settings)
    try:
        producer = kafka_producer(settings)
        for m in msgs:
            producer.send(settings.names.enriched, key=m.article.article_id.encode(), value=encode(m))
        producer.flush()
        producer.close()
        done: dict[str, float] = {}

        def on_batch(counts):
            if counts["consumed"] >= len(msgs) and "t" not in done:
                done["t"] = time.perf_counter()
        indexer = Indexer(settings, es=es)
        started = time.perf_counter()
        counts = Runner(indexer, settings, batch_size=500, on_batch=on_batch).run(until_idle=True, max_seconds=600)
        if counts["indexed"] != len(msgs):
            raise SystemExit(f"indexer stored {counts['indexed']} of {len(msgs)} articles: {dict(counts)}")
        return done["t"] - started
    finally:
        drop_namespace(es, settings)
        delete_topics(settings)


def run_helpers_bulk(base: Settings, msgs) -> float:
    settings = _namespace(base, "b")
    es = es_client(settings)
    ensure_schema(es, settings)
    names = settings.names
    actions = []
    now = _utc(datetime.now(UTC))
    for m in msgs:
        # The very documents the indexer writes: same lemmas, doc_hash and indexed_at fields.
        doc, claims = article_doc(m, lemmatise), claim_docs(m, lemmatise)
        doc["doc_hash"] = _doc_hash(doc, claims)
        doc["indexed_at"] = now
        actions.append({"_index": names.articles_index, "_id": m.article.article_id, "_source": doc})
        actions += [{"_index": names.claims_index, "_id": cid, "_source": cdoc} for cid, cdoc in claims]
    try:
        started = time.perf_counter()
        ok, errors = helpers.bulk(es, actions, chunk_size=500, raise_on_error=True)
        elapsed = time.perf_counter() - started
        assert ok == len(actions), errors
        return elapsed
    finally:
        drop_namespace(es, settings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--claims", type=int, default=4, help="claims per article")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    base = Settings()
    msgs = [sample_article(i, claims=args.claims) for i in range(args.articles)]
    docs = args.articles * (1 + args.claims)
    rows = []
    for run in range(1, args.runs + 1):
        t_indexer = run_indexer(base, msgs)
        t_bulk = run_helpers_bulk(base, msgs)
        rows.append((run, docs / t_indexer, docs / t_bulk))
        print(f"run {run}: indexer {t_indexer:.2f}s, helpers.bulk {t_bulk:.2f}s", file=sys.stderr)
    med_i = statistics.median(r[1] for r in rows)
    med_b = statistics.median(r[2] for r in rows)
    print(f"{args.articles} articles x (1 + {args.claims} claims) = {docs} docs per run")
    print(f"{'run':<8} {'indexer docs/s':>15} {'helpers.bulk docs/s':>20} {'ratio':>7}")
    for run, i, b in rows:
        print(f"{run:<8} {i:>15,.0f} {b:>20,.0f} {i / b:>7.2f}")
    print(f"{'median':<8} {med_i:>15,.0f} {med_b:>20,.0f} {med_i / med_b:>7.2f}   (target >= 0.90)")


if __name__ == "__main__":
    main()
