"""bench/fit_story_model.py: the regression and the cut it writes."""
from __future__ import annotations

import numpy as np

from bench.fit_story_model import choose_cut, fit


def test_story_fit_learns_which_feature_separates_the_labels():
    rng = np.random.default_rng(0)
    x = rng.uniform(0, 1, size=(400, 2))
    y = (x[:, 0] + 0.1 * rng.normal(size=400) > 0.5).astype(float)   # the first feature decides, the second is noise
    bias, w = fit(x, y, l2=0.1)
    assert w[0] > 5 and abs(w[1]) < 1
    assert abs(bias / w[0] + 0.5) < 0.1                               # p = 0.5 near x0 = 0.5


def test_story_cut_is_the_lowest_probability_that_keeps_the_precision():
    prob = np.array([0.95, 0.9, 0.8, 0.7, 0.6, 0.5])
    y = np.array([1, 1, 1, 0, 1, 0], dtype=float)
    assert choose_cut(prob, y, 1.0) == 0.8
    assert choose_cut(prob, y, 0.8) == 0.6                            # 4 of 5 right at or above 0.6


def test_story_bench_reads_a_fitted_model_and_overrides_its_cut(tmp_path):
    """What the fit script writes is what the story bench's --merge reads, validated as the enricher would."""
    import pytest
    import yaml

    from bench.story_clusters import story_params
    from consumers.enricher.story_features import FEATURE_NAMES
    from newsradar.settings import get_settings

    path = tmp_path / "merge.yaml"
    path.write_text(yaml.safe_dump({"bias": -1.0, "weights": {n: 1.0 for n in FEATURE_NAMES}, "cut": 0.8}))
    params = story_params(get_settings(), {"threshold": "0.2"}, path, 0.3)
    assert params.merge.cut == 0.3 and params.merge.weights.names == 1.0 and params.threshold == 0.2
    path.write_text(yaml.safe_dump({"bias": -1.0, "weights": {"nmes": 1.0}, "cut": 0.8}))
    with pytest.raises(ValueError, match="nmes"):
        story_params(get_settings(), {}, path)
