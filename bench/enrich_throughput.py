"""Enricher throughput: the consumer end to end (Kafka in, Kafka out, story state in ES) against bare ``nlp.pipe``.

    .venv/bin/python bench/enrich_throughput.py [--articles N] [--runs 3] [--no-components] [--profile]

Texts: the English articles of the real feed corpus (``../shared/corpus/feeds/*.xml``,
parsed by ``producers.parser.parse_feed``, deduplicated by article_id, language
decided as the extractor decides it) so that every article goes through spaCy on
both sides; generated texts when the corpus is absent. Per run, each side runs in
its own child process, so its peak memory (VmHWM) is its own (the enricher's: its
own plus that of its spaCy process, ``enrich.extract_in_child``, a sum of two peaks):

* enricher: N articles are produced to a fresh namespace's ``news.raw`` (topics by
  ``ensure_topics``, indices by ``ensure_schema``); the child builds
  the enricher as the pipeline does (``flows.pipeline.build_stage``: story and claim
  clustering included; model load timed
  apart, a fixed cost), then ``Runner(...).run(until_idle=True)``: the time to the
  first committed batch (group join, first fetch, first batch) is a fixed cost too,
  and the rate counts the later records over the time from that commit to the one of
  the batch holding the N-th record (published, flushed, acknowledged by the broker,
  committed); the runner's idle polls at the end are not counted;
* nlp.pipe: ``spacy.load(model)`` (the stock model, no NewsRadar components), the
  same texts the extractor pipes (``truncate(article.text, max_chars)``), the same
  spaCy ``batch_size`` (the enricher's ``enrich.chunk_size``: what one ``nlp.pipe``
  call of the enricher gets) and ``n_process``; timed the same way: the first batch
  is a fixed cost, the rate counts the rest;
* nlp.pipe + components (unless ``--no-components``): the same with ``build_nlp``,
  i.e. the model the extractor runs; it shows how much of the gap is the
  NewsRadar spaCy components rather than the consumer around them.

words/s counts whitespace-separated words of the piped texts (the corpus mean per
article). The table shows each run and the median; the ratio is enricher / bare
nlp.pipe per run, then their median (target >= 0.85), and the enricher child's peak
RSS (target <= 700 MB). A steady window shorter than ``--min-seconds`` (20) is flagged.
Each side's spaCy thread (the enricher's: its spaCy process's) is split over the steady
window into time on a CPU, time waiting in the run queue for one (the machine's other
work taking it) and idle time (no texts handed to it), from ``/proc/<pid>/schedstat``;
the enricher's parent process's CPU an article is printed beside it, and so are the services'
(``bench/service_load.py``) over the same window: the Elasticsearch and Kafka JVMs' CPU (from
/proc, whole processes: another client's work is in them) and Elasticsearch's searches, fetches,
indexing, gets and refreshes with their times, from the node's stats (every client) and from this
run's namespace indices (the enricher's alone).
``--profile`` adds one enricher run, not counted in the table (cProfile slows spaCy's
Python parts), and prints where its ``run()`` spends its time (main thread by area,
the other threads apart, by step, the top functions). Namespaces are
removed afterwards.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpus" / "feeds"


def _peak_rss_mb() -> float:
    """This process's RSS high-water mark (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource  # noqa: PLC0415 - not Linux: ru_maxrss is KB on Linux, bytes on macOS
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _schedstat(pid: int | str = "self") -> tuple[float, float]:
    """Seconds a process's main thread has run on a CPU and waited in the run queue for one.

    Over a window, the rest of the wall time is time it had nothing to run: for the spaCy
    process, waiting for the parent to hand it a chunk.
    """
    run_ns, wait_ns, _slices = Path(f"/proc/{pid}/schedstat").read_text().split()
    return int(run_ns) / 1e9, int(wait_ns) / 1e9


def _share(start: tuple[float, ...], end: tuple[float, ...]) -> dict:
    """``start``/``end``: (wall, run, wait) marks of one thread; its window split into run, wait and idle."""
    wall, run, wait = (b - a for a, b in zip(start, end))
    return {"run": run / wall, "wait": wait / wall, "idle": max(0.0, 1 - (run + wait) / wall)}


def _children_peak_rss_mb() -> float:
    """The largest RSS high-water mark of this process's exited children (the spaCy process), in MB."""
    import resource  # noqa: PLC0415

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


