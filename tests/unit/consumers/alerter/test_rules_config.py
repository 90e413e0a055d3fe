"""consumers/alerter/rules: loading alerts.yaml, with errors that name file:line, rule and key."""
from __future__ import annotations

import json
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest

from consumers.alerter.rules import RulesFile, load_rules
from newsradar.errors import ConfigError

REPO = Path(__file__).resolve().parents[4]


def write(tmp_path, text):
    p = tmp_path / "alerts.yaml"
    p.write_text(textwrap.dedent(text))
    return p


def test_rules_config_shipped_file_loads():
    rules = load_rules(REPO / "configs" / "alerts.yaml")
    topic = rules.get("taliban-weapons-russia")
    assert topic.type == "topic" and topic.min_outlets == 3 and topic.window == timedelta(hours=48)
    assert {r.type for r in rules.rules} == {"topic", "story", "spike", "claim"}


def test_rules_config_error_names_file_line_rule_and_key(tmp_path):
    p = write(tmp_path, """
        rules:
          - name: ok-rule
            type: topic
            query: {all_of: [[a]]}
            window: 1h
            notify: [slack]
          - name: broken-rule
            type: topic
            query: {all_of: [[a]]}
            window: 1h
            min_outlets: many
    """)
    with pytest.raises(ConfigError) as err:
        load_rules(p)
    msg = str(err.value)
    assert f"{p}:12" in msg and "rule 'broken-rule'" in msg and "min_outlets" in msg


@pytest.mark.parametrize("snippet,needle", [
    ("window: forever", "not a duration"),
    ("query: {any_of: [[a]]}", "all_of"),
    ("query_string: 'title:x'", "fields"),
    ("notify: [pager]", "notify"),
    ("notify: [email]", "email: {to"),
    ("colour: red", "colour"),
])
def test_rules_config_rejects_bad_values(tmp_path, snippet, needle):
    base = {"name": "r", "type": "topic", "query": "{all_of: [[a]]}", "window": "1h"}
    key = snippet.split(":")[0]
    base.pop(key, None)
    lines = "\n".join(f"    {k}: {v}" for k, v in base.items())
    p = write(tmp_path, f"rules:\n  - {lines.strip()}\n    {snippet}\n")
    with pytest.raises(ConfigError) as err:
        load_rules(p)
    assert needle in str(err.value) and "rule 'r'" in str(err.value)


def test_rules_config_duplicate_names_and_unknown_type(tmp_path):
    p = write(tmp_path, """
        rules:
          - {name: a, type: story}
          - {name: a, type: story}
    """)
    with pytest.raises(ConfigError, match="used twice"):
        load_rules(p)
    p = write(tmp_path, "rules:\n  - {name: a, type: percolate}\n")
    with pytest.raises(ConfigError, match="rule 'a'"):
        load_rules(p)


def test_rules_config_json_schema_is_generated():
    schema = RulesFile.model_json_schema()
    assert json.dumps(schema)  # serialisable
    assert {"TopicRule", "StoryRule", "SpikeRule"} <= set(schema["$defs"])
