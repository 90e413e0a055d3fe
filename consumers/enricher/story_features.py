"""What the story clusterer knows about one article beside one candidate story, and the learned merge decision.

As in Miranda et al. (EMNLP 2018), an article is compared with a candidate story on
several similarities at once, and the decision to join is a logistic regression fitted
on labelled pairs (``bench/fit_story_model.py``, dev part of the story groups only)
rather than one hand-set threshold over one blended score: headline words, lead words
and names say different things (two prostate-cancer studies share the topic's words;
three reports of one arms deal share its names and hardly a word), and only labels can
say how much each is worth.

Everything here is computed from what the clusterer already holds: the article's unit
TF-IDF vector and the stored vectors, titles and centroid of the candidate's articles;
no extra search.
"""
from __future__ import annotations

import math
from dataclasses import astuple, dataclass, fields

from newsradar.alerts_file import MergeModel

ENTITY_PREFIX = "e:"
# An entity word this rare (its document frequency at most 1 in 100 articles of the window)
# names the event rather than the beat: "Rusesabagina", not "Covid".
RARE_IDF = math.log(100)


@dataclass(frozen=True)
class StoryFeatures:
    """One (article, candidate story) pair; each ``best`` is the maximum over the story's candidate articles."""

    link: float           # cosine of the whole vectors, best article
    centre: float         # cosine to the story's centroid
    title: float          # cosine over headline words only, best article
    lead: float           # cosine over lead words only (no names), best article
    names: float          # cosine over entity words only, best article
    rare_names: float     # log(1 + rare entity words shared with the best such article)
    hours: float          # log(1 + hours to the story's nearest article)
    size: float           # log of the story's size

    def values(self) -> tuple[float, ...]:
        return astuple(self)


FEATURE_NAMES: tuple[str, ...] = tuple(f.name for f in fields(StoryFeatures))


def _part(vector: dict[str, float], keep) -> dict[str, float]:
    return {t: w for t, w in vector.items() if keep(t)}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    if not dot:
        return 0.0
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    return dot / (na * nb)


@dataclass(frozen=True)
class View:
    """An article's vector cut into the parts the features compare separately."""

    whole: dict[str, float]
    title: dict[str, float]
    lead: dict[str, float]
    names: dict[str, float]

    @classmethod
    def of(cls, vector: dict[str, float], title_words: set[str]) -> View:
        return cls(vector, _part(vector, lambda t: t in title_words),
                   _part(vector, lambda t: not t.startswith(ENTITY_PREFIX)),
                   _part(vector, lambda t: t.startswith(ENTITY_PREFIX)))


def story_features(article: View, members: list[tuple[View, float]], core: dict[str, float], size: int,
                   idf) -> StoryFeatures:
    """The features of ``article`` beside a story given as its candidate ``members`` (view, hours apart),
    its centroid ``core`` and its ``size``; ``idf`` maps a feature to its IDF in the window."""
    link = title = lead = names = 0.0
    rare = 0
    mine = {t for t in article.names if idf(t) >= RARE_IDF}
    for view, _hours in members:
        link = max(link, _cosine(article.whole, view.whole))
        title = max(title, _cosine(article.title, view.title))
        lead = max(lead, _cosine(article.lead, view.lead))
        names = max(names, _cosine(article.names, view.names))
        rare = max(rare, len(mine.intersection(view.names)))
    nearest = min(h for _, h in members)
    return StoryFeatures(link, _cosine(article.whole, core), title, lead, names, math.log1p(rare),
                         math.log1p(nearest), math.log(max(size, 1)))


def probability(model: MergeModel, features: StoryFeatures) -> float:
    """P(the article belongs to the story) under the fitted logistic regression."""
    weights = model.weights.model_dump()
    z = model.bias + sum(weights[name] * x for name, x in zip(FEATURE_NAMES, features.values()))
    return 1 / (1 + math.exp(-z)) if z > -700 else 0.0