# -- corpus --------------------------------------------------------------------------


def corpus_articles(limit: int | None) -> tuple[list, str]:
    """English ``Article``s of the feed corpus, or generated ones; and where they came from."""
    from consumers.enricher.nlp.language import decide_language  # noqa: PLC0415
    from newsradar.schema import Article  # noqa: PLC0415

    articles: dict[str, Article] = {}
    source = "generated"
    if CORPUS.is_dir() and any(CORPUS.glob("*.xml")):
        from producers.config import FeedSpec  # noqa: PLC0415
        from producers.parser import parse_feed  # noqa: PLC0415

        now = datetime.now(UTC)
        for path in sorted(CORPUS.glob("*.xml")):
            spec = FeedSpec(id=path.stem, url=f"https://feeds.invalid/{path.name}", group="bench",
                            outlet=path.stem, language=None, interval_s=900.0, fetch_full_text=False,
                            allow_private=False)
            for item in parse_feed(path.read_bytes(), spec, fetched_at=now).items:
                article = Article.model_validate_json(item.value)
                articles.setdefault(article.article_id, article)
        source = f"{CORPUS} ({len(articles)} articles)"
    english = [a for a in articles.values() if decide_language(a.language, a.text)[0] == "en"]
    if not english:
        english = _generated(limit or 1000)
    if limit:
        base = list(english)
        while len(english) < limit:       # more than the corpus holds: repeat it under new ids
            k = len(english) // len(base)
            english += [_renamed(a, k) for a in base[: limit - len(english)]]
        english = english[:limit]
    return english, source


def _renamed(article, k: int):
    from newsradar.schema import article_id_for  # noqa: PLC0415
    url = f"{article.canonical_url}#copy{k}"
    return article.model_copy(update={"url": url, "canonical_url": url, "article_id": article_id_for(url)})


def _generated(n: int) -> list:
    from newsradar.schema import Article, article_id_for  # noqa: PLC0415

    people = ["Olaf Scholz", "Joe Biden", "Ursula von der Leyen", "Narendra Modi", "Emmanuel Macron"]
    places = ["Berlin", "Kyiv", "Washington", "Nairobi", "Jakarta"]
    out = []
    now = datetime.now(UTC)
    for i in range(n):
        who, where = people[i % len(people)], places[i % len(places)]
        title = f"{who} says talks in {where} will resume next week"
        body = (f"{who} said on Tuesday that talks in {where} would resume next week. "
                f"“We are ready to sign a deal worth $3.{i % 9} billion,” {who.split()[-1]} told reporters. "
                f"According to officials, {100 + i} people attended the meeting. "
                f"The ministry confirmed the deaths of {i % 20 + 2} soldiers near {where}.")
        url = f"https://example.invalid/{i}"
        out.append(Article(article_id=article_id_for(url), url=url, canonical_url=url, outlet=f"outlet{i % 7}",
                           feed_id="gen", feed_url="https://example.invalid/feed", title=title, body=body,
                           published_at=now, fetched_at=now, language="en", content_hash=str(i)))
    return out


# -- children -------------------------------------------------------------------------


class Mark(NamedTuple):
    wall: float
    consumed: int
    cpu: float                       # this process's CPU, every thread
    sched: tuple[float, float]       # the spaCy thread's (run, wait), ``_schedstat``
    load: dict                       # the services' counters, ``ServiceLoad.mark``


class SteadyWindow:
    """The enricher's steady window, from the end of the first batch to the end of the one holding the
    ``expected``-th record, as the runner's ``on_batch`` calls mark it; batches in between are not marked.

    The services' mark asks Elasticsearch for its node and index stats over HTTP: taken before the clocks when
    the window opens and after them when it closes, so those calls are not in the timed window.
    """

    def __init__(self, expected: int, clocks: Callable[[], tuple[float, float, tuple[float, float]]],
                 services: Callable[[], dict]) -> None:
        self.expected = expected
        self._clocks = clocks
        self._services = services
        self.first: Mark | None = None
        self.last: Mark | None = None

    def on_batch(self, counts) -> None:
        if self.last is not None:
            return
        if self.first is None:
            load = self._services()
            wall, cpu, sched = self._clocks()
            self.first = Mark(wall, counts["consumed"], cpu, sched, load)
        elif counts["consumed"] >= self.expected:
            wall, cpu, sched = self._clocks()
            self.last = Mark(wall, counts["consumed"], cpu, sched, self._services())


