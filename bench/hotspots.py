"""Where a bench's measured path spends its time: cProfile of every thread, summed by area.

The benches wrap their consumer's ``run()`` in ``Hotspots`` (``--profile``), so set-up
and model loads do not show, but the group join does (a second or two of a window
of 20 s or more). Threads started inside the window (the indexer's bulk workers,
kafka-python's heartbeat and sender threads) are profiled too, because their network
waits are where much of a stage's gap to its bare library goes. Times are
wall-clock seconds inside each function (cProfile's own timer), so a wait on a socket
counts where it happens; the area table sums ``tottime`` over every profiled thread,
which is why it can exceed the window's length.
"""
from __future__ import annotations

import cProfile
import importlib.util
import pstats
import sys
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def module_path(name: str) -> str:
    """The repo-relative path of a module's file (a package: its folder, with a trailing slash).

    Derived from the module, not written by hand, so a moved module fails here instead of
    leaving a profile row that silently matches nothing. Relative to the folder that holds
    the module's top-level package, not to this file's checkout: the code profiled may be
    another checkout's (PYTHONPATH, or the venv's editable install pointing at the main one).
    """
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(f"hotspots: no module {name!r} to profile")
    origin = Path(spec.origin).resolve()
    target = origin.parent if spec.submodule_search_locations else origin
    rel = target.relative_to(target.parents[name.count(".")]).as_posix()
    return rel + "/" if spec.submodule_search_locations else rel

# First match wins: the path fragment of a function's file, and the area it is counted under.
AREAS: tuple[tuple[str, str], ...] = (
    (module_path("consumers.enricher.stories"), "story clustering (ours)"),
    (module_path("consumers.enricher.claim_clusters"), "claim clustering (ours)"),
    (module_path("newsradar.claim_match"), "claim clustering (ours)"),
    (module_path("consumers.enricher.nlp"), "NewsRadar spaCy components"),
    (module_path("consumers.indexer"), "indexer (ours)"),
    (module_path("consumers.alerter"), "alerter (ours)"),
    (module_path("consumers.enricher"), "enricher (ours)"),
    (module_path("consumers.runner"), "runner loop (ours)"),
    (module_path("newsradar.schema"), "schema decode/encode (ours)"),
    (module_path("newsradar.lemmas"), "lemmatising for the index (ours)"),
    ("producers/", "poller (ours)"),
    ("flows/", "Prefect flow (ours)"),
    ("/kafka/", "kafka-python"),
    ("/elasticsearch/", "elasticsearch client"),
    ("/elastic_transport/", "elasticsearch transport"),
    ("/urllib3/", "HTTP (urllib3)"),
    ("/httpx/", "HTTP (httpx)"),
    ("/httpcore/", "HTTP (httpx)"),
    ("/pydantic", "pydantic"),
    ("spacy/", "spaCy"),
    ("thinc/", "spaCy (thinc)"),
    ("en_core_web", "spaCy"),
    ("pipeline/", "spaCy"),
    ("tokens/", "spaCy"),
    ("matcher/", "spaCy"),
    ("backends/", "spaCy (thinc)"),
    ("srsly/", "spaCy"),
    ("py3langid", "language detection (py3langid)"),
    ("/feedparser/", "feedparser"),
    ("/prefect/", "Prefect"),
    ("/sqlalchemy/", "Prefect"),
    ("/concurrent/", "waiting on worker threads/processes"),
    ("/threading.py", "waiting on worker threads/processes"),
    ("/multiprocessing/", "waiting on worker threads/processes"),
    ("/selectors.py", "socket waits (select)"),
    ("/socket.py", "socket I/O"),
    ("/ssl.py", "socket I/O"),
    ("/json/", "json (stdlib)"),
)
BUILTIN_AREAS: tuple[tuple[str, str], ...] = (
    ("orjson", "orjson"),
    ("pydantic", "pydantic"),
    ("crc32c", "kafka-python"),
    ("select", "socket waits (select)"),
    ("poll", "socket waits (select)"),
    ("recv", "socket I/O"),
    ("send", "socket I/O"),
    ("acquire", "waiting on worker threads/processes"),
    ("sleep", "sleeping (backoff, idle polls)"),
    ("zlib", "compression"),
    ("lz4", "compression"),
    ("gzip", "compression"),
    ("json", "json (stdlib)"),
)

