"""news.raw -> news.enriched: entities, claims, keyphrases, story and claim cluster ids.

A batch is cut into chunks of ``enrich.chunk_size`` articles. With
``enrich.extract_in_child`` (see ``extract_process``) a child process runs spaCy's
model on each chunk (one ``nlp.pipe`` call) and ships its Docs as one ``DocBin``; the
worker thread below, when it asks for the chunk, runs our entity and claim rules and
the conversion to Enrichments on them (``parent_rules``), then the story clusterer
and the claim clusterer (using the story), chunk after chunk in arrival order.
With it off, the whole extraction runs on the calling thread. So while the
clusterers wait on Elasticsearch for chunk k, spaCy already parses chunk k+1, and
the clusterers see exactly what they would see if the chunks were batches of
their own. ``process`` returns only when every chunk is clustered and encoded, so
the runner still publishes and commits a batch only after all of it is done.

The stage asks the runner to poll the next batch while this one is processed
(``overlap_next_poll``), and the runner hands it over at once (``prefetch``): its
chunks go to the child behind this batch's, so spaCy goes on parsing while this
batch's last chunk is finished by the rules, clustered, published and committed.
"""
from __future__ import annotations

import threading
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import ClassVar

from consumers.enricher.extract_process import Extraction, lost
from consumers.runner import Item, Output, StageResult
from consumers.young_gc import BULK_STAGE_THRESHOLD
from newsradar.errors import PoisonError
from newsradar.index_documents import encode_carrying
from newsradar.lemmas import lemmatise
from newsradar.schema import Article, EnrichedArticle, Enrichment
from newsradar.settings import Settings


class _EarlierChunkFailed(Exception):
    """Raised in place of clustering a chunk whose predecessor failed; never leaves ``process``."""


@dataclass
class _Chunk:
    items: list[Item]
    articles: list[Article]


