"""consumers/stories.py: the signatures (pure functions); clustering on ES is in tests/integration."""
from __future__ import annotations

from consumers.rules.base import StoryParams
from consumers.rules.query import tokens
from consumers.rules.samples import WIRE_TEXT
from consumers.stories import _perms, bands, jaccard_est, minhash, shingles


def test_stories_minhash_estimates_jaccard():
    perms = _perms(128)
    a = set(f"w{i}" for i in range(100))
    b = set(f"w{i}" for i in range(50, 150))
    est = jaccard_est(minhash(a, perms), minhash(b, perms))
    assert abs(est - len(a & b) / len(a | b)) < 0.12
    assert jaccard_est(minhash(a, perms), minhash(a, perms)) == 1.0


def test_stories_a_byline_keeps_a_wire_copy_above_the_threshold():
    p = StoryParams()
    perms = _perms(p.num_perm)
    w = tokens(WIRE_TEXT)
    copy = tokens(WIRE_TEXT + " (Reporting by our staff; editing by the desk.)")
    other = tokens("Heavy rain swept through northern provinces; officials said rescue teams struggled.")
    sig = minhash(shingles(w, p.shingle_size), perms)
    assert jaccard_est(sig, minhash(shingles(copy, p.shingle_size), perms)) >= p.near_dup_threshold
    assert jaccard_est(sig, minhash(shingles(other, p.shingle_size), perms)) < 0.2
    assert len(bands(sig, p.band_rows)) == p.num_perm // p.band_rows


def test_stories_minhash_equals_the_plain_python_formula():
    from consumers.stories import _MERSENNE, _h64

    def plain(features, perms):
        base = [_h64(f) for f in features]
        return [min(((a * x + b) % _MERSENNE) & 0xFFFFFFFF for x in base) for a, b in perms]

    for n in (16, 64, 256):
        perms = _perms(n)
        for k in (1, 2, 7, 300):
            feats = {f"word{i} {k} shingle" for i in range(k)}
            assert minhash(feats, perms) == plain(feats, perms)
    assert minhash(set(), _perms(16)) == [0xFFFFFFFF] * 16


def test_stories_next_search_waits_for_the_refresh_and_redoes_a_failed_one():
    from elasticsearch import exceptions as es_exc

    import pytest
    from consumers.stories import StoryClusterer
    from newsradar.errors import TransientError
    from newsradar.settings import Settings

    class Indices:
        def __init__(self):
            self.calls, self.fail = 0, 0

        def refresh(self, index):
            self.calls += 1
            if self.fail:
                self.fail -= 1
                raise es_exc.ConnectionError("refused")

    class FakeEs:
        indices = Indices()

    clusterer = StoryClusterer(FakeEs(), Settings(namespace="unit"), params=StoryParams())
    clusterer._refreshing = clusterer._pool = None
    clusterer._unrefreshed = True                     # as after a bulk whose refresh failed in the background
    FakeEs.indices.fail = 1
    with pytest.raises(TransientError):
        clusterer._searchable()
    assert clusterer._unrefreshed                     # still owed: the retried batch refreshes first
    clusterer._searchable()
    assert not clusterer._unrefreshed and FakeEs.indices.calls == 2
