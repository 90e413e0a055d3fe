"""What the fault tests share: a growing local feed site, stage and poller processes, the ledger.

``FeedSite``      a threaded http.server on 127.0.0.1 serving generated RSS feeds
                  whose items appear over time (``rate`` items/s across all feeds),
                  with ETag/304 like a real outlet
``StageProcess``  ``python -m cli consume STAGE`` in its own session, so
                  ``kill9()`` is a real SIGKILL of it and its children
``PollerProcess`` a loop of ``flows.poll_feeds.poll_feeds`` as a subprocess, on the running Prefect server
``PrefectServer`` a Prefect server of a test's own, for a test that needs one configured otherwise
``settle()``      wait until the site is fully published and every running stage is idle
``record()``      run the ledger check, print it, append it to .cache/fault-ledgers.txt
"""
from __future__ import annotations

import hashlib
import html
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from newsradar.settings import PROJECT_ROOT, Settings

LEDGER_FILE = PROJECT_ROOT / ".cache" / "fault-ledgers.txt"

PEOPLE = ["Maria Lopez", "John Carter", "Aisha Khan", "Pieter de Vries", "Li Wei", "Olga Petrova",
          "Samuel Okafor", "Hannah Schmidt", "Ravi Menon", "Chloe Martin"]
ORGS = ["the World Bank", "Reuters", "the United Nations", "Siemens", "the European Commission",
        "NATO", "the Red Cross", "Toyota", "the IMF", "Amnesty International"]
PLACES = ["Kabul", "Berlin", "Nairobi", "Lima", "Jakarta", "Oslo", "Cairo", "Quito", "Hanoi", "Tbilisi"]


def wait_until(pred: Callable[[], bool], timeout: float, what: str, interval: float = 0.5) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")


# ---------------------------------------------------------------------------------------------
# the feed site


@dataclass
class _Item:
    feed: int
    n: int
    title: str
    link: str
    guid: str
    published: datetime
    description: str


