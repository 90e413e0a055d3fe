"""Malformed feed and rule config files: every error names the file, the line and the key.

Each case is a small file with one mistake; ``line`` is where the mistake is
(the offending key, or the mapping that lacks a required key), ``key`` the
dotted path a user would look for.
"""
from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from consumers.alerter.rules import load_rules
from newsradar.errors import ConfigError
from producers.config import load_feeds

GOOD_FEED = "      - {id: ok-feed, url: 'https://example.org/feed.xml'}\n"

FEEDS_CASES = {
    # name: (text, line, key fragment)
    "unknown_key": ("groups:\n  - name: g\n    feeds:\n" + GOOD_FEED
                    + "      - id: b\n        url: https://example.org/b.xml\n        intervall: 5m\n",
                    7, "groups[0].feeds[1].intervall"),
    "bad_url": ("groups:\n  - name: g\n    feeds:\n" + GOOD_FEED
                + "      - id: b\n        url: ftp://example.org/b.xml\n", 6, "groups[0].feeds[1].url"),
    "bad_id": ("groups:\n  - name: g\n    feeds:\n      - id: 'Has Spaces'\n        url: https://e.org/f.xml\n",
               4, "groups[0].feeds[0].id"),
    "bad_interval": ("defaults:\n  interval: fifteen minutes\ngroups:\n  - name: g\n    feeds:\n" + GOOD_FEED,
                     2, "defaults.interval"),
    "no_feeds": ("groups:\n  - name: g\n    interval: 5m\n", 2, "groups[0].feeds"),
    "wrong_type": ("allow_private_addresses: perhaps\ngroups:\n  - name: g\n    feeds:\n" + GOOD_FEED,
                   1, "allow_private_addresses"),
    "max_bytes_too_small": ("http:\n  max_bytes: 10\ngroups:\n  - name: g\n    feeds:\n" + GOOD_FEED,
                            2, "http.max_bytes"),
    "yaml_syntax": ("groups:\n  - name: g\n    feeds:\n      - {id: a, url: 'https://e.org/f.xml'\n", 5, None),
    "tab_indent": ("groups:\n\t- name: g\n", 2, None),
}

RULE = "rules:\n  - name: r1\n    type: topic\n    query: {all_of: [[x]]}\n"
RULES_CASES = {
    "unknown_type": ("rules:\n  - name: r1\n    type: pager\n", 2, "type"),
    "min_outlets_text": (RULE + "    min_outlets: three\n    window: 48h\n", 5, "min_outlets"),
    "bad_window": (RULE + "    min_outlets: 3\n    window: 2 days\n", 6, "window"),
    "bad_channel": (RULE + "    min_outlets: 3\n    window: 48h\n    notify: [pager]\n", 7, "notify"),
    "email_without_to": (RULE + "    min_outlets: 3\n    window: 48h\n    notify: [email]\n", 2, "rules[0]"),
    "unknown_option": (RULE + "    min_outlets: 3\n    window: 48h\n    windw: 2h\n", 7, "windw"),
    "bad_address": (RULE + "    min_outlets: 3\n    window: 48h\n    notify: [email]\n"
                    "    email: {to: [not-an-address]}\n", 8, "email"),
    "second_rule_bad": (RULE + "    min_outlets: 3\n    window: 48h\n  - name: r2\n    type: topic\n"
                        "    query: {all_of: [[y]]}\n    min_outlets: -1\n    window: 1h\n", 10, "rules[1]"),
    "yaml_syntax": ("rules:\n  - name: r1\n    type: [topic\n", 4, None),
}


def _check(loader, tmp_path: Path, name: str, text: str, line: int, key: str | None) -> ConfigError:
    path = tmp_path / f"{name}.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as info:
        loader(path)
    message = str(info.value)
    assert f"{path}:{line}:" in message, f"{name}: line {line} not named in:\n{message}"
    if key:
        assert key in message, f"{name}: key {key} not named in:\n{message}"
    assert info.value.file and str(path) in info.value.file
    return info.value


@pytest.mark.parametrize("name", sorted(FEEDS_CASES))
def test_config_errors_feeds_name_file_line_and_key(tmp_path, name):
    _check(load_feeds, tmp_path, f"feeds-{name}", *FEEDS_CASES[name])


@pytest.mark.parametrize("name", sorted(RULES_CASES))
def test_config_errors_rules_name_file_line_and_key(tmp_path, name):
    _check(load_rules, tmp_path, f"alerts-{name}", *RULES_CASES[name])


@pytest.mark.parametrize("loader", [load_feeds, load_rules])
def test_config_errors_empty_and_missing_files(tmp_path, loader):
    empty = tmp_path / "empty.yaml"
    empty.write_text("# nothing here\n")
    with pytest.raises(ConfigError, match="empty"):
        loader(empty)
    with pytest.raises(ConfigError, match="cannot read") as info:
        loader(tmp_path / "absent.yaml")
    assert "absent.yaml" in str(info.value)
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"\xff\xfe\x00groups")
    with pytest.raises(ConfigError) as info:
        loader(binary)
    assert "binary.yaml" in str(info.value)


@pytest.fixture(scope="module")
def cli_bad_feeds(tmp_path_factory, services):
    """`newsradar run --once` on a feeds file with a typo, once for the module's assertions."""
    tmp = tmp_path_factory.mktemp("cli-config")
    bad = tmp / "feeds.yaml"
    bad.write_text(textwrap.dedent("""\
        groups:
          - name: g
            feeds:
              - id: a
                url: https://example.org/a.xml
                intervall: 5m
        """))
    env = {"NEWSRADAR_NAMESPACE": "tcfgerr", "PATH": "/usr/bin:/bin", "PREFECT_HOME": str(tmp / "prefect")}
    started = time.monotonic()
    out = subprocess.run([sys.executable, "-m", "cli", "run", "--once", "--feeds", str(bad)],
                         capture_output=True, text=True, env=env, timeout=400, cwd=tmp)
    return bad, out, time.monotonic() - started


@pytest.mark.kafka
@pytest.mark.elasticsearch
@pytest.mark.prefect
def test_config_errors_cli_exits_2_naming_file_line_key(cli_bad_feeds):
    bad, out, _ = cli_bad_feeds
    assert out.returncode == 2, out.stderr
    last = out.stderr.strip().split("error: ", 1)[-1]
    assert f"{bad}:6:" in last and "intervall" in last, out.stderr


@pytest.mark.kafka
@pytest.mark.elasticsearch
@pytest.mark.prefect
def test_config_errors_cli_fails_fast_without_traceback(cli_bad_feeds):
    _, out, _ = cli_bad_feeds
    assert "Traceback" not in out.stderr + out.stdout
    assert "Flow run" not in out.stderr + out.stdout, "the file must be refused before any flow starts"
