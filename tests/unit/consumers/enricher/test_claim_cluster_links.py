"""consumers/enricher/claim_clusters.py: an article's paraphrase and its quote reach placing as one statement."""
from consumers.enricher.claim_clusters import _links
from newsradar.schema import Claim, Enrichment, Span
from tests.samples.alert_articles import make_article

BODY = ("Senate Minority Leader Chuck Schumer said Tuesday's results should worry elected Republicans.\n"
        "\u201cOur Republican friends better look out,\u201d he said.")


def _claim(text: str, content: str, kind: str) -> Claim:
    at = text.index(content)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at) if "\n" in text[at:] else len(text)
    return Claim(claim_id=content, kind=kind, speaker="he", speaker_resolved="Chuck Schumer", speaker_type="PRONOUN",
                 cue_lemma="say", content=content, sentence=Span(start=start, end=end),
                 content_span=Span(start=at, end=at + len(content)), rule="test", confidence=0.9,
                 source_kind="person")


def _article_and_enrichment():
    article = make_article("example", "Results", BODY).article
    claims = [_claim(article.text, "Tuesday's results should worry elected Republicans", "indirect"),
              _claim(article.text, "Our Republican friends better look out", "direct")]
    return article, Enrichment(language="en", enriched=True, claims=claims)


def test_links_point_at_the_fresh_claims_whatever_their_order():
    article, enrichment = _article_and_enrichment()
    reported, quote = (c.claim_id for c in enrichment.claims)
    assert _links([(article, enrichment, "s1")], [quote, "another article's claim", reported]) == [(2, 0)]


def test_a_link_with_a_stored_half_is_left_to_matching():
    article, enrichment = _article_and_enrichment()
    assert _links([(article, enrichment, "s1")], [enrichment.claims[1].claim_id]) == []
