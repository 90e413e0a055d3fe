"""bench/enrich_throughput.py: its --help shows the whole docstring, the services line names its units, and the
services' stats calls stay outside the timed window."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import bench.enrich_throughput as bench
from bench.enrich_throughput import SteadyWindow, _print_services
from bench.service_load import ES_WORK

ROOT = Path(bench.__file__).resolve().parent.parent


def test_help_shows_the_whole_docstring():
    out = subprocess.run([sys.executable, "bench/enrich_throughput.py", "--help"], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    # The docstring's last paragraph, far past its first line.
    assert "Namespaces are\nremoved afterwards." in out
    assert "``--profile`` adds one enricher run" in out


def test_services_line_names_its_units(capsys):
    run = {"Elasticsearch cpu_ms": 12.5, **{f"{scope} {name}": 2.0 for scope in ("node", "namespace")
                                            for name in ES_WORK}}
    _print_services([run])
    out = capsys.readouterr().out
    assert "Elasticsearch 12.50 ms CPU/article" in out
    assert "2.00 searches/article" in out and "2.00 query ms/article" in out and "2.00 refreshes/article" in out


def _window(expected: int) -> tuple[SteadyWindow, list[str]]:
    calls: list[str] = []

    def clocks():
        calls.append("clocks")
        return (float(len(calls)), 0.0, (0.0, 0.0))

    def services():
        calls.append("services")
        return {"n": len(calls)}
    return SteadyWindow(expected, clocks, services), calls


def test_services_are_marked_outside_the_clocked_window():
    window, calls = _window(expected=300)
    for consumed in (100, 200, 300, 400):
        window.on_batch({"consumed": consumed})
    # Opening: the services first, then the clocks; closing: the clocks first; the batch between unmarked.
    assert calls == ["services", "clocks", "clocks", "services"]
    assert (window.first.consumed, window.last.consumed) == (100, 300)


def test_a_window_not_reached_stays_open():
    window, calls = _window(expected=300)
    window.on_batch({"consumed": 100})
    window.on_batch({"consumed": 200})
    assert window.last is None and calls == ["services", "clocks"]
