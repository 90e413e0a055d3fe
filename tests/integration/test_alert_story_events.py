"""One event told three ways is one story, and a story rule fires on it; same topic, other event stays out.

The demo's three seed outlets report, in different words, that Moscow seeks the
US arms the Taliban hold; a fourth outlet reports the Taliban's anniversary
parade in Kabul (same names, another event). Through the real pipeline (poll ->
enricher with spaCy and the story clusterer -> indexer -> alerter) on the real
broker and Elasticsearch.
"""
from __future__ import annotations

import textwrap

import pytest

from flows.pipeline import run_once
from newsradar.clients import es_client
from tests.kafka_io import read_alerts

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch, pytest.mark.prefect]

SEED_OUTLETS = {"Northern Ledger", "Capital Dispatch", "Harbor Times"}

RULES = textwrap.dedent("""
    rules:
      - name: one-story-three-outlets
        type: story
        min_outlets: 3
        window: 48h
        notify: [slack]
""")


def test_alert_story_one_event_in_three_wordings_fires_and_the_same_topic_stays_out(isolated, demo_feeds, tmp_path):
    rules = tmp_path / "alerts.yaml"
    rules.write_text(RULES)
    run_once(isolated, demo_feeds, rules, log=lambda m: None)
    es = es_client(isolated)
    es.indices.refresh(index=isolated.names.articles_index)
    hits = es.search(index=isolated.names.articles_index, size=50,
                     query={"match": {"title": "Taliban Kremlin Russia"}})["hits"]["hits"]
    stories = {h["_source"]["title"]: (h["_source"]["outlet"], h["_source"]["story_id"]) for h in hits}
    seed = {story for title, (outlet, story) in stories.items() if outlet in SEED_OUTLETS}
    parade = [story for title, (_, story) in stories.items() if "parade" in title.lower()]
    assert len([o for o, _ in stories.values() if o in SEED_OUTLETS]) == 3
    assert len(seed) == 1, f"three wordings of one event, {len(seed)} stories: {stories}"
    assert len(parade) == 1 and parade[0] not in seed, "the parade is another event"

    fired = [a for a in read_alerts(isolated) if a.rule == "one-story-three-outlets"]
    assert [(a.group, set(a.outlets)) for a in fired] == [(seed.pop(), SEED_OUTLETS)]
