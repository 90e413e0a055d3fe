"""Turn the text of a MONEY / PERCENT / QUANTITY / CARDINAL span into a value and a unit.

"$7.1 billion" -> 7.1e9 USD, "tens of billions of dollars" -> 1e10 USD
(approximate), "45%" -> 45 percent, "3 million people" -> 3e6 people.
Pure string work on one short span: no regex over the document.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from newsradar.currency_letters import LETTER_CURRENCIES
from newsradar.number_words import WORDS

# Currency signs: ISO 4217 codes by their usual symbol.
SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₴": "UAH", "₩": "KRW",
           "₱": "PHP", "₺": "TRY", "₦": "NGN", "₪": "ILS", "₫": "VND", "฿": "THB"}
# Country letters written before a dollar sign: "A$", "NT$", "R$" (the real).
SYMBOL_PREFIXES = {"us": "USD", "c": "CAD", "a": "AUD", "hk": "HKD", "nz": "NZD", "s": "SGD", "nt": "TWD",
                   "r": "BRL", "mx": "MXN"}
SIGNS = "".join(SYMBOLS)
# Capital letters some countries write their currency as, glued before the figure (newsradar/currency_letters.py).
# Which currency a letter is depends on the country, which the outlet or the text must say (nlp/outlet_units.py):
# read here the amount's unit is the letter itself.
CURRENCY_LETTERS = "".join(LETTER_CURRENCIES)
# Units of measure, a regex alternation: two figures dashed before one are a range or a size, no score nor code.
# (Not newsradar.claim_match.MEASURE_UNITS, the set of unit words a claim's figure is compared by.)
MEASURE_UNIT_PATTERN = (r"degrees?|mph|kph|km/h|knots?|miles?|kilometres?|kilometers?|km|metres?|meters?|feet|foot"
                        r"|ft|inches|inch|cm|mm|kg|kilos?|kilograms?|tonnes?|tons?|lbs?")
# Thousands spaced apart, as South African, Canadian and SI-style copy writes them ("45 000", "1 250 000"; a space,
# a no-break or a thin one): one figure. Not a fraction after its whole ("3 1/2") nor a longer group after ("2019 500");
# a comma or full stop ends it unless a digit follows ("numbered 1 250 000, police said"). Nor the tail of a name, a
# longer figure or another group ("Covid-19 100", "MH17 298", "1,250 000", "0860 123 456").
_THOUSANDS_GROUPS = r"\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+"
# Glued after a currency letter ("R2 500 000", "P1 200") the groups must end the figure: a unit after them makes the
# letter a road's and the figure a length ("the R21 500 metres"), a further group a phone number ("R1 800 555 0199").
# One group that counts the plural after it ("P7 120 pupils") is told apart in the doc (nlp/claim_details.py), not
# here: an article before the letter says nothing ("the R450 000 tender"), and a regex sees only the words it is given.
LETTER_THOUSANDS = (_THOUSANDS_GROUPS
                    + r"(?![\w/]|[,.]\d|[ \u00a0\u2009\u202f]\d|\s*(?:" + MEASURE_UNIT_PATTERN + r")\b)")
SPACED_THOUSANDS = (r"(?:(?<![\w,.-])|(?<=\b[" + CURRENCY_LETTERS + r"])(?=" + LETTER_THOUSANDS + r"))"
                    r"(?<!\d[ \u00a0\u2009\u202f])" + _THOUSANDS_GROUPS + r"(?![\d/]|[,.]\d)")
# A unit per unit ("km/h", "m/s") is one piece, so that its last letter is not taken for the unit.
_PIECE = re.compile(SPACED_THOUSANDS + r"|\d[\d,]*(?:\.\d+)?|\.\d+|[A-Za-z]+/[A-Za-z]+|[A-Za-z]+(?:\.[A-Za-z]+)*\.?|["
                    + re.escape(SIGNS) + r"%]|\S")

SCALES = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6,
    "mln": 1e6, "mio": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9,
    "trillion": 1e12, "tn": 1e12, "trn": 1e12, "lakh": 1e5, "lac": 1e5, "crore": 1e7, "cr": 1e7,
}
# Plural scale words used vaguely: "tens of billions", "hundreds of thousands".
VAGUE = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3,
         "millions": 1e6, "billions": 1e9, "trillions": 1e12}
VAGUE_QUANTIFIERS = {"several": 3, "a few": 3, "few": 3, "couple": 2, "some": None, "about": None,
                     "around": None, "nearly": None, "almost": None, "roughly": None,
                     "approximately": None, "over": None, "more": None, "than": None,
                     "up": None, "to": None, "at": None, "least": None}
# Denominators of a written fraction: "two-thirds", "three quarters", "a fifth".
DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
                "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
                "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}
VULGAR_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupee": "INR", "rupees": "INR", "rs": "INR", "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "franc": "CHF",
    "francs": "CHF", "shekel": "ILS", "shekels": "ILS", "lira": "TRY", "won": "KRW",
    "riyal": "SAR", "riyals": "SAR", "dirham": "AED", "dirhams": "AED", "dh": "AED", "dhs": "AED",
    "peso": "MXN", "pesos": "MXN", "rand": "ZAR", "naira": "NGN", "taka": "BDT", "tk": "BDT",
    # East African papers write the shilling "Sh" or "KSh" before the figure ("Sh1.2bn")
    "sh": "KES", "ksh": "KES", "kshs": "KES", "tsh": "TZS", "ush": "UGX",
    # Malaysian papers write the ringgit "RM" before the figure ("RM2.5 billion")
    "rupiah": "IDR", "rp": "IDR", "ringgit": "MYR", "rm": "MYR", "baht": "THB", "dong": "VND", "zloty": "PLN",
    "zlotys": "PLN", "forint": "HUF", "reais": "BRL", "kwacha": "ZMW", "cedi": "GHS", "cedis": "GHS",
    "krona": "SEK", "kronor": "SEK", "koruna": "CZK",
}
# A currency word many countries share is the country's whose name or adjective comes before it ("600 million
# Canadian dollars", "3 billion Hong Kong dollars", "Argentine pesos"); alone it stays the one CURRENCY_WORDS gives.
COUNTRY_CURRENCIES = {
    "dollar": {"canadian": "CAD", "australian": "AUD",
               "hong kong": "HKD", "new zealand": "NZD", "singapore": "SGD", "taiwan": "TWD", "taiwanese": "TWD",
               "jamaican": "JMD", "namibian": "NAD"},
    "peso": {"mexican": "MXN", "argentine": "ARS", "argentinian": "ARS", "chilean": "CLP", "colombian": "COP",
             "philippine": "PHP", "uruguayan": "UYU", "cuban": "CUP"},
    "rupee": {"indian": "INR", "pakistani": "PKR", "sri lankan": "LKR", "nepalese": "NPR", "nepali": "NPR",
              "mauritian": "MUR"},
    "pound": {"british": "GBP", "egyptian": "EGP", "lebanese": "LBP", "sudanese": "SDG"},
    "franc": {"swiss": "CHF", "congolese": "CDF", "rwandan": "RWF"},
    # a name several currencies share and no one currency owns: money only with the country ("Swedish crowns");
    # alone, "three crowns" are titles
    "crown": {"swedish": "SEK", "norwegian": "NOK", "danish": "DKK", "czech": "CZK", "icelandic": "ISK"},
    "krone": {"danish": "DKK", "norwegian": "NOK"},
    # Sweden's and the Czech Republic's names, which Iceland's krona and Slovakia's koruna (until 2009) share
    "krona": {"swedish": "SEK", "icelandic": "ISK"},
    "koruna": {"czech": "CZK", "slovak": "SKK"},
}
# Those shared names as written, each by its name in COUNTRY_CURRENCIES
SHARED_CURRENCY_NAMES = {"crown": "crown", "crowns": "crown", "krone": "krone", "kroner": "krone"}
# Of those, the names that are only ever money: "90 kroner" is an amount, "12 crowns" may be a dentist's
_MONEY_ONLY_NAMES = frozenset({"krone"})
# ISO 4217 codes read when written in capitals ("TRY", not the verb "try").
CODES = {"usd", "eur", "gbp", "jpy", "cny", "inr", "rub", "uah", "chf", "cad", "aud", "hkd",
         "ils", "try", "krw", "sar", "aed", "mxn", "zar", "ngn", "brl", "sek", "nok", "pln",
         "sgd", "nzd", "twd", "php", "idr", "myr", "thb", "vnd", "bdt", "pkr", "lkr", "npr",
         "egp", "kes", "ghs", "dkk", "huf", "czk", "qar", "kwd", "ars", "clp", "cop", "pen", "rmb"}
PERCENT_WORDS = {"percent", "per", "pct", "pc", "%"}
# A temperature's scale written as its letter ("-5C", "40 °F"), by the name the unit words give;
# other abbreviations ("kg", "MW") are units as written.
UNIT_ABBREVIATIONS = {"c": "celsius", "f": "fahrenheit"}
# A sign before the first figure: "minus 12 degrees", "-0.3%", "−5C" (U+2212 is the minus sign).
_MINUS = frozenset({"minus", "-", "\u2212"})
# The quantifiers that hedge a figure alone; "than", "to", "at" and "least" only end a hedge ("more than", "up to",
# "at least"), and "a few" is two words where a figure is read word by word.
_APPROXIMATE = frozenset(VAGUE_QUANTIFIERS) - {"a few", "than", "to", "at", "least"} | {"estimated"}


# A written fraction's bottom is small or a measuring one ("3/4", "7/10", "1/12 of a second", "3/16 inch"), its top
# smaller; any other figure over figure is a name or a split ("24/7", "9/11", "50/50", "4/20").
_DENOMINATORS_WRITTEN = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 16, 32, 64, 100})
# A comma before one or two final digits is a decimal comma, as European copy writes it ("2,5%", "3,75 per cent");
# a thousands separator, Indian grouping included ("1,23,456"), always has three digits after the last comma.
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
# What separates a figure's groups of thousands: a comma, or a space of any width
_GROUP_MARKS = re.compile(r"[,\s]")

# "over a decade", "nearly a year", "more than an hour": after a hedge, "a" counts one length of time
# ("a decade ago" alone is colour, not a figure an editor checks).
_HEDGES_BEFORE_ONE = frozenset({"about", "around", "nearly", "almost", "roughly", "over", "than", "least", "under"})
TIME_UNITS = frozenset({"year", "decade", "month", "week", "day", "hour", "minute", "century"})


class Parsed(NamedTuple):
    value: float
    unit: str | None
    approximate: bool
    # the amount holds a scale word ("5 billion", "20bn"): a shared currency name after it is money
    # (``unknown_currency``); a vague count ("dozens", "hundreds") is none
    scaled: bool = False


class _Amount:
    """The value being read, in the written-number grammar: ``total`` holds what the scales
    above a thousand have closed ("three million"), ``current`` the group still open
    ("two hundred and five")."""

    def __init__(self) -> None:
        self.total = 0.0
        self.current: float | None = None

    @property
    def value(self) -> float | None:
        if self.current is None and not self.total:
            return None
        return self.total + (self.current or 0.0)

    def figure(self, number: float) -> None:
        # "half 2" is not a phrase; a second figure replaces the first, except a fraction's whole part
        self.total, self.current = 0.0, number

    def word(self, number: float) -> None:
        if self.current is None:
            self.current = number
        elif self.current >= 20 and number < 10 and self.current % 10 == 0:
            self.current += number                 # "twenty five", "sixty-three"
        elif self.current >= 100 and number < 100:
            self.current += number                 # "one hundred and twenty"
        elif self.current < 1:
            self.current *= number                 # "half a dozen"
        else:
            self.current = number

    def scale(self, factor: float) -> None:
        if factor < 1e3:                           # "hundred" multiplies the open group only
            self.current = (self.current if self.current is not None else 1.0) * factor
        elif self.current is None and self.total:
            self.total *= factor                   # stacked scales: "1.2 lakh crore", "a thousand million"
        else:
            self.total += (self.current if self.current is not None else 1.0) * factor
            self.current = None

    def fraction(self, denominator: float) -> None:
        self.current = (self.current if self.current is not None else 1.0) / denominator


def parse_number(text: str, label: str = "CARDINAL", unit_hint: str | None = None,
                 plural: bool = False) -> Parsed | None:
    """Value, unit and an approximate flag for one number phrase, or None if there is no number.

    ``unit_hint`` is the lemma of the noun the number counts ("people"), used
    when the phrase itself names no unit; ``plural`` says that noun is a plural, which
    makes a letter glued to the figure a scale ("1.2m people"), not a metre ("a 30m tower").
    """
    pieces = _PIECE.findall(text)
    # money whose currency the country decides: its unit is the letter until then, and a letter glued after its figure
    # is a scale as in any money ("P1.2B")
    letter = currency_letter(text)
    lettered = letter is not None
    lowered = [p.lower().rstrip(".") if len(p) > 1 else p.lower() for p in pieces]
    amount = _Amount()
    approximate = False
    negative = False
    unit: str | None = None
    scaled = False
    i = 0
    while i < len(pieces):
        p, low = pieces[i], lowered[i]
        if low in _MINUS and amount.value is None and all(w in _APPROXIMATE for w in lowered[:i]) \
                and i + 1 < len(pieces) and (pieces[i + 1][0].isdigit() or lowered[i + 1] in WORDS):
            negative = True                               # not "COVID-19", whose sign follows a word
        elif p[0].isdigit() or (p[0] == "." and len(p) > 1):
            try:
                number = float(p.replace(",", ".") if _DECIMAL_COMMA.fullmatch(p) else _GROUP_MARKS.sub("", p))
            except ValueError:
                number = None
            if number is not None and i + 2 < len(pieces) and pieces[i + 1] == "/" and pieces[i + 2].isdigit():
                if not (int(pieces[i + 2]) in _DENOMINATORS_WRITTEN and number < int(pieces[i + 2])):
                    return None                   # "24/7", "9/11", "50/50": a name or a split, no amount
                part = number / float(pieces[i + 2])  # "3 1/2": the fraction adds to the whole before it
                whole = amount.value if i > 0 and pieces[i - 1][0].isdigit() else None
                amount.figure(part + (whole or 0.0))
                i += 3
                continue
            if number is not None:
                if amount.value is not None and amount.value < 1:
                    amount.figure(amount.value * number)
                else:
                    amount.figure(number)
        elif low == "half" and lowered[max(0, i - 2):i] == ["and", "a"] and amount.current is not None:
            amount.current += 0.5                         # "one and a half million", "2 and a half"
        elif p in VULGAR_FRACTIONS:
            amount.figure((amount.value or 0.0) + VULGAR_FRACTIONS[p])
        elif low in DENOMINATORS and (amount.current is not None or (i > 0 and lowered[i - 1] in ("a", "an"))) \
                and not (low in ("half", "quarter") and amount.current is None):
            amount.fraction(DENOMINATORS[low])
        elif low in ("quarters", "thirds", "fifths") and amount.current is not None:
            amount.fraction(DENOMINATORS[low])
        elif low in ("a", "an"):
            if _next_is_scale(lowered, i) and amount.current is None:
                amount.word(1.0)
            elif amount.value is None and 0 < i and lowered[i - 1] in _HEDGES_BEFORE_ONE \
                    and i + 1 < len(lowered) and lowered[i + 1] in TIME_UNITS:
                amount.word(1.0)                          # "over a decade", "more than a year": one, hedged
        elif low == "and":
            pass
        elif low in WORDS:
            if low == "dozen" and amount.current is not None:
                amount.current *= 12
            else:
                amount.word(float(WORDS[low]))
        elif low in SCALES and (amount.value is not None or low in ("hundred", "thousand", "million", "billion",
                                                                     "trillion", "lakh", "crore")):
            # a letter is a scale only in money ("CHF 40m") or before a plural ("1.2m people"): "a 30m tower" is tall
            if not (low in ("b", "m", "k")
                    and (amount.value is None or label != "MONEY" and unit is None and not plural and not lettered)):
                amount.scale(SCALES[low])
                scaled = True
        elif low in VAGUE:
            approximate = True
            amount.scale(VAGUE[low])
        elif low in _APPROXIMATE:
            approximate = True
            if VAGUE_QUANTIFIERS.get(low) and amount.value is None:
                amount.word(float(VAGUE_QUANTIFIERS[low]))    # "several hundred", "a couple of hundred"
        elif p in SYMBOLS:
            unit = SYMBOLS[p]
            if p == "$" and i > 0 and lowered[i - 1] in SYMBOL_PREFIXES:
                unit = SYMBOL_PREFIXES[lowered[i - 1]]
        elif low == "p" and unit is None and i > 0 and pieces[i - 1][-1].isdigit():
            unit = "GBX"                                  # pence: "165.5p", "45p"
        elif p == "pence" and unit is None and i > 0 and pieces[i - 1][-1].isdigit():
            # written out as often as glued ("2.5 pence a litre"); in capitals it is a name ("in 2016 Pence said")
            unit = "GBX"
        elif low in ("pound", "pounds") and i > 1 and pieces[i - 1] == "-" and pieces[i - 2][0].isdigit():
            unit = "pound"                                # "a 1,000-pound turtle" weighs; it costs nothing
        elif low in CURRENCY_WORDS and unit is None:
            unit = _country_currency(lowered, i) or CURRENCY_WORDS[low]
        elif low in SHARED_CURRENCY_NAMES and unit is None and _country_currency(lowered, i) is not None:
            unit = _country_currency(lowered, i)
        elif low in CODES and unit is None and p.rstrip(".").isupper():
            unit = "CNY" if low == "rmb" else low.upper()
        elif low in PERCENT_WORDS:
            if low == "per" and i + 1 < len(lowered) and lowered[i + 1] == "cent":
                unit = "percent"
            elif low != "per":
                unit = "percent"
            if i + 1 < len(lowered) and lowered[i + 1].startswith("point"):
                unit = "percentage point"
            elif i + 1 < len(lowered) and lowered[i + 1] == "age":
                unit = "percentage point"
        elif low in ("percentage",):
            unit = "percentage point"
        elif low == "point" and unit is None and i > 0 and lowered[i - 1] == "a" and amount.value is not None:
            unit = "point"                                # "half a point", "a tenth of a point": a rate's move
        i += 1
    value = amount.value
    if value is None:
        return None
    if lettered:
        return Parsed(-value if negative else value, letter, approximate)
    if unit is None and unknown_currency([*lowered, unit_hint or ""], scaled):
        return Parsed(-value if negative else value, None, approximate, scaled)
    if unit is None:
        if label == "QUANTITY":
            words = [low for low in lowered if low.replace("/", "").isalpha() and low not in SCALES
                     and low not in WORDS and low not in VAGUE and low not in VAGUE_QUANTIFIERS
                     and low != "of"]
            unit = _quantity_unit(words) or UNIT_ABBREVIATIONS.get(unit_hint, unit_hint)
        else:
            unit = UNIT_ABBREVIATIONS.get(unit_hint, unit_hint)
    return Parsed(-value if negative else value, unit, approximate, scaled)


def _quantity_unit(words: list[str]) -> str | None:
    """The unit of a quantity from its words after the figure: the scale a degree is on ("degrees
    Celsius overnight" is in celsius), a temperature's letter by its name ("-5C"), else the last word."""
    for k, word in enumerate(words[:-1]):
        if word in ("degree", "degrees") and words[k + 1] in ("celsius", "fahrenheit", "c", "f"):
            return UNIT_ABBREVIATIONS.get(words[k + 1], words[k + 1])
    if not words:
        return None
    return UNIT_ABBREVIATIONS.get(words[-1]) or singular(words[-1])


def _country_currency(lowered: list[str], i: int) -> str | None:
    """The code of the currency word at ``i`` when the country before it names which one ("Canadian dollars")."""
    if i == 0:
        return None
    countries = COUNTRY_CURRENCIES.get(SHARED_CURRENCY_NAMES.get(lowered[i]) or singular(lowered[i]), {})
    return countries.get(" ".join(lowered[max(0, i - 2):i])) or countries.get(lowered[i - 1])


def unknown_currency(words: list[str], scaled: bool) -> bool:
    """A shared currency name that no country before it decided ("5 billion crowns", "90 kroner") is money of an
    unknown currency: a wrong code or the noun "crown" would tie it to figures it is not. A crown is money only with a
    scale ("12 crowns" may be a dentist's)."""
    names = {SHARED_CURRENCY_NAMES[w] for w in words if w in SHARED_CURRENCY_NAMES}
    return bool(names) and (scaled or not names.isdisjoint(_MONEY_ONLY_NAMES))


def _next_is_scale(lowered: list[str], i: int) -> bool:
    return i + 1 < len(lowered) and (lowered[i + 1] in SCALES or lowered[i + 1] in ("dozen", "half")
                                     or lowered[i + 1] in DENOMINATORS)


def looks_like_year(text: str) -> bool:
    """A four-figure year of modern copy ("1994", "2030"): the one year test of the reader, its speaker cues and its
    narration rules."""
    # isdecimal, not isdigit: "²⁰²³" is digits to isdigit, and int() refuses it
    return text.isdecimal() and len(text) == 4 and 1800 <= int(text) <= 2100


# Nouns alike in both numbers ("120 species", "a four-part series"): no -s to cut.
SAME_IN_BOTH_NUMBERS = frozenset({"species", "series", "headquarters", "barracks"})


def singular(word: str) -> str:
    irregular = {"feet": "foot", "people": "people", "kilometres": "kilometre", "miles": "mile",
                 "tonnes": "tonne", "tons": "ton", "metres": "metre", "meters": "meter"}
    if word in SAME_IN_BOTH_NUMBERS:
        return word
    if word in irregular:
        return irregular[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]                                  # "inches", "boxes"
    if word.endswith("s") and not word.endswith(("ss", "us")) and len(word) > 3:
        return word[:-1]
    return word


def alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# A currency sign with the country letters some papers write before it ("US$7.1b", "A$2m", "NT$500"): one pattern
# for each reader of a sign, so that a sign is the same wherever it is sought.
PREFIXED_SIGN = r"(?:\b(?:" + alternation(k.upper() for k in SYMBOL_PREFIXES) + r"))?[" + re.escape(SIGNS) + r"]"

# Abbreviations of a currency written before the amount: "Rs 450", "Tk. 30".
_ABBREVIATIONS_BEFORE = ("rs", "tk", "rp", "dh", "dhs", "ksh", "kshs", "sh")
# A figure with a scale or comma thousands comes next ("300 million", "1.2bn", "5BN", "10,000"): the one test of a
# mark that before a bare figure is a name ("RM 45 Commando", "the R101 road", "a P45 form", "Formula 1's P1"). A
# lone "b" is a billion only after a decimal ("P1.2B"): after a whole figure it ends a name ("the P2B regulation",
# "the R1b lineage").
SCALED_FIGURE_AHEAD = (r"(?=\d{1,3}(?:,\d{3})+(?!,?\d)|" + LETTER_THOUSANDS + r"|\d+(?:\.\d+)?[\s-]?(?i:"
                       + alternation(s for s in SCALES if s != "b") + r")\b|\d+\.\d+(?i:b)\b)")
# The ringgit's "RM" glued to its figure ("RM50"), or spaced before one with a scale or comma thousands ("RM 300
# million", "RM 10,000"): spaced before a bare figure it is the Royal Marines or a ward ("RM 45 Commando", "RM 2 ward").
_RINGGIT = r"\b(?i:rm)(?=\d)|\b(?i:rm)\s" + SCALED_FIGURE_AHEAD
# A currency letter glued before a figure with a scale or comma thousands ("R5 billion", "P1.2B", "R350,000").
_CURRENCY_LETTER = re.compile(r"\b[" + CURRENCY_LETTERS + "]" + SCALED_FIGURE_AHEAD)
# The rupee's and the taka's marks, the only ones a "cr" after the figure is the crore of ("Rs 12 cr", "₹75,000 cr"):
# after a bare figure it is chromium, credit or a unit ("18 cr and 8 ni", "a balance of 500 cr").
_CRORE_CURRENCY = r"(?P<rupee>₹\s?|\b(?:(?i:rs|tk)|INR)\.?\s?)"
# An amount written out in full, found in the text whatever the model tagged: a currency before
# it (sign, abbreviation or ISO code in capitals), a figure or number words, scale words (stacked:
# "lakh crore"), then a currency or percent after it. It must name a currency, a scale or a percent:
# a bare figure is left to the model, which knows a year or a house number from a count.
_CURRENCY_BEFORE = (r"(?P<pre>" + _CRORE_CURRENCY + "|" + _RINGGIT + "|" + _CURRENCY_LETTER.pattern + "|"
                    + PREFIXED_SIGN + r"\s?|\b(?:(?i:" + alternation(_ABBREVIATIONS_BEFORE) + r")|"
                    + alternation(c.upper() for c in CODES) + r")\.?\s?)")
# The words a figure is spelled in; the article, "half", "quarter" and "dozen" count only beside one.
SPELLED_NUMBERS = tuple(w for w in WORDS if w not in ("a", "an", "half", "quarter", "dozen"))
# Every spelled count ("forty", "twenty-five"), not the words that are no count on their own; a regex alternation.
SPELLED_COUNT = alternation(w for w in SPELLED_NUMBERS if w != "zero")
_NUMBER_WORDS = "(?i:" + alternation(SPELLED_NUMBERS) + ")"
# A fraction of a scale ("half a billion", "a quarter of a million") or of a point: the model tags
# "a quarter" and "million households" as two numbers, or none, so the grammar must see the phrase whole, hyphened
# too ("three-quarters of a million homes"): read from "quarters", it ties with the model's count of the homes.
_FRACTION_OF = (r"(?:(?i:a|one|two|three)[\s-]+)?(?i:half|quarter|quarters|third|thirds|tenth|tenths)(?:\s+(?i:of))?"
                r"\s+(?i:a|an)(?=\s+(?i:thousand|million|billion|trillion|(?:percentage\s+)?points?)\b)")
# The scales written as words ("million", "bln", "lakh"), not the letters glued to a figure ("5m", "2bn")
_SCALE_NAMES = alternation(w for w in SCALES if len(w) > 2)
# "one and a half million", "2 and a half billion": the half joins the figure before a scale, which the small
# model tags apart ("one and a" a date, "half million" a count). Only number words or a figure of one to three
# digits: four are a year the sentence goes on from ("in 2019 and a half million new voters").
_AND_A_HALF = r"\s+(?i:and\s+a\s+half)(?=[\s-]+(?i:" + _SCALE_NAMES + r")\b)"
# Spaced thousands first, so that "45 000" is one figure to every reader of amounts, not "45" and a count after it.
_FIGURE = (r"(?:(?P<spaced>" + SPACED_THOUSANDS + r")|\d{1,3}(?:\.\d+)?" + _AND_A_HALF
           + r"|\d[\d,]*(?:\.\d+)?(?:\s\d/\d+)?|" + _FRACTION_OF + "|"
           + _NUMBER_WORDS + r"(?:[\s-]+(?:(?i:and)\s+)?" + _NUMBER_WORDS + r")*(?:" + _AND_A_HALF + ")?)")
_SCALE_WORDS = (r"(?P<scale>(?:[\s-]*(?i:" + _SCALE_NAMES + r")\b)+"
                r"|(?<=\d)\s?(?:bn|mn|tn)\b|(?(rupee)(?<=\d)\s?cr\b|(?!))|(?<=\d)(?:m|b|k)\b"
                # in capitals only after a currency ("$1.2B", "R5BN"): alone "3M" is a company, "5K" a race
                r"|(?(pre)(?<=\d)(?:BN|MN|TN|B|M|K)\b|(?!)))")
# A bare point only after a fraction's "a" ("half a point"): after a figure it is a score ("3 points")
_AFTER = (r"(?P<post>\s?(?:%|(?i:per\s?cent|percent|pct|pc)\b)|\s(?i:percentage\s+points?)\b|(?<=\s[aA])\s(?i:point)\b"
          r"|\spence\b|[\s-]+(?i:"
          + alternation(w for w in CURRENCY_WORDS if len(w) > 3 or w in ("won", "yen")) + r")\b)")
AMOUNT = re.compile(r"(?<![\w.])(?:" + _CURRENCY_BEFORE + r")?" + _FIGURE + _SCALE_WORDS + "?" + _AFTER + "?")


def currency_letter(text: str) -> str | None:
    """The currency letter (one of ``CURRENCY_LETTERS``) opening an amount in ``text``, or None: "R5 billion",
    "nearly P1.2B", "R350,000", not "R101", "P45", "R&D" or "the P2B regulation"."""
    found = _CURRENCY_LETTER.search(text)
    return found.group() if found is not None else None


def amount_spans(text: str, start: int, end: int, spaced: bool = False):
    """(start, end) of every amount ``AMOUNT`` reads in ``text[start:end]`` that names a currency,
    a scale or a percent, and with ``spaced`` also every figure of thousands spaced apart ("1 250 000"), which a
    reader widening the model's span needs whole and a finder of untagged money must not take for money."""
    for m in AMOUNT.finditer(text, start, end):
        if (m.group("pre") or m.group("scale") or m.group("post") or spaced and m.group("spaced")) \
                and any(c.isalnum() for c in m.group()):
            yield m.start(), m.end()