class FeedSite:
    """``feeds`` RSS feeds whose ``total`` items are released at ``rate`` items per second."""

    def __init__(self, total: int = 300, feeds: int = 4, rate: float = 40.0, *, started: bool = True,
                 salt: str = ""):
        self.total = total
        self.n_feeds = feeds
        self.rate = rate
        self.salt = salt or hashlib.sha1(os.urandom(8)).hexdigest()[:6]
        self._lock = threading.Lock()
        self._t0: float | None = None
        self._released_extra = 0
        self.cap = total  # a test holds the rest of the load back by lowering it
        self.requests = 0
        self.not_modified = 0
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        base = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(hours=6)
        self.items = [self._make(i, base) for i in range(total)]
        threading.Thread(target=self.server.serve_forever, daemon=True, name="fault-feeds").start()
        if started:
            self.start()

    def _make(self, i: int, base: datetime) -> _Item:
        feed, n = i % self.n_feeds, i // self.n_feeds
        who, org, where = PEOPLE[i % 10], ORGS[(i // 10) % 10], PLACES[(i // 100) % 10]
        title = f"{org.removeprefix('the ').title()} plans {i} new projects in {where} ({self.salt}-{i})"
        desc = (f"{who} said on Monday that {org} would spend {i + 3} million dollars in {where}. "
                f"\"We will not wait any longer,\" {who} told reporters, citing a report by {org}.")
        return _Item(feed, n, title, f"{self.base_url}/f{feed}/a{i}.html", f"fault-{self.salt}-{i}",
                     base + timedelta(seconds=i), desc)

    def start(self) -> None:
        self._t0 = time.monotonic()

    def released(self) -> int:
        with self._lock:
            if self._t0 is None:
                return 0
            grown = int((time.monotonic() - self._t0) * self.rate) + self._released_extra
            return min(self.total, self.cap, grown)

    def release_all(self) -> None:
        with self._lock:
            self._released_extra = self.total
            self._t0 = self._t0 or time.monotonic()

    @property
    def complete(self) -> bool:
        return self.released() >= self.total

    def feed_urls(self) -> list[str]:
        return [f"{self.base_url}/f{k}/feed.xml" for k in range(self.n_feeds)]

    def write_feeds_file(self, path: Path) -> Path:
        lines = ["allow_private_addresses: true", "parse_workers: 0", "defaults:", "  interval: 1s",
                 "groups:", "  - name: faults", "    feeds:"]
        for k, url in enumerate(self.feed_urls()):
            lines.append(f"      - {{id: fault-{k}, url: \"{url}\", outlet: \"Fault Outlet {k}\", language: en}}")
        path.write_text("\n".join(lines) + "\n")
        return path

    def render(self, feed: int) -> bytes:
        upto = self.released()
        items = [it for it in self.items[:upto] if it.feed == feed]
        entries = "".join(
            f"<item><title>{html.escape(it.title)}</title><link>{it.link}</link>"
            f"<guid isPermaLink=\"false\">{it.guid}</guid>"
            f"<pubDate>{format_datetime(it.published, usegmt=True)}</pubDate>"
            f"<description>{html.escape(it.description)}</description></item>\n"
            for it in reversed(items))
        return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                f"<title>Fault Outlet {feed}</title><link>{self.base_url}/f{feed}/</link>"
                f"<description>generated</description><language>en</language>\n{entries}"
                "</channel></rss>\n").encode()

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - the http.server API
                site.requests += 1
                path = self.path.split("?", 1)[0]
                parts = path.strip("/").split("/")
                if len(parts) == 2 and parts[0].startswith("f") and parts[1] == "feed.xml":
                    body = site.render(int(parts[0][1:]))
                    etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                    if self.headers.get("If-None-Match") == etag:
                        site.not_modified += 1
                        self.send_response(304)
                        self.send_header("ETag", etag)
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    self._send(200, body, "application/rss+xml; charset=utf-8", etag)
                    return
                self._send(404, b"not found", "text/plain", None)

            def _send(self, code: int, body: bytes, ctype: str, etag: str | None) -> None:
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                if etag:
                    self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args) -> None:
                pass

        return Handler

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# ---------------------------------------------------------------------------------------------
# processes


def child_env(settings: Settings, extra: dict | None = None) -> dict:
    env = dict(os.environ)
    env.update({
        "NEWSRADAR_NAMESPACE": settings.namespace,
        "NEWSRADAR_KAFKA_BOOTSTRAP": settings.kafka_bootstrap,
        "NEWSRADAR_ES_URL": settings.es_url,
        "PYTHONUNBUFFERED": "1",
        "PYTHONPATH": str(PROJECT_ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
    })
    env.update(extra or {})
    return env


class _Proc:
    name = "proc"

    def __init__(self, cmd: list[str], env: dict, log_file: Path):
        self.cmd, self.env, self.log_file = cmd, env, log_file
        self.proc: subprocess.Popen | None = None
        self.pids: list[int] = []

    def start(self) -> "_Proc":
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log_file, "ab") as out:
            out.write(f"\n--- start {' '.join(self.cmd[-2:])} at {time.strftime('%X')}\n".encode())
            out.flush()
            self.proc = subprocess.Popen(self.cmd, env=self.env, stdout=out, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL, cwd=PROJECT_ROOT, start_new_session=True)
        self.pids.append(self.proc.pid)
        return self

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def log(self) -> str:
        try:
            return self.log_file.read_text(errors="replace")
        except OSError:
            return ""

    def tail(self, n: int = 40) -> str:
        return "\n".join(self.log().splitlines()[-n:])

    def kill9(self) -> None:
        """SIGKILL the process and everything in its session."""
        assert self.proc is not None
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait(timeout=30)

    def stop(self, timeout: float = 30) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill9()


