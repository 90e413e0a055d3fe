"""Turn the text of a MONEY / PERCENT / QUANTITY / CARDINAL span into a value and a unit.

"$7.1 billion" -> 7.1e9 USD, "tens of billions of dollars" -> 1e10 USD
(approximate), "45%" -> 45 percent, "3 million people" -> 3e6 people.
Pure string work on one short span: no regex over the document.
"""
from __future__ import annotations

import re
from typing import NamedTuple

_PIECE = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+|[A-Za-z]+(?:\.[A-Za-z]+)*\.?|[$€£¥₹₽₴%]|\S")

SCALES = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6,
    "mln": 1e6, "mio": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9,
    "trillion": 1e12, "tn": 1e12, "trn": 1e12, "lakh": 1e5, "crore": 1e7,
}
# Plural scale words used vaguely: "tens of billions", "hundreds of thousands".
VAGUE = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3,
         "millions": 1e6, "billions": 1e9, "trillions": 1e12}
VAGUE_QUANTIFIERS = {"several": 3, "a few": 3, "few": 3, "some": None, "about": None,
                     "around": None, "nearly": None, "almost": None, "roughly": None,
                     "approximately": None, "over": None, "more": None, "than": None,
                     "up": None, "to": None, "some": None, "at": None, "least": None}
WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "half": 0.5, "dozen": 12, "quarter": 0.25,
}
SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₴": "UAH"}
SYMBOL_PREFIXES = {"us": "USD", "c": "CAD", "a": "AUD", "hk": "HKD", "nz": "NZD", "s": "SGD"}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupee": "INR", "rupees": "INR", "rs": "INR", "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "franc": "CHF",
    "francs": "CHF", "shekel": "ILS", "shekels": "ILS", "lira": "TRY", "won": "KRW",
    "riyal": "SAR", "riyals": "SAR", "dirham": "AED", "dirhams": "AED", "peso": "MXN",
    "pesos": "MXN", "rand": "ZAR", "naira": "NGN",
}
CODES = {"usd", "eur", "gbp", "jpy", "cny", "inr", "rub", "uah", "chf", "cad", "aud", "hkd",
         "ils", "try", "krw", "sar", "aed", "mxn", "zar", "ngn", "brl", "sek", "nok", "pln"}
PERCENT_WORDS = {"percent", "per", "pct", "%"}


class Parsed(NamedTuple):
    value: float
    unit: str | None
    approximate: bool


def parse_number(text: str, label: str = "CARDINAL", unit_hint: str | None = None) -> Parsed | None:
    """Value, unit and an approximate flag for one number phrase, or None if there is no number.

    ``unit_hint`` is the lemma of the noun the number counts ("people"), used
    when the phrase itself names no unit.
    """
    pieces = _PIECE.findall(text)
    lowered = [p.lower() for p in pieces]
    value: float | None = None
    approximate = False
    unit: str | None = None
    i = 0
    while i < len(pieces):
        p, low = pieces[i], lowered[i]
        if p[0].isdigit() or (p[0] == "." and len(p) > 1):
            try:
                number = float(p.replace(",", ""))
            except ValueError:
                number = None
            if number is not None:
                value = number if value is None else value * number if value < 1 else number
        elif low in WORDS and (low not in ("a", "an") or _next_is_scale(lowered, i)):
            number = float(WORDS[low])
            if value is None:
                value = number
            elif low == "dozen":
                value *= 12
            elif value >= 20 and number < 10:      # "twenty five"
                value += number
        elif low in SCALES and (value is not None or low in ("hundred", "thousand", "million", "billion", "trillion")):
            if low in ("b", "m", "k") and (value is None or label not in ("MONEY",)):
                pass
            else:
                value = (value if value is not None else 1.0) * SCALES[low]
        elif low in VAGUE:
            approximate = True
            value = (value if value is not None else 1.0) * VAGUE[low]
        elif low in ("several", "few", "about", "around", "nearly", "almost", "roughly",
                     "approximately", "some", "over", "more", "estimated", "up"):
            approximate = True
            if low in ("several", "few") and value is None:
                value = 3.0
        elif p in SYMBOLS:
            unit = SYMBOLS[p]
            if i > 0 and lowered[i - 1] in SYMBOL_PREFIXES:
                unit = SYMBOL_PREFIXES[lowered[i - 1]]
        elif low == "p" and unit is None and i > 0 and pieces[i - 1][-1].isdigit():
            unit = "GBX"                                  # pence: "165.5p", "45p"
        elif low in ("pound", "pounds") and i > 1 and pieces[i - 1] == "-" and pieces[i - 2][0].isdigit():
            unit = "pound"                                # "a 1,000-pound turtle" weighs; it costs nothing
        elif low in CURRENCY_WORDS and unit is None:
            unit = CURRENCY_WORDS[low]
        elif low in CODES and unit is None:
            unit = low.upper()
        elif low in PERCENT_WORDS:
            if low == "per" and i + 1 < len(lowered) and lowered[i + 1] == "cent":
                unit = "percent"
            elif low != "per":
                unit = "percent"
            if i + 1 < len(lowered) and lowered[i + 1].startswith("point"):
                unit = "percentage point"
            elif i + 1 < len(lowered) and lowered[i + 1] == "age" :
                unit = "percentage point"
        elif low in ("percentage",):
            unit = "percentage point"
        i += 1
    if value is None:
        return None
    if unit is None:
        if label == "QUANTITY":
            words = [low for low in lowered if low.isalpha() and low not in SCALES
                     and low not in WORDS and low not in VAGUE and low not in VAGUE_QUANTIFIERS
                     and low != "of"]
            unit = _singular(words[-1]) if words else unit_hint
        else:
            unit = unit_hint
    return Parsed(value, unit, approximate)


def _next_is_scale(lowered: list[str], i: int) -> bool:
    return i + 1 < len(lowered) and (lowered[i + 1] in SCALES or lowered[i + 1] in ("dozen", "half"))


def _singular(word: str) -> str:
    irregular = {"feet": "foot", "people": "people", "kilometres": "kilometre", "miles": "mile",
                 "tonnes": "tonne", "tons": "ton", "metres": "metre", "meters": "meter"}
    if word in irregular:
        return irregular[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]                                  # "inches", "boxes"
    if word.endswith("s") and not word.endswith(("ss", "us")) and len(word) > 3:
        return word[:-1]
    return word
