"""The topic rule end to end on the real Kafka and Elasticsearch: Alerter in the real Runner."""
from __future__ import annotations

from datetime import timedelta

import pytest

from consumers.alerter.stage import Alerter
from tests.samples.alert_articles import T0, make_article, taliban_story
from consumers.runner import Runner
from newsradar.clients import es_client
from tests.kafka_io import publish_enriched, read_alerts
from tests.conftest import topic_rule_yaml

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]

RULES = topic_rule_yaml("slack")


@pytest.fixture
def rules_file(tmp_path):
    p = tmp_path / "alerts.yaml"
    p.write_text(RULES)
    return p



def run_alerter(settings, rules_file) -> None:
    Runner(Alerter(settings, rules_file), settings, poll_timeout_ms=200).run(until_idle=True, idle_polls=2,
                                                                             max_seconds=60)



def test_alert_topic_three_outlets_fire_once_and_fourth_escalates(isolated, rules_file):
    story = taliban_story(4)
    noise = make_article("bbc", "Weather in London", "Rain and wind", published_at=T0)
    publish_enriched(isolated, [story[0], noise, story[1], story[2]])
    run_alerter(isolated, rules_file)
    events = read_alerts(isolated)
    assert [(e.rule, e.status, e.revision) for e in events] == [("taliban-weapons-russia", "firing", 1)]
    first = events[0]
    assert first.outlets == ["dailywire", "newsmax", "worldtribune"]
    assert first.window_start == T0 and first.window_end == T0 + timedelta(hours=48)
    assert first.top_claims and first.top_claims[0]["speaker"] == "Jim Banks"

    # the same articles again (a replay, e.g. the demo re-run): no new alert, at most a re-announcement
    publish_enriched(isolated, story[:3])
    run_alerter(isolated, rules_file)
    events = read_alerts(isolated)
    assert {e.alert_id for e in events} == {first.alert_id}
    assert {e.revision for e in events} == {1}

    publish_enriched(isolated, [story[3]])
    run_alerter(isolated, rules_file)
    events = read_alerts(isolated)
    last = events[-1]
    assert (last.alert_id, last.status, last.revision) == (first.alert_id, "escalated", 2)
    assert "nypost" in last.outlets and len(last.outlets) == 4

    es = es_client(isolated)
    doc = es.get(index=isolated.names.alerts_index, id=first.alert_id)["_source"]
    assert doc["revision"] == 2
    hits = es.search(index=isolated.names.alerts_index, size=10)["hits"]["total"]["value"]
    assert hits == 1
    matches = es.count(index=isolated.names.matches_index)["count"]
    assert matches == 4  # the weather article matched nothing; the replay wrote nothing new


def test_alert_topic_two_outlets_do_not_fire(isolated, rules_file):
    story = taliban_story(2)
    # a second article of the same outlet is not a third outlet
    extra = make_article("newsmax", "More on Taliban weapons for Russia", "The Kremlin and the Taliban talk arms.",
                         published_at=T0 + timedelta(hours=5))
    publish_enriched(isolated, story + [extra])
    run_alerter(isolated, rules_file)
    assert read_alerts(isolated) == []
    es = es_client(isolated)
    assert es.count(index=isolated.names.matches_index)["count"] == 3
    assert es.count(index=isolated.names.alerts_index)["count"] == 0


def test_alert_topic_outlets_outside_the_window_do_not_fire(isolated, rules_file):
    story = taliban_story(3, step=timedelta(hours=30))   # first and third are 60h apart
    publish_enriched(isolated, story)
    run_alerter(isolated, rules_file)
    assert read_alerts(isolated) == []
