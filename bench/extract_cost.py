#!/usr/bin/env python
"""Bench: the spaCy child's own CPU per article, offline, against bare ``nlp.pipe``; and a digest of its output.

    PYTHONPATH=$PWD .venv/bin/python bench/extract_cost.py [--articles N] [--repeat 5] [--profile] [--split]
        [--digest-only] [--child]

The enricher's spaCy child is on a CPU almost all of its window, so its rate is set by
its own work: spaCy plus our components and the Doc-to-model conversion. On a busy
2-core machine wall-clock rates swing by a third; CPU time (``time.process_time``) of
one process, the minimum over ``--repeat`` passes, does not. Three sides, alternated
pass by pass on the same texts (the English corpus articles, as enrich_throughput.py
picks them), all with the enricher's ``chunk_size`` as spaCy's batch:

* bare: ``spacy.load(model)``, ``nlp.pipe`` on the texts the extractor pipes;
* components: ``build_nlp`` (the model plus NewsRadar's components), the same pipe;
* extract: ``Extractor.enrich`` with the languages decided beforehand, as the child runs it.

"ours" is extract minus bare: what the NewsRadar code adds to each article. It is the
difference of two passes, each as noisy as the other: on a busy machine bare's minimum moves
by 0.2 to 0.5 ms an article between runs, more than most changes of ours, and "ours" can come
out negative. ``--split`` times each part of ours itself instead: each of our pipes and the
Doc-to-model conversion, batch by batch as ``nlp.pipe`` runs them, in one process, the
minimum over ``--repeat`` passes. cProfile (``--profile``) says
which functions, but inflates whatever creates spaCy Tokens.

The digest covers the JSON of every Enrichment of the corpus articles and of the
labelled documents of bench/data (as extract_quality.py extracts them): run it with
PYTHONPATH at two checkouts to see that a speed change left the output byte-identical.
``--child`` adds the digest of the corpus articles' Enrichments as the enricher gets them from
its spaCy process (``ExtractorProcess``, chunk by chunk): it must equal the corpus digest.
"""
from __future__ import annotations

import argparse
import cProfile
import hashlib
import pstats
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

# No sys.path entry of its own: PYTHONPATH says which checkout's code is measured.


def _digest(enrichments) -> str:
    sha = hashlib.sha256()
    for enrichment in enrichments:
        sha.update(enrichment.model_dump_json().encode())
        sha.update(b"\n")
    return sha.hexdigest()


def split_cpu(nlp: Language, items: Iterable[tuple[Doc, Any]], convert: Callable[[Doc, Any], object],
              batch_size: int) -> dict[str, float]:
    """CPU seconds of each pipe of ``nlp`` and of ``convert(doc, item)`` over ``items`` (unprocessed Docs), summed.

    Batch by batch and pipe by pipe, as ``nlp.pipe`` runs them, but each part timed by itself, so what one
    costs is not the difference of two whole passes."""
    spent: dict[str, float] = defaultdict(float)
    clock = time.process_time
    for batch in minibatch(items, size=batch_size):
        docs = [doc for doc, _item in batch]
        for name, proc in nlp.pipeline:
            started = clock()
            docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            spent[name] += clock() - started
        started = clock()
        for doc, (_doc, item) in zip(docs, batch):
            convert(doc, item)
        spent["conversion"] += clock() - started
    return dict(spent)


def _print_split(extractor, articles, languages, own_parts: list[str], repeat: int) -> None:
    """As ``Extractor.enrich`` makes each English article's Enrichment, part by part, from the Doc it pipes."""
    todo = [(a, *extractor.prepared(a)) for a, lang in zip(articles, languages) if extractor.skipped(a, lang) is None]

    def convert(doc: Doc, item) -> None:
        extractor.enrichment_of(doc, *item)

    best: dict[str, float] = {}
    for _ in range(repeat):
        spent = split_cpu(extractor.nlp, ((extractor.unparsed(a, text, end), (a, text, end)) for a, text, end in todo),
                          convert, extractor.batch_size)
        spent = {"spaCy's pipes": sum(v for k, v in spent.items() if k not in own_parts),
                 **{k: v for k, v in spent.items() if k in own_parts}}
        best = {k: min(v, best.get(k, v)) for k, v in spent.items()}
    ours = sum(v for k, v in best.items() if k in own_parts)
    print(f"split, ms/article (min of {repeat}): "
          + ", ".join(f"{k} {1000 * v / len(todo):.3f}" for k, v in best.items())
          + f"; ours {1000 * ours / len(todo):.3f}")