class StageProcess(_Proc):
    """One ``newsradar consume STAGE`` process; its progress lines are ``STAGE: k=v, ...``."""

    def __init__(self, stage: str, settings: Settings, log_dir: Path, *, tag: str = "",
                 rules: Path | None = None, env: dict | None = None):
        self.stage = stage
        self.name = f"{stage}{tag}"
        cmd = [sys.executable, "-m", "cli", "consume", stage]
        if rules is not None:
            cmd += ["--rules", str(rules)]
        super().__init__(cmd, child_env(settings, env), log_dir / f"{self.name}.log")

    def progress(self) -> list[dict[str, int]]:
        """Every progress line of the current run (since the last start), parsed."""
        text = self.log().rsplit("\n--- start ", 1)[-1]
        out = []
        for line in text.splitlines():
            if line.startswith(f"{self.stage}: ") and "=" in line:
                try:
                    out.append({k: int(v) for k, v in
                                (kv.split("=", 1) for kv in line.split(": ", 1)[1].split(", "))})
                except ValueError:
                    continue
        return out

    def batches(self) -> int:
        return len(self.progress())

    def wait_fetching(self, timeout: float = 120) -> None:
        """Until the consumer has its partitions and positions: its first poll is under way."""
        def fetching() -> bool:
            return "Resetting offset for partition" in self.log().rsplit("\n--- start ", 1)[-1] or not self.alive
        wait_until(fetching, timeout, f"{self.name}: partitions assigned", interval=0.05)
        assert self.alive, f"{self.name} died:\n{self.tail()}"

    def wait_batches(self, n: int, timeout: float = 120) -> None:
        wait_until(lambda: self.batches() >= n or not self.alive, timeout, f"{self.name}: {n} batches")
        assert self.alive, f"{self.name} died:\n{self.tail()}"


POLLER_LOOP = textwrap.dedent("""\
    import sys, time
    from pathlib import Path
    from flows.poll_feeds import poll_feeds
    from newsradar.settings import Settings
    feeds, pause = Path(sys.argv[1]), float(sys.argv[2])
    settings = Settings()
    n = 0
    while True:
        n += 1
        try:
            summary = poll_feeds(feeds_file=feeds, settings=settings)
            print(f"poll {n}: {summary}", flush=True)
        except Exception as exc:  # a scheduler would run the next poll anyway
            print(f"poll-failed {n}: {exc.__class__.__name__}: {exc}", flush=True)
        time.sleep(pause)
""")


class PrefectServer(_Proc):
    """A Prefect API server of a test's own, for a test that needs one unlike the running one
    (e.g. without its scheduler); every other test uses the server `newsradar up` runs."""

    name = "prefect-server"

    def __init__(self, log_dir: Path, home: Path, **settings: str):
        import socket
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        env = dict(os.environ, PREFECT_HOME=str(home), PREFECT_UI_ENABLED="false",
                   PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_LOGGING_LEVEL="WARNING", **settings)
        env.pop("PREFECT_API_URL", None)
        super().__init__([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                          "--port", str(self.port)], env, log_dir / "prefect-server.log")

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def wait_healthy(self, timeout: float = 240) -> None:
        import httpx

        def healthy() -> bool:
            assert self.alive, f"prefect server exited:\n{self.tail()}"
            try:
                return httpx.get(f"{self.api_url}/health", timeout=2).status_code == 200
            except httpx.HTTPError:
                return False

        wait_until(healthy, timeout, "the Prefect API server", interval=1)


class PollerProcess(_Proc):
    name = "poller"

    def __init__(self, settings: Settings, feeds_file: Path, log_dir: Path, *, pause: float = 1.0):
        script = log_dir / "poller_loop.py"
        log_dir.mkdir(parents=True, exist_ok=True)
        script.write_text(POLLER_LOOP)
        # The server `newsradar up` runs (the services fixture): a restarted poller connects in a second.
        env = child_env(settings, {"PREFECT_LOGGING_LEVEL": "WARNING", "PREFECT_API_URL": settings.prefect_api_url})
        super().__init__([sys.executable, str(script), str(feeds_file), str(pause)], env,
                         log_dir / "poller.log")

    def polls(self) -> int:
        text = self.log().rsplit("\n--- start ", 1)[-1]
        return sum(1 for line in text.splitlines() if line.startswith("poll "))


# ---------------------------------------------------------------------------------------------
# Kafka and Elasticsearch views


