"""spaCy's model in a child process, so it has a core and a GIL of its own; our rules stay in the parent.

In the enricher's own process spaCy shares one GIL with everything else the stage
runs: kafka-python's record parsing, decoding, the story and claim clusterers'
Python and their Elasticsearch client, encoding the outputs. Each of those took
its slice from spaCy. Here the child runs spaCy's model, with the few pipes of ours
that come before the rules (title dots, glued stops, paragraphs: ``Extractor.parse``),
on chunks handed to it in order, and ships each chunk's Docs as one ``DocBin``, while
the parent waits on Kafka and Elasticsearch on the other core. The parent decides the
languages before, and runs our entity and claim rules and the Doc-to-model conversion
on the Docs the child shipped (``parent_rules``) when a chunk's result is asked for, so
the child, the bottleneck, pays spaCy's pipes alone. The child is started with ``spawn`` (no
broker or Elasticsearch threads copied mid-lock) and loads the model before the
constructor returns, so the load is a fixed cost of construction, not of the first
batch; the parent loads the model's vocabulary and the rules then too.

The child ignores SIGTERM and SIGINT. A supervisor stops the enricher with
SIGTERM to its whole process group, and a Ctrl-C sends SIGINT to the whole
foreground group: the child gets them too, and dying at once would fail the batch
its parent is finishing. Only the parent decides: it finishes the batch in flight,
commits, and then shuts the child down (``close``). The signals are blocked from
before the child is spawned until they are ignored in it, so none lands while it
starts. A parent killed outright takes the child with it (``_exit_with_parent``).

A child that dies on its own (the OOM killer, a crash in native code) is an
infrastructure fault, not the records': its chunks and every later ``submit``
raise ``WorkerLostError``, and the runner stops without committing, so a restart
reads the batch again. An exception spaCy raises on a text comes back as itself,
and the child goes on: the runner's record-by-record retry dead-letters that record.
One the rules raise is raised in the parent, where they run, as itself too.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.connection import wait
from typing import TYPE_CHECKING, Protocol

from consumers.enricher.nlp.language import article_languages
from newsradar.errors import WorkerLostError
from newsradar.schema import Article, Enrichment

if TYPE_CHECKING:
    from consumers.enricher.parent_rules import ParentRules

_EXTRACTOR = None   # the child's Extractor, built by _load
_PARENTS_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def _load(model: str, batch_size: int, n_process: int, max_chars: int) -> None:
    global _EXTRACTOR
    for signum in _PARENTS_SIGNALS:
        signal.signal(signum, signal.SIG_IGN)
    # Blocked since the spawn (see ExtractorProcess._start); one that came meanwhile is discarded, being ignored.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _PARENTS_SIGNALS)
    from consumers.enricher.nlp.pipeline import Extractor  # noqa: PLC0415 - the model loads in the child alone

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


def _parse(articles: list[Article], languages: list[str | None]) -> tuple[list, list, bytes]:
    from consumers.enricher.parent_rules import packed  # noqa: PLC0415 - loaded with the Extractor

    results, todo, docs = _EXTRACTOR.parse(articles, languages)
    return results, todo, packed(docs)


class Extraction(Protocol):
    """A chunk's Enrichments to come: what the stage reads of a ``concurrent.futures.Future`` (``result``, ``cancel``),
    which its in-thread extraction returns, and of ``_Finishing``, which ``ExtractorProcess.submit`` returns."""

    def result(self, timeout: float | None = None) -> list[Enrichment]: ...

    def cancel(self) -> bool: ...


class _Finishing:
    """An ``Extraction``, not a Future (no ``done``, ``exception`` or callbacks): the child's parse, which the
    parent's rules finish on the thread that asks for the result (the stage's clustering worker), each time it is
    asked. ``result``'s ``timeout`` bounds the wait for the child alone, not the rules' time after it."""

    def __init__(self, parsing: Future, articles: list[Article], rules: ParentRules):
        self._parsing = parsing
        self._articles = articles
        self._rules = rules

    def result(self, timeout: float | None = None) -> list[Enrichment]:
        return self._rules.finish(self._articles, self._parsing.result(timeout))

    def cancel(self) -> bool:
        return self._parsing.cancel()


class ExtractorProcess:
    """``submit(articles)`` -> an ``Extraction`` of their Enrichments: the child parses the chunks in submission order,
    and the rules finish each one on the thread that asks for its result."""

    def __init__(self, model: str, batch_size: int, n_process: int, max_chars: int):
        self._args = (model, batch_size, n_process, max_chars)
        self._pool = self._start()
        try:
            from consumers.enricher.parent_rules import ParentRules  # noqa: PLC0415 - spaCy only with a child
            self._rules = ParentRules(model, batch_size)
        except BaseException:
            self.close()
            raise

    def _start(self) -> ProcessPoolExecutor:
        pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_load, initargs=self._args)
        try:
            # The child is spawned by this first submit and inherits this thread's signal mask.
            blocked = signal.pthread_sigmask(signal.SIG_BLOCK, _PARENTS_SIGNALS)
            try:
                ready = pool.submit(_ready)
            finally:
                signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
            ready.result()     # the model load belongs to construction
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        return pool

    def submit(self, articles: Sequence[Article]) -> Extraction:
        """The Enrichments to come (``_Finishing``: the child's parse, finished by the rules when asked for);
        ``BrokenProcessPool`` from its ``result`` means the child died (see ``lost``).

        The languages are decided here, on the parent's core: the child's is spaCy's, and
        language detection was about 2% of its time an article.
        """
        languages = article_languages(articles)
        try:
            return _Finishing(self._pool.submit(_parse, list(articles), languages), list(articles), self._rules)
        except BrokenProcessPool as exc:
            raise lost(exc) from exc

    def enrich(self, articles: Sequence[Article]) -> list[Enrichment]:
        try:
            return self.submit(articles).result()
        except BrokenProcessPool as exc:
            raise lost(exc) from exc

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def lost(exc: BrokenProcessPool) -> WorkerLostError:
    return WorkerLostError(f"the enricher's spaCy process died ({exc}); restart the enricher")
