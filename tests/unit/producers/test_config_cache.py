"""load_feeds gives a served poller the model it validated before while the file's bytes are the same."""
from __future__ import annotations

import os

import pydantic
import pytest

from producers.config import load_feeds

FEEDS = """groups:
  - name: world
    feeds:
      - {id: a, url: "https://a.example/rss", outlet: A}
"""


def test_same_bytes_give_the_same_validated_model(tmp_path):
    path = tmp_path / "feeds.yaml"
    path.write_text(FEEDS)
    assert load_feeds(path) is load_feeds(path)


def test_an_edit_is_seen_even_with_the_same_size_and_timestamps(tmp_path):
    path = tmp_path / "feeds.yaml"
    path.write_text(FEEDS)
    first = load_feeds(path)
    stat = path.stat()
    path.write_text(FEEDS.replace("https://a.", "https://b."))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size
    assert load_feeds(path).feeds()[0].url == "https://b.example/rss"
    assert first.feeds()[0].url == "https://a.example/rss"


def test_the_shared_model_cannot_be_changed_by_one_poll(tmp_path):
    path = tmp_path / "feeds.yaml"
    path.write_text(FEEDS)
    with pytest.raises(pydantic.ValidationError):
        load_feeds(path).http.concurrency = 1
