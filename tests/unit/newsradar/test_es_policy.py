"""newsradar.errors: the one mapping of Elasticsearch failures onto retry or dead letter."""
from __future__ import annotations

import pytest

from newsradar.errors import PoisonError, TransientError, es_item_error


def _item(status: int, kind: str) -> dict:
    return {"status": status, "error": {"type": kind, "reason": f"{kind} for [field]"}}


@pytest.mark.parametrize(("status", "kind", "expected"), [
    (429, "es_rejected_execution_exception", TransientError),
    (503, "unavailable_shards_exception", TransientError),
    (404, "index_not_found_exception", TransientError),
    # an index made from an older template: the same for every record, `newsradar up` fixes it
    (400, "strict_dynamic_mapping_exception", TransientError),
    (400, "mapper_parsing_exception", PoisonError),
    (400, "illegal_argument_exception", PoisonError),
    (409, "version_conflict_engine_exception", PoisonError),
])
def test_es_item_errors_are_retried_or_dead_lettered(status, kind, expected):
    error = es_item_error(_item(status, kind), "indexing")
    assert type(error) is expected
    assert kind in str(error), "the reason travels with the error"
