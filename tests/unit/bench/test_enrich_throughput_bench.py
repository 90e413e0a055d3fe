"""bench/enrich_throughput.py: its --help shows the whole docstring, the services line names its units."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import bench.enrich_throughput as bench
from bench.enrich_throughput import _print_services
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
