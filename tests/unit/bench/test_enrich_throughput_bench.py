"""bench/enrich_throughput.py: its --help shows the whole docstring."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import bench.enrich_throughput as bench

ROOT = Path(bench.__file__).resolve().parent.parent


def test_help_shows_the_whole_docstring():
    out = subprocess.run([sys.executable, "bench/enrich_throughput.py", "--help"], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    # The docstring's last paragraph, far past its first line.
    assert "Namespaces are\nremoved afterwards." in out
    assert "``--profile`` adds one enricher run" in out

