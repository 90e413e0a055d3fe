"""One place under two names (``newsradar.place_names``) in story clustering, through the real extractor and
Elasticsearch: two outlets' reports of one event that name its place two ways ("Kiev", "Kyiv"; "Bombay", "Mumbai")
share a story; one topic on one day in two places, each named two ways, stays two stories; and "Turkey" the bird
joins no story of Türkiye.

The probes (``tests/samples/place_name_probes.py``) are clustered once, in one stream behind the story probe set
(``tests/samples/story_probes.py``) so that document frequencies are those of a real stream.
"""
from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from consumers.enricher.nlp.pipeline import Extractor
from consumers.enricher.stories import StoryClusterer
from newsradar.clients import es_client
from newsradar.es_schema import drop_namespace, ensure_schema
from newsradar.settings import Settings
from tests.integration.test_story_probes import START, stream
from tests.samples.alert_articles import make_article
from tests.samples.place_name_probes import APART, EVENTS

pytestmark = [pytest.mark.elasticsearch]


@pytest.fixture(scope="module")
def stories(services: Settings) -> dict[str, list[str]]:
    """Event name -> the story of each of its items."""
    settings = services.model_copy(update={"namespace": f"t{uuid.uuid4().hex[:10]}"})
    es = es_client(settings)
    ensure_schema(es, settings)
    probes = [(name, item, START + timedelta(days=day, minutes=item[1]))
              for name, (day, items) in EVENTS.items() for item in items]
    items = sorted(stream() + probes, key=lambda row: row[2])
    articles = [make_article(outlet, title, summary, published_at=at).article
                for _name, (outlet, _minutes, title, summary), at in items]
    enrichments = Extractor().enrich(articles)
    clusterer = StoryClusterer(es, settings)
    try:
        placed = []
        batch = settings.enrich.batch_size
        for i in range(0, len(articles), batch):
            placed += clusterer.assign(list(zip(articles[i:i + batch], enrichments[i:i + batch])))
    finally:
        clusterer.close()
        drop_namespace(es, settings)
    out: dict[str, list[str]] = {}
    for (name, _item, _at), (story_id, _copy_of) in zip(items, placed):
        if name in EVENTS:
            out.setdefault(name, []).append(story_id)
    return out


@pytest.mark.parametrize("event", [name for name, (_day, items) in EVENTS.items() if len(items) > 1])
def test_place_name_probes_one_place_under_two_names_is_one_story(stories, event):
    assert len(set(stories[event])) == 1, stories[event]


@pytest.mark.parametrize("pair", APART, ids=["/".join(pair) for pair in APART])
def test_place_name_probes_two_places_are_two_stories(stories, pair):
    a, b = pair
    assert not set(stories[a]) & set(stories[b]), (stories[a], stories[b])
