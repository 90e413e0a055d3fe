"""One Extractor (one spaCy model load) for the whole NLP test session."""
from __future__ import annotations

import re

import pytest

from consumers.enricher.nlp.pipeline import Extractor
from tests.conftest import shared_path


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return shared_path("seed", "worldtribune-2023-01-27-taliban-arms.txt").read_text(encoding="utf-8")


def claim_with(enrichment, fragment: str):
    """The one claim whose content contains ``fragment``; fails with the claims listed otherwise."""
    found = [c for c in enrichment.claims if fragment in c.content]
    assert len(found) == 1, f"{len(found)} claims contain {fragment!r}: {[c.content[:60] for c in enrichment.claims]}"
    return found[0]


# Titles and articles say nothing about who a speaker is, so the probe sets compare names without them.
_HONORIFICS = {"the", "a", "an", "mr", "mrs", "ms", "dr"}


def name_words(name: str | None) -> set[str]:
    return {w for w in re.findall(r"\w+", (name or "").lower()) if w not in _HONORIFICS}


def speaker_matches(claim, expected: str | None) -> bool:
    """Right as the bench counts a speaker: its name words contain, or are contained in, the expected ones;
    ``None`` expects the author's own assertion."""
    if expected is None:
        return claim.speaker_type == "AUTHOR"
    want = name_words(expected)
    return any(got and (want <= got or got <= want)
               for got in (name_words(claim.speaker_resolved), name_words(claim.speaker)))
