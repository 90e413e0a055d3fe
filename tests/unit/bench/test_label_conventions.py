"""The labels keep the guide's decided points (bench/data/README.md, "Decided at stop 55") that can be read from a
row alone: an author assertion's span has no leading connective and no final stop (point 2), one claim never joins
two quotations that a cue closed with a full stop (point 3), and a share ("4 in 10", "one in five") or a compound
("three-day") inside a claim has its number row (point 4). Written rows hold their text; corpus rows point into
../shared and are read with the bench's own loaders, so they skip cleanly where ../shared is absent."""
from __future__ import annotations

import re

import pytest

from bench.extract_quality import corpus_records, corpus_row
from tests.conftest import shared_path

_CONNECTIVE = re.compile(r"^(But|And|So|However|Meanwhile|Still|Yet)\b")
_QUOTE = re.compile(r"“([^”]*)”")
# A stop that ends an ellipsis or an initialism ("in the U.S.") is no sentence's final stop of its own.
_FINAL_STOP = re.compile(r"(?<!\.)(?<!\b[A-Z]\.[A-Z])\.$")
_COUNT = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred"
# Bounded to three digits so "$21 in 2023" is no share; units named so a score ("2-2"), a season ("2015-16")
# or "one-time" is no compound; "one-day international" names a format and a "-year-old" is an age.
_FIGURES = re.compile(rf"\b(?:\d{{1,3}}|{_COUNT}) (?:in|out of) (?:\d{{1,3}}|{_COUNT})\b(?!-)"
                      rf"|\b(?:\d+|{_COUNT})-(?:day|week|month|year|hour|minute|mile|storey|member|bed|seat)s?\b"
                      r"(?!-| international)", re.IGNORECASE)


def _written_rows() -> list[dict]:
    return corpus_records("claims_labelled.jsonl") + corpus_records("claims_written.jsonl")


@pytest.fixture(scope="module")
def corpus_rows() -> list[dict]:
    """The corpus rows as the bench reads them, each with its paragraph as ``text``."""
    shared_path("corpus", "feeds")
    feeds: dict = {}
    rows = []
    for r in corpus_records():
        row = corpus_row(r, feeds)
        rows.append({"id": row.id, "text": row.text[row.start:row.end], "claims": row.claims, "numbers": row.numbers})
    return rows


def assertion_span_faults(row: dict) -> list[str]:
    """Assertion contents of ``row`` that open with a connective or keep the sentence's final stop."""
    return [c["content"] for c in row["claims"] if c["kind"] == "assertion"
            and (_CONNECTIVE.match(c["content"]) or _FINAL_STOP.search(c["content"]))]


def joined_quotations(row: dict) -> list[str]:
    """Quoted claims of ``row`` holding two quotations whose cue between them ends its sentence."""
    quotes = list(_QUOTE.finditer(row["text"]))
    closed_apart = [(a.group(1), b.group(1)) for a, b in zip(quotes, quotes[1:])
                    if re.search(r"\.\s*$", row["text"][a.end():b.start()])]
    return [c["content"] for c in row["claims"] if c["kind"] in ("direct", "mixed")
            for first, second in closed_apart
            if first.rstrip(",.")[:20] in c["content"] and second.rstrip(",.")[:20] in c["content"]]


def unnumbered_figures(row: dict) -> list[str]:
    """Shares and compounds inside a claim of ``row`` that no number row of ``row`` covers."""
    texts = [n["text"].lower() for n in row["numbers"]]
    return [m.group(0) for c in row["claims"] for m in _FIGURES.finditer(c["content"])
            if not any(m.group(0).lower() in t or t in m.group(0).lower() for t in texts)]


CHECKS = [assertion_span_faults, joined_quotations, unnumbered_figures]


@pytest.mark.parametrize("check", CHECKS)
def test_no_written_row_breaks_a_decided_point(check):
    assert {row["id"]: check(row) for row in _written_rows() if check(row)} == {}


@pytest.mark.parametrize("check", CHECKS)
def test_no_corpus_row_breaks_a_decided_point(corpus_rows, check):
    assert {row["id"]: check(row) for row in corpus_rows if check(row)} == {}


def test_the_checks_see_the_patterns_they_guard():
    row = {"text": "“We lost,” she said. “We will be back.” But the club has sacked its coach. It has 20 days.",
           "claims": [{"kind": "direct", "content": "We lost We will be back."},
                      {"kind": "assertion", "content": "But the club has sacked its coach"},
                      {"kind": "assertion", "content": "It has 20 days."}],
           "numbers": [{"text": "20 days", "value": 20, "unit": "day"}]}
    assert joined_quotations(row) == ["We lost We will be back."]
    assert assertion_span_faults(row) == ["But the club has sacked its coach", "It has 20 days."]
    assert unnumbered_figures(row) == []
    row["claims"] = [{"kind": "assertion", "content": c} for c in ("It rose in the U.S.", "It fell...", "It rose.")]
    assert assertion_span_faults(row) == ["It rose."]
    row["text"] = "“We lost,” she said, “and we will be back.”"
    row["claims"] = [{"kind": "direct", "content": "We lost and we will be back."}]
    assert joined_quotations(row) == [] and assertion_span_faults(row) == []


@pytest.mark.parametrize("content, numbers, missing", [
    ("Just over 4 in 10 adults and 2 in 5 kids are obese", [{"text": "Just over 4 in 10"}], ["2 in 5"]),
    ("One in five drivers failed a three-day course", [{"text": "One in five"}], ["three-day"]),
    ("Republicans won 4 out of 4 House seats after a 20-year wait", [], ["4 out of 4", "20-year"]),
    ("They drew 2-2 in the 2015-16 season and earn $21 in 2023", [], []),
    ("A 23-year-old won the second one-day international", [], []),
])
def test_a_share_or_compound_needs_a_number_row(content, numbers, missing):
    assert unnumbered_figures({"claims": [{"content": content}], "numbers": numbers}) == missing
