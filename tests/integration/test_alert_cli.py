"""`newsradar alerts test` over a real news-articles alias, and `alerts list` over real alert state."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from consumers.alerter.stage import Alerter
from cli.alerts import alerts_app
from newsradar.index_documents import article_doc
from tests.samples.alert_articles import taliban_story
from tests.samples.indexed_articles import as_record
from consumers.runner import Runner
from newsradar.clients import es_client, kafka_producer
from newsradar.schema import encode
from newsradar.settings import get_settings

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]


@pytest.fixture
def cli_env(isolated, monkeypatch):
    monkeypatch.setenv("NEWSRADAR_NAMESPACE", isolated.namespace)
    get_settings.cache_clear()
    yield isolated
    get_settings.cache_clear()


def test_alert_cli_backtest_prints_firing_and_escalation_and_sends_nothing(cli_env):
    settings = cli_env
    es = es_client(settings)
    for ea in taliban_story(4):
        es.index(index=settings.names.articles_index, id=ea.article.article_id, document=article_doc(as_record(ea)))
    es.indices.refresh(index=settings.names.articles_index)
    result = CliRunner().invoke(alerts_app, ["test", "taliban-weapons-russia", "--since", "20000d"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    fired = [ln for ln in lines if " fire " in ln]
    escalated = [ln for ln in lines if " escalate " in ln]
    assert len(fired) == 1 and "3 outlets (dailywire, newsmax, worldtribune)" in fired[0]
    assert fired[0].startswith("2023-01-27 12:00")      # when the third outlet published
    assert len(escalated) == 1 and "4 outlets" in escalated[0]
    assert lines[-1] == "4 articles, 4 matched, 1 alerts, 1 escalations"
    # nothing was written: no alert state, nothing published
    assert es.count(index=settings.names.alerts_index)["count"] == 0
    assert es.count(index=settings.names.matches_index)["count"] == 0

    bad = CliRunner().invoke(alerts_app, ["test", "no-such-rule"])
    assert bad.exit_code == 2 and "no rule named 'no-such-rule'" in bad.output


def test_alert_cli_list_shows_alerts_with_status(cli_env, tmp_path):
    settings = cli_env
    assert "no alerts" in CliRunner().invoke(alerts_app, ["list"]).output
    prod = kafka_producer(settings)
    for ea in taliban_story(4):
        prod.send(settings.names.enriched, key=ea.article.article_id.encode(), value=encode(ea))
    prod.flush()
    prod.close()
    rules = tmp_path / "alerts.yaml"
    rules.write_text("rules:\n  - {name: t, type: topic, query: {all_of: [[taliban]]}, min_outlets: 3, window: 2d}\n")
    Runner(Alerter(settings, rules), settings, poll_timeout_ms=200).run(until_idle=True, idle_polls=2, max_seconds=60)
    out = CliRunner().invoke(alerts_app, ["list"]).output
    row = [ln for ln in out.splitlines() if ln.split()[2:3] == ["t"]]
    # all four arrived in one batch: one alert, fired with the four outlets
    assert len(row) == 1 and row[0].split()[3:6] == ["firing", "1", "4"] and "Putin negotiating" in row[0]
