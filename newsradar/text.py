"""Words as both the alerter's rules and the enricher's story clustering count them."""
from __future__ import annotations

import re

WORD = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens: the unit a rule term and a story feature are matched on."""
    return WORD.findall(text.lower())
