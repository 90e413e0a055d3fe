"""Placeholder replaced by the index-template work: applies templates and aliases."""
from __future__ import annotations


def ensure_schema(es, settings) -> list[str]:
    return []