def child_enricher(namespace: str, expected: int, profile: bool) -> dict:
    import multiprocessing  # noqa: PLC0415

    from bench.hotspots import RUNNER_STEPS, Hotspots, module_path  # noqa: PLC0415
    from bench.service_load import ServiceLoad  # noqa: PLC0415
    from consumers.runner import Runner  # noqa: PLC0415
    from flows.pipeline import build_stage  # noqa: PLC0415
    from newsradar.settings import Settings  # noqa: PLC0415

    settings = Settings().model_copy(update={"namespace": namespace})
    loading = time.perf_counter()
    # Built as the pipeline builds it, so the bench measures what production runs (claim clusters included).
    enricher = build_stage("enricher", settings)
    load_s = time.perf_counter() - loading
    # The spaCy process (enrich.extract_in_child), or this one when spaCy runs here.
    spacy_pid = next((p.pid for p in multiprocessing.active_children()), "self")
    window = SteadyWindow(expected, lambda: (time.perf_counter(), time.process_time(), _schedstat(spacy_pid)),
                          ServiceLoad(settings).mark)
    runner = Runner(enricher, settings, batch_size=settings.enrich.batch_size, on_batch=window.on_batch)
    in_this_process = () if settings.enrich.extract_in_child else (
        ("  spaCy + components in this process (Extractor.enrich)", module_path("consumers.enricher.nlp.pipeline"),
         "enrich"),)
    hotspots = Hotspots(profile, steps=RUNNER_STEPS + in_this_process + (
        ("  handing the next batch to the spaCy process (prefetch)", module_path("consumers.enricher.stage"),
         "prefetch"),
        ("  a chunk's wait for spaCy + clustering, worker thread", module_path("consumers.enricher.stage"), "_finish"),
        ("  waiting for the clusterers' last chunk", module_path("consumers.enricher.stage"), "_outcome"),
        ("  clusterers + encode, worker thread", module_path("consumers.enricher.stage"), "_cluster_and_encode"),
        ("  story clustering (StoryClusterer.assign)", module_path("consumers.enricher.stories"), "assign"),
        ("  claim clustering (ClaimClusterer.assign)", module_path("consumers.enricher.claim_clusters"), "assign"),
        ("    of which refreshing the signatures index", module_path("consumers.enricher.claim_clusters"), "_refresh"),
        ("  encode outputs (encode_carrying)", module_path("newsradar.index_documents"), "encode_carrying"),
    ))
    started = time.perf_counter()
    with hotspots:
        counts = runner.run(until_idle=True, max_seconds=1800)
    hotspots.report("enricher run() (Kafka in, spaCy, stories, Kafka out)")
    enricher.close()     # joins the spaCy process, so its peak counts among this process's children
    first, last = window.first, window.last
    if last is None:
        if first is not None and first.consumed >= expected:
            raise SystemExit(f"{expected} articles fit in one batch, which is all fixed cost: raise --articles")
        raise SystemExit(f"enricher consumed {counts['consumed']} of {expected} records: {dict(counts)}")
    n = last.consumed - first.consumed
    return {"load_s": load_s, "fixed_s": first.wall - started, "seconds": last.wall - first.wall, "n": n,
            "counts": dict(counts), "peak_mb": _peak_rss_mb() + _children_peak_rss_mb(),
            "spacy": _share((first.wall, *first.sched), (last.wall, *last.sched)),
            "parent_cpu_ms": 1000 * (last.cpu - first.cpu) / n,
            "services": {k: (last.load[k] - first.load[k]) / n for k in first.load}}


def child_pipe(texts_file: str, components: bool) -> dict:
    import spacy  # noqa: PLC0415

    from consumers.enricher.nlp.pipeline import build_nlp  # noqa: PLC0415
    from newsradar.settings import Settings  # noqa: PLC0415

    cfg = Settings().enrich
    texts = json.loads(Path(texts_file).read_text(encoding="utf-8"))
    loading = time.perf_counter()
    nlp = build_nlp(cfg.model) if components else spacy.load(cfg.model)
    load_s = time.perf_counter() - loading
    # Timed like the enricher: the first batch is the fixed cost, the rate counts the rest.
    started = time.perf_counter()
    first = None
    n = 0
    for n, _doc in enumerate(nlp.pipe(texts, batch_size=cfg.chunk_size, n_process=cfg.n_process), 1):
        if n == min(cfg.chunk_size, len(texts)):
            first = (time.perf_counter(), *_schedstat())
    last = (time.perf_counter(), *_schedstat())
    assert n == len(texts)
    return {"load_s": load_s, "fixed_s": first[0] - started, "seconds": last[0] - first[0],
            "n": len(texts) - min(cfg.chunk_size, len(texts)), "peak_mb": _peak_rss_mb(),
            "spacy": _share(first, last)}


