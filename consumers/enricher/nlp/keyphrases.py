"""Keyphrases: lemmatised noun chunks ranked by frequency, position and title presence.

The lemma lets a rule match "weapon" when the text says "weapons".
"""
from __future__ import annotations

from collections import defaultdict

from spacy.symbols import IDS
from spacy.tokens import Doc

from consumers.enricher.nlp.doc_text import doc_text

SKIP_POS = {"DET", "PRON", "PUNCT", "SPACE", "NUM", "SYM", "PART", "CCONJ", "ADP"}
_SKIP_POS_IDS = frozenset(IDS[pos] for pos in SKIP_POS)


def keyphrases(doc: Doc, title_end: int = 0, top_n: int = 15) -> list[tuple[str, str, float]]:
    """[(text, lemma, score 0..1)], best first."""
    full_text = doc_text(doc)
    n_chars = max(1, len(full_text))
    scores: dict[str, float] = defaultdict(float)
    surface: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for chunk in doc.noun_chunks:
        # the part of speech as its id: the name (``pos_``) is a string-store lookup per token
        toks = [t for t in chunk if not t.is_stop and t.pos not in _SKIP_POS_IDS and not t.like_num
                and (t.is_alpha or "-" in t.text)]
        if not toks:
            continue
        lemma = " ".join(t.lemma_.lower() for t in toks)
        if len(lemma) < 3:
            continue
        # cut from the Doc's text, as a Span's text is, without making a Span and joining its tokens
        last = toks[-1]
        text = full_text[toks[0].idx:last.idx + len(last)]
        weight = 1.0 + 0.5 * (1.0 - chunk.start_char / n_chars)     # earlier mentions count more
        if chunk.start_char < title_end:
            weight *= 2.0
        if len(toks) > 1:
            weight *= 1.2                                             # specific phrases over bare nouns
        scores[lemma] += weight
        surface[lemma][text] += 1
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:top_n]
    if not ranked:
        return []
    best = ranked[0][1]
    return [(max(surface[lemma].items(), key=lambda kv: kv[1])[0], lemma, round(score / best, 4))
            for lemma, score in ranked]


def content_lemmas(doc: Doc) -> str:
    """Lower-case lemmas of content words, space-joined, for word-form search."""
    return " ".join(t.lemma_.lower() for t in doc
                    if (t.is_alpha or t.like_num) and not t.is_stop and not t.is_space)
