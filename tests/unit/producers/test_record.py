from datetime import datetime, timezone
from pathlib import Path

import pytest

from newsradar.schema import Article, encode
from producers.config import FeedSpec
from producers.parser import parse_feed
from producers.record import encode_article

CORPUS = Path(__file__).resolve().parents[4] / "shared" / "corpus" / "feeds"


def _fields(**over):
    fields = dict(article_id="a" * 64, url="https://e.com/a", canonical_url="https://e.com/a", guid=None,
                  outlet="Outlet", feed_id="f", feed_url="https://e.com/rss", title='T "quoted" \u2028 é \x00',
                  summary="s\nline", body="", authors=["A"], tags=[], language=None, content_hash="h" * 64,
                  published_at=datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc), published_at_estimated=True,
                  fetched_at=datetime(2026, 1, 2, 3, 4, 5, 120000, tzinfo=timezone.utc))
    fields.update(over)
    return fields


def test_record_is_the_models_own_encoding_byte_for_byte():
    for fields in (_fields(), _fields(guid="g", language="en", tags=["x", "y"], body="b")):
        assert encode_article(**fields) == encode(Article(**fields))


def test_record_writes_every_field_of_the_model():
    # A field added to Article must be added here too, or its default would be silently missing.
    assert set(Article.model_validate_json(encode_article(**_fields())).model_fields_set) == \
        set(Article.model_fields)


@pytest.mark.skipif(not CORPUS.exists(), reason="the shared corpus is absent")
def test_every_corpus_item_reads_back_as_the_article_it_encodes():
    feed = FeedSpec(id="f", url="https://feeds.example.com/f.xml", group="g", outlet="O", language="en",
                    interval_s=900.0, fetch_full_text=False, allow_private=False)
    items = 0
    for path in sorted(CORPUS.glob("*.xml"))[:20]:
        result = parse_feed(path.read_bytes(), feed, fetched_at=datetime.now(timezone.utc))
        for item in result.items:
            assert encode(Article.model_validate_json(item.value)) == item.value
            items += 1
    assert items > 100
