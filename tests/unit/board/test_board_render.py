"""The board's template filters and the pages they shape, rendered without a server."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from urllib.parse import parse_qs, urlsplit

import pytest
from starlette.requests import Request

from board.charts import from_hours
from board.render import environment, when


def request(query: str) -> Request:
    return Request({"type": "http", "method": "GET", "path": "/feeds", "query_string": query.encode(),
                    "headers": [], "scheme": "http", "server": ("127.0.0.1", 8750)})


@pytest.mark.parametrize("value", ["yesterday", "2026-13-45T00:00:00Z", "12:00 Tuesday"])
def test_a_malformed_stored_time_renders_as_a_dash(value: str) -> None:
    assert when(value) == "-"


def test_times_are_converted_to_utc_before_being_called_utc() -> None:
    assert when("2026-03-01T10:30:00+02:00") == "2026-03-01 08:30 UTC"
    assert when(datetime(2026, 3, 1, 10, 30, tzinfo=timezone(timedelta(hours=-5)))) == "2026-03-01 15:30 UTC"
    assert when("2026-03-01T10:30:00Z") == "2026-03-01 10:30 UTC"


def test_chart_hours_without_a_zone_are_utc() -> None:
    chart = from_hours([{"hour": "2026-03-01T10:00:00", "outlet": "a", "count": 1},
                        {"hour": "2026-03-01T11:00:00Z", "outlet": "b", "count": 2}])
    assert len(chart.rows) == 2


def test_the_json_link_in_the_footer_drops_the_token() -> None:
    html = environment().get_template("base.html").render(request=request("token=s3cret&window=24h"),
                                                            api_path="/api/feeds")
    assert "s3cret" not in html
    assert 'href="/api/feeds?window=24h"' in html


def test_search_facet_links_keep_every_current_filter() -> None:
    page = {"q": "ukraine", "kind": "claims", "total": 3, "hits": [],
            "filters": {"outlet": "Harbor Times", "speaker": None, "source_kind": "official", "entity": "Kyiv",
                        "since": "7d"},
            "facets": {"speaker": [["Jim Banks", 2]]}}
    html = environment().get_template("search.html").render(page=page, request=request(""))
    start = html.index('href="/search?') + len('href="')
    link = html[start:html.index('"', start)].replace("&amp;", "&")
    assert parse_qs(urlsplit(link).query) == {"q": ["ukraine"], "kind": ["claims"], "outlet": ["Harbor Times"],
                                              "source_kind": ["official"], "entity": ["Kyiv"], "since": ["7d"],
                                              "speaker": ["Jim Banks"]}
