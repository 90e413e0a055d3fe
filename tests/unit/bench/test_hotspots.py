"""bench/hotspots.py: the profile covers threads started in the window, sums time by area,
and names our code by the modules' real paths, failing when a step matches nothing."""
from __future__ import annotations

import io
import threading
import time
from pathlib import Path

import pytest

import consumers.enricher.claim_clusters
import consumers.enricher.nlp.pipeline
import consumers.enricher.stories
import consumers.indexer.stage
import newsradar.lemmas
from bench.hotspots import AREAS, ROOT, Hotspots, area_of, module_path


def _busy_in_a_worker_thread() -> None:
    deadline = time.perf_counter() + 0.2
    while time.perf_counter() < deadline:
        pass


def _profiled_worker(step: tuple[str, str, str]) -> Hotspots:
    spots = Hotspots(True, steps=(step,))
    with spots:
        worker = threading.Thread(target=_busy_in_a_worker_thread)
        worker.start()
        worker.join()
    return spots


def test_hotspots_profiles_threads_started_inside_the_window():
    spots = _profiled_worker(("the worker's loop", module_path("tests.unit.bench.test_hotspots"),
                              "_busy_in_a_worker_thread"))
    out = io.StringIO()
    spots.report("test", out=out)
    step = next(line for line in out.getvalue().splitlines() if "the worker's loop" in line)
    assert float(step.split()[-1].rstrip("s")) >= 0.15, out.getvalue()


def test_hotspots_report_fails_when_a_step_matches_no_profiled_function():
    spots = _profiled_worker(("a moved step", "tests/unit/test_bench_hotspots.py", "_busy_in_a_worker_thread"))
    with pytest.raises(LookupError, match="a moved step"):
        spots.report("test", out=io.StringIO())


def _real(module) -> str:
    return str(Path(module.__file__).resolve())


def test_hotspots_areas_name_our_modules_at_their_real_paths():
    assert area_of(_real(consumers.enricher.stories), "assign") == "story clustering (ours)"
    assert area_of(_real(consumers.enricher.claim_clusters), "assign") == "claim clustering (ours)"
    assert area_of(_real(consumers.enricher.nlp.pipeline), "enrich") == "NewsRadar spaCy components"
    assert area_of(_real(consumers.indexer.stage), "_plan") == "indexer (ours)"
    assert area_of(_real(newsradar.lemmas), "lemmas") == "lemmatising for the index (ours)"


def test_hotspots_our_areas_exist_on_disk():
    ours = [fragment for fragment, area in AREAS if area.endswith("(ours)") or area.startswith("NewsRadar")]
    assert ours and all((ROOT / fragment).exists() for fragment in ours), ours


def test_module_path_is_relative_to_the_checkout_the_module_is_imported_from(tmp_path, monkeypatch):
    # A bench run from a worktree may import another checkout's code (PYTHONPATH, or the
    # venv's editable install): the fragment must still name the module's place in a repo.
    (tmp_path / "elsewhere_pkg" / "sub").mkdir(parents=True)
    (tmp_path / "elsewhere_pkg" / "__init__.py").write_text("")
    (tmp_path / "elsewhere_pkg" / "sub" / "__init__.py").write_text("")
    (tmp_path / "elsewhere_pkg" / "sub" / "mod.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert module_path("elsewhere_pkg.sub.mod") == "elsewhere_pkg/sub/mod.py"
    assert module_path("elsewhere_pkg.sub") == "elsewhere_pkg/sub/"


def test_module_path_refuses_a_module_that_is_gone():
    with pytest.raises(ModuleNotFoundError):
        module_path("consumers.stories")


def test_hotspots_areas_name_the_libraries_on_a_stage_path():
    assert area_of("/x/site-packages/kafka/consumer/group.py", "poll") == "kafka-python"
    assert area_of("spacy/tokens/doc.pyx", "__iter__") == "spaCy"
    assert area_of("~", "<method 'validate_json' of 'pydantic_core...' objects>") == "pydantic"
    assert area_of("~", "<method 'poll' of 'select.epoll' objects>") == "socket waits (select)"
