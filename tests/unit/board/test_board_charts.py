"""The timeline layout: outlets as rows in order of first arrival, time left to right."""
from __future__ import annotations

from board.charts import from_hours, timeline
from board.render import safe_url


def test_rows_follow_first_arrival_and_time_runs_left_to_right():
    chart = from_hours([{"hour": "2026-12-01T05:00:00.000Z", "outlet": "Alpha", "count": 2},
                        {"hour": "2026-12-01T03:00:00.000Z", "outlet": "Zulu", "count": 1},
                        {"hour": "2026-12-01T09:00:00.000Z", "outlet": "Zulu", "count": 1}])
    assert [name for name, _ in chart.rows] == ["Zulu", "Alpha"], "first arrival first, not alphabetical"
    a_dots = sorted((d for d in chart.dots if d.y == chart.rows[0][1]), key=lambda d: d.x)
    assert len(a_dots) == 2 and a_dots[0].x < a_dots[1].x
    b_dot = next(d for d in chart.dots if d.y == chart.rows[1][1])
    assert a_dots[0].x < b_dot.x < a_dots[1].x and b_dot.r > a_dots[0].r, "more articles, bigger dot"
    assert timeline([]).dots == []


def test_only_http_links_survive():
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "vbscript:x", None, ""):
        assert safe_url(bad) == "#"
