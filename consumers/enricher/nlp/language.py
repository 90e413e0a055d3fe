"""Which language an article is in, so only English text meets the English model.

py3langid is restricted to languages a news feed plausibly carries: a smaller
label set makes short texts less likely to come back as something exotic.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

# Languages seen in the feed corpus plus the main world news languages.
LANGUAGES = (
    "en", "de", "fr", "es", "it", "pt", "nl", "ru", "uk", "pl", "cs", "ro", "hu",
    "sv", "da", "no", "fi", "el", "tr", "ar", "he", "fa", "ur", "hi", "bn", "zh",
    "ja", "ko", "id", "ms", "vi", "th", "sr", "hr", "bg", "sk", "lt", "lv", "et",
)
SAMPLE_CHARS = 2_000       # enough for a stable guess, cheap on long bodies
MIN_CHARS_TO_OVERRULE = 80  # shorter texts cannot overrule the feed's own tag
OVERRULE_CONFIDENCE = 0.95


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(LANGUAGES))
    # The model ships its feature-by-language table column-major, and the restriction keeps it so: the
    # ~200 features a text hits were gathered a value at a time from 39 columns 200 kB apart, a third of
    # classifying. Row-major, each feature's weights are adjacent; the same float16 values meet the same
    # product, so every score is the same to the bit.
    ident.nb_ptc = np.ascontiguousarray(ident.nb_ptc)
    return ident


def normalise_tag(tag: str | None) -> str | None:
    """'en-US', 'EN', 'en_GB' -> 'en'; empty -> None."""
    if not tag:
        return None
    base = tag.strip().replace("_", "-").split("-")[0].lower()
    return base or None


def detect_language(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, confidence 0..1) of ``text``; (None, 0.0) when there is no text."""
    sample = text[:SAMPLE_CHARS].strip()
    if not sample:
        return None, 0.0
    lang, prob = _identifier().classify(sample)
    return lang, float(prob)


def decide_language(declared: str | None, text: str) -> tuple[str | None, float]:
    """The language to treat ``text`` as.

    A declared language (from the feed) is trusted unless the text is long enough
    and the detector is nearly certain it is something else: feeds mislabel
    (a German section under an ``en`` channel tag) far more often than the
    detector errs on a few hundred characters.
    """
    declared = normalise_tag(declared)
    detected, confidence = detect_language(text)
    if declared is None:
        return detected, confidence
    if (detected and detected != declared and confidence >= OVERRULE_CONFIDENCE
            and len(text.strip()) >= MIN_CHARS_TO_OVERRULE):
        return detected, confidence
    return declared, confidence if detected == declared else 0.5


def article_languages(articles) -> list[str | None]:
    """The language each of ``articles`` is treated as (``decide_language``), as ``Extractor.enrich`` takes them."""
    return [decide_language(a.language, a.text)[0] for a in articles]
