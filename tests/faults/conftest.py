"""The fault rig: an isolated namespace, a growing feed site, and the processes of one test.

Every process a test starts is stopped in the fixture's teardown, whatever
happened, and the tail of its log is printed (pytest shows it for a failure).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from newsradar.settings import Settings
from tests.faults.loadgen import FeedSite, PollerProcess, StageProcess

FAULT_RULES = """\
rules:
  - name: fault-projects
    type: topic
    description: every generated article mentions new projects; fires once all four outlets carry it
    query: {all_of: [[projects]]}
    min_outlets: 4
    window: 48h
    cooldown: 24h
    realert: 24h
    notify: [webhook]
"""


@dataclass
class Rig:
    settings: Settings
    rules_file: Path
    log_dir: Path
    procs: list = field(default_factory=list)
    site: FeedSite | None = None
    feeds_file: Path | None = None

    def load(self, total: int = 240, rate: float = 20.0) -> FeedSite:
        """The feed site of this test: ``total`` articles over 4 feeds, ``rate`` new ones per second."""
        self.site = FeedSite(total=total, feeds=4, rate=rate, started=False)
        self.feeds_file = self.site.write_feeds_file(self.log_dir.parent / "feeds.yaml")
        return self.site

    def stage(self, name: str, *, tag: str = "", env: dict | None = None, start: bool = True) -> StageProcess:
        env = {"NEWSRADAR_ENRICH__BATCH_SIZE": "32", "NEWSRADAR_INDEX__BULK_MAX_DOCS": "40", **(env or {})}
        proc = StageProcess(name, self.settings, self.log_dir, tag=tag, env=env,
                            rules=self.rules_file if name in ("alerter", "notifier") else None)
        self.procs.append(proc)
        return proc.start() if start else proc

    def poller(self, pause: float = 0.5) -> PollerProcess:
        proc = PollerProcess(self.settings, self.feeds_file, self.log_dir, pause=pause)
        self.procs.append(proc)
        return proc.start()

    def stop_all(self) -> None:
        for proc in self.procs:
            proc.stop(timeout=20)


@pytest.fixture
def rig(isolated: Settings, tmp_path: Path):
    rules_file = tmp_path / "alerts.yaml"
    rules_file.write_text(FAULT_RULES)
    rig = Rig(isolated, rules_file, tmp_path / "logs")
    rig.log_dir.mkdir()
    try:
        yield rig
    finally:
        rig.stop_all()
        if rig.site is not None:
            rig.site.close()
        for proc in rig.procs:
            print(f"\n----- {proc.name} (pids {proc.pids}) {proc.log_file}\n{proc.tail(25)}")
