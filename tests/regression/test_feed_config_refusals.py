"""Issue 11, item 1: feeds.yaml refuses a feed URL or interval that could only fail later, at poll time.

Each case is a small file with one mistake; the error names file:line and the key.
"""
from __future__ import annotations

import pytest

from newsradar.errors import ConfigError
from producers.config import load_feeds

HEAD = "groups:\n  - name: g\n    feeds:\n      - {id: ok-feed, url: 'https://example.org/feed.xml'}\n"

CASES = {
    # name: (text, line, key)
    "port_out_of_range": (HEAD + "      - id: b\n        url: https://h:99999/\n", 6, "groups[0].feeds[1].url"),
    "port_zero": (HEAD + "      - id: b\n        url: https://h:0/rss\n", 6, "groups[0].feeds[1].url"),
    "port_not_a_number": (HEAD + "      - id: b\n        url: http://h:http/rss\n", 6, "groups[0].feeds[1].url"),
    "no_host": (HEAD + "      - id: b\n        url: http:///rss\n", 6, "groups[0].feeds[1].url"),
    "broken_ipv6": (HEAD + "      - id: b\n        url: 'http://[::1/rss'\n", 6, "groups[0].feeds[1].url"),
    "not_http": (HEAD + "      - id: b\n        url: file:///etc/passwd\n", 6, "groups[0].feeds[1].url"),
    "feed_interval_zero": (HEAD + "      - id: b\n        url: https://e.org/b\n        interval: 0s\n",
                           7, "groups[0].feeds[1].interval"),
    "group_interval_negative": ("groups:\n  - name: g\n    interval: -60\n    feeds:\n"
                                "      - {id: a, url: 'https://e.org/a'}\n", 3, "groups[0].interval"),
    "default_interval_zero": ("defaults:\n  interval: 0m\n" + HEAD, 2, "defaults.interval"),
    "schedule_min_interval_zero": ("schedule:\n  min_interval: 0\n" + HEAD, 2, "schedule.min_interval"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_feeds_yaml_refuses_unusable_url_or_interval(tmp_path, name):
    text, line, key = CASES[name]
    path = tmp_path / f"{name}.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as info:
        load_feeds(path)
    message = str(info.value)
    assert f"{path}:{line}: {key}:" in message, message


def test_feeds_yaml_accepts_ports_and_ipv6_hosts(tmp_path):
    path = tmp_path / "ok.yaml"
    path.write_text("groups:\n  - name: g\n    interval: 90s\n    feeds:\n"
                    "      - {id: a, url: 'https://e.org:8443/a'}\n"
                    "      - {id: b, url: 'http://[2001:db8::1]:8080/rss'}\n")
    assert [f.url for f in load_feeds(path).feeds()] == ["https://e.org:8443/a", "http://[2001:db8::1]:8080/rss"]
