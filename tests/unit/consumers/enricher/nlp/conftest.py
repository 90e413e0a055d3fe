"""One Extractor (one spaCy model load) for the whole NLP test session."""
from __future__ import annotations

import re
from functools import lru_cache

import pytest

from bench.extract_quality import feed_articles, speaker_ok
from consumers.enricher.nlp.pipeline import Extractor
from tests.conftest import shared_path


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return shared_path("seed", "worldtribune-2023-01-27-taliban-arms.txt").read_text(encoding="utf-8")


def strict_xfail(reason: str):
    """A probe the code still gets wrong, for ``reason``: it fails the run the day it passes, so a fix shows."""
    return pytest.mark.xfail(strict=True, reason=reason)


def claim_with(enrichment, fragment: str):
    """The one claim whose content contains ``fragment``; fails with the claims listed otherwise."""
    found = [c for c in enrichment.claims if fragment in c.content]
    assert len(found) == 1, f"{len(found)} claims contain {fragment!r}: {[c.content[:60] for c in enrichment.claims]}"
    return found[0]


def first_claim_with(extractor, text: str, fragment: str):
    """The first claim of ``text`` whose content contains ``fragment`` (others may too); fails if none does."""
    claims = [c for c in extractor.extract_text(text).claims if fragment in c.content]
    assert claims, f"no claim contains {fragment!r}"
    return claims[0]


def figure_probes(probes, still_wrong: dict[str, str]) -> list:
    """Parameters of a number probe set, rows of (sentence, [(words, value, unit)], [words that are no figure]);
    a sentence in ``still_wrong`` is a strict xfail with the reason it gives."""
    return [pytest.param(sentence, figures, not_figures, id=sentence[:60],
                         marks=[pytest.mark.xfail(strict=True, reason=still_wrong[sentence])]
                         if sentence in still_wrong else [])
            for sentence, figures, not_figures in probes]


def assert_reads_figures(extractor, sentence: str, figures, not_figures, exact_units: bool = False) -> None:
    """The claims of ``sentence`` hold each figure (words overlapping, as the bench matches them; a unit of None is
    any unit) and nothing that overlaps a word of ``not_figures``. With ``exact_units`` a unit of None must be None
    (the unknown unit of money no country decides, or of a figure whose noun a feed's cut took away), and a text
    with no claim is read on its ``not_figures`` alone."""
    enrichment = extractor.extract_text(sentence)
    if not exact_units:
        assert enrichment.claims, "no claim to read figures from"
    got = [(n.text, n.value, n.unit) for c in enrichment.claims for n in c.numbers]
    for words, value, unit in figures:
        assert any(_overlap(text, words) and v == pytest.approx(value)
                   and (u == unit or unit is None and not exact_units)
                   for text, v, u in got), f"{words!r} -> {value} {unit}; got {got}"
    for words in not_figures:
        assert not any(_overlap(text, words) for text, _v, _u in got), f"{words!r} is no figure; got {got}"


def _overlap(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a in b or b in a


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


def assert_spoken_by(extractor, text: str, fragment: str, expected: str | None, title: str = ""):
    """The first claim of ``text`` (under ``title``) containing ``fragment`` is ``expected``'s, as
    ``speaker_matches`` counts it; that claim, for a test to look further."""
    claims = [c for c in extractor.extract_text(text, title=title).claims if fragment in c.content]
    assert claims, f"no claim contains {fragment!r}"
    c = claims[0]
    assert speaker_matches(c, expected), (c.speaker, c.speaker_resolved, c.speaker_type, c.resolution, c.rule)
    return c


def assert_not_given_to(extractor, text: str, fragment: str, wrong: set[str]) -> None:
    """The first claim of ``text`` containing ``fragment`` resolves to none of the names in ``wrong``."""
    claims = [c for c in extractor.extract_text(text).claims if fragment in c.content]
    assert claims, f"no claim contains {fragment!r}"
    got = name_words(claims[0].speaker_resolved)
    assert not any(got and name_words(name) <= got for name in wrong), (claims[0].speaker_resolved,
                                                                        claims[0].resolution)


@lru_cache(maxsize=None)
def _feed(name: str):
    shared_path("corpus", "feeds", name)
    return feed_articles(name)


def pool_text(name: str, guid: str) -> str:
    """One corpus item's text as the pipeline sees it: the pool tables point into it by offsets."""
    return _feed(name)[guid].text


_ENRICHED: dict[tuple[str, str], object] = {}


def _enriched(extractor, name: str, guid: str):
    if (name, guid) not in _ENRICHED:
        _ENRICHED[name, guid] = extractor.enrich([_feed(name)[guid]])[0]
    return _ENRICHED[name, guid]


def pool_paragraph_wrong(extractor, name: str, guid: str, start: int, end: int, claims, unscored) -> list:
    """What the extractor gets wrong in one corpus paragraph (feed file, guid, offsets into the item's text): claims
    starting in it that match no labelled claim ((start, end, speaker span or None for the author)) and overlap no
    unscored span, matched claims with the wrong speaker, and labelled claims it misses."""
    text = _feed(name)[guid].text
    found = [c for c in _enriched(extractor, name, guid).claims if start <= c.content_span.start < end]
    wrong, used = [], set()
    for c in found:
        s, e = c.content_span.start, c.content_span.end
        hit = next((k for k, (cs, ce, _who) in enumerate(claims) if k not in used and cs < e and s < ce), None)
        if hit is None:
            if not any(us < e and s < ue for us, ue in unscored):
                wrong.append(("false", c.speaker, c.content[:80]))
            continue
        used.add(hit)
        who = claims[hit][2]
        right = c.speaker_type == "AUTHOR" if who is None else \
            c.speaker_type != "AUTHOR" and speaker_ok(c.model_dump(), text[who[0]:who[1]])
        if not right:
            wrong.append(("speaker", c.speaker, c.content[:80]))
    return wrong + [("missed", text[cs:ce]) for k, (cs, ce, _who) in enumerate(claims) if k not in used]
