"""The real-feed corpus, the ill-formed ones included, through the producer's parse path.

Each file must either yield valid ``Article`` records or a ``FeedError`` the
poller records in feed health: nothing raises, nothing hangs.
"""
from __future__ import annotations

import csv
from collections import Counter
from datetime import datetime, timezone

from newsradar.errors import FeedError
from newsradar.schema import Article
from producers.config import FeedSpec
from producers.parser import parse_feed
from tests.conftest import shared_path
from tests.hostile.summary import report


def _spec(name: str) -> FeedSpec:
    return FeedSpec(id=name.removesuffix(".xml"), url=f"https://example.org/{name}", group="corpus",
                    outlet=name, language=None, interval_s=900, fetch_full_text=False, allow_private=False)


def test_corpus_feeds_parse_or_record_a_feed_error():
    manifest = shared_path("corpus", "feeds", "MANIFEST.tsv")
    with manifest.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    outcomes: Counter = Counter()
    crashes, notes = [], []
    fetched = datetime.now(timezone.utc)
    for row in rows:
        body = (manifest.parent / row["file"]).read_bytes()
        try:
            result = parse_feed(body, _spec(row["file"]), fetched_at=fetched)
        except Exception as exc:  # noqa: BLE001 - counted, then failed below
            crashes.append(f"{row['file']}: {exc.__class__.__name__}: {exc}")
            continue
        for item in result.items:
            Article.model_validate_json(item.value)
        if result.error is not None:
            assert isinstance(result.error, FeedError) and result.error.kind in FeedError.KINDS
            outcomes["feed_error"] += 1
            notes.append(f"{row['file']}: FeedError {result.error}"[:160])
        elif result.bozo:
            outcomes["bozo_but_items"] += 1
        else:
            outcomes["clean"] += 1
        robust = "robustness" in row["notes"]
        if not robust and row["feed_kind"] != "html":
            # A news feed of the corpus parses and gives the items the manifest counted in it, each an
            # article or a counted rejection (no link or title, dated in the future): a feed that
            # parses to nothing must fail here, error or not.
            expected = int(row["items"] or 0)
            assert result.error is None, f"{row['file']}: {result.error}"
            assert result.items and len(result.items) + result.rejected_invalid + result.rejected_future \
                == expected, f"{row['file']}: {len(result.items)} articles of {expected} items"
        outcomes["items"] += len(result.items)
    report("corpus feeds -> parse_feed", tried=len(rows),
           errors=outcomes["feed_error"] + outcomes["bozo_but_items"], crashes=len(crashes),
           notes=[f"outcomes {dict(outcomes)}", *notes, *crashes])
    assert not crashes, crashes


def test_corpus_html_error_page_is_a_parse_error():
    name = "latimes-cloudfront-403-error.xml"
    result = parse_feed(shared_path("corpus", "feeds", name).read_bytes(), _spec(name),
                        fetched_at=datetime.now(timezone.utc))
    assert result.items == [] and result.error is not None and result.error.kind == "parse", result.error


def test_corpus_truncated_feed_records_why_it_is_empty():
    name = "reuters-most-read-truncated.xml"
    result = parse_feed(shared_path("corpus", "feeds", name).read_bytes(), _spec(name),
                        fetched_at=datetime.now(timezone.utc))
    assert result.items == []
    assert result.error is not None or "no element found" in (result.bozo or ""), result
