"""One place under two names (``configs/aliases.yaml``) in story clustering, through the real extractor and
Elasticsearch: two outlets' reports of one event that name its place two ways ("Kiev", "Kyiv"; "Bombay", "Mumbai")
share a story; one topic on one day in two places, each named two ways, stays two stories, and so does one topic
in two places of one name (Holland, Michigan and the Netherlands), which the table has no row for.

The probes (``tests/samples/place_name_probes.py``) are clustered once, in one stream behind the story probe set
(``tests/samples/story_probes.py``) so that document frequencies are those of a real stream.
"""
from __future__ import annotations

from datetime import timedelta

import pytest

from newsradar.settings import Settings
from tests.integration.test_story_probes import START, cluster, stream
from tests.samples.place_name_probes import APART, EVENTS

pytestmark = [pytest.mark.elasticsearch]


@pytest.fixture(scope="module")
def stories(services: Settings) -> dict[str, list[str]]:
    """Event name -> the story of each of its items, the probes clustered behind the story probe set."""
    probes = [(name, item, START + timedelta(days=day, minutes=item[1]))
              for name, (day, items) in EVENTS.items() for item in items]
    return cluster(services, stream() + probes)


@pytest.mark.parametrize("event", [name for name, (_day, items) in EVENTS.items() if len(items) > 1])
def test_place_name_probes_one_place_under_two_names_is_one_story(stories, event):
    assert len(set(stories[event])) == 1, stories[event]


@pytest.mark.parametrize("pair", APART, ids=["/".join(pair) for pair in APART])
def test_place_name_probes_two_places_are_two_stories(stories, pair):
    a, b = pair
    assert not set(stories[a]) & set(stories[b]), (stories[a], stories[b])
