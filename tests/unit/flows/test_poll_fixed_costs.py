"""What a poll pays around its work, whatever it fetched: no Prefect settings rebuilt per poll, no
walk through the returned summary (each cost up to a second of an all-304 re-poll on a loaded machine)."""
from __future__ import annotations

from collections import Counter

from prefect.settings import Settings as PrefectSettings
from prefect.settings import get_current_settings
from prefect.utilities.collections import visit_collection

import flows.poll_feeds as pf
from producers.poller import FeedOutcome, PollSummary


def test_poll_once_runs_without_heartbeat_and_builds_the_settings_once(monkeypatch):
    seen, copies = [], Counter()
    original = PrefectSettings.copy_with_update

    def counted(self, *args, **kwargs):
        copies["made"] += 1
        return original(self, *args, **kwargs)

    monkeypatch.setattr(PrefectSettings, "copy_with_update", counted)
    monkeypatch.setattr(pf, "_unbeaten", None)
    monkeypatch.setattr(pf, "poll_feeds", lambda *args, **kwargs: seen.append(get_current_settings()))
    for _ in range(3):
        pf.poll_once()
    assert [s.flows.heartbeat_frequency for s in seen] == [None, None, None]
    assert copies["made"] == 1


def test_prefect_sees_a_poll_summary_as_one_object_not_a_collection_to_walk():
    summary = PollSummary([FeedOutcome(f"feed-{i}", "outlet", "not_modified", counts=Counter(published=1))
                           for i in range(50)])
    visited = []
    visit_collection(summary, visit_fn=visited.append, return_data=False)
    assert visited == [summary]
