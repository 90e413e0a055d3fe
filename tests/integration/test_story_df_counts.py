"""The story clusterer's document frequencies against the real Elasticsearch: each time group of a batch
(``_df_groups``) gets the counts of its own ``df_days`` window, exactly, whatever else the batch's search counts.

Stored articles sit on and just past the windows' edges (a window's first instant, one second before it, its
last second and a fraction after it), so a count taken over another group's window, or the batch's whole span,
or with an edge rounded otherwise, differs from the one a plain count of the window gives.
"""
from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from consumers.enricher import stories
from consumers.enricher.stories import ENTITY_PREFIX, Signature, StoryClusterer, _df_groups, _df_packs
from newsradar.alerts_file import StoryParams
from newsradar.clients import es_client
from newsradar.clock import iso, parse_time
from newsradar.es_schema import drop_namespace, ensure_schema
from newsradar.settings import Settings

pytestmark = [pytest.mark.elasticsearch]

PARAMS = StoryParams()
DAYS = timedelta(days=PARAMS.df_days)


def _sig(article_id: str, at: str, terms: list[str], entities: list[str]) -> Signature:
    return Signature(article_id, "outlet", at, [article_id.__hash__() & 0xFFFF] * PARAMS.num_perm, 10, terms,
                     entities, " ".join(terms), story_id=f"s{article_id}")


# A batch of three time groups: 10:00 and 10:40, 11:30 (over an hour after the first), and a week later.
BATCH = [_sig("n1", "2024-05-18T10:00:00Z", ["dam", "flood"], ["Kakhovka"]),
         _sig("n2", "2024-05-18T10:40:00Z", ["flood", "river"], []),
         _sig("n3", "2024-05-18T11:30:00Z", ["dam"], ["Kakhovka", "Kherson"]),
         _sig("n4", "2024-05-25T09:00:00Z", ["river"], ["Kherson"])]


def _stored() -> list[Signature]:
    first = parse_time("2024-05-18T10:00:00Z")
    at = {"window opens": first - DAYS, "a second before it": first - DAYS - timedelta(seconds=1),
          "first group's last second": parse_time("2024-05-18T10:40:00Z"),
          "a fraction after it": parse_time("2024-05-18T10:40:00.500Z"),
          "between the groups": parse_time("2024-05-18T11:10:00Z"),
          "second group's time": parse_time("2024-05-18T11:30:00Z"),
          "after every group": parse_time("2024-05-26T00:00:00Z"),
          "in the week's window alone": parse_time("2024-05-20T00:00:00Z"),
          "the week's window opens": parse_time("2024-05-25T09:00:00Z") - DAYS}
    words = [(["dam"], ["Kakhovka"]), (["flood"], []), (["dam", "river"], ["Kherson"]), (["flood", "dam"], []),
             (["river"], ["Kakhovka"]), (["dam"], ["Kherson"]), (["flood"], ["Kakhovka"]), (["river"], ["Kherson"]),
             (["river"], [])]
    return [_sig(f"o{i}", iso(t), terms, entities) for i, (t, (terms, entities)) in enumerate(zip(at.values(), words))]


@pytest.fixture()
def clusterer():
    settings = Settings().model_copy(update={"namespace": f"itdf{uuid.uuid4().hex[:8]}"})
    es = es_client(settings)
    ensure_schema(es, settings)
    clusterer = StoryClusterer(es, settings, params=PARAMS)
    try:
        yield clusterer
    finally:
        clusterer.close()
        drop_namespace(es, settings)


def _count(clusterer: StoryClusterer, window: dict, feature: dict | None = None) -> int:
    query = {"bool": {"filter": [window] + ([feature] if feature else [])}}
    return clusterer.es.count(index=clusterer.index, query=query)["count"]


# The default packs the three groups into one search; a limit of 4 buckets gives each group a search of its own
# (the first group has 6 features), as a batch with very many features would be split.
@pytest.mark.parametrize("buckets, searches", [(stories.DF_BUCKETS_PER_SEARCH, 1), (4, 3)])
def test_each_time_group_counts_its_own_window(clusterer, monkeypatch, buckets, searches):
    monkeypatch.setattr(stories, "DF_BUCKETS_PER_SEARCH", buckets)
    assert len(_df_packs(_df_groups(BATCH))) == searches
    for sig in _stored():
        clusterer.es.index(index=clusterer.index, id=sig.article_id, document=sig.to_doc("t", PARAMS))
    clusterer.es.indices.refresh(index=clusterer.index)
    groups = _df_groups(BATCH)
    assert [[s.article_id for s in g] for g in groups] == [["n1", "n2"], ["n3"], ["n4"]]
    found = dict(zip((s.article_id for s in BATCH), clusterer._candidates_many(BATCH)))
    for group in groups:
        window = {"range": {"published_at": {"gte": iso(parse_time(group[0].published_at) - DAYS),
                                             "lte": group[-1].published_at}}}
        for sig in group:
            stats = found[sig.article_id][1]
            assert stats.n_docs == _count(clusterer, window), sig.article_id
            expected = {t: _count(clusterer, window, {"term": {"terms": t}}) for t in sig.terms}
            expected.update({ENTITY_PREFIX + e: _count(clusterer, window, {"term": {"entities": e}})
                             for e in sig.entities})
            assert stats.df == {f: n for f, n in expected.items() if n}, sig.article_id
    # The windows differ, so a count over another's window would show.
    assert len({found[g[0].article_id][1].n_docs for g in groups}) == len(groups)
