"""Placeholder replaced by the index-template work: applies templates and aliases."""
from __future__ import annotations


def ensure_schema(es, settings) -> list[str]:
    return []


def drop_namespace(es, settings) -> None:
    """Delete every index of ``settings.namespace`` (tests only; refuses the empty namespace)."""
    if not settings.namespace:
        raise ValueError("refusing to drop the production namespace")
