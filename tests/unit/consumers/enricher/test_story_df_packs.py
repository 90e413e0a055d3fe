"""consumers/enricher/stories.py ``_df_packs``: a batch's time groups packed into count searches that each stay under
Elasticsearch's ``search.max_buckets``, without Elasticsearch (``tests/integration/test_story_df_counts.py`` checks
the counts against the real one).

A group costs a bucket for its ``filter`` aggregation and one for each of its distinct terms and entities. The
bound is set small here so that a few words make a group large.
"""
from __future__ import annotations

import pytest

from consumers.enricher import stories
from consumers.enricher.stories import Signature, _df_packs

BOUND = 10


@pytest.fixture(autouse=True)
def _small_bound(monkeypatch):
    monkeypatch.setattr(stories, "DF_BUCKETS_PER_SEARCH", BOUND)


def _group(name: str, terms: int, entities: int = 0, articles: int = 1) -> list[Signature]:
    """A time group of ``articles`` signatures sharing ``terms`` terms and ``entities`` entities: its buckets are
    1 + terms + entities, however many articles carry them."""
    words = [f"{name}{k}" for k in range(terms)]
    names = [f"{name.upper()}{k}" for k in range(entities)]
    return [Signature(f"{name}-{n}", "outlet", "2024-05-18T10:00:00Z", [0] * 64, 10, words, names, " ".join(words))
            for n in range(articles)]


def _buckets(pack: list[list[Signature]]) -> int:
    return sum(1 + len({t for s in g for t in s.terms}) + len({e for s in g for e in s.entities}) for g in pack)


def test_no_count_search_holds_more_buckets_than_the_bound():
    groups = [_group("a", 4, 1, articles=3), _group("b", 3), _group("c", 5, 2), _group("d", 1), _group("e", 8)]
    packs = _df_packs(groups)
    assert [_buckets(p) for p in packs] == [10, 10, 9]


def test_the_groups_keep_their_order_each_whole_in_one_pack():
    groups = [_group("a", 2, articles=2), _group("b", 6), _group("c", 3, 1), _group("d", 2), _group("e", 4)]
    packs = _df_packs(groups)
    assert len(packs) == 3
    # the very lists, in the very order: a group in two packs, or two packs' groups swapped, would differ
    assert [g for pack in packs for g in pack] == groups
    assert all(any(g is group for pack in packs for g in pack) for group in groups)


def test_a_group_that_does_not_fit_opens_the_next_pack_whole():
    # a and b take 6 buckets; c's 5 do not fit beside them, and a group's counts are one filter of its window, so
    # none of its articles or features is left behind in the first pack
    groups = [_group("a", 2), _group("b", 2), _group("c", 4, articles=2)]
    packs = _df_packs(groups)
    assert [[s.article_id for g in p for s in g] for p in packs] == [["a-0", "b-0"], ["c-0", "c-1"]]
    assert [_buckets(p) for p in packs] == [6, 5]


def test_a_group_over_the_bound_is_searched_alone_and_whole():
    # read from the code: it opens a pack of its own (it can share none) and is not cut, so that one search may pass
    # the bound; the bound is a quarter of Elasticsearch's default limit, which one hour's articles of a batch do
    # not reach. The group after it opens a pack again.
    big = _group("big", 14, 3, articles=4)
    packs = _df_packs([_group("a", 2), big, _group("b", 2)])
    assert [[g[0].article_id.split("-")[0] for g in p] for p in packs] == [["a"], ["big"], ["b"]]
    assert packs[1] == [big] and _buckets(packs[1]) == 18
    assert _df_packs([big]) == [[big]]


def test_an_empty_batch_makes_no_count_search():
    assert _df_packs([]) == []
