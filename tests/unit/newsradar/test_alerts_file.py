"""newsradar/alerts_file.py: the part of configs/alerts.yaml the notifier and the enricher read."""
from __future__ import annotations

import pytest

from consumers.alerter.rules import load_rules
from newsradar.alerts_file import load_alerts_file
from newsradar.errors import ConfigError
from newsradar.settings import Settings


def test_the_shared_view_reads_the_real_rules_as_the_alerter_does():
    path = Settings().rules_file
    shared, alerter = load_alerts_file(path), load_rules(path)
    assert [(r.name, r.notify, r.digest_minutes, r.delivery) for r in shared.rules] == \
        [(r.name, r.notify, r.digest_minutes, r.delivery) for r in alerter.rules]
    assert shared.stories == alerter.stories
    assert shared.get(alerter.rules[0].name).name == alerter.rules[0].name


def test_the_shared_view_still_refuses_what_a_notification_needs(tmp_path):
    path = tmp_path / "alerts.yaml"
    path.write_text("rules:\n  - name: r\n    type: topic\n    notify: [email]\n")
    with pytest.raises(ConfigError, match=r"rules\[0\] \(rule 'r'\).*email"):
        load_alerts_file(path)


def test_the_shared_view_refuses_a_file_without_rules(tmp_path):
    path = tmp_path / "alerts.yaml"
    path.write_text("stories: {threshold: 0.4}\n")
    with pytest.raises(ConfigError, match="no alert rules"):
        load_alerts_file(path)
