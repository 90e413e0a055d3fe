"""The indexer without a cluster: documents, and a real closed port for the outage path."""
from __future__ import annotations

import hashlib
import time
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

import orjson
import pytest

from consumers.indexer.stage import Indexer, _create
from newsradar.index_documents import _utc, article_doc, claim_docs, serialised
from consumers.runner import Item
from newsradar.clients import es_client
from newsradar.clock import iso, parse_time
from newsradar.errors import TransientError
from newsradar.schema import EnrichedArticle, claim_id_for, decode_shape
from newsradar.settings import Settings
from newsradar.lemmas import POS_IDS, Lemmatiser, get_lemmatiser
from tests.samples.indexed_articles import as_record, sample_article


def test_indexer_article_doc_has_entities_by_label_and_utc_dates():
    msg = sample_article(1, published_at=datetime(2026, 11, 1, 9, 30, tzinfo=timezone(timedelta(hours=2))))
    doc = article_doc(as_record(msg))
    assert doc["published_at"] == "2026-11-01T07:30:00Z"
    assert doc["entities"]["org"] == ["Taliban"] and doc["entities"]["person"] == ["Jim Banks"]
    assert doc["entities"]["money"] == ["$2.5 billion"]
    assert set(doc["entities"]["all"]) == {"Taliban", "Russia", "Jim Banks", "$2.5 billion"}
    assert doc["claim_count"] == 3 and doc["article_id"] == msg.article.article_id


def test_indexer_claim_ids_are_deterministic_by_ordinal():
    msg = sample_article(2, claims=3)
    docs = claim_docs(as_record(msg), get_lemmatiser().lemmatise)
    assert [cid for cid, _ in docs] == [claim_id_for(msg.article.article_id, i) for i in range(3)]
    first = docs[0][1]
    assert first["speaker_name"] == "Jim Banks" and first["numbers"][0]["value"] == 2.5e9
    assert "weapon" in first["lemmas"].split()
    assert first["article_entities"]["gpe"] == ["Russia"]


def test_indexer_claim_lemmas_carried_by_the_enricher_are_not_made_again():
    msg = sample_article(4, claims=2)
    carried = [c.model_copy(update={"lemmas": f"carried {i}"}) for i, c in enumerate(msg.enrichment.claims)]
    msg = msg.model_copy(update={"enrichment": msg.enrichment.model_copy(update={"claims": carried})})
    calls = []
    docs = claim_docs(as_record(msg), lambda text: calls.append(text) or "made here")
    assert [d["lemmas"] for _, d in docs] == ["carried 0", "carried 1"] and calls == []


def test_indexer_claim_lemmas_of_an_older_record_are_made_here_alike():
    # A version 2 record carries no claim lemmas: the indexer makes them, and they are the
    # enricher's own (the same function), so the stored document does not depend on who made them.
    lem = get_lemmatiser().lemmatise
    old = sample_article(5, claims=2)
    old = old.model_copy(update={"enrichment": old.enrichment.model_copy(update={
        "claims": [c.model_copy(update={"lemmas": None}) for c in old.enrichment.claims]})})
    new = old.model_copy(update={"enrichment": old.enrichment.model_copy(update={
        "claims": [c.model_copy(update={"lemmas": lem(c.content)}) for c in old.enrichment.claims]})})
    old, new = as_record(old.model_copy(update={"schema_version": 2})), as_record(new)
    assert old["enrichment"]["claims"][0]["lemmas"] is None
    assert claim_docs(old, lem) == claim_docs(new, lem)
    assert "weapon" in claim_docs(old, lem)[0][1]["lemmas"].split()


def test_indexer_serialised_once_keeps_the_stored_doc_hash():
    # doc_hash was sha256 of [doc, claims] serialised with sorted keys: a replay of an article
    # stored before this change must still be found a duplicate, not rewritten.
    msg = as_record(sample_article(3, claims=2))
    doc = article_doc(msg)
    claims = claim_docs(msg, get_lemmatiser().lemmatise, doc["entities"])
    out = serialised(doc, claims, "2026-12-02T00:00:00Z")
    stored_before = hashlib.sha256(orjson.dumps([doc, claims], option=orjson.OPT_SORT_KEYS)).hexdigest()[:32]
    assert out.doc_hash == stored_before
    assert orjson.loads(out.article) == {**doc, "doc_hash": stored_before, "indexed_at": "2026-12-02T00:00:00Z"}
    assert [(cid, orjson.loads(body)) for cid, body in out.claims] == claims


