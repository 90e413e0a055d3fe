"""Fit the story clusterer's merge decision (a logistic regression) on the dev story groups.

    .venv/bin/python bench/fit_story_model.py --out /tmp/merge.yaml
    .venv/bin/python bench/fit_story_model.py --fold 0/2 --out /tmp/merge-0.yaml   # one dev half only

Replays the whole corpus through ``StoryClusterer`` as ``bench/story_clusters.py``
does (real Elasticsearch, own namespace, published order, the enricher's chunk size)
and, for every article of a labelled dev group (of the chosen fold), records the
features of each candidate story (``consumers/enricher/story_features.py``) with its
label: 1 for the story holding the article's group, 0 for a story holding only other
groups, and 0 for an unlabelled story when the group's own story is among the
candidates too (an event is one story); an unlabelled story is skipped otherwise.
The labelled articles then join their group's story whatever the model says (teacher
forcing), so the stories they are compared with are the ones an editor would have
built; every other article is placed by the configured clusterer. Test groups are
never read.

The regression is fitted by Newton's method with a small L2 penalty on the weights;
the cut is the lowest probability at which the recorded decisions reach
``--precision`` (the target is precision first). The model is written as YAML for the
``merge:`` key of the ``stories:`` section of configs/alerts.yaml, or for
``bench/story_clusters.py --merge FILE``.
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.story_clusters import (CORPUS, LABELS, cluster, enrich, fold_of, load_corpus,  # noqa: E402
                                  load_labels, story_params)


def recorder(gold: dict[str, str]):
    """A StoryClusterer class that records (features, label) for the articles of ``gold`` and places them by it."""
    from consumers.enricher.stories import StoryClusterer, _dot  # noqa: PLC0415

    class Recorder(StoryClusterer):
        rows: list[tuple[tuple[float, ...], int]] = []

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.groups: dict[str, set[str]] = defaultdict(set)

        def _choose(self, sig, stories, stats):
            group = gold.get(sig.article_id)
            if group is None:
                return super()._choose(sig, stories, stats)
            own = [s for s in stories.values() if group in self.groups[s.state.story_id]]
            for story in stories.values():
                # the clusterer never scores a story past its drift guard: neither is it learned from
                if _dot(sig.vector, story.state.core) < self.params.drift_threshold:
                    continue
                labels = self.groups[story.state.story_id]
                if labels or own:
                    Recorder.rows.append((self.features(sig, story, stats).values(), int(group in labels)))
            return own[0].state if own else None

        def _place(self, sig, candidates, stats):
            super()._place(sig, candidates, stats)
            if sig.article_id in gold:
                self.groups[sig.story_id].add(gold[sig.article_id])

    return Recorder


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50) -> tuple[float, np.ndarray]:
    """(bias, weights) of the L2-penalised logistic regression of ``y`` on ``x``, by Newton's method."""
    a = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(a.shape[1])
    penalty = np.full(a.shape[1], l2)
    penalty[0] = 0.0                                   # the bias is not shrunk
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(a @ w, -30, 30)))
        grad = a.T @ (p - y) + penalty * w
        hess = (a * (p * (1 - p))[:, None]).T @ a + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return float(w[0]), w[1:]


def choose_cut(prob: np.ndarray, y: np.ndarray, precision: float) -> float:
    """The lowest cut whose decisions at or above it are right at least ``precision`` of the time."""
    order = np.argsort(-prob)
    right = np.cumsum(y[order]) / np.arange(1, len(y) + 1)
    ok = np.nonzero(right >= precision)[0]
    return float(np.clip(prob[order][ok[-1]] if len(ok) else 0.99, 0.01, 0.99))


def main(argv: list[str] | None = None) -> int:
    from consumers.enricher.story_features import FEATURE_NAMES  # noqa: PLC0415
    from newsradar.alerts_file import MergeModel  # noqa: PLC0415
    from newsradar.settings import get_settings  # noqa: PLC0415

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--fold", default=None, metavar="K/N",
                    help="fit on fold K of N of the dev groups only (as bench/story_clusters.py --folds N)")
    ap.add_argument("--precision", type=float, default=0.97, help="precision of the recorded decisions at the cut")
    ap.add_argument("--l2", type=float, default=1.0, help="L2 penalty on the weights")
    ap.add_argument("--out", type=Path, required=True, help="where to write the model (YAML)")
    args = ap.parse_args(argv)

    settings = get_settings()
    by_key, by_id = load_corpus(args.corpus)
    gold = load_labels(args.labels, by_key)["dev"]
    if args.fold:
        k, n = (int(v) for v in args.fold.split("/"))
        gold = {a: g for a, g in gold.items() if fold_of(g, n) == k}
    articles = sorted(by_id.values(), key=lambda a: (a.published_at, a.article_id))
    items = list(zip(articles, enrich(articles, settings)))
    make = recorder(gold)
    cluster(items, settings, settings.enrich.chunk_size, story_params(settings, {}), make=make)

    x = np.array([r for r, _ in make.rows])
    y = np.array([label for _, label in make.rows], dtype=float)
    bias, weights = fit(x, y, args.l2)
    prob = 1 / (1 + np.exp(-np.clip(bias + x @ weights, -30, 30)))
    cut = choose_cut(prob, y, args.precision)
    model = MergeModel.model_validate({"bias": round(bias, 4), "cut": round(cut, 3),
                                       "weights": {n: round(float(w), 4) for n, w in zip(FEATURE_NAMES, weights)}})
    args.out.write_text(yaml.safe_dump(model.model_dump(), sort_keys=False))
    taken = prob >= cut
    print(f"{len(y)} decisions recorded ({int(y.sum())} joins) from {len(set(gold.values()))} dev groups; "
          f"at cut {cut:.3f}: precision {y[taken].mean() if taken.any() else 0:.3f}, "
          f"recall {(y * taken).sum() / max(y.sum(), 1):.3f}")
    print(yaml.safe_dump(model.model_dump(), sort_keys=False), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
