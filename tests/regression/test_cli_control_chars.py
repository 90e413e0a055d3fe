"""Issue 11, item 3: what the CLI prints from feeds carries no terminal control characters.

Articles, claims, an alert and a feed's health with escape sequences in them go through
the real indexer and alerter into the real Elasticsearch; then ``newsradar search``,
``stats``, ``feeds``, ``alerts list`` and ``extract`` run as the operator runs them, in a
subprocess, and their output must hold the words but none of the control characters.
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import datetime, timezone

import pytest

from consumers.alerter.stage import Alerter
from consumers.indexer.stage import Indexer
from tests.samples.alert_articles import make_article
from consumers.runner import Runner
from newsradar.clients import es_client
from newsradar.schema import FeedHealth
from newsradar.settings import PROJECT_ROOT
from tests.hostile.summary import report
from tests.kafka_io import publish_enriched

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]

# retitle the window, clear the screen, a one-byte CSI, a right-to-left override, a carriage return
HOSTILE = "\x1b]0;pwned\x07\x1b[2J\x9b31m\u202eevil\rtail"
FORBIDDEN = ("\x1b", "\x07", "\x9b", "\u202e", "\r")

RULES = textwrap.dedent("""
    rules:
      - name: any-story
        type: story
        min_outlets: 2
        window: 12h
        notify: [webhook]
""")


def newsradar(settings, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NEWSRADAR_NAMESPACE": settings.namespace}
    return subprocess.run([sys.executable, "-m", "cli", *args], capture_output=True, text=True,
                          env=env, cwd=PROJECT_ROOT, timeout=300)


def test_cli_output_from_feeds_has_no_terminal_control_characters(isolated, tmp_path):
    from newsradar.feed_health import HealthStore

    settings = isolated
    now = datetime.now(timezone.utc)
    arts = [make_article(f"outlet{i} {HOSTILE}", f"Bridge opens {HOSTILE}", f"The bridge opened. {HOSTILE}",
                         published_at=now, story_id="s-cli", claims=[(f"Ana {HOSTILE}", f"It opened {HOSTILE}")])
            for i in (1, 2)]
    publish_enriched(settings, arts)
    rules = tmp_path / "alerts.yaml"
    rules.write_text(RULES)
    for stage in (Indexer(settings), Alerter(settings, rules)):
        Runner(stage, settings, poll_timeout_ms=200).run(until_idle=True, idle_polls=2, max_seconds=60)
    HealthStore(settings).save([FeedHealth(feed_id=f"feed-{HOSTILE}", url="https://h.example/rss",
                                           outlet=f"outlet {HOSTILE}", status="failing", last_error_kind="parse",
                                           consecutive_failures=2, last_polled_at=now, updated_at=now)])
    es_client(settings).indices.refresh(index=f"{settings.namespace}-*")
    article = tmp_path / "article.txt"
    article.write_text(f"Bridge opens {HOSTILE}\n\n\"It opened {HOSTILE},\" Mayor Ana Silva said on Tuesday.\n")

    # (command, a word of the hostile text it must still show)
    commands = [(("search", "bridge", "--since", "7d"), "evil"), (("search", "--claims", "opened"), "evil"),
                (("stats",), "evil"), (("feeds",), "evil"), (("alerts", "list"), "evil"),
                (("extract", str(article), "--format", "table"), "tail")]
    dirty = []
    for args, word in commands:
        out = newsradar(settings, *args)
        assert out.returncode == 0, (args, out.stderr[-2000:])
        assert word in out.stdout, (args, out.stdout)
        dirty += [f"{' '.join(args[:2])}: {c!r}" for c in FORBIDDEN if c in out.stdout]
    report("control characters -> CLI output", tried=len(commands), errors=len(dirty), crashes=0,
           notes=dirty or ["search, search --claims, stats, feeds, alerts list, extract: clean"])
    assert not dirty, dirty
