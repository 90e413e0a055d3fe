"""Units that the outlet's country decides, where the text leaves them open.

A Sydney paper's bare "$" is the Australian dollar and its "17 degrees" forecast is in
Celsius; an editor reads them so, and so must the numbers of a claim. The country comes
from the article's web address (its two-letter domain: ``.com.au``, ``.co.nz``); an
outlet on ``.com`` says nothing, and its units stay as the text gives them.

A currency letter glued before an amount ("R5 billion", "P1.2B") is the currency of the
country that writes it so: the outlet's, or, from an outlet with no country, the one such
country the text names. Otherwise the letter stays its unit: "R" is also Russian copy's
rouble and "P" Botswana's pula as well as the Philippine peso.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from newsradar.currency_letters import LETTER_CURRENCIES
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
# The countries whose papers write their currency as a capital letter before the figure, and that currency
# (newsradar/currency_letters.py says which letter).
_LETTER_COUNTRIES = {"za": "ZAR", "ph": "PHP", "bw": "BWP", "ru": "RUB", "ng": "NGN"}
# Russian copy in English rarely writes the rouble so: Russia named, or a Russian outlet, only keeps the letter from
# being read as the rand, never makes it a rouble.
_NEVER_DECIDED = frozenset({"RUB"})
# How a text names such a country: its name, its people, its capital and largest cities and regions, its currency in
# lower case ("the rand", not "RAND Corp"), and for the Philippines its smallest unit of government, the barangay,
# which no other country has. A dateline writes the name in capitals ("SOUTH AFRICA:").
_COUNTRY_NAMES = {
    "za": ("South Africa", "South African", "South Africans", "Johannesburg", "Cape Town", "Pretoria", "Durban",
           "Soweto", "Gauteng", "KwaZulu-Natal", "Western Cape", "Eastern Cape", "Tshwane", "Ekurhuleni", "rand"),
    "ph": ("Philippines", "Philippine", "Filipino", "Filipinos", "Manila", "Quezon City", "Cebu", "Davao", "Luzon",
           "Mindanao", "Visayas", "barangay", "barangays", "Barangay"),
    "bw": ("Botswana", "Motswana", "Batswana", "Gaborone", "Francistown", "pula"),
    "ru": ("Russia", "Russian", "Russians", "Moscow", "Kremlin", "Putin", "rouble", "roubles", "ruble", "rubles"),
    "ng": ("Nigeria", "Nigerian", "Nigerians", "Lagos", "Abuja", "Kano", "Ibadan", "Port Harcourt", "naira", "Naira"),
}
_NAMED = {country: re.compile(r"\b(?:" + "|".join(re.escape(n) for name in names
                                                   for n in ({name, name.upper()} if name[0].isupper() else {name}))
                              + r")\b")
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
    named: set[str] | None = None
    for claim in enrichment.claims:
        about_temperature = None
        for number in claim.numbers:
            if number.unit in LETTER_CURRENCIES:
                # the countries the text names, searched once an article and only when a letter needs them
                if named is None:
                    named = {place for place, pattern in _NAMED.items() if pattern.search(text)}
                number.unit = _letter_currency(number.unit, country, named)
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


def _letter_currency(letter: str, country: str | None, named: set[str]) -> str:
    """The currency ``letter`` is in copy from ``country``: an outlet whose country writes the letter decides ("R" on
    ``.ru`` is no rand); any other outlet leaves it to the one such country the text names. Undecided, the letter
    stays the unit, which matching takes for any currency it is written for."""
    writers = {place: code for place, code in _LETTER_COUNTRIES.items() if code in LETTER_CURRENCIES[letter]}
    found = [writers[country]] if country in writers else [code for place, code in writers.items() if place in named]
    return found[0] if len(found) == 1 and found[0] not in _NEVER_DECIDED else letter
