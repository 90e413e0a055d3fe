"""Units that the outlet's country decides, where the text leaves them open.

A Sydney paper's bare "$" is the Australian dollar and its "17 degrees" forecast is in
Celsius; an editor reads them so, and so must the numbers of a claim. The country comes
from the article's web address (its two-letter domain: ``.com.au``, ``.co.nz``); an
outlet on ``.com`` says nothing, and its units stay as the text gives them.

A currency letter glued before an amount ("R5 billion", "P1.2B") is the currency of the
country that writes it so: the outlet's, or, from an outlet with no country, the one such
country the text names. Otherwise it stays an amount with no currency: "R" is also Russian
copy's rouble and "P" Botswana's pula as well as the Philippine peso.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from consumers.enricher.nlp.numbers import currency_letter
from newsradar.schema import Enrichment

# Countries whose own currency is a dollar: there "$" alone is theirs ("US$", "$US" say otherwise).
_LOCAL_DOLLARS = {"au": "AUD", "nz": "NZD", "sg": "SGD", "ca": "CAD", "hk": "HKD", "tw": "TWD"}
# Where the weather is told in Fahrenheit; everywhere else a temperature in degrees is Celsius.
_FAHRENHEIT = frozenset({"us", "lr", "bs", "bz", "ky", "pw", "fm", "mh"})
# "turned 180 degrees" is an angle: a claim about temperature says so in one of these words.
_TEMPERATURE_WORDS = frozenset({
    "temperature", "temperatures", "maximum", "minimum", "max", "min", "high", "highs", "low", "lows",
    "heat", "heatwave", "hot", "hotter", "cold", "colder", "warm", "warmer", "cool", "cooler", "forecast",
    "weather", "mercury", "freezing", "overnight", "chilly",
})
_WORD = re.compile(r"[a-z]+")
# The countries whose papers write their currency as a capital letter before the figure, by letter.
_LETTER_CURRENCIES = {"R": {"za": "ZAR"}, "P": {"ph": "PHP", "bw": "BWP"}}
# How a text names such a country: its name, its people, its capital and largest cities and regions, and for the
# Philippines its smallest unit of government, the barangay, which no other country has.
_COUNTRY_NAMES = {
    "za": ("South Africa", "South African", "South Africans", "Johannesburg", "Cape Town", "Pretoria", "Durban",
           "Soweto", "Gauteng", "KwaZulu-Natal", "Western Cape", "Eastern Cape", "Tshwane", "Ekurhuleni"),
    "ph": ("Philippines", "Philippine", "Filipino", "Filipinos", "Manila", "Quezon City", "Cebu", "Davao", "Luzon",
           "Mindanao", "Visayas", "barangay", "barangays", "Barangay"),
    "bw": ("Botswana", "Motswana", "Batswana", "Gaborone", "Francistown"),
}
_NAMED = {country: re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")
          for country, names in _COUNTRY_NAMES.items()}


def country_of(url: str | None) -> str | None:
    """The two-letter country domain of a web address, lower case, or None (``.com``, ``.org``)."""
    host = urlsplit(url or "").hostname or ""
    tld = host.rsplit(".", 1)[-1]
    return tld if len(tld) == 2 and tld.isalpha() else None


def localise(enrichment: Enrichment, text: str, url: str | None) -> None:
    """Give a bare dollar sign and a bare "degrees" the units of the outlet's country, and a currency letter the
    currency of the outlet's or the text's country, in place."""
    country = country_of(url)
    for claim in enrichment.claims:
        about_temperature = None
        for number in claim.numbers:
            if number.unit is None and (letter := currency_letter(text, number.start, number.end)) is not None:
                number.unit = _letter_currency(letter, country, text)
            elif country is None:
                continue
            elif number.unit == "USD" and country in _LOCAL_DOLLARS and _bare_dollar(text, number.start, number.end):
                number.unit = _LOCAL_DOLLARS[country]
            elif number.unit == "degree":
                if about_temperature is None:
                    about_temperature = not _TEMPERATURE_WORDS.isdisjoint(_WORD.findall(claim.content.lower()))
                if about_temperature:
                    number.unit = "fahrenheit" if country in _FAHRENHEIT else "celsius"


def _bare_dollar(text: str, start: int, end: int) -> bool:
    """ "$360 million", not "US$4.7 billion", "A$5", "$US4 billion" or "5 dollars"."""
    sign = text.find("$", start, end)
    if sign < 0 or (sign > 0 and text[sign - 1].isalpha()):
        return False
    return not text[sign + 1:sign + 2].isalpha()


def _letter_currency(letter: str, country: str | None, text: str) -> str | None:
    """The currency ``letter`` is in copy from ``country``: an outlet with a country decides ("R" on ``.ru`` is no
    rand); with none, the one country writing it so that the text names, else None."""
    currencies = _LETTER_CURRENCIES[letter]
    if country is not None:
        return currencies.get(country)
    named = [code for place, code in currencies.items() if _NAMED[place].search(text)]
    return named[0] if len(named) == 1 else None
