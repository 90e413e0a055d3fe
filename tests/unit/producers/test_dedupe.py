import orjson

from producers.dedupe import SeenState
from producers.parser import ParsedItem, dedupe_keys


def _item(url_id: str, guid: str | None, title: str, digest: str, outlet: str = "Outlet") -> ParsedItem:
    return ParsedItem(url_id, dedupe_keys(url_id, outlet, guid, title), digest, b"{}", "https://x/" + url_id)


def test_dedupe_same_url_guid_or_title_is_a_duplicate():
    state = SeenState(title_window_s=3 * 86400)
    first = _item("a1", "g1", "Parliament passes the budget", "h1")
    assert state.decide(first, 0) == ("new", 1, "a1")
    state.record("a1", 1, "h1", first.keys, 0)
    assert state.decide(_item("a1", None, "x", "h1"), 10)[0] == "duplicate"
    assert state.decide(_item("other-url", "g1", "different title", "h1"), 10) == ("duplicate", 1, "a1")
    assert state.decide(_item("third-url", None, "Parliament passes the BUDGET!", "h1"), 10)[0] == "duplicate"


def test_dedupe_title_match_expires_after_window():
    state = SeenState(title_window_s=100)
    item = _item("a1", None, "Parliament passes the budget", "h1")
    state.record("a1", 1, "h1", item.keys, 0)
    assert state.decide(_item("b2", None, "Parliament passes the budget", "h1"), 1000)[0] == "new"


def test_dedupe_changed_body_is_an_update_with_next_version_and_same_id():
    state = SeenState()
    item = _item("a1", "g1", "Parliament passes the budget", "h1")
    state.record("a1", 1, "h1", item.keys, 0)
    assert state.decide(_item("a1", "g1", "Parliament passes the budget", "h2"), 5) == ("update", 2, "a1")


def test_dedupe_state_rebuilt_from_seen_records():
    state = SeenState()
    value = state.record("a1", 3, "h3", ("u:a1", "g:xyz"), 0)
    rebuilt = SeenState()
    rebuilt.apply(value)
    assert rebuilt.lookup(("g:xyz",), 1).version == 3
    rebuilt.apply(SeenState().record("a1", 2, "h2", ("u:a1",), 0))
    assert rebuilt.articles["a1"].version == 3, "an older state never wins"


def test_seen_record_carries_the_time_of_each_poll():
    state = SeenState()
    assert orjson.loads(state.record("a1", 1, "h1", ("u:a1",), 0))["seen_at"] == "1970-01-01T00:00:00+00:00"
    assert orjson.loads(state.record("b2", 1, "h2", ("u:b2",), 0))["seen_at"] == "1970-01-01T00:00:00+00:00"
    assert orjson.loads(state.record("c3", 1, "h3", ("u:c3",), 86400.5))["seen_at"] == \
        "1970-01-02T00:00:00.500000+00:00"
