"""Words as the alerter's rules, the enricher's story clustering and claim matching count them."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

WORD = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens: the unit a rule term and a story feature are matched on."""
    return WORD.findall(text.lower())


# A Latin letter's accents only: in other scripts a mark can make another letter (Cyrillic "й" is not "и").
_LATIN_MARKS = re.compile("[\u0300-\u036f]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


@lru_cache(maxsize=1 << 16)
def unaccented(word: str) -> str:
    """``word`` with each Latin letter's accents dropped ("bogotá" to "bogota", "côte" to "cote"), its letters
    otherwise the same: a letter that is not Latin under its marks is kept whole."""
    return "".join(plain if plain.isascii() else ch
                   for ch in unicodedata.normalize("NFC", word)
                   for plain in [_LATIN_MARKS.sub("", unicodedata.normalize("NFD", ch))])


def unaccented_text(text: str) -> str:
    """``text`` with its Latin letters' accents dropped, as ``unaccented``: only its runs of other than ASCII are
    read, each once (``unaccented`` keeps them), so a claim's mostly ASCII copy costs one scan, not a step a letter."""
    return _NON_ASCII.sub(lambda m: unaccented(m.group()), text)
