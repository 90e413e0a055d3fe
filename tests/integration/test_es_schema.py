"""ensure_schema on the real cluster: templates as written, idempotent, roll-over and retention."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsradar.es_schema import (
    backing_index_for,
    effective_template,
    ensure_schema,
    ensure_write_index,
    has_english_analyzer,
    load_templates,
    prefixed,
    retire_indices,
)
from newsradar.clients import es_client
from newsradar.schema import FeedHealth

pytestmark = pytest.mark.elasticsearch


def _write_index(es, alias: str) -> str:
    got = es.indices.get_alias(name=alias)
    return next(i for i, b in got.items() if b["aliases"][alias].get("is_write_index"))


def test_es_schema_mappings_applied_as_written(isolated):
    es = es_client(isolated)
    english = has_english_analyzer(es)
    files = load_templates()
    assert {"news-articles", "news-claims", "news-feeds"} <= {tf.alias for tf in files}
    for tf in files:
        alias = prefixed(isolated, tf.alias)
        index = _write_index(es, alias)
        mapping = es.indices.get_mapping(index=index)[index]["mappings"]
        expected = effective_template(tf, english)["mappings"]
        assert mapping["dynamic"] == "strict", tf.alias
        assert mapping["properties"] == expected["properties"], tf.alias
        assert mapping["_meta"]["version"] == tf.version
        template = es.indices.get_index_template(name=alias)["index_templates"][0]["index_template"]
        assert template["version"] == tf.version
        assert template["index_patterns"] == [f"{alias}-*"]


def test_es_schema_feeds_mapping_is_feedhealth_exactly(isolated):
    es = es_client(isolated)
    index = _write_index(es, isolated.names.feeds_index)
    props = es.indices.get_mapping(index=index)[index]["mappings"]["properties"]
    assert set(props) == set(FeedHealth.model_fields)


def test_es_schema_second_run_changes_nothing(isolated):
    es = es_client(isolated)
    before = sorted(es.indices.get(index=f"{isolated.namespace}-*"))
    lines = ensure_schema(es, isolated)
    assert all("unchanged" in line for line in lines if line.startswith("template"))
    assert not [line for line in lines if line.startswith("alias")]
    assert sorted(es.indices.get(index=f"{isolated.namespace}-*")) == before


def test_es_schema_strict_mapping_rejects_unknown_field(isolated):
    es = es_client(isolated)
    with pytest.raises(Exception, match="strict_dynamic_mapping_exception|not allowed"):
        es.index(index=isolated.names.articles_index, id="x", document={"no_such_field": 1})


def test_es_schema_month_rollover_moves_write_index(isolated):
    es = es_client(isolated)
    alias = isolated.names.articles_index
    old = _write_index(es, alias)
    new = ensure_write_index(es, isolated, "news-articles", datetime(2099, 1, 3, tzinfo=UTC))
    assert new == f"{alias}-2099.01"
    assert _write_index(es, alias) == new
    assert old in es.indices.get_alias(name=alias)   # still readable through the alias


def test_es_schema_retention_drops_expired_backing_index(isolated):
    es = es_client(isolated)
    isolated.index.retention_months = 24
    expired = backing_index_for(es, isolated, "news-claims", "2024.10")
    kept = backing_index_for(es, isolated, "news-claims", "2024.12")
    es.index(index=expired, id="old", document={"claim_id": "old"}, refresh=True)
    retired = retire_indices(es, isolated, datetime(2026, 11, 25, tzinfo=UTC))
    assert retired == [expired]
    assert not es.indices.exists(index=expired)
    assert es.indices.exists(index=kept)
    assert es.indices.exists(index=_write_index(es, isolated.names.claims_index))
