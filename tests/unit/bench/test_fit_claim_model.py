"""bench/fit_claim_model.py: the fit finds the signal, and the dev halves are fixed by event."""
from __future__ import annotations

import json

import numpy as np

from bench.claim_clusters import DATA
from bench.fit_claim_model import fit_weights, half_of
from newsradar.claim_match import FEATURES


def test_fit_claim_model_weights_follow_the_feature_that_separates_the_pairs():
    rng = np.random.default_rng(0)
    x = rng.random((400, len(FEATURES)))
    x[:, FEATURES.index("bias")] = 1.0
    y = (x[:, FEATURES.index("containment")] > 0.7).astype(float)     # only containment tells
    w = fit_weights(x, y, l2=0.1)
    signal = abs(w[FEATURES.index("containment")])
    assert w[FEATURES.index("containment")] > 5 and w[FEATURES.index("bias")] < 0
    assert all(abs(w[i]) < signal / 5 for i, name in enumerate(FEATURES) if name not in ("containment", "bias"))


def test_fit_claim_model_halves_cut_the_dev_events_in_two():
    rows = [json.loads(line) for line in DATA.read_text().splitlines() if line.strip()]
    events = {r["event"] for r in rows if r["split"] == "dev"}
    by_half = {h: {e for e in events if half_of(e) == h} for h in ("a", "b")}
    assert min(len(by_half["a"]), len(by_half["b"])) >= 5, "each half holds events enough to score on"
