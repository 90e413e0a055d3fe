"""A batch's groups are read in one msearch and written in one bulk: the decisions stay those of one group at a time.

The alerter is called batch by batch (``process``) on the real Elasticsearch, so what
lands in one batch is chosen by the test, not by the broker's fetch sizes.
"""
from __future__ import annotations

import textwrap
from datetime import timedelta

import pytest

from consumers.alerter.rules import state
from consumers.alerter.stage import Alerter
from consumers.runner import Item
from newsradar.clients import es_client
from newsradar.schema import AlertEvent, decode
from tests.samples.alert_articles import T0, make_article

pytestmark = [pytest.mark.elasticsearch]

RULES = textwrap.dedent("""
    rules:
      - name: two-outlets
        type: story
        min_outlets: 2
        window: 12h
        notify: [slack]
""")


def article(outlet: str, story: str, minutes: int):
    return make_article(outlet, f"{story} reported by {outlet}", f"What {outlet} says about {story}.",
                        published_at=T0 + timedelta(minutes=minutes), story_id=story)


def events(alerter: Alerter, batch) -> list[tuple[str, str, int, list[str]]]:
    result = alerter.process([Item(None, ea) for ea in batch])
    assert not result.failed
    out = [decode(AlertEvent, o.value) for o in result.outputs]
    return [(e.group, e.status, e.revision, e.outlets) for e in out]


# 1: every batch-wide search holds more hits than it may return, so each read is searched on its own
@pytest.mark.parametrize("union_max", [10000, 1])
def test_alert_batch_two_articles_crossing_min_outlets_fire_once_then_escalate_and_replay(isolated, tmp_path,
                                                                                          monkeypatch, union_max):
    monkeypatch.setattr(state, "UNION_MAX", union_max)
    rules = tmp_path / "alerts.yaml"
    rules.write_text(RULES)
    alerter = Alerter(isolated, rules)
    first = [article("a", "S", 0), article("b", "S", 5), article("a", "T", 1)]
    second = [article("c", "S", 10), article("c", "T", 12), article("d", "U", 3)]

    # S crosses two outlets inside the batch: one alert with both, not one per article
    assert events(alerter, first) == [("S", "firing", 1, ["a", "b"])]
    # the next batch: S gains an outlet (escalation), T reaches two (a new alert), U alone stays quiet
    assert events(alerter, second) == [("S", "escalated", 2, ["a", "b", "c"]), ("T", "firing", 1, ["a", "c"])]
    # a replay of both batches announces the current revisions again and creates nothing
    assert events(alerter, first + second) == [("S", "escalated", 2, ["a", "b", "c"]),
                                               ("T", "firing", 1, ["a", "c"])]
    stored = alerter.es.search(index=isolated.names.alerts_index, size=10)["hits"]["hits"]
    assert sorted((h["_source"]["group"], h["_source"]["revision"]) for h in stored) == [("S", 2), ("T", 1)]


def test_alert_store_writes_one_alert_only_over_the_version_it_read(isolated):
    # the settle path's single writes: a second create conflicts, a replace holds only over the version it read
    index = isolated.names.alerts_index
    store = state.EsStore(es_client(isolated), isolated.names.matches_index, index)
    assert store.create_alert({"alert_id": "a1", "rule": "r", "revision": 1})
    assert not store.create_alert({"alert_id": "a1", "rule": "r", "revision": 1})
    read = store.es.get(index=index, id="a1")
    seq = (read["_seq_no"], read["_primary_term"])
    assert store.replace_alert({"alert_id": "a1", "rule": "r", "revision": 2}, seq)
    assert not store.replace_alert({"alert_id": "a1", "rule": "r", "revision": 3}, seq)
    assert store.es.get(index=index, id="a1")["_source"]["revision"] == 2
