"""bench/hotspots.py: the profile covers threads started in the window and sums time by area."""
from __future__ import annotations

import io
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.hotspots import Hotspots, area_of  # noqa: E402


def _busy_in_a_worker_thread() -> None:
    deadline = time.perf_counter() + 0.2
    while time.perf_counter() < deadline:
        pass


def test_hotspots_profiles_threads_started_inside_the_window():
    spots = Hotspots(True, steps=(("the worker's loop", "test_bench_hotspots", "_busy_in_a_worker_thread"),))
    with spots:
        worker = threading.Thread(target=_busy_in_a_worker_thread)
        worker.start()
        worker.join()
    out = io.StringIO()
    spots.report("test", out=out)
    step = next(line for line in out.getvalue().splitlines() if "the worker's loop" in line)
    assert float(step.split()[-1].rstrip("s")) >= 0.15, out.getvalue()


def test_hotspots_areas_name_the_libraries_on_a_stage_path():
    assert area_of("/x/site-packages/kafka/consumer/group.py", "poll") == "kafka-python"
    assert area_of("spacy/tokens/doc.pyx", "__iter__") == "spaCy"
    assert area_of("/repo/consumers/stories.py", "assign") == "story clustering (ours)"
    assert area_of("~", "<method 'validate_json' of 'pydantic_core...' objects>") == "pydantic"
    assert area_of("~", "<method 'poll' of 'select.epoll' objects>") == "socket waits (select)"
