"""decode_shape: plain dicts for a reader bound by its own Python, poison still refused with a reason."""
from __future__ import annotations

import json

import pytest

from newsradar.errors import PoisonError
from newsradar.schema import SCHEMA_VERSION, EnrichedArticle, decode, decode_shape, encode
from tests.samples.indexed_articles import sample_article

GOOD = encode(sample_article(1, claims=2))


def _changed(edit) -> bytes:
    doc = json.loads(GOOD)
    edit(doc)
    return json.dumps(doc).encode()


@pytest.mark.parametrize(("raw", "reason"), [
    (None, "tombstone"),
    (b"", "unreadable JSON"),
    (b'{"article_id": "abc", "title": ', "unreadable JSON"),
    (b"\xff\xfe\x00\xc3\x28 latin-1 caf\xe9", "unreadable JSON"),
    (b"\x00" * 64, "unreadable JSON"),
    (b"[1, 2, 3]", "a JSON list, not an object"),
    (b'{"junk": "' + b"A" * 100_000 + b'"}', "unknown field(s) ['junk']"),
    (_changed(lambda d: d.update(schema_version=SCHEMA_VERSION + 1)), f"schema_version {SCHEMA_VERSION + 1} is newer"),
    (_changed(lambda d: d.update(schema_version="2")), "unsupported schema_version '2'"),
    (_changed(lambda d: d.update(surprise=True)), "unknown field(s) ['surprise'] in EnrichedArticle"),
    (_changed(lambda d: d["enrichment"]["claims"][1].update(speakr="x")),
     "unknown field(s) ['speakr'] in EnrichedArticle.enrichment.claims[1]"),
    (_changed(lambda d: d["article"].pop("url")), "missing field(s) ['url'] in EnrichedArticle.article"),
    (_changed(lambda d: d["enrichment"]["claims"][0].update(content_span=[0, 1])),
     "EnrichedArticle.enrichment.claims[0].content_span is not an object"),
    (_changed(lambda d: d["enrichment"].update(entities={"a": 1})), "EnrichedArticle.enrichment.entities is not a list"),
    # Messages without messages inside (spans, mentions, numbers) are checked inline: each way to be wrong.
    (_changed(lambda d: d["enrichment"]["claims"][1]["sentence"].update(extra=1)),
     "unknown field(s) ['extra'] in EnrichedArticle.enrichment.claims[1].sentence"),
    (_changed(lambda d: d["enrichment"]["entities"][0]["mentions"][0].pop("text")),
     "missing field(s) ['text'] in EnrichedArticle.enrichment.entities[0].mentions[0]"),
    (_changed(lambda d: d["enrichment"]["claims"][0]["numbers"].append("2.5")),
     "EnrichedArticle.enrichment.claims[0].numbers[1] is not an object"),
])
def test_decode_shape_refuses_poison_with_the_reason(raw, reason):
    with pytest.raises(PoisonError) as caught:
        decode_shape(EnrichedArticle, raw)
    assert reason in str(caught.value)
    with pytest.raises(PoisonError):
        decode(EnrichedArticle, raw)     # the full validation refuses the same records


def test_decode_shape_reads_a_record_as_the_model_would():
    assert decode_shape(EnrichedArticle, GOOD) == json.loads(GOOD)
    sparse = sample_article(2, claims=1).model_dump_json(exclude_defaults=True).encode()
    assert decode_shape(EnrichedArticle, sparse) == json.loads(encode(decode(EnrichedArticle, sparse)))
