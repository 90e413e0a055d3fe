"""The extractor in a child process, so spaCy has a core and a GIL of its own.

In the enricher's own process spaCy shares one GIL with everything else the stage
runs: kafka-python's record parsing, decoding, the story and claim clusterers'
Python and their Elasticsearch client, encoding the outputs. Each of those took
its slice from spaCy. Here the child runs ``Extractor.enrich`` (language
detection, spaCy, our components, the Doc-to-model conversion) on chunks handed
to it in order, while the parent waits on Kafka and Elasticsearch on the other
core. The child is started with ``spawn`` (no broker or Elasticsearch threads
copied mid-lock) and loads the model before the constructor returns, so the load
is a fixed cost of construction, not of the first batch.

A child that dies (the OOM killer, a crash in native code) fails the chunks it
held with ``BrokenProcessPool``; the next ``submit`` starts a new child, so the
runner's record-by-record retry finds a working extractor and dead-letters only
the record that kills it again.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.connection import wait

from newsradar.schema import Article, Enrichment

_EXTRACTOR = None   # the child's Extractor, built by _load


def _load(model: str, batch_size: int, n_process: int, max_chars: int) -> None:
    global _EXTRACTOR
    from consumers.enricher.nlp.pipeline import Extractor  # noqa: PLC0415 - only the child loads spaCy

    threading.Thread(target=_exit_with_parent, name="parent-watch", daemon=True).start()
    _EXTRACTOR = Extractor(model=model, batch_size=batch_size, n_process=n_process, max_chars=max_chars)


def _exit_with_parent() -> None:
    # A parent killed outright (SIGKILL, the OOM killer) never tells the child to stop, and the child's
    # own copy of the call queue's pipe keeps it from reading EOF: without this it would idle on,
    # holding the model's memory, for as long as the machine runs.
    wait([multiprocessing.parent_process().sentinel])
    os._exit(1)


def _ready() -> bool:
    return _EXTRACTOR is not None


def _enrich(articles: list[Article]) -> list[Enrichment]:
    return _EXTRACTOR.enrich(articles)


class ExtractorProcess:
    """``submit(articles)`` -> a Future of their Enrichments; chunks are extracted in submission order."""

    def __init__(self, model: str, batch_size: int, n_process: int, max_chars: int):
        self._args = (model, batch_size, n_process, max_chars)
        self._lock = threading.Lock()
        self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_load, initargs=self._args)
        try:
            pool.submit(_ready).result()     # the model load belongs to construction
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        return pool

    def submit(self, articles: Sequence[Article]) -> Future:
        with self._lock:
            try:
                return self._pool.submit(_enrich, list(articles))
            except BrokenProcessPool:
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = self._start()
                return self._pool.submit(_enrich, list(articles))

    def enrich(self, articles: Sequence[Article]) -> list[Enrichment]:
        return self.submit(articles).result()

    def close(self) -> None:
        with self._lock:
            self._pool.shutdown(wait=True, cancel_futures=True)
