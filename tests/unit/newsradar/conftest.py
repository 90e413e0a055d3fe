"""What the claim-pair probe sets share: the enricher's path from two sentences to one cluster or two."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from consumers.enricher.nlp.pipeline import Extractor
from newsradar.claim_match import Fresh, place, signature


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def joined(extractor: Extractor) -> Callable[[str, str, str, str], bool]:
    """Whether two sentences' first claims, of the stories given, land in one cluster (nothing stored before)."""
    def placed(sentence: str, story: str) -> Fresh:
        claims = extractor.extract_text(sentence).claims
        assert claims, f"no claim extracted from {sentence!r}"
        return Fresh(sentence, 0.0, signature(claims[0], story))

    def joined(a: str, b: str, story_a: str, story_b: str) -> bool:
        ids = place([placed(a, story_a), placed(b, story_b)], [[], []], lambda claim_id: claim_id)
        return ids[0] == ids[1]
    return joined


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run a probe set's test once per pair of its module's ``PAIRS``: (label, stories, same, pairs) tables.

    A pair's items after its two sentences are why the matcher still gets it wrong, each run as a strict xfail,
    so a fix shows as a pass.
    """
    tables = getattr(metafunc.module, "PAIRS", None)
    if tables is None:
        return
    metafunc.parametrize("a,b,stories,same", [
        pytest.param(a, b, stories, same, id=f"{label}: {a[:40]} | {b[:40]}",
                     marks=[pytest.mark.xfail(strict=True, reason=reason) for reason in still_wrong])
        for label, stories, same, pairs in tables for a, b, *still_wrong in pairs])
