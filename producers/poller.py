"""The poll engine behind the ``poll_feeds`` flow: fetch (async), parse (process pool), publish.

One ``Poller`` is opened per run (or kept open by a long-running server). It
loads the dedupe state (``news.seen``) and the feed health (Elasticsearch),
then for a list of feeds:

1. ``gather``: fetch every due feed concurrently (producers.fetcher, in a
   thread with its own event loop); each body is handed to the parse pool
   the moment it lands, and each parsed feed's items are deduped at once:
   fetching, parsing and dedupe overlap;
2. ``collect`` the parse results still pending when the last feed answered,
   the same way, and send each feed's ``news.raw`` records (key = article_id)
   and ``news.seen`` records into one open Kafka transaction
   (producers.publish) as its parse lands: the sends overlap the pool's
   parsing instead of following it. Nothing is sent while the fetch thread
   runs: kafka-python's sender thread and the fetch thread then fought the
   sending thread for the interpreter lock;
3. ``publish``: send the rest and commit. Full-text pages are fetched only
   after that commit, so no transaction is open while they load, then sent
   and committed in a transaction of their own; then the feed health
   documents (ETags are saved only once the articles are committed). This
   order is the crash-safety argument (producers.dedupe).

A poll where every feed answers 304 parses nothing, reads no dedupe state and
opens no Kafka connection: it costs the conditional GETs and the health write.

Every item ends in exactly one outcome: published, update, duplicate,
rejected_future or rejected_invalid. What one feed brings cannot abort the
transaction of the others: a fetch or parse failure is that feed's error, and
a record over ``MAX_ARTICLE_BYTES`` is that item's ``rejected_invalid``. No
network wait happens inside the transaction: feeds are fetched before it opens,
full-text pages after it commits.
"""
from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import queue
import threading
import time
from collections import Counter
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import datetime, timezone

from newsradar.errors import FeedError
from newsradar.schema import FeedHealth
from newsradar.settings import Settings
from producers import schedule
from producers.config import FeedsFile, FeedSpec
from producers.dedupe import Known, SeenLog, SeenState
from producers.fetcher import Fetcher, FetchResult
from producers.parser import MAX_ARTICLE_BYTES, ParseResult, bump_version, parse_feed, with_full_text
from producers.phases import PhaseClock
from producers.publish import Publisher

log = logging.getLogger(__name__)

POOL_MIN_FEEDS = 12
OUTCOMES = ("published", "updates", "duplicates", "rejected_future", "rejected_invalid")


@dataclass
class FeedOutcome:
    feed_id: str
    outlet: str
    status: str                          # ok | not_modified | failed | skipped
    error_kind: str | None = None
    error: str | None = None
    http_status: int | None = None
    items_seen: int = 0
    counts: Counter = field(default_factory=Counter)
    elapsed_s: float = 0.0


class PollSummary:
    """What one poll did, feed by feed; ``str()`` prints a short report.

    A plain class, not a dataclass: the flow returns it, and Prefect walks a flow's return
    value looking for futures, into every dataclass, list and Counter it holds. For 1,000
    feeds that walk visited 11,000 objects, about 1 s at the end of every poll (load 10
    to 15); a plain object is one visit.
    """

    def __init__(self, feeds: list[FeedOutcome] | None = None, elapsed_s: float = 0.0) -> None:
        self.feeds: list[FeedOutcome] = feeds if feeds is not None else []
        self.elapsed_s = elapsed_s
        self.fulltext: Counter = Counter()
        self.phases = PhaseClock()

    @property
    def counts(self) -> Counter:
        total: Counter = Counter()
        for f in self.feeds:
            total[f"feeds_{f.status}"] += 1
            total["items_seen"] += f.items_seen
            total.update(f.counts)
        return total

    def __getitem__(self, key: str) -> int:
        return self.counts[key]

    def __str__(self) -> str:
        c = self.counts
        lines = [
            f"poll_feeds: {len(self.feeds)} feeds in {self.elapsed_s:.1f}s: ok={c['feeds_ok']} "
            f"not_modified={c['feeds_not_modified']} failed={c['feeds_failed']} skipped={c['feeds_skipped']}",
            f"  items seen={c['items_seen']} published={c['published']} updates={c['updates']} "
            f"duplicates={c['duplicates']} rejected_future={c['rejected_future']} "
            f"rejected_invalid={c['rejected_invalid']}",
        ]
        if self.phases.seconds:
            lines.append(f"  phases: {self.phases}")
        if self.fulltext:
            lines.append("  full text: " + ", ".join(f"{k}={v}" for k, v in sorted(self.fulltext.items())))
        for f in self.feeds:
            if f.status == "failed":
                lines.append(f"  FAILED {f.feed_id}: {f.error}")
        return "\n".join(lines)


