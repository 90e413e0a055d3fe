"""Shared fixtures: the real services, started once per run, and an isolated namespace per test.

The services are started by the same code as `newsradar up`. Each test that
touches them gets its own namespace, i.e. its own topics and indices, so the
suite can run again and again beside the demo's data.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from newsradar.settings import Settings, apply_prefect_defaults

apply_prefect_defaults(Settings())

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or a clean skip when it is absent (users do not have it)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is only on the developers' machines)")
    return path


@pytest.fixture(scope="session")
def services() -> Settings:
    """Kafka and Elasticsearch, up and healthy; a missing service fails the run, it never skips."""
    from infra.services import up

    settings = Settings()
    up(settings, log=lambda m: None)
    return settings


@pytest.fixture
def isolated(services: Settings, request) -> Settings:
    """Settings with a unique namespace whose topics and indices exist, and are removed afterwards."""
    from infra.es_schema import drop_namespace, ensure_schema
    from newsradar.clients import delete_topics, ensure_topics, es_client

    namespace = f"t{uuid.uuid4().hex[:10]}"
    settings = services.model_copy(update={"namespace": namespace})
    ensure_topics(settings)
    es = es_client(settings)
    ensure_schema(es, settings)
    yield settings
    if os.environ.get("NEWSRADAR_KEEP_TEST_DATA"):
        return
    drop_namespace(es, settings)
    delete_topics(settings)
