from consumers.enricher.claim_clusters import _PLACING, _from_doc, _to_doc
from newsradar.claim_match import ClaimSignature
from tests.samples.alert_articles import make_article


def test_a_stored_signature_reads_back_as_the_signature_matching_compared():
    """What a later batch compares against is the stored copy: a field left out of the document
    (a speaker's role, its organisation, a body's name) silently stops matching across batches."""
    article = make_article("example", "Budget", "No new taxes, the finance minister said.").article
    sig = ClaimSignature(frozenset({"tax", "budget"}), frozenset({"e:lind", "#40"}), (("percent", 40.0),), "official",
                         "", "s1", True, "minister", "e:finance ministry", "finance ministry")
    assert _from_doc(_to_doc("c1", "kc1", sig, article)).sig == sig


def test_the_fields_a_candidate_search_fetches_are_all_that_placing_reads():
    """Candidates come back with only ``_PLACING`` of their source: a field left out would read as its default."""
    article = make_article("example", "Budget", "No new taxes, the finance minister said.").article
    sig = ClaimSignature(frozenset({"tax", "budget"}), frozenset({"e:lind", "#40"}), (("percent", 40.0),), "official",
                         "k:lind", "s1", True, "minister", "e:finance ministry", "finance ministry")
    stored = _to_doc("c1", "kc1", sig, article)
    assert _from_doc({k: v for k, v in stored.items() if k in _PLACING}) == _from_doc(stored)
