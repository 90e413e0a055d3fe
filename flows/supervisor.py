"""`newsradar run`: every consumer stage as its own process, plus the scheduled feed polling.

Each stage is a separate `newsradar consume STAGE` process so that a crash in
one (say, spaCy running out of memory) neither stops nor corrupts the others.
A stage that exits is restarted with a growing delay: a crash loop slows
down instead of spinning.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from newsradar.settings import Settings
from newsradar.topics import STAGES

MAX_RESTART_DELAY_S = 300


def _spawn(stage: str, rules_file: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "cli", "consume", stage, "--rules", str(rules_file)],
                            env=os.environ.copy())


def run_forever(settings: Settings, feeds_file: Path, rules_file: Path, log=print) -> None:
    from flows.deploy import serve

    procs = {stage: _spawn(stage, rules_file) for stage in STAGES}
    delays = dict.fromkeys(STAGES, 1.0)
    stopping = threading.Event()

    def watch() -> None:
        while not stopping.is_set():
            for stage, proc in list(procs.items()):
                if proc.poll() is not None and not stopping.is_set():
                    log(f"{stage} exited with {proc.returncode}; restarting in {delays[stage]:.0f}s")
                    time.sleep(delays[stage])
                    delays[stage] = min(delays[stage] * 2, MAX_RESTART_DELAY_S)
                    procs[stage] = _spawn(stage, rules_file)
            time.sleep(1)

    threading.Thread(target=watch, daemon=True, name="stage-watch").start()
    log(f"started {', '.join(f'{s} (pid {p.pid})' for s, p in procs.items())}; serving feed polling")
    try:
        serve(feeds_file, settings, log=log)
    finally:
        stopping.set()
        for proc in procs.values():
            proc.send_signal(signal.SIGTERM)
        for proc in procs.values():
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
