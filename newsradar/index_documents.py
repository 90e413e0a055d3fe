"""The Elasticsearch documents of one enriched article, serialised, and their ``doc_hash``.

The indexer writes them; since schema version 4 the enricher builds them too and carries them in
the record (``index_documents``, ``doc_hash``): the enricher spends some 25 ms of spaCy on an article,
and building and serialising its documents there adds well under 1% to that, while in the
indexer, bound by its own Python on a machine whose cores Elasticsearch shares, it was about half
of the CPU it spends on a record besides the bulk I/O. A record without them (version 3 or older)
has its documents built here, as before; either way the bytes and ``doc_hash`` are the same.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import orjson

from newsradar.clock import iso, parse_time
from newsradar.errors import PoisonError
from newsradar.schema import EnrichedArticle, claim_id_for

_GIL_FREE_HASH_BYTES = 2047           # CPython's HASHLIB_GIL_MINSIZE is 2048
# iso's own form (UTC, Z, microseconds only when not zero): such a time is stored as it is written.
_ISO_UTC = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.(?!0{6})\d{6})?Z", re.ASCII)


def _entity_fields(entities: list[dict]) -> tuple[dict, list[dict]]:
    by_label: dict[str, list[str]] = {}
    for ent in entities:
        names = by_label.setdefault(ent["label"].lower(), [])
        if ent["canonical"] not in names:
            names.append(ent["canonical"])
    every = list(dict.fromkeys(e["canonical"] for e in entities))
    nested = [{"canonical": e["canonical"], "count": e["count"], "in_title": e["in_title"], "label": e["label"]}
              for e in entities]
    return (dict(sorted({**by_label, "all": every}.items())) if every else {}), nested


def _utc(value: str) -> str:
    """A contract time as ``iso`` writes it (UTC, ``Z``), whatever offset the record was written with."""
    if _ISO_UTC.fullmatch(value):
        return value              # what the enricher writes: parsing and writing it again gave it back unchanged
    return iso(parse_time(value))


def article_doc(msg: dict, lemmatise=None) -> dict:
    """The ``news-articles`` document of one enriched article (without ``doc_hash``/``indexed_at``).

    ``msg`` is an ``EnrichedArticle`` as ``decode_shape`` reads it: plain dicts, defaults filled.
    Every dict built here has its keys in sorted order (see ``serialised``).
    """
    a, e = msg["article"], msg["enrichment"]
    entities, entity_list = _entity_fields(e["entities"])
    lemmas = e["lemmas"]
    if not lemmas and lemmatise is not None and (e["language"] or a["language"] or "en").startswith("en"):
        lemmas = lemmatise(f"{a['title']}\n{a['body'] or a['summary']}")
    return {
        "article_id": a["article_id"], "authors": a["authors"], "body": a["body"],
        "canonical_url": a["canonical_url"],
        "claim_clusters": sorted({c["cluster_id"] for c in e["claims"] if c["cluster_id"]}),
        "claim_count": len(e["claims"]), "content_hash": a["content_hash"], "enriched": e["enriched"],
        "entities": entities, "entity_list": entity_list, "feed_id": a["feed_id"], "feed_url": a["feed_url"],
        "fetched_at": _utc(a["fetched_at"]), "guid": a["guid"], "keyphrases": [k["text"] for k in e["keyphrases"]],
        "language": e["language"] or a["language"], "lemmas": lemmas, "model": e["model"],
        "model_version": e["model_version"], "near_duplicate_of": msg["near_duplicate_of"], "outlet": a["outlet"],
        "published_at": _utc(a["published_at"]), "published_at_estimated": a["published_at_estimated"],
        "schema_version": msg["schema_version"], "skipped_reason": e["skipped_reason"], "story_id": msg["story_id"],
        "summary": a["summary"], "tags": a["tags"], "title": a["title"], "url": a["url"], "version": a["version"],
    }


def claim_docs(msg: dict, lemmatise=None, article_entities: dict | None = None) -> list[tuple[str, dict]]:
    """``(claim _id, document)`` per claim; the id is ``claim_id_for(article_id, ordinal)``.

    ``article_entities`` is the article document's ``entities``, when the caller has built it already.
    A claim's lemmas come from the enricher; ``lemmatise`` makes them only for a record of
    schema version 2 or older, which does not carry them. Keys in sorted order, as in ``article_doc``.
    """
    a = msg["article"]
    entities = article_entities if article_entities is not None else _entity_fields(msg["enrichment"]["entities"])[0]
    # What every claim of the article repeats, read once: a claim is built per claim, ~4 an article.
    version, article_id, outlet, url, title = a["version"], a["article_id"], a["outlet"], a["url"], a["title"]
    published_at, story_id, near_duplicate_of = _utc(a["published_at"]), msg["story_id"], msg["near_duplicate_of"]
    out = []
    for ordinal, c in enumerate(msg["enrichment"]["claims"]):
        cid = claim_id_for(article_id, ordinal)
        lemmas = c["lemmas"]
        if lemmas is None:
            lemmas = lemmatise(c["content"]) if lemmatise is not None else ""
        out.append((cid, {
            "addressee": c["addressee"], "article_entities": entities, "article_id": article_id,
            "cited_source": c["cited_source"], "claim_id": cid, "cluster_id": c["cluster_id"],
            # float(): the contract's floats, as a model would hold them, even where the JSON wrote an integer.
            "confidence": float(c["confidence"]), "content": c["content"], "cue": c["cue"],
            "cue_lemma": c["cue_lemma"], "entities": c["entities"], "hedged": c["hedged"], "kind": c["kind"],
            "lemmas": lemmas, "near_duplicate_of": near_duplicate_of, "negated": c["negated"],
            "numbers": [_number_document(n) for n in c["numbers"]],
            "ordinal": ordinal, "outlet": outlet, "published_at": published_at, "rule": c["rule"],
            "source_kind": c["source_kind"], "speaker": c["speaker"],
            "speaker_name": c["speaker_resolved"] or c["speaker"], "speaker_resolved": c["speaker_resolved"],
            "speaker_type": c["speaker_type"], "story_id": story_id,
            "title": title, "url": url, "version": version,
        }))
    return out


@dataclass
class Serialised:
    """An article's bulk sources, each serialised once, and the hash of its content."""
    doc_hash: str
    article: bytes                    # with doc_hash and indexed_at
    claims: list[tuple[str, bytes]]   # (claim _id, source)


