from consumers.enricher.claim_clusters import _from_doc, _to_doc
from newsradar.claim_match import ClaimSignature
from tests.samples.alert_articles import make_article


def test_a_stored_signature_reads_back_as_the_signature_matching_compared():
    """What a later batch compares against is the stored copy: a field left out of the document
    (a speaker's role, its organisation) silently stops matching across batches."""
    article = make_article("example", "Budget", "No new taxes, the finance minister said.").article
    sig = ClaimSignature(frozenset({"tax", "budget"}), frozenset({"e:lind", "#40"}), (("percent", 40.0),), "official",
                         "", "s1", True, "minister", "e:finance ministry")
    assert _from_doc(_to_doc("c1", "kc1", sig, article)).sig == sig
