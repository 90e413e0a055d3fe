"""The project-written labels keep the guide's decided points (bench/data/README.md, "Decided at stop 55") that
can be read from a row alone: an author assertion's span has no leading connective and no final stop (point 2),
and one claim never joins two quotations that a cue closed with a full stop (point 3). Corpus rows hold
pointers, so they are read with the bench, not here."""
from __future__ import annotations

import json
import re

import pytest

from bench.extract_quality import DATA

_CONNECTIVE = re.compile(r"^(But|And|So|However|Meanwhile|Still|Yet)\b")
_QUOTE = re.compile(r"“([^”]*)”")


def _written_rows() -> list[dict]:
    return [json.loads(line) for name in ("claims_labelled.jsonl", "claims_written.jsonl")
            for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def assertion_span_faults(row: dict) -> list[str]:
    """Assertion contents of ``row`` that open with a connective or keep the sentence's final stop."""
    return [c["content"] for c in row["claims"] if c["kind"] == "assertion"
            and (_CONNECTIVE.match(c["content"]) or (c["content"].endswith(".") and not c["content"].endswith("...")))]


def joined_quotations(row: dict) -> list[str]:
    """Quoted claims of ``row`` holding two quotations whose cue between them ends its sentence."""
    quotes = list(_QUOTE.finditer(row["text"]))
    closed_apart = [(a.group(1), b.group(1)) for a, b in zip(quotes, quotes[1:])
                    if re.search(r"\.\s*$", row["text"][a.end():b.start()])]
    return [c["content"] for c in row["claims"] if c["kind"] in ("direct", "mixed")
            for first, second in closed_apart
            if first.rstrip(",.")[:20] in c["content"] and second.rstrip(",.")[:20] in c["content"]]


@pytest.mark.parametrize("check", [assertion_span_faults, joined_quotations])
def test_no_written_row_breaks_a_decided_point(check):
    assert {row["id"]: check(row) for row in _written_rows() if check(row)} == {}


def test_the_checks_see_the_patterns_they_guard():
    row = {"text": "“We lost,” she said. “We will be back.” But the club has sacked its coach. It has 20 days.",
           "claims": [{"kind": "direct", "content": "We lost We will be back."},
                      {"kind": "assertion", "content": "But the club has sacked its coach"},
                      {"kind": "assertion", "content": "It has 20 days."}]}
    assert joined_quotations(row) == ["We lost We will be back."]
    assert assertion_span_faults(row) == ["But the club has sacked its coach", "It has 20 days."]
    row["text"] = "“We lost,” she said, “and we will be back.”"
    row["claims"] = [{"kind": "direct", "content": "We lost and we will be back."}]
    assert joined_quotations(row) == [] and assertion_span_faults(row) == []
