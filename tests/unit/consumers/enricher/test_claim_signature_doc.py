from consumers.enricher.claim_clusters import _PLACING, _from_doc, _to_doc
from newsradar.claim_match import ClaimSignature
from tests.samples.alert_articles import make_article


def test_a_stored_signature_reads_back_as_the_signature_matching_compared():
    """What a later batch compares against is the stored copy: a field left out of the document
    (a speaker's role, its organisation or owner, a body's name, an unnamed source's party, a modality, a body's
    voice) silently stops matching across batches."""
    article = make_article("example", "Budget", "No new taxes, the finance minister said.").article
    sig = ClaimSignature(frozenset({"tax", "budget"}), frozenset({"e:lind", "#40"}), (("percent", 40.0),), "official",
                         "", "s1", True, "minister", "e:finance ministry", "finance ministry", "his", "institution",
                         ("rise",), "condition", "finance ministry")
    assert _from_doc(_to_doc("c1", "kc1", sig, article)).sig == sig


def test_a_signature_stored_before_measures_reads_back_without_them():
    """A document written before schema 5 has no ``measures``: its figures are compared as they were."""
    article = make_article("example", "Budget", "No new taxes, the finance minister said.").article
    sig = ClaimSignature(frozenset({"tax"}), frozenset({"#40"}), (("percent", 40.0),), "official", "", "s1")
    stored = _to_doc("c1", "kc1", sig, article)
    del stored["measures"]
    assert _from_doc(stored).sig == sig


def test_the_fields_a_candidate_search_fetches_are_all_that_placing_reads():
    """Candidates come back with only ``_PLACING`` of their source: a field left out would read as its default."""
    article = make_article("example", "Budget", "No new taxes, the finance minister said.").article
    sig = ClaimSignature(frozenset({"tax", "budget"}), frozenset({"e:lind", "#40"}), (("percent", 40.0),), "official",
                         "k:lind", "s1", True, "minister", "e:finance ministry", "finance ministry", "his", "institution",
                         ("cut",), "question", "finance ministry")
    stored = _to_doc("c1", "kc1", sig, article)
    assert _from_doc({k: v for k, v in stored.items() if k in _PLACING}) == _from_doc(stored)


def test_a_claim_candidate_is_read_from_the_cache_only_for_the_write_it_holds():
    """Another enricher process placed claim "c1" again (its article changed) into cluster kc2 after this
    one cached it in kc1: the hit's seq_no differs, so it is read again, once, and cached."""
    from consumers.enricher.claim_clusters import ClaimClusterer
    from newsradar.settings import Settings

    article = make_article("example", "Budget", "No new taxes, the finance minister said.").article
    sig = ClaimSignature(frozenset({"tax", "budget"}), frozenset(), (), "official", "", "s1")

    class FakeEs:
        mgets: list = []

        def msearch(self, searches):
            hit = {"_id": "c1", "_seq_no": 7, "_primary_term": 1}
            return {"responses": [{"hits": {"hits": [hit]}} for _ in searches[1::2]]}

        def mget(self, index, ids, source_includes):
            self.mgets.append(ids)
            return {"docs": [{"_id": "c1", "found": True, "_seq_no": 7, "_primary_term": 1,
                              "_source": {k: v for k, v in _to_doc("c1", "kc2", sig, article).items()
                                          if k in source_includes}}]}

    clusterer = ClaimClusterer(FakeEs(), Settings(namespace="unit"))
    clusterer._placing.put("c1", (3, 1), _from_doc(_to_doc("c1", "kc1", sig, article)))
    assert [c.cluster_id for c in clusterer._candidates_many([(article, sig)])[0]] == ["kc2"]
    assert [c.cluster_id for c in clusterer._candidates_many([(article, sig)])[0]] == ["kc2"]
    assert FakeEs.mgets == [["c1"]]
