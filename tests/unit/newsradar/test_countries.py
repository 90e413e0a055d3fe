"""countries: a nationality names its country by the ending rule or the irregular table; look-alikes stay apart."""
from __future__ import annotations

import pytest

from newsradar.countries import IRREGULAR, country_of, same_word


@pytest.mark.parametrize(("nationality", "country"), [
    ("australian", "australia"), ("german", "germany"), ("japanese", "japan"), ("kenyan", "kenya"),
    ("italian", "italy"), ("swedish", "sweden"), ("iraqi", "iraq"), ("argentine", "argentina"),
    ("south korean", "south korea"), ("ghanaian", "ghana"),
])
def test_countries_regular_forms(nationality: str, country: str):
    assert same_word(nationality, country) and same_word(country, nationality)


@pytest.mark.parametrize(("a", "b"), [
    ("austrian", "australia"), ("south korean", "south african"), ("iranian", "iraq"), ("chinese", "chile"),
    ("french", "finland"), ("slovak", "slovenia"),
])
def test_countries_look_alikes_apart(a: str, b: str):
    assert not same_word(a, b) and not same_word(b, a)


@pytest.mark.parametrize(("nationality", "country"), [
    ("french", "france"), ("dutch", "netherlands"), ("british", "united kingdom"), ("uk", "united kingdom"),
    ("american", "united states"), ("us", "united states"), ("polish", "poland"), ("filipino", "philippines"),
    ("kiwi", "new zealand"),
])
def test_countries_irregular_forms(nationality: str, country: str):
    assert IRREGULAR[nationality] == country
    assert country_of(nationality, ()) == country


@pytest.mark.parametrize(("nationality", "country"), [
    ("austrian", "austria"), ("australian", "australia"), ("south korean", "south korea"),
    ("south african", "south africa"), ("polish", "poland"), ("emirati", "uae"), ("martian", ""),
])
def test_countries_country_of_among(nationality: str, country: str):
    among = ("australia", "austria", "south africa", "south korea", "poland", "mars")
    assert country_of(nationality, among) == country