@dataclass
class _Run:
    """One poll's routing state between ``collect`` and ``publish``."""

    now_dt: datetime
    entries: list = field(default_factory=list)
    outcomes: list = field(default_factory=list)
    pending_fulltext: list = field(default_factory=list)
    undo: dict = field(default_factory=dict)
    routed: set = field(default_factory=set)
    sent: int = 0        # entries[:sent] are in the open transaction or committed
    durable: int = 0     # entries[:durable] are committed

    @property
    def now(self) -> float:
        return self.now_dt.timestamp()


@dataclass
class Fetched:
    feed: FeedSpec
    result: FetchResult
    parsed: ParseResult | Future | None = None
    parse_args: tuple | None = None


def run_async(coro):
    """Run a coroutine to completion from sync code, even inside a thread with a running loop."""
    box: dict = {}

    def target() -> None:
        try:
            box["value"] = asyncio.run(coro)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller
            box["error"] = exc

    thread = threading.Thread(target=target, name="poll-async")
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["value"]


def _pool_context():
    # forkserver: a clean parent for the workers (no Prefect or Kafka threads forked mid-lock).
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["producers.parser", "producers.fulltext"])
    return ctx


_POOLS: dict[int, ProcessPoolExecutor] = {}
_POOLS_LOCK = threading.Lock()


def shared_pool(workers: int, *, renew: bool = False) -> ProcessPoolExecutor:
    """One parse pool per process and size, kept across polls (a served poller starts it once).

    ``renew`` replaces a pool whose worker died (BrokenProcessPool).
    """
    with _POOLS_LOCK:
        pool = _POOLS.get(workers)
        if pool is not None and (renew or getattr(pool, "_broken", False)):
            pool.shutdown(wait=False, cancel_futures=True)
            pool = None
        if pool is None:
            pool = _POOLS[workers] = ProcessPoolExecutor(workers, mp_context=_pool_context())
        return pool


def _submit(workers: int, fn, *args, **kwargs) -> Future:
    try:
        return shared_pool(workers).submit(fn, *args, **kwargs)
    except BrokenProcessPool:
        return shared_pool(workers, renew=True).submit(fn, *args, **kwargs)


