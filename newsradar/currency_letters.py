"""Currencies some copy writes as a capital letter glued before the figure: "R5 billion", "P1.2B".

One table, so that the enricher that reads the letter and the matcher that compares the amount
agree on what it may be. The enricher narrows a letter to one currency when the outlet's or the
text's country says which; otherwise the amount keeps the letter as its unit, and the matcher
takes it for any currency the letter is written for: "R254 billion" from a Johannesburg paper
(ZAR) and from a wire with no country (R) are one figure.
"""
from __future__ import annotations

# Each letter and the currencies it is written for: the rand's "R" (South Africa), which Russian copy also writes for
# the rouble; the Philippine peso's and Botswana's pula's "P"; Nigerian copy's naira "N" ("N12bn", "N2,500"), whose
# sign the ISO code's table already reads ("₦").
LETTER_CURRENCIES: dict[str, frozenset[str]] = {
    "R": frozenset({"ZAR", "RUB"}),
    "P": frozenset({"PHP", "BWP"}),
    "N": frozenset({"NGN"}),
}


def letter_may_be(a: str, b: str) -> bool:
    """One unit is a currency letter left undecided and the other a currency it is written for."""
    return b in LETTER_CURRENCIES.get(a, ()) or a in LETTER_CURRENCIES.get(b, ())