def test_indexer_documents_are_built_in_the_sorted_key_order_they_are_hashed_in():
    # serialised writes the documents as built, without sorting, and feeds the hash in pieces of
    # under 2,048 bytes: both must still give the bytes sorted keys give (the stored doc_hash), for
    # entity labels met out of order (ORG before GPE) and an article longer than one piece.
    msg = as_record(sample_article(5, claims=4, body="Officials said the deal was worth $2.5 billion. " * 60))
    doc = article_doc(msg)
    claims = claim_docs(msg, get_lemmatiser().lemmatise, doc["entities"])
    out = serialised(doc, claims, "2026-12-02T00:00:00Z")
    sort = orjson.OPT_SORT_KEYS
    assert len(out.article) > 2048 and list(doc["entities"]) == sorted(doc["entities"])
    assert out.article.startswith(orjson.dumps(doc, option=sort)[:-1] + b',"doc_hash":')
    assert [body for _, body in out.claims] == [orjson.dumps(cdoc, option=sort) for _, cdoc in claims]
    assert out.doc_hash == hashlib.sha256(orjson.dumps([doc, claims], option=sort)).hexdigest()[:32]


@pytest.mark.parametrize(("published_at", "stored_hash"), [
    (None, "05eaf5af641a1f5781cc8f26d9f7cb2d"),
    (datetime(2026, 11, 1, 9, 30, 0, 123456, tzinfo=timezone(timedelta(hours=2))), "6f70b9c0d4cdacd746311b7c5388e008"),
])
def test_indexer_documents_from_plain_dicts_keep_the_hash_the_models_gave(published_at, stored_hash):
    # The doc_hash main's indexer (pydantic models, claims lemmatised here) stored for these version 2
    # records: a replay of them must still be a duplicate, whatever reads the record now.
    msg = sample_article(3 if published_at is None else 7, claims=2 if published_at is None else 4,
                         published_at=published_at).model_copy(update={"schema_version": 2})
    msg = msg.model_copy(update={"enrichment": msg.enrichment.model_copy(update={
        "claims": [c.model_copy(update={"lemmas": None}) for c in msg.enrichment.claims]})})
    lem = get_lemmatiser().lemmatise
    for record in (as_record(msg), orjson.loads(msg.model_dump_json(exclude_defaults=True))):
        record = decode_shape(EnrichedArticle, orjson.dumps(record))
        doc = article_doc(record, lem)
        assert serialised(doc, claim_docs(record, lem, doc["entities"]), "2026-12-02T00:00:00Z").doc_hash == stored_hash


def test_indexer_closed_port_raises_transient_error_after_bounded_retries():
    settings = Settings(es_url="http://127.0.0.1:1", namespace="tclosed")
    es = es_client(settings, max_retries=0, request_timeout=2)
    indexer = Indexer(settings, es=es, max_retries=2, backoff_s=0.05)
    started = time.monotonic()
    with pytest.raises(TransientError, match="elasticsearch unavailable"):
        indexer.process([Item(SimpleNamespace(offset=0), as_record(sample_article(1)))])
    assert time.monotonic() - started < 30


def test_lemmas_pos_ids_are_spacy_string_ids():
    from spacy.strings import get_string_id

    assert POS_IDS == {pos: get_string_id(pos) for pos in POS_IDS}


def test_lemmas_word_forms_meet():
    lem = get_lemmatiser()
    assert lem._tables is not None, "the model package's lemma tables load"
    assert lem.candidates("weapons") == ["weapon"]
    assert "child" in lem.candidates("children") and "say" in lem.candidates("said")
    fallback = Lemmatiser(None)
    assert "weapon" in fallback.candidates("weapons")


@pytest.mark.parametrize("value", ["2026-11-20T12:01:00Z", "2026-11-20T12:01:00.000100Z", "2026-11-20T12:01:00.000000Z",
                                   "2026-11-20T14:01:00+02:00", "2026-11-20T12:01:00", "2026-11-20T12:01:00.5Z"])
def test_indexer_times_kept_as_written_are_those_iso_would_write_alike(value):
    assert _utc(value) == iso(parse_time(value))


def test_indexer_create_lines_are_the_serialised_action():
    for index, doc_id in [("news-claims-2026-12", "ab" * 32), ('ns"x', 'quote " and \\ and \n in an id')]:
        assert _create(index, doc_id, b'{"a":1}') == (
            orjson.dumps({"create": {"_index": index, "_id": doc_id}}) + b'\n{"a":1}\n')