class Poller:
    def __init__(self, settings: Settings, config: FeedsFile, *, use_kafka: bool = True, use_es: bool = True,
                 transport=None, resolver=None, role: str = "all"):
        if settings is None:
            from newsradar.settings import get_settings

            settings = get_settings()
        self.settings = settings
        self.config = config
        self.use_kafka = use_kafka
        self.role = role
        self.use_es = use_es
        self.transport = transport
        self.resolver = resolver
        self.seen = SeenState(config.dedupe.title_window.total_seconds())
        self.health: dict[str, FeedHealth] = {}
        self.publisher = Publisher(settings, role, enabled=use_kafka)
        self._run: _Run | None = None
        self._seen_log: SeenLog | None = None
        self._seen_current = False
        self._health_store = None
        self.clock = PhaseClock()  # this poll's phases; the first poll's include open()
        workers = config.parse_workers if config.parse_workers is not None else (os.cpu_count() or 1)
        self.workers = workers

    # -- lifecycle ---------------------------------------------------------------------------------

    def open(self) -> "Poller":
        if self.use_es:
            from newsradar.feed_health import HealthStore

            self._health_store = HealthStore(self.settings)
            with self.clock("load health"):
                self.health = self._health_store.load()
        return self

    def refresh(self) -> None:
        """Before each poll: the dedupe state must be caught up again before it is next used."""
        self._seen_current = False

    def _ensure_seen(self) -> None:
        """Load (first time) or catch up (later) the dedupe state from news.seen, when first needed.

        Lazy on purpose: a poll where every feed answers 304 never reads the state, and
        in a cold poll the read overlaps with the parse workers still busy on other feeds.
        """
        if self._seen_current or not self.use_kafka:
            return
        with self.clock("open producer"):
            # First, so that a killed predecessor's open transaction is fenced (aborted) before
            # the state is read: read_committed stops at an open transaction.
            self.publisher.ensure_open()
        with self.clock("load dedupe state"):
            if self._seen_log is None:
                self._seen_log = SeenLog(self.settings, self.seen).open()
            else:
                self._seen_log.catch_up()
        self._seen_current = True

    def close(self) -> None:
        if self._seen_log is not None:
            self._seen_log.close()
            self._seen_log = None
        self.publisher.close()

    def __enter__(self) -> "Poller":
        return self.open()

    def __exit__(self, *exc) -> None:
        self.close()

    def submit(self, fn, *args, **kwargs) -> Future:
        return _submit(self.workers, fn, *args, **kwargs)

    # -- selection ---------------------------------------------------------------------------------

    def select(self, feeds: list[FeedSpec], *, only_due: bool, now: datetime) -> tuple[list[FeedSpec], list[FeedSpec]]:
        """(to poll, skipped): dead feeds are always skipped; with ``only_due`` so are feeds not yet due."""
        chosen, skipped = [], []
        for feed in feeds:
            health = self._health_for(feed)
            if health is not None and health.status == "dead":
                skipped.append(feed)
            elif only_due and not schedule.is_due(health, now):
                skipped.append(feed)
            else:
                chosen.append(feed)
        return chosen, skipped

    def _health_for(self, feed: FeedSpec) -> FeedHealth | None:
        health = self.health.get(feed.id)
        if health is not None and health.url != feed.url:
            return None  # the URL changed in the config: a new feed as far as state goes
        return health

    # -- 1. fetch (and start parsing) -----------------------------------------------------------------

    def gather(self, feeds: list[FeedSpec]) -> list[Fetched]:
        """Fetch every feed, and meanwhile dedupe each feed's articles as soon as it is parsed.

        The fetching runs in a thread of its own (an event loop); ``collect`` takes the feeds
        still parsing when the last one answered.
        """
        ready: queue.SimpleQueue = queue.SimpleQueue()
        box: dict = {}

        def target() -> None:
            try:
                box["value"] = asyncio.run(self.fetch(feeds, ready=ready.put))
            except BaseException as exc:  # noqa: BLE001 - re-raised below, in the caller's thread
                box["error"] = exc
            finally:
                ready.put(None)

        thread = threading.Thread(target=target, name="poll-fetch")
        thread.start()
        run = self._run_state()
        try:
            while (f := ready.get()) is not None:
                self._take(run, f)
        finally:
            thread.join()  # a failure here (the dedupe state unreadable) leaves no fetch running behind
        if "error" in box:
            raise box["error"]
        return box["value"]

    async def fetch(self, feeds: list[FeedSpec], *, ready=None) -> list[Fetched]:
        """Fetch every feed concurrently and start its parse; ``ready(fetched)`` once it can be routed."""
        # A process pool pays off past a handful of feeds; below that its start-up costs more.
        pool = self.workers > 0 and len(feeds) >= POOL_MIN_FEEDS
        loop = asyncio.get_running_loop()
        tolerance = self.config.dedupe.future_tolerance.total_seconds()
        max_bytes = self.config.http.max_bytes

        async with Fetcher(self.config.http, transport=self.transport, resolver=self.resolver) as fetcher:
            async def one(feed: FeedSpec) -> Fetched:
                try:
                    fetched = await fetch_one(feed)
                except Exception as exc:  # noqa: BLE001 - one feed's surprise fails that feed, not the run
                    error = exc if isinstance(exc, FeedError) else FeedError(
                        "parse", f"{exc.__class__.__name__}: {exc}")
                    fetched = Fetched(feed, FetchResult(feed.url, "failed", datetime.now(timezone.utc), error=error))
                if ready is not None and not isinstance(fetched.parsed, Future):
                    ready(fetched)
                return fetched

            async def fetch_one(feed: FeedSpec) -> Fetched:
                health = self._health_for(feed)
                result = await fetcher.fetch(
                    feed.url, etag=health.etag if health else None,
                    last_modified=health.last_modified if health else None,
                    body_hash=health.body_hash if health else None, allow_private=feed.allow_private)
                fetched = Fetched(feed, result)
                if result.status == "ok" and result.body is not None:
                    args = (result.body, feed)
                    kwargs = dict(fetched_at=result.fetched_at, base_url=result.final_url or feed.url,
                                  content_type=result.content_type, future_tolerance_s=tolerance,
                                  max_bytes=max_bytes)
                    if pool:
                        fetched.parse_args = (args, kwargs)  # kept until collected, for a retry
                        fetched.parsed = self.submit(parse_feed, *args, **kwargs)
                        if ready is not None:
                            fetched.parsed.add_done_callback(lambda _done, f=fetched: ready(f))
                    else:
                        fetched.parsed = await loop.run_in_executor(None, lambda: parse_feed(*args, **kwargs))
                return fetched

            with self.clock("fetch"):
                return list(await asyncio.gather(*(one(f) for f in feeds)))

    # -- 2. collect parse results -----------------------------------------------------------------------

    def collect(self, fetched: list[Fetched]) -> list[Fetched]:
        """Wait for the parse results ``gather`` has not taken, routing and sending each as it lands.

        The fetching is over by now, so sending here no longer fights the fetch thread for the
        interpreter lock, and the sends overlap the pool's parsing instead of following it;
        ``publish`` sends the rest and commits.
        """
        run = self._run_state()
        pending = {f.parsed: f for f in fetched if isinstance(f.parsed, Future)}
        try:
            for f in fetched:
                if not isinstance(f.parsed, Future):
                    self._route(run, f)
            self._send(run)
            waited_from = time.perf_counter()
            for future in as_completed(pending):
                self.clock.add("wait for parse pool", time.perf_counter() - waited_from)
                self._take(run, pending[future])
                self._send(run)
                waited_from = time.perf_counter()
        except BaseException:
            self._run = None
            self._fail(run)
            raise
        return fetched

    @staticmethod
    def parsing(f: Fetched) -> bool:
        """Whether ``f`` still waits on the parse pool (``collect`` has it to take)."""
        return isinstance(f.parsed, Future)

    def has_articles(self) -> bool:
        """Whether this poll has articles to publish (routed, or waiting for their full text)."""
        run = self._run
        return run is not None and bool(run.entries or run.pending_fulltext)

    def _take(self, run: "_Run", f: Fetched) -> None:
        """Route (dedupe) a feed whose fetch, and parse if any, is done."""
        if isinstance(f.parsed, Future):
            try:
                f.parsed = f.parsed.result()
            except BrokenProcessPool:
                # A worker died (killed, or out of memory on this very feed): once more, alone.
                try:
                    f.parsed = self.submit(parse_feed, *f.parse_args[0], **f.parse_args[1]).result()
                except Exception as exc:  # noqa: BLE001 - then this feed fails, the others go on
                    f.parsed = ParseResult(f.feed.id, failure=("parse", f"parser crashed: {exc!r}"))
            except Exception as exc:  # noqa: BLE001 - a parser bug fails this feed only
                f.parsed = ParseResult(f.feed.id, failure=("parse", f"parser crashed: {exc!r}"))
            f.parse_args = None
        self._route(run, f)

    def _send(self, run: "_Run") -> None:
        if run.sent < len(run.entries):
            with self.clock("send"):
                self.publisher.send(run.entries[run.sent:])
            run.sent = len(run.entries)

    def _commit(self, run: "_Run") -> None:
        if not self.publisher.in_transaction:
            return
        with self.clock("commit"):
            self.publisher.commit()
        # Committed claims are true now: a later failure must not take them back.
        for entry in run.entries[run.durable:run.sent]:
            run.undo.pop(entry["article_id"], None)
        run.durable = run.sent

    # -- 3. dedupe, publish, record --------------------------------------------------------------------

    def _run_state(self) -> "_Run":
        if self._run is None:
            self._run = _Run(datetime.now(timezone.utc))
        return self._run

    def _route(self, run: "_Run", f: Fetched) -> None:
        """Dedupe one feed's items and queue the new ones for ``publish``."""
        if id(f) in run.routed:
            return
        run.routed.add(id(f))
        if isinstance(f.parsed, ParseResult) and f.parsed.items:
            self._ensure_seen()  # timed as its own phases
        with self.clock("dedupe"):
            self._dedupe(run, f)

    def _dedupe(self, run: "_Run", f: Fetched) -> None:
        outcome = FeedOutcome(f.feed.id, f.feed.outlet, f.result.status, http_status=f.result.http_status,
                              elapsed_s=f.result.elapsed_s)
        run.outcomes.append((f, outcome))
        error = f.result.error or (f.parsed.error if isinstance(f.parsed, ParseResult) else None)
        if error is not None:
            outcome.status, outcome.error_kind, outcome.error = "failed", error.kind, str(error)
            return
        if not isinstance(f.parsed, ParseResult):
            return
        self.clock.add("parse CPU in the pool", f.parsed.cpu_s)
        self.clock.add("of which feedparser", f.parsed.feedparser_cpu_s)
        parsed, now = f.parsed, run.now
        outcome.items_seen = parsed.seen
        outcome.counts["rejected_future"] += parsed.rejected_future
        outcome.counts["rejected_invalid"] += parsed.rejected_invalid
        for item in parsed.items:
            decision, version, article_id = self.seen.decide(item, now)
            if decision == "duplicate":
                outcome.counts["duplicates"] += 1
                continue
            value = item.value if decision == "new" else bump_version(item.value, version, article_id)
            # Claim the keys now so the same article later in this run is a duplicate
            # (and remember how to take the claim back if the transaction fails).
            run.undo.setdefault(article_id, self.seen.articles.get(article_id))
            seen_value = self.seen.record(article_id, version, item.content_hash, item.keys, now)
            entry = dict(outcome=outcome, decision=decision, article_id=article_id, version=version,
                         item=item, value=value, seen_value=seen_value, allow_private=f.feed.allow_private,
                         key_hash=item.key_hash if article_id == item.article_id else None)
            if item.fetch_full_text:
                run.pending_fulltext.append(entry)
            elif self._admit(run, entry):
                run.entries.append(entry)

    def publish(self, fetched: list[Fetched], *, skipped: list[FeedSpec] = ()) -> PollSummary:
        """Send what ``collect`` has not and commit; then full text in a transaction of its own; save feed health."""
        run = self._run_state()
        self._run = None
        summary = PollSummary()
        try:
            for f in fetched:
                self._route(run, f)
            if run.pending_fulltext:
                self._send(run)
                self._commit(run)  # no transaction stays open while pages load
                with self.clock("full text"):
                    pages = self._add_full_text(run.pending_fulltext, summary)
                run.entries.extend([e for e in pages if self._admit(run, e)])
            self._send(run)
            self._commit(run)
        except BaseException:
            self._fail(run)
            raise
        for entry in run.entries:
            entry["outcome"].counts["published" if entry["decision"] == "new" else "updates"] += 1

        with self.clock("save health"):
            healths = [self._update_health(f, outcome, run.now_dt) for f, outcome in run.outcomes]
            if self._health_store is not None:
                self._health_store.save(healths)
        for feed in skipped:
            summary.feeds.append(FeedOutcome(feed.id, feed.outlet, "skipped"))
        summary.feeds.extend(o for _, o in run.outcomes)
        summary.phases, self.clock = self.clock, PhaseClock()
        return summary

    def _fail(self, run: "_Run") -> None:
        """Whatever went wrong, the claims not yet committed go: a retry must see these items as new."""
        self.publisher.abort()
        self._undo(run.undo)
        run.undo.clear()

    def _admit(self, run: "_Run", entry: dict) -> bool:
        """Keep a record under ``MAX_ARTICLE_BYTES``; a bigger one is its item's ``rejected_invalid``.

        The parser caps fields, but full text and JSON escaping can still grow a record, and one
        record the broker refuses would abort the whole transaction.
        """
        if len(entry["value"]) <= MAX_ARTICLE_BYTES:
            return True
        entry["outcome"].counts["rejected_invalid"] += 1
        article_id = entry["article_id"]
        if not any(e["article_id"] == article_id for e in run.entries):
            self._undo({article_id: run.undo.pop(article_id, None)})
        return False

    def _undo(self, undo: dict[str, "Known | None"]) -> None:
        for article_id, previous in undo.items():
            current = self.seen.articles.pop(article_id, None)
            for key in current.keys if current else ():
                if self.seen.by_key.get(key) == article_id:
                    del self.seen.by_key[key]
            if previous is not None:
                self.seen.apply({"article_id": previous.article_id, "version": previous.version,
                                 "content_hash": previous.content_hash, "seen_at": previous.seen_at,
                                 "keys": list(previous.keys)})

    def _add_full_text(self, entries: list[dict], summary: PollSummary) -> list[dict]:
        from producers.fulltext import extract_text, fetch_pages

        async def go():
            async with Fetcher(self.config.http, transport=self.transport, resolver=self.resolver) as fetcher:
                return await fetch_pages(fetcher, [(e["item"].url, e["allow_private"]) for e in entries])

        pages = run_async(go())
        futures = {}
        for url, page in pages.items():
            if isinstance(page, FeedError):
                summary.fulltext[f"failed_{page.kind}"] += 1
                continue
            futures[url] = self.submit(extract_text, page, url) if self.workers > 0 else extract_text(page, url)
        for entry in entries:
            url = entry["item"].url
            text = futures.get(url)
            if isinstance(text, Future):
                try:
                    text = text.result()
                except Exception:  # noqa: BLE001 - no text is an outcome, not a crash
                    text = ""
            if text:
                entry["value"], _ = with_full_text(entry["value"], text)
                summary.fulltext["extracted"] += 1
            elif url in futures:
                summary.fulltext["no_text"] += 1
        return entries

    def _update_health(self, f: Fetched, outcome: FeedOutcome, now: datetime) -> FeedHealth:
        feed, result = f.feed, f.result
        previous = self._health_for(feed)
        h = (previous.model_copy() if previous is not None else
             FeedHealth(feed_id=feed.id, url=feed.url, outlet=feed.outlet, group=feed.group, updated_at=now))
        h.outlet, h.group, h.updated_at, h.last_polled_at = feed.outlet, feed.group, now, now
        cfg = self.config.schedule
        if outcome.status == "failed":
            h.consecutive_failures += 1
            h.last_error, h.last_error_kind = (outcome.error or "")[:1000], outcome.error_kind
            retry_after = result.error.retry_after if result.error is not None else None
            delay = schedule.next_failure_interval(feed, h.consecutive_failures, outcome.error_kind,
                                                   retry_after, cfg)
            h.status = "dead" if schedule.is_dead(h, now, cfg) else "failing"
        else:
            h.status, h.consecutive_failures, h.last_success_at = "ok", 0, now
            h.etag = result.etag or (h.etag if outcome.status == "not_modified" else None)
            h.last_modified = result.last_modified or (h.last_modified if outcome.status == "not_modified" else None)
            h.body_hash = result.body_hash or h.body_hash
            h.final_url = result.final_url or h.final_url
            if isinstance(f.parsed, ParseResult):
                h.items_seen += outcome.items_seen
                h.items_published += outcome.counts["published"] + outcome.counts["updates"]
                h.mean_publish_interval_s = schedule.smoothed(
                    h.mean_publish_interval_s, schedule.observed_interval(f.parsed.publish_times))
            delay = schedule.next_success_interval(feed, h.mean_publish_interval_s, cfg)
        h.next_poll_at = schedule.after(now, delay)
        self.health[feed.id] = h
        return h
