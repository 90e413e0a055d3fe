"""Who a speaker phrase refers to: entity, document, common noun or pronoun.

``Mentions`` keeps the document's person and group mentions in order so a
pronoun speaker ("he said") resolves to the nearest preceding compatible one,
preferring mentions in subject position and earlier speakers.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from consumers.nlp import lexicon
from consumers.nlp.entities import clean_name, resolve_person, strip_titles

GROUP_LABELS = {"ORG", "NORP", "GPE"}
SPEAKER_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "NORP": "NORP", "GPE": "GPE",
                  "FAC": "ORG", "LOC": "GPE", "PRODUCT": "ORG"}
_KEEP_PREPS = {"of", "from", "at", "by"}   # "a statement from the ministry", "analysts at X"
_PRUNE = {"relcl", "acl", "appos", "punct", "advcl", "parataxis", "prep_by"}


@dataclass
class Speaker:
    text: str
    start: int
    end: int
    resolved: str | None
    type: str


@dataclass
class Mentions:
    """Person and group mentions in document order: (start_char, kind, canonical, is_subject)."""
    starts: list[int] = field(default_factory=list)
    items: list[tuple[str, str, bool]] = field(default_factory=list)

    def add(self, start: int, kind: str, canonical: str, is_subject: bool) -> None:
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.items.insert(i, (kind, canonical, is_subject))

    def nearest(self, before: int, kinds: set[str], lookback: int = 40) -> tuple[str, str] | None:
        i = bisect_right(self.starts, before)
        fallback = None
        for kind, canonical, is_subject in reversed(self.items[max(0, i - lookback):i]):
            if kind in kinds:
                if is_subject:
                    return kind, canonical
                fallback = fallback or (kind, canonical)
        return fallback


def phrase_bounds(tok: Token) -> tuple[int, int]:
    """Token range of a noun phrase without its relative clauses, appositions and punctuation."""
    lo = hi = tok.i
    stack = [tok]
    while stack:
        t = stack.pop()
        for child in t.children:
            if child.dep_ in _PRUNE or (child.dep_ == "prep" and child.lower_ not in _KEEP_PREPS and t is tok):
                continue
            lo, hi = min(lo, child.i), max(hi, child.i)
            stack.append(child)
    doc = tok.doc
    while lo < tok.i and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > tok.i and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    return lo, hi + 1


def describe(doc: Doc, head: Token, token_ents: dict[int, tuple[str, str]], persons: list[str],
             mentions: Mentions) -> Speaker:
    """Speaker text, resolved canonical name and type for the phrase headed by ``head``."""
    lo, hi = phrase_bounds(head)
    span = doc[lo:hi]
    text = span.text
    start, end = span.start_char, span.end_char
    low = head.lower_
    if head.pos_ == "PRON" or low in lexicon.PRONOUNS_PERSON | lexicon.PRONOUNS_GROUP:
        if low in lexicon.PRONOUNS_PERSON:
            hit = mentions.nearest(start, {"PERSON"})
        elif low in lexicon.PRONOUNS_GROUP:
            hit = mentions.nearest(start, GROUP_LABELS)
        else:
            hit = None
        if hit:
            return Speaker(text, start, end, hit[1], hit[0])
        return Speaker(text, start, end, None, "PRONOUN")
    ent = token_ents.get(head.i)
    if ent and ent[0] in SPEAKER_LABELS:
        return Speaker(text, start, end, ent[1], SPEAKER_LABELS[ent[0]])
    if head.is_title:   # "Banks" tagged as a noun
        person = resolve_person(text, persons)
        if person:
            return Speaker(text, start, end, person, "PERSON")
    lemma = head.lemma_.lower()
    inner = [token_ents[i] for i in range(lo, hi) if i in token_ents and token_ents[i][0] in SPEAKER_LABELS]
    for child in head.children:                        # "his spokesman, Dmitry Peskov, said"
        if child.dep_ == "appos" and child.i in token_ents and token_ents[child.i][0] == "PERSON":
            return Speaker(text, start, end, token_ents[child.i][1], "PERSON")
    if lemma in lexicon.DOCUMENT_NOUNS and head.pos_ != "PROPN":
        owner = next((c for label, c in inner if label != "NORP"), None)
        return Speaker(text, start, end, owner, "DOCUMENT")
    if head.pos_ == "PROPN":
        person = resolve_person(text, persons)
        if person:
            return Speaker(text, start, end, person, "PERSON")
        if inner:
            return Speaker(text, start, end, inner[-1][1], SPEAKER_LABELS[inner[-1][0]])
        name = strip_titles(clean_name(text))
        return Speaker(text, start, end, name or None, "PERSON")
    owner = inner[-1][1] if inner else None
    if lemma in lexicon.ORG_NOUNS and lemma not in lexicon.PERSON_NOUNS:
        return Speaker(text, start, end, owner, "ORG")
    return Speaker(text, start, end, owner, "PERSON")
