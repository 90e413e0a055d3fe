"""A reported statement and the quote that backs it, inside one article.

News writes a statement twice in a row: first in the reporter's words ("Schumer said Tuesday's
results should worry elected Republicans."), then in the speaker's own in the next sentence
("'Our Republican friends better look out,' he said."). The two share few words, often none, so
content similarity cannot join them; where they stand in the article can. A quote cued with "add"
("He added: ...") opens another point, so it is not linked. When the paraphrase sentence holds two
claims ("Taylor, who has said he supports Trump, said the wins were 'a referendum'"), the quote
backs the last, the one it follows.
"""
from __future__ import annotations

from newsradar.claim_match import signature
from newsradar.schema import Claim

_PARAPHRASE = frozenset({"indirect", "mixed"})


def restatement_links(claims: list[Claim], text: str) -> list[tuple[int, int]]:
    """Pairs of indices into ``claims`` (one article's, in text order) that state one statement.

    ``text`` is the article text the claims' spans point into: only white space may separate the
    paraphrase's sentence from the quote's, so the paraphrase is the last claim of its sentence.
    """
    links = []
    for i, (reported, quote) in enumerate(zip(claims, claims[1:])):
        if reported.kind not in _PARAPHRASE or quote.kind != "direct" or quote.cue_lemma == "add":
            continue
        if not (reported.sentence.end <= quote.sentence.start
                and not text[reported.sentence.end:quote.sentence.start].strip()):
            continue
        speaker = signature(reported).speaker_key
        if speaker and speaker == signature(quote).speaker_key:
            links.append((i, i + 1))
    return links
