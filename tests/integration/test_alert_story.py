"""Story clustering on the real ES, and story rules that count syndicated wire copies once."""
from __future__ import annotations

import textwrap
from datetime import timedelta

import pytest

from consumers.alerter.stage import Alerter
from tests.samples.alert_articles import T0, WIRE_TEXT, make_article, taliban_story
from consumers.runner import Runner
from consumers.enricher.stories import StoryClusterer
from newsradar.clients import es_client, kafka_consumer, kafka_producer
from newsradar.schema import AlertEvent, decode, encode

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]


def wire_copies(n: int, start=T0):
    outlets = ["ap-mirror", "localdaily", "regionalnews", "citypaper"][:n]
    return [make_article(o, "Floods kill forty in northern Afghanistan",
                         f"{WIRE_TEXT} ({o.upper()} staff contributed.)",
                         published_at=start + timedelta(minutes=10 * i),
                         entities=[("Afghanistan", "GPE"), ("Kabul", "GPE")]) for i, o in enumerate(outlets)]


def test_alert_story_clusterer_copies_rewrites_and_strangers(isolated):
    es = es_client(isolated)
    clusterer = StoryClusterer(es, isolated)
    copies = wire_copies(3)
    taliban = taliban_story(3, story_id=None)
    stranger = make_article("bbc", "Central bank raises interest rates again",
                            "The central bank raised its main interest rate by a quarter point on Thursday, "
                            "citing persistent inflation in services and a tight labour market.",
                            published_at=T0, entities=[("Bank of England", "ORG")])
    # first batch: one copy and one rewrite; second batch: the rest (same-batch and stored candidates)
    first = clusterer.assign([(copies[0].article, copies[0].enrichment), (taliban[0].article, taliban[0].enrichment),
                              (copies[1].article, copies[1].enrichment)])
    second = clusterer.assign([(e.article, e.enrichment) for e in (copies[2], taliban[1], taliban[2], stranger)])

    wire_story, none = first[0]
    assert none is None
    assert first[2] == (wire_story, copies[0].article.article_id)           # copy within one batch
    assert second[0] == (wire_story, copies[0].article.article_id)          # copy found in ES
    taliban_ids = {first[1][0], second[1][0], second[2][0]}
    assert len(taliban_ids) == 1 and wire_story not in taliban_ids          # rewrites: one story, no copies
    assert second[1][1] is None and second[2][1] is None
    assert second[3][0] not in taliban_ids | {wire_story}

    # a replay gets the stored answers back
    again = StoryClusterer(es, isolated).assign([(copies[1].article, copies[1].enrichment)])
    assert again == [first[2]]



def test_alert_story_document_frequencies_count_the_stored_window_once_a_batch(isolated):
    """The batch's one count per hour reads what the stored articles of the window really hold."""
    es = es_client(isolated)
    clusterer = StoryClusterer(es, isolated)
    taliban = taliban_story(3, story_id=None)          # 2 h apart: the batch below spans two hours
    first = wire_copies(3) + taliban[:1]
    clusterer.assign([(e.article, e.enrichment) for e in first])
    sigs = [clusterer.signature(e.article, e.enrichment) for e in taliban[1:]]
    clusterer._searchable()
    found = clusterer._candidates_many(sigs)
    stored = [clusterer.signature(e.article, e.enrichment) for e in first]
    for sig, (_, stats) in zip(sigs, found):
        assert stats.n_docs == 4
        for feature in sig.features:
            expected = sum(feature in s.features for s in stored)
            assert stats.df.get(feature, 0) == expected, feature
    shared = {f for s in sigs for f in s.features} & {f for s in stored for f in s.features}
    assert shared                                        # the check above counted something


RULES = textwrap.dedent("""
    rules:
      - name: wire-once
        type: story
        min_outlets: 3
        window: 12h
        notify: [slack]
      - name: wire-each
        type: story
        min_outlets: 3
        window: 12h
        count_syndicated: true
        notify: [slack]
""")


def test_alert_story_rule_counts_syndicated_copies_once_unless_told(isolated, tmp_path):
    es = es_client(isolated)
    clusterer = StoryClusterer(es, isolated)
    copies = wire_copies(3)
    assigned = clusterer.assign([(e.article, e.enrichment) for e in copies])
    enriched = [e.model_copy(update={"story_id": s, "near_duplicate_of": d}) for e, (s, d) in zip(copies, assigned)]
    assert [d is not None for _, d in assigned] == [False, True, True]

    rules = tmp_path / "alerts.yaml"
    rules.write_text(RULES)
    prod = kafka_producer(isolated)
    for e in enriched:
        prod.send(isolated.names.enriched, key=e.article.article_id.encode(), value=encode(e))
    prod.flush()
    prod.close()
    Runner(Alerter(isolated, rules), isolated, poll_timeout_ms=200).run(until_idle=True, idle_polls=2, max_seconds=60)
    cons = kafka_consumer(isolated, None, isolated.names.alerts, consumer_timeout_ms=1500)
    events = [decode(AlertEvent, r.value) for r in cons]
    cons.close()
    assert [(e.rule, e.group) for e in events] == [("wire-each", assigned[0][0])]
    assert events[0].outlets == ["ap-mirror", "localdaily", "regionalnews"]


def test_alert_story_a_signature_another_enricher_rewrote_is_read_again_not_served_from_the_cache(isolated):
    """This clusterer cached the copy it wrote; another enricher process then rewrites that signature
    into another story. The next copy must join the story as stored now, not as this process wrote it."""
    es = es_client(isolated)
    clusterer = StoryClusterer(es, isolated)
    copies = wire_copies(2)
    try:
        [(story, _)] = clusterer.assign([(copies[0].article, copies[0].enrichment)])
        first_id = copies[0].article.article_id
        stored = es.get(index=clusterer.index, id=first_id)["_source"]
        es.index(index=clusterer.index, id=first_id, document={**stored, "story_id": "s-rewritten", "core": {}},
                 refresh=True)
        [(joined, copy_of)] = clusterer.assign([(copies[1].article, copies[1].enrichment)])
        assert story != "s-rewritten" and (joined, copy_of) == ("s-rewritten", first_id)
    finally:
        clusterer.close()
