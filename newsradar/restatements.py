"""A reported statement and the quote that backs it, inside one article.

News writes a statement twice in a row: first in the reporter's words ("Schumer said Tuesday's
results should worry elected Republicans."), then in the speaker's own in the next sentence
("'Our Republican friends better look out,' he said."). The two share few words, often none, so
content similarity cannot join them; where they stand in the article can. A quote cued with "add"
("He added: ...") opens another point, so it is not linked. When the paraphrase sentence holds two
claims ("Taylor, who has said he supports Trump, said the wins were 'a referendum'"), the quote
backs the last, the one it follows. A paraphrase that quotes three words or more of the quote that
follows it restates that quote whoever it names: an outlet gives a leader's words to her party ("Top
Democrats said the victories show the “door is certainly open”") before quoting her.
"""
from __future__ import annotations

import re

from newsradar.claim_match import signature
from newsradar.schema import Claim

_PARAPHRASE = frozenset({"indirect", "mixed"})
_QUOTED = re.compile(r"[“\"]([^”\"]+)[”\"]")
# One or two quoted words are a label the outlet borrows ("a referendum", "nationalize"), said of many
# statements; three or more of the next quote's own words are that quote.
_QUOTED_WORDS = 3


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
        if (speaker and speaker == signature(quote).speaker_key) or _quotes_from(reported.content, quote.content):
            links.append((i, i + 1))
    return links


def _quotes_from(paraphrase: str, quote: str) -> bool:
    """The paraphrase quotes ``_QUOTED_WORDS`` words or more that the quote holds as they stand."""
    said = " ".join(quote.lower().split())
    return any(len(words) >= _QUOTED_WORDS and re.search(rf"\b{re.escape(' '.join(words))}\b", said)
               for words in (m.group(1).lower().strip(" ,.").split() for m in _QUOTED.finditer(paraphrase)))
