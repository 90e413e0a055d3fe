"""consumers/enricher/story_features.py and the learned merge decision in stories.py."""
from __future__ import annotations

import math

import pytest

from consumers.enricher.story_features import FEATURE_NAMES, ENTITY_PREFIX, View, probability, story_features
from newsradar.alerts_file import MergeModel, MergeWeights, StoryParams


def _unit(weights):
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {t: w / norm for t, w in weights.items()}


def test_story_features_cut_the_vector_into_headline_lead_and_names():
    """Same names, different headline and words (the arms deal told another way): the names
    cosine is 1 while the headline and lead cosines are 0; the whole cosine is in between."""
    a = View.of(_unit({"seek": 1, "arm": 1, ENTITY_PREFIX + "taliban": 2, ENTITY_PREFIX + "putin": 2}), {"seek"})
    b = View.of(_unit({"want": 1, "weapon": 1, ENTITY_PREFIX + "taliban": 2, ENTITY_PREFIX + "putin": 2}), {"want"})
    f = story_features(a, [(b, 5.0)], b.whole, 3, lambda t: 1.0)
    assert f.names == pytest.approx(1.0)
    assert f.title == 0.0 and f.lead == 0.0
    assert 0 < f.link < 1 and f.centre == pytest.approx(f.link)
    assert f.hours == pytest.approx(math.log1p(5.0)) and f.size == pytest.approx(math.log(3))
    assert f.rare_names == 0.0, "names of idf 1 are the beat's, not rare"


def test_story_features_take_the_best_member_and_the_nearest_hour():
    a = View.of(_unit({"spill": 1, "oil": 1, ENTITY_PREFIX + "rusesabagina": 1}), {"spill"})
    far = View.of(_unit({"spill": 1, "oil": 1, ENTITY_PREFIX + "rusesabagina": 1}), {"spill"})
    near = View.of(_unit({"parade": 1}), set())
    f = story_features(a, [(far, 40.0), (near, 2.0)], near.whole, 2, lambda t: 10.0)
    assert f.link == pytest.approx(1.0) and f.title == pytest.approx(1.0)
    assert f.hours == pytest.approx(math.log1p(2.0))
    assert f.rare_names == pytest.approx(math.log1p(1))


def test_story_merge_weights_name_every_feature():
    """The YAML's weights are checked by name; a feature added without a weight must fail here."""
    assert tuple(MergeWeights.model_fields) == FEATURE_NAMES


def test_story_probability_is_the_logistic_of_the_weighted_features():
    w = {n: 0.0 for n in FEATURE_NAMES} | {"names": 4.0}
    model = MergeModel(bias=-2.0, weights=w, cut=0.5)
    a = View.of({ENTITY_PREFIX + "x": 1.0}, set())
    f = story_features(a, [(a, 0.0)], a.whole, 1, lambda t: 1.0)
    assert probability(model, f) == pytest.approx(1 / (1 + math.exp(-2.0)))


def test_story_merge_model_refuses_a_missing_weight_and_a_cut_of_one():
    from pydantic import ValidationError

    w = {n: 0.0 for n in FEATURE_NAMES}
    with pytest.raises(ValidationError, match="rare_names"):
        MergeModel(bias=0, weights={k: v for k, v in w.items() if k != "rare_names"}, cut=0.5)
    with pytest.raises(ValidationError, match="cut"):
        MergeModel(bias=0, weights=w, cut=1.0)


def _sig(article_id, words, names, hours, story_id="", core=None, title=()):
    from consumers.enricher.stories import Signature

    vec = _unit({**{w: 1.0 for w in words}, **{ENTITY_PREFIX + n: 1.0 for n in names}})
    return Signature(article_id, "o", f"2024-05-18T{hours:02d}:00:00Z", [hours] * 64, 10, sorted(words),
                     sorted(names), "", title_terms=sorted(title), vector=vec if story_id else {},
                     core=core if core is not None else dict(vec), story_id=story_id)


def test_story_clusterer_joins_by_the_learned_probability_and_its_cut():
    """With a merge model, the decision is the model's: a model that trusts shared names joins
    a report that shares only names, the same model with a higher cut does not, and one that
    trusts only headlines leaves it alone."""
    from consumers.enricher.stories import Stats, StoryClusterer
    from newsradar.settings import Settings

    zero = {n: 0.0 for n in FEATURE_NAMES}

    def place(weights, cut):
        params = StoryParams(merge=MergeModel(bias=-1.0, weights=zero | weights, cut=cut))
        clusterer = StoryClusterer(None, Settings(namespace="unit"), params=params)
        member = _sig("a-arms", ["seek", "arm"], ["taliban", "putin"], 0, story_id="arms", title={"seek"})
        new = _sig("b", ["want", "weapon"], ["taliban", "putin"], 3, title={"want"})
        clusterer._place(new, [member], Stats(100, {}))
        return new.story_id

    assert place({"names": 4.0}, 0.8) == "arms"          # p = sigmoid(3) = 0.95
    assert place({"names": 4.0}, 0.97) == "sb"
    assert place({"title": 4.0}, 0.5) == "sb"            # p = sigmoid(-1)
