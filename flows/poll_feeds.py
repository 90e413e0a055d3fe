"""Flow ``poll_feeds``: read feeds.yaml, fetch every due feed, parse, dedupe, publish to news.raw.

Three retried tasks composed in plain Python (producers.poller holds the work):

- ``fetch_feeds``: every feed of the run concurrently (async httpx, per-host
  politeness); each body goes to the parse pool the moment it lands, and each
  feed parsed meanwhile is deduped at once;
- ``parse_feeds``: the same for the feeds still parsing when the last one answered
  (a process pool: parsing is CPU-bound);
- ``publish_articles``: news.raw and news.seen in one Kafka transaction; optional
  full text (fetched after that commit, in a transaction of its own); then feed health.

The tasks work on the whole batch, not one feed each: a Prefect task run costs
milliseconds of bookkeeping, which for a thousand feeds answering 304 would be
most of the poll. For the same reason ``parse_feeds`` runs as a task only when a
parse is still pending once the fetching is done, and ``publish_articles`` only
when there is an article to publish: a poll where every feed answered 304 or
failed runs ``fetch_feeds`` only, and saves feed health in the flow.
Per-feed outcomes are in the returned ``PollSummary``.

``newsradar run --once`` (and the benches) call ``poll_once(feeds_file, settings)``
(every feed but the dead ones): the flow run without Prefect's flow-run heartbeat,
whose thread sleeps in whole seconds and is joined at the run's end, which added
0.6 to 1 s to every poll (an all-304 re-poll of 1,000 feeds takes 2 to 3 s).
Heartbeats only serve an automation that marks silent runs crashed, which
NewsRadar does not define: ``serve`` settles the runs a stopped poller left
(flows.deploy). The served deployments, run by Prefect's runner, call the flow
with ``group``, ``shard`` and ``only_due=True`` and keep their heartbeats.
"""
from __future__ import annotations

import logging
import time
from datetime import datetime, timezone
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext, SettingsContext, get_settings_context
from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, Settings as PrefectSettings
from prefect.utilities.annotations import quote

from consumers.young_gc import BULK_STAGE_THRESHOLD, young_gc_threshold
from newsradar.settings import Settings, get_settings
from producers.config import FeedSpec, Shard, load_feeds
from producers.poller import Fetched, PollSummary, Poller

log = logging.getLogger(__name__)

TASK_OPTIONS = dict(cache_policy=NO_CACHE, persist_result=False, log_prints=False)


@task(name="fetch_feeds", retries=1, retry_delay_seconds=5, tags=["feed-fetch"], **TASK_OPTIONS)
def fetch_feeds(poller: Poller, feeds: list[FeedSpec]) -> list[Fetched]:
    return poller.gather(feeds)


@task(name="parse_feeds", tags=["feed-parse"], **TASK_OPTIONS)
def parse_feeds(poller: Poller, fetched: list[Fetched]) -> list[Fetched]:
    return poller.collect(fetched)


@task(name="publish_articles", retries=2, retry_delay_seconds=10, tags=["kafka-publish"], **TASK_OPTIONS)
def publish_articles(poller: Poller, fetched: list[Fetched], skipped: list[FeedSpec]) -> PollSummary:
    return poller.publish(fetched, skipped=skipped)


def _bare(value):
    return value


def poll(poller: Poller, feeds: list[FeedSpec], *, only_due: bool = False) -> PollSummary:
    """One poll of ``feeds`` with an open ``poller``: the flow's body, usable without Prefect (bench)."""
    # A cold poll of 1,000 feeds keeps some hundred thousand acyclic objects (each item's routing
    # entry, record bytes and dedupe state) until its commit: with the collector's default (700)
    # its process, which also holds Prefect's, Kafka's and Elasticsearch's clients, ran five full
    # collections a cold poll (0.12 to 0.2 s of the interpreter lock each, freeing 6,000 objects at
    # most of the 300,000 they scanned) and one in most all-304 re-polls.
    with young_gc_threshold(BULK_STAGE_THRESHOLD):
        return _poll(poller, feeds, only_due)