# Every consumer stage's loop (consumers/runner.py), as the step table's frame.
RUNNER_STEPS: tuple[tuple[str, str, str], ...] = (
    ("Runner.run (the whole window)", module_path("consumers.runner"), "run"),
    ("poll Kafka (fetch, CRC, decompress)", "kafka/consumer/group.py", "poll"),
    ("decode + validate (schema.decode)", module_path("newsradar.schema"), "decode"),
    ("stage.process", module_path("consumers.runner"), "_process"),
    ("publish outputs + flush", module_path("consumers.runner"), "_publish"),
    ("commit offsets", module_path("consumers.runner"), "_commit"),
)


def area_of(filename: str, funcname: str) -> str:
    if filename == "~":                          # a builtin: only its name says what it is
        for needle, area in BUILTIN_AREAS:
            if needle in funcname:
                return area
        return "other builtins"
    for needle, area in AREAS:
        if needle in filename:
            return area
    return "other Python"


@dataclass
class Hotspots:
    """``with Hotspots(enabled): measured()`` then ``.report(title)``; a no-op when disabled."""

    enabled: bool
    top: int = 12
    # (label, file fragment, function name): the stage's steps, shown with their cumulative time
    steps: tuple[tuple[str, str, str], ...] = ()
    _profiles: list[cProfile.Profile] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __enter__(self) -> Hotspots:
        if self.enabled:
            threading.setprofile(self._start_in_thread)
            self._start()
        return self

    def __exit__(self, *exc) -> None:
        if self.enabled and self._profiles:
            threading.setprofile(None)
            self._profiles[0].disable()

    def _start(self) -> None:
        prof = cProfile.Profile()
        with self._lock:
            self._profiles.append(prof)
        prof.enable()

    def _start_in_thread(self, *_args) -> None:
        # Called once by each thread started inside the window: replace this hook by a real profiler.
        sys.setprofile(None)
        self._start()

    def report(self, title: str, out=sys.stderr) -> None:
        if not self.enabled or not self._profiles:
            return
        print(f"\n--- profile: {title}; seconds inside each area", file=out)
        # The main thread is the stage's critical path; the others (bulk workers, heartbeat,
        # sender) are shown apart, since their idle waits overlap it.
        _print_areas("main thread", pstats.Stats(self._profiles[0]), out)
        if len(self._profiles) > 1:
            _print_areas(f"{len(self._profiles) - 1} other thread(s)", pstats.Stats(*self._profiles[1:]), out)
        stats = pstats.Stats(*self._profiles)
        if self.steps:
            # All threads: Prefect runs a flow's tasks in worker threads, the stages run theirs on the main one.
            print("  by step (cumulative, a step's callees included, all threads):", file=out)
            for label, fragment, name in self.steps:
                found = [ct for (filename, _line, funcname), (_cc, _nc, _tt, ct, _callers) in stats.stats.items()
                         if funcname == name and fragment in filename.replace("\\", "/")]
                if not found:
                    # A renamed or moved function would otherwise print 0.00 s, a wrong figure that looks real.
                    raise LookupError(f"hotspots: step {label.strip()!r} ({fragment}:{name}) matches no profiled "
                                      "function; was it moved or renamed?")
                print(f"    {label:<50} {sum(found):>8.2f}s", file=out)
        print(f"--- top {self.top} functions by own time, all threads", file=out)
        rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)[: self.top]
        for (filename, line, funcname), (_cc, ncalls, tottime, cumtime, _callers) in rows:
            where = "/".join(filename.replace("\\", "/").split("/")[-2:])
            print(f"  {tottime:>8.2f}s own {cumtime:>8.2f}s cum {ncalls:>9} calls  {where}:{line}({funcname})",
                  file=out)


def _print_areas(label: str, stats: pstats.Stats, out) -> None:
    by_area: Counter = Counter()
    for (filename, _line, funcname), (_cc, _nc, tottime, _ct, _callers) in stats.stats.items():
        by_area[area_of(filename.replace("\\", "/"), funcname)] += tottime
    total = sum(by_area.values()) or 1.0
    print(f"  {label}: {total:.1f}s", file=out)
    for area, secs in by_area.most_common():
        if secs / total >= 0.01:
            print(f"    {area:<42} {secs:>8.2f}s {100 * secs / total:>5.1f}%", file=out)
