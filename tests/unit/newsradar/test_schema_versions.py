"""Schema versions: a consumer reads records of its own version or older, and refuses newer ones."""
from __future__ import annotations

import json

import pytest

from newsradar import schema
from newsradar.errors import PoisonError
from newsradar.schema import SCHEMA_VERSION, EnrichedArticle, decode
from tests.samples.indexed_articles import sample_article

ADDED_IN_V2 = {"dateline", "speaker_role", "speaker_org", "resolution", "cited_source", "source_kind", "cluster_id"}


def _without(doc, keys: set[str]):
    if isinstance(doc, dict):
        return {k: _without(v, keys) for k, v in doc.items() if k not in keys}
    if isinstance(doc, list):
        return [_without(v, keys) for v in doc]
    return doc


def _record(**changes) -> dict:
    return {**json.loads(sample_article(1, claims=2).model_dump_json()), **changes}


def test_schema_versions_a_v1_record_without_the_later_fields_is_read():
    v1 = _without(_record(schema_version=1), ADDED_IN_V2)
    msg = decode(EnrichedArticle, json.dumps(v1).encode())
    assert msg.schema_version == 1
    assert msg.enrichment.dateline is None and msg.enrichment.claims[0].cluster_id is None


def test_schema_versions_a_newer_record_is_poison_naming_both_versions():
    v3 = _record(schema_version=SCHEMA_VERSION + 1, added_later={"anything": True})
    with pytest.raises(PoisonError, match=f"schema_version {SCHEMA_VERSION + 1} is newer than this "
                                          f"consumer's {SCHEMA_VERSION}"):
        decode(EnrichedArticle, json.dumps(v3).encode())


def test_schema_versions_an_unknown_field_in_this_version_is_poison():
    doc = _record(schema_version=SCHEMA_VERSION, surprise=True)
    with pytest.raises(PoisonError, match="not a valid EnrichedArticle"):
        decode(EnrichedArticle, json.dumps(doc).encode())


@pytest.mark.parametrize("version", [0, -1, "2", True, None])
def test_schema_versions_a_version_that_is_no_version_is_poison(version):
    with pytest.raises(PoisonError):
        decode(EnrichedArticle, json.dumps(_record(schema_version=version)).encode())


def test_schema_versions_a_valid_record_is_parsed_once(monkeypatch):
    # The raw JSON is read again only to name a failed record's version; a second parse of
    # every record was most of the indexer's decode time.
    def parsed_again(_text):
        raise AssertionError("a valid record was parsed a second time")
    monkeypatch.setattr(schema, "_declared_version", parsed_again)
    msg = decode(EnrichedArticle, json.dumps(_record(schema_version=1)).encode())
    assert msg.schema_version == 1
