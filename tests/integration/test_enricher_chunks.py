"""The enricher's chunked batch on the real broker and Elasticsearch: spaCy one chunk ahead of the clusterers.

Four outlets carry one wire text, each copy in its own chunk of one batch. Each
chunk's clustering must see the signatures the chunk before it wrote, as if the
chunks were batches of their own: one story, and every later copy a near
duplicate of the first.
"""
from __future__ import annotations

from datetime import timedelta

import pytest

from cli.verify import read_topic
from consumers.runner import Runner
from flows.pipeline import build_stage
from newsradar.schema import EnrichedArticle
from newsradar.settings import EnrichSettings
from tests.kafka_io import publish_raw_in_order
from tests.samples.alert_articles import T0, WIRE_TEXT, make_article

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]

OUTLETS = ["alpha", "bravo", "charlie", "delta"]


def test_wire_copies_in_separate_chunks_of_one_batch_form_one_story(isolated):
    settings = isolated.model_copy(update={"enrich": EnrichSettings(batch_size=16, chunk_size=1)})
    articles = [make_article(o, "Floods kill forty in northern Afghanistan", WIRE_TEXT,
                             published_at=T0 + timedelta(minutes=i)).article for i, o in enumerate(OUTLETS)]
    publish_raw_in_order(settings, articles)   # the batch holds the copies in publication order

    stage = build_stage("enricher", settings)
    batches = []
    try:
        Runner(stage, settings, batch_size=settings.enrich.batch_size, poll_timeout_ms=200,
               on_batch=lambda counts: batches.append(counts["consumed"])).run(
                   until_idle=True, idle_polls=2, max_seconds=120)
    finally:
        stage.close()

    assert batches == [4], f"the four copies were meant to arrive in one batch: {batches}"
    out = [EnrichedArticle.model_validate_json(r.value) for r in read_topic(settings, settings.names.enriched)]
    by_outlet = {e.article.outlet: e for e in out}
    assert sorted(by_outlet) == OUTLETS
    assert len({e.story_id for e in out}) == 1, {o: e.story_id for o, e in by_outlet.items()}
    first = by_outlet["alpha"].article.article_id
    assert by_outlet["alpha"].near_duplicate_of is None
    assert [by_outlet[o].near_duplicate_of for o in OUTLETS[1:]] == [first] * 3
