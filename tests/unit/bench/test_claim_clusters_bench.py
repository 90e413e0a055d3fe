"""bench/claim_clusters.py: dev's two halves, and a --dev-only run that never reads test."""
from __future__ import annotations

from types import SimpleNamespace

import bench.claim_clusters as bench
from bench.claim_clusters import Row, dev_half, load, parts_of, table_lines


def test_dev_halves_split_dev_by_event_and_leave_test_out_when_asked():
    rows = [SimpleNamespace(event=r["event"], split=r["split"]) for r in load()]
    parts = parts_of(rows, dev_only=True)
    assert list(parts) == ["dev", "dev-a", "dev-b"]
    assert all(r.split == "dev" for part in parts.values() for r in part)
    halves = [{r.event for r in parts[h]} for h in ("dev-a", "dev-b")]
    assert not halves[0] & halves[1]                           # an event is in one half, whole
    assert len(parts["dev-a"]) + len(parts["dev-b"]) == len(parts["dev"])
    assert min(len(parts["dev-a"]), len(parts["dev-b"])) >= len(parts["dev"]) // 4
    assert list(parts_of(rows, dev_only=False)) == ["test", "dev", "dev-a", "dev-b"]


def test_dev_half_reads_the_bit_after_the_split_bit():
    events = {r["event"] for r in load() if r["split"] == "dev"}
    assert {dev_half(e) for e in events} == {"dev-a", "dev-b"}


def _table(names):
    score = {"pairs": 4, "precision": 0.5, "recall": 0.9, "b3 f1": 0.7, "kind accuracy": 1.0, "extracted": 1.0}
    return {(who, n): score for who in ("NewsRadar", "baseline") for n in names}


def test_table_prints_a_column_per_part_and_judges_targets_on_test_only():
    with_test = table_lines(_table(["test", "dev", "dev-a", "dev-b"]), ["test", "dev", "dev-a", "dev-b"])
    assert with_test[0].split() == ["metric", "test", "dev", "dev-a", "dev-b", "target", "(test)"]
    assert any(line.startswith("NewsRadar   recall") and line.endswith(": met") for line in with_test)
    dev_only = table_lines(_table(["dev", "dev-a", "dev-b"]), ["dev", "dev-a", "dev-b"])
    assert dev_only[0].split() == ["metric", "dev", "dev-a", "dev-b"]
    assert not any("target" in line or line.endswith(("met", "missed")) for line in dev_only)


def test_dev_only_run_never_extracts_a_test_row(monkeypatch, capsys):
    seen = []

    def fake_extract(rows):
        seen.extend(rows)
        return [Row(n, r["event"], r["claim"], r["kind"], r["split"], "") for n, r in enumerate(rows)]

    monkeypatch.setattr(bench, "extract", fake_extract)
    assert bench.main(["--dev-only"]) == 0
    assert seen and {r["split"] for r in seen} == {"dev"}
    out = capsys.readouterr().out
    assert "test" not in out.replace("claim_clusters", "")