def _child_enrichments(articles, cfg) -> list:
    from consumers.enricher.extract_process import ExtractorProcess

    child = ExtractorProcess(model=cfg.model, batch_size=cfg.chunk_size, n_process=1, max_chars=cfg.max_chars)
    try:
        chunks = [child.submit(articles[start:start + cfg.chunk_size])
                  for start in range(0, len(articles), cfg.chunk_size)]
        return [enrichment for chunk in chunks for enrichment in chunk.result()]
    finally:
        child.close()


def _labelled_enrichments(extractor):
    from bench.extract_quality import extract, load_rows

    docs = extract(load_rows(), extractor)
    return [docs[key] for key in sorted(docs)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=0, help="0: every English corpus article")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--profile", action="store_true", help="print a cProfile of one more extract pass")
    ap.add_argument("--split", action="store_true",
                    help="time each of our pipes and the conversion by itself (min of --repeat passes) and stop")
    ap.add_argument("--digest-only", action="store_true", help="print the digests and stop")
    ap.add_argument("--child", action="store_true",
                    help="with the digests, the corpus digest of the enricher's spaCy process (ExtractorProcess)")
    args = ap.parse_args()

    import spacy

    from bench.enrich_throughput import corpus_articles
    from consumers.enricher.nlp import pipeline
    from consumers.enricher.nlp.language import article_languages
    from newsradar.settings import Settings

    cfg = Settings().enrich
    articles, source = corpus_articles(args.articles or None)
    languages = article_languages(articles)
    extractor = pipeline.Extractor(model=cfg.model, batch_size=cfg.chunk_size, n_process=1,
                                   max_chars=cfg.max_chars)
    print(f"{pipeline.__file__}: {len(articles)} articles from {source}")
    if args.split:
        own = [name for name in extractor.nlp.pipe_names if name in pipeline.OWN_PIPES]
        _print_split(extractor, articles, languages, own + ["conversion"], args.repeat)
        return
    enrichments = extractor.enrich(articles, languages)
    print(f"digest corpus {_digest(enrichments)}  labelled {_digest(_labelled_enrichments(extractor))}")
    if args.child:
        print(f"digest corpus through the child {_digest(_child_enrichments(articles, cfg))}")
    if args.digest_only:
        return

    texts = [pipeline.truncate(a.text, cfg.max_chars) for a in articles]
    bare = spacy.load(cfg.model)
    components = pipeline.build_nlp(cfg.model)
    sides = {
        "bare": lambda: list(bare.pipe(texts, batch_size=cfg.chunk_size)),
        "components": lambda: list(components.pipe(texts, batch_size=cfg.chunk_size)),
        "extract": lambda: extractor.enrich(articles, languages),
    }
    times: dict[str, list[float]] = {side: [] for side in sides}
    for _ in range(args.repeat):
        for side, run in sides.items():
            started = time.process_time()
            run()
            times[side].append(time.process_time() - started)
    per = {side: 1000 * min(t) / len(articles) for side, t in times.items()}
    for side, t in times.items():
        print(f"{side:<11} ms/article: min {per[side]:.3f}  all "
              + " ".join(f"{1000 * x / len(articles):.3f}" for x in sorted(t)))
    print(f"ours (extract - bare): {per['extract'] - per['bare']:.3f} ms/article, "
          f"+{per['extract'] / per['bare'] - 1:.1%} over bare; components alone "
          f"+{per['components'] / per['bare'] - 1:.1%}")
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(sides["extract"])
        pstats.Stats(profile).sort_stats("tottime").print_stats(40)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(60)


if __name__ == "__main__":
    main()
