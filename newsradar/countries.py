"""What country a nationality names: "Australian" and "Australia", "Polish" and "Poland".

The regular forms share a stem and differ only in their endings (Kenya/Kenyan, Japan/Japanese); the irregular
ones are in a small table, as no package the project uses ships demonyms. Here, not in the enricher, because
``newsradar`` cannot import ``consumers`` and both read it: ``consumers.enricher.nlp.post_marks`` (whose post a
title names) and ``newsradar.claim_match`` (whose side a body speaking for a country is on).
"""
from __future__ import annotations

from collections.abc import Iterable

# Nationalities and other names of a country whose country no ending rule reaches, lower case, one spelling per
# country.
IRREGULAR = {
    "french": "france", "dutch": "netherlands", "british": "united kingdom", "uk": "united kingdom",
    "britain": "united kingdom", "english": "england", "scottish": "scotland", "scots": "scotland",
    "welsh": "wales", "irish": "ireland", "spanish": "spain", "polish": "poland", "danish": "denmark",
    "finnish": "finland", "swiss": "switzerland", "greek": "greece", "norwegian": "norway",
    "portuguese": "portugal", "american": "united states", "u.s.": "united states", "us": "united states",
    "america": "united states", "filipino": "philippines", "philippine": "philippines", "peruvian": "peru",
    "thai": "thailand", "czech republic": "czechia", "czech": "czechia", "congolese": "congo",
    "icelandic": "iceland", "emirati": "uae", "kiwi": "new zealand",
}
# Endings a country and its people's adjective add to one stem: Kenya/Kenyan, Italy/Italian, Japan/Japanese,
# Sweden/Swedish (stem "Swed"), Iraq/Iraqi, Argentina/Argentine, Germany/German.
_ENDINGS = frozenset({"", "n", "an", "ian", "ean", "ese", "ish", "i", "e", "ic", "a", "ia", "y", "en"})
_STEM_MIN = 4


def same_word(a: str, b: str) -> bool:
    """Whether two lower-case words are one country by the ending rule ("kenyan", "kenya"); the irregular forms
    are ``IRREGULAR``'s, folded by the caller. Read from ``a``'s side: its ending is cut, ``b``'s checked."""
    if a == b:
        return True
    for cut in range(4):
        stem = a[:len(a) - cut]
        if len(stem) >= _STEM_MIN and a[len(stem):] in _ENDINGS and b.startswith(stem) and b[len(stem):] in _ENDINGS:
            return True
    return False


def country_of(nationality: str, countries: Iterable[str]) -> str:
    """The country a lower-case nationality names: ``IRREGULAR``'s, else the one of ``countries`` the ending rule
    reaches; "" if none."""
    if nationality in IRREGULAR:
        return IRREGULAR[nationality]
    return next((c for c in sorted(countries) if same_word(nationality, c)), "")
