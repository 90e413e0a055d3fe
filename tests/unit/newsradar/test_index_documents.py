"""Documents the enricher carries (schema 4) are byte for byte the ones the indexer would build."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import orjson
import pytest

from consumers.indexer.stage import Indexer
from newsradar.errors import PoisonError
from newsradar.index_documents import carried, documents, encode_carrying
from newsradar.lemmas import lemmatise
from newsradar.schema import EnrichedArticle, Enrichment, decode_shape, encode
from newsradar.settings import Settings
from tests.samples.indexed_articles import sample_article

NOW = "2026-12-03T00:00:00Z"


def _records():
    offset = datetime(2026, 11, 1, 9, 30, 0, 123456, tzinfo=timezone(timedelta(hours=2)))
    skipped = sample_article(4, claims=0)
    skipped = skipped.model_copy(update={"enrichment": Enrichment(language="en", enriched=False)})
    return [sample_article(1, claims=4), sample_article(2, claims=0), sample_article(3, published_at=offset),
            sample_article(5, claims=2, body="Officials said the deal was worth $2.5 billion. " * 60), skipped]


@pytest.mark.parametrize("msg", _records())
def test_carried_documents_are_the_ones_the_indexer_builds(msg):
    carried = decode_shape(EnrichedArticle, encode_carrying(msg, lemmatise))
    built_here = decode_shape(EnrichedArticle, encode(msg))
    assert carried["index_documents"] is not None and built_here["index_documents"] is None
    assert documents(carried, lemmatise, NOW) == documents(built_here, lemmatise, NOW)


@pytest.mark.parametrize("msg", _records())
def test_the_carrying_record_is_the_encoded_one_plus_its_documents(msg):
    # Built from the message's JSON values in one pass: every field as encode() writes it, byte for byte.
    record = orjson.loads(encode(msg))
    record["index_documents"], record["doc_hash"] = carried(orjson.loads(encode(msg)), lemmatise)
    assert encode_carrying(msg, lemmatise) == orjson.dumps(record)


def _indexer() -> Indexer:
    return Indexer(Settings(namespace="tcarried"), es=object(), lemmatise=lemmatise)


@pytest.mark.parametrize(("change", "reason"), [
    (lambda r: r.update(index_documents=r["index_documents"].rsplit("\n", 1)[0]), "holds 4 document(s) for 1 article"),
    (lambda r: r.update(doc_hash=None), "must both be strings or both be absent"),
    (lambda r: r.update(index_documents=7), "must both be strings"),
])
def test_indexer_refuses_carried_documents_that_cannot_be_the_records(change, reason):
    record = orjson.loads(encode_carrying(sample_article(1, claims=4), lemmatise))
    change(record)
    with pytest.raises(PoisonError, match=re.escape(reason)):
        _indexer().decode_record(orjson.dumps(record))


def test_indexer_reads_a_record_without_carried_documents():
    msg = _indexer().decode_record(encode(sample_article(1, claims=2)))
    assert msg["index_documents"] is None and msg["doc_hash"] is None


def _with_extra(raw: bytes, where) -> bytes:
    record = orjson.loads(raw)
    where(record)["surprise"] = 1
    return orjson.dumps(record)


@pytest.mark.parametrize("where", [
    lambda r: r["enrichment"]["claims"][1]["sentence"],
    lambda r: r["enrichment"]["claims"][0]["numbers"][0],
    lambda r: r["enrichment"]["entities"][0]["mentions"][0],
])
def test_indexer_checks_a_carrying_record_down_to_what_it_reads(where):
    # The documents are written as carried: what is inside the messages they were built from is not read.
    msg = sample_article(1, claims=2)
    assert _indexer().decode_record(_with_extra(encode_carrying(msg, lemmatise), where))["doc_hash"]
    with pytest.raises(PoisonError, match=re.escape("unknown field(s) ['surprise']")):
        _indexer().decode_record(_with_extra(encode(msg), where))     # built here from them: checked


@pytest.mark.parametrize("where", [lambda r: r, lambda r: r["article"], lambda r: r["enrichment"],
                                   lambda r: r["enrichment"]["claims"][1]])
def test_indexer_refuses_unknown_fields_where_it_reads_a_carrying_record(where):
    with pytest.raises(PoisonError, match=re.escape("unknown field(s) ['surprise']")):
        _indexer().decode_record(_with_extra(encode_carrying(sample_article(1, claims=2), lemmatise), where))
