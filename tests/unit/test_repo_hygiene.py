"""What a fresh clone gets: nothing the ignore rules exclude, no link out of the checkout.

A symlink to one developer's venv was once committed (the rule '.venv/' matches
only directories); every clone then had a dangling .venv and `make venv` failed.
"""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _git(*args: str) -> list[str]:
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout (a source archive has no index to check)")
    out = subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if line]


def test_no_tracked_file_is_ignored():
    assert _git("ls-files", "--cached", "--ignored", "--exclude-standard") == []


def test_no_tracked_symlink_leaves_the_checkout():
    links = [line.split("\t", 1)[1] for line in _git("ls-files", "-s") if line.startswith("120000")]
    outside = [p for p in links if not (ROOT / p).resolve().is_relative_to(ROOT)]
    assert outside == []
