"""The enricher's parent process CPU an article, offline: the child's spaCy replaced by its recorded outputs.

    .venv/bin/python bench/enrich_parent_cpu.py [--reps 5] [--articles N] [--profile FILE]

On two cores every millisecond the parent spends is taken from the spaCy child or from
Elasticsearch, and the throughput bench's rates swing more with the machine's load than
such milliseconds move them; CPU time does not. So the parent runs here as in production
(``Enricher`` with its story and claim clusterers on a fresh namespace of Elasticsearch,
its outputs published by the runner's ``_publish`` to that namespace's ``news.enriched``,
the rules finishing the child's Docs, ``parent_rules``) but its spaCy process returns the
parsed Docs recorded once for the English corpus articles (cached in ``--cache``, recorded
by ``Extractor.parse``, the child's own code), so the articles still travel to a child
process and back as pickles and DocBins. Each repetition
decodes the records as the runner does, hands each batch to ``prefetch`` then
``process``, and publishes, under the collector's threshold the runner sets for the
stage; its CPU (``time.process_time``, every thread of this process) over the
articles is reported, and the minimum of the repetitions is the figure.

Each repetition also prints a digest of what it published (key, value, headers of every
record, in order) and of the story and claim-signature documents it stored (without their
``assigned_at``), so a change can show that it left the outputs byte for byte alone. The
records are the corpus's: nothing of their text is written outside the cache.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))   # after PYTHONPATH, so a run can measure another checkout's code

FETCHED_AT = datetime(2026, 12, 4, tzinfo=UTC)
_RECORDED: dict | None = None    # the replay child's recorded parses by article_id


def _replay_load(path: str) -> None:
    """The replay child's initializer: the recorded outputs stand in for the model."""
    global _RECORDED
    _RECORDED = pickle.loads(Path(path).read_bytes())
    from spacy.vocab import Vocab  # noqa: PLC0415
    _Replay.vocab = Vocab()
    from consumers.enricher import extract_process  # noqa: PLC0415
    extract_process._EXTRACTOR = _Replay()


class _Replay:
    vocab = None    # the Docs' strings travel with them: a blank vocabulary reads them

    def parse(self, articles, languages=None):
        """As ``Extractor.parse``: the skipped articles' Enrichments, the piped ones' (index, text, title end), Docs."""
        from consumers.enricher.parent_rules import unpacked  # noqa: PLC0415

        results, todo, docs = [], [], []
        for i, article in enumerate(articles):
            skipped, piped = _RECORDED[article.article_id]
            results.append(skipped)
            if piped is not None:
                text, title_end, data = piped
                todo.append((i, text, title_end))
                docs += unpacked(data, self.vocab)
        return results, todo, docs


def _replay_extractor(path: str, model: str, batch_size: int):
    """An ``ExtractorProcess`` whose child replays ``path`` instead of loading spaCy's model; its rules are real."""
    import multiprocessing  # noqa: PLC0415
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    from consumers.enricher.extract_process import ExtractorProcess, _ready  # noqa: PLC0415
    from consumers.enricher.parent_rules import ParentRules  # noqa: PLC0415

    extractor = ExtractorProcess.__new__(ExtractorProcess)
    extractor._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                          initializer=_replay_load, initargs=(path,))
    extractor._pool.submit(_ready).result()
    extractor._rules = ParentRules(model, batch_size)
    return extractor


def record(articles: list, path: Path) -> None:
    """Run the real child's half of the extractor once over ``articles`` and keep what it ships, article by article."""
    from consumers.enricher.nlp.pipeline import Extractor  # noqa: PLC0415
    from consumers.enricher.parent_rules import packed  # noqa: PLC0415
    from newsradar.settings import Settings  # noqa: PLC0415

    cfg = Settings().enrich
    extractor = Extractor(model=cfg.model, batch_size=cfg.chunk_size, n_process=cfg.n_process,
                          max_chars=cfg.max_chars)
    out = {}
    for start in range(0, len(articles), cfg.chunk_size):
        chunk = articles[start:start + cfg.chunk_size]
        results, todo, docs = extractor.parse(chunk)
        piped = {i: (text, title_end, packed([doc])) for (i, text, title_end), doc in zip(todo, docs)}
        out.update((a.article_id, (results[i], piped.get(i))) for i, a in enumerate(chunk))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(out))


def _es_digest(es, index: str) -> str:
    import orjson  # noqa: PLC0415
    from elasticsearch import helpers  # noqa: PLC0415

    es.indices.refresh(index=index)
    docs = sorted((h["_id"], {k: v for k, v in h["_source"].items() if k != "assigned_at"})
                  for h in helpers.scan(es, index=index, query={"query": {"match_all": {}}}))
    h = hashlib.sha256()
    for _id, src in docs:
        h.update(_id.encode() + orjson.dumps(src, option=orjson.OPT_SORT_KEYS))
    return f"{h.hexdigest()[:16]} ({len(docs)} docs)"