def _poll(poller: Poller, feeds: list[FeedSpec], only_due: bool) -> PollSummary:
    started = time.monotonic()
    chosen, skipped = poller.select(feeds, only_due=only_due, now=datetime.now(timezone.utc))
    poller.refresh()
    # Inside a flow run the tasks are tracked by Prefect; outside one (the bench, `poll_feeds.fn`)
    # the same functions run bare, so there is one code path either way.
    tracked = FlowRunContext.get() is not None
    fetch, parse, publish = ((fetch_feeds, parse_feeds, publish_articles) if tracked else
                             (fetch_feeds.fn, parse_feeds.fn, publish_articles.fn))
    # Prefect walks every task argument looking for futures: for a thousand feeds and their
    # items that walk cost a third of a cold poll. quote() tells it these hold none.
    wrap = quote if tracked else _bare
    fetched = fetch(poller, wrap(chosen))
    # A task run costs its bookkeeping plus a round trip to the server for its tag's concurrency
    # slot (about a tenth of an all-304 poll each, on a busy machine). So parse_feeds runs as a
    # task only while some parse is still in the pool, and publish_articles only when there is
    # an article to publish; otherwise the same functions run bare, and feed health is saved
    # either way (the retries are for Kafka, which a poll with nothing to send never touches).
    if any(poller.parsing(f) for f in fetched):
        fetched = parse(poller, wrap(fetched))
    else:
        fetched = parse_feeds.fn(poller, fetched)
    if poller.has_articles():
        summary = publish(poller, wrap(fetched), wrap(skipped))
    else:
        summary = publish_articles.fn(poller, fetched, skipped)
    summary.elapsed_s = time.monotonic() - started
    return summary


@flow(name="poll-feeds", log_prints=False, validate_parameters=False)
def poll_feeds(feeds_file: Path | None = None, settings: Settings | None = None, *,
               group: str | None = None, shard: str | None = None, only_due: bool = False) -> PollSummary:
    """Poll the feeds of ``feeds_file`` (default: settings.feeds_file) once and publish new articles.

    ``group`` limits the run to one group of feeds.yaml; ``shard`` ("i/n") to the
    feeds whose stable hash belongs to this poller; ``only_due`` skips feeds
    whose adaptive schedule says not yet. Dead feeds are always skipped.
    """
    settings = settings or get_settings()
    config = load_feeds(feeds_file or settings.feeds_file)
    feeds = config.feeds(group=group, shard=Shard.parse(shard) if shard else None)
    role = f"{group or 'all'}.{(shard or '0/1').replace('/', '-of-')}"
    with Poller(settings, config, role=role) as poller:
        summary = poll(poller, feeds, only_due=only_due)
    log.info("%s", summary)
    return summary


# (Prefect settings, the same without the heartbeat): the copy is made once per settings object.
_unbeaten: tuple[PrefectSettings, PrefectSettings] | None = None


def _without_heartbeat(current: PrefectSettings) -> PrefectSettings:
    # Building Prefect settings re-reads every source (environment, profile, .env) for each of
    # their fifty-odd models: 0.2 to 1.4 s a poll at load 15, paid before the flow run started.
    global _unbeaten
    if _unbeaten is None or _unbeaten[0] is not current:
        _unbeaten = (current, current.copy_with_update(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}))
    return _unbeaten[1]


def poll_once(feeds_file: Path | None = None, settings: Settings | None = None, **kwargs) -> PollSummary:
    """One tracked ``poll-feeds`` flow run from this process, without the flow-run heartbeat (above)."""
    context = get_settings_context()
    with SettingsContext(profile=context.profile, settings=_without_heartbeat(context.settings)):
        return poll_feeds(feeds_file, settings, **kwargs)
