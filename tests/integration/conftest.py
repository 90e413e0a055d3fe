"""Prefect helpers for the tests that serve deployments on the real Prefect server."""
from __future__ import annotations

import pytest

from newsradar.settings import Settings


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
