"""Units the outlet's country decides: a bare "$", a bare "degrees", and a currency letter glued before an amount
("R5 billion", "P1.2B"), which the text's country decides when the outlet has none. Project-written texts (CC0), from
no label batch, bench row or corpus item: South African, Philippine and Botswanan copy with and without the outlet's
country, and look-alikes (Russian and Rwandan outlets, two countries named, roads, forms, jets, grid slots, "R&D")."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

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


ZA, PH, BW = "https://www.example.co.za/news/a", "https://www.example.com.ph/news/a", "https://www.example.co.bw/a"
RU, RW, UK, COM = ("https://www.example.ru/news/a", "https://www.example.rw/a", "https://www.example.co.uk/a",
                   "https://www.example.com/news/a")

# (outlet, sentence, words of the figure, value, unit)
AMOUNTS = [
    (ZA, "The municipality said it had set aside R2.4 billion to fix potholes before winter.", "R2.4 billion", 2.4e9,
     "ZAR"),
    (ZA, "Prosecutors said the former official had taken bribes worth R18,500 from a contractor.", "R18,500", 18500,
     "ZAR"),
    (ZA, "The utility said the power cuts had cost the economy R900m in a single week.", "R900m", 9e8, "ZAR"),
    (COM, "The Gauteng health department said R45 million had been spent on new ambulances.", "R45 million", 4.5e7,
     "ZAR"),
    (COM, "The mayor of Cape Town said the city would borrow R3BN for a desalination plant.", "R3BN", 3e9, "ZAR"),
    (PH, "The senator said the agency had spent P3.4 billion on laptops that were never delivered.", "P3.4 billion",
     3.4e9, "PHP"),
    (PH, "Police said the suspects had stolen P250,000 worth of copper wire.", "P250,000", 2.5e5, "PHP"),
    (COM, "The mayor of Davao said P15M would go to farmers hit by the drought.", "P15M", 1.5e7, "PHP"),
    (COM, "The agriculture department said Filipino rice farmers had lost P2.1 billion to the typhoon.",
     "P2.1 billion", 2.1e9, "PHP"),
    (BW, "The ministry said P120 million would go to cattle farmers in the north.", "P120 million", 1.2e8, "BWP"),
    (BW, "The bank said it had lent small firms P45,000 each on average.", "P45,000", 4.5e4, "BWP"),
    (ZA, "The treasury said the bailout would cost nearly R5-billion over three years.", "R5-billion", 5e9, "ZAR"),
    (COM, "The Gaborone city council said it needed P80 million to repair its roads.", "P80 million", 8e7, "BWP"),
    (PH, "The agency said P1.2B had been set aside for the rice subsidy.", "P1.2B", 1.2e9, "PHP"),
    # a dateline in capitals, the rand named in lower case, an outlet whose country writes no such letter
    (COM, "CAPE TOWN: The province said R4 billion would go to new schools.", "R4 billion", 4e9, "ZAR"),
    (COM, "The rand firmed after the treasury said R20 billion of bonds would be sold.", "R20 billion", 2e10, "ZAR"),
    (UK, "The Johannesburg council said it owed R9 billion to the power utility.", "R9 billion", 9e9, "ZAR"),
    # no country, or the wrong one: the letter stays the unit, never a guessed currency
    (COM, "The company said it had raised R2 billion from investors.", "R2 billion", 2e9, "R"),
    (RU, "The court said the developer owed R740 million to its creditors.", "R740 million", 7.4e8, "R"),
    (RW, "The council said it had collected R3.2 billion in fees last year.", "R3.2 billion", 3.2e9, "R"),
    (RU, "Officials said the delegation had signed deals worth R40 billion at the summit in Johannesburg.",
     "R40 billion", 4e10, "R"),
    (UK, "The regulator said the firm had paid P4.5 million in fines.", "P4.5 million", 4.5e6, "P"),
    (COM, "Officials in Botswana said a Philippine buyer had paid P900 million for the stones.", "P900 million",
     9e8, "P"),
    # Russian copy writes the rouble so too: naming Russia keeps a South African place from deciding it
    (COM, "Russian officials said trade worth R600 billion had been agreed with partners in Johannesburg.",
     "R600 billion", 6e11, "R"),
    (COM, "The Kremlin said the R2 trillion budget was set before the summit in Cape Town.", "R2 trillion", 2e12,
     "R"),
    (COM, "A RAND Corporation study said the programme had cost R3 billion.", "R3 billion", 3e9, "R"),
]

# (outlet, sentence, words that are no amount of money)
LOOK_ALIKES = [
    (ZA, "The company said it would spend more on R&D next year.", "R&D"),
    (ZA, "Police said the crash happened on the R101 near Polokwane.", "R101"),
    (ZA, "Health officials said the R number was between 0.8 and 1.0.", "R number"),
    (PH, "The navy said the P8 jets would patrol the coast.", "P8"),
    (PH, "The team said its driver had started from P1 at the Formula 1 race in Monaco.", "P1"),
    (UK, "The employer said she would get her P45 when she left.", "P45"),
    # a lone "b" after a whole figure ends a name
    (COM, "The EU's P2B regulation covers online platforms in the Philippines, the commission said.", "P2B"),
]


def _numbers(extractor, url: str, sentence: str):
    now = datetime(2024, 5, 1, tzinfo=timezone.utc)
    article = Article(article_id=article_id_for(url + sentence), url=url, canonical_url=url, outlet="example",
                      feed_id="f", feed_url="https://example.org/feed", title="Money matters", body=sentence,
                      published_at=now, fetched_at=now, language="en", content_hash="x")
    return [(n.text, n.value, n.unit) for c in extractor.enrich([article])[0].claims for n in c.numbers]


@pytest.mark.parametrize("url,sentence,words,value,unit", AMOUNTS, ids=[row[1][:50] for row in AMOUNTS])
def test_outlet_units_currency_letter_read_by_the_country(extractor, url, sentence, words, value, unit):
    got = _numbers(extractor, url, sentence)
    assert any(words in text and v == pytest.approx(value) and u == unit for text, v, u in got), got


@pytest.mark.parametrize("url,sentence,words", LOOK_ALIKES, ids=[row[1][:50] for row in LOOK_ALIKES])
def test_outlet_units_currency_letter_not_before_a_name(extractor, url, sentence, words):
    got = _numbers(extractor, url, sentence)
    assert not any(u in ("ZAR", "PHP", "BWP", "R", "P") or words in text for text, _v, u in got), got


def test_outlet_units_currency_letter_a_lone_b_after_a_whole_figure_is_no_billion(extractor):
    got = _numbers(extractor, ZA, "Researchers said the R1b lineage was common among men in Cape Town.")
    assert not any(v >= 1e9 or u in ("ZAR", "R") for _text, v, u in got), got


def test_outlet_units_currency_letter_a_bare_text_takes_the_country_it_names(extractor):
    named = extractor.extract_text("The Durban port authority said it would spend R6.5 billion on new cranes.")
    unnamed = extractor.extract_text("The port authority said it would spend R6.5 billion on new cranes.")
    assert ([n.unit for c in named.claims for n in c.numbers], [n.unit for c in unnamed.claims for n in c.numbers]) \
        == (["ZAR"], ["R"])
