"""Prefect helpers for the tests that serve deployments on the real Prefect server, and a way to lose the
shared Kafka broker for one client without stopping it."""
from __future__ import annotations

import socket
from collections.abc import Iterator

import kafka.net.manager
import pytest

from newsradar.settings import Settings


@pytest.fixture
def closed_port() -> Iterator[int]:
    """A local port that refuses connections: bound, so nothing else takes it, but not listening."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


def redirect_to(port: int, client, monkeypatch: pytest.MonkeyPatch) -> None:
    """Lose the broker for a real kafka-python ``client``: its open connections are closed, and every new one
    (of any client, while ``monkeypatch`` holds) goes to ``port`` instead."""
    connect = kafka.net.manager.create_connection

    async def redirected(net, host, _port, *args, **kwargs):
        return await connect(net, "127.0.0.1", port, *args, **kwargs)

    monkeypatch.setattr(kafka.net.manager, "create_connection", redirected)
    for conn in list(client._manager._conns.values()):
        conn.close()


def completed_runs(deployment_name: str) -> list:
    """Completed flow runs of the ``poll-feeds`` deployment ``deployment_name``, read from the server."""
    from prefect import get_client
    from prefect.client.schemas.filters import (
        DeploymentFilter, DeploymentFilterName, FlowRunFilter, FlowRunFilterState, FlowRunFilterStateType)
    from prefect.client.schemas.objects import StateType

    with get_client(sync_client=True) as client:
        return client.read_flow_runs(
            deployment_filter=DeploymentFilter(name=DeploymentFilterName(any_=[deployment_name])),
            flow_run_filter=FlowRunFilter(state=FlowRunFilterState(
                type=FlowRunFilterStateType(any_=[StateType.COMPLETED]))))


@pytest.fixture
def namespaced_deployments(isolated: Settings):
    """``isolated``, whose deployments are deleted afterwards so the scheduler stops creating runs for them."""
    yield isolated
    from prefect import get_client

    from flows.deploy import deployment_prefix
    with get_client(sync_client=True) as client:
        for dep in client.read_deployments():
            if dep.name.startswith(deployment_prefix(isolated.namespace)):
                client.delete_deployment(dep.id)