def one_rep(articles: list, cache: str, profile: str | None) -> dict:
    from kafka.consumer.fetcher import ConsumerRecord  # noqa: PLC0415

    from consumers.enricher.claim_clusters import ClaimClusterer  # noqa: PLC0415
    from consumers.enricher.stage import Enricher  # noqa: PLC0415
    from consumers.enricher.stories import StoryClusterer  # noqa: PLC0415
    from consumers.runner import Item, Runner  # noqa: PLC0415
    from consumers.young_gc import young_gc_threshold  # noqa: PLC0415
    from newsradar.clients import delete_topics, ensure_topics, es_client  # noqa: PLC0415
    from newsradar.es_schema import drop_namespace, ensure_schema  # noqa: PLC0415
    from newsradar.schema import Article, decode, encode  # noqa: PLC0415
    from newsradar.settings import Settings  # noqa: PLC0415

    settings = Settings().model_copy(update={"namespace": f"benchcpu{uuid.uuid4().hex[:8]}"})
    records = [ConsumerRecord(settings.names.raw, 0, -1, n, 0, 0, a.article_id.encode(), encode(a), [], None,
                              64, 0, 0) for n, a in enumerate(articles)]
    published = hashlib.sha256()
    size = settings.enrich.batch_size
    es = es_client(settings)
    enricher = runner = None
    try:
        ensure_topics(settings)
        ensure_schema(es, settings)
        enricher = Enricher(settings, extractor=_replay_extractor(cache, settings.enrich.model,
                                                                  settings.enrich.chunk_size),
                            clusterer=StoryClusterer(es, settings),
                            claim_clusterer=ClaimClusterer(es, settings))
        runner = Runner(enricher, settings)
        runner._connect()    # the stage's consumer and producer as the runner makes them; only the producer is used
        profiler = None
        if profile:
            from bench.hotspots import Hotspots  # noqa: PLC0415
            profiler = Hotspots(True)
            profiler.__enter__()
        cpu, wall = time.process_time(), time.perf_counter()
        with young_gc_threshold(getattr(enricher, "young_gc_threshold", None)):    # as ``Runner.run`` does
            for start in range(0, len(records), size):
                items = [Item(r, decode(Article, r.value)) for r in records[start:start + size]]
                enricher.prefetch(items)
                result = enricher.process(items)
                assert not result.failed, result.failed
                runner._publish(result.outputs)
                for o in result.outputs:
                    published.update(o.key + b"\0" + o.value + b"\0" + repr(o.headers).encode())
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        if profiler is not None:
            profiler.__exit__(None, None, None)
            import pstats  # noqa: PLC0415
            pstats.Stats(*profiler._profiles).dump_stats(profile)
        return {"cpu_ms": 1000 * cpu / len(articles), "wall_s": wall, "published": published.hexdigest()[:16],
                "stories": _es_digest(es, settings.names.stories_index),
                "claims": _es_digest(es, settings.names.claim_signatures_index)}
    finally:
        for part in (enricher, runner):
            if part is not None:
                part.close()
        drop_namespace(es, settings)
        delete_topics(settings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--articles", type=int, default=0, help="0: every English corpus article")
    parser.add_argument("--cache", default=os.environ.get("TMPDIR", "/tmp") + "/newsradar-enrich-replay-docs.pkl",
                        help="the recorded parses, Extractor.parse's (made on first use; outside the repo: the text is "
                             "the corpus's)")
    parser.add_argument("--profile", help="write a cProfile of every thread of the last repetition to this file")
    args = parser.parse_args()

    path = list(sys.path)
    from bench.enrich_throughput import corpus_articles  # noqa: PLC0415
    sys.path[:] = path       # it puts its own checkout first; the code measured is PYTHONPATH's

    articles, source = corpus_articles(args.articles or None)
    # Parsed "now": an article without a date would differ from one run to the next, and so would its digest.
    articles = [a.model_copy(update={"fetched_at": FETCHED_AT, **({"published_at": FETCHED_AT}
                                                                  if a.published_at_estimated else {})})
                for a in articles]
    cache = Path(args.cache)
    if not cache.exists():
        print(f"recording the extractor's outputs for {len(articles)} articles into {cache}", file=sys.stderr)
        record(articles, cache)
    rows = []
    for rep in range(1, args.reps + 1):
        row = one_rep(articles, str(cache), args.profile if rep == args.reps else None)
        rows.append(row)
        print(f"rep {rep}: {row['cpu_ms']:.3f} ms CPU an article, {row['wall_s']:.1f} s wall; published "
              f"{row['published']}, stories {row['stories']}, claim signatures {row['claims']}", flush=True)
    print(f"{len(articles)} articles from {source}; parent CPU an article: min {min(r['cpu_ms'] for r in rows):.3f} ms "
          f"over {len(rows)} repetitions; load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
