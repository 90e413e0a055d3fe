"""Fit the claim matcher's weights on the dev part of bench/data/claim_variants.jsonl.

    .venv/bin/python bench/fit_claim_model.py [--write] [--l2 0.3] [--min-precision 0.95]

The pairs are those of one story the enricher would compare (``claim_match.place``
compares claims sharing a term or an entity, and never two named people or a
claim and its denial); claims of two stories meet a lexical bar instead, which a
refit keeps, since the bench's stories are its gold events and hold no same-claim
pair across two of them. A pair is positive when both rows have the same event and claim. A
logistic regression (Newton's method with an L2 penalty, classes weighted to
balance) gives the weights; the threshold is then chosen by clustering the
fitting rows with ``place``: the lowest probability whose pairwise precision
stays at ``--min-precision``, so the union of matches, not single pairs, is what
the threshold is held to.

Before anything is written, the dev part is cut in two halves by event: a model
fitted on one half clusters the other, both ways, beside the committed model
(``configs/claim_model.yaml``). Only ``--write`` replaces that file, with the
model fitted on the whole dev part. Test rows are never read past their split.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.claim_clusters import Row, cluster, extract, load, scores  # noqa: E402
from newsradar.claim_match import (  # noqa: E402
    FEATURES, MODEL_FILE, AcrossStories, MatchParams, default_params, features, same_story, speakers_compatible)


def half_of(event: str) -> str:
    # Salted apart from the dev/test rule, so the halves cut across whatever that hash favoured.
    return "a" if int(hashlib.sha256(f"half:{event}".encode()).hexdigest(), 16) % 2 == 0 else "b"


def candidate_pairs(rows: list[Row]) -> tuple[np.ndarray, np.ndarray]:
    """Features and labels of the pairs of one story that ``place`` would score."""
    xs, ys = [], []
    placed = [r for r in rows if r.sig is not None]
    for i, a in enumerate(placed):
        for b in placed[i + 1:]:
            sa, sb = a.sig, b.sig
            # The model decides within one story; across stories a lexical bar does (claim_match).
            if not same_story(sa, sb) or not sa.terms or not sb.terms:
                continue
            if not (sa.terms & sb.terms or sa.entities & sb.entities):
                continue
            if not speakers_compatible(sa, sb) or sa.negated != sb.negated:
                continue
            xs.append(features(sa, sb))
            ys.append(float((a.event, a.claim) == (b.event, b.claim)))
    return np.array(xs), np.array(ys)


def fit_weights(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """Penalised logistic regression by Newton's method; the bias is not penalised."""
    pos = y.sum()
    sample = np.where(y == 1, len(y) / (2 * pos), len(y) / (2 * (len(y) - pos)))
    penalty = np.full(x.shape[1], l2)
    penalty[FEATURES.index("bias")] = 0.0
    w = np.zeros(x.shape[1])
    for _ in range(100):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (sample * (p - y)) + penalty * w
        hess = (x.T * (sample * p * (1 - p))) @ x + np.diag(penalty) + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def fit(rows: list[Row], l2: float, min_precision: float, label: str, across: AcrossStories) -> MatchParams:
    x, y = candidate_pairs(rows)
    weights = {name: round(float(v), 4) for name, v in zip(FEATURES, fit_weights(x, y, l2))}
    chosen = None
    for t in np.arange(0.05, 0.951, 0.025):
        params = MatchParams(weights=weights, threshold=round(float(t), 3), fitted_on=label, across_stories=across)
        s = scores(rows, cluster(rows, params))
        if s["precision"] >= min_precision:
            chosen = params
            break
    return chosen or MatchParams(weights=weights, threshold=0.95, fitted_on=label, across_stories=across)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--l2", type=float, default=0.3, help="L2 penalty on the weights (default 0.3)")
    ap.add_argument("--min-precision", type=float, default=0.95,
                    help="pairwise precision the threshold must keep on the fitting rows (default 0.95)")
    ap.add_argument("--write", action="store_true", help=f"write the whole-dev model to {MODEL_FILE.relative_to(ROOT)}")
    args = ap.parse_args(argv)
    dev = [r for r in extract([r for r in load() if r["split"] == "dev"])]
    halves = {h: [r for r in dev if half_of(r.event) == h] for h in ("a", "b")}
    committed = default_params() if MODEL_FILE.exists() else None
    # The bar across stories has no pair in the bench to be fitted on: a refit keeps it.
    across = committed.across_stories if committed else AcrossStories()
    print(f"dev {len(dev)} rows: half a {len(halves['a'])}, half b {len(halves['b'])}")
    print(f"{'fitted on -> scored on':<26}{'model':<11}{'precision':>10}{'recall':>8}{'b3 f1':>8}")
    for fit_on, score_on in (("a", "b"), ("b", "a")):
        model = fit(halves[fit_on], args.l2, args.min_precision, f"dev half {fit_on}", across)
        for name, params in (("fitted", model), ("committed", committed)) if committed else (("fitted", model),):
            s = scores(halves[score_on], cluster(halves[score_on], params))
            print(f"{fit_on + ' -> ' + score_on:<26}{name:<11}{s['precision']:>10.3f}{s['recall']:>8.3f}"
                  f"{s['b3 f1']:>8.3f}")
    model = fit(dev, args.l2, args.min_precision, "dev part of bench/data/claim_variants.jsonl", across)
    print(f"whole dev: threshold {model.threshold}, weights "
          + ", ".join(f"{k} {v:+.2f}" for k, v in model.weights.items()))
    if args.write:
        header = ("# The claim matcher's decision (newsradar/claim_match.py): a logistic model over the features\n"
                  "# of two claims of one story, fitted on dev by bench/fit_claim_model.py --write (refit, do not\n"
                  "# edit), and the lexical bar across stories, set by hand, which a refit keeps.\n")
        MODEL_FILE.write_text(header + yaml.safe_dump(model.model_dump(), sort_keys=False))
        print(f"wrote {MODEL_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
