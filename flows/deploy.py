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

Schedules need a real Prefect server (its scheduler service creates the runs;
Prefect's ephemeral API has none): ``serve`` checks for one before anything
starts. At start it polls at once instead of one interval later, and drops the
runs that fell due while nothing served them: a restart resumes with one poll,
not a backlog. Each feed's own due time (producers.schedule) keeps that extra
poll from fetching a feed again before it is due.

Deployment names carry the namespace (``<namespace>-poll-feeds-<group>``), so
tests and the demo can share one Prefect server without taking over each
other's deployments.

Splitting feeds across pollers: start one ``serve`` per shard with
``shard="i/n"`` (stable hash of the feed id, producers.config.Shard) and the same
``n`` everywhere; no feed is polled by two of them.
"""
from __future__ import annotations

import logging
import math
import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx

from newsradar.clients import display_url
from newsradar.errors import ServiceUnavailableError
from newsradar.settings import Settings, get_settings
from producers.config import Shard, load_feeds

log = logging.getLogger(__name__)

TAG_LIMITS = {"feed-fetch": 4, "feed-parse": 4, "kafka-publish": 4}


FLOW_NAME = "poll-feeds"


def deployment_prefix(namespace: str) -> str:
    return f"{namespace}-{FLOW_NAME}-" if namespace else f"{FLOW_NAME}-"


def deployments(feeds_file: Path, *, shard: str | None = None, namespace: str = "") -> list:
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
            name=f"{deployment_prefix(namespace)}{group.name}{suffix}",
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


def _prefect_api(settings: Settings, purpose: str) -> tuple[str, dict[str, str]]:
    """The Prefect API URL and headers, once its health endpoint answers; ``purpose`` says what
    would fail without it."""
    api = os.environ.get("PREFECT_API_URL")
    if not api:
        raise ServiceUnavailableError(
            "PREFECT_API_URL is not set, so Prefect would use its ephemeral API, which never creates "
            "scheduled runs: nothing would be polled. Start the local Prefect server with `make up` "
            "(NewsRadar then uses it), or set PREFECT_API_URL to your own server or Prefect Cloud")
    key = os.environ.get("PREFECT_API_KEY")
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    start = ("start it with `make up`" if api == settings.local_prefect_api_url
             else "start that server, or unset PREFECT_API_URL to use the local one (`make up`)")
    try:
        httpx.get(f"{api.rstrip('/')}/health", headers=headers, timeout=10).raise_for_status()
    except httpx.HTTPError as exc:
        raise ServiceUnavailableError(
            f"Prefect server is not reachable at {display_url(api)} ({exc.__class__.__name__}): {start}; "
            f"without it {purpose}") from exc
    return api, headers


def check_api(settings: Settings) -> None:
    """Raise unless the Prefect API answers: enough for a one-off flow run, which no scheduler starts."""
    _prefect_api(settings, "no poll can run")


def check_scheduler(settings: Settings) -> None:
    """Raise unless the Prefect API answers and runs a scheduler, saying what to do."""
    api, headers = _prefect_api(settings, "no scheduled poll runs")
    try:
        admin = httpx.get(f"{api.rstrip('/')}/admin/settings", headers=headers, timeout=10)
    except httpx.HTTPError as exc:
        raise ServiceUnavailableError(
            f"Prefect server at {display_url(api)} stopped answering ({exc.__class__.__name__}); "
            "without it no scheduled poll runs") from exc
    # Prefect Cloud has no admin endpoint and always schedules; a self-hosted server says whether it does.
    if admin.status_code == 200:
        scheduler = admin.json().get("server", {}).get("services", {}).get("scheduler", {})
        if not scheduler.get("enabled", True):
            raise ServiceUnavailableError(
                f"the Prefect server at {display_url(api)} runs without its scheduler service, so no scheduled poll "
                "would ever run: restart it with PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED=true")


def _catch_up(deps: list, log) -> None:
    """Register ``deps``, drop runs missed while nothing served them, settle runs a stopped
    poller left unfinished (they hold the deployment's one concurrency slot), and poll now
    unless the deployment is paused."""
    from prefect import get_client
    from prefect.client.schemas.filters import (
        DeploymentFilter, DeploymentFilterId, FlowRunFilter, FlowRunFilterExpectedStartTime,
        FlowRunFilterState, FlowRunFilterStateType)
    from prefect.client.schemas.objects import StateType
    from prefect.exceptions import ObjectNotFound
    from prefect.states import Crashed

    now = datetime.now(timezone.utc)
    with get_client(sync_client=True) as client:
        for dep in deps:
            # Registering sends `paused`; keep a pause set in the UI across restarts.
            try:
                dep.paused = client.read_deployment_by_name(f"{FLOW_NAME}/{dep.name}").paused
            except ObjectNotFound:
                dep.paused = False
            dep_id = dep.apply()
            only_this = DeploymentFilter(id=DeploymentFilterId(any_=[dep_id]))
            missed = client.read_flow_runs(deployment_filter=only_this, flow_run_filter=FlowRunFilter(
                state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.SCHEDULED])),
                expected_start_time=FlowRunFilterExpectedStartTime(before_=now)))
            for run in missed:
                client.delete_flow_run(run.id)
            unfinished = client.read_flow_runs(deployment_filter=only_this, flow_run_filter=FlowRunFilter(
                state=FlowRunFilterState(type=FlowRunFilterStateType(
                    any_=[StateType.PENDING, StateType.RUNNING, StateType.CANCELLING]))))
            for run in unfinished:
                client.set_flow_run_state(run.id, Crashed(message="its poller stopped before it finished"),
                                          force=True)
            if dep.paused:
                log(f"{dep.name} is paused: resume it in the Prefect UI to poll its group")
            else:
                client.create_flow_run_from_deployment(dep_id, tags=["on-start"])
            if missed or unfinished:
                log(f"{dep.name}: dropped {len(missed)} missed run(s), settled {len(unfinished)} "
                    "unfinished one(s)")


def serve(feeds_file: Path | None = None, settings: Settings | None = None, *, shard: str | None = None,
          limit: int | None = None, log=print) -> None:
    """Serve every group's deployment until stopped (SIGTERM / Ctrl-C); poll once right away."""
    from prefect import serve as prefect_serve

    settings = settings or get_settings()
    feeds_file = Path(feeds_file or settings.feeds_file)
    check_scheduler(settings)
    _export(settings)
    deps = deployments(feeds_file, shard=shard, namespace=settings.namespace)
    ensure_tag_limits()
    _catch_up(deps, log)
    ui = settings.prefect_api_url.removesuffix("/api")
    log(f"Prefect: {display_url(settings.prefect_api_url)}; runs and schedules in the UI at {display_url(ui)}/deployments")
    prefect_serve(*deps, pause_on_shutdown=False, limit=limit, print_starting_message=True)


@dataclass
class DeploymentRow:
    name: str
    schedule: str
    paused: bool
    served: bool
    last_run: str
    last_state: str
    next_run: str
    group: str
    interval: timedelta | None
    next_at: datetime | None
    shard: str | None = None


def _when(at: datetime | None, now: datetime) -> str:
    if at is None:
        return "-"
    seconds = (at - now).total_seconds()
    rel = f"in {seconds:.0f}s" if seconds >= 0 else f"{-seconds:.0f}s ago"
    return f"{at.astimezone(timezone.utc):%H:%M:%S} ({rel})"


def deployment_status(settings: Settings) -> list[DeploymentRow]:
    """This namespace's poll deployments on the Prefect server, with their last and next run."""
    from prefect import get_client
    from prefect.client.schemas.filters import (
        DeploymentFilter, DeploymentFilterId, FlowFilter, FlowFilterName, FlowRunFilter,
        FlowRunFilterState, FlowRunFilterStateType)
    from prefect.client.schemas.objects import DeploymentStatus, StateType
    from prefect.client.schemas.sorting import FlowRunSort

    prefix = deployment_prefix(settings.namespace)
    now = datetime.now(timezone.utc)
    out = []
    with get_client(sync_client=True) as client:
        found = client.read_deployments(flow_filter=FlowFilter(name=FlowFilterName(any_=[FLOW_NAME])))
        for dep in sorted((d for d in found if d.name.startswith(prefix)), key=lambda d: d.name):
            only_this = DeploymentFilter(id=DeploymentFilterId(any_=[dep.id]))
            last = client.read_flow_runs(
                deployment_filter=only_this, sort=FlowRunSort.START_TIME_DESC, limit=1,
                flow_run_filter=FlowRunFilter(state=FlowRunFilterState(type=FlowRunFilterStateType(
                    not_any_=[StateType.SCHEDULED]))))
            upcoming = client.read_flow_runs(
                deployment_filter=only_this, sort=FlowRunSort.EXPECTED_START_TIME_ASC, limit=1,
                flow_run_filter=FlowRunFilter(state=FlowRunFilterState(type=FlowRunFilterStateType(
                    any_=[StateType.SCHEDULED]))))
            intervals = [s.schedule.interval for s in dep.schedules if getattr(s.schedule, "interval", None)]
            out.append(DeploymentRow(
                name=dep.name,
                schedule=", ".join(f"every {i // timedelta(minutes=1):.0f}m" for i in intervals) or "none",
                paused=dep.paused,
                served=dep.status == DeploymentStatus.READY,
                last_run=_when(last[0].start_time, now) if last else "never",
                last_state=last[0].state_name if last else "-",
                next_run=_when(upcoming[0].expected_start_time, now) if upcoming else "-",
                group=dep.parameters.get("group", ""),
                interval=intervals[0] if intervals else None,
                next_at=upcoming[0].expected_start_time if upcoming else None,
                shard=dep.parameters.get("shard"),
            ))
    return out


def first_run_at_or_after(due: datetime, rows: list[DeploymentRow], group: str, feed_id: str) -> datetime | None:
    """When the schedules of ``group`` next poll feed ``feed_id`` due at ``due``: the first run at or after it.

    A sharded group has one deployment per shard, and only the one whose shard owns the feed polls
    it: another shard's earlier run would show the feed's next poll up to one interval early.
    """
    times = []
    for row in rows:
        if row.group != group or row.paused or row.next_at is None:
            continue
        if row.shard and not Shard.parse(row.shard).owns(feed_id):
            continue
        at = row.next_at
        if due > at and row.interval:
            # In seconds: Prefect's times are pendulum's, whose differences do not divide by a timedelta.
            steps = math.ceil((due - at).total_seconds() / row.interval.total_seconds())
            at += timedelta(seconds=steps * row.interval.total_seconds())
        times.append(at)
    return min(times, default=None)
