"""Fit the story clusterer's merge decision on labelled comparisons of dev's story groups.

    .venv/bin/python bench/fit_story_merge.py --rows /tmp/rows.jsonl            # log comparisons
    .venv/bin/python bench/fit_story_merge.py --rows /tmp/rows.jsonl --from-rows --fold 0 --out /tmp/m0.json

Logging replays the whole corpus through ``StoryClusterer`` as ``bench/story_clusters.py``
does and, for every article of a labelled dev group, writes each candidate story it was
compared with: the features placing computed (``consumers/enricher/story_merge.py``),
the article's group and fold, the dev groups already in that story and whether the
group's own story was among the candidates. Test groups are never recorded.

Fitting keeps the comparisons of one dev fold (``--fold K`` of ``fold_of(group, 2)``,
or both with ``--fold all``) that the drift guard lets through, and labels each from
that fold's groups only: 1 when the story holds the article's group, 0 when it holds
only other groups of the fold, or no labelled article while the group's own story was
a candidate too (an event is one story); otherwise (an unlabelled story, no story of the
group near) it is left out, since labels leave out articles an editor could place either
way. The regression is fitted by Newton's method on standardised features with an L2
penalty (``--l2``) and written back in raw units with the ``--cut`` it joins at, as JSON
for ``StoryClusterer.merge``. Deterministic: the same rows give the same file.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.story_clusters import (CORPUS, LABELS, cluster, enrich, fold_of, load_corpus, load_labels,  # noqa: E402
                                  story_params)
from consumers.enricher.story_merge import FEATURES, MergeModel  # noqa: E402


def log_rows(labels: Path, corpus: Path, merge: MergeModel | None) -> list[dict]:
    """The comparisons placing made for dev's labelled articles, in arrival order, and beside them each
    labelled article against every earlier one of the lookback as a story of one (``kind: pair``)."""
    from consumers.enricher.stories import StoryClusterer, _dot, _top  # noqa: PLC0415
    from consumers.enricher.story_merge import ENTITY_PREFIX, RARE_IDF, features, link_parts  # noqa: PLC0415
    from newsradar.clock import parse_time  # noqa: PLC0415
    from newsradar.settings import get_settings  # noqa: PLC0415

    settings = get_settings()
    by_key, by_id = load_corpus(corpus)
    gold = load_labels(labels, by_key)["dev"]
    params = story_params(settings, {})
    groups_in: dict[str, set[str]] = defaultdict(set)
    rows: list[dict] = []
    placed: list = []

    def trace(sig, considered):
        group = gold.get(sig.article_id)
        if group is not None:
            own = any(group in groups_in[s] for s in considered)
            for story_id, seen in sorted(considered.items()):
                rows.append({"kind": "story", "group": group, "fold": fold_of(group, 2),
                             "story_groups": sorted(groups_in[story_id]), "own": own,
                             "guarded": seen.centre < params.drift_threshold, "features": list(seen.features)})
            groups_in[sig.story_id].add(group)

    class Recorder(StoryClusterer):
        def _place(self, sig, candidates, stats):
            super()._place(sig, candidates, stats)
            group = gold.get(sig.article_id)
            if group is None or sig.near_duplicate_of:
                return
            t = parse_time(sig.published_at)
            rare = {ENTITY_PREFIX + e for e in sig.entities if stats.idf(ENTITY_PREFIX + e) >= RARE_IDF}
            for other in placed:
                hours = abs((t - parse_time(other.published_at)).total_seconds()) / 3600
                if hours > params.lookback_days * 24:
                    continue
                link, names, heads = link_parts(sig.vector, other.vector, set(sig.title_terms))
                centre = _dot(sig.vector, _top(other.vector, params.core_terms))
                score = (params.link_weight * link + (1 - params.link_weight) * centre) \
                    * 0.5 ** (hours / params.half_life_hours)
                row = features(link, centre, score, names, heads, len(rare.intersection(other.vector)), hours, 1,
                               other.outlet == sig.outlet)
                rows.append({"kind": "pair", "group": group, "fold": fold_of(group, 2),
                             "other": gold[other.article_id], "guarded": centre < params.drift_threshold,
                             "features": list(row)})
            placed.append(sig)

    articles = sorted(by_id.values(), key=lambda a: (a.published_at, a.article_id))
    cluster(list(zip(articles, enrich(articles, settings))), settings, settings.enrich.chunk_size, {}, trace, merge,
            Recorder)
    return rows


def labelled(rows: list[dict], fold: str, guarded: bool, pairs: bool) -> tuple[np.ndarray, np.ndarray]:
    """(features, labels) of the comparisons of ``fold`` ("0", "1" or "all"), labelled from its groups only;
    those the drift guard turned down only with ``guarded``, pairs of articles only with ``pairs``."""
    def mine(group: str) -> bool:
        return fold == "all" or fold_of(group, 2) == int(fold)

    x, y = [], []
    for r in rows:
        if (r["guarded"] and not guarded) or not mine(r["group"]):
            continue
        if r["kind"] == "pair":
            if not pairs or not mine(r["other"]):
                continue
            label = int(r["group"] == r["other"])
        else:
            groups = [g for g in r["story_groups"] if mine(g)]
            if r["group"] in groups:
                label = 1
            elif groups or r["own"]:
                label = 0
            else:
                continue
        x.append(r["features"])
        y.append(label)
    return np.array(x, dtype=float), np.array(y, dtype=float)


def fit(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 100) -> tuple[float, np.ndarray]:
    """(bias, weights) in raw units of the L2-penalised logistic regression of ``y`` on standardised ``x``."""
    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std == 0] = 1.0
    a = np.hstack([np.ones((len(x), 1)), (x - mean) / std])
    w = np.zeros(a.shape[1])
    penalty = np.full(a.shape[1], l2)
    penalty[0] = 0.0                                   # the bias is not shrunk
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(a @ w, -30, 30)))
        grad = a.T @ (p - y) + penalty * w
        hess = (a * (p * (1 - p))[:, None]).T @ a + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    weights = w[1:] / std
    return float(w[0] - (weights * mean).sum()), weights


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--rows", type=Path, required=True, help="comparisons: written by logging, read by --from-rows")
    ap.add_argument("--from-rows", action="store_true", help="fit on logged rows instead of logging them")
    ap.add_argument("--merge", type=Path, default=None, help="log under this fitted model instead of the threshold")
    ap.add_argument("--fold", choices=("0", "1", "all"), default="all", help="the dev fold to fit on")
    ap.add_argument("--no-drift-guard", dest="drift_guard", action="store_false",
                    help="fit on every comparison and let the model decide alone, without the drift guard")
    ap.add_argument("--pairs", action="store_true", help="fit on pairs of labelled articles too")
    ap.add_argument("--features", default="", help="fit on these features only (comma-separated; default all)")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--cut", type=float, default=0.5, help="the probability at which the model joins")
    ap.add_argument("--out", type=Path, default=None, help="where to write the fitted model (JSON)")
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args(argv)

    if not args.from_rows:
        rows = log_rows(args.labels, args.corpus, MergeModel.load(args.merge) if args.merge else None)
        args.rows.write_text("".join(json.dumps(r) + "\n" for r in rows))
        print(f"{len(rows)} comparisons written to {args.rows}")
        return 0
    rows = [json.loads(line) for line in args.rows.read_text().splitlines()]
    x, y = labelled(rows, args.fold, not args.drift_guard, args.pairs)
    used = [FEATURES.index(f) for f in args.features.split(",")] if args.features else list(range(len(FEATURES)))
    bias, fitted = fit(x[:, used], y, args.l2)
    weights = np.zeros(len(FEATURES))
    weights[used] = fitted
    print(f"fold {args.fold}: {len(y)} comparisons, {int(y.sum())} same story")
    for name, w in zip(FEATURES, weights):
        print(f"  {name:20} {w:+.3f}")
    print(f"  {'bias':20} {bias:+.3f}")
    if args.out:
        doc = {"features": list(FEATURES), "bias": round(bias, 6), "weights": [round(float(w), 6) for w in weights],
               "cut": args.cut, "drift_guard": args.drift_guard, "fitted_on": f"dev fold {args.fold} of bench/data/story_groups.jsonl",
               "l2": args.l2, "comparisons": len(y)}
        args.out.write_text(json.dumps(doc, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
