"""Which of the poll's steps run as Prefect task runs (each costs bookkeeping and a concurrency-slot
round trip to the server), faked at the Prefect boundary: the flow's own choice is what is tested."""
import gc
from types import SimpleNamespace

import pytest

import flows.poll_feeds as pf
from producers.poller import PollSummary


class _Step:
    """Stands in for a Prefect task: calling it is a task run, ``.fn`` is the bare function."""

    def __init__(self, name, calls, result):
        self.name, self.calls, self.result = name, calls, result
        self.fn = lambda *args: calls.append(("bare", name)) or result(*args)

    def __call__(self, *args):
        self.calls.append(("task", self.name))
        return self.result(*args)


class _Poller:
    def __init__(self, fetched, pending, articles):
        self.fetched, self.pending, self.articles = fetched, pending, articles

    def select(self, feeds, *, only_due, now):
        return feeds, []

    def refresh(self):
        pass

    def parsing(self, f):
        return f in self.pending

    def has_articles(self):
        return self.articles


def _poll(monkeypatch, *, pending, articles):
    calls = []
    fetched = [SimpleNamespace(result=SimpleNamespace(status=status)) for status in ("ok", "not_modified")]
    poller = _Poller(fetched, fetched[:1] if pending else [], articles)
    monkeypatch.setattr(pf, "FlowRunContext", SimpleNamespace(get=lambda: object()))
    monkeypatch.setattr(pf, "quote", lambda value: value)
    monkeypatch.setattr(pf, "fetch_feeds", _Step("fetch", calls, lambda p, feeds: fetched))
    monkeypatch.setattr(pf, "parse_feeds", _Step("parse", calls, lambda p, f: f))
    monkeypatch.setattr(pf, "publish_articles", _Step("publish", calls, lambda p, f, s: PollSummary()))
    pf.poll(poller, ["feed"])
    return calls


@pytest.mark.parametrize(("pending", "articles", "expected"), [
    (True, True, [("task", "fetch"), ("task", "parse"), ("task", "publish")]),
    (False, True, [("task", "fetch"), ("bare", "parse"), ("task", "publish")]),
    (True, False, [("task", "fetch"), ("task", "parse"), ("bare", "publish")]),
    (False, False, [("task", "fetch"), ("bare", "parse"), ("bare", "publish")]),
])
def test_poll_runs_a_task_only_for_work_left_to_do(monkeypatch, pending, articles, expected):
    assert _poll(monkeypatch, pending=pending, articles=articles) == expected


def test_poll_runs_its_steps_with_rarer_young_collections_and_puts_the_threshold_back(monkeypatch):
    before = gc.get_threshold()
    thresholds = []

    def step(*args):
        thresholds.append(gc.get_threshold()[0])
        return args[-1] if len(args) == 2 else PollSummary()

    for name in ("fetch_feeds", "parse_feeds", "publish_articles"):
        monkeypatch.setattr(pf, name, SimpleNamespace(fn=step))
    monkeypatch.setattr(pf, "FlowRunContext", SimpleNamespace(get=lambda: None))
    poller = _Poller([], [], True)
    pf.poll(poller, ["feed"])
    assert thresholds == [pf.BULK_STAGE_THRESHOLD] * 3
    assert gc.get_threshold() == before
