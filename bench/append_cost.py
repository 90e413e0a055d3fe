#!/usr/bin/env python
"""Bench: the poller's Kafka appends, CPU per 1,000 items, against the real broker.

    PYTHONPATH=$PWD .venv/bin/python bench/append_cost.py [--repeat 5] [--copies 8]

The corpus feeds (../shared/corpus/feeds/) are parsed once with ``parse_feed``; each pass
then sends their items, ``--copies`` times over under distinct keys, as a cold poll does:
``Publisher.send`` a feed at a time (each article on ``news.raw`` and a ``news.seen`` record
beside it) in one transaction, then the commit. What is timed is this process's CPU
(``time.process_time``: the sending thread and kafka-python's sender thread) over the pass,
the minimum over ``--repeat`` passes, per 1,000 items. The topics are a namespace of the
bench's own, deleted at the end.

The digest covers every record as the broker holds it after the last pass (partition,
key, value, in order per partition), read back with read_committed: run it with PYTHONPATH
at two checkouts to see that a speed change sent the same records.
"""
from __future__ import annotations

import argparse
import glob
import hashlib
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

# No sys.path entry of its own: PYTHONPATH says which checkout's producers/ is measured.
REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "feeds"
FETCHED_AT = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)


def _entries(copies: int) -> list[list[dict]]:
    """Per feed, the entries ``Poller._dedupe`` would hand to ``Publisher.send`` for new articles."""
    from producers.config import FeedSpec
    from producers.parser import parse_feed

    feeds = []
    for path in sorted(glob.glob(str(CORPUS / "*.xml"))):
        name = Path(path).name
        spec = FeedSpec(id=name.removesuffix(".xml"), url=f"https://feeds.invalid/{name}", group="bench",
                        outlet=name.split("-")[0], language=None, interval_s=900, fetch_full_text=False,
                        allow_private=False)
        feeds.append(parse_feed(Path(path).read_bytes(), spec, fetched_at=FETCHED_AT))
    out = []
    for copy in range(copies):
        for parsed in feeds:
            entries = []
            for item in parsed.items:
                # A distinct id per copy, so each copy lands where its own key hashes.
                article_id = f"{item.article_id}-{copy}"
                entries.append(dict(article_id=article_id, value=item.value, key_hash=None,
                                    seen_value=b'{"article_id":"%s","version":1}' % article_id.encode()))
            out.append(entries)
    return out


def _read_back(settings) -> str:
    from newsradar.clients import kafka_consumer

    sha = hashlib.sha256()
    for role, topic in (("raw", settings.names.raw), ("seen", settings.names.seen)):
        consumer = kafka_consumer(settings, None, topic, consumer_timeout_ms=5000, isolation_level="read_committed",
                                  fetch_max_bytes=64 * 1024 * 1024, max_partition_fetch_bytes=32 * 1024 * 1024)
        try:
            records = sorted(((r.partition, r.offset, r.key, r.value) for r in consumer), key=lambda r: r[:2])
        finally:
            consumer.close()
        for partition, _offset, key, value in records:
            sha.update(repr((role, partition, key)).encode())
            sha.update(value)
    return sha.hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--copies", type=int, default=8)
    args = ap.parse_args()

    from newsradar.clients import delete_topics, ensure_topics
    from newsradar.settings import Settings
    from producers import kafka_batch
    from producers.publish import Publisher

    per_feed = _entries(args.copies)
    items = sum(len(e) for e in per_feed)
    times = []
    digest = ""
    for _ in range(args.repeat):
        settings = Settings().model_copy(update={"namespace": f"appendcost{uuid.uuid4().hex[:8]}"})
        ensure_topics(settings)
        publisher = Publisher(settings, "append-cost")
        try:
            publisher.ensure_open()
            publisher.producer.partitions_for(settings.names.raw)  # metadata outside the timed pass
            publisher.producer.partitions_for(settings.names.seen)
            started = time.process_time()
            for entries in per_feed:
                publisher.send(entries)
            publisher.commit()
            times.append(time.process_time() - started)
            publisher.close()
            digest = _read_back(settings)
        finally:
            publisher.close()
            delete_topics(settings)
    per = 1000 / items
    print(f"{kafka_batch.__file__}: items {items} ({args.copies} copies of the corpus), records {2 * items}, "
          f"digest {digest}")
    print(f"send + commit CPU per 1,000 items: min {min(times) * per:.4f} s  "
          f"all {' '.join(f'{t * per:.4f}' for t in sorted(times))}")


if __name__ == "__main__":
    main()
