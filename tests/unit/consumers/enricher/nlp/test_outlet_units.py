"""Units the outlet's country decides: a bare "$" and a bare "degrees". Project-written texts."""
from __future__ import annotations

from datetime import datetime, timezone

from consumers.enricher.nlp.outlet_units import country_of
from newsradar import claim_match
from newsradar.schema import Article, article_id_for
from tests.unit.consumers.enricher.nlp.conftest import claim_with

BODY = ("The council said the new ferry terminal would cost $48 million. The bureau said the maximum would "
        "reach 31 degrees on Saturday. The navigator said the ship turned 90 degrees. "
        "The council said the loan was US$12 million.")


def _article(url: str) -> Article:
    now = datetime(2024, 5, 1, tzinfo=timezone.utc)
    return Article(article_id=article_id_for(url), url=url, canonical_url=url, outlet="example",
                   feed_id="f", feed_url="https://example.org/feed", title="Ferry terminal costs rise", body=BODY,
                   published_at=now, fetched_at=now, language="en", content_hash="x")


def _units(extractor, url: str) -> list[str | None]:
    e = extractor.enrich([_article(url)])[0]
    return [n.unit for fragment in ("ferry terminal", "maximum", "turned", "loan")
            for n in claim_with(e, fragment).numbers]


def test_an_australian_outlet_s_dollar_and_degrees_are_its_own(extractor):
    assert _units(extractor, "https://www.example.com.au/news/ferry") == ["AUD", "celsius", "degree", "USD"]


def test_an_outlet_with_no_country_domain_keeps_the_text_s_units(extractor):
    assert _units(extractor, "https://www.example.com/news/ferry") == ["USD", "degree", "degree", "USD"]


def test_country_of_reads_the_two_letter_domain():
    assert (country_of("https://www.stuff.co.nz/a"), country_of("https://www.bbc.co.uk/b"),
            country_of("https://www.cnn.com/c"), country_of(None)) == ("nz", "uk", None, None)


def _claim(extractor, url: str, body: str):
    now = datetime(2024, 5, 1, tzinfo=timezone.utc)
    article = Article(article_id=article_id_for(url + body), url=url, canonical_url=url, outlet="example",
                      feed_id="f", feed_url="https://example.org/feed", title="Utility bailout", body=body,
                      published_at=now, fetched_at=now, language="en", content_hash="x")
    return extractor.enrich([article])[0].claims[0]


def test_outlet_units_a_rand_letter_from_a_za_outlet_joins_the_undecided_letter_from_a_com_one(extractor):
    body = "The utility said it needed R254 billion to stabilise its finances."
    za = claim_match.signature(_claim(extractor, "https://www.example.co.za/news/a", body), "s1")
    com = claim_match.signature(_claim(extractor, "https://www.example.com/news/a", body), "s2")
    lower = claim_match.signature(_claim(extractor, "https://www.example.com/news/b",
                                         "The utility said it needed R230 billion to stabilise its finances."), "s1")
    assert (za.numbers, com.numbers) == ((("ZAR", 254e9),), (("R", 254e9),))
    assert claim_match.same_claim(za, com) and claim_match.shared_figure(za, com)
    # within a story the rand and the undecided letter still measure one sum: another figure is another statement
    assert claim_match.conflicting_figure(za, lower)
