"""consumers/stories.py: the signatures (pure functions); clustering on ES is in tests/integration."""
from __future__ import annotations

from consumers.rules.base import StoryParams
from consumers.rules.query import tokens
from consumers.rules.samples import WIRE_TEXT
from consumers.stories import _perms, bands, jaccard, jaccard_est, minhash, shingles


def test_stories_minhash_estimates_jaccard():
    perms = _perms(128)
    a = set(f"w{i}" for i in range(100))
    b = set(f"w{i}" for i in range(50, 150))
    est = jaccard_est(minhash(a, perms), minhash(b, perms))
    assert abs(est - jaccard(a, b)) < 0.12
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
