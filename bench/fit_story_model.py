"""Fit the story clusterer's merge decision (a logistic regression) on the dev story groups.

    .venv/bin/python bench/fit_story_model.py --out /tmp/merge.yaml
    .venv/bin/python bench/fit_story_model.py --fold 0/2 --rows /tmp/rows-0.jsonl --out /tmp/merge-0.yaml
    .venv/bin/python bench/fit_story_model.py --from-rows /tmp/rows-0.jsonl --held-out /tmp/rows-1.jsonl \
        --out /tmp/merge-0.yaml     # fit on one dev half, compare with the hand-set score on the other

Replays the whole corpus through ``StoryClusterer`` as ``bench/story_clusters.py``
does (real Elasticsearch, own namespace, published order, the enricher's chunk size)
and, for every article of a labelled dev group (of the chosen fold), records the
features of each candidate story (``consumers/enricher/story_features.py``) with its
label: 1 for the story holding the article's group, 0 for a story holding only other
groups, and 0 for an unlabelled story when the group's own story is among the
candidates too (an event is one story). An unlabelled story beside no story of the
group is marked apart (-1): the labels leave out articles an editor could place either
way, so it may be the same event; ``--unlabelled negative`` counts it as 0, the
default leaves it out.
The labelled articles then join their group's story whatever the model says (teacher
forcing), so the stories they are compared with are the ones an editor would have
built; every other article is placed by the configured clusterer. ``--as-placed``
lets the configured clusterer place the labelled articles too, so the decisions are
the ones it meets, its own mistakes included. Test groups are never read.

The regression is fitted by Newton's method with a small L2 penalty on the weights;
the cut is the lowest probability at which the recorded decisions reach
``--precision`` (the target is precision first). The model is written as YAML for the
``merge:`` key of the ``stories:`` section of configs/alerts.yaml, or for
``bench/story_clusters.py --merge FILE``. ``--held-out ROWS`` scores the fitted model at
several cuts beside the hand-set score (``threshold`` over ``link_weight``, centroid
and ``half_life_hours``) on decisions recorded from the other dev half; the real check
is ``bench/story_clusters.py --merge FILE --split dev --folds 2``.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.story_clusters import (CORPUS, LABELS, cluster, enrich, fold_of, load_corpus,  # noqa: E402
                                  load_labels, story_params)


def recorder(gold: dict[str, str], forced: bool = True):
    """A StoryClusterer class that records (features, label) for the articles of ``gold`` and, when ``forced``,
    places them by it (otherwise as the configured clusterer does)."""
    from consumers.enricher.stories import Story, StoryClusterer, _dot, _top  # noqa: PLC0415
    from newsradar.clock import parse_time  # noqa: PLC0415

    class Recorder(StoryClusterer):
        rows: list[tuple[tuple[float, ...], int, str]] = []

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.groups: dict[str, set[str]] = defaultdict(set)
            self.placed: list = []

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
                label = int(group in labels) if labels or own else -1
                Recorder.rows.append((self.features(sig, story, stats).values(), label, "story"))
            self._pairs(sig, group, stats)
            if not forced:
                return super()._choose(sig, stories, stats)
            return own[0].state if own else None

        def _pairs(self, sig, group, stats):
            """``sig`` beside each earlier labelled article of the lookback as a story of one: many more
            decisions (mostly other events) than the candidate stories alone give."""
            t = parse_time(sig.published_at)
            for other in self.placed:
                hours = abs((t - parse_time(other.published_at)).total_seconds()) / 3600
                alone = replace(other, core=_top(other.vector, self.params.core_terms), story_size=1)
                if hours > self.params.lookback_days * 24 or _dot(sig.vector, alone.core) < self.params.drift_threshold:
                    continue
                story = Story(alone, [(alone, hours)])
                Recorder.rows.append((self.features(sig, story, stats).values(), int(gold[other.article_id] == group),
                                      "pair"))

        def _place(self, sig, candidates, stats):
            super()._place(sig, candidates, stats)
            if sig.article_id in gold:
                self.groups[sig.story_id].add(gold[sig.article_id])
                self.placed.append(sig)

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


def record(labels: Path, corpus: Path, fold: str | None, forced: bool) -> list[tuple[tuple[float, ...], int, str]]:
    """The corpus replayed, the dev groups (of ``fold``, "K/N") placed by their labels when ``forced``:
    their decisions."""
    from newsradar.settings import get_settings  # noqa: PLC0415

    settings = get_settings()
    by_key, by_id = load_corpus(corpus)
    gold = load_labels(labels, by_key)["dev"]
    if fold:
        k, n = (int(v) for v in fold.split("/"))
        gold = {a: g for a, g in gold.items() if fold_of(g, n) == k}
    articles = sorted(by_id.values(), key=lambda a: (a.published_at, a.article_id))
    make = recorder(gold, forced)
    cluster(list(zip(articles, enrich(articles, settings))), settings, settings.enrich.chunk_size,
            story_params(settings, {}), make=make)
    return make.rows


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
    ap.add_argument("--unlabelled", choices=("skip", "negative"), default="skip",
                    help="what an unlabelled story beside no story of the article's group counts as")
    ap.add_argument("--as-placed", action="store_true",
                    help="let the configured clusterer place the labelled articles too (the decisions it meets) "
                         "instead of placing them by their labels")
    ap.add_argument("--pairs", action="store_true",
                    help="also fit on each labelled article beside each earlier one as a story of one")
    ap.add_argument("--rows", type=Path, help="save the recorded decisions here (JSON lines)")
    ap.add_argument("--from-rows", type=Path, help="fit on decisions saved by --rows instead of replaying")
    ap.add_argument("--held-out", type=Path, metavar="ROWS",
                    help="also score the model and the hand-set score on decisions saved by --rows of another fold")
    ap.add_argument("--out", type=Path, required=True, help="where to write the model (YAML)")
    args = ap.parse_args(argv)

    if args.from_rows:
        rows = [json.loads(line) for line in args.from_rows.read_text().splitlines()]
    else:
        rows = record(args.labels, args.corpus, args.fold, not args.as_placed)
        if args.rows:
            args.rows.write_text("".join(json.dumps(r) + "\n" for r in rows))
    x, y = _matrix(rows, args.unlabelled, args.pairs)
    bias, weights = fit(x, y, args.l2)
    prob = 1 / (1 + np.exp(-np.clip(bias + x @ weights, -30, 30)))
    cut = choose_cut(prob, y, args.precision)
    model = MergeModel.model_validate({"bias": round(bias, 4), "cut": round(cut, 3),
                                       "weights": {n: round(float(w), 4) for n, w in zip(FEATURE_NAMES, weights)}})
    args.out.write_text(yaml.safe_dump(model.model_dump(), sort_keys=False))
    taken = prob >= cut
    print(f"{len(y)} decisions recorded ({int(y.sum())} joins); "
          f"at cut {cut:.3f}: precision {y[taken].mean() if taken.any() else 0:.3f}, "
          f"recall {(y * taken).sum() / max(y.sum(), 1):.3f}")
    print(yaml.safe_dump(model.model_dump(), sort_keys=False), end="")
    if args.held_out:
        hx, hy = _matrix([json.loads(line) for line in args.held_out.read_text().splitlines()],
                         args.unlabelled, args.pairs)
        p = story_params(get_settings(), {})
        link, centre, hours = hx[:, 0], hx[:, 1], np.expm1(hx[:, FEATURE_NAMES.index("hours")])
        hand = (p.link_weight * link + (1 - p.link_weight) * centre) * 0.5 ** (hours / p.half_life_hours)
        print(f"held out, {len(hy)} decisions: hand-set score {_pr(hand >= p.threshold, hy)}")
        held = 1 / (1 + np.exp(-np.clip(bias + hx @ weights, -30, 30)))
        for c in sorted({0.5, 0.6, 0.7, 0.8, 0.9, cut}):
            print(f"  model at cut {c:.3f}: {_pr(held >= c, hy)}")
    return 0


def _matrix(rows: list, unlabelled: str, pairs: bool) -> tuple[np.ndarray, np.ndarray]:
    rows = [r for r in rows if (unlabelled == "negative" or r[1] >= 0) and (pairs or r[2] == "story")]
    return np.array([r[0] for r in rows]), np.array([max(r[1], 0) for r in rows], dtype=float)


def _pr(joined: np.ndarray, y: np.ndarray) -> str:
    tp, fp, fn = (joined & (y == 1)).sum(), (joined & (y == 0)).sum(), (~joined & (y == 1)).sum()
    return f"precision {tp / max(tp + fp, 1):.3f}, recall {tp / max(tp + fn, 1):.3f} ({fp} wrong joins, {fn} missed)"


if __name__ == "__main__":
    raise SystemExit(main())