class Enricher:
    name = "enricher"
    input_model = Article
    # news.enriched is read by the indexer and the alerter, each bound by its own Python: lz4 takes
    # them about a third of gzip's decompression time, and the enricher a fifteenth of its compression.
    output_compression: ClassVar[str] = "lz4"
    # An enriched record is some 8 kB: in kafka-python's default 16 kB batches nearly every record
    # opened a batch of its own and woke the sender thread, and publishing cost the parent 0.3 ms a
    # record against 0.08 in batches that hold a partition's share of a consumer batch.
    output_batch_bytes: ClassVar[int] = 1024 * 1024
    overlap_next_poll: ClassVar[bool] = True
    # A chunk's Enrichments are some 27 acyclic messages an article (measured when the child sent them
    # pickled; now the rules and the conversion build them here, from the child's Docs), and the clusterers
    # build vectors, hits and documents alike: with the collector's default (700) its young and full
    # collections took about a fifth of this process's CPU (0.37 of 1.6 ms an article) and freed
    # some 7 objects an article.
    young_gc_threshold: ClassVar[int] = BULK_STAGE_THRESHOLD

    def __init__(self, settings: Settings, extractor=None, clusterer=None, claim_clusterer=None):
        """``extractor``: anything with ``enrich(articles)``; one with ``submit(articles) -> Extraction`` too
        parses while the caller goes on (the child process), the rules finishing each chunk when asked for it."""
        self.settings = settings
        cfg = settings.enrich
        self.extractor = extractor or _default_extractor(cfg)
        self.clusterer = clusterer
        self.claim_clusterer = claim_clusterer
        self.chunk_size = cfg.chunk_size
        # One worker: the clusterers are not thread-safe and must see the chunks in order.
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="enricher-clusters")
        # The next batch's items and their chunks' Extractions (the child's parse, not yet finished by the rules),
        # handed over by prefetch().
        self._ahead: tuple[list[Item], list[Extraction]] | None = None
        self._ahead_lock = threading.Lock()

    def input_topic(self) -> str:
        return self.settings.names.raw

    def prefetch(self, batch: list[Item]) -> None:
        """Start the child's parse of ``batch`` now; ``process`` of the same items finishes and takes the results.

        Only an extractor in a child process can start early; a batch that is never
        processed (rewound, retried record by record) is cancelled by the next prefetch
        or process, or only costs the child its time.
        """
        if not hasattr(self.extractor, "submit"):
            return
        good = [item for item in batch if not self._too_large(item)]
        futures = [self.extractor.submit([item.message for item in good[start:start + self.chunk_size]])
                   for start in range(0, len(good), self.chunk_size)]
        with self._ahead_lock:
            stale, self._ahead = self._ahead, (good, futures)
        _cancel(stale)

    def _prefetched(self, good: list[Item]) -> list[Extraction] | None:
        with self._ahead_lock:
            ahead, self._ahead = self._ahead, None
        if ahead is not None and len(ahead[0]) == len(good) and all(a is b for a, b in zip(ahead[0], good)):
            return ahead[1]
        _cancel(ahead)
        return None

    def _too_large(self, item: Item) -> bool:
        return len(item.record.value or b"") > self.settings.enrich.max_record_bytes

    def _extract(self, articles: list[Article]) -> Extraction:
        if hasattr(self.extractor, "submit"):
            return self.extractor.submit(articles)
        done: Future = Future()
        done.set_result(self.extractor.enrich(articles))    # spaCy on this thread; its errors raise here
        return done

    def process(self, batch: list[Item]) -> StageResult:
        result = StageResult(counts=Counter())
        good: list[Item] = []
        for item in batch:
            if self._too_large(item):
                size = len(item.record.value or b"")
                result.failed.append((item, PoisonError(
                    f"record of {size / 1e6:.1f} MB exceeds the {self.settings.enrich.max_record_bytes / 1e6:.1f} MB "
                    "limit for enrichment")))
            else:
                good.append(item)
        extracting = self._prefetched(good) or []
        aborted = threading.Event()
        pending: list[Future] = []
        try:
            for n, start in enumerate(range(0, len(good), self.chunk_size)):
                if aborted.is_set():
                    break                 # a chunk failed: the batch fails with its error, below
                items = good[start:start + self.chunk_size]
                chunk = _Chunk(items, [item.message for item in items])
                enrichments = extracting[n] if n < len(extracting) else self._extract(chunk.articles)
                pending.append(self._worker.submit(self._finish, chunk, enrichments, aborted))
        except BaseException:
            # Nothing of this batch may still run when process() returns: the runner's retry
            # (and the next batch) must find the clusterers idle. An earlier chunk's failure is
            # raised first, as it would have been had the chunks run one after the other.
            _raise_first_failure([_outcome(f) for f in pending])
            raise
        for outputs, counts in _raise_first_failure([_outcome(f) for f in pending]):
            result.outputs += outputs
            result.counts.update(counts)
        return result

    def _finish(self, chunk: _Chunk, extracted: Extraction,
                aborted: threading.Event) -> tuple[list[Output], Counter]:
        """The Enrichments, stories, claim clusters and encoded outputs of one chunk (on the worker thread): with the
        child, ``extracted.result()`` waits for its parse and runs the rules and the conversion here."""
        if aborted.is_set():
            raise _EarlierChunkFailed
        try:
            try:
                enrichments = extracted.result()
            except BrokenProcessPool as exc:
                raise lost(exc) from exc
            return self._cluster_and_encode(chunk, enrichments)
        except BaseException:
            aborted.set()   # later chunks must not be clustered before this one is retried
            raise

    def _cluster_and_encode(self, chunk: _Chunk, enrichments: list[Enrichment]) -> tuple[list[Output], Counter]:
        articles = chunk.articles
        stories = (self.clusterer.assign(list(zip(articles, enrichments))) if self.clusterer
                   else [(None, None)] * len(articles))
        if self.claim_clusterer:
            enrichments = self.claim_clusterer.assign(
                [(a, e, story_id) for a, e, (story_id, _) in zip(articles, enrichments, stories)])
        outputs: list[Output] = []
        counts: Counter = Counter()
        for item, article, enrichment, (story_id, dup_of) in zip(chunk.items, articles, enrichments, stories):
            enriched = EnrichedArticle(article=article, enrichment=enrichment, story_id=story_id,
                                       near_duplicate_of=dup_of)
            headers = [("model", f"{enrichment.model or 'none'}@{enrichment.model_version or '-'}".encode())]
            outputs.append(Output(self.settings.names.enriched, item.record.key, encode_carrying(enriched, lemmatise), headers))
            counts["enriched" if enrichment.enriched else "skipped_language"] += 1
            counts["claims"] += len(enrichment.claims)
        return outputs, counts

    def close(self) -> None:
        self._worker.shutdown(wait=True)
        _cancel(self._prefetched([]))
        for part in (self.extractor, self.clusterer, self.claim_clusterer):
            if hasattr(part, "close"):
                part.close()


def _default_extractor(cfg):
    if cfg.extract_in_child:
        from consumers.enricher.extract_process import ExtractorProcess  # noqa: PLC0415
        return ExtractorProcess(model=cfg.model, batch_size=cfg.chunk_size, n_process=cfg.n_process,
                                max_chars=cfg.max_chars)
    from consumers.enricher.nlp.pipeline import Extractor  # noqa: PLC0415 - loads spaCy in this process
    return Extractor(model=cfg.model, batch_size=cfg.chunk_size, n_process=cfg.n_process, max_chars=cfg.max_chars)


def _cancel(ahead: tuple[list[Item], list[Extraction]] | None) -> None:
    for future in ahead[1] if ahead else ():
        future.cancel()


def _outcome(future: Future) -> tuple[object, BaseException | None]:
    try:
        return future.result(), None
    except BaseException as exc:  # noqa: BLE001 - re-raised in chunk order by _raise_first_failure
        return None, exc


def _raise_first_failure(done: list[tuple[object, BaseException | None]]) -> list:
    """The chunks' results in order; the first chunk that failed raises its own error."""
    for _value, exc in done:
        if exc is not None:
            raise exc
    return [value for value, _exc in done]
