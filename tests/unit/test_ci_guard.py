"""NEWSRADAR_REQUIRE_SHARED=1 (set by .ci/run) turns every skip into a failure."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

CONFTEST = Path(__file__).resolve().parents[1] / "conftest.py"


def _run_suite(tmp_path: Path, strict: bool) -> subprocess.CompletedProcess:
    shutil.copy(CONFTEST, tmp_path / "conftest.py")
    (tmp_path / "test_skips.py").write_text(
        "import pytest\n\ndef test_needs_something():\n    pytest.skip('not on this machine')\n")
    env = {k: v for k, v in os.environ.items() if k != "NEWSRADAR_REQUIRE_SHARED"}
    if strict:
        env["NEWSRADAR_REQUIRE_SHARED"] = "1"
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)


def test_a_skip_is_a_skip_for_users(tmp_path):
    proc = _run_suite(tmp_path, strict=False)
    assert proc.returncode == 0, proc.stdout
    assert "1 skipped" in proc.stdout


def test_a_skip_fails_the_run_in_ci(tmp_path):
    proc = _run_suite(tmp_path, strict=True)
    assert proc.returncode == 1, proc.stdout
    assert "1 failed" in proc.stdout
    assert "not on this machine" in proc.stdout
