"""consumers/indexer/claim_summaries.py: a cluster's number variants and its drift flag."""
from __future__ import annotations

from consumers.indexer.claim_summaries import number_variants


def _claim(outlet: str, text: str, value: float, unit: str | None = None) -> dict:
    return {"outlet": outlet, "numbers": [{"text": text, "value": value, "unit": unit}]}


def test_claim_summaries_rounded_variants_are_no_drift():
    variants, drift = number_variants([_claim("a", "1.2 million", 1.2e6), _claim("b", "more than a million", 1e6)])
    assert [v["value"] for v in variants] == ["1.2 million", "more than a million"]
    assert not drift, "the figure matching accepts as one is not drift"


def test_claim_summaries_figures_beyond_rounding_drift():
    _, drift = number_variants([_claim("a", "$7.1 billion", 7.1e9, "USD"), _claim("b", "$9 billion", 9e9, "USD")])
    assert drift
    _, apart = number_variants([_claim("a", "$7.1 billion", 7.1e9, "USD"), _claim("b", "9 billion", 9e9)])
    assert not apart, "figures of different units are different quantities"
