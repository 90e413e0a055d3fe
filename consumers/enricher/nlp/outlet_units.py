"""Units that the outlet's country decides, where the text leaves them open.

A Sydney paper's bare "$" is the Australian dollar and its "17 degrees" forecast is in
Celsius; an editor reads them so, and so must the numbers of a claim. The country comes
from the article's web address (its two-letter domain: ``.com.au``, ``.co.nz``); an
outlet on ``.com`` says nothing, and its units stay as the text gives them.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

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


def country_of(url: str | None) -> str | None:
    """The two-letter country domain of a web address, lower case, or None (``.com``, ``.org``)."""
    host = urlsplit(url or "").hostname or ""
    tld = host.rsplit(".", 1)[-1]
    return tld if len(tld) == 2 and tld.isalpha() else None


def localise(enrichment: Enrichment, text: str, url: str | None) -> None:
    """Give a bare dollar sign and a bare "degrees" the units of the outlet's country, in place."""
    country = country_of(url)
    if country is None:
        return
    for claim in enrichment.claims:
        about_temperature = None
        for number in claim.numbers:
            if number.unit == "USD" and country in _LOCAL_DOLLARS and _bare_dollar(text, number.start, number.end):
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
