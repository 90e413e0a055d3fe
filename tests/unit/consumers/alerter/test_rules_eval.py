"""Rule evaluation against the in-memory store: the same code the alerter runs against ES."""
from __future__ import annotations

from datetime import timedelta

from cli.alerts import backtest
from consumers.alerter.rules.base import Decision, MatchDoc, alert_id_for
from consumers.alerter.rules.cross_outlet import StoryRule, TopicRule, sources_of
from tests.samples.alert_articles import T0, make_article, taliban_story
from consumers.alerter.rules.spike import SpikeRule, poisson_sf
from consumers.alerter.rules.state import MemoryStore, apply_decision

QUERY = {"all_of": [["taliban"], ["weapon", "weapons", "arms", "weaponry"], ["russia", "russian", "putin", "kremlin"]]}


def topic(**kw):
    return TopicRule(**{"name": "t", "type": "topic", "query": QUERY, "min_outlets": 3, "window": "48h", **kw})


def feed(rule, store, articles, now=None):
    """What the alerter does per article: match, store, evaluate, apply."""
    out = []
    for ea in articles:
        ms = rule.match(ea)
        store.write_matches(ms)
        for m in ms:
            for dec in rule.evaluate(store, m.group, [m], now or ea.article.published_at):
                assert apply_decision(store, dec)
                out.append((dec.action, dec.alert["alert_id"], dec.alert["revision"], tuple(dec.alert["outlets"])))
    return out


def test_rules_eval_fires_at_third_outlet_and_escalates_at_fourth():
    store = MemoryStore()
    story = taliban_story(4)
    out = feed(topic(), store, story)
    aid = alert_id_for("t", "", T0)
    assert [(a, i, r) for a, i, r, _ in out] == [("fire", aid, 1), ("escalate", aid, 2)]
    assert out[1][3] == ("dailywire", "newsmax", "nypost", "worldtribune")


def test_rules_eval_replay_announces_only_the_existing_revision():
    store = MemoryStore()
    story = taliban_story(3)
    feed(topic(), store, story)
    again = feed(topic(), store, story)
    assert {a for a, *_ in again} == {"replay"}
    assert {r for _, _, r, _ in again} == {1}


def test_rules_eval_realert_holds_escalation_until_it_has_passed():
    store = MemoryStore()
    story = taliban_story(4, step=timedelta(minutes=1))
    rule = topic(realert="10m")
    out = feed(rule, store, story, now=T0 + timedelta(minutes=3))
    assert [a for a, *_ in out] == ["fire", "update"]      # stored, not announced
    fifth = make_article("reuters", "Taliban arms for Russia", "more", published_at=T0 + timedelta(minutes=5))
    out = feed(rule, store, [fifth], now=T0 + timedelta(minutes=30))
    assert out[0][0] == "escalate" and out[0][2] == 2 and "nypost" in out[0][3]


def test_rules_eval_cooldown_and_new_window():
    store = MemoryStore()
    rule = topic(window="2h", cooldown="1d")
    early = taliban_story(3, step=timedelta(minutes=10))
    later = taliban_story(3, start=T0 + timedelta(hours=10), step=timedelta(minutes=10))
    much_later = taliban_story(3, start=T0 + timedelta(days=3), step=timedelta(minutes=10))
    # other URLs, so they are other articles
    later = [e.model_copy(update={"article": e.article.model_copy(update={"article_id": e.article.article_id[::-1]})})
             for e in later]
    much_later = [e.model_copy(update={"article": e.article.model_copy(update={"article_id": "x" + e.article.article_id[1:]})})
                  for e in much_later]
    assert [a for a, *_ in feed(rule, store, early)] == ["fire"]
    assert feed(rule, store, later) == []                    # within the cooldown
    assert [a for a, *_ in feed(rule, store, much_later)] == ["fire"]


def m(aid, outlet, dup=None):
    return MatchDoc(rule="r", group="g", article_id=aid, outlet=outlet, published_at=T0, near_duplicate_of=dup)


def test_rules_eval_syndicated_copies_are_one_source():
    wire = [m("a", "ap"), m("b", "localdaily", "a"), m("c", "citypaper", "a")]
    assert sources_of(wire, False) == {"ap"}
    assert sources_of(wire, True) == {"ap", "localdaily", "citypaper"}
    assert sources_of(wire[1:], False) == {"wire:a"}            # the original is outside the window
    assert sources_of(wire + [m("d", "localdaily")], False) == {"ap", "localdaily"}  # its own text counts


def test_rules_eval_story_rule_groups_by_story():
    rule = StoryRule(name="s", type="story", min_outlets=2, window="12h")
    a = make_article("x", "t1", "b", story_id="s1")
    b = make_article("y", "t2", "b", story_id="s2")
    c = make_article("z", "t3", "b", story_id="s1")
    store = MemoryStore()
    out = feed(rule, store, [a, b, c])
    assert [(x, o) for x, _, _, o in out] == [("fire", ("x", "z"))]
    assert rule.match(make_article("q", "t", "b")) == []        # no story, nothing to count


def test_rules_eval_spike_methods():
    rule = SpikeRule(name="p", type="spike", method="poisson", p=0.001, min_count=3)
    assert rule.is_spike(9, [1] * 24)[0] and not rule.is_spike(3, [1] * 24)[0]
    z = SpikeRule(name="p", type="spike", method="zscore", z=3, min_count=3)
    assert z.is_spike(20, [4, 5, 6] * 8)[0] and not z.is_spike(7, [4, 5, 6] * 8)[0]
    assert abs(poisson_sf(1, 2.0) - (1 - 2.718281828 ** -2)) < 1e-6


def test_rules_eval_backtest_prints_when_it_would_have_fired():
    docs = []
    for ea in taliban_story(4):
        a = ea.article
        docs.append({"article_id": a.article_id, "outlet": a.outlet, "title": a.title, "body": a.body,
                     "url": a.url, "published_at": a.published_at.isoformat(), "lemmas": ea.enrichment.lemmas,
                     "keyphrases": [], "entity_list": [{"canonical": "Taliban", "label": "ORG"}]})
    lines = []
    counts = backtest(topic(), docs, echo=lines.append)
    assert counts["fire"] == 1 and counts["escalate"] == 1 and counts["articles"] == 4
    assert "fire" in lines[0] and "2023-01-27 12:00" in lines[0] and "3 outlets" in lines[0]


def test_rules_eval_a_decision_writes_its_alert_as_its_action_says():
    # a fire creates (once), an escalation replaces the version it saw, a replay writes nothing
    store = MemoryStore()
    first = {"alert_id": "a1", "revision": 1}
    assert apply_decision(store, Decision("fire", first))
    assert not apply_decision(store, Decision("fire", first)), "another alerter fired it first"
    escalated = {"alert_id": "a1", "revision": 2}
    assert apply_decision(store, Decision("escalate", escalated, (0, 1)))
    assert not apply_decision(store, Decision("escalate", {"alert_id": "a1", "revision": 3}, (0, 1))), "a stale seq"
    assert apply_decision(store, Decision("replay", {"alert_id": "a1", "revision": 9}))
    assert store._alerts["a1"] == (escalated, 1)
