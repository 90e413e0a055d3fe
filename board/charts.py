"""Arrival timelines by outlet, laid out in Python and drawn as inline SVG by templates/_chart.html.

The layout is plain numbers and strings; the template escapes every label, so
feed text never reaches the SVG unescaped. No JavaScript is involved.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from newsradar.clock import parse_time

LABEL_W = 150
ROW_H = 22
PAD = 12


@dataclass(frozen=True)
class Point:
    at: datetime
    outlet: str
    count: int = 1
    marked: bool = False  # e.g. a syndicated copy: drawn hollow
    title: str = ""


@dataclass
class Dot:
    x: float
    y: float
    r: float
    marked: bool
    title: str


@dataclass
class Timeline:
    width: int
    height: int
    rows: list[tuple[str, float]] = field(default_factory=list)
    dots: list[Dot] = field(default_factory=list)
    ticks: list[tuple[float, str]] = field(default_factory=list)
    x0: int = LABEL_W


def timeline(points: list[Point], width: int = 640, max_rows: int = 12) -> Timeline:
    """Outlets as rows, ordered by first arrival; time runs left to right."""
    if not points:
        return Timeline(width=width, height=ROW_H + PAD)
    first: dict[str, datetime] = {}
    for p in sorted(points, key=lambda p: p.at):
        first.setdefault(p.outlet, p.at)
    outlets = sorted(first, key=lambda o: first[o])[:max_rows]
    rows = {o: PAD + ROW_H * i + ROW_H / 2 for i, o in enumerate(outlets)}
    start, end = min(p.at for p in points), max(p.at for p in points)
    span = max((end - start).total_seconds(), 3600.0)
    plot_w = width - LABEL_W - 2 * PAD
    biggest = max(p.count for p in points)

    def x(at: datetime) -> float:
        return round(LABEL_W + PAD + plot_w * (at - start).total_seconds() / span, 1)

    dots = [Dot(x(p.at), rows[p.outlet], round(3 + 4 * (p.count / biggest) ** 0.5, 1), p.marked,
                p.title or f"{p.outlet}, {p.at:%Y-%m-%d %H:%M} UTC, {p.count}")
            for p in points if p.outlet in rows]
    ticks = [(x(start), f"{start:%d %b %H:%M}"), (x(end), f"{end:%d %b %H:%M}")] if end > start else \
        [(x(start), f"{start:%d %b %H:%M}")]
    return Timeline(width=width, height=int(PAD * 2 + ROW_H * len(outlets) + 14),
                    rows=list(rows.items()), dots=dots, ticks=ticks)


def from_hours(rows: list[dict], width: int = 640) -> Timeline:
    """From aggregation rows ``{"hour", "outlet", "count"}``."""
    return timeline([Point(parse_time(r["hour"]), r["outlet"], r["count"]) for r in rows], width)
