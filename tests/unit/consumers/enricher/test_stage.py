"""consumers/enricher/stage.py: spaCy on the next chunk while the clusterers handle this one.

The extractor and clusterers are fakes (the boundary); the integration and fault
tests run the real ones against Kafka and Elasticsearch.
"""
from __future__ import annotations

import threading
import time
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

from consumers.enricher.stage import Enricher
from consumers.runner import Item
from newsradar.errors import TransientError, WorkerLostError
from newsradar.schema import Article, Enrichment, article_id_for
from newsradar.settings import EnrichSettings, Settings

WAIT_S = 5.0


def _items(n: int) -> list[Item]:
    now = datetime.now(UTC)
    out = []
    for i in range(n):
        url = f"https://unit.example/{i}"
        article = Article(article_id=article_id_for(url), url=url, canonical_url=url, outlet="unit", feed_id="f",
                          feed_url="https://unit.example/rss", title=f"Title {i}", body="Body.",
                          published_at=now, fetched_at=now, language="en", content_hash=str(i))
        out.append(Item(SimpleNamespace(key=article.article_id.encode(), value=b"{}"), article))
    return out


class _Extractor:
    """Records which chunks it was given, and when."""

    def __init__(self):
        self.chunks: list[list[str]] = []
        self.second_chunk_started = threading.Event()

    def enrich(self, articles):
        self.chunks.append([a.article_id for a in articles])
        if len(self.chunks) == 2:
            self.second_chunk_started.set()
        return [Enrichment(language="en", enriched=True) for _ in articles]


class _Stories:
    """The first chunk's clustering waits for spaCy to reach the second chunk: it finishes only if they overlap."""

    def __init__(self, extractor: _Extractor, fail_first: Exception | None = None):
        self.extractor = extractor
        self.fail_first = fail_first
        self.chunks: list[list[str]] = []
        self.overlapped: list[bool] = []
        self.threads: set[str] = set()

    def assign(self, items):
        self.threads.add(threading.current_thread().name)
        if not self.chunks:
            self.overlapped.append(self.extractor.second_chunk_started.wait(WAIT_S))
            if self.fail_first:
                self.chunks.append([a.article_id for a, _ in items])
                raise self.fail_first
        self.chunks.append([a.article_id for a, _ in items])
        return [(f"s{a.article_id[:8]}", None) for a, _ in items]


def _enricher(chunk_size: int, fail_first: Exception | None = None) -> tuple[Enricher, _Extractor, _Stories]:
    settings = Settings(namespace="unit", enrich=EnrichSettings(chunk_size=chunk_size))
    extractor = _Extractor()
    stories = _Stories(extractor, fail_first)
    return Enricher(settings, extractor=extractor, clusterer=stories), extractor, stories


def test_the_clusterers_handle_a_chunk_while_spacy_parses_the_next_and_keep_the_order():
    enricher, extractor, stories = _enricher(chunk_size=3)
    items = _items(8)
    try:
        result = enricher.process(items)
    finally:
        enricher.close()
    ids = [it.message.article_id for it in items]
    assert stories.overlapped == [True], "chunk 0 was clustered only after spaCy had finished chunk 1"
    assert extractor.chunks == stories.chunks == [ids[0:3], ids[3:6], ids[6:8]]
    assert stories.threads != {threading.current_thread().name}
    # Every record's output, in the batch's order, once the whole batch is done.
    assert [o.key for o in result.outputs] == [i.encode() for i in ids]
    assert result.counts["enriched"] == 8


def test_a_failed_chunk_fails_the_batch_with_its_error_and_later_chunks_are_not_clustered():
    enricher, extractor, stories = _enricher(chunk_size=2, fail_first=TransientError("ES away"))
    try:
        with pytest.raises(TransientError, match="ES away"):
            enricher.process(_items(6))
    finally:
        enricher.close()
    # The runner retries the whole batch; chunk 1 must not have been placed without chunk 0 before it.
    assert len(stories.chunks) == 1
    assert len(extractor.chunks) <= 3


def test_a_spacy_failure_waits_for_the_chunks_already_handed_over():
    enricher, extractor, stories = _enricher(chunk_size=2)
    real = extractor.enrich

    def enrich(articles):
        if len(extractor.chunks) == 1:
            extractor.chunks.append([])
            extractor.second_chunk_started.set()
            raise ValueError("bad text")
        return real(articles)
    extractor.enrich = enrich
    try:
        with pytest.raises(ValueError, match="bad text"):
            enricher.process(_items(6))
        # Nothing of the failed batch runs on after process(): chunk 0 was clustered before it returned.
        assert len(stories.chunks) == 1
    finally:
        enricher.close()


class _ChildExtractor:
    """Stands in for the extractor process: ``submit`` hands back a Future the test resolves."""

    def __init__(self):
        self.submitted: list[tuple[list[str], Future]] = []

    def submit(self, articles):
        future: Future = Future()
        self.submitted.append(([a.article_id for a in articles], future))
        return future

    def resolve_all(self):
        for ids, future in self.submitted:
            if not future.done():
                future.set_result([Enrichment(language="en", enriched=True) for _ in ids])


def _prefetching(chunk_size: int) -> tuple[Enricher, _ChildExtractor]:
    settings = Settings(namespace="unit", enrich=EnrichSettings(chunk_size=chunk_size))
    extractor = _ChildExtractor()
    return Enricher(settings, extractor=extractor), extractor


def test_a_prefetched_batch_is_extracted_once_and_processed_from_its_futures():
    enricher, extractor = _prefetching(chunk_size=2)
    items = _items(5)
    ids = [it.message.article_id for it in items]
    try:
        enricher.prefetch(items)
        assert [chunk for chunk, _f in extractor.submitted] == [ids[0:2], ids[2:4], ids[4:5]]
        extractor.resolve_all()
        result = enricher.process(items)
    finally:
        enricher.close()
    assert len(extractor.submitted) == 3, "process() extracted the prefetched batch a second time"
    assert [o.key for o in result.outputs] == [i.encode() for i in ids]


def _resolve_after(extractor: _ChildExtractor, submissions: int) -> None:
    deadline = time.monotonic() + WAIT_S
    while len(extractor.submitted) < submissions and time.monotonic() < deadline:
        time.sleep(0.01)
    extractor.resolve_all()


def test_a_prefetch_for_other_items_is_cancelled_and_the_batch_extracted_afresh():
    enricher, extractor = _prefetching(chunk_size=2)
    ahead, retried = _items(4), _items(1)     # e.g. the runner retries one record alone
    try:
        enricher.prefetch(ahead)
        stale = [f for _ids, f in extractor.submitted]
        # Resolved only once process() has submitted the retried record: a fixed delay raced a loaded
        # machine, and a future submitted after it was never resolved (the test hung in close()).
        done = threading.Thread(target=_resolve_after, args=(extractor, 3))
        done.start()
        result = enricher.process(retried)
        done.join()
    finally:
        enricher.close()
    assert all(f.cancelled() for f in stale)
    assert [chunk for chunk, _f in extractor.submitted[2:]] == [[retried[0].message.article_id]]
    assert result.counts["enriched"] == 1


def test_a_dead_extractor_process_fails_the_batch_as_a_lost_worker_not_as_the_records():
    enricher, extractor = _prefetching(chunk_size=2)
    items = _items(3)
    try:
        enricher.prefetch(items)
        for _ids, future in extractor.submitted:
            future.set_exception(BrokenProcessPool("terminated abruptly"))
        with pytest.raises(WorkerLostError):
            enricher.process(items)
    finally:
        enricher.close()
