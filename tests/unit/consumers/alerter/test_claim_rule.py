"""The claim rule against MemoryStore, and its trace in the Slack and email messages."""
from __future__ import annotations

import json
from datetime import timedelta

from consumers.notifier.channels import build_channels
from consumers.alerter.rules import RulesFile
from tests.samples.alert_articles import T0, make_article
from consumers.alerter.rules.state import MemoryStore, apply_decision
from newsradar.schema import AlertEvent
from newsradar.settings import Settings

RULES = RulesFile.model_validate({"rules": [
    {"name": "spread", "type": "claim", "min_outlets": 3, "window": "24h", "notify": ["slack", "email"],
     "email": {"to": ["desk@example.org"]}},
    {"name": "unverified", "type": "claim", "origin_kinds": ["social", "anonymous"], "min_outlets": 3,
     "window": "24h"}]})


def carriers(kind: str, n: int = 4):
    out = []
    for i, outlet in enumerate(["alpha", "beta", "gamma", "delta"][:n]):
        ea = make_article(outlet, f"Claim story {i}", "Body.", published_at=T0 + timedelta(hours=i),
                          claims=[("someone", "Moscow is negotiating with the Taliban for US weapons.")])
        c = ea.enrichment.claims[0].model_copy(update={"cluster_id": "k" + "a" * 23, "source_kind": kind,
                                                       "cited_source": "Telegram channel" if kind == "social"
                                                       else "defence ministry"})
        out.append(ea.model_copy(update={"enrichment": ea.enrichment.model_copy(update={"claims": [c]})}))
    return out


def run(rule, articles):
    store, decisions = MemoryStore(), []
    for ea in articles:
        found = rule.match(ea)
        store.write_matches(found)
        for m in found:
            for dec in rule.evaluate(store, m.group, [m], ea.article.published_at):
                apply_decision(store, dec)
                decisions.append(dec)
    return decisions


def test_claim_rule_fires_at_three_outlets_and_escalates_at_four():
    decisions = run(RULES.get("spread"), carriers("social"))
    assert [(d.action, len(d.alert["outlets"])) for d in decisions] == [("fire", 3), ("escalate", 4)]
    assert decisions[0].alert["group"] == "k" + "a" * 23
    assert decisions[0].alert["detail"]["trace"][0] == "origin: Telegram channel (social), first cited by alpha"
    assert decisions[1].alert["detail"]["trace"][-1].endswith("delta, citing Telegram channel (social)")


def test_claim_rule_origin_kinds_keeps_official_origins_out():
    assert [d.action for d in run(RULES.get("unverified"), carriers("social"))] == ["fire", "escalate"]
    assert run(RULES.get("unverified"), carriers("official")) == []


def test_claim_rule_trace_in_slack_and_email_and_other_alerts_render_without_one():
    alert = run(RULES.get("spread"), carriers("social", 3))[0].alert
    event = AlertEvent.model_validate({k: v for k, v in alert.items() if k in AlertEvent.model_fields})
    channels = build_channels(Settings())
    slack = json.dumps(channels["slack"].render([event], RULES.get("spread"), "x:1:slack").body)
    email = channels["email"].render([event], RULES.get("spread"), "x:1:email")
    for text in (slack, email.text, email.html):
        assert "origin: Telegram channel (social), first cited by alpha" in text
    plain = event.model_copy(update={"detail": {}, "rule_type": "topic"})
    assert "Trace" not in json.dumps(channels["slack"].render([plain], RULES.get("spread"), "y:1:slack").body)
    assert "Trace" not in channels["email"].render([plain], RULES.get("spread"), "y:1:email").text
