"""The features of one article beside one candidate story, and the fitted decision to join it.

The hand-set rule blends two cosines and a time decay into one score against one
threshold; its errors sit at that decision (a same-outlet look-alike merged, a
cross-outlet report in other words left out), and hand-tuned weights did not carry
across dev's halves. Here the same quantities the clusterer already computes are
kept apart, so a logistic regression fitted on labelled comparisons
(``bench/fit_story_merge.py``) can weigh them. Nothing here needs a search: every
feature comes from vectors, outlets and times the placing already holds.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

ENTITY_PREFIX = "e:"
# An entity word at most this common (1 article in 100 of the window) names the event, not the beat.
RARE_IDF = math.log(100)

FEATURES = ("link", "centre", "score", "names", "title", "rare", "hours", "size", "same_outlet",
            "same_outlet_link", "same_outlet_centre")


@dataclass
class Comparison:
    """What placing saw of one candidate story; ``features`` follow ``FEATURES``."""

    link: float
    centre: float
    score: float
    features: tuple[float, ...]


def link_parts(vector: dict[str, float], other: dict[str, float], title: set[str]) -> tuple[float, float, float]:
    """The cosine of two unit vectors, and the shares of it that names and headline words carry."""
    link = names = heads = 0.0
    for t, w in vector.items():
        x = other.get(t)
        if x:
            link += w * x
            if t.startswith(ENTITY_PREFIX):
                names += w * x
            elif t in title:
                heads += w * x
    return link, names, heads


def features(link: float, centre: float, score: float, names: float, heads: float, rare: int, hours: float,
             size: int, same_outlet: bool) -> tuple[float, ...]:
    """The row of ``FEATURES``: counts and hours on a log scale, the outlet also as a modifier of both cosines
    (one outlet's look-alikes share its house words, so its cosines mean less)."""
    same = 1.0 if same_outlet else 0.0
    return (link, centre, score, names, heads, math.log1p(rare), math.log1p(hours), math.log(max(size, 1)),
            same, same * link, same * centre)


@dataclass(frozen=True)
class MergeModel:
    """A logistic regression over ``FEATURES``: join when the probability reaches ``cut``; with
    ``drift_guard`` only stories whose centroid clears the clusterer's drift guard are weighed."""

    bias: float
    weights: tuple[float, ...]
    cut: float
    drift_guard: bool = True

    @classmethod
    def load(cls, path: Path) -> MergeModel:
        doc = json.loads(path.read_text())
        if tuple(doc["features"]) != FEATURES:
            raise ValueError(f"{path}: fitted on features {doc['features']}, the clusterer computes {FEATURES}")
        return cls(float(doc["bias"]), tuple(float(w) for w in doc["weights"]), float(doc["cut"]),
                   bool(doc.get("drift_guard", True)))

    def probability(self, row: tuple[float, ...]) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.weights, row))
        return 1 / (1 + math.exp(-z)) if z > -700 else 0.0
