"""Issue 11, item 5: config files that say a thing twice, or nothing, are refused with file:line:key;
the story clusterer reads the rules file the pipeline was given, and refuses a broken one."""
from __future__ import annotations

import textwrap

import pytest

from consumers.alerter.rules import load_rules
from newsradar.configfile import load_yaml
from newsradar.errors import ConfigError
from producers.config import load_feeds

RULE = """
      - name: one
        type: story
        min_outlets: 2
        window: 12h
        notify: [webhook]
"""


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip())
    return path


def test_duplicate_yaml_key_in_rules_is_refused_naming_both_lines(tmp_path):
    path = write(tmp_path, "alerts.yaml", """
        rules:
          - name: one
            type: story
            min_outlets: 2
            window: 12h
            min_outlets: 9
            notify: [webhook]
    """)
    with pytest.raises(ConfigError) as err:
        load_rules(path)
    assert f"{path}:6" in str(err.value)
    assert "duplicate key 'min_outlets' (first at line 4, again at line 6)" in str(err.value)


def test_duplicate_key_in_feeds_is_refused(tmp_path):
    valid = """
        groups:
          - name: world
            feeds:
              - id: a
                url: https://a.example/rss
                outlet: A
    """
    assert load_feeds(write(tmp_path, "valid.yaml", valid)).feeds()
    path = write(tmp_path, "feeds.yaml", valid + "            url: https://b.example/rss\n")
    with pytest.raises(ConfigError, match=r"feeds.yaml:7: .*duplicate key 'url' \(first at line 5, again at line 7\)"):
        load_feeds(path)


def test_yaml_merge_keys_may_still_override(tmp_path):
    path = write(tmp_path, "anchors.yaml", """
        defaults: &d {min_outlets: 2, window: 12h}
        rule:
          <<: *d
          min_outlets: 3
    """)
    assert load_yaml(path)["rule"] == {"min_outlets": 3, "window": "12h"}


@pytest.mark.parametrize("text", ["rules: []\n", "stories: {threshold: 0.4}\n"])
def test_rules_file_without_rules_is_refused(tmp_path, text):
    path = write(tmp_path, "alerts.yaml", text)
    with pytest.raises(ConfigError) as err:
        load_rules(path)
    assert str(err.value).startswith(f"{path}:1: rules: no alert rules")


def test_story_clusterer_refuses_a_broken_rules_file_like_the_alerter(services, tmp_path):
    from consumers.enricher.stories import StoryClusterer
    from flows.pipeline import build_stage
    from newsradar.clients import es_client

    broken = write(tmp_path, "broken.yaml", "rules:\n" + RULE + "stories: {threshold: 7}\n")
    with pytest.raises(ConfigError, match=r"stories.threshold"):
        StoryClusterer(es_client(services), services, rules_file=broken)
    with pytest.raises(ConfigError, match=r"stories.threshold"):
        build_stage("enricher", services, broken)


def test_pipeline_builds_the_story_clusterer_from_the_rules_it_was_given(services, tmp_path):
    from flows.pipeline import build_stage

    custom = write(tmp_path, "custom.yaml", "rules:\n" + RULE + "stories: {threshold: 0.55, shingle_size: 4}\n")
    enricher = build_stage("enricher", services, custom)
    assert (enricher.clusterer.params.threshold, enricher.clusterer.params.shingle_size) == (0.55, 4)
