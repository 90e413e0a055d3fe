"""A reported statement and the quote that backs it, inside one article.

News writes a statement twice in a row: first in the reporter's words ("Schumer said Tuesday's
results should worry elected Republicans."), then in the speaker's own in the next sentence
("'Our Republican friends better look out,' he said."). The two share few words, often none, so
content similarity cannot join them; where they stand in the article can. A quote cued with "add"
("He added: ...") opens another point, so it is not linked. When the paraphrase sentence holds two
claims ("Taylor, who has said he supports Trump, said the wins were 'a referendum'"), the quote
backs the last, the one it follows.

One statement may also be told in two claims of one cue: "“A,” X said. “B.”" gives the quote standing after
the cue sentence a claim of its own (the guide's point 3), where another outlet tells "“A. B,” X said." as one.
``chain_reads`` gives each such claim the chain's joined content, so that matching can read a part with the
rest of its chain.
"""
from __future__ import annotations

from newsradar.claim_match import signature
from newsradar.schema import Claim, Span

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


def chain_reads(claims: list[Claim]) -> list[Claim | None]:
    """Each claim of one article read with the rest of its quote chain, or None for a claim told alone.

    The quotes of one chain are the extractor's ``cue_quote`` claims of one cue verb and one speaker: the quote
    before the cue and the one standing after its sentence. Two quotes each cued on their own, or another
    speaker's reply, share no cue, so they stay two readings.
    """
    chains: dict[tuple, list[int]] = {}
    for i, c in enumerate(claims):
        if c.rule == "cue_quote" and c.cue_span is not None:
            chains.setdefault((c.cue_span.start, c.cue_span.end, c.speaker, c.speaker_resolved), []).append(i)
    reads: list[Claim | None] = [None] * len(claims)
    for members in chains.values():
        if len(members) > 1:
            read = _joined([claims[i] for i in members])
            for i in members:
                reads[i] = read
    return reads


def _joined(parts: list[Claim]) -> Claim:
    first, last = parts[0], parts[-1]
    return first.model_copy(update={
        "content": " ".join(p.content for p in parts),
        "content_span": Span(start=first.content_span.start, end=last.content_span.end),
        "numbers": [n for p in parts for n in p.numbers],
        "entities": list(dict.fromkeys(e for p in parts for e in p.entities)),
        "negated": any(p.negated for p in parts)})