def _number_document(n: dict) -> dict:
    doc = {"text": n["text"], "unit": n["unit"], "value": float(n["value"])}
    # Only when read (schema 5): a record without it builds the same bytes, and the same doc_hash, as before.
    if n.get("measures") is not None:
        doc["measures"] = n["measures"]
    return doc


def serialised(doc: dict, claims: list[tuple[str, dict]], indexed_at: str) -> Serialised:
    """Serialise each document once and hash those very bytes; ``indexed_at`` is stamped on the article."""
    doc_hash, article, claim_bytes = _serialise(doc, claims)
    return Serialised(doc_hash, _stamped(article, doc_hash, indexed_at), claim_bytes)


def _serialise(doc: dict, claims: list[tuple[str, dict]]) -> tuple[str, bytes, list[tuple[str, bytes]]]:
    """``(doc_hash, article bytes, [(claim _id, claim bytes)])``.

    The hash is fed the bytes ``orjson.dumps([doc, claims])`` with sorted keys writes, the
    ``doc_hash`` of every document stored so far, so those are still recognised as
    duplicates; they are fed piece by piece rather than put together in one copy first (a
    fifth of this function's time). ``article_doc`` and ``claim_docs`` build their dicts in
    sorted key order, so the documents are written as they are: orjson's sorting was a
    tenth of the time.
    """
    article = orjson.dumps(doc)
    h = hashlib.sha256(b"[")
    _hash_holding_the_gil(h, article)
    h.update(b",[")
    claim_bytes = []
    for cid, cdoc in claims:
        body = orjson.dumps(cdoc)
        h.update(b'["%s",' % cid.encode() if not claim_bytes else b',["%s",' % cid.encode())
        _hash_holding_the_gil(h, body)
        h.update(b"]")
        claim_bytes.append((cid, body))
    h.update(b"]]")
    return h.hexdigest()[:32], article, claim_bytes


