"""A reported statement and the quote that backs it, inside one article.

News writes a statement twice in a row: first in the reporter's words ("Schumer said Tuesday's
results should worry elected Republicans."), then in the speaker's own in the next sentence
("'Our Republican friends better look out,' he said."). The two share few words, often none, so
content similarity cannot join them; where they stand in the article can. A quote cued with "add"
("He added: ...") opens another point, so it is not linked. When the paraphrase sentence holds two
claims ("Taylor, who has said he supports Trump, said the wins were 'a referendum'"), the quote
backs the last, the one it follows. A paraphrase that quotes three words or more of the quote that
follows it restates that quote: an outlet gives a leader's words to her party ("Top Democrats said the
victories show the “door is certainly open”") before quoting her. The words alone do not make one
statement: a rebuttal repeats the claim it denies ("This plan is not dead on arrival"), a second
named person repeats a first one's phrase, and a counter-quote mentions the phrase to say something
else ("What is a disgrace to the chamber is their silence"). So both must be negated or neither, the
paraphrase names no one or the quote's speaker, and the words both hold in a row are most of the
quote's.
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
_WORD = re.compile(r"[\w']+")


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
        said, saying = signature(reported), signature(quote)
        if said.speaker_key and said.speaker_key == saying.speaker_key:
            links.append((i, i + 1))
        elif (said.negated == saying.negated and said.speaker_key in ("", saying.speaker_key)
              and _quotes_from(reported.content, quote.content)):
            links.append((i, i + 1))
    return links


def _quotes_from(paraphrase: str, quote: str) -> bool:
    """The paraphrase quotes ``_QUOTED_WORDS`` words or more that the quote holds as they stand, and
    the words both hold in a row are more than half of the quote's: its own statement, not a phrase it mentions."""
    said = " ".join(_words(quote))
    if not any(len(words) >= _QUOTED_WORDS and re.search(rf"\b{re.escape(' '.join(words))}\b", said)
               for words in map(_words, _QUOTED.findall(paraphrase))):
        return False
    quoted = _words(quote)
    return 2 * _longest_common_run(_words(paraphrase), quoted) > len(quoted)


def _words(text: str) -> list[str]:
    # One word with either apostrophe: copy mixes "country’s" and "country's".
    return _WORD.findall(text.lower().replace("’", "'"))


def _longest_common_run(a: list[str], b: list[str]) -> int:
    best, ending = 0, [0] * (len(b) + 1)
    for word in a:
        ending = [0] + [ending[j] + 1 if word == w else 0 for j, w in enumerate(b)]
        best = max(best, *ending)
    return best