def raw_end(settings: Settings) -> int:
    return topic_end(settings, settings.names.raw)


def topic_end(settings: Settings, topic: str) -> int:
    from kafka import TopicPartition

    from newsradar.clients import kafka_consumer
    consumer = kafka_consumer(settings, None)
    try:
        parts = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in parts]
        return sum(consumer.end_offsets(tps).values()) if tps else 0
    finally:
        consumer.close()


def group_lag(settings: Settings, stages: Iterable[str]) -> int:
    """Total lag of ``stages``' groups (a partition never committed lags by its end offset).

    news.raw is written in transactions: the commit marker after a partition's last record
    takes an offset no consumer commits past (the runner commits last record + 1), so one
    trailing offset per news.raw partition is not counted as lag.
    """
    from consumers.lag import consumer_lag
    wanted = {settings.names.group(s) for s in stages}
    return sum(max(0, row.lag - (1 if row.topic == settings.names.raw and row.committed else 0))
               for row in consumer_lag(settings) if row.group in wanted)


def published_keys(settings: Settings) -> int:
    from cli.verify import read_topic
    return len({r.key for r in read_topic(settings, settings.names.raw) if r.key})


def settle(settings: Settings, site: FeedSite, stages: Iterable[str], timeout: float = 180) -> None:
    """Wait until every item is on news.raw and every stage has consumed its input."""
    stages = list(stages)
    site.release_all()
    wait_until(lambda: raw_end(settings) >= site.total, timeout, f"{site.total} records on news.raw")
    wait_until(lambda: published_keys(settings) >= site.total, timeout,
               f"{site.total} distinct articles on news.raw", interval=2)
    stable = {"n": 0}

    def idle() -> bool:
        lag = group_lag(settings, stages)
        stable["n"] = stable["n"] + 1 if lag == 0 else 0
        return stable["n"] >= 2

    wait_until(idle, timeout, f"zero lag for {', '.join(stages)}", interval=1.5)


@dataclass
class FaultReport:
    name: str
    load: int
    notes: list[str] = field(default_factory=list)


def record(settings: Settings, report: FaultReport, *, expect_published: int | None = None,
           resent: dict[str, int] | None = None):
    """The ledger check at the end of every fault test: printed, appended to the ledger file.

    ``resent``: topic -> how many records a killed stage may have published twice. Stages are
    at-least-once between each other (the outputs of a batch it never committed are sent again
    by its successor, and ES deduplicates by _id), so after a kill -9 the victim's output topic
    may carry up to that many duplicates; they are reported, and any more fail the test.
    """
    from cli.verify import check
    resent = resent or {}
    ledger, replayed = None, {}
    for attempt in range(3):  # ES refreshes lag behind a just-finished bulk by up to a second
        ledger = check(settings)
        replayed = {t.topic: sum(n - 1 for _, _, n in t.duplicates) for t in ledger.topics if t.topic in resent}
        for t in ledger.topics:
            if t.topic in resent and replayed[t.topic] <= resent[t.topic]:
                t.per_version = Counter(dict.fromkeys(t.per_version, 1))
        if ledger.ok and (expect_published is None or ledger.published == expect_published):
            break
        time.sleep(2)
    lines = [f"== {report.name} (load {report.load} articles, namespace {settings.namespace}, "
             f"{time.strftime('%Y-%m-%d %H:%M:%S')})"]
    lines += [f"   {n}" for n in report.notes]
    lines += [f"   {topic}: {n} records sent twice by the replay after the kill (at most {resent[topic]} accepted)"
              for topic, n in replayed.items()]
    lines += [f"   {line}" for line in ledger.lines()]
    text = "\n".join(lines)
    print("\n" + text)
    LEDGER_FILE.parent.mkdir(parents=True, exist_ok=True)
    with open(LEDGER_FILE, "a", encoding="utf-8") as fh:
        fh.write(text + "\n")
    if expect_published is not None:
        assert ledger.published == expect_published, f"published {ledger.published} != {expect_published}"
    assert ledger.ok, text
    return ledger
