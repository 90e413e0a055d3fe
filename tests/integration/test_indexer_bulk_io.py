"""The indexer's bulk I/O against the real Elasticsearch: only what it reads comes back, and it still stores right."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from consumers.indexer.stage import Indexer
from consumers.runner import Item
from newsradar.clients import es_client
from tests.samples.indexed_articles import as_record, sample_article

pytestmark = pytest.mark.elasticsearch


def test_indexer_bulk_responses_carry_only_the_fields_it_reads(isolated):
    es = es_client(isolated)
    responses = []
    real_bulk = es.bulk

    def recording_bulk(*args, **kwargs):
        resp = real_bulk(*args, **kwargs)
        responses.append(resp.body)
        return resp
    es.bulk = recording_bulk
    msgs = [sample_article(i, claims=2) for i in range(3)]
    result = Indexer(isolated, es=es).process(
        [Item(SimpleNamespace(offset=i, topic="t", partition=0), as_record(m)) for i, m in enumerate(msgs)])
    assert result.counts["indexed"] == 3 and result.counts["claims_indexed"] == 6 and not result.failed
    items = [next(iter(entry.values())) for resp in responses for entry in resp["items"]]
    assert len(items) == 9
    # _version, result, _shards, _seq_no... are most of a response's bytes and never read; _index and _id
    # most of the rest: a create's item is its status, and the response says whether any item failed.
    assert all(set(item) == {"status"} for item in items), items[0]
    assert [resp["errors"] for resp in responses] == [False] * len(responses)