def _stamped(article: bytes, doc_hash: str, indexed_at: str) -> bytes:
    """The article's bytes with ``doc_hash`` and ``indexed_at`` appended, instead of serialising it again."""
    tail = orjson.dumps({"doc_hash": doc_hash, "indexed_at": indexed_at})
    return article[:-1] + b"," + tail[1:]


def carried(record: dict, lemmatise=None) -> tuple[str, str]:
    """``(index_documents, doc_hash)`` for the enricher to carry in ``record`` (as ``decode_shape`` reads it).

    ``index_documents`` is the article's document, then each claim's, one JSON a line (orjson
    escapes every newline inside a string, so a line is a document).
    """
    doc_hash, article, claims = _built(record, lemmatise)
    return b"\n".join([article, *(body for _, body in claims)]).decode(), doc_hash


def encode_carrying(msg: EnrichedArticle, lemmatise=None) -> bytes:
    """``encode(msg)`` carrying its documents and their ``doc_hash``: what the enricher publishes.

    The documents are built from the record as the indexer reads it: the message's JSON values,
    which ``model_dump(mode="json")`` gives in one pass where writing ``encode``'s bytes and reading
    them back took two (and twice the time). orjson then writes the record once.
    """
    record = msg.model_dump(mode="json")
    record["index_documents"], record["doc_hash"] = carried(record, lemmatise)
    return orjson.dumps(record)


def check_carried(msg: dict) -> None:
    """Refuse a record whose carried documents cannot be this record's: one line for the article
    and one a claim, and a ``doc_hash`` with them, or neither (built by the indexer then)."""
    documents, doc_hash = msg["index_documents"], msg["doc_hash"]
    if documents is None and doc_hash is None:
        return
    if type(documents) is not str or type(doc_hash) is not str:
        raise PoisonError("not a valid EnrichedArticle: index_documents and doc_hash must both be strings "
                          "or both be absent")
    lines, claims = documents.count("\n") + 1, len(msg["enrichment"]["claims"])
    if lines != 1 + claims:
        raise PoisonError(f"not a valid EnrichedArticle: index_documents holds {lines} document(s) "
                          f"for 1 article and {claims} claim(s)")


def documents(msg: dict, lemmatise, indexed_at: str) -> Serialised:
    """The record's documents: those it carries (``check_carried`` passed), else built here."""
    carried_docs = msg["index_documents"]
    if carried_docs is None:
        doc_hash, article, claims = _built(msg, lemmatise)
        return Serialised(doc_hash, _stamped(article, doc_hash, indexed_at), claims)
    article, *bodies = carried_docs.encode().split(b"\n")
    aid, doc_hash = msg["article"]["article_id"], msg["doc_hash"]
    return Serialised(doc_hash, _stamped(article, doc_hash, indexed_at),
                      [(claim_id_for(aid, ordinal), body) for ordinal, body in enumerate(bodies)])


def _built(msg: dict, lemmatise) -> tuple[str, bytes, list[tuple[str, bytes]]]:
    """The record's documents built and serialised: what the enricher carries, what the indexer builds
    for a record that carries none."""
    doc = article_doc(msg, lemmatise)
    return _serialise(doc, claim_docs(msg, lemmatise, doc["entities"]))


def _hash_holding_the_gil(h, data: bytes) -> None:
    """Feed ``data`` in pieces under hashlib's 2,048-byte threshold, above which it releases the GIL.

    A document is a few kB: releasing the GIL for microseconds of hashing made this thread wait
    for it behind the runner's decoding and the bulk threads (a third of the profiled plan time).
    """
    if len(data) <= _GIL_FREE_HASH_BYTES:
        h.update(data)
        return
    view = memoryview(data)
    for start in range(0, len(data), _GIL_FREE_HASH_BYTES):
        h.update(view[start:start + _GIL_FREE_HASH_BYTES])