def _spawn(*args: str, show_stderr: bool = False) -> dict:
    proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(f"child {args[:2]} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    if show_stderr:
        print(proc.stderr[proc.stderr.find("--- profile"):], file=sys.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


# -- parent -----------------------------------------------------------------------------


def run_enricher(base, articles, profile: bool) -> dict:
    from newsradar.es_schema import drop_namespace, ensure_schema  # noqa: PLC0415
    from newsradar.clients import delete_topics, ensure_topics, es_client, kafka_producer  # noqa: PLC0415
    from newsradar.schema import encode  # noqa: PLC0415

    settings = base.model_copy(update={"namespace": f"benche{uuid.uuid4().hex[:8]}"})
    ensure_topics(settings)
    es = es_client(settings)
    ensure_schema(es, settings)
    try:
        producer = kafka_producer(settings)
        for a in articles:
            producer.send(settings.names.raw, key=a.article_id.encode(), value=encode(a))
        producer.flush()
        producer.close()
        out = _spawn("--child", "enricher", "--namespace", settings.namespace, "--expected", str(len(articles)),
                     *(["--profile"] if profile else []), show_stderr=profile)
        counts = out["counts"]
        if counts.get("enriched", 0) != len(articles):
            raise SystemExit(f"enricher enriched {counts.get('enriched', 0)} of {len(articles)}: {counts}")
        return out
    finally:
        for cleanup in (lambda: drop_namespace(es, settings), lambda: delete_topics(settings)):
            try:
                cleanup()
            except Exception as exc:  # noqa: BLE001 - the other cleanup still runs; say what is left
                print(f"cleanup of namespace {settings.namespace} failed: {exc}", file=sys.stderr)


def _print_services(runs: list[dict[str, float]]) -> None:
    """The services' work an article over the enricher's steady window (medians of the runs): the JVMs' CPU
    and Elasticsearch's node counters hold every client's work, the namespace's counters this run's alone."""
    from bench.service_load import ES_WORK  # noqa: PLC0415

    def median(key: str) -> float:
        return statistics.median(r.get(key, 0.0) for r in runs)
    jvms = sorted(k for k in runs[0] if k.endswith(" cpu_ms"))
    print("services in the enricher's steady window (whole JVMs, other clients' work included): "
          + (", ".join(f"{k.removesuffix(' cpu_ms')} {median(k):.2f} ms CPU/article" for k in jvms)
             or "no service found"))
    for scope, whose in (("node", "every client"), ("namespace", "this run's indices")):
        print(f"Elasticsearch, {scope} ({whose}): "
              + ", ".join(f"{median(f'{scope} {name}'):.2f} {_per_article(name)}" for name in ES_WORK))


def _per_article(counter: str) -> str:
    """An ``ES_WORK`` counter's unit an article: "query_ms" is "query ms/article", "searches" "searches/article"."""
    return counter.replace("_ms", " ms") + "/article"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=0, help="0: every English corpus article")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-components", action="store_true",
                        help="skip the nlp.pipe + NewsRadar components row")
    parser.add_argument("--min-seconds", type=float, default=20.0,
                        help="shortest steady window per side; a shorter one is flagged")
    parser.add_argument("--profile", action="store_true",
                        help="print where the enricher's run() spends its time (last run)")
    parser.add_argument("--child", choices=["enricher", "pipe", "pipe-components"], help=argparse.SUPPRESS)
    parser.add_argument("--namespace", help=argparse.SUPPRESS)
    parser.add_argument("--expected", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--texts", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child == "enricher":
        print(json.dumps(child_enricher(args.namespace, args.expected, args.profile)))
        return
    if args.child:
        print(json.dumps(child_pipe(args.texts, args.child == "pipe-components")))
        return

    from consumers.enricher.nlp.pipeline import truncate  # noqa: PLC0415
    from newsradar.settings import Settings  # noqa: PLC0415

    base = Settings()
    cfg = base.enrich
    articles, source = corpus_articles(args.articles or None)
    texts = [truncate(a.text, cfg.max_chars) for a in articles]
    n_words = sum(len(t.split()) for t in texts)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(texts, fh)
        texts_file = fh.name
    sides = ["enricher", "nlp.pipe"] + ([] if args.no_components else ["pipe+comp"])
    rows = []
    try:
        for run in range(1, args.runs + 1):
            row = {"enricher": run_enricher(base, articles, False),
                   "nlp.pipe": _spawn("--child", "pipe", "--texts", texts_file)}
            if not args.no_components:
                row["pipe+comp"] = _spawn("--child", "pipe-components", "--texts", texts_file)
            rows.append(row)
            print(f"run {run}: " + ", ".join(f"{s} {row[s]['seconds']:.2f}s ({row[s]['peak_mb']:.0f} MB)"
                                             for s in sides), file=sys.stderr)
        if args.profile:
            # An extra run, out of the table: cProfile slows spaCy's Python parts far more than ES or Kafka.
            run_enricher(base, articles, True)
    finally:
        os.unlink(texts_file)

    print(f"{len(articles)} English articles, {n_words:,} words, from {source}; model {cfg.model}, "
          f"batch_size {cfg.batch_size}, chunk_size (spaCy batch) {cfg.chunk_size}, n_process {cfg.n_process}, "
          f"{os.cpu_count()} CPUs; load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print("rates count the records after the first batch, over the time from its end to the last one's")
    head = f"{'run':<7}" + "".join(f"{s + ' art/s':>18}{s + ' words/s':>20}" for s in sides)
    print(head + f"{'ratio':>7}{'enricher peak MB':>18}")
    words_per_article = n_words / len(articles)

    def rate(side: dict) -> float:
        return side["n"] / side["seconds"]

    def line(label: str, rates: dict, ratio: float, peak: float, short: bool = False) -> str:
        cells = "".join(f"{rates[s]:>18,.1f}{rates[s] * words_per_article:>20,.0f}" for s in sides)
        return f"{label:<7}{cells}{ratio:>7.2f}{peak:>18.0f}" + (" (short: a side ran < --min-seconds)" if short
                                                                    else "")
    for i, r in enumerate(rows, 1):
        rates = {s: rate(r[s]) for s in sides}
        short = min(r[s]["seconds"] for s in sides) < args.min_seconds
        print(line(str(i), rates, rates["enricher"] / rates["nlp.pipe"], r["enricher"]["peak_mb"], short))
    medians = {s: statistics.median(rate(r[s]) for r in rows) for s in sides}
    ratio = statistics.median(rate(r["enricher"]) / rate(r["nlp.pipe"]) for r in rows)
    peak = statistics.median(r["enricher"]["peak_mb"] for r in rows)
    print(line("median", medians, ratio, peak) + "   (ratio: median of the runs' ratios; targets >= 0.85, "
          "peak <= 700 MB)")
    first_batch = {"enricher": "group join, fetch, lazy model load, first batch",
                   "nlp.pipe": "first batch", "pipe+comp": "first batch"}
    for s in sides:
        print(f"fixed costs, {s:<9}: construction {statistics.median(r[s]['load_s'] for r in rows):5.1f}s, "
              f"{first_batch[s]} "
              f"{statistics.median(r[s]['fixed_s'] for r in rows):5.1f}s; steady window "
              f"{statistics.median(r[s]['seconds'] for r in rows):5.1f}s")
    for s in sides:
        share = {k: statistics.median(r[s]["spacy"][k] for r in rows) for k in ("run", "wait", "idle")}
        print(f"spaCy's thread in the steady window, {s:<9}: on a CPU {share['run']:4.0%}, waiting for one "
              f"{share['wait']:4.0%}, idle (nothing handed to it) {share['idle']:4.0%}")
    print(f"enricher parent process CPU an article (every thread): "
          f"{statistics.median(r['enricher']['parent_cpu_ms'] for r in rows):.2f} ms")
    _print_services([r["enricher"]["services"] for r in rows])
    print(f"peak RSS of the nlp.pipe child: {statistics.median(r['nlp.pipe']['peak_mb'] for r in rows):.0f} MB"
          + ("" if args.no_components else
             f"; with components: {statistics.median(r['pipe+comp']['peak_mb'] for r in rows):.0f} MB"))


if __name__ == "__main__":
    main()
