"""``serve``: one scheduled ``poll-feeds-<group>`` deployment per feed group, served in this process.

``newsradar serve`` (and ``newsradar run`` through flows.supervisor) calls
``serve(feeds_file, settings)``. Each deployment runs flow ``poll-feeds`` with
``group``, ``only_due=True`` and, when given, ``shard``, at the group's
interval from feeds.yaml; inside a run each feed follows its own adaptive
schedule (producers.schedule), so the group interval is the finest cadence.

- ``concurrency_limit=1`` per deployment: a slow run is never overlapped by
  the next one of the same group;
- task tags carry concurrency limits (``feed-fetch``, ``kafka-publish``),
  created on the Prefect server if missing, so several pollers sharing one
  server do not all hammer the network or the broker at once;
- the tasks retry (flows.poll_feeds); ``pause_on_shutdown=False`` so stopping
  the server leaves the schedules active for the next start.

Splitting feeds across pollers: start one ``serve`` per shard with
``shard="i/n"`` (stable hash of the feed id, producers.config.Shard) and the same
``n`` everywhere; no feed is polled by two of them.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

from newsradar.settings import Settings, get_settings
from producers.config import Shard, load_feeds

log = logging.getLogger(__name__)

TAG_LIMITS = {"feed-fetch": 4, "feed-parse": 4, "kafka-publish": 4}


def deployments(feeds_file: Path, *, shard: str | None = None) -> list:
    """The ``RunnerDeployment`` of every group in ``feeds_file`` (validated first)."""
    from flows.poll_feeds import poll_feeds

    feeds_file = Path(feeds_file).resolve()
    config = load_feeds(feeds_file)
    suffix = ""
    if shard:
        parsed = Shard.parse(shard)
        suffix = f"-shard-{parsed.index}-of-{parsed.count}"
    out = []
    for group in config.groups:
        interval = config.group_interval(group.name)
        minutes = int(interval.total_seconds() // 60)
        out.append(poll_feeds.to_deployment(
            name=f"poll-feeds-{group.name}{suffix}",
            interval=interval,
            concurrency_limit=1,
            parameters={"feeds_file": str(feeds_file), "group": group.name, "shard": shard, "only_due": True},
            description=f"Poll the {len(group.feeds)} feeds of group {group.name!r} every {minutes} min "
                        "(each feed on its own adaptive schedule).",
            tags=["newsradar", "poll-feeds", f"group:{group.name}"],
            enforce_parameter_schema=False,
        ))
    return out


def ensure_tag_limits(limits: dict[str, int] = TAG_LIMITS) -> None:
    """Create the task-tag concurrency limits if the Prefect server lacks them (best effort)."""
    from prefect import get_client

    try:
        with get_client(sync_client=True) as client:
            for tag, limit in limits.items():
                client.create_concurrency_limit(tag=tag, concurrency_limit=limit)
    except Exception as exc:  # noqa: BLE001 - limits are an optimisation, serving must go on
        log.warning("could not create task concurrency limits: %s", exc)


def _export(settings: Settings) -> None:
    # Flow runs started by the served deployments read settings from the environment.
    os.environ["NEWSRADAR_NAMESPACE"] = settings.namespace
    os.environ["NEWSRADAR_KAFKA_BOOTSTRAP"] = settings.kafka_bootstrap
    os.environ["NEWSRADAR_ES_URL"] = settings.es_url


def serve(feeds_file: Path | None = None, settings: Settings | None = None, *, shard: str | None = None,
          limit: int | None = None) -> None:
    """Serve every group's deployment until stopped (SIGTERM / Ctrl-C)."""
    from prefect import serve as prefect_serve

    settings = settings or get_settings()
    feeds_file = Path(feeds_file or settings.feeds_file)
    _export(settings)
    deps = deployments(feeds_file, shard=shard)
    ensure_tag_limits()
    prefect_serve(*deps, pause_on_shutdown=False, limit=limit, print_starting_message=True)
