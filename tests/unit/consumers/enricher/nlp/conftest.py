"""One Extractor (one spaCy model load) for the whole NLP test session."""
from __future__ import annotations

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
